/**
 * Ingest workers for the soak bench: each one pulls a batch from the local queue, runs it through the same
 * Powertools batch processing as the ingest Lambda (records in parallel, partial batch response), and deletes the
 * messages that succeeded. All workers share one PoliteFetcher, as one process would. One worker can be made to die
 * in the middle of a batch: its store freezes mid-save and it never acknowledges anything.
 */
import { BatchProcessor, EventType, FullBatchFailureError, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import type { PoliteFetcher } from '../../../lambdas/fetch/polite-fetcher.js';
import type { ArticleStore } from '../../../lambdas/store/article-store.js';
import type { IngestMessage } from '../../../lambdas/queue/article-queue.js';
import type { KillSwitch } from '../../helpers/faults/sdk-faults.js';
import { createRecordProcessor, type RecordResult } from './ingest-record.js';
import type { LocalQueue, QueueMessage } from './local-queue.js';

/** The worker that dies: its own store (with a kill switch) and when it dies. */
export interface KilledWorkerPlan {
  store: ArticleStore;
  killSwitch: KillSwitch;
  /** The batch (0-based, of this worker) in which it dies. */
  onBatch: number;
  /** DynamoDB calls of that batch after which the store freezes. */
  afterDynamoCalls: number;
}

export interface WorkerPoolOptions {
  queue: LocalQueue<IngestMessage>;
  fetcher: PoliteFetcher;
  store: ArticleStore;
  workers: number;
  batchSize: number;
  /** Hard cap: stop pulling at this epoch ms whatever is left (what is left is reported, never hidden). */
  deadlineAt: number;
  /** The queue's visibility timeout: a batch that takes longer has its messages delivered again while it still runs. */
  visibilityTimeoutMs: number;
  /** No more messages will be sent (then an empty queue means done). */
  isSendingDone: () => boolean;
  killed?: KilledWorkerPlan;
  onResult?: (result: RecordResult) => void;
  /** Put off articles of hosts whose circuit is open (as the ingest Lambda does), with these delays. */
  deferral?: { baseDelayMs: number; maxDelayMs: number; maxDeferrals: number };
}

export interface WorkerPoolStats {
  batches: number;
  records: number;
  batchItemFailures: number;
  fullBatchFailures: number;
  /** Records of one URL being processed by two workers at the same time. */
  concurrentSameUrl: number;
  killedWorker: { died: boolean; batchSize: number; unacknowledged: number } | null;
  stoppedByDeadline: boolean;
  /** Longest batch, receive to acknowledgement (the worst per-host wait shows here). */
  maxBatchMs: number;
  /** Batches that took longer than the visibility timeout (their messages came back while still being processed). */
  batchesOverVisibilityTimeout: number;
}

const POLL_MS = 100;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function toSqsRecord(message: QueueMessage<IngestMessage>): SQSRecord {
  return {
    messageId: message.messageId,
    receiptHandle: message.receiptHandle,
    body: JSON.stringify(message.body),
    attributes: {
      ApproximateReceiveCount: String(message.receiveCount),
      SentTimestamp: String(message.sentAt),
      SenderId: 'soak',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:soak-ingest',
    awsRegion: 'us-east-1',
  };
}

/** Run the workers until the queue is drained (nothing visible or in flight) and nothing more will be sent, or the hard cap passes. */
export async function runIngestWorkers(options: WorkerPoolOptions): Promise<WorkerPoolStats> {
  const stats: WorkerPoolStats = {
    batches: 0,
    records: 0,
    batchItemFailures: 0,
    fullBatchFailures: 0,
    concurrentSameUrl: 0,
    killedWorker: options.killed ? { died: false, batchSize: 0, unacknowledged: 0 } : null,
    stoppedByDeadline: false,
    maxBatchMs: 0,
    batchesOverVisibilityTimeout: 0,
  };
  const inFlight = new Map<string, number>();
  const track = (url: string, delta: 1 | -1): void => {
    const n = (inFlight.get(url) ?? 0) + delta;
    if (delta === 1 && n > 1) stats.concurrentSameUrl++;
    if (n <= 0) inFlight.delete(url);
    else inFlight.set(url, n);
  };
  const recordFn = (store: ArticleStore) => {
    const deferral = options.deferral && { ...options.deferral, send: async (message: IngestMessage, delayMs: number) => void options.queue.send([message], delayMs) };
    const process = createRecordProcessor({ fetcher: options.fetcher, store }, options.onResult, deferral);
    return async (record: SQSRecord): Promise<void> => {
      const url = (JSON.parse(record.body) as { url?: string }).url ?? '';
      track(url, 1);
      try {
        await process(record);
      } finally {
        track(url, -1);
      }
    };
  };

  const worker = async (index: number): Promise<void> => {
    const processor = new BatchProcessor(EventType.SQS);
    const handleRecord = recordFn(options.store);
    const killed = index === 0 ? options.killed : undefined;
    for (let batchNo = 0; ; ) {
      if (Date.now() >= options.deadlineAt) {
        stats.stoppedByDeadline = true;
        return;
      }
      const batch = options.queue.receive(options.batchSize);
      if (batch.length === 0) {
        if (options.isSendingDone() && options.queue.size === 0) return;
        const next = options.queue.nextVisibleAt();
        await sleep(next === null ? POLL_MS : Math.min(POLL_MS, Math.max(5, next - Date.now())));
        continue;
      }
      const event: SQSEvent = { Records: batch.map(toSqsRecord) };
      if (killed && batchNo === killed.onBatch) {
        await dieMidBatch(event, killed, createRecordProcessor({ fetcher: options.fetcher, store: killed.store }), stats);
        return;
      }
      batchNo++;
      stats.batches++;
      const batchStart = Date.now();
      stats.records += batch.length;
      let failed: Set<string>;
      try {
        const response = await processPartialResponse(event, handleRecord, processor);
        failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
      } catch (error) {
        if (!(error instanceof FullBatchFailureError)) throw error;
        stats.fullBatchFailures++;
        failed = new Set(batch.map((m) => m.messageId));
      }
      const batchMs = Date.now() - batchStart;
      stats.maxBatchMs = Math.max(stats.maxBatchMs, batchMs);
      if (batchMs > options.visibilityTimeoutMs) stats.batchesOverVisibilityTimeout++;
      stats.batchItemFailures += failed.size;
      for (const message of batch) if (!failed.has(message.messageId)) options.queue.delete(message.receiptHandle);
    }
  };
  await Promise.all(Array.from({ length: options.workers }, (_, i) => worker(i)));
  return stats;
}

/** The dying worker: the batch starts like any other, the store freezes after some DynamoDB calls, nothing is acknowledged. */
async function dieMidBatch(
  event: SQSEvent,
  killed: KilledWorkerPlan,
  handleRecord: (record: SQSRecord) => Promise<void>,
  stats: WorkerPoolStats,
): Promise<void> {
  killed.killSwitch.arm(killed.afterDynamoCalls);
  const processor = new BatchProcessor(EventType.SQS);
  const work = processPartialResponse(event, handleRecord, processor).catch(() => undefined);
  // Whichever comes first: the freeze (the usual case) or the batch ending before the armed call count.
  await Promise.race([killed.killSwitch.froze, work]);
  stats.killedWorker = { died: true, batchSize: event.Records.length, unacknowledged: event.Records.length };
}
