/** SQS ingest Lambda: one article per message, partial batch response so only failed messages come back. */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSEvent, SQSRecord, Context, SQSBatchResponse } from 'aws-lambda';
import { PoliteFetcher } from '../fetch/polite-fetcher.js';
import { ArticleStore } from '../store/article-store.js';
import { ingestMessage } from '../pipeline/ingest-message.js';
import { ENV, storeConfigFromEnv } from '../shared/env.js';

const store = new ArticleStore(storeConfigFromEnv());
const fetcher = new PoliteFetcher({
  userAgent: process.env[ENV.userAgent] || undefined,
  allowPrivateHosts: process.env[ENV.allowPrivateHosts] === 'true',
  // Every discover and ingest container shares one gate per host in the table, so together they stay polite.
  hostGate: store.createHostGate(),
});
const processor = new BatchProcessor(EventType.SQS);

const processRecord = async (record: SQSRecord) => {
  await ingestMessage(record.body, { fetcher, store });
};

export const handler = async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
  processPartialResponse(event, processRecord, processor, { context });
