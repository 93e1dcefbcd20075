/**
 * Integration: the whole pass (discover -> polite fetch -> raw page to S3 -> extract -> entities -> DynamoDB) over the
 * recorded sites on loopback, into real dynalite + s3rver, then search; a second pass adds nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { startRecordedSites, type RecordedSitesServer } from '../../../bin/cli/recorded-sites.js';
import { startEmbeddedStores } from '../../../lambdas/local/embedded-stores.js';
import { ArticleStore } from '../../../lambdas/store/article-store.js';
import { createClients } from '../../../lambdas/store/clients.js';
import { PoliteFetcher } from '../../../lambdas/fetch/polite-fetcher.js';
import { runPass } from '../../../lambdas/pipeline/run-pass.js';
import { searchArticles, parseSearchQuery } from '../../../lambdas/search/search-articles.js';
import type { SourceConfig } from '../../../lambdas/sources/config.js';
import type { RunRecord } from '../../../lambdas/store/article-store.js';
import type { StoreConfig } from '../../../lambdas/store/clients.js';

let sites: RecordedSitesServer;
let stores: { config: StoreConfig; close(): Promise<void> };
let store: ArticleStore;
let broken: Server;
let brokenBase: string;
let firstRun: RunRecord;

/** Sources that fail in the ways real sites do: garbage feed, empty feed, 404 feed, unreachable host. */
function brokenSources(): SourceConfig[] {
  const base = { timezone: 'Asia/Jakarta', sitemaps: [], listings: [], language: 'id', verified: false, minIntervalMs: 0 };
  return [
    { ...base, id: 'garbage-feed', name: 'Garbage feed', feeds: [`${brokenBase}/garbage.xml`] },
    { ...base, id: 'empty-feed', name: 'Empty feed', feeds: [`${brokenBase}/empty.xml`] },
    { ...base, id: 'missing-feed', name: 'Missing feed', feeds: [`${brokenBase}/nope.xml`] },
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    { ...base, id: 'unreachable', name: 'Unreachable host', feeds: ['http://127.0.0.1:1/rss'] },
  ];
}

async function countItems(): Promise<number> {
  const { dynamo } = createClients(stores.config);
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo.send(new ScanCommand({ TableName: stores.config.tableName, ExclusiveStartKey: start, Select: 'COUNT' }));
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

function fetcherFor(sources: SourceConfig[]): PoliteFetcher {
  const perHostIntervalMs: Record<string, number> = {};
  for (const s of sources) for (const u of [...s.feeds, ...s.sitemaps, ...s.listings.map((l) => l.url)]) perHostIntervalMs[new URL(u).host] = 20;
  return new PoliteFetcher({ allowPrivateHosts: true, perHostIntervalMs, retries: 0, minIntervalMs: 20 });
}

beforeAll(async () => {
  broken = createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    if (req.url === '/garbage.xml') return void res.writeHead(200, { 'content-type': 'application/xml' }).end('\u0000\u0001 this is <<< not xml at all');
    if (req.url === '/empty.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss version="2.0"><channel><title>Kosong</title></channel></rss>');
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((r) => broken.listen(0, '127.0.0.1', () => r()));
  brokenBase = `http://127.0.0.1:${(broken.address() as AddressInfo).port}`;
  sites = await startRecordedSites({ basePort: 0, minIntervalMs: 20 });
  stores = await startEmbeddedStores({ dataDir: null });
  store = new ArticleStore(stores.config);
  const sources = [...sites.sources, ...brokenSources()];
  firstRun = await runPass({ sources, fetcher: fetcherFor(sources), store, concurrency: 8 });
}, 120_000);

afterAll(async () => {
  await sites?.close();
  await stores?.close();
  await new Promise<void>((r) => (broken ? broken.close(() => r()) : r()));
});

describe('runPass over the recorded sites', () => {
  it('should store at least 20 articles from at least 5 sites', () => {
    const stored = firstRun.sources.filter((s) => s.stored > 0);
    const total = firstRun.sources.reduce((n, s) => n + s.stored, 0);
    expect(total).toBeGreaterThanOrEqual(20);
    expect(stored.length).toBeGreaterThanOrEqual(5);
  });

  it('should account for every offered page: stored or skipped with a reason', () => {
    for (const source of firstRun.sources.filter((s) => s.source in sites.offered)) {
      expect(source.discovered, source.source).toBe(sites.offered[source.source]);
      const reasons = Object.entries(source.skipReasons).reduce((n, [, c]) => n + c, 0);
      expect(source.stored + source.unchanged + source.skipped, source.source).toBe(source.discovered);
      expect(source.skipped, source.source).toBe(reasons - (source.skipReasons['already-seen'] ?? 0) - (source.skipReasons['deferred-to-next-run'] ?? 0));
    }
  });

  it('should record index pages as not-an-article, a removed page as an HTTP error and a disallowed path as robots', async () => {
    const skips = await store.listSkips({ limit: 100 });
    const reasons = new Set(skips.map((s) => s.reason));
    expect(reasons).toContain('not-an-article');
    expect(reasons).toContain('http-error');
    expect(reasons).toContain('robots-disallowed');
    const removed = skips.find((s) => s.url.includes('artikel-yang-sudah-dihapus'));
    expect(removed?.message).toMatch(/404/);
  });

  it('should report broken sources with a clear error while the others go on', () => {
    const byId = Object.fromEntries(firstRun.sources.map((s) => [s.source, s]));
    expect(byId['garbage-feed']!.errors.join(' ')).toMatch(/garbage\.xml/);
    expect(byId['missing-feed']!.errors.join(' ')).toMatch(/404/);
    expect(byId['unreachable']!.errors.join(' ')).toMatch(/127\.0\.0\.1:1/);
    expect(byId['empty-feed']!.errors).toEqual([]);
    expect(byId['empty-feed']!.discovered).toBe(0);
  });

  it('should keep the raw page in S3 and the record in DynamoDB, findable by search', async () => {
    const results = await searchArticles(store, parseSearchQuery({ org: 'KPK' }));
    expect(results.length).toBeGreaterThan(0);
    const article = await store.getArticle(results[0]!.articleId);
    expect(article?.rawKey).toBeTruthy();
    const raw = await store.getRawPage(article!.rawKey);
    expect(raw.toString('latin1')).toContain('<html');
    expect(article!.body.length).toBeGreaterThan(200);
  });

  it('should find articles by source and newest first', async () => {
    const results = await searchArticles(store, parseSearchQuery({ source: 'kompas', limit: '50' }));
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results.every((r) => r.source === 'kompas')).toBe(true);
    const dates = results.map((r) => r.publishedAt ?? r.fetchedAt ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('should add nothing on a second pass of the same sources', async () => {
    const before = await countItems();
    const sources = [...sites.sources];
    const second = await runPass({ sources, fetcher: fetcherFor(sources), store, concurrency: 8 });
    const after = await countItems();
    expect(second.sources.reduce((n, s) => n + s.stored, 0)).toBe(0);
    // The new run record is the only new item.
    expect(after - before).toBe(1);
  });
});
