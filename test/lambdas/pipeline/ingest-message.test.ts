/**
 * ingestMessage with a deferral: an article whose host has an open circuit is sent again with a delay instead of
 * failing (which would use up one of the message's receives), up to a limit; real store (dynalite), real fetcher with
 * a breaker opened by recorded failures (no request is sent while it is open).
 */
import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../../lambdas/fetch/circuit-breaker.js';
import { PoliteFetcher } from '../../../lambdas/fetch/polite-fetcher.js';
import { deferralDelayMs, ingestMessage, type Deferral } from '../../../lambdas/pipeline/ingest-message.js';
import { parseIngestMessage, type IngestMessage } from '../../../lambdas/queue/article-queue.js';
import { CircuitOpenError } from '../../../lambdas/shared/errors.js';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';
import { startLocalServer } from '../fetch/helpers/local-server.js';

const HOST = '127.0.0.1:9';
const NOW = Date.parse('2026-11-28T06:00:00Z');

/** A fetcher whose breaker for HOST is open (5 failures recorded at NOW; 60 s cool-down). */
function fetcherWithOpenCircuit(): PoliteFetcher {
  const breaker = new CircuitBreaker({ failureThreshold: 5, coolDownMs: 60_000, now: () => NOW });
  for (let i = 0; i < 5; i++) breaker.recordFailure(HOST, 'HTTP 503');
  return new PoliteFetcher({ allowPrivateHosts: true, circuitBreaker: breaker });
}

/** A deferral that keeps what it was asked to send. */
function recordingDeferral(overrides: Partial<Deferral> = {}): Deferral & { sent: Array<{ message: IngestMessage; delayMs: number }> } {
  const sent: Array<{ message: IngestMessage; delayMs: number }> = [];
  return { sent, send: async (message, delayMs) => void sent.push({ message, delayMs }), now: () => NOW, ...overrides };
}

