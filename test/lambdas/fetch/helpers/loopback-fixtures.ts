/**
 * Per-test loopback servers and fetchers, closed after each test.
 * @example const { serve, createFetcher } = useLoopbackFixtures();
 */
import { afterEach, expect } from 'vitest';
import { PoliteFetcher, type FetcherOptions } from '../../../../lambdas/fetch/polite-fetcher.js';
import { FetchError } from '../../../../lambdas/shared/errors.js';
import { startLocalServer, type LocalServer } from './local-server.js';

/** Register cleanup for the enclosing file and return factories whose products it closes. */
export function useLoopbackFixtures() {
  const servers: LocalServer[] = [];
  const fetchers: PoliteFetcher[] = [];
  afterEach(async () => {
    fetchers.splice(0).forEach((fetcher) => fetcher.close());
    // allSettled: a test may close its server early to make it unreachable.
    await Promise.allSettled(servers.splice(0).map((server) => server.close()));
  });
  return {
    /** A loopback server, closed after the test. */
    async serve(...args: Parameters<typeof startLocalServer>): Promise<LocalServer> {
      const server = await startLocalServer(...args);
      servers.push(server);
      return server;
    },
    /** A fetcher for loopback tests: private hosts allowed, no gap, no retries unless asked. */
    createFetcher(options: FetcherOptions = {}): PoliteFetcher {
      const fetcher = new PoliteFetcher({ allowPrivateHosts: true, minIntervalMs: 0, retries: 0, ...options });
      fetchers.push(fetcher);
      return fetcher;
    },
  };
}

/** The FetchError a fetch rejects with (the test fails if it resolves or rejects with anything else). */
export async function catchFetchError(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}
