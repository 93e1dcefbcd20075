/**
 * @module circuit-breaker
 * A per-host circuit breaker: after `failureThreshold` consecutive failed fetches of one host, further fetches of that
 * host fail at once (a retryable FetchError that says so) for `coolDownMs`. Then one probe is let through (half-open):
 * its success closes the circuit, its failure opens it for another cool-down. Other hosts are unaffected.
 *
 * Why: a site that is down makes every article of it wait for a timeout (20 s each), which holds a Lambda and, worse,
 * keeps knocking on a server that is already in trouble. Failing fast frees the pass for healthy sites; the articles
 * are recorded as retryable, so a later pass (or the queue) tries them again.
 */
import { CircuitOpenError, FetchError } from '../shared/errors.js';
import { DEFAULT_BREAKER_COOL_DOWN_MS, DEFAULT_BREAKER_THRESHOLD } from './settings.js';

/** closed: fetches pass; open: fetches fail fast; half-open: one probe is in flight, the rest fail fast. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** Settings of a breaker; every field has a default. */
export interface CircuitBreakerOptions {
  /** Consecutive failures of one host that open its circuit. @default 5 */
  failureThreshold?: number;
  /** How long an open circuit fails fast before a probe is let through. @default 60000 */
  coolDownMs?: number;
  now?: () => number;
}

interface HostCircuit {
  failures: number;
  openedAt: number | null;
  probing: boolean;
  lastError: string | null;
}

/** Per-host failure counting and fail-fast; keep one per fetcher (it is per process, not shared between Lambdas). */
export class CircuitBreaker {
  private readonly circuits = new Map<string, HostCircuit>();
  private readonly threshold: number;
  private readonly coolDownMs: number;
  private readonly now: () => number;

  constructor(options: CircuitBreakerOptions = {}) {
    this.threshold = Math.max(1, options.failureThreshold ?? DEFAULT_BREAKER_THRESHOLD);
    this.coolDownMs = Math.max(0, options.coolDownMs ?? DEFAULT_BREAKER_COOL_DOWN_MS);
    this.now = options.now ?? Date.now;
  }

  /**
   * Let a fetch of `host` start, or throw a retryable CircuitOpenError when its circuit is open (or a probe is in
   * flight; then the answer is expected within one request, and `retryAt` is a tenth of the cool-down away).
   * After the cool-down the first caller becomes the probe; report its outcome with recordSuccess / recordFailure.
   * @example breaker.admit('kaltim.idntimes.com') // throws CircuitOpenError('circuit open for ...') while the host is down
   */
  admit(host: string): void {
    const circuit = this.circuits.get(host);
    if (!circuit || circuit.openedAt === null) return;
    const reopensAt = circuit.openedAt + this.coolDownMs;
    if (!circuit.probing && this.now() >= reopensAt) {
      circuit.probing = true;
      return;
    }
    const when = circuit.probing ? 'a probe request is in flight' : `next try after ${new Date(reopensAt).toISOString()}`;
    const retryAt = circuit.probing ? this.now() + Math.ceil(this.coolDownMs / 10) : reopensAt;
    throw new CircuitOpenError(
      `circuit open for ${host}: ${circuit.failures} consecutive failures (last: ${circuit.lastError ?? 'unknown'}); failing fast, ${when}`,
      retryAt,
    );
  }

  /** A fetch of `host` got an answer from the server: the circuit closes and the count starts over. */
  recordSuccess(host: string): void {
    this.circuits.delete(host);
  }

  /** A fetch of `host` failed in a way that says the host is in trouble (network, timeout, 5xx, 429). */
  recordFailure(host: string, message: string): void {
    const circuit = this.circuits.get(host) ?? { failures: 0, openedAt: null, probing: false, lastError: null };
    circuit.failures += 1;
    circuit.lastError = message.slice(0, 200);
    if (circuit.probing || circuit.failures >= this.threshold) circuit.openedAt = this.now();
    circuit.probing = false;
    this.circuits.set(host, circuit);
  }

  /** A fetch that was admitted ended without saying anything about the host's health (robots, too large, 404...). */
  recordNeutral(host: string): void {
    const circuit = this.circuits.get(host);
    // A probe that ends neutrally still reached the server: close the circuit.
    if (circuit?.probing) this.circuits.delete(host);
  }

  /** The state of a host's circuit. */
  stateOf(host: string): CircuitState {
    const circuit = this.circuits.get(host);
    if (!circuit || circuit.openedAt === null) return 'closed';
    return circuit.probing ? 'half-open' : 'open';
  }
}

/**
 * Whether a fetch error says the host itself is failing (counts towards opening its circuit): timeouts, network
 * errors and retryable HTTP statuses (429, 5xx). Robots refusals, 404s, caps and content types do not count.
 * @example isHostFailure(new FetchError('HTTP 503', 'http-error', 503, true)) // true
 */
export function isHostFailure(error: FetchError): boolean {
  if (error.reason === 'timeout') return true;
  if (error.reason === 'network-error') return error.retryable;
  if (error.reason === 'http-error') return error.retryable;
  // robots.txt unreachable (5xx / network) disallows the site for a while: the host is in trouble.
  if (error.reason === 'robots-disallowed') return error.retryable;
  return false;
}
