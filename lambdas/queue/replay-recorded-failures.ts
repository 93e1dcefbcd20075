/**
 * @module queue/replay-recorded-failures
 * The local counterpart of the dead-letter queue: the embedded stores have no queue, but every failed article is
 * recorded as a skip with its reason. Replaying re-ingests the skips whose reason may pass with time (server errors,
 * throttling, timeouts, resets) through the same ingest function, clears each skip that now succeeds, and records the
 * new reason of each that still fails. Permanent reasons (not an article, robots disallow, too large) are left alone.
 */
import type { SkipEntry } from '../store/article-store.js';
import type { ArticleStore } from '../store/article-store.js';
import type { PoliteFetcher } from '../fetch/polite-fetcher.js';
import { ingestArticle } from '../pipeline/ingest-article.js';
import type { IngestOutcome, IngestRequest } from '../pipeline/ingest-article.js';
import { classifyFailure } from '../pipeline/failures.js';

/** Reasons that are worth another try whatever the message says. */
const RETRYABLE_REASONS = new Set(['network-error', 'timeout', 'internal-error']);

/**
 * Whether a recorded skip may succeed if tried again: its own `retryable` flag when recorded, else judged from
 * reason and message (HTTP 408/429/5xx, robots.txt unreachable).
 * @example isRetryableSkip({ reason: 'http-error', message: 'HTTP 503 Service Unavailable for ...', ... }) // true
 */
export function isRetryableSkip(skip: Pick<SkipEntry, 'reason' | 'message' | 'retryable'>): boolean {
  if (typeof skip.retryable === 'boolean') return skip.retryable;
  if (RETRYABLE_REASONS.has(skip.reason)) return true;
  if (skip.reason === 'http-error') return /\bHTTP (408|429|5\d\d)\b/.test(skip.message);
  if (skip.reason === 'robots-disallowed') return /unreachable/.test(skip.message);
  return false;
}

/** What to replay and with what. */
export interface ReplayFailuresOptions {
  store: ArticleStore;
  fetcher: PoliteFetcher;
  /** IANA zone per source id, for dates without an offset. @default 'Asia/Jakarta' for unknown sources */
  timezones?: Record<string, string>;
  /** Most skips to look at (newest first). @default 100 */
  max?: number;
  /** Only list what would be retried. */
  dryRun?: boolean;
  /** The ingest function (the pipeline's by default). */
  ingest?: (request: IngestRequest, deps: { fetcher: PoliteFetcher; store: ArticleStore }) => Promise<IngestOutcome>;
}

/** One skip looked at. */
export interface ReplayedSkip {
  url: string;
  source: string;
  outcome: 'recovered' | 'still-failing' | 'would-retry' | 'permanent';
  reason: string;
  message: string;
}

/** What a local replay did. */
export interface ReplayFailuresReport {
  dryRun: boolean;
  considered: number;
  retried: number;
  recovered: number;
  stillFailing: number;
  permanent: number;
  items: ReplayedSkip[];
}

/**
 * Re-ingest recorded retryable failures, one after another (the fetcher keeps hosts polite).
 * @example await replayRecordedFailures({ store, fetcher, max: 50 })
 */
export async function replayRecordedFailures(options: ReplayFailuresOptions): Promise<ReplayFailuresReport> {
  const { store, fetcher } = options;
  const ingest = options.ingest ?? ingestArticle;
  const skips = await store.listSkips({ limit: options.max ?? 100 });
  const report: ReplayFailuresReport = { dryRun: Boolean(options.dryRun), considered: skips.length, retried: 0, recovered: 0, stillFailing: 0, permanent: 0, items: [] };
  for (const skip of skips) {
    const base = { url: skip.url, source: skip.source };
    if (!isRetryableSkip(skip)) {
      report.permanent++;
      report.items.push({ ...base, outcome: 'permanent', reason: skip.reason, message: skip.message });
      continue;
    }
    if (options.dryRun) {
      report.items.push({ ...base, outcome: 'would-retry', reason: skip.reason, message: skip.message });
      continue;
    }
    report.retried++;
    try {
      const outcome = await ingest({ url: skip.url, source: skip.source, timezone: options.timezones?.[skip.source] ?? 'Asia/Jakarta' }, { fetcher, store });
      await store.clearSkip(skip.url);
      // Claimed again, so the next discovery does not take it a second time (it would only find it unchanged).
      await store.markSeen(skip.url, skip.source);
      report.recovered++;
      report.items.push({ ...base, outcome: 'recovered', reason: outcome.status, message: outcome.title });
    } catch (error) {
      const failure = classifyFailure(error);
      await store.recordSkip({ url: skip.url, source: skip.source, reason: failure.reason, message: failure.message, retryable: failure.retryable });
      report.stillFailing++;
      report.items.push({ ...base, outcome: 'still-failing', reason: failure.reason, message: failure.message });
    }
  }
  return report;
}
