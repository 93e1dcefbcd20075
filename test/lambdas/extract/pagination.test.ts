import { describe, expect, it } from 'vitest';
import { findContinuationPages, mergePages, MAX_ARTICLE_PAGES } from '../../../lambdas/extract/pagination.js';
import type { ExtractedArticle } from '../../../lambdas/shared/types.js';

/** A synthetic article page: canonical link, body, the given pagination markup and a sidebar of other stories. */
function makePage(canonical: string, pagination: string, sidebar = ''): string {
  return `<!doctype html><html><head><link rel="canonical" href="${canonical}"></head><body>
    <h1>Judul Berita</h1><div class="content"><p>Paragraf pertama yang cukup panjang untuk sebuah berita.</p></div>
    ${pagination}<div class="sidebar">${sidebar}</div></body></html>`;
}

const KOMPAS = 'https://regional.kompas.com/read/2026/08/14/143000178/jembatan-mahakam-iv-ditutup';
const TRIBUN = 'https://www.tribunnews.com/nasional/7858656/pemerintah-percepat-pembangunan-jalan-tol';
const DETIK = 'https://www.detik.com/kalimantan/berita/d-7412345/warga-samarinda-keluhkan-pemadaman';

describe('findContinuationPages', () => {
  it('should find Kompas-like "?page=2" page links and the "?page=all" view', () => {
    // Arrange
    const html = makePage(KOMPAS, `<div class="read__paging">Halaman: <a href="${KOMPAS}?page=1">1</a> <a href="${KOMPAS}?page=2">2</a>
      <a href="${KOMPAS}?page=3">3</a> <a href="${KOMPAS}?page=2">Selanjutnya</a> <a href="${KOMPAS}?page=all">Show All</a></div>`);
    // Act
    const result = findContinuationPages(html, KOMPAS);
    // Assert
    expect(result).toEqual({ allPagesUrl: `${KOMPAS}?page=all`, nextPages: [`${KOMPAS}?page=2`, `${KOMPAS}?page=3`] });
  });

  it('should find a Tribun-like "Tampilkan semua" ?page=all link and the rel="page-N" links of div.paging', () => {
    // Arrange
    const html = makePage(TRIBUN, `<div class="paging"><span class="total-page">Halaman 1/2</span>
      <a href="${TRIBUN}?page=2" rel="page-2">2</a><a href="${TRIBUN}?page=all">Tampilkan semua</a></div>`);
    // Act
    const result = findContinuationPages(html, TRIBUN);
    // Assert
    expect(result.allPagesUrl).toBe(`${TRIBUN}?page=all`);
    expect(result.nextPages).toEqual([`${TRIBUN}?page=2`]);
  });

  it('should find Detik-like "/2" suffix pages and "Halaman Selanjutnya" with relative links', () => {
    // Arrange
    const path = new URL(DETIK).pathname;
    const html = makePage(DETIK, `<div class="detail__long-nav"><a href="${path}/2">2</a><a href="${path}/3">3</a>
      <a href="${path}/2">Halaman Selanjutnya</a></div>`);
    // Act
    const result = findContinuationPages(html, DETIK);
    // Assert
    expect(result).toEqual({ allPagesUrl: null, nextPages: [`${DETIK}/2`, `${DETIK}/3`] });
  });

  it('should find the remaining pages when called on page 2 of a "/N" article', () => {
    // Arrange
    const html = makePage(DETIK, `<div class="detail__long-nav"><a href="${DETIK}">1</a><a href="${DETIK}/3">3</a></div>`);
    // Act
    const result = findContinuationPages(html, `${DETIK}/2`);
    // Assert
    expect(result.nextPages).toEqual([`${DETIK}/3`]);
  });

  it('should follow a lone "Halaman selanjutnya" link outside any pagination block', () => {
    // Arrange
    const html = makePage(TRIBUN, `<p><a href="${TRIBUN}?page=2">Halaman selanjutnya</a></p>`);
    // Act
    const result = findContinuationPages(html, TRIBUN);
    // Assert
    expect(result.nextPages).toEqual([`${TRIBUN}?page=2`]);
  });

  it('should ignore page links of other articles, other hosts and the site index', () => {
    // Arrange
    const other = 'https://regional.kompas.com/read/2026/08/13/1/berita-lain';
    const html = makePage(KOMPAS, `<div class="pagination"><a href="${other}?page=2">2</a><a href="https://indeks.kompas.com/?page=2">2</a>
      <a href="https://evil.example/read/2026/08/14/143000178/jembatan-mahakam-iv-ditutup?page=2">2</a></div>`,
      `<a href="${other}?page=all">Tampilkan semua</a>`);
    // Act
    const result = findContinuationPages(html, KOMPAS);
    // Assert
    expect(result).toEqual({ allPagesUrl: null, nextPages: [] });
  });

  it('should ignore numbered links to the same article outside its pagination block (a share bar, a comment link)', () => {
    // Arrange
    const html = makePage(KOMPAS, `<div class="share"><a href="${KOMPAS}?page=2">2</a></div>`);
    // Act
    const result = findContinuationPages(html, KOMPAS);
    // Assert
    expect(result.nextPages).toEqual([]);
  });

  it(`should stop at ${MAX_ARTICLE_PAGES} pages`, () => {
    // Arrange
    const links = Array.from({ length: 40 }, (_, i) => `<a href="${KOMPAS}?page=${i + 1}">${i + 1}</a>`).join('');
    const html = makePage(KOMPAS, `<div class="pagination">${links}</div>`);
    // Act
    const result = findContinuationPages(html, KOMPAS);
    // Assert
    expect(result.nextPages).toHaveLength(MAX_ARTICLE_PAGES - 1);
    expect(result.nextPages[0]).toBe(`${KOMPAS}?page=2`);
    expect(result.nextPages.at(-1)).toBe(`${KOMPAS}?page=${MAX_ARTICLE_PAGES}`);
  });

  it('should find nothing on a single-page article or on garbage', () => {
    // Act + Assert
    expect(findContinuationPages(makePage(KOMPAS, ''), KOMPAS)).toEqual({ allPagesUrl: null, nextPages: [] });
    expect(findContinuationPages('', KOMPAS)).toEqual({ allPagesUrl: null, nextPages: [] });
    expect(findContinuationPages('<p>x</p>', 'not a url')).toEqual({ allPagesUrl: null, nextPages: [] });
  });
});

