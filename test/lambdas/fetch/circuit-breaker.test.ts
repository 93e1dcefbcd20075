import { describe, expect, it } from 'vitest';
import { FetchError } from '../../../lambdas/shared/errors.js';
import { CircuitBreaker, isHostFailure } from '../../../lambdas/fetch/circuit-breaker.js';
import { sendHtml, withRobots } from './helpers/local-server.js';
import { catchFetchError, useLoopbackFixtures } from './helpers/loopback-fixtures.js';

const PAGE = '<!DOCTYPE html><html><head><title>Berita</title></head><body><p>Samarinda</p></body></html>';

const { serve, createFetcher } = useLoopbackFixtures();

describe('CircuitBreaker', () => {
  it('should open after the threshold of consecutive failures and fail fast with a retryable error', () => {
    // Prepare
    let now = 1_000;
    const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 10_000, now: () => now });

    // Act
    breaker.recordFailure('a.test', 'HTTP 503');
    breaker.recordFailure('a.test', 'HTTP 503');
    breaker.admit('a.test');
    breaker.recordFailure('a.test', 'timed out');
    now += 5_000;

    // Assess
    expect(breaker.stateOf('a.test')).toBe('open');
    expect(() => breaker.admit('a.test')).toThrow(/circuit open for a\.test: 3 consecutive failures \(last: timed out\)/);
    try {
      breaker.admit('a.test');
    } catch (error) {
      expect(error).toMatchObject({ retryable: true, reason: 'network-error' });
    }
    expect(() => breaker.admit('b.test')).not.toThrow();
  });

  it('should reset the count on a success, so only consecutive failures open the circuit', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2 });
    breaker.recordFailure('a.test', 'x');
    breaker.recordSuccess('a.test');
    breaker.recordFailure('a.test', 'x');
    expect(breaker.stateOf('a.test')).toBe('closed');
    expect(() => breaker.admit('a.test')).not.toThrow();
  });

  it('should let exactly one probe through after the cool-down, closing on success and reopening on failure', () => {
    // Prepare
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 1_000, now: () => now });
    breaker.recordFailure('a.test', 'reset');

    // Act + Assess: the probe goes, a second caller fails fast while it is in flight
    now = 1_000;
    expect(() => breaker.admit('a.test')).not.toThrow();
    expect(breaker.stateOf('a.test')).toBe('half-open');
    expect(() => breaker.admit('a.test')).toThrow(/a probe request is in flight/);
    breaker.recordFailure('a.test', 'reset again');
    expect(breaker.stateOf('a.test')).toBe('open');
    expect(() => breaker.admit('a.test')).toThrow(/next try after 1970-01-01T00:00:02\.000Z/);

    now = 2_000;
    breaker.admit('a.test');
    breaker.recordSuccess('a.test');
    expect(breaker.stateOf('a.test')).toBe('closed');
  });

  it('should count only failures that are the host\'s', () => {
    expect(isHostFailure(new FetchError('t', 'timeout', undefined, true))).toBe(true);
    expect(isHostFailure(new FetchError('503', 'http-error', 503, true))).toBe(true);
    expect(isHostFailure(new FetchError('reset', 'network-error', undefined, true))).toBe(true);
    expect(isHostFailure(new FetchError('404', 'http-error', 404, false))).toBe(false);
    expect(isHostFailure(new FetchError('big', 'too-large'))).toBe(false);
    expect(isHostFailure(new FetchError('robots', 'robots-disallowed'))).toBe(false);
    expect(isHostFailure(new FetchError('nx', 'network-error', undefined, false))).toBe(false);
  });
});

describe('PoliteFetcher circuit breaker', () => {
  it('should stop sending requests to a failing host after the threshold and recover through a probe', async () => {
    // Prepare: a host that answers 503 until it is switched back on
    let healthy = false;
    const server = await serve(
      withRobots(null, (_, response) => {
        if (healthy) sendHtml(response, PAGE);
        else response.writeHead(503, { 'content-type': 'text/plain' }).end('down');
      }),
    );
    let now = Date.now();
    const fetcher = createFetcher({ circuitBreaker: { failureThreshold: 3, coolDownMs: 30_000 }, now: () => now });

    // Act: three real failures, then fail-fast without touching the server
    for (let i = 0; i < 3; i++) expect((await catchFetchError(fetcher.fetch(`${server.origin}/a${i}`))).status).toBe(503);
    const requestsWhenOpened = server.requests.length;
    const fast = await catchFetchError(fetcher.fetch(`${server.origin}/a4`));
    const fast2 = await catchFetchError(fetcher.fetch(`${server.origin}/a5`));

    // Assess
    expect(fast.message).toMatch(new RegExp(`^circuit open for ${server.host.replace(/\./g, '\\.')}: 3 consecutive failures`));
    expect(fast).toMatchObject({ retryable: true });
    expect(fast2.message).toMatch(/circuit open/);
    expect(server.requests.length).toBe(requestsWhenOpened);
    expect(fetcher.circuitBreaker?.stateOf(server.host)).toBe('open');

    // Act: after the cool-down the host is back; one probe closes the circuit
    healthy = true;
    now += 30_000;
    const page = await fetcher.fetch(`${server.origin}/a6`);
    const next = await fetcher.fetch(`${server.origin}/a7`);

    // Assess
    expect(page.body).toContain('Samarinda');
    expect(next.status).toBe(200);
    expect(fetcher.circuitBreaker?.stateOf(server.host)).toBe('closed');
  });

  it('should not open the circuit for answers that are not the host failing (404, wrong type)', async () => {
    const server = await serve(withRobots(null, (_, response) => response.writeHead(404).end()));
    const fetcher = createFetcher({ circuitBreaker: { failureThreshold: 2 } });
    for (let i = 0; i < 4; i++) expect((await catchFetchError(fetcher.fetch(`${server.origin}/missing${i}`))).status).toBe(404);
    expect(fetcher.circuitBreaker?.stateOf(server.host)).toBe('closed');
    expect(server.requests.filter((r) => r.path.startsWith('/missing'))).toHaveLength(4);
  });

  it('should share one breaker between fetchers and allow switching it off', async () => {
    const server = await serve(withRobots(null, (_, response) => response.writeHead(500).end()));
    const breaker = new CircuitBreaker({ failureThreshold: 1 });
    const first = createFetcher({ circuitBreaker: breaker });
    const second = createFetcher({ circuitBreaker: breaker });
    const off = createFetcher({ circuitBreaker: false });
    await catchFetchError(first.fetch(`${server.origin}/x`));
    expect((await catchFetchError(second.fetch(`${server.origin}/y`))).message).toMatch(/circuit open/);
    for (let i = 0; i < 3; i++) expect((await catchFetchError(off.fetch(`${server.origin}/z${i}`))).status).toBe(500);
    expect(off.circuitBreaker).toBeNull();
  });
});
