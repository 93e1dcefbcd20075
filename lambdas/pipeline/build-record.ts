/**
 * From one HTML page to one ArticleRecord: extraction, then entities over the extracted body.
 * Shared by the ingest stage and `pantau extract`, so a saved page and a fetched page give the same record.
 */
import { extractArticle } from '../extract/index.js';
import { extractEntities } from '../entities/index.js';
import { canonicalizeUrl } from '../sources/canonical-url.js';
import type { ArticleRecord } from '../shared/types.js';

export interface BuildRecordInput {
  html: string;
  url?: string | null;
  source?: string | null;
  fetchedAt?: string | null;
  /** IANA zone of the source, for dates printed without an offset. */
  timezone?: string;
}

/** Extract the article and its entities; throws NotAnArticleError when the page holds no article. */
export function buildArticleRecord(input: BuildRecordInput): ArticleRecord {
  const url = input.url ?? null;
  const extracted = extractArticle(input.html, { url, fetchedAt: input.fetchedAt ?? null, timezone: input.timezone });
  const entities = extractEntities(extracted.body, { title: extracted.title, dateline: extracted.dateline });
  const canonicalUrl = canonicalizeUrl(extracted.canonicalUrl ?? url ?? '') ?? extracted.canonicalUrl ?? url;
  return {
    url,
    source: input.source ?? null,
    fetchedAt: input.fetchedAt ?? null,
    ...extracted,
    canonicalUrl,
    ...entities,
  };
}
