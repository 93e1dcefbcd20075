/**
 * The discover stage of the AWS flow: discover every source and hand the new URLs to the ingest queue. A URL whose
 * message could not be sent is released (its seen marker removed), so the next scheduled run offers it again.
 */
import type { PoliteFetcher } from '../fetch/polite-fetcher.js';
import type { ArticleStore, RunRecord } from '../store/article-store.js';
import type { SourceConfig } from '../sources/config.js';
import type { IngestRequest } from './ingest-article.js';
import { discoverSource } from './discover-source.js';
import { mapWithConcurrency } from '../shared/concurrency.js';

export interface SourceDiscoveryReport {
  source: string;
  found: number;
  enqueued: number;
  errors: string[];
}

export interface DiscoverAndEnqueueDeps {
  fetcher: PoliteFetcher;
  store: ArticleStore;
  /** Send ingest requests (SQS in AWS); throws when they could not all be sent. */
  enqueue: (requests: IngestRequest[]) => Promise<void>;
}

/** Discover all sources (a few at a time; hosts stay polite) and enqueue their new articles. */
export async function discoverAndEnqueue(sources: SourceConfig[], deps: DiscoverAndEnqueueDeps, concurrency = 4): Promise<SourceDiscoveryReport[]> {
  return mapWithConcurrency(sources, concurrency, async (source): Promise<SourceDiscoveryReport> => {
    let outcome;
    try {
      outcome = await discoverSource(source, deps);
    } catch (error) {
      // One source's unexpected failure is reported with that source; the others go on.
      return { source: source.id, found: 0, enqueued: 0, errors: [`discovery failed: ${error instanceof Error ? error.message : String(error)}`] };
    }
    const requests = outcome.newLinks.map((link) => ({ url: link.url, source: source.id, timezone: source.timezone }));
    const errors = [...outcome.errors];
    let enqueued = requests.length;
    try {
      if (requests.length) await deps.enqueue(requests);
    } catch (error) {
      enqueued = 0;
      errors.push(`could not enqueue ${requests.length} article(s), released for the next run: ${error instanceof Error ? error.message : String(error)}`);
      await releaseClaims(deps.store, source.id, requests.map((r) => r.url), errors);
    }
    return { source: source.id, found: outcome.found, enqueued, errors };
  });
}

/**
 * Remove the seen markers of a source's URLs that were not handed on, and forget the source's feed validators so the
 * next run reads its feeds in full (a 304 would hide the released links); a failure is named in `errors`.
 */
export async function releaseClaims(store: ArticleStore, source: string, urls: string[], errors: string[]): Promise<void> {
  for (const url of urls) {
    try {
      await store.unmarkSeen(url);
    } catch (error) {
      errors.push(`could not release ${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    await store.clearFeedStates(source);
  } catch (error) {
    errors.push(`could not reset the feed validators of ${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * A run record of a discovery-only run (the AWS discover Lambda): what each source discovered and which documents
 * failed, so source health ("the feed kept failing") works in AWS too. Ingest outcomes are recorded per article.
 */
export function discoveryRunRecord(runId: string, startedAt: string, reports: SourceDiscoveryReport[]): RunRecord {
  return {
    runId,
    startedAt,
    finishedAt: new Date().toISOString(),
    sources: reports.map((r) => ({ source: r.source, discovered: r.enqueued, fetched: 0, stored: 0, unchanged: 0, skipped: 0, skipReasons: {}, errors: r.errors })),
  };
}
