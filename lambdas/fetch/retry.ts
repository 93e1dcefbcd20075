/**
 * @module retry
 * When to try again and how long to wait: 408, 429 and 5xx are worth another try; waits grow exponentially with
 * jitter, and a server's Retry-After (seconds or HTTP date) is honoured.
 */

/**
 * Whether an HTTP status is worth retrying (the server may answer differently later).
 * @example isRetryableStatus(503) // true
 */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Milliseconds a Retry-After header asks us to wait, or null when absent or unreadable. A date in the past gives 0.
 * @example parseRetryAfter('120', Date.now()) // 120000
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | null {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/**
 * Backoff before retry number `attempt` (0 for the first retry): base * 2^attempt, scaled by a random factor in
 * [0.5, 1) so that many clients do not retry in lockstep, and capped.
 * @example computeBackoff(1, 1000, 30000, () => 0.5) // 1500
 */
export function computeBackoff(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const exponential = baseMs * 2 ** attempt;
  return Math.min(capMs, Math.round(exponential * (0.5 + random() / 2)));
}