/** An extracted page with the given body and title. */
function makeArticle(body: string, overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    canonicalUrl: TRIBUN,
    title: 'Pemerintah Percepat Pembangunan Jalan Tol',
    publishedAt: '2026-07-24T12:40:00+07:00',
    modifiedAt: null,
    authors: ['Reza Deni'],
    section: 'Nasional',
    tags: [],
    language: 'id',
    dateline: 'Jakarta',
    body,
    extraction: { method: 'profile:tribunnews@1', warnings: [] },
    ...overrides,
  };
}

describe('mergePages', () => {
  it('should join bodies in order, keep page 1 metadata and say how many pages were joined', () => {
    // Arrange
    const pages = [
      makeArticle('Satu.\n\nDua.'),
      makeArticle('Tiga.\n\nEmpat.', { title: 'Judul Halaman 2', authors: ['Orang Lain'], publishedAt: null }),
      makeArticle('Lima.'),
    ];
    // Act
    const merged = mergePages(pages);
    // Assert
    expect(merged.body).toBe('Satu.\n\nDua.\n\nTiga.\n\nEmpat.\n\nLima.');
    expect(merged.title).toBe('Pemerintah Percepat Pembangunan Jalan Tol');
    expect(merged.authors).toEqual(['Reza Deni']);
    expect(merged.publishedAt).toBe('2026-07-24T12:40:00+07:00');
    expect(merged.extraction.warnings).toEqual(['joined 3 pages']);
  });

  it('should drop paragraphs repeated at the page joins (a lead or summary shown on every page)', () => {
    // Arrange
    const pages = [makeArticle('Ringkasan singkat.\n\nSatu.\n\nDua.'), makeArticle('Ringkasan singkat.\n\nDua.\n\nTiga.')];
    // Act
    const merged = mergePages(pages);
    // Assert
    expect(merged.body).toBe('Ringkasan singkat.\n\nSatu.\n\nDua.\n\nTiga.');
  });

  it('should keep page 1 warnings and return a single page unchanged', () => {
    // Arrange
    const first = makeArticle('Satu.', { extraction: { method: 'profile:tribunnews@1', warnings: ['no author found'] } });
    // Act + Assert
    expect(mergePages([first])).toBe(first);
    expect(mergePages([first, makeArticle('Dua.')]).extraction.warnings).toEqual(['no author found', 'joined 2 pages']);
  });

  it('should refuse an empty list', () => {
    // Act + Assert
    expect(() => mergePages([])).toThrow(RangeError);
  });
});

describe('multi-page articles end to end (synthetic Tribunnews fixture)', () => {
  it('should find the rest of the fixture article and join its pages into one record', async () => {
    // Arrange
    const { readFileSync } = await import('node:fs');
    const { extractArticle } = await import('../../../lambdas/extract/index.js');
    const page1 = readFileSync(new URL('../../fixtures/sites/tribunnews/synthetic-tribunnews-2026-multipage.html', import.meta.url), 'utf8');
    const url = 'https://www.tribunnews.com/nasional/7858656/pemerintah-percepat-pembangunan-jalan-tol-balikpapan-samarinda-seksi-akhir';
    const page2 = page1.replace(/<div class="side-article txt-article multi-fontsize">[\s\S]*?<\/div>\s*<div class="paging">/,
      `<div class="side-article txt-article"><p>Pemerintah juga menyiapkan anggaran tambahan untuk mempercepat pekerjaan konstruksi jembatan yang menghubungkan kedua kota tersebut.</p>
       <p>Di halaman kedua, menteri menyebut target operasi penuh tetap pada pertengahan 2027 meski cuaca kerap menghambat pekerjaan.</p></div><div class="paging">`);
    // Act
    const pages = findContinuationPages(page1, url);
    const merged = mergePages([extractArticle(page1, { url }), extractArticle(page2, { url: pages.nextPages[0] })]);
    // Assert
    expect(pages.allPagesUrl).toBe(`${url}?page=all`);
    expect(pages.nextPages).toEqual([`${url}?page=2`, `${url}?page=3`]);
    expect(merged.body.match(/anggaran tambahan/g)).toHaveLength(1);
    expect(merged.body.endsWith('meski cuaca kerap menghambat pekerjaan.')).toBe(true);
    expect(merged.canonicalUrl).toBe(url);
    expect(merged.extraction.warnings).toContain('joined 2 pages');
  });
});
