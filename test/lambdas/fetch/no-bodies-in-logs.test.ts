/**
 * Logs carry no page bodies and no credentials: the Powertools logger is turned up to DEBUG, its output captured,
 * and real ingests (stored article, not-an-article page, server error with a body, retries) are run through it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PoliteFetcher } from '../../../lambdas/fetch/polite-fetcher.js';
import { ingestMessage } from '../../../lambdas/pipeline/ingest-message.js';
import { runPass } from '../../../lambdas/pipeline/run-pass.js';
import { FetchError } from '../../../lambdas/shared/errors.js';
import { logger } from '../../../lambdas/shared/logger.js';
import type { SourceConfig } from '../../../lambdas/sources/config.js';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';
import { startLocalServer } from './helpers/local-server.js';
import type { LocalServer } from './helpers/local-server.js';

const ARTICLE = readFileSync(fileURLToPath(new URL('../../fixtures/sites/kompas/kompas-singlepage2.html', import.meta.url)), 'utf8');
const SECRET_ERROR_BODY = 'Halaman galat rahasia: database kompas-prod-01 password hunter2';
const INDEX_PAGE_TEXT = 'Teks halaman indeks yang tidak boleh masuk log sama sekali';

describe('log output of an ingest', () => {
  const stores = useEmbeddedStores();
  let server: LocalServer;
  const captured: string[] = [];
  let fetcher: PoliteFetcher;

  beforeAll(async () => {
    server = await startLocalServer((request, response) => {
      const origin = `http://${request.headers.host}`;
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      if (request.url === '/rss.xml') {
        const items = ['/berita/ok', '/berita/error', '/indeks'].map((p) => `<item><title>x</title><link>${origin}${p}</link></item>`).join('');
        return void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`);
      }
      if (request.url === '/berita/ok') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
      if (request.url === '/berita/error') return void response.writeHead(500, { 'content-type': 'text/html' }).end(`<html><body><p>${SECRET_ERROR_BODY}</p></body></html>`);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!DOCTYPE html><html><head><title>Indeks</title></head><body><p>${INDEX_PAGE_TEXT}</p></body></html>`);
    });
    fetcher = new PoliteFetcher({ allowPrivateHosts: true, minIntervalMs: 0, retries: 1, retryBaseDelayMs: 1 });
    logger.setLogLevel('DEBUG');
    const capture = (chunk: unknown) => {
      captured.push(String(chunk));
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    logger.setLogLevel('SILENT');
    fetcher.close();
    await server.close();
  });

  it('should log every outcome without the text of any page or credentials', async () => {
    // Prepare
    const store = stores.store();
    const source: SourceConfig = {
      id: 'logcheck', name: 'Log check', timezone: 'Asia/Jakarta', feeds: [`${server.origin}/rss.xml`], sitemaps: [], listings: [], language: 'id', verified: false,
    };

    // Act: the local pass and the queue consumer path, both at DEBUG
    await runPass({ sources: [source], fetcher, store });
    for (const path of ['/berita/ok', '/berita/error', '/indeks']) {
      await ingestMessage(JSON.stringify({ url: `${server.origin}${path}`, source: 'logcheck', timezone: 'Asia/Jakarta' }), { fetcher, store }).catch(() => null);
    }
    const withCredentials = await fetcher.fetch(`http://pantau:s3cr3t-token@${server.host}/berita/ok`).catch((error: unknown) => error);
    vi.restoreAllMocks();

    // Assess: the capture saw the logger's JSON lines (so the check below can fail) ...
    const logLines = captured.join('').split('\n').filter((line) => line.startsWith('{') && line.includes('"level"'));
    const messages = logLines.map((line) => JSON.parse(line).message as string);
    expect(messages).toEqual(expect.arrayContaining(['article not stored', 'article ingested', 'retrying after HTTP status']));
    // ... and no line carries a page's text.
    const stored = await store.pageArticlesBySource('logcheck', {}, 5);
    expect(stored.items).toHaveLength(1);
    const bodySentences = stored.items[0]!.body.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 40);
    expect(bodySentences.length).toBeGreaterThan(3);
    const output = logLines.join('\n');
    for (const sentence of bodySentences) expect(output).not.toContain(sentence);
    expect(output).not.toContain(stored.items[0]!.title);
    expect(output).not.toContain('hunter2');
    expect(output).not.toContain(INDEX_PAGE_TEXT);
    // Credentials never reach an error message (which is what skips and logs carry).
    expect(withCredentials).toBeInstanceOf(FetchError);
    expect((withCredentials as FetchError).message).toBe(`URLs with credentials are not fetched: http://${server.host}/berita/ok`);
    expect(JSON.stringify(await store.listSkips({ source: 'logcheck' }))).not.toMatch(/hunter2|s3cr3t/);
  });
});
