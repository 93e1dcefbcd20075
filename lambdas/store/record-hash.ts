/** @module store/record-hash: the content hash that decides whether a re-fetched article changed. */
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../shared/types.js';

/**
 * Fields that make up an article's content. Left out on purpose: `url` (the same story is reached through many URLs),
 * `fetchedAt` (changes on every fetch) and `extraction` (a new extractor version that gives the same output is no change).
 */
const CONTENT_FIELDS = [
  'canonicalUrl', 'source', 'title', 'publishedAt', 'modifiedAt', 'authors', 'section', 'tags', 'language', 'dateline',
  'body', 'people', 'organizations', 'locations', 'sectors', 'quotes',
] as const satisfies ReadonlyArray<keyof ArticleRecord>;

/** JSON with object keys sorted, so the same content always gives the same text. */
function stringifyStable(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stringifyStable).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stringifyStable(v)}`).join(',')}}`;
}

/**
 * sha256 hex over an article's content fields (see CONTENT_FIELDS). A publication date resolved from a relative phrase
 * ("2 jam yang lalu") counts only as "approximate": it moves with the fetch time, so a re-fetch of an unchanged page
 * must not make a new version (the first fetch's date stays); a page that later states its date does change.
 * @example hashRecordContent(record) === hashRecordContent({ ...record, fetchedAt: later }) // true
 */
export function hashRecordContent(record: ArticleRecord): string {
  const content: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) content[field] = record[field] ?? null;
  if (record.extraction?.publishedAtRelative) content.publishedAt = 'approximate';
  return createHash('sha256').update(stringifyStable(content)).digest('hex');
}
