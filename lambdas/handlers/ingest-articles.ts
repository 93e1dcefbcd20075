/** SQS ingest Lambda: one article per message, partial batch response so only failed messages come back. */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent, SQSRecord, Context, SQSBatchResponse } from 'aws-lambda';
import { PoliteFetcher } from '../fetch/polite-fetcher.js';
import { ArticleStore } from '../store/article-store.js';
import { ingestMessage, type Deferral } from '../pipeline/ingest-message.js';
import { sendDelayed } from '../queue/article-queue.js';
import { ENV, storeConfigFromEnv } from '../shared/env.js';

const store = new ArticleStore(storeConfigFromEnv());
const fetcher = new PoliteFetcher({
  userAgent: process.env[ENV.userAgent] || undefined,
  allowPrivateHosts: process.env[ENV.allowPrivateHosts] === 'true',
  // Every discover and ingest container shares one gate per host in the table, so together they stay polite.
  hostGate: store.createHostGate(),
});
const processor = new BatchProcessor(EventType.SQS);
// An article whose host's circuit is open goes back to this queue with a delay instead of using up a receive.
const queueUrl = process.env[ENV.queueUrl];
const sqs = new SQSClient({});
const deferral: Deferral | undefined = queueUrl
  ? { send: (message, delayMs) => sendDelayed(sqs, queueUrl, message, delayMs / 1000) }
  : undefined;

const processRecord = async (record: SQSRecord) => {
  await ingestMessage(record.body, { fetcher, store }, { deferral, messageId: record.messageId });
};

export const handler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
  processPartialResponse(event, processRecord, processor, { context });
