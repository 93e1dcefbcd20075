/**
 * From HTML to one ArticleRecord: extraction, then entities over the extracted body.
 * Shared by the ingest stage and `pantau extract`, so a saved page and a fetched page give the same record.
 */
import { extractArticle } from '../extract/index.js';
import { extractEntities } from '../entities/index.js';
import { canonicalizeUrl } from '../sources/canonical-url.js';
import type { ArticleRecord, ExtractedArticle } from '../shared/types.js';

export interface RecordContext {
  url?: string | null;
  source?: string | null;
  fetchedAt?: string | null;
  /** IANA zone of the source, for dates printed without an offset. */
  timezone?: string;
}

export interface BuildRecordInput extends RecordContext {
  html: string;
}

/** Extract the article of one page and its entities; throws NotAnArticleError when the page holds no article. */
export function buildArticleRecord(input: BuildRecordInput): ArticleRecord {
  const extracted = extractArticle(input.html, { url: input.url ?? null, fetchedAt: input.fetchedAt ?? null, timezone: input.timezone });
  return recordFromExtracted(extracted, input);
}

/** Add entities and the canonical URL to an extracted article (one page, or several joined). */
export function recordFromExtracted(extracted: ExtractedArticle, context: RecordContext): ArticleRecord {
  const url = context.url ?? null;
  const entities = extractEntities(extracted.body, { title: extracted.title, dateline: extracted.dateline });
  const canonicalUrl = canonicalizeUrl(extracted.canonicalUrl ?? url ?? '') ?? extracted.canonicalUrl ?? url;
  return {
    url,
    source: context.source ?? null,
    fetchedAt: context.fetchedAt ?? null,
    ...extracted,
    canonicalUrl,
    ...entities,
  };
}
