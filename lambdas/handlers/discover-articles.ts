/** Scheduled discover Lambda: new article URLs of every source go to the ingest queue. */
import { SQSClient } from '@aws-sdk/client-sqs';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { PoliteFetcher } from '../fetch/polite-fetcher.js';
import { ArticleStore } from '../store/article-store.js';
import { defaultSources } from '../sources/config.js';
import { loadSourcesFromS3 } from '../sources/load-from-s3.js';
import { discoverAndEnqueue, discoveryRunRecord } from '../pipeline/discover-and-enqueue.js';
import { enqueueArticles } from '../queue/article-queue.js';
import { ENV, requireEnv, storeConfigFromEnv } from '../shared/env.js';
import { logger } from '../shared/logger.js';
import { metrics } from '../shared/metrics.js';

const store = new ArticleStore(storeConfigFromEnv());
const sqs = new SQSClient({});

export const handler = async (_event: unknown, context?: { awsRequestId?: string }) => {
  const startedAt = new Date().toISOString();
  const sourcesKey = process.env[ENV.sourcesKey];
  const sources = sourcesKey ? await loadSourcesFromS3(store.s3, store.config.bucketName, sourcesKey) : defaultSources();
  const fetcher = new PoliteFetcher({
    userAgent: process.env[ENV.userAgent] || undefined,
    allowPrivateHosts: process.env[ENV.allowPrivateHosts] === 'true',
    // Every discover and ingest container shares one gate per host in the table, so together they stay polite.
    hostGate: store.createHostGate(),
  });
  const queueUrl = requireEnv(ENV.queueUrl);
  const reports = await discoverAndEnqueue(sources, { fetcher, store, enqueue: (requests) => enqueueArticles(sqs, queueUrl, requests) });
  fetcher.close();
  await store.saveRun(discoveryRunRecord(`discover-${startedAt}-${context?.awsRequestId ?? 'local'}`, startedAt, reports));
  for (const report of reports) {
    if (report.errors.length) logger.warn('discovery errors', { source: report.source, errors: report.errors });
    metrics.addMetric('ArticlesDiscovered', MetricUnit.Count, report.enqueued);
  }
  metrics.addMetric('SourcesFailing', MetricUnit.Count, reports.filter((r) => r.errors.length && !r.found).length);
  metrics.publishStoredMetrics();
  return { sources: reports.length, enqueued: reports.reduce((n, r) => n + r.enqueued, 0), reports };
};
