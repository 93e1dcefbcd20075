/**
 * @module search/search-articles
 * The one query module behind the CLI, the search Lambda and the web page.
 *
 * How a search runs: one index drives it, newest first, and every other filter is checked in memory.
 * - an entity filter (org, else person, else location, else sector) drives through the mention index; names, aliases
 *   and acronyms resolve through the entity directory first ("Kemenperin" -> "Kementerian Perindustrian")
 * - else a source filter drives through the by-source index
 * - else the by-day index walks the days that hold articles, newest first (bounded by since/until when given)
 * Limit (v1): a search reads at most MAX_CANDIDATES articles from its driving index. A pure word search (no entity, no
 * source) over a large archive therefore only looks at the newest MAX_CANDIDATES articles in its date range; narrow it
 * with since/until or a filter. A full-text index (e.g. OpenSearch) is the next step if that is not enough.
 */
import type { ArticleRecord } from '../shared/types.js';
import type { ArticleStore, SortRange, StoredArticle } from '../store/article-store.js';
import { collectEntityRefs, entityKeyFor, localDateOf } from '../store/keys.js';
import type { EntityKind } from '../store/keys.js';
import { streamDays, streamMentions, streamSource } from './candidate-streams.js';
import type { Candidate, StreamFloor } from './candidate-streams.js';
import { createWordMatcher } from './match-words.js';
import { boundToMillis, isDateOnly } from './parse-search-query.js';
import type { SearchQuery } from './parse-search-query.js';

export { parseSearchQuery } from './parse-search-query.js';
export type { SearchQuery } from './parse-search-query.js';

export const DEFAULT_LIMIT = 20;
/** Most articles one search reads from its driving index (see the module comment). */
export const MAX_CANDIDATES = 2000;
const DAY = 86_400_000;

const ENTITY_FILTERS: ReadonlyArray<{ field: 'org' | 'person' | 'location' | 'sector'; kind: EntityKind }> = [
  { field: 'org', kind: 'organization' },
  { field: 'person', kind: 'person' },
  { field: 'location', kind: 'location' },
  { field: 'sector', kind: 'sector' },
];

interface EntityFilter {
  kind: EntityKind;
  keys: string[];
}

/** Directory keys an entity filter stands for: every entity whose name/alias/acronym folds like the term. */
async function resolveEntityFilter(store: ArticleStore, kind: EntityKind, term: string): Promise<EntityFilter> {
  if (kind === 'sector') return { kind, keys: [entityKeyFor('sector', term)] };
  const found = await store.findEntities(kind, term);
  const keys = new Set(found.map((entity) => entity.key));
  keys.add(entityKeyFor(kind, term));
  return { kind, keys: [...keys] };
}

/** Index sort-key bounds that contain every article the since/until bounds can match. */
function sortRangeOf(query: SearchQuery): SortRange {
  return {
    lower: query.since ? new Date(boundToMillis(query.since, 'start')).toISOString() : undefined,
    // '~' sorts after '#<articleId>', so the whole last instant is included.
    upper: query.until ? `${new Date(boundToMillis(query.until, 'end')).toISOString()}~` : undefined,
  };
}

/** Days (as printed on pages) that can hold matching articles. */
function dayRangeOf(query: SearchQuery): { from?: string; to?: string } {
  const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    from: query.since ? (isDateOnly(query.since) ? query.since : toDay(Date.parse(query.since) - DAY)) : undefined,
    to: query.until ? (isDateOnly(query.until) ? query.until : toDay(Date.parse(query.until) + DAY)) : undefined,
  };
}

/** True when the article falls within since/until (date-only bounds compare the printed date, ISO bounds the instant). */
function matchesDates(article: StoredArticle, sortKey: string, query: SearchQuery): boolean {
  const instant = Date.parse(sortKey.slice(0, sortKey.indexOf('#')));
  const day = localDateOf(article, new Date(instant).toISOString());
  if (query.since && (isDateOnly(query.since) ? day < query.since : instant < Date.parse(query.since))) return false;
  if (query.until && (isDateOnly(query.until) ? day > query.until : instant > Date.parse(query.until))) return false;
  return true;
}

/** Build the in-memory predicate every candidate must pass. */
function createFilter(query: SearchQuery, entityFilters: EntityFilter[]): (candidate: Candidate) => boolean {
  const matchWords = query.words ? createWordMatcher(query.words) : null;
  return ({ article, sortKey }) => {
    if (query.source && article.source !== query.source) return false;
    if (!matchesDates(article, sortKey, query)) return false;
    if (entityFilters.length > 0) {
      const refs = new Set(collectEntityRefs(article).map((ref) => `${ref.kind}#${ref.key}`));
      if (!entityFilters.every((f) => f.keys.some((key) => refs.has(`${f.kind}#${key}`)))) return false;
    }
    return matchWords ? matchWords(`${article.title}\n${article.body}`) : true;
  };
}

function toResult(article: StoredArticle): ArticleRecord & { articleId: string } {
  return article;
}

/** Search stored articles, newest first (publishedAt, else fetchedAt), default limit 20; full records with articleId. */
export async function searchArticles(store: ArticleStore, query: SearchQuery): Promise<Array<ArticleRecord & { articleId: string }>> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const entityFilters: EntityFilter[] = [];
  for (const { field, kind } of ENTITY_FILTERS) {
    const term = query[field];
    if (term) entityFilters.push(await resolveEntityFilter(store, kind, term));
  }
  const range = sortRangeOf(query);
  const floor: StreamFloor = {};
  const driver = entityFilters[0];
  const stream = driver
    ? streamMentions(store, driver.kind, driver.keys, range)
    : query.source
      ? streamSource(store, query.source, range)
      : streamDays(store, dayRangeOf(query), range, floor);
  // Only the by-day stream can be out of order (across a day boundary); the others stop at the limit.
  const exactOrder = Boolean(driver || query.source);
  const accept = createFilter(query, entityFilters);

  const results: Candidate[] = [];
  let read = 0;
  for await (const candidate of stream) {
    if (++read > MAX_CANDIDATES) break;
    if (!accept(candidate)) continue;
    results.push(candidate);
    if (results.length >= limit) {
      if (exactOrder) break;
      results.sort((a, b) => (a.sortKey < b.sortKey ? 1 : -1));
      results.length = limit;
      floor.instant = results[limit - 1]!.sortKey.split('#')[0];
    }
  }
  results.sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));
  return results.slice(0, limit).map((candidate) => toResult(candidate.article));
}
