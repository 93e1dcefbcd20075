/**
 * `pantau replay-dlq`: local mode end to end (a loopback site that fails, then recovers; real dynalite + s3rver; the
 * real pass and ingest), and AWS mode through the command with an injected SQS fake.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { replayDlqCommand, resolveReplayMode } from '../../../bin/cli/commands/replay-dlq.js';
import { runPass } from '../../../lambdas/pipeline/run-pass.js';
import { isRetryableSkip, replayRecordedFailures } from '../../../lambdas/queue/replay-recorded-failures.js';
import { articleIdFor } from '../../../lambdas/store/article-store.js';
import type { SourceConfig } from '../../../lambdas/sources/config.js';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';
import { startLocalServer } from '../../lambdas/fetch/helpers/local-server.js';
import { useLoopbackFixtures } from '../../lambdas/fetch/helpers/loopback-fixtures.js';
import type { LocalServer } from '../../lambdas/fetch/helpers/local-server.js';
import { FakeSqs } from '../../lambdas/queue/helpers/fake-sqs.js';

const ARTICLE = readFileSync(fileURLToPath(new URL('../../fixtures/sites/kompas/kompas-singlepage2.html', import.meta.url)), 'utf8');
const NOT_AN_ARTICLE = '<!DOCTYPE html><html><head><title>Indeks</title></head><body><nav>Beranda</nav></body></html>';

describe('replay of recorded failures (local mode)', () => {
  const stores = useEmbeddedStores();
  let server: LocalServer;
  let down = true;
  // A fresh fetcher per pass (no robots or host state carried over), closed after each test.
  const { createFetcher: fetcher } = useLoopbackFixtures();

  beforeAll(async () => {
    server = await startLocalServer((request, response) => {
      const origin = `http://${request.headers.host}`;
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      if (request.url === '/rss.xml') {
        const items = ['/berita/1', '/indeks/2'].map((p) => `<item><title>x</title><link>${origin}${p}</link></item>`).join('');
        return void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`);
      }
      if (request.url === '/berita/1') {
        if (down) return void response.writeHead(503, { 'content-type': 'text/plain' }).end('maintenance');
        return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NOT_AN_ARTICLE);
    });
  });

  afterAll(async () => {
    await server?.close();
  });


  it('should re-ingest a retryable failure once the site recovers, clear its skip and leave permanent ones alone', async () => {
    // Prepare: a pass while the article answers 503
    const store = stores.store();
    const source: SourceConfig = {
      id: 'flaky', name: 'Flaky', timezone: 'Asia/Makassar', feeds: [`${server.origin}/rss.xml`], sitemaps: [], listings: [], language: 'id', verified: false,
    };
    const run = await runPass({ sources: [source], fetcher: fetcher(), store });
    expect(run.sources[0]).toMatchObject({ stored: 0, skipped: 2 });
    const before = await store.listSkips({ source: 'flaky' });
    expect(before.map((s) => s.reason).sort()).toEqual(['http-error', 'not-an-article']);

    // Act 1: a dry run while the site is still down changes nothing
    const dry = await replayRecordedFailures({ store, fetcher: fetcher(), dryRun: true, timezones: { flaky: 'Asia/Makassar' } });
    expect(dry.items.filter((i) => i.outcome === 'would-retry').map((i) => i.url)).toEqual([`${server.origin}/berita/1`]);
    const pageRequests = server.requests.filter((r) => r.path === '/berita/1').length;

    // Act 2: replay while still down: recorded again, with one more attempt
    const stillDown = await replayRecordedFailures({ store, fetcher: fetcher(), timezones: { flaky: 'Asia/Makassar' } });
    expect(stillDown).toMatchObject({ retried: 1, recovered: 0, stillFailing: 1, permanent: 1 });
    expect(server.requests.filter((r) => r.path === '/berita/1').length).toBe(pageRequests + 1);
    expect((await store.listSkips({ source: 'flaky' })).find((s) => s.url.endsWith('/berita/1'))).toMatchObject({ attempts: 2, retryable: true });

    // Act 3: the site is back
    down = false;
    const report = await replayRecordedFailures({ store, fetcher: fetcher(), timezones: { flaky: 'Asia/Makassar' } });

    // Assess
    expect(report).toMatchObject({ retried: 1, recovered: 1, stillFailing: 0, permanent: 1 });
    const skips = await store.listSkips({ source: 'flaky' });
    expect(skips.map((s) => s.reason)).toEqual(['not-an-article']);
    const stored = await store.pageArticlesBySource('flaky', {}, 10);
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0]?.title).toMatch(/Yuddy/);
    expect(await store.isSeen(`${server.origin}/berita/1`)).toBe(true);
    expect(articleIdFor(stored.items[0]!.canonicalUrl!)).toBe(stored.items[0]!.articleId);

    // A second replay has nothing left to retry.
    const again = await replayRecordedFailures({ store, fetcher: fetcher() });
    expect(again).toMatchObject({ retried: 0, recovered: 0 });
  });

  it('should judge old skips without a flag from their reason and message', () => {
    expect(isRetryableSkip({ reason: 'http-error', message: 'HTTP 503 Service Unavailable for x' })).toBe(true);
    expect(isRetryableSkip({ reason: 'http-error', message: 'HTTP 404 Not Found for x' })).toBe(false);
    expect(isRetryableSkip({ reason: 'timeout', message: 'timed out' })).toBe(true);
    expect(isRetryableSkip({ reason: 'robots-disallowed', message: 'robots.txt of x is unreachable (HTTP 503)' })).toBe(true);
    expect(isRetryableSkip({ reason: 'robots-disallowed', message: 'robots.txt disallows x' })).toBe(false);
    expect(isRetryableSkip({ reason: 'not-an-article', message: 'x' })).toBe(false);
    expect(isRetryableSkip({ reason: 'not-an-article', message: 'x', retryable: true })).toBe(true);
  });
});

describe('pantau replay-dlq (AWS mode)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('should pick AWS mode only with both queue URLs, from flags or the environment', () => {
    expect(resolveReplayMode({}, {})).toEqual({ mode: 'local' });
    expect(resolveReplayMode({ 'dlq-url': 'd', 'queue-url': 'q' }, {})).toEqual({ mode: 'aws', dlqUrl: 'd', queueUrl: 'q' });
    expect(resolveReplayMode({}, { PANTAU_DLQ_URL: 'd', PANTAU_QUEUE_URL: 'q' })).toEqual({ mode: 'aws', dlqUrl: 'd', queueUrl: 'q' });
    expect(() => resolveReplayMode({ 'dlq-url': 'd' }, {})).toThrow(/--queue-url \(or \$PANTAU_QUEUE_URL\) is missing/);
  });

  it('should move the DLQ to the ingest queue and print what it did', async () => {
    // Prepare
    const sqs = new FakeSqs();
    for (let i = 1; i <= 3; i++) sqs.add('dlq', JSON.stringify({ url: `https://news.test/${i}`, source: 'news', timezone: 'Asia/Jakarta' }));
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));

    // Act
    const dry = await replayDlqCommand(['--dlq-url', 'dlq', '--queue-url', 'main', '--dry-run'], { sqs });
    const code = await replayDlqCommand(['--dlq-url', 'dlq', '--queue-url', 'main', '--max', '2', '--json'], { sqs });

    // Assess
    expect(dry).toBe(0);
    expect(out[0]).toMatch(/3 message\(s\) would move \(dry run, nothing changed\)/);
    expect(code).toBe(0);
    expect(JSON.parse(out[1]!)).toMatchObject({ moved: 2, received: 2 });
    expect(sqs.queues.get('dlq')).toHaveLength(1);
    expect(sqs.queues.get('main')).toHaveLength(2);
  });
});
