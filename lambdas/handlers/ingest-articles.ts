/** SQS ingest Lambda: one article per message, partial batch response so only failed messages come back. */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSEvent, SQSRecord, Context, SQSBatchResponse } from 'aws-lambda';
import { PoliteFetcher } from '../fetch/polite-fetcher.js';
import { ArticleStore } from '../store/article-store.js';
import { ingestArticle } from '../pipeline/ingest-article.js';
import { classifyFailure } from '../pipeline/failures.js';
import { parseIngestMessage } from '../queue/article-queue.js';
import { ENV, storeConfigFromEnv } from '../shared/env.js';
import { logger } from '../shared/logger.js';

const store = new ArticleStore(storeConfigFromEnv());
const fetcher = new PoliteFetcher({ userAgent: process.env[ENV.userAgent] || undefined, allowPrivateHosts: process.env[ENV.allowPrivateHosts] === 'true' });
const processor = new BatchProcessor(EventType.SQS);

/** Ingest one message. Permanent failures are recorded and acknowledged; retryable ones throw, so SQS redelivers and the DLQ keeps what never succeeds. */
async function processRecord(record: SQSRecord): Promise<void> {
  const request = parseIngestMessage(record.body);
  try {
    const outcome = await ingestArticle(request, { fetcher, store });
    logger.info('article ingested', { url: request.url, source: request.source, status: outcome.status, articleId: outcome.articleId });
  } catch (error) {
    const failure = classifyFailure(error);
    await store.recordSkip({ url: request.url, source: request.source, reason: failure.reason, message: failure.message });
    logger.warn('article not stored', { url: request.url, source: request.source, reason: failure.reason, retryable: failure.retryable });
    if (failure.retryable) throw error;
  }
}

export const handler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
  processPartialResponse(event, processRecord, processor, { context });
