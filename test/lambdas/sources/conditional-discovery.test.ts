import { afterEach, describe, expect, it } from 'vitest';
import { PoliteFetcher } from '../../../lambdas/fetch/polite-fetcher.js';
import { fetchDiscoveryDocument, settleFeedStates } from '../../../lambdas/sources/conditional-discovery.js';
import type { FeedStateStore } from '../../../lambdas/sources/conditional-discovery.js';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';
import { startLocalServer, withRobots } from '../fetch/helpers/local-server.js';
import type { LocalServer } from '../fetch/helpers/local-server.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>https://news.test/berita/1</link></item></channel></rss>`;

const servers: LocalServer[] = [];
const fetchers: PoliteFetcher[] = [];

afterEach(async () => {
  fetchers.splice(0).forEach((fetcher) => fetcher.close());
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A feed server that honours If-None-Match / If-Modified-Since like a real CMS; `version` changes the ETag. */
async function startFeedServer(state: { version: number; lastModifiedOnly?: boolean }): Promise<LocalServer> {
  const server = await startLocalServer(
    withRobots(null, (request, response) => {
      const etag = `"v${state.version}"`;
      const lastModified = new Date(Date.UTC(2024, 0, state.version)).toUTCString();
      const matches = state.lastModifiedOnly
        ? request.headers['if-modified-since'] === lastModified
        : request.headers['if-none-match'] === etag;
      const validators = state.lastModifiedOnly ? { 'last-modified': lastModified } : { etag };
      if (matches) return response.writeHead(304, validators).end();
      response.writeHead(200, { 'content-type': 'application/rss+xml', ...validators }).end(RSS);
    }),
  );
  servers.push(server);
  return server;
}

function createFetcher(): PoliteFetcher {
  const fetcher = new PoliteFetcher({ allowPrivateHosts: true, minIntervalMs: 0, retries: 0 });
  fetchers.push(fetcher);
  return fetcher;
}

describe('conditional discovery', () => {
  const stores = useEmbeddedStores();

  it('should send the stored ETag on the next run and read a 304 as no new links', async () => {
    // Prepare
    const feed = { version: 1 };
    const server = await startFeedServer(feed);
    const store = stores.store();
    const url = `${server.origin}/feed.xml`;

    // Act: run 1 reads in full and, its links taken, keeps the validators; run 2 asks conditionally
    const first = await fetchDiscoveryDocument(createFetcher(), store, 'etag-src', url);
    await settleFeedStates(store, 'etag-src', [first.validators], { complete: true });
    const second = await fetchDiscoveryDocument(createFetcher(), store, 'etag-src', url);

    // Assess
    expect(first.notModified).toBe(false);
    expect(first.doc.body).toContain('<rss');
    expect(first.validators).toMatchObject({ url, etag: '"v1"' });
    expect(second.notModified).toBe(true);
    expect(second.doc.body).toBe('');
    const feedRequests = server.requests.filter((r) => r.path === '/feed.xml');
    expect(feedRequests[0]?.headers['if-none-match']).toBeUndefined();
    expect(feedRequests[1]?.headers['if-none-match']).toBe('"v1"');
    expect(await store.getFeedState('etag-src', url)).toMatchObject({ etag: '"v1"', lastModified: null });
  });

  it('should read a changed feed in full and work with Last-Modified alone', async () => {
    const feed = { version: 1, lastModifiedOnly: true };
    const server = await startFeedServer(feed);
    const store = stores.store();
    const url = `${server.origin}/lm.xml`;
    const first = await fetchDiscoveryDocument(createFetcher(), store, 'lm-src', url);
    await settleFeedStates(store, 'lm-src', [first.validators], { complete: true });
    expect((await fetchDiscoveryDocument(createFetcher(), store, 'lm-src', url)).notModified).toBe(true);

    feed.version = 2;
    const changed = await fetchDiscoveryDocument(createFetcher(), store, 'lm-src', url);
    expect(changed.notModified).toBe(false);
    expect(changed.validators?.lastModified).toBe(new Date(Date.UTC(2024, 0, 2)).toUTCString());
    expect(server.requests.filter((r) => r.path === '/lm.xml').at(-1)?.headers['if-modified-since']).toBe(new Date(Date.UTC(2024, 0, 1)).toUTCString());
  });

  it('should forget every validator of a source when a run left links behind, so the next run reads in full', async () => {
    const server = await startFeedServer({ version: 7 });
    const store = stores.store();
    const urls = [`${server.origin}/a.xml`, `${server.origin}/b.xml`];
    const docs = await Promise.all(urls.map((url) => fetchDiscoveryDocument(createFetcher(), store, 'cut-src', url)));
    await settleFeedStates(store, 'cut-src', docs.map((d) => d.validators), { complete: true });
    expect(await store.getFeedState('cut-src', urls[0]!)).not.toBeNull();

    await settleFeedStates(store, 'cut-src', [], { complete: false });

    for (const url of urls) expect(await store.getFeedState('cut-src', url)).toBeNull();
    expect((await fetchDiscoveryDocument(createFetcher(), store, 'cut-src', urls[0]!)).notModified).toBe(false);
  });

  it('should fetch in full when the state store fails, and never throw while settling', async () => {
    const server = await startFeedServer({ version: 1 });
    const broken: FeedStateStore = {
      getFeedState: () => Promise.reject(new Error('ThrottlingException')),
      putFeedState: () => Promise.reject(new Error('ThrottlingException')),
      clearFeedStates: () => Promise.reject(new Error('ThrottlingException')),
    };
    const result = await fetchDiscoveryDocument(createFetcher(), broken, 's', `${server.origin}/feed.xml`);
    expect(result.notModified).toBe(false);
    await expect(settleFeedStates(broken, 's', [result.validators], { complete: true })).resolves.toBeUndefined();
    await expect(settleFeedStates(broken, 's', [], { complete: false })).resolves.toBeUndefined();
  });

  it('should store nothing for a document without validators and drop unusable ones', async () => {
    const store = stores.store();
    await store.putFeedState('plain', { url: 'https://x.test/f', etag: null, lastModified: null, checkedAt: '2024-01-01T00:00:00Z' });
    expect(await store.getFeedState('plain', 'https://x.test/f')).toBeNull();
    await store.putFeedState('plain', { url: 'https://x.test/g', etag: `"${'x'.repeat(400)}"`, lastModified: 'Mon, 01 Jan 2024\r\n00:00:00 GMT', checkedAt: '2024-01-01T00:00:00Z' });
    expect(await store.getFeedState('plain', 'https://x.test/g')).toMatchObject({ etag: null, lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    expect(await store.clearFeedStates('plain')).toBe(1);
  });
});
