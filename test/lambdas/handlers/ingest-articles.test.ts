/**
 * The ingest Lambda handler over real dynalite + s3rver and a recorded site: stored articles and permanent failures
 * are acknowledged (the failure recorded with its reason); retryable failures come back as batch item failures.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecordedSites, type RecordedSitesServer } from '../../../bin/cli/recorded-sites.js';
import { startEmbeddedStores } from '../../../lambdas/local/embedded-stores.js';
import { ArticleStore } from '../../../lambdas/store/article-store.js';
import { ENV } from '../../../lambdas/shared/env.js';
import type { StoreConfig } from '../../../lambdas/store/clients.js';
import { lambdaContext, sqsEvent, sqsRecord } from '../../helpers/factories.js';

let sites: RecordedSitesServer;
let stores: { config: StoreConfig; close(): Promise<void> };
let failing: Server;
let failingBase: string;

beforeAll(async () => {
  sites = await startRecordedSites({ basePort: 0, only: ['republika'] });
  stores = await startEmbeddedStores({ dataDir: null });
  failing = createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Internal Server Error</h1>');
  });
  await new Promise<void>((r) => failing.listen(0, '127.0.0.1', () => r()));
  failingBase = `http://127.0.0.1:${(failing.address() as AddressInfo).port}`;
  process.env[ENV.tableName] = stores.config.tableName;
  process.env[ENV.bucketName] = stores.config.bucketName;
  process.env[ENV.allowPrivateHosts] = 'true';
  process.env.AWS_REGION = stores.config.region ?? 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID = stores.config.credentials?.accessKeyId ?? 'local';
  process.env.AWS_SECRET_ACCESS_KEY = stores.config.credentials?.secretAccessKey ?? 'local';
  process.env[ENV.dynamoEndpoint] = stores.config.dynamoEndpoint;
  process.env[ENV.s3Endpoint] = stores.config.s3Endpoint;
}, 60_000);

afterAll(async () => {
  await sites?.close();
  await stores?.close();
  await new Promise<void>((r) => (failing ? failing.close(() => r()) : r()));
});

describe('ingest-articles handler', () => {
  it('should acknowledge stored and permanently failed articles and return only retryable failures', async () => {
    // Prepare
    const { handler } = await import('../../../lambdas/handlers/ingest-articles.js');
    const base = sites.baseUrls.republika!;
    const article = `${base}/berita/inpicture/nasional-inpicture/16/02/23/o2zwha283-kpk-periksa-pejabat-mahkamah-agung-yang-tertangkap-ott`;
    const message = (url: string) => JSON.stringify({ url, source: 'republika', timezone: 'Asia/Jakarta' });
    const event = sqsEvent([
      sqsRecord(message(article), 'ok'),
      sqsRecord(message(`${base}/berita/tidak-ada`), 'gone'),
      sqsRecord(message(`${failingBase}/berita/1`), 'server-error'),
      sqsRecord('{not json', 'malformed'),
    ]);

    // Act
    const response = await handler(event, lambdaContext());

    // Assess
    const failed = response.batchItemFailures.map((f) => f.itemIdentifier).sort();
    expect(failed).toEqual(['malformed', 'server-error']);
    const store = new ArticleStore(stores.config);
    const skips = await store.listSkips({ limit: 10 });
    expect(skips.find((s) => s.url.endsWith('/berita/tidak-ada'))?.reason).toBe('http-error');
    expect(skips.find((s) => s.url.startsWith(failingBase))?.message).toMatch(/500/);
  }, 60_000);
});
