/**
 * Discovery for one source: fetch its feeds, sitemaps (following a sitemap index a bounded way) and listing pages,
 * keep article links, and claim the new ones with a conditional "seen" marker so two runs never take the same URL.
 */
import type { PoliteFetcher } from '../fetch/polite-fetcher.js';
import type { ArticleStore } from '../store/article-store.js';
import type { SourceConfig } from '../sources/config.js';
import { parseFeedOrSitemap, parseListing, type DiscoveredLink, type DiscoveryResult } from '../sources/discovery.js';
import { fetchDiscoveryDocument, settleFeedStates, type FeedValidators } from '../sources/conditional-discovery.js';

/** How many child sitemaps of a sitemap index one pass reads (news sites list hundreds of old ones). */
const MAX_CHILD_SITEMAPS = 5;
/** Default cap of new articles per source and pass, so one pass stays bounded. */
const DEFAULT_MAX_ARTICLES = 50;

export interface DiscoveryOutcome {
  source: string;
  /** Distinct article links found in the source's documents. */
  found: number;
  /** Links already claimed by an earlier run. */
  alreadySeen: number;
  /** Links over maxArticlesPerRun, left for the next pass (not marked seen, so not lost). */
  deferred: number;
  /** New links, claimed for this run, to be ingested. */
  newLinks: DiscoveredLink[];
  /** One line per document that failed (URL + reason); the other documents still count. */
  errors: string[];
}

/** Discover new article links of one source. Never throws for a bad document: it is reported in `errors`. */
export async function discoverSource(
  source: SourceConfig,
  deps: { fetcher: PoliteFetcher; store: ArticleStore },
): Promise<DiscoveryOutcome> {
  const errors: string[] = [];
  const links = new Map<string, DiscoveredLink>();
  const collect = (result: DiscoveryResult) => {
    for (const link of result.links) if (!links.has(link.url)) links.set(link.url, link);
  };
  // Validators (ETag / Last-Modified) of documents read in full, kept for the next run once every link is claimed.
  const validators: Array<FeedValidators | null> = [];
  const readDocument = async (url: string, depth: number): Promise<void> => {
    try {
      const { doc, notModified, validators: docValidators } = await fetchDiscoveryDocument(deps.fetcher, deps.store, source.id, url);
      // 304: unchanged since a run that claimed all its links, so it holds nothing new.
      if (notModified) return;
      const result = parseFeedOrSitemap(doc.body, doc.finalUrl, { timeZone: source.timezone });
      collect(result);
      // A sitemap index can stay the same while its children change: only leaf documents are read conditionally.
      if (result.childSitemaps.length === 0) validators.push(docValidators);
      if (depth === 0) for (const child of result.childSitemaps.slice(0, MAX_CHILD_SITEMAPS)) await readDocument(child, 1);
    } catch (error) {
      errors.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  for (const url of [...source.feeds, ...source.sitemaps]) await readDocument(url, 0);
  for (const listing of source.listings) {
    try {
      const doc = await deps.fetcher.fetch(listing.url, 'feed');
      collect(parseListing(doc.body, doc.finalUrl, listing.linkSelector, { timeZone: source.timezone }));
    } catch (error) {
      errors.push(`${listing.url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const pattern = source.articleUrlPattern ? new RegExp(source.articleUrlPattern) : null;
  const candidates = [...links.values()].filter((l) => !pattern || pattern.test(l.url));
  const cap = source.maxArticlesPerRun ?? DEFAULT_MAX_ARTICLES;
  const newLinks: DiscoveredLink[] = [];
  let alreadySeen = 0;
  let deferred = 0;
  for (const [index, link] of candidates.entries()) {
    if (newLinks.length >= cap) {
      deferred++;
      continue;
    }
    let claimed: boolean;
    try {
      claimed = await deps.store.markSeen(link.url, source.id);
    } catch (error) {
      // The store is failing (e.g. throttled past the SDK's retries): stop claiming. What was claimed is returned and
      // enqueued as usual; the rest stays unclaimed, so the next run offers it again.
      deferred += candidates.length - index;
      errors.push(`seen-URL store failed, ${candidates.length - index} link(s) left for the next run: ${error instanceof Error ? error.message : String(error)}`);
      break;
    }
    if (claimed) newLinks.push(link);
    else alreadySeen++;
  }
  // Deferred links must be found again next run: then no document may be read conditionally.
  try {
    await settleFeedStates(deps.store, source.id, validators, { complete: deferred === 0 });
  } catch (error) {
    // Without saved validators the next run simply reads the documents in full; the claimed links still go on.
    errors.push(`feed state not saved: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { source: source.id, found: candidates.length, alreadySeen, deferred, newLinks, errors };
}
