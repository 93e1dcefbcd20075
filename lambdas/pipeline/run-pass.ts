/**
 * One discover + ingest pass over a list of sources, in one process (the CLI and the demo; in AWS the same two
 * stages run in separate Lambdas joined by SQS). Sources run concurrently; the fetcher keeps each host polite.
 */
import { randomUUID } from 'node:crypto';
import type { PoliteFetcher } from '../fetch/polite-fetcher.js';
import type { ArticleStore, RunRecord } from '../store/article-store.js';
import type { SourceConfig } from '../sources/config.js';
import { logger } from '../shared/logger.js';
import { discoverSource } from './discover-source.js';
import { ingestArticle, type IngestOutcome } from './ingest-article.js';
import { classifyFailure } from './failures.js';
import { mapWithConcurrency } from '../shared/concurrency.js';
import { releaseClaims } from './discover-and-enqueue.js';

export type SourceSummary = RunRecord['sources'][number];

/** Progress events, for a terminal display. */
export type PassEvent =
  | { type: 'source-start'; source: string }
  | { type: 'discovered'; source: string; found: number; newLinks: number; errors: string[] }
  | { type: 'article'; source: string; url: string; outcome: IngestOutcome }
  | { type: 'article-failed'; source: string; url: string; reason: string; message: string; willRetry: boolean }
  | { type: 'source-done'; summary: SourceSummary };

export interface RunPassOptions {
  sources: SourceConfig[];
  fetcher: PoliteFetcher;
  store: ArticleStore;
  /** How many sources run at once (default 4). */
  concurrency?: number;
  onEvent?: (event: PassEvent) => void;
  runId?: string;
}

/** Run one pass and save its run record; a failing source is reported in its summary, never stops the others. */
export async function runPass(options: RunPassOptions): Promise<RunRecord> {
  const startedAt = new Date().toISOString();
  const runId = options.runId ?? `${startedAt.replace(/[-:.]/g, '')}-${randomUUID().slice(0, 8)}`;
  const emit = options.onEvent ?? (() => {});
  const summaries = await mapWithConcurrency(options.sources, options.concurrency ?? 4, (source) => runSource(source, options, runId, emit));
  const run: RunRecord = { runId, startedAt, finishedAt: new Date().toISOString(), sources: summaries };
  await options.store.saveRun(run);
  return run;
}

async function runSource(
  source: SourceConfig,
  deps: RunPassOptions,
  runId: string,
  emit: (event: PassEvent) => void,
): Promise<SourceSummary> {
  emit({ type: 'source-start', source: source.id });
  const summary: SourceSummary = {
    source: source.id,
    discovered: 0,
    fetched: 0,
    stored: 0,
    unchanged: 0,
    skipped: 0,
    skipReasons: {},
    errors: [],
  };
  let discovery;
  try {
    discovery = await discoverSource(source, deps);
  } catch (error) {
    // One source's unexpected failure is reported in its summary; the other sources go on.
    summary.errors.push(`discovery failed: ${error instanceof Error ? error.message : String(error)}`);
    emit({ type: 'source-done', summary });
    return summary;
  }
  summary.discovered = discovery.newLinks.length;
  summary.errors.push(...discovery.errors);
  if (discovery.alreadySeen) summary.skipReasons['already-seen'] = discovery.alreadySeen;
  if (discovery.deferred) summary.skipReasons['deferred-to-next-run'] = discovery.deferred;
  emit({ type: 'discovered', source: source.id, found: discovery.found, newLinks: discovery.newLinks.length, errors: discovery.errors });

  for (const link of discovery.newLinks) {
    try {
      const outcome = await ingestArticle({ url: link.url, source: source.id, timezone: source.timezone }, deps);
      summary.fetched++;
      if (outcome.status === 'unchanged') summary.unchanged++;
      else summary.stored++;
      emit({ type: 'article', source: source.id, url: link.url, outcome });
    } catch (error) {
      const failure = classifyFailure(error);
      summary.skipped++;
      summary.skipReasons[failure.reason] = (summary.skipReasons[failure.reason] ?? 0) + 1;
      logger.warn('article not stored', { url: link.url, source: source.id, reason: failure.reason, error: failure.message });
      try {
        await deps.store.recordSkip({ url: link.url, source: source.id, reason: failure.reason, message: failure.message, runId, retryable: failure.retryable });
      } catch (storeError) {
        summary.errors.push(`could not record the failure of ${link.url}: ${storeError instanceof Error ? storeError.message : String(storeError)}`);
      }
      // A failure that may pass (5xx, throttling, timeout) is released, so the next pass tries the article again.
      if (failure.retryable) await releaseClaims(deps.store, source.id, [link.url], summary.errors);
      emit({ type: 'article-failed', source: source.id, url: link.url, reason: failure.reason, message: failure.message, willRetry: failure.retryable });
    }
  }
  emit({ type: 'source-done', summary });
  return summary;
}

/** A source failed when none of its discovery documents could be read, or when it has errors and stored nothing. */
export function sourceFailed(summary: SourceSummary): boolean {
  return summary.errors.length > 0 && summary.discovered === 0 && summary.stored === 0 && summary.unchanged === 0;
}
