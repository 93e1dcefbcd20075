/** `pantau sources --check`: every endpoint is tried; working ones report their links, broken ones their error. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecordedSites, type RecordedSitesServer } from '../../../bin/cli/recorded-sites.js';
import { checkSources } from '../../../bin/cli/commands/sources.js';
import type { SourceConfig } from '../../../lambdas/sources/config.js';

let sites: RecordedSitesServer;

beforeAll(async () => {
  sites = await startRecordedSites({ basePort: 0, minIntervalMs: 10, only: ['detik', 'okezone', 'viva'] });
});

afterAll(async () => sites?.close());

describe('checkSources', () => {
  it('should report links per working endpoint and the error of a broken one', async () => {
    // Prepare
    const broken: SourceConfig = {
      id: 'gone', name: 'Gone', timezone: 'Asia/Makassar', feeds: ['http://127.0.0.1:1/rss'], sitemaps: [], listings: [],
      language: 'id', verified: false,
    };

    // Act
    const results = await checkSources([...sites.sources, broken], true);

    // Assess
    const byId = Object.fromEntries(results.map((r) => [r.source, r]));
    expect(byId.detik).toMatchObject({ ok: true, kind: 'feed:rss', links: sites.offered.detik });
    expect(byId.okezone).toMatchObject({ ok: true, kind: 'sitemap:sitemap-index', links: 1 });
    expect(byId.viva).toMatchObject({ ok: true, kind: 'listing:listing', links: sites.offered.viva });
    expect(byId.gone!.ok).toBe(false);
    expect(byId.gone!.error).toMatch(/127\.0\.0\.1:1/);
  });
});
