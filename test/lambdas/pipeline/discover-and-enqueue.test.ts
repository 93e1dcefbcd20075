/** The AWS discover stage over a recorded site and real dynalite: new URLs are enqueued once; a failed send loses nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecordedSites, type RecordedSitesServer } from '../../../bin/cli/recorded-sites.js';
import { PoliteFetcher } from '../../../lambdas/fetch/polite-fetcher.js';
import { discoverAndEnqueue, discoveryRunRecord } from '../../../lambdas/pipeline/discover-and-enqueue.js';
import { assessSourceHealth } from '../../../lambdas/sources/health.js';
import type { IngestRequest } from '../../../lambdas/pipeline/ingest-article.js';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';

const stores = useEmbeddedStores();
let sites: RecordedSitesServer;
let fetcher: PoliteFetcher;

beforeAll(async () => {
  sites = await startRecordedSites({ basePort: 0, minIntervalMs: 10, only: ['antaranews', 'republika'] });
  fetcher = new PoliteFetcher({ allowPrivateHosts: true, minIntervalMs: 10, retries: 0 });
});

afterAll(async () => {
  fetcher?.close();
  await sites?.close();
});

describe('discoverAndEnqueue', () => {
  it('should release the URLs of a failed send, then enqueue them once on the next run and never again', async () => {
    // Prepare
    const [antara, republika] = sites.sources;
    const sent: IngestRequest[] = [];
    const failingForAntara = async (requests: IngestRequest[]) => {
      if (requests[0]?.source === 'antaranews') throw new Error('SQS throttled');
      sent.push(...requests);
    };

    // Act: the first run cannot send Antara's messages
    const first = await discoverAndEnqueue([antara!, republika!], { fetcher, store: stores.store(), enqueue: failingForAntara });

    // Assess
    expect(first.find((r) => r.source === 'antaranews')).toMatchObject({ enqueued: 0 });
    expect(first.find((r) => r.source === 'antaranews')!.errors.join(' ')).toMatch(/released for the next run: SQS throttled/);
    expect(sent.map((r) => r.source)).toEqual(Array(sites.offered.republika).fill('republika'));

    // Act: the next runs send normally
    const second = await discoverAndEnqueue([antara!, republika!], { fetcher, store: stores.store(), enqueue: async (r) => void sent.push(...r) });
    const third = await discoverAndEnqueue([antara!, republika!], { fetcher, store: stores.store(), enqueue: async (r) => void sent.push(...r) });

    // Assess: every Antara URL arrived exactly once, Republika's were not sent twice
    expect(second.find((r) => r.source === 'antaranews')!.enqueued).toBe(sites.offered.antaranews);
    expect(second.find((r) => r.source === 'republika')!.enqueued).toBe(0);
    expect(third.every((r) => r.enqueued === 0)).toBe(true);
    const urls = sent.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(sent.every((r) => r.timezone === 'Asia/Jakarta')).toBe(true);
  });

  it('should record discovery runs so a feed that keeps failing is flagged unhealthy', async () => {
    // Prepare: a source whose only feed is unreachable, beside a working one
    const [republika] = sites.sources;
    const broken = { ...republika!, id: 'broken', feeds: ['http://127.0.0.1:1/rss'], sitemaps: [], listings: [] };
    const store = stores.store();

    // Act: three scheduled runs
    for (let run = 0; run < 3; run++) {
      const startedAt = new Date(Date.UTC(2026, 10, 28, 10, run)).toISOString();
      const reports = await discoverAndEnqueue([republika!, broken], { fetcher, store, enqueue: async () => {} });
      await store.saveRun(discoveryRunRecord(`discover-${run}`, startedAt, reports));
    }

    // Assess
    const health = assessSourceHealth(await store.listRuns(10), [republika!.id, 'broken']);
    expect(health.find((h) => h.source === 'broken')?.status).toBe('unhealthy');
    expect(health.find((h) => h.source === republika!.id)?.status).not.toBe('unhealthy');
  });
});
