/** Turn any error of the ingest stage into a recorded reason, so a failed article is never silently dropped. */
import { FetchError, NotAnArticleError } from '../shared/errors.js';
import type { SkipReason } from '../shared/types.js';

export interface FailureInfo {
  reason: SkipReason | 'timeout' | 'too-many-redirects' | 'bad-url' | 'blocked-address' | 'internal-error';
  message: string;
  /** Trying again later may succeed (server error, throttling, timeout): the article is retried, not given up. */
  retryable: boolean;
}

/** Classify an error thrown while ingesting one article. */
export function classifyFailure(error: unknown): FailureInfo {
  if (error instanceof FetchError) return { reason: error.reason, message: error.message, retryable: error.retryable };
  if (error instanceof NotAnArticleError) return { reason: 'not-an-article', message: error.message, retryable: false };
  const message = error instanceof Error ? error.message : String(error);
  // Store errors (throttling, S3 5xx) and bugs: retry rather than lose the article; the DLQ keeps what keeps failing.
  return { reason: 'internal-error', message, retryable: true };
}
