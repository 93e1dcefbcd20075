import { afterEach, describe, expect, it } from 'vitest';
import { PoliteFetcher } from '../../../lambdas/fetch/polite-fetcher.js';
import { FetchError } from '../../../lambdas/shared/errors.js';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';
import { sendHtml, startLocalServer, withRobots } from '../fetch/helpers/local-server.js';
import type { LocalServer } from '../fetch/helpers/local-server.js';

const PAGE = '<!DOCTYPE html><html><head><title>Berita</title></head><body><p>Tenggarong</p></body></html>';

const servers: LocalServer[] = [];
const fetchers: PoliteFetcher[] = [];

afterEach(async () => {
  fetchers.splice(0).forEach((fetcher) => fetcher.close());
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Smallest gap between consecutive request arrivals at the server. */
function smallestGap(server: LocalServer): number {
  const times = server.requests.map((r) => r.at).sort((a, b) => a - b);
  return Math.min(...times.slice(1).map((t, i) => t - times[i]!));
}

describe('TableHostGate', () => {
  const stores = useEmbeddedStores();

  it('should give racing callers one turn each, every turn an interval after the previous release', async () => {
    // Prepare
    const gateA = stores.store().createHostGate();
    const gateB = stores.store().createHostGate();
    const sends: number[] = [];

    // Act: 8 callers race for one host through two gates; each "sends" at its turn, some of them late
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const release = await (i % 2 ? gateA : gateB).acquire('race.test', 60);
        if (i % 3 === 0) await new Promise((resolve) => setTimeout(resolve, 40));
        sends.push(Date.now());
        await release();
      }),
    );

    // Assess
    const sorted = [...sends].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(60);
  });

  it('should keep hosts independent', async () => {
    const gate = stores.store().createHostGate();
    const started = Date.now();
    const releaseOne = await gate.acquire('one.test', 60_000);
    await gate.acquire('two.test', 60_000);
    await releaseOne();
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('should let others go once a crashed holder\'s turn times out', async () => {
    const gate = stores.store().createHostGate({ sendTimeoutMs: 200 });
    await gate.acquire('crash.test', 10); // never released
    const started = Date.now();
    const release = await gate.acquire('crash.test', 10);
    await release();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('should keep two fetchers sharing one gate an interval apart on one host', async () => {
    // Prepare
    const interval = 120;
    const server = await startLocalServer(withRobots('User-agent: *\nAllow: /\n', (_, response) => sendHtml(response, PAGE)));
    servers.push(server);
    const gate = stores.store().createHostGate();
    const make = () => {
      const fetcher = new PoliteFetcher({ allowPrivateHosts: true, minIntervalMs: interval, retries: 0, hostGate: gate });
      fetchers.push(fetcher);
      return fetcher;
    };
    const [first, second] = [make(), make()];

    // Act: both fetch four pages of the same host at the same time (plus their own robots.txt each)
    await Promise.all([first, second].flatMap((fetcher, f) => [0, 1, 2, 3].map((i) => fetcher.fetch(`${server.origin}/p${f}-${i}`))));

    // Assess: ten requests, never two closer than the interval (a few ms of timer and socket jitter allowed)
    expect(server.requests).toHaveLength(10);
    expect(smallestGap(server)).toBeGreaterThanOrEqual(interval - 10);
    const log = [...first.requestLog, ...second.requestLog].map((entry) => entry.at).sort((a, b) => a - b);
    for (let i = 1; i < log.length; i++) expect(log[i]! - log[i - 1]!).toBeGreaterThanOrEqual(interval);
  });

  it('should let the same two fetchers collide without the gate (the control)', async () => {
    const server = await startLocalServer(withRobots('User-agent: *\nAllow: /\n', (_, response) => sendHtml(response, PAGE)));
    servers.push(server);
    const make = () => {
      const fetcher = new PoliteFetcher({ allowPrivateHosts: true, minIntervalMs: 120, retries: 0 });
      fetchers.push(fetcher);
      return fetcher;
    };
    await Promise.all([make(), make()].map((fetcher, f) => fetcher.fetch(`${server.origin}/p${f}`)));
    expect(smallestGap(server)).toBeLessThan(60);
  });

  it('should fail a fetch with a retryable error when the gate is unreachable, without opening the circuit', async () => {
    const server = await startLocalServer(withRobots(null, (_, response) => sendHtml(response, PAGE)));
    servers.push(server);
    const broken = { acquire: async () => Promise.reject(new Error('ProvisionedThroughputExceededException')) };
    const fetcher = new PoliteFetcher({ allowPrivateHosts: true, minIntervalMs: 0, retries: 0, hostGate: broken, circuitBreaker: { failureThreshold: 1 } });
    fetchers.push(fetcher);
    const error = await fetcher.fetch(`${server.origin}/a`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ retryable: true, message: expect.stringMatching(/host gate for .* unavailable: ProvisionedThroughput/) });
    expect(fetcher.circuitBreaker?.stateOf(server.host)).toBe('closed');
    expect(server.requests).toHaveLength(0);
  });
});
