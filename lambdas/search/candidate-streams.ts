/**
 * @module search/candidate-streams
 * Newest-first streams of candidate articles from one index: the mention index (per entity key, merged), the
 * by-source index, or the by-day index (walking only days that hold articles). Each yields current articles only.
 */
import type { ArticleStore, SortRange, StoredArticle } from '../store/article-store.js';
import type { EntityKind } from '../store/keys.js';

/** A candidate with the key it sorts by (`<UTC instant>#<articleId>`). */
export interface Candidate {
  article: StoredArticle;
  sortKey: string;
}

/** Read by the day stream: once the caller has enough results, it raises the floor and older days are skipped. */
export interface StreamFloor {
  instant?: string;
}

const PAGE_SIZE = 50;
const HOUR = 3_600_000;

/** The sort key of a stored article (same rule the store used to write its index keys). */
export function sortKeyOf(article: StoredArticle): string {
  const time = [article.publishedAt, article.fetchedAt].map((t) => (t ? Date.parse(t) : NaN)).find((t) => !Number.isNaN(t));
  return `${new Date(time ?? 0).toISOString()}#${article.articleId}`;
}

/** Articles mentioning one entity key, newest first (hits of superseded versions dropped). */
async function* streamMentionsOfKey(store: ArticleStore, kind: EntityKind, key: string, range: SortRange): AsyncGenerator<Candidate> {
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await store.pageMentions(kind, key, range, PAGE_SIZE, startKey);
    for (const article of await store.resolveMentionHits(page.items)) yield { article, sortKey: sortKeyOf(article) };
    startKey = page.nextKey;
  } while (startKey);
}

/** Merge newest-first streams into one newest-first stream, each article once. */
export async function* mergeNewestFirst(streams: AsyncGenerator<Candidate>[]): AsyncGenerator<Candidate> {
  const heads = await Promise.all(streams.map((s) => s.next()));
  const seen = new Set<string>();
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i]!;
      if (!head.done && (best < 0 || head.value.sortKey > (heads[best]!.value as Candidate).sortKey)) best = i;
    }
    if (best < 0) return;
    const candidate = heads[best]!.value as Candidate;
    heads[best] = await streams[best]!.next();
    if (seen.has(candidate.article.articleId)) continue;
    seen.add(candidate.article.articleId);
    yield candidate;
  }
}

/** Articles mentioning any of the entity keys, newest first. */
export function streamMentions(store: ArticleStore, kind: EntityKind, entityKeys: string[], range: SortRange): AsyncGenerator<Candidate> {
  return mergeNewestFirst(entityKeys.map((key) => streamMentionsOfKey(store, kind, key, range)));
}

/** Articles of a source, newest first. */
export async function* streamSource(store: ArticleStore, source: string, range: SortRange): AsyncGenerator<Candidate> {
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await store.pageArticlesBySource(source, range, PAGE_SIZE, startKey);
    for (const article of page.items) yield { article, sortKey: sortKeyOf(article) };
    startKey = page.nextKey;
  } while (startKey);
}

/**
 * Articles by day, newest day first, newest first within a day. Days are the dates printed on the pages, so across a
 * day boundary two articles with different UTC offsets can come out of order by a few hours; the caller sorts its
 * results and keeps reading while `floor` says older articles could still rank (a day D cannot hold anything newer
 * than D+1 12:00 UTC).
 */
export async function* streamDays(
  store: ArticleStore,
  days: { from?: string; to?: string },
  range: SortRange,
  floor: StreamFloor,
): AsyncGenerator<Candidate> {
  for (const day of await store.listDays(days)) {
    if (floor.instant && Date.parse(`${day}T00:00:00Z`) + 36 * HOUR < Date.parse(floor.instant)) return;
    const lower = floor.instant && (!range.lower || floor.instant > range.lower) ? floor.instant : range.lower;
    let startKey: Record<string, unknown> | undefined;
    dayPages: do {
      const page = await store.pageArticlesByDay(day, { lower, upper: range.upper }, PAGE_SIZE, startKey);
      for (const article of page.items) {
        const candidate = { article, sortKey: sortKeyOf(article) };
        // Within a day the index is newest first: once below the floor, the rest of the day is too.
        if (floor.instant && candidate.sortKey < floor.instant) break dayPages;
        yield candidate;
      }
      startKey = page.nextKey;
    } while (startKey);
  }
}
