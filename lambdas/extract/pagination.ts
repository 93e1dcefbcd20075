/**
 * @module pagination
 * Multi-page articles. Kompas, Tribunnews, Suara, detik and CNN Indonesia split long stories over pages: Kompas and
 * Tribun with "?page=2" and an all-pages link "?page=all" ("Tampilkan semua" / "Show All"), detik and CNN Indonesia with
 * a "/2" path suffix, most with a "Halaman selanjutnya" / "Selanjutnya" link. `findContinuationPages` reads page 1 and
 * says which URLs hold the rest; `mergePages` joins the extracted pages in order.
 * Evidence: Tribunnews `<div class="paging"><span class="total-page">Halaman 1/2</span> ... <a href="...?page=2"
 * rel="page-2">2</a></div>`, canonical without the page parameter (EGI-TRIB, verified live 2026-07-24); Kompas
 * "?page=all" (NW kompas.py @3731dbd, 2026-08-14, fetches every article with it). The detik "/2" suffix and the
 * "Lihat semua halaman" wording are assumptions from the portals' conventions (no saved page here).
 */
import { load } from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import type { ExtractedArticle } from '../shared/types.js';
import { normaliseText, toAbsoluteUrl } from './utils.js';

/** Where the rest of a multi-page article is. */
export interface ContinuationPages {
  /** one URL that shows the whole article ("?page=all"), when the page links one */
  allPagesUrl: string | null;
  /** pages 2..n in order (at most MAX_ARTICLE_PAGES - 1 of them), same article only */
  nextPages: string[];
}

/** No article is split over more pages than this; links beyond it are ignored. */
export const MAX_ARTICLE_PAGES = 20;

/** Containers of page links (Tribun div.paging, Kompas .read__paging, detik .detail__long-nav, generic pagination). */
const PAGINATION_BLOCKS = [
  '.paging', '.pagination', '.read__paging', '.paging__wrap', '.detail__long-nav', '.detail__anchor-numb',
  '[class*="pagination"]', '[class*="paging"]', '[class*="halaman"]', 'nav[aria-label*="page" i]',
].join(',');

/** Link texts of an all-pages view. */
const ALL_PAGES_TEXT = /^(?:tampilkan semua(?: halaman)?|lihat semua(?: halaman)?|baca semua(?: halaman)?|semua halaman|show all|view all|single page)\W*$/i;

/** Link texts of the next page. */
const NEXT_PAGE_TEXT = /^(?:halaman (?:selanjutnya|berikutnya)|selanjutnya|berikutnya|next(?: page)?|lanjut)\W*$|^(?:›|»|>)$/i;

/** Query values that mean "every page on one page". */
const ALL_PAGES_QUERY: readonly [string, RegExp][] = [['page', /^all$/i], ['single', /^1$/], ['showall', /^(?:1|true)$/i]];

/**
 * The URLs that continue a multi-page article: an all-pages link ("?page=all", "Tampilkan semua", "Lihat semua
 * halaman") and the page 2..n links of its pagination block ("?page=2", "/2", "Halaman selanjutnya"), limited to the
 * same article path and to MAX_ARTICLE_PAGES pages. Empty when the article is on one page.
 * @example findContinuationPages(html, 'https://regional.kompas.com/read/2021/11/11/1/x').nextPages // ['...x?page=2']
 */
export function findContinuationPages(html: string, url: string): ContinuationPages {
  const none: ContinuationPages = { allPagesUrl: null, nextPages: [] };
  const pageUrl = toAbsoluteUrl(url);
  if (!pageUrl || !html) return none;
  const $ = load(html);
  const base = readArticleBase($, pageUrl);
  if (!base) return none;
  const current = readPageNumber(pageUrl, base) ?? 1;
  let allPagesUrl: string | null = null;
  const numbered = new Map<number, string>();
  let nextUrl: string | null = null;

  const inBlock = new Set<Element>($(PAGINATION_BLOCKS).find('a[href]').toArray() as Element[]);
  for (const a of $('a[href]').toArray() as Element[]) {
    const href = toAbsoluteUrl(a.attribs.href, pageUrl);
    if (!href || !isSameArticle(href, base)) continue;
    const text = normaliseText($(a).text());
    if (isAllPagesUrl(href) || (ALL_PAGES_TEXT.test(text) && href !== base.href)) {
      allPagesUrl ??= href;
      continue;
    }
    const number = readPageNumber(href, base);
    const labelledNext = NEXT_PAGE_TEXT.test(text) || /\bnext\b/i.test(a.attribs.rel ?? '');
    if (labelledNext && number !== null && number > current) {
      nextUrl ??= href;
      continue;
    }
    if (!inBlock.has(a) && !/^page-\d+$/i.test(a.attribs.rel ?? '')) continue;
    if (number !== null && number > current && number <= MAX_ARTICLE_PAGES && !numbered.has(number)) numbered.set(number, href);
  }
  const relNext = toAbsoluteUrl($('link[rel="next"]').attr('href'), pageUrl);
  if (relNext && isSameArticle(relNext, base)) {
    const number = readPageNumber(relNext, base);
    if (number !== null && number > current && number <= MAX_ARTICLE_PAGES && !numbered.has(number)) numbered.set(number, relNext);
  }
  if (nextUrl && numbered.size === 0) {
    const number = readPageNumber(nextUrl, base);
    if (number !== null && number <= MAX_ARTICLE_PAGES) numbered.set(number, nextUrl);
  }
  const nextPages = [...numbered.entries()].sort((a, b) => a[0] - b[0]).map(([, href]) => href).slice(0, MAX_ARTICLE_PAGES - 1);
  return { allPagesUrl, nextPages };
}

