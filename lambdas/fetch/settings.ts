/**
 * @module settings
 * Defaults of the polite fetcher, in one place. Each value says why it is what it is.
 */

/** Sent on every request; names the bot and where a site owner can read about it or complain. */
export const DEFAULT_USER_AGENT = 'PantauBot/0.1 (+https://github.com/pantau-news/pantau; news monitoring)';

/** Start-to-start gap between two requests to one host; 1 s is the customary floor for a well-behaved crawler. */
export const DEFAULT_MIN_INTERVAL_MS = 1_000;

/** Whole request (connect, headers, body). A news page that needs more than 20 s is better retried later. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** No byte for this long aborts the request (servers that accept and then hang). */
export const DEFAULT_IDLE_TIMEOUT_MS = 10_000;

/** Body cap, checked while streaming and on the decompressed size; the largest saved news page in the corpus is < 1 MiB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Redirect hops followed before giving up. */
export const DEFAULT_MAX_REDIRECTS = 5;

/** Extra tries on 429 / 5xx / network errors. */
export const DEFAULT_RETRIES = 2;

/** First backoff step; doubled per attempt, with jitter. */
export const DEFAULT_RETRY_BASE_DELAY_MS = 1_000;

/** Longest wait before a retry; a Retry-After beyond this makes us give up (retryable) rather than hold a Lambda. */
export const DEFAULT_MAX_RETRY_DELAY_MS = 30_000;

/** A robots.txt Crawl-delay is honoured up to this; beyond it one host would stall a whole run. */
export const MAX_CRAWL_DELAY_MS = 60_000;

/**
 * Requests are paced this share of the interval above it (at most POLITENESS_MARGIN_MAX_MS). The gap a host sees is
 * the sender's gap plus the difference of the two requests' delays on the way (connection set-up, the host's own
 * busy moments): pacing at exactly the interval let hosts see 904-947 ms at 1 s in the soak bench (2026-11-28).
 */
export const POLITENESS_MARGIN_SHARE = 0.15;
export const POLITENESS_MARGIN_MAX_MS = 500;

/** RFC 9309 §2.5: crawlers must parse at least 500 KiB of robots.txt; the rest is ignored. */
export const ROBOTS_MAX_BYTES = 512 * 1024;

/** RFC 9309 §2.4: caching robots.txt for more than 24 hours is discouraged. */
export const ROBOTS_CACHE_MS = 24 * 60 * 60 * 1000;

/** An unreachable robots.txt (5xx, network) disallows the site; ask again after this long. */
export const ROBOTS_UNREACHABLE_CACHE_MS = 15 * 60 * 1000;

/** Accept header per kind of fetch. */
export const ACCEPT_HEADERS = {
  page: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
  feed: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.5,*/*;q=0.1',
  robots: 'text/plain,*/*;q=0.5',
} as const;

/** Indonesian news first; English as the fallback. */
export const ACCEPT_LANGUAGE = 'id,en;q=0.8';

/** Encodings we can decode (see decompress.ts). */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** Consecutive failed fetches of one host that open its circuit (see circuit-breaker.ts); five in a row is no blip. */
export const DEFAULT_BREAKER_THRESHOLD = 5;

/** How long an open circuit fails fast before one probe; a minute lets a restarting server come back. */
export const DEFAULT_BREAKER_COOL_DOWN_MS = 60_000;
