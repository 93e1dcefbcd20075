/**
 * Politeness as the host sees it (SOAK finding F1): a request that leaves late (a busy event loop while its connection
 * opens) must push the next one back, so the gap between arrivals is never shorter than the interval.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PoliteFetcher } from '../../../lambdas/fetch/polite-fetcher.js';
import { sendHtml, startLocalServer } from './helpers/local-server.js';
import type { LocalServer } from './helpers/local-server.js';

const PAGE = '<!DOCTYPE html><html><head><title>Berita</title></head><body><p>Bontang</p></body></html>';
const servers: LocalServer[] = [];
const fetchers: PoliteFetcher[] = [];

afterEach(async () => {
  fetchers.splice(0).forEach((fetcher) => fetcher.close());
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Hold the event loop for `ms` (what extraction of a big page does to a crawler). */
function blockEventLoop(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy
  }
}

describe('PoliteFetcher receiver-side politeness', () => {
  it('should pace the next request from when the previous one really left', async () => {
    // Prepare
    const interval = 200;
    const server = await startLocalServer((_, response) => sendHtml(response, PAGE));
    servers.push(server);
    const fetcher = new PoliteFetcher({ allowPrivateHosts: true, respectRobots: false, minIntervalMs: interval, retries: 0 });
    fetchers.push(fetcher);

    // Act: the first request is started, then the loop is blocked before its new connection can send it
    const first = fetcher.fetch(`${server.origin}/a`);
    setTimeout(() => blockEventLoop(300), 0);
    await first;
    await fetcher.fetch(`${server.origin}/b`);

    // Assess: arrivals at the host, not dispatch times
    const [a, b] = server.requests.map((request) => request.at);
    expect(b! - a!).toBeGreaterThanOrEqual(interval - 5);
    const [logA, logB] = fetcher.requestLog.map((entry) => entry.at);
    expect(logB! - logA!).toBeGreaterThanOrEqual(interval);
  });
});
