/** Error classes shared across stages. Each carries a message meant for the person reading the run summary. */

/** Base class: every error Pantau raises on purpose. */
export class PantauError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A configuration file or setting is invalid; `field` names the bad field (e.g. "sources[3].timezone"). */
export class ConfigError extends PantauError {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(field ? `${field}: ${message}` : message);
  }
}

/** A fetch failed for a reason worth recording (HTTP status, network, robots, size, type). */
export class FetchError extends PantauError {
  constructor(
    message: string,
    readonly reason:
      | 'robots-disallowed'
      | 'http-error'
      | 'network-error'
      | 'timeout'
      | 'too-large'
      | 'not-html'
      | 'bad-url'
      | 'too-many-redirects'
      | 'blocked-address',
    readonly status?: number,
    /** true when trying again later may succeed (5xx, 429, timeouts, resets). */
    readonly retryable = false,
    /** When a new try may succeed (epoch ms), where the server or the circuit breaker said so; see CircuitOpenError. */
    readonly retryAt?: number,
  ) {
    super(message);
  }
}

/**
 * A fetch refused at once because the host's circuit is open (the host kept failing). Nothing was sent; `retryAt`
 * (epoch ms) is when the breaker lets a probe through, so a queue consumer can put the article off until then.
 */
export class CircuitOpenError extends FetchError {
  constructor(message: string, retryAt: number) {
    super(message, 'network-error', undefined, true, retryAt);
  }
}

/** A page was fetched but holds no article (no title or no body); nothing is stored but the reason. */
export class NotAnArticleError extends PantauError {}

/** A search query is invalid (bad date, unknown sector, limit out of range...). */
export class QueryError extends PantauError {}

/** A feed, sitemap or listing could not be parsed. */
export class DiscoveryError extends PantauError {}
