import { describe, expect, it } from 'vitest';
import { computeBackoff, isRetryableStatus, parseRetryAfter } from '../../../lambdas/fetch/retry.js';

describe('retry helpers', () => {
  it('should retry 408, 429 and 5xx only', () => {
    expect([200, 304, 400, 403, 404, 408, 429, 500, 503].map(isRetryableStatus)).toEqual([false, false, false, false, false, true, true, true, true]);
  });

  it('should read Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2024-05-01T00:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('Wed, 01 May 2024 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 30 Apr 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });

  it('should grow the backoff exponentially with jitter and cap it', () => {
    expect(computeBackoff(0, 1000, 30_000, () => 0)).toBe(500);
    expect(computeBackoff(2, 1000, 30_000, () => 0.999)).toBeLessThanOrEqual(4000);
    expect(computeBackoff(2, 1000, 30_000, () => 0.999)).toBeGreaterThan(3900);
    expect(computeBackoff(10, 1000, 30_000, () => 0.5)).toBe(30_000);
  });
});
