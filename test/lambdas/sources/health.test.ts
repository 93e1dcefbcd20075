import { describe, expect, it } from 'vitest';
import { assessSourceHealth, discoveryFailed, extractionFailed } from '../../../lambdas/sources/health.js';
import type { SourceRunSummary } from '../../../lambdas/sources/health.js';
import type { RunRecord } from '../../../lambdas/store/article-store.js';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';

function summary(source: string, fields: Partial<SourceRunSummary> = {}): SourceRunSummary {
  return { source, discovered: 0, fetched: 0, stored: 0, unchanged: 0, skipped: 0, skipReasons: {}, errors: [], ...fields };
}

/** Runs one hour apart, the first in the list the oldest. */
function runs(...perRun: SourceRunSummary[][]): RunRecord[] {
  return perRun.map((sources, i) => {
    const startedAt = new Date(Date.UTC(2024, 4, 1, i)).toISOString();
    return { runId: `r${i}`, startedAt, finishedAt: startedAt, sources };
  });
}

const OK = (source: string) => summary(source, { discovered: 3, fetched: 3, stored: 3 });
const FEED_DOWN = (source: string) => summary(source, { errors: ['https://x.test/feed: HTTP 503 Service Unavailable'] });
const REDESIGNED = (source: string) =>
  summary(source, { discovered: 4, fetched: 0, skipped: 4, skipReasons: { 'not-an-article': 4 } });
const NOTHING_NEW = (source: string) => summary(source, { skipReasons: { 'already-seen': 20 } });

describe('assessSourceHealth', () => {
  it('should flag a source whose feed failed in each of the last three runs, and say why', () => {
    // Prepare
    const history = runs([OK('a')], [FEED_DOWN('a')], [FEED_DOWN('a')], [FEED_DOWN('a')]);

    // Act
    const [health] = assessSourceHealth(history, ['a']);

    // Assess
    expect(health).toMatchObject({ source: 'a', status: 'unhealthy', lastSuccessAt: '2024-05-01T00:00:00.000Z', lastRunAt: '2024-05-01T03:00:00.000Z', runs: 4 });
    expect(health?.reasons).toEqual(['discovery failed in the last 3 runs (latest: https://x.test/feed: HTTP 503 Service Unavailable)']);
  });

  it('should keep a source ok while its feed failed fewer than K runs in a row', () => {
    const history = runs([FEED_DOWN('a')], [FEED_DOWN('a')], [OK('a')], [FEED_DOWN('a')], [FEED_DOWN('a')]);
    expect(assessSourceHealth(history)[0]).toMatchObject({ status: 'ok', reasons: [] });
    expect(assessSourceHealth(history, [], { failingRuns: 2 })[0]?.status).toBe('unhealthy');
  });

  it('should flag a redesign: pages stop being articles after earlier runs stored some', () => {
    // Runs with nothing new in between do not hide or break the streak.
    const history = runs([OK('a')], [REDESIGNED('a')], [NOTHING_NEW('a')], [REDESIGNED('a')]);
    const [health] = assessSourceHealth(history);
    expect(health?.status).toBe('unhealthy');
    expect(health?.reasons[0]).toMatch(/^extraction stopped finding articles: 8 page\(s\) in the last 2 runs were not articles, after articles were stored on 2024-05-01T00:00:00.000Z/);
  });

  it('should not call one run of non-articles, or a quiet source, unhealthy', () => {
    expect(assessSourceHealth(runs([OK('a')], [REDESIGNED('a')]))[0]?.status).toBe('ok');
    expect(assessSourceHealth(runs([OK('a')], [NOTHING_NEW('a')], [NOTHING_NEW('a')], [NOTHING_NEW('a')]))[0]?.status).toBe('ok');
    // A run that stored some articles among non-articles is fine.
    const mixed = summary('a', { fetched: 3, stored: 2, skipped: 1, skipReasons: { 'not-an-article': 1 } });
    expect(assessSourceHealth(runs([mixed], [mixed], [mixed]))[0]?.status).toBe('ok');
  });

  it('should report configured sources no run has touched as no-data, in the given order', () => {
    const result = assessSourceHealth(runs([OK('b'), OK('z')]), ['c', 'b']);
    expect(result.map((h) => [h.source, h.status])).toEqual([
      ['c', 'no-data'],
      ['b', 'ok'],
      ['z', 'ok'],
    ]);
  });

  it('should classify single runs', () => {
    expect(discoveryFailed(FEED_DOWN('a'))).toBe(true);
    expect(discoveryFailed(summary('a', { errors: ['one feed of two failed'], discovered: 2 }))).toBe(false);
    expect(extractionFailed(REDESIGNED('a'))).toBe(true);
    expect(extractionFailed(summary('a', { skipped: 2, skipReasons: { 'http-error': 2 } }))).toBe(false);
  });
});

describe('assessSourceHealth over stored run records', () => {
  const stores = useEmbeddedStores();

  it('should judge from the runs the store lists, newest first', async () => {
    const store = stores.store();
    for (const run of runs([OK('s1'), OK('s2')], [FEED_DOWN('s1'), OK('s2')], [FEED_DOWN('s1'), REDESIGNED('s2')], [FEED_DOWN('s1'), REDESIGNED('s2')])) {
      await store.saveRun(run);
    }
    const result = assessSourceHealth(await store.listRuns(20), ['s1', 's2']);
    expect(result.map((h) => h.status)).toEqual(['unhealthy', 'unhealthy']);
    expect(result[1]?.lastSuccessAt).toBe('2024-05-01T01:00:00.000Z');
  });
});