describe('ingestMessage with a deferral', () => {
  const stores = useEmbeddedStores();
  const body = (url: string, deferrals?: number) => JSON.stringify({ url, source: 'breaker-test', timezone: 'Asia/Jakarta', ...(deferrals ? { deferrals } : {}) });

  it('should put off an article of a host with an open circuit, past the cool-down, without recording a failure', async () => {
    // Prepare
    const store = stores.store();
    const deferral = recordingDeferral();
    const url = `http://${HOST}/berita/deferred-once`;
    // Act
    const result = await ingestMessage(body(url), { fetcher: fetcherWithOpenCircuit(), store }, { deferral });
    // Assess
    expect(result).toEqual({
      request: { url, source: 'breaker-test', timezone: 'Asia/Jakarta' },
      deferred: { delayMs: 60_000, deferrals: 1, copySent: true },
    });
    expect(deferral.sent).toEqual([{ message: { url, source: 'breaker-test', timezone: 'Asia/Jakarta', deferrals: 1 }, delayMs: 60_000 }]);
    expect((await store.listSkips({ source: 'breaker-test' })).map((s) => s.url)).not.toContain(url);
  });

  it('should put off an article whose server asks to come back later than a request waits (Retry-After: 600)', async () => {
    // Prepare: a server that answers every page with 503 and Retry-After: 600 (robots.txt: none)
    const server = await startLocalServer((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(503, { 'retry-after': '600', 'content-type': 'text/html' }).end('busy');
    });
    const deferral = recordingDeferral({ now: Date.now });
    const fetcher = new PoliteFetcher({ allowPrivateHosts: true });
    try {
      // Act
      const result = await ingestMessage(body(`${server.origin}/berita/busy`), { fetcher, store: stores.store() }, { deferral });
      // Assess: one request, no retry inside it; the message comes back in about ten minutes
      expect('deferred' in result && result.deferred.deferrals).toBe(1);
      expect(deferral.sent[0]!.delayMs).toBeGreaterThan(590_000);
      expect(deferral.sent[0]!.delayMs).toBeLessThanOrEqual(600_000);
      expect(server.paths().filter((path) => path !== '/robots.txt')).toEqual(['/berita/busy']);
    } finally {
      await server.close();
    }
  });

  it('should send one copy when the same message is delivered twice (a batch that timed out), never none', async () => {
    // Prepare
    const store = stores.store();
    const deferral = recordingDeferral();
    const url = `http://${HOST}/berita/delivered-twice`;
    const options = { deferral, messageId: 'msg-1' };
    // Act: the first delivery puts it off; the redelivery of the same message finds the copy noted
    const first = await ingestMessage(body(url), { fetcher: fetcherWithOpenCircuit(), store }, options);
    const again = await ingestMessage(body(url), { fetcher: fetcherWithOpenCircuit(), store }, options);
    // The copy, put off again later, is a new step of the same episode: it sends its own copy
    const copy = JSON.stringify(deferral.sent[0]!.message);
    const next = await ingestMessage(copy, { fetcher: fetcherWithOpenCircuit(), store }, { deferral, messageId: 'msg-2' });
    // Assess
    expect('deferred' in first && first.deferred.copySent).toBe(true);
    expect('deferred' in again && again.deferred.copySent).toBe(false);
    expect('deferred' in next && next.deferred).toMatchObject({ deferrals: 2, copySent: true });
    expect(deferral.sent.map((s) => [s.message.episode, s.message.deferrals])).toEqual([['msg-1', 1], ['msg-1', 2]]);
  });

  it('should double the delay with each deferral, up to its cap', () => {
    // Act / Assess
    expect(deferralDelayMs(0, NOW, NOW, {})).toBe(30_000);
    expect(deferralDelayMs(3, NOW, NOW, {})).toBe(240_000);
    expect(deferralDelayMs(9, NOW, NOW, {})).toBe(900_000);
    expect(deferralDelayMs(0, NOW + 45_000, NOW, {})).toBe(45_000);
  });

  it('should fail as before (recorded, thrown for the queue to retry) once the deferrals are used up', async () => {
    // Prepare
    const store = stores.store();
    const deferral = recordingDeferral({ maxDeferrals: 3 });
    const url = `http://${HOST}/berita/deferred-enough`;
    // Act
    const outcome = await ingestMessage(body(url, 3), { fetcher: fetcherWithOpenCircuit(), store }, { deferral }).catch((e: unknown) => e);
    // Assess
    expect(outcome).toBeInstanceOf(CircuitOpenError);
    expect(deferral.sent).toEqual([]);
    const skip = (await store.listSkips({ source: 'breaker-test' })).find((s) => s.url === url);
    expect(skip).toMatchObject({ reason: 'network-error', retryable: true });
  });

  it('should fail as before when the message cannot be sent again, so the queue still brings it back', async () => {
    // Prepare
    const store = stores.store();
    const deferral = recordingDeferral({ send: async () => Promise.reject(new Error('SQS unavailable')) });
    // Act
    const outcome = await ingestMessage(body(`http://${HOST}/berita/not-sent`), { fetcher: fetcherWithOpenCircuit(), store }, { deferral }).catch((e: unknown) => e);
    // Assess
    expect(outcome).toBeInstanceOf(CircuitOpenError);
  });
});

describe('parseIngestMessage deferrals', () => {
  it('should keep a whole deferral count and a short episode id, and refuse anything else', () => {
    // Prepare
    const base = { url: 'https://a.test/x', source: 's', timezone: 'Asia/Jakarta' };
    // Act / Assess
    expect(parseIngestMessage(JSON.stringify({ ...base, deferrals: 2 }))).toEqual({ ...base, deferrals: 2 });
    expect(parseIngestMessage(JSON.stringify(base))).toEqual(base);
    expect(() => parseIngestMessage(JSON.stringify({ ...base, deferrals: -1 }))).toThrow(/deferrals/);
    expect(() => parseIngestMessage(JSON.stringify({ ...base, deferrals: '2' }))).toThrow(/deferrals/);
    expect(parseIngestMessage(JSON.stringify({ ...base, episode: 'msg-1' }))).toEqual({ ...base, episode: 'msg-1' });
    expect(() => parseIngestMessage(JSON.stringify({ ...base, episode: 42 }))).toThrow(/episode/);
    expect(() => parseIngestMessage(JSON.stringify({ ...base, episode: 'x'.repeat(129) }))).toThrow(/episode/);
  });
});
