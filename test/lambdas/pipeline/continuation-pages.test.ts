/** Multi-page articles through the real fetcher and a loopback server: joined in order, failures noted, never lost. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PoliteFetcher } from '../../../lambdas/fetch/polite-fetcher.js';
import { extractArticle } from '../../../lambdas/extract/index.js';
import { withContinuationPages } from '../../../lambdas/pipeline/continuation-pages.js';

const FIXTURE = new URL('../../fixtures/sites/tribunnews/synthetic-tribunnews-2026-multipage.html', import.meta.url);
const PATH = '/nasional/7858656/pemerintah-percepat-pembangunan-jalan-tol-balikpapan-samarinda-seksi-akhir';
const PAGE_TWO_TEXT = 'Di halaman kedua, menteri menyebut target operasi penuh tetap pada pertengahan 2027 meski cuaca kerap menghambat pekerjaan.';

let server: Server;
let base: string;
let page1: string;
let servesAllPages = true;
const requested: string[] = [];

/** Page 2: the fixture with other body paragraphs. */
function pageTwo(): string {
  return page1.replace(/<div class="side-article txt-article multi-fontsize">[\s\S]*?<\/div>\s*<div class="paging">/,
    `<div class="side-article txt-article"><p>Pemerintah juga menyiapkan anggaran tambahan untuk mempercepat pekerjaan konstruksi jembatan yang menghubungkan kedua kota tersebut.</p><p>${PAGE_TWO_TEXT}</p></div><div class="paging">`);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requested.push(req.url ?? '');
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    if (req.url === `${PATH}?page=2`) return html(pageTwo());
    if (req.url === `${PATH}?page=all` && servesAllPages) return html(pageTwo().replace('<p>Pemerintah juga', `${page1.match(/<p>[^<]{60,}<\/p>/)![0]}<p>Pemerintah juga`));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  page1 = readFileSync(FIXTURE, 'utf8').replaceAll('https://www.tribunnews.com', base);
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function ingestPages() {
  const fetcher = new PoliteFetcher({ allowPrivateHosts: true, minIntervalMs: 5, retries: 0 });
  const url = base + PATH;
  const first = extractArticle(page1, { url });
  const merged = await withContinuationPages(first, { html: page1, url, fetchedAt: '2026-11-28T10:00:00+08:00' }, 'Asia/Jakarta', fetcher);
  fetcher.close();
  return { first, merged };
}

describe('withContinuationPages', () => {
  it('should read the all-pages view when the site links one', async () => {
    servesAllPages = true;
    requested.length = 0;
    const { first, merged } = await ingestPages();
    expect(requested.filter((u) => u.includes('page='))).toEqual([`${PATH}?page=all`]);
    expect(merged.body.startsWith(first.body.split('\n\n')[0]!)).toBe(true);
    expect(merged.body.endsWith(PAGE_TWO_TEXT)).toBe(true);
  });

  it('should fall back to the numbered pages, stop at the first missing one and say so', async () => {
    servesAllPages = false;
    requested.length = 0;
    const { first, merged } = await ingestPages();
    expect(requested.filter((u) => u.includes('page='))).toEqual([`${PATH}?page=all`, `${PATH}?page=2`, `${PATH}?page=3`]);
    expect(merged.body.startsWith(first.body)).toBe(true);
    expect(merged.body).toContain(PAGE_TWO_TEXT);
    expect(merged.extraction.warnings.join(' ')).toMatch(/page 3 .* not read: .*404/);
  });
});
