/**
 * @module sources/conditional-discovery
 * Conditional GET for discovery documents (feeds, sitemaps) across runs. A document is fetched with the ETag and
 * Last-Modified of its last copy whose links were all taken; a 304 means "no new links" (not an error). Validators
 * are saved only once the caller has claimed every link of the copy, and forgotten whenever a link of the source is
 * released or deferred, so a conditional GET can never hide a link that still has to be ingested.
 */
import type { ConditionalHeaders, FetchKind, FetchResult } from '../fetch/polite-fetcher.js';
import { logger } from '../shared/logger.js';

/** Validators of one document (the store's FeedState has this shape). */
export interface FeedValidators {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** ISO 8601. */
  checkedAt: string;
}

/** Where validators live between runs (ArticleStore implements it). */
export interface FeedStateStore {
  getFeedState(source: string, url: string): Promise<FeedValidators | null>;
  putFeedState(source: string, state: FeedValidators): Promise<void>;
  clearFeedStates(source: string): Promise<number>;
}

/** Anything that fetches like PoliteFetcher. */
export interface DocumentFetcher {
  fetch(url: string, kind?: FetchKind, conditional?: ConditionalHeaders): Promise<FetchResult>;
}

/** A fetched discovery document and the validators to save once its links are taken (null: nothing to save). */
export interface ConditionalDocument {
  doc: FetchResult;
  /** True when the server answered 304: the document did not change, it holds no new links. */
  notModified: boolean;
  validators: FeedValidators | null;
}

/**
 * Fetch a feed or sitemap, conditionally when validators are stored. A failing state read never stops discovery:
 * the document is then fetched in full.
 * @example const { doc, notModified, validators } = await fetchDiscoveryDocument(fetcher, store, 'kompas', feedUrl)
 */
export async function fetchDiscoveryDocument(
  fetcher: DocumentFetcher,
  states: FeedStateStore,
  source: string,
  url: string,
): Promise<ConditionalDocument> {
  let stored: FeedValidators | null = null;
  try {
    stored = await states.getFeedState(source, url);
  } catch (error) {
    logger.warn('feed state unreadable, fetching in full', { url, source, error: error instanceof Error ? error.message : String(error) });
  }
  const conditional = stored ? { etag: stored.etag, lastModified: stored.lastModified } : undefined;
  const doc = await fetcher.fetch(url, 'feed', conditional);
  if (doc.notModified) return { doc, notModified: true, validators: null };
  const validators = doc.etag || doc.lastModified ? { url, etag: doc.etag, lastModified: doc.lastModified, checkedAt: doc.fetchedAt } : null;
  return { doc, notModified: false, validators };
}

/**
 * After the links of a source were claimed: save the validators of its fully-taken documents, or, when any link
 * was deferred or released (or a document failed), forget all of the source's validators. Never throws: losing
 * validators only costs one full fetch next run.
 * @example await settleFeedStates(store, 'kompas', pending, { complete: outcome.deferred === 0 })
 */
export async function settleFeedStates(
  states: FeedStateStore,
  source: string,
  validators: Array<FeedValidators | null>,
  outcome: { complete: boolean },
): Promise<void> {
  try {
    if (!outcome.complete) {
      await states.clearFeedStates(source);
      return;
    }
    for (const state of validators) if (state) await states.putFeedState(source, state);
  } catch (error) {
    logger.warn('feed state not saved', { source, error: error instanceof Error ? error.message : String(error) });
  }
}