/**
 * Join the extracted pages of one article in order: page 1's metadata, the bodies one after the other with paragraphs
 * already given dropped (a lead or summary repeated at the top of each page), and a warning "joined N pages".
 * @example mergePages([page1, page2]).extraction.warnings // [..., 'joined 2 pages']
 */
export function mergePages(pages: readonly ExtractedArticle[]): ExtractedArticle {
  if (!pages.length) throw new RangeError('mergePages needs at least one page');
  const [first] = pages;
  if (pages.length === 1) return first;
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const page of pages.slice(0, MAX_ARTICLE_PAGES)) {
    for (const paragraph of page.body.split(/\n{2,}/)) {
      const text = paragraph.trim();
      const key = text.toLowerCase();
      if (!text || seen.has(key)) continue;
      seen.add(key);
      paragraphs.push(text);
    }
  }
  const joined = Math.min(pages.length, MAX_ARTICLE_PAGES);
  return {
    ...first,
    body: paragraphs.join('\n\n'),
    extraction: { ...first.extraction, warnings: [...first.extraction.warnings, `joined ${joined} pages`] },
  };
}

/** The article's own URL (page 1): canonical / og:url when on the same host, else the page URL without paging. */
function readArticleBase($: CheerioAPI, pageUrl: string): URL | null {
  const page = new URL(pageUrl);
  for (const candidate of [$('link[rel="canonical"]').attr('href'), $('meta[property="og:url"]').attr('content')]) {
    const abs = toAbsoluteUrl(candidate, pageUrl);
    if (!abs) continue;
    const url = new URL(abs);
    if (url.hostname === page.hostname) return stripPaging(url);
  }
  return stripPaging(page);
}

/** A URL without its page parameter and without a trailing "/N" page suffix. */
function stripPaging(url: URL): URL {
  const out = new URL(url.toString());
  for (const [key] of ALL_PAGES_QUERY) out.searchParams.delete(key);
  out.pathname = out.pathname.replace(/\/(?:[2-9]|1\d|20)\/?$/, '').replace(/\/$/, '') || '/';
  return out;
}

/** True when the link is the same article: same host and path, or the path plus a "/N" suffix. */
function isSameArticle(href: string, base: URL): boolean {
  const url = new URL(href);
  if (url.hostname !== base.hostname) return false;
  const path = url.pathname.replace(/\/$/, '');
  const basePath = base.pathname.replace(/\/$/, '');
  return path === basePath || new RegExp(`^${escapeRegExp(basePath)}/\\d{1,2}$`).test(path);
}

/** Page number of a same-article link: "?page=N" or a "/N" suffix; 1 for the base itself; null for anything else. */
function readPageNumber(href: string, base: URL): number | null {
  const url = new URL(href);
  const query = url.searchParams.get('page');
  if (query !== null) return /^\d{1,2}$/.test(query) ? Number(query) : null;
  const path = url.pathname.replace(/\/$/, '');
  const basePath = base.pathname.replace(/\/$/, '');
  if (path === basePath) return 1;
  const suffix = /\/(\d{1,2})$/.exec(path);
  return suffix ? Number(suffix[1]) : null;
}

/** True for "?page=all", "?single=1", "?showall=1". */
function isAllPagesUrl(href: string): boolean {
  const url = new URL(href);
  return ALL_PAGES_QUERY.some(([key, value]) => value.test(url.searchParams.get(key) ?? ''));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
