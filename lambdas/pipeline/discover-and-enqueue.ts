/**
 * The discover stage of the AWS flow: discover every source and hand the new URLs to the ingest queue. A URL whose
 * message could not be sent is released (its seen marker removed), so the next scheduled run offers it again.
 */
import type { PoliteFetcher } from '../fetch/polite-fetcher.js';
import type { ArticleStore } from '../store/article-store.js';
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
  return mapWithConcurrency(sources, concurrency, async (source) => {
    const outcome = await discoverSource(source, deps);
    const requests = outcome.newLinks.map((link) => ({ url: link.url, source: source.id, timezone: source.timezone }));
    const errors = [...outcome.errors];
    let enqueued = requests.length;
    try {
      if (requests.length) await deps.enqueue(requests);
    } catch (error) {
      enqueued = 0;
      errors.push(`could not enqueue ${requests.length} article(s), released for the next run: ${error instanceof Error ? error.message : String(error)}`);
      for (const request of requests) await deps.store.unmarkSeen(request.url);
    }
    return { source: source.id, found: outcome.found, enqueued, errors };
  });
}
