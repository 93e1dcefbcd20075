/**
 * @module polite-fetcher
 * Fetch pages and feeds the way a site owner would want a bot to: robots.txt first (RFC 9309), one request at a time
 * per host with a minimum gap (raised by Crawl-delay), few retries with backoff that honour Retry-After, timeouts, a
 * body cap, redirects checked hop by hop, and no requests to private or metadata addresses.
 *
 * Built on node:http(s) rather than fetch() because the address guard has to sit inside the socket's DNS lookup
 * (see address-guard.ts), and the size cap has to apply to the decompressed stream as it arrives.
 */
import http from 'node:http';
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { LookupFunction } from 'node:net';
import { FetchError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import { BlockedAddressError, assertPublicLiteral, createGuardedLookup } from './address-guard.js';
import { CircuitBreaker, isHostFailure } from './circuit-breaker.js';
import type { CircuitBreakerOptions } from './circuit-breaker.js';
import { decodeBody } from './charset.js';
import { judgeContentType, readMediaType, sniffBody } from './content-type.js';
import type { FetchKind } from './content-type.js';
import { HostScheduler, sleepFor } from './host-scheduler.js';
import { formatSeconds, sendRequest, toFetchError } from './http-request.js';
import type { RawResponse, RequestSpec } from './http-request.js';
import { computeBackoff, isRetryableStatus, parseRetryAfter } from './retry.js';
import { ALLOW_ALL, DISALLOW_ALL, extractProductToken, isPathAllowed, parseRobots, selectPolicy } from './robots.js';
import type { RobotsRules } from './robots.js';
import {
  ACCEPT_ENCODING,
  ACCEPT_HEADERS,
  ACCEPT_LANGUAGE,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_MAX_RETRY_DELAY_MS,
  DEFAULT_MIN_INTERVAL_MS,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_BASE_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  MAX_CRAWL_DELAY_MS,
  POLITENESS_MARGIN_MAX_MS,
  POLITENESS_MARGIN_SHARE,
  ROBOTS_CACHE_MS,
  ROBOTS_MAX_BYTES,
  ROBOTS_UNREACHABLE_CACHE_MS,
} from './settings.js';

export { DEFAULT_USER_AGENT } from './settings.js';
export type { FetchKind } from './content-type.js';

/**
 * A gate shared by several fetchers (several Lambda containers): `acquire` resolves when this caller may send its
 * next request to `host`, at least `intervalMs` after the previous request any sharer sent there. It may resolve with
 * a release function, which the fetcher calls as soon as the request has left (or failed to), so the gate can pace
 * the next turn from that moment. See store/host-gate.ts for the DynamoDB one.
 */
export interface HostGate {
  acquire(host: string, intervalMs: number): Promise<void | (() => Promise<void> | void)>;
}

/** The shared host gate could not be reached: retryable, and not the fault of the host (the breaker ignores it). */
export class HostGateError extends FetchError {
  constructor(host: string, cause: unknown) {
    super(`host gate for ${host} unavailable: ${cause instanceof Error ? cause.message : String(cause)}`, 'network-error', undefined, true);
  }
}

/** Settings of a fetcher; every field has a default. */
export interface FetcherOptions {
  /** @default DEFAULT_USER_AGENT */
  userAgent?: string;
  /** Gap between two request starts to one host, robots.txt included. @default 1000 */
  minIntervalMs?: number;
  /** Per-host gap (key: host, e.g. "kaltim.idntimes.com" or "127.0.0.1:8080"); Crawl-delay may raise it. */
  perHostIntervalMs?: Record<string, number>;
  /** Whole request. @default 20000 */
  timeoutMs?: number;
  /** No byte for this long aborts. @default 10000 */
  idleTimeoutMs?: number;
  /** Body cap on the decompressed size, enforced while streaming. @default 5 MiB */
  maxBytes?: number;
  /** @default 5 */
  maxRedirects?: number;
  /** Extra tries on 408/429/5xx and network errors (not on timeouts). @default 2 */
  retries?: number;
  /** First backoff step, doubled per retry, with jitter. @default 1000 */
  retryBaseDelayMs?: number;
  /** Longest wait before a retry; a longer Retry-After gives up with a retryable error. @default 30000 */
  maxRetryDelayMs?: number;
  /** Allow loopback / private / link-local targets (tests, the offline demo). @default false */
  allowPrivateHosts?: boolean;
  /** @default true */
  respectRobots?: boolean;
  /**
   * Per-host circuit breaker: a breaker to share, its settings, or false for none.
   * @default a breaker with 5 failures / 60 s cool-down
   */
  circuitBreaker?: CircuitBreaker | CircuitBreakerOptions | false;
  /**
   * A gate shared with other fetchers (other Lambda containers), consulted before every request in addition to the
   * in-process scheduler, so that all of them together keep each host's interval.
   * @default none (in-process politeness only)
   */
  hostGate?: HostGate;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** A fetched page or feed. */
export interface FetchResult {
  /** As requested. */
  url: string;
  /** After redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  /** Encoding used to decode (utf-8, windows-1252, ...). */
  charset: string;
  /** Decoded text ("" when notModified). */
  body: string;
  /** Raw bytes as received, decompressed; for storing the raw page. */
  bytes: Buffer;
  /** ISO 8601. */
  fetchedAt: string;
  etag: string | null;
  lastModified: string | null;
  /** 304 after a conditional GET. */
  notModified: boolean;
}

/** Validators from an earlier fetch, for a conditional GET. */
export interface ConditionalHeaders {
  etag?: string | null;
  lastModified?: string | null;
}

/** One request as sent (robots.txt and retries included). */
export interface RequestLogEntry {
  host: string;
  url: string;
  /** When the request left (handed to the OS), or when it was started if it never left (epoch ms). */
  at: number;
}

interface RobotsEntry {
  rules: RobotsRules;
  /** Why robots.txt could not be read (then everything is disallowed), or null. */
  unreachable: string | null;
}

interface RobotsSlot {
  promise: Promise<RobotsEntry>;
  expiresAt: number | null;
}

type ResolvedOptions = Required<Omit<FetcherOptions, 'perHostIntervalMs' | 'circuitBreaker' | 'hostGate'>> & {
  perHostIntervalMs: Record<string, number>;
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** A fetcher that is polite per host. Keep one per run so that robots.txt and host timing are shared. */
export class PoliteFetcher {
  private readonly options: ResolvedOptions;
  private readonly scheduler: HostScheduler;
  private readonly robotsCache = new Map<string, RobotsSlot>();
  private readonly crawlDelays = new Map<string, number>();
  private readonly log: RequestLogEntry[] = [];
  private readonly lookup: LookupFunction | undefined;
  private readonly breaker: CircuitBreaker | null;
  private readonly hostGate: HostGate | undefined;
  private readonly agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 2 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 2 }),
  };

  constructor(options: FetcherOptions = {}) {
    this.options = {
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      minIntervalMs: options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS,
      perHostIntervalMs: options.perHostIntervalMs ?? {},
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      idleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
      retries: options.retries ?? DEFAULT_RETRIES,
      retryBaseDelayMs: options.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS,
      maxRetryDelayMs: options.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS,
      allowPrivateHosts: options.allowPrivateHosts ?? false,
      respectRobots: options.respectRobots ?? true,
      now: options.now ?? Date.now,
      sleep: options.sleep ?? sleepFor,
    };
    this.scheduler = new HostScheduler({ now: this.options.now, sleep: this.options.sleep });
    this.lookup = this.options.allowPrivateHosts ? undefined : createGuardedLookup();
    const breaker = options.circuitBreaker;
    this.breaker = breaker === false ? null : breaker instanceof CircuitBreaker ? breaker : new CircuitBreaker({ now: this.options.now, ...breaker });
    this.hostGate = options.hostGate;
  }

  /** The per-host circuit breaker (null when switched off). */
  get circuitBreaker(): CircuitBreaker | null {
    return this.breaker;
  }

  /** Requests made, in order, with the host and start time of each. */
  get requestLog(): ReadonlyArray<RequestLogEntry> {
    return this.log;
  }

  /**
   * Fetch one URL politely; 'page' needs HTML, 'feed' takes XML/RSS/Atom/HTML/text. Throws FetchError.
   * @example const page = await fetcher.fetch('https://kaltim.idntimes.com/news/...', 'page')
   */
  async fetch(url: string, kind: FetchKind = 'page', conditional?: ConditionalHeaders): Promise<FetchResult> {
    let current = parseHttpUrl(url, url);
    const chain = [current.href];
    for (;;) {
      const host = current.host;
      this.breaker?.admit(host);
      let exchange: { response: RawResponse; attempts: number };
      try {
        await this.assertMayFetch(current);
        exchange = await this.requestWithRetries(current, {
          headers: this.buildHeaders(kind, conditional),
          maxBytes: this.options.maxBytes,
          wantsBody: (status, headers) => isSuccess(status) && judgeContentType(readHeader(headers, 'content-type'), kind) !== 'reject',
        });
      } catch (error) {
        this.reportToBreaker(host, error);
        throw error;
      }
      const { response, attempts } = exchange;
      const { status } = response;
      if (isRetryableStatus(status)) this.breaker?.recordFailure(host, `HTTP ${status}`);
      else this.breaker?.recordSuccess(host);
      if (REDIRECT_STATUSES.has(status)) {
        current = this.followRedirect(url, current, response, chain);
        continue;
      }
      if (status === 304) return this.buildNotModified(url, current, response);
      if (!isSuccess(status)) {
        const tries = attempts > 1 ? ` (after ${attempts} tries)` : '';
        throw new FetchError(`HTTP ${status} ${response.statusText} for ${current.href}${tries}`.replace(/ +/g, ' '), 'http-error', status, isRetryableStatus(status));
      }
      return this.buildResult(url, current, response, kind);
    }
  }

  /**
   * Whether robots.txt (fetched once per origin and cached) allows the URL for our user agent. A 4xx robots.txt
   * allows all; 5xx or unreachable disallows all for a while (RFC 9309 §2.3.1).
   * @example await fetcher.isAllowed('https://example.com/berita/1') // true
   */
  async isAllowed(url: string): Promise<boolean> {
    if (!this.options.respectRobots) return true;
    const target = parseHttpUrl(url, url);
    const entry = await this.loadRobots(target);
    return isPathAllowed(entry.rules, target.pathname + target.search, extractProductToken(this.options.userAgent));
  }

  /** Close idle keep-alive connections (call at the end of a run; the fetcher stays usable). */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private async assertMayFetch(target: URL): Promise<void> {
    if (!this.options.allowPrivateHosts) {
      try {
        assertPublicLiteral(target.hostname);
      } catch (error) {
        throw toFetchError(error, target.href);
      }
    }
    if (!this.options.respectRobots) return;
    const entry = await this.loadRobots(target);
    if (isPathAllowed(entry.rules, target.pathname + target.search, extractProductToken(this.options.userAgent))) return;
    if (entry.unreachable) {
      throw new FetchError(
        `robots.txt of ${target.origin} is unreachable (${entry.unreachable}), so ${target.href} is treated as disallowed`,
        'robots-disallowed',
        undefined,
        true,
      );
    }
    throw new FetchError(`robots.txt disallows ${target.href}`, 'robots-disallowed');
  }

  /** Send one request through the host scheduler, retrying 408/429/5xx and network errors with backoff. */
  private async requestWithRetries(
    target: URL,
    request: Pick<RequestSpec, 'headers' | 'maxBytes' | 'wantsBody' | 'truncate'>,
  ): Promise<{ response: RawResponse; attempts: number }> {
    const { retries, maxRetryDelayMs, retryBaseDelayMs, now, sleep } = this.options;
    const spec: RequestSpec = {
      ...request,
      url: target,
      timeoutMs: this.options.timeoutMs,
      idleTimeoutMs: this.options.idleTimeoutMs,
      lookup: this.lookup,
      agents: this.agents,
    };
    for (let attempt = 0; ; attempt += 1) {
      let response: RawResponse;
      try {
        const interval = this.findInterval(target);
        response = await this.scheduler.run(target.host, interval, async (markSent) => {
          const release = this.hostGate ? await this.passHostGate(target.host, interval) : undefined;
          const entry: RequestLogEntry = { host: target.host, url: target.href, at: now() };
          this.log.push(entry);
          let released: Promise<void> | undefined;
          // Politeness is paced from when the request really left, which the host sees (see host-scheduler.ts).
          const onSent = (): void => {
            entry.at = now();
            markSent();
            released ??= this.releaseHostGate(target.host, release);
          };
          try {
            return await sendRequest({ ...spec, onSent });
          } finally {
            released ??= this.releaseHostGate(target.host, release);
            await released;
          }
        });
      } catch (error) {
        const failure = toFetchError(error, target.href);
        // Timeouts are not retried here: three 20 s timeouts would hold a Lambda for a minute; the queue retries later.
        if (failure.reason !== 'network-error' || !failure.retryable || attempt >= retries) throw failure;
        const wait = computeBackoff(attempt, retryBaseDelayMs, maxRetryDelayMs);
        logger.debug('retrying after network error', { url: target.href, error: failure.message, wait });
        await sleep(wait);
        continue;
      }
      if (!isRetryableStatus(response.status) || attempt >= retries) return { response, attempts: attempt + 1 };
      const retryAfter = parseRetryAfter(response.headers['retry-after'], now());
      if (retryAfter !== null && retryAfter > maxRetryDelayMs) {
        throw new FetchError(
          `HTTP ${response.status} ${response.statusText} for ${target.href}: Retry-After asks for ${formatSeconds(retryAfter)}, more than the ${formatSeconds(maxRetryDelayMs)} we wait`,
          'http-error',
          response.status,
          true,
          now() + retryAfter,
        );
      }
      const wait = retryAfter ?? computeBackoff(attempt, retryBaseDelayMs, maxRetryDelayMs);
      logger.debug('retrying after HTTP status', { url: target.href, status: response.status, wait });
      await sleep(wait);
    }
  }

  /** Wait for the shared gate's turn for `host`; a gate failure becomes a retryable HostGateError. */
  private async passHostGate(host: string, intervalMs: number): Promise<(() => Promise<void> | void) | undefined> {
    try {
      return (await this.hostGate?.acquire(host, intervalMs)) ?? undefined;
    } catch (error) {
      throw new HostGateError(host, error);
    }
  }

  /** Tell the gate the request has left; a failure only delays other callers until the turn times out. */
  private async releaseHostGate(host: string, release: (() => Promise<void> | void) | undefined): Promise<void> {
    if (!release) return;
    try {
      await release();
    } catch (error) {
      logger.warn('host gate not released', { host, error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Count a failed hop towards the host's circuit when the failure is the host's (not robots, caps or the gate). */
  private reportToBreaker(host: string, error: unknown): void {
    if (!this.breaker) return;
    const failure = toFetchError(error, host);
    if (!(failure instanceof HostGateError) && isHostFailure(failure)) this.breaker.recordFailure(host, failure.message);
    else this.breaker.recordNeutral(host);
  }

  /** The gap for a host: its own setting or the default, raised (never lowered) by a Crawl-delay, plus the jitter margin. */
  private findInterval(target: URL): number {
    const { perHostIntervalMs, minIntervalMs } = this.options;
    const base = perHostIntervalMs[target.host] ?? perHostIntervalMs[target.hostname] ?? minIntervalMs;
    const interval = Math.max(base, this.crawlDelays.get(target.host) ?? 0);
    return interval + Math.min(POLITENESS_MARGIN_MAX_MS, Math.round(interval * POLITENESS_MARGIN_SHARE));
  }

  private loadRobots(target: URL): Promise<RobotsEntry> {
    const cached = this.robotsCache.get(target.origin);
    if (cached && (cached.expiresAt === null || cached.expiresAt > this.options.now())) return cached.promise;
    const slot: RobotsSlot = { promise: Promise.resolve({ rules: ALLOW_ALL, unreachable: null }), expiresAt: null };
    slot.promise = this.downloadRobots(target).then((entry) => {
      slot.expiresAt = this.options.now() + (entry.unreachable ? ROBOTS_UNREACHABLE_CACHE_MS : ROBOTS_CACHE_MS);
      const delaySeconds = selectPolicy(entry.rules, extractProductToken(this.options.userAgent)).crawlDelaySeconds;
      if (delaySeconds !== null) this.crawlDelays.set(target.host, Math.min(delaySeconds * 1000, MAX_CRAWL_DELAY_MS));
      return entry;
    });
    // A gate failure is ours, not the site's: forget it so the next fetch asks again instead of reusing the rejection.
    slot.promise.catch((error: unknown) => {
      if (error instanceof HostGateError && this.robotsCache.get(target.origin) === slot) this.robotsCache.delete(target.origin);
    });
    this.robotsCache.set(target.origin, slot);
    return slot.promise;
  }

  /** Fetch and parse /robots.txt of the target's origin, following up to five redirects (RFC 9309 §2.3.1.2). */
  private async downloadRobots(target: URL): Promise<RobotsEntry> {
    let current = new URL('/robots.txt', target.origin);
    for (let hop = 0; hop <= DEFAULT_MAX_REDIRECTS; hop += 1) {
      let response: RawResponse;
      try {
        ({ response } = await this.requestWithRetries(current, {
          headers: { 'user-agent': this.options.userAgent, accept: ACCEPT_HEADERS.robots, 'accept-encoding': ACCEPT_ENCODING },
          maxBytes: ROBOTS_MAX_BYTES,
          truncate: true,
          wantsBody: isSuccess,
        }));
      } catch (error) {
        const failure = toFetchError(error, current.href);
        if (failure.reason === 'blocked-address' || failure instanceof HostGateError) throw failure;
        logger.debug('robots.txt unreachable', { url: current.href, error: failure.message });
        return { rules: DISALLOW_ALL, unreachable: failure.message };
      }
      const { status } = response;
      if (isSuccess(status)) {
        const text = decodeBody(response.body ?? Buffer.alloc(0), readHeader(response.headers, 'content-type')).text;
        return { rules: parseRobots(text), unreachable: null };
      }
      const location = readHeader(response.headers, 'location');
      if (REDIRECT_STATUSES.has(status) && location) {
        const next = safeParseUrl(location, current);
        if (!next) return { rules: ALLOW_ALL, unreachable: null };
        if (!this.options.allowPrivateHosts) {
          try {
            assertPublicLiteral(next.hostname);
          } catch (error) {
            return { rules: DISALLOW_ALL, unreachable: (error as BlockedAddressError).message };
          }
        }
        current = next;
        continue;
      }
      // 4xx (other than 429) means "no robots.txt": everything is allowed. 429 and 5xx mean "try later".
      if (status >= 400 && status < 500 && status !== 429) return { rules: ALLOW_ALL, unreachable: null };
      return { rules: DISALLOW_ALL, unreachable: `HTTP ${status} ${response.statusText}`.trim() };
    }
    return { rules: ALLOW_ALL, unreachable: null };
  }

  private followRedirect(requested: string, current: URL, response: RawResponse, chain: string[]): URL {
    const location = readHeader(response.headers, 'location');
    if (!location) {
      throw new FetchError(`HTTP ${response.status} redirect without a Location header for ${current.href}`, 'http-error', response.status);
    }
    const next = parseHttpUrl(location, requested, current);
    if (chain.includes(next.href)) {
      throw new FetchError(`redirect loop: ${[...chain, next.href].join(' -> ')}`, 'too-many-redirects', response.status);
    }
    if (chain.length > this.options.maxRedirects) {
      throw new FetchError(`more than ${this.options.maxRedirects} redirects from ${requested}`, 'too-many-redirects', response.status);
    }
    chain.push(next.href);
    return next;
  }

  private buildHeaders(kind: FetchKind, conditional?: ConditionalHeaders): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: ACCEPT_HEADERS[kind],
      'accept-language': ACCEPT_LANGUAGE,
      'accept-encoding': ACCEPT_ENCODING,
    };
    if (conditional?.etag) headers['if-none-match'] = conditional.etag;
    if (conditional?.lastModified) headers['if-modified-since'] = conditional.lastModified;
    return headers;
  }

  private buildResult(requested: string, finalUrl: URL, response: RawResponse, kind: FetchKind): FetchResult {
    const contentType = readHeader(response.headers, 'content-type');
    const verdict = judgeContentType(contentType, kind);
    const bytes = response.body ?? Buffer.alloc(0);
    const wanted = kind === 'page' ? 'HTML' : 'a feed';
    if (verdict === 'reject' || !response.body) {
      throw new FetchError(`expected ${wanted} but got ${readMediaType(contentType) ?? 'no content'} from ${finalUrl.href}`, 'not-html', response.status);
    }
    if (verdict === 'sniff' && !sniffBody(bytes, kind)) {
      throw new FetchError(`expected ${wanted} but the body of ${finalUrl.href} (${readMediaType(contentType) ?? 'no Content-Type'}) does not look like it`, 'not-html', response.status);
    }
    const decoded = decodeBody(bytes, contentType);
    return {
      url: requested,
      finalUrl: finalUrl.href,
      status: response.status,
      contentType,
      charset: decoded.charset,
      body: decoded.text,
      bytes,
      fetchedAt: new Date(this.options.now()).toISOString(),
      etag: readHeader(response.headers, 'etag'),
      lastModified: readHeader(response.headers, 'last-modified'),
      notModified: false,
    };
  }

  private buildNotModified(requested: string, finalUrl: URL, response: RawResponse): FetchResult {
    return {
      url: requested,
      finalUrl: finalUrl.href,
      status: 304,
      contentType: readHeader(response.headers, 'content-type'),
      charset: 'utf-8',
      body: '',
      bytes: Buffer.alloc(0),
      fetchedAt: new Date(this.options.now()).toISOString(),
      etag: readHeader(response.headers, 'etag'),
      lastModified: readHeader(response.headers, 'last-modified'),
      notModified: true,
    };
  }
}

/** Parse an absolute or relative URL; only http(s) passes, anything else is a non-retryable 'bad-url' FetchError. */
function parseHttpUrl(text: string, requested: string, base?: URL): URL {
  const url = safeParseUrl(text, base);
  if (!url) throw new FetchError(`not a valid URL: ${redactUrl(text)}${base ? ` (redirect from ${redactUrl(requested)})` : ''}`, 'bad-url');
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const via = base ? ` (redirect from ${redactUrl(requested)})` : '';
    throw new FetchError(`only http and https URLs are fetched, not ${url.protocol.slice(0, -1)}: ${redactUrl(url.href)}${via}`, 'bad-url');
  }
  if (url.username || url.password) {
    // A news crawler has no business sending credentials, and they must not reach logs or skip records.
    url.username = '';
    url.password = '';
    throw new FetchError(`URLs with credentials are not fetched: ${url.href}${base ? ` (redirect from ${redactUrl(requested)})` : ''}`, 'bad-url');
  }
  url.hash = '';
  return url;
}

/** A URL as text with any user:password removed. */
function redactUrl(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}

function safeParseUrl(text: string, base?: URL): URL | null {
  try {
    return new URL(text.trim(), base);
  } catch {
    return null;
  }
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

function readHeader(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
