/** Scheduled discover Lambda: new article URLs of every source go to the ingest queue. */
import { SQSClient } from '@aws-sdk/client-sqs';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { PoliteFetcher } from '../fetch/polite-fetcher.js';
import { ArticleStore } from '../store/article-store.js';
import { defaultSources } from '../sources/config.js';
import { discoverSource } from '../pipeline/discover-source.js';
import { enqueueArticles } from '../queue/article-queue.js';
import { ENV, requireEnv, storeConfigFromEnv } from '../shared/env.js';
import { logger } from '../shared/logger.js';
import { metrics } from '../shared/metrics.js';

const store = new ArticleStore(storeConfigFromEnv());
const sqs = new SQSClient({});

export const handler = async (): Promise<{ sources: number; enqueued: number; failedSources: string[] }> => {
  const fetcher = new PoliteFetcher({ userAgent: process.env[ENV.userAgent] || undefined, allowPrivateHosts: process.env[ENV.allowPrivateHosts] === 'true' });
  const queueUrl = requireEnv(ENV.queueUrl);
  let enqueued = 0;
  const failedSources: string[] = [];
  for (const source of defaultSources()) {
    const outcome = await discoverSource(source, { fetcher, store });
    const requests = outcome.newLinks.map((l) => ({ url: l.url, source: source.id, timezone: source.timezone }));
    await enqueueArticles(sqs, queueUrl, requests);
    enqueued += requests.length;
    metrics.addDimensions({ source: source.id });
    metrics.addMetric('ArticlesDiscovered', MetricUnit.Count, requests.length);
    if (outcome.errors.length) {
      logger.warn('discovery errors', { source: source.id, errors: outcome.errors });
      if (!outcome.found) failedSources.push(source.id);
    }
  }
  metrics.addMetric('SourcesFailed', MetricUnit.Count, failedSources.length);
  metrics.publishStoredMetrics();
  return { sources: defaultSources().length, enqueued, failedSources };
};
