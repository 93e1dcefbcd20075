/**
 * @module sources/health
 * Judge each source from the run records (newest first): unhealthy when its discovery documents kept failing for
 * the last K runs, or when extraction suddenly fails or yields nothing (the site was redesigned: pages still come
 * back, but no article is found in them) after earlier runs stored articles.
 */
import type { RunRecord } from '../store/article-store.js';

/** One source's part of a run record. */
export type SourceRunSummary = RunRecord['sources'][number];

/** ok: working; unhealthy: needs a person; no-data: no run has touched it yet. */
export type HealthStatus = 'ok' | 'unhealthy' | 'no-data';

/** The verdict for one source. */
export interface SourceHealth {
  source: string;
  status: HealthStatus;
  /** Why it is unhealthy (empty when ok). */
  reasons: string[];
  /** Start of the newest run that stored (or found unchanged) an article of the source, or null. */
  lastSuccessAt: string | null;
  /** Start of the newest run that included the source, or null. */
  lastRunAt: string | null;
  /** Runs of the source that were looked at. */
  runs: number;
}

/** Thresholds of the health rules. */
export interface HealthOptions {
  /** Consecutive runs whose discovery failed before the feed counts as broken. @default 3 */
  failingRuns?: number;
  /** Consecutive runs that fetched pages but extracted no article before extraction counts as broken. @default 2 */
  emptyRuns?: number;
}

/** Skip reasons that say "the page came back but held no article we could read". */
const EXTRACTION_REASONS = ['not-an-article'];

/**
 * Whether a run's discovery of the source failed: errors, and nothing discovered, stored or unchanged.
 * @example discoveryFailed({ errors: ['HTTP 503'], discovered: 0, stored: 0, unchanged: 0, ... }) // true
 */
export function discoveryFailed(run: SourceRunSummary): boolean {
  return run.errors.length > 0 && run.discovered === 0 && run.stored === 0 && run.unchanged === 0;
}

/** Whether a run fetched pages of the source and extraction found no article in any of them. */
export function extractionFailed(run: SourceRunSummary): boolean {
  const extractionSkips = EXTRACTION_REASONS.reduce((n, reason) => n + (run.skipReasons[reason] ?? 0), 0);
  return extractionSkips > 0 && run.stored === 0 && run.unchanged === 0;
}

function succeeded(run: SourceRunSummary): boolean {
  return run.stored > 0 || run.unchanged > 0;
}

/**
 * Assess every source from run records ordered newest first; `sourceIds` adds configured sources that no run
 * mentions yet (they come out as no-data). Sources are returned in `sourceIds` order, then the others by id.
 * @example assessSourceHealth(await store.listRuns(20), ['kompas', 'detik'])
 */
export function assessSourceHealth(runs: RunRecord[], sourceIds: string[] = [], options: HealthOptions = {}): SourceHealth[] {
  const failingRuns = options.failingRuns ?? 3;
  const emptyRuns = options.emptyRuns ?? 2;
  const newestFirst = [...runs].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const history = new Map<string, Array<{ startedAt: string; summary: SourceRunSummary }>>();
  for (const id of sourceIds) history.set(id, []);
  for (const run of newestFirst) {
    for (const summary of run.sources) {
      const list = history.get(summary.source) ?? [];
      list.push({ startedAt: run.startedAt, summary });
      history.set(summary.source, list);
    }
  }
  const known = new Set(sourceIds);
  const order = [...sourceIds, ...[...history.keys()].filter((id) => !known.has(id)).sort()];
  return [...new Set(order)].map((source) => judgeSource(source, history.get(source) ?? [], failingRuns, emptyRuns));
}

function judgeSource(
  source: string,
  runs: Array<{ startedAt: string; summary: SourceRunSummary }>,
  failingRuns: number,
  emptyRuns: number,
): SourceHealth {
  const lastSuccessAt = runs.find((run) => succeeded(run.summary))?.startedAt ?? null;
  const base = { source, lastSuccessAt, lastRunAt: runs[0]?.startedAt ?? null, runs: runs.length };
  if (runs.length === 0) return { ...base, status: 'no-data', reasons: [] };
  const reasons: string[] = [];

  const failedStreak = countLeading(runs, (run) => discoveryFailed(run.summary));
  if (failedStreak >= failingRuns) {
    const lastError = runs[0]!.summary.errors[0] ?? 'unknown error';
    reasons.push(`discovery failed in the last ${failedStreak} runs (latest: ${lastError})`);
  }

  // Runs that fetched nothing (no new links) say nothing about extraction: look only at runs that tried pages.
  const tried = runs.filter((run) => run.summary.fetched > 0 || run.summary.skipped > 0);
  const emptyStreak = countLeading(tried, (run) => extractionFailed(run.summary));
  if (emptyStreak >= emptyRuns) {
    const before = tried.slice(emptyStreak).find((run) => succeeded(run.summary));
    const skips = tried.slice(0, emptyStreak).reduce((n, run) => n + (run.summary.skipReasons['not-an-article'] ?? 0), 0);
    reasons.push(
      before
        ? `extraction stopped finding articles: ${skips} page(s) in the last ${emptyStreak} runs were not articles, after articles were stored on ${before.startedAt} (site redesign?)`
        : `no article extracted in the last ${emptyStreak} runs (${skips} page(s) were not articles)`,
    );
  }
  return { ...base, status: reasons.length ? 'unhealthy' : 'ok', reasons };
}

function countLeading<T>(values: T[], test: (value: T) => boolean): number {
  let n = 0;
  while (n < values.length && test(values[n]!)) n++;
  return n;
}
