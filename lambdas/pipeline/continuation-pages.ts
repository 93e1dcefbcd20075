/**
 * Multi-page articles: after page 1, fetch the rest (the all-pages view when the site links one, else pages 2..n,
 * politely through the same fetcher) and join them. A page that fails is noted in the warnings; what was read stays.
 */
import type { PoliteFetcher } from '../fetch/polite-fetcher.js';
import { extractArticle, findContinuationPages, mergePages } from '../extract/index.js';
import type { ExtractedArticle } from '../shared/types.js';

/** At most this many extra requests per article, so one long story cannot hold a host for long. */
export const MAX_EXTRA_PAGE_FETCHES = 5;

/** Join the continuation pages of `first` (extracted from `html` at `url`); returns `first` when it has none. */
export async function withContinuationPages(
  first: ExtractedArticle,
  page: { html: string; url: string; fetchedAt: string },
  timezone: string,
  fetcher: PoliteFetcher,
): Promise<ExtractedArticle> {
  const { allPagesUrl, nextPages } = findContinuationPages(page.html, page.url);
  const options = { fetchedAt: page.fetchedAt, timezone };
  if (allPagesUrl) {
    try {
      const all = await fetcher.fetch(allPagesUrl, 'page');
      return mergePages([first, extractArticle(all.body, { ...options, url: all.finalUrl })]);
    } catch (error) {
      // Fall back to the numbered pages.
      if (!nextPages.length) return withWarning(first, `all-pages view ${allPagesUrl} not read: ${describe(error)}`);
    }
  }
  if (!nextPages.length) return first;
  const pages = [first];
  const warnings: string[] = [];
  for (const url of nextPages.slice(0, MAX_EXTRA_PAGE_FETCHES)) {
    try {
      const next = await fetcher.fetch(url, 'page');
      pages.push(extractArticle(next.body, { ...options, url: next.finalUrl }));
    } catch (error) {
      warnings.push(`page ${pages.length + 1} (${url}) not read: ${describe(error)}`);
      break;
    }
  }
  if (nextPages.length > MAX_EXTRA_PAGE_FETCHES && !warnings.length) warnings.push(`only the first ${MAX_EXTRA_PAGE_FETCHES + 1} of ${nextPages.length + 1} pages were read`);
  const merged = mergePages(pages);
  return warnings.reduce(withWarning, merged);
}

function withWarning(article: ExtractedArticle, warning: string): ExtractedArticle {
  return { ...article, extraction: { ...article.extraction, warnings: [...article.extraction.warnings, warning] } };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
