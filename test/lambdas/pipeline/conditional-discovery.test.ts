/** Conditional GET across runs in the real pass: a 304 feed adds nothing; a released link clears the validators. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPass } from '../../../lambdas/pipeline/run-pass.js';
import type { SourceConfig } from '../../../lambdas/sources/config.js';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';
import { startLocalServer, type LocalServer } from '../fetch/helpers/local-server.js';
import { useLoopbackFixtures } from '../fetch/helpers/loopback-fixtures.js';

const ARTICLE = readFileSync(fileURLToPath(new URL('../../fixtures/sites/kompas/kompas-singlepage2.html', import.meta.url)), 'utf8');

describe('runPass with conditional discovery', () => {
  const stores = useEmbeddedStores();
  let server: LocalServer;
  let articleDown = false;
  // A fresh fetcher per pass (no robots or host state carried over), closed after each test.
  const { createFetcher: fetcher } = useLoopbackFixtures();

  beforeAll(async () => {
    server = await startLocalServer((request, response) => {
      const origin = `http://${request.headers.host}`;
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      const feed = /^\/rss-([a-z]+)\.xml$/.exec(request.url ?? '');
      if (feed) {
        if (request.headers['if-none-match'] === '"feed-1"') return void response.writeHead(304, { etag: '"feed-1"' }).end();
        const item = `<item><title>x</title><link>${origin}/berita/${feed[1]}</link></item>`;
        return void response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"feed-1"' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${item}</channel></rss>`);
      }
      if (articleDown) return void response.writeHead(503).end();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  const source = (id: string): SourceConfig => ({ id, name: id, timezone: 'Asia/Jakarta', feeds: [`${server.origin}/rss-${id}.xml`], sitemaps: [], listings: [], language: 'id', verified: false });
  const feedRequests = () => server.requests.filter((r) => r.path.startsWith('/rss-'));

  it('should ask for the feed conditionally on the next pass and treat 304 as nothing new', async () => {
    const store = stores.store();
    const first = await runPass({ sources: [source('cond')], fetcher: fetcher(), store });
    const second = await runPass({ sources: [source('cond')], fetcher: fetcher(), store });
    expect(first.sources[0]).toMatchObject({ discovered: 1, stored: 1, errors: [] });
    expect(second.sources[0]).toMatchObject({ discovered: 0, stored: 0, errors: [] });
    expect(feedRequests().at(-1)?.headers['if-none-match']).toBe('"feed-1"');
  });

  it('should read the feed in full again after a run released a link, so the article is retried', async () => {
    const store = stores.store();
    articleDown = true;
    const failed = await runPass({ sources: [source('released')], fetcher: fetcher(), store });
    expect(failed.sources[0]).toMatchObject({ discovered: 1, stored: 0, skipped: 1 });
    expect(await store.getFeedState('released', `${server.origin}/rss-released.xml`)).toBeNull();
    articleDown = false;
    const retried = await runPass({ sources: [source('released')], fetcher: fetcher(), store });
    expect(feedRequests().at(-1)?.headers['if-none-match']).toBeUndefined();
    expect(retried.sources[0]).toMatchObject({ discovered: 1, fetched: 1 });
  });
});
