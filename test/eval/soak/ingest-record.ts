/**
 * The soak workers' per-record function: the ingest Lambda's own `ingestMessage` (lambdas/pipeline/ingest-message.ts),
 * with the result reported to the bench's counters.
 */
import type { SQSRecord } from 'aws-lambda';
import type { IngestDeps } from '../../../lambdas/pipeline/ingest-article.js';
import { classifyFailure } from '../../../lambdas/pipeline/failures.js';
import { ingestMessage, type Deferral, type IngestMessageResult } from '../../../lambdas/pipeline/ingest-message.js';
import { parseIngestMessage } from '../../../lambdas/queue/article-queue.js';

/** What happened to one record (for the bench's counters; the handler only logs it). */
export type RecordResult = IngestMessageResult;

/**
 * The per-record function of the ingest handler over `deps`. Throws for retryable failures (the batch processor
 * reports them as batch item failures); permanent ones are recorded and acknowledged.
 * @example await processPartialResponse(event, createRecordProcessor({ fetcher, store }), new BatchProcessor(EventType.SQS))
 */
export function createRecordProcessor(
  deps: IngestDeps,
  onResult?: (result: RecordResult) => void,
  deferral?: Deferral,
): (record: SQSRecord) => Promise<void> {
  return async (record) => {
    try {
      onResult?.(await ingestMessage(record.body, deps, { deferral, messageId: record.messageId }));
    } catch (error) {
      let request;
      try {
        request = parseIngestMessage(record.body);
      } catch {
        throw error; // a malformed message: nothing to count, it goes back to the queue
      }
      onResult?.({ request, failure: classifyFailure(error) });
      throw error;
    }
  };
}
