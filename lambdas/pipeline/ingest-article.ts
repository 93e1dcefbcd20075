/**
 * Ingest one discovered URL: polite fetch -> raw page to S3 -> extract -> entities -> idempotent save.
 * The same URL ingested twice gives the same records ('unchanged'); a changed page gives a new version.
 */
import type { PoliteFetcher } from '../fetch/polite-fetcher.js';
import { articleIdFor, type ArticleStore } from '../store/article-store.js';
import { extractArticle } from '../extract/index.js';
import { recordFromExtracted } from './build-record.js';
import { withContinuationPages } from './continuation-pages.js';

export interface IngestRequest {
  url: string;
  source: string;
  /** IANA zone of the source. */
  timezone: string;
}

export interface IngestOutcome {
  url: string;
  articleId: string;
  title: string;
  version: number;
  status: 'created' | 'updated' | 'unchanged';
  warnings: string[];
}

export interface IngestDeps {
  fetcher: PoliteFetcher;
  store: ArticleStore;
}

/** Fetch, extract and store one article. Throws FetchError / NotAnArticleError (see classifyFailure). */
export async function ingestArticle(request: IngestRequest, deps: IngestDeps): Promise<IngestOutcome> {
  const page = await deps.fetcher.fetch(request.url, 'page');
  const first = extractArticle(page.body, { url: page.finalUrl, fetchedAt: page.fetchedAt, timezone: request.timezone });
  const extracted = await withContinuationPages(first, { html: page.body, url: page.finalUrl, fetchedAt: page.fetchedAt }, request.timezone, deps.fetcher);
  const record = recordFromExtracted(extracted, { url: page.finalUrl, source: request.source, fetchedAt: page.fetchedAt });
  const articleId = articleIdFor(record.canonicalUrl ?? page.finalUrl);
  // Raw page (page 1) first: the record that points at it is written only once the page is safely in S3.
  const raw = await deps.store.putRawPage({
    source: request.source,
    articleId,
    fetchedAt: page.fetchedAt,
    bytes: page.bytes,
    contentType: page.contentType,
  });
  const saved = await deps.store.saveArticle(record, raw);
  return {
    url: request.url,
    articleId: saved.articleId,
    title: record.title,
    version: saved.version,
    status: saved.outcome,
    warnings: record.extraction.warnings,
  };
}
