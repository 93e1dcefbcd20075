import { describe, expect, it } from 'vitest';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';
import { articleIdFor } from '../../../lambdas/store/article-store.js';
import type { ArticleStore, RunRecord } from '../../../lambdas/store/article-store.js';
import { readFileSync } from 'node:fs';
import { buildArticleRecord } from '../../../lambdas/pipeline/build-record.js';
import { buildRecord, mentionOf } from './build-record.js';

const RAW = { key: 'raw/test/2021/11/13/x/abc.html.gz', contentHash: 'abc' };

/** Every item of the table (Scan to the end). */
async function scanAll(store: ArticleStore): Promise<Array<Record<string, unknown>>> {
  const items: Array<Record<string, unknown>> = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await store.dynamo.send(new ScanCommand({ TableName: store.config.tableName, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

describe('ArticleStore', () => {
  const stores = useEmbeddedStores();

  describe('articleIdFor', () => {
    it('should give a stable 32-hex-character id per canonical URL', () => {
      // Act
      const id = articleIdFor('https://example.com/a');
      // Assess
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(articleIdFor('https://example.com/a')).toBe(id);
      expect(articleIdFor('https://example.com/b')).not.toBe(id);
    });
  });

  describe('raw pages', () => {
    it('should gzip the page into S3 under a content-addressed key and give it back unzipped', async () => {
      // Prepare
      const store = stores.store();
      const bytes = Buffer.from('<html><body>Berita Balikpapan é</body></html>');
      // Act
      const put = await store.putRawPage({ source: 'idntimes-kaltim', articleId: 'a1', fetchedAt: '2021-11-13T01:00:00Z', bytes, contentType: 'text/html; charset=utf-8' });
      const back = await store.getRawPage(put.key);
      const object = await store.s3.send(new GetObjectCommand({ Bucket: store.config.bucketName, Key: put.key }));
      const stored = Buffer.from(await object.Body!.transformToByteArray());
      // Assess
      expect(put.key).toBe(`raw/idntimes-kaltim/2021/11/13/a1/${put.contentHash}.html.gz`);
      expect(put.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(back.equals(bytes)).toBe(true);
      expect([stored[0], stored[1]]).toEqual([0x1f, 0x8b]);
    });

    it('should give the same key for the same bytes and another key for other bytes', async () => {
      // Prepare
      const store = stores.store();
      const input = { source: 's1', articleId: 'a2', fetchedAt: '2021-11-13T01:00:00Z', bytes: Buffer.from('<p>satu</p>') };
      // Act
      const first = await store.putRawPage(input);
      const second = await store.putRawPage(input);
      const other = await store.putRawPage({ ...input, bytes: Buffer.from('<p>dua</p>') });
      // Assess
      expect(second).toEqual(first);
      expect(other.key).not.toBe(first.key);
    });
  });

  describe('saveArticle', () => {
    it('should save a record and get it back whole', async () => {
      // Prepare
      const store = stores.store();
      const record = buildRecord({ canonicalUrl: 'https://example.com/round-trip' });
      // Act
      const saved = await store.saveArticle(record, RAW);
      const got = await store.getArticle(saved.articleId);
      // Assess
      expect(saved).toEqual({ articleId: articleIdFor('https://example.com/round-trip'), version: 1, outcome: 'created' });
      expect(got).toEqual({ ...record, articleId: saved.articleId, version: 1, rawKey: RAW.key });
    });

    it('should report unchanged and write nothing when the same record is saved again', async () => {
      // Prepare
      const store = stores.store();
      const record = buildRecord({ canonicalUrl: 'https://example.com/twice' });
      await store.saveArticle(record, RAW);
      const before = await scanAll(store);
      // Act
      const again = await store.saveArticle({ ...record, fetchedAt: '2021-11-20T00:00:00Z', url: 'https://example.com/twice?ref=x' }, RAW);
      const after = await scanAll(store);
      // Assess
      expect(again.outcome).toBe('unchanged');
      expect(again.version).toBe(1);
      expect(after).toEqual(before);
    });

    it('should not make a new version when a page dated "2 jam yang lalu" is fetched again a minute later', async () => {
      // Prepare: the synthetic IDN Times Kaltim page whose only date is relative (test/fixtures/sites/idntimes)
      const store = stores.store();
      const html = readFileSync(new URL('../../fixtures/sites/idntimes/synthetic-idntimes-kaltim-relative.html', import.meta.url), 'utf8');
      const url = 'https://kaltim.idntimes.com/news/kalimantan-timur/pelabuhan-semayang-padat-jelang-libur-akhir-tahun-00-k4lt1-m9x2a1';
      const fetch = (fetchedAt: string) => buildArticleRecord({ html, url, fetchedAt, source: 'idntimes-kaltim', timezone: 'Asia/Makassar' });
      const first = fetch('2026-11-28T06:00:10Z');
      const later = fetch('2026-11-28T06:01:10Z');
      // Act
      const saved = await store.saveArticle(first, RAW);
      const again = await store.saveArticle(later, RAW);
      const got = await store.getArticle(saved.articleId);
      // Assess: the dates differ by the minute, the stored article keeps the first one and stays at version 1
      expect(later.publishedAt).not.toBe(first.publishedAt);
      expect(later.extraction.publishedAtRelative).toBe('2 jam yang lalu');
      expect(again).toEqual({ articleId: saved.articleId, version: 1, outcome: 'unchanged' });
      expect(got?.publishedAt).toBe(first.publishedAt);
    });

    it('should keep history and replace mentions when the body changes', async () => {
      // Prepare
      const store = stores.store();
      const canonicalUrl = 'https://example.com/changed';
      const v1 = buildRecord({ canonicalUrl });
      const body2 = 'Balikpapan - Kementerian Perindustrian meninjau pabrik.';
      const v2 = buildRecord({
        canonicalUrl,
        body: body2,
        people: [],
        organizations: [{ name: 'Kementerian Perindustrian', acronym: 'Kemenperin', aliases: [], government: true, mentions: mentionOf(body2, 'Kementerian Perindustrian') }],
      });
      const { articleId } = await store.saveArticle(v1, RAW);
      // Act
      const saved = await store.saveArticle(v2, { key: 'raw/other.html.gz', contentHash: 'def' });
      // Assess
      expect(saved).toEqual({ articleId, version: 2, outcome: 'updated' });
      expect((await store.getArticle(articleId))?.body).toBe(body2);
      const versions = await store.listVersions(articleId);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      expect(versions[0]!.contentHash).not.toBe(versions[1]!.contentHash);
      expect((await store.getArticleVersion(articleId, 1))?.body).toBe(v1.body);
      const mentions = (await scanAll(store)).filter((item) => item.type === 'mention' && item.articleId === articleId);
      expect(mentions.every((item) => item.version === 2)).toBe(true);
      expect(mentions.map((item) => item.key).sort()).toContain('kementerian perindustrian');
      const oldOrgHits = await store.pageMentions('organization', 'dinas koperasi umkm dan perindustrian balikpapan', {}, 100);
      expect(oldOrgHits.items.filter((hit) => hit.articleId === articleId)).toEqual([]);
    });
  });

  describe('seen URLs', () => {
    it('should mark a URL once, then report it seen until unmarked', async () => {
      // Prepare
      const store = stores.store();
      const url = 'https://example.com/seen-1';
      // Act
      const first = await store.markSeen(url, 'src');
      const second = await store.markSeen(url, 'src');
      const seen = await store.isSeen(url);
      await store.unmarkSeen(url);
      const afterUnmark = await store.isSeen(url);
      const third = await store.markSeen(url, 'src');
      // Assess
      expect([first, second, seen, afterUnmark, third]).toEqual([true, false, true, false, true]);
    });

    it('should treat an expired marker as absent even before TTL deletion', async () => {
      // Prepare
      const store = stores.store();
      const url = 'https://example.com/seen-expired';
      await store.markSeen(url, 'src', 0);
      // Act
      const seen = await store.isSeen(url);
      const again = await store.markSeen(url, 'src');
      // Assess
      expect(seen).toBe(false);
      expect(again).toBe(true);
      const marker = (await scanAll(store)).find((item) => item.type === 'seen' && item.url === url);
      expect(marker?.expiresAt).toBeGreaterThan(Date.now() / 1000 + 29 * 86_400);
    });
  });

  describe('skips and runs', () => {
    it('should count attempts per URL and list skips by source, newest first', async () => {
      // Prepare
      const store = stores.store();
      await store.recordSkip({ url: 'https://a.example/1', source: 'skip-a', reason: 'http-error', message: 'HTTP 500' });
      await store.recordSkip({ url: 'https://b.example/1', source: 'skip-b', reason: 'not-an-article', message: 'no body' });
      await store.recordSkip({ url: 'https://a.example/1', source: 'skip-a', reason: 'http-error', message: 'HTTP 503', runId: 'r1' });
      // Act
      const ofA = await store.listSkips({ source: 'skip-a' });
      const all = await store.listSkips();
      // Assess
      expect(ofA).toEqual([
        { url: 'https://a.example/1', source: 'skip-a', reason: 'http-error', message: 'HTTP 503', attempts: 2, lastTriedAt: expect.any(String) },
      ]);
      expect(all.map((s) => s.url)).toEqual(['https://a.example/1', 'https://b.example/1']);
    });

    it('should round-trip run records, newest first', async () => {
      // Prepare
      const store = stores.store();
      const source = { source: 's', discovered: 3, fetched: 2, stored: 1, unchanged: 1, skipped: 1, skipReasons: { 'http-error': 1 }, errors: ['HTTP 500 https://x'] };
      const older: RunRecord = { runId: 'run-1', startedAt: '2021-11-12T00:00:00Z', finishedAt: '2021-11-12T00:01:00Z', sources: [source] };
      const newer: RunRecord = { runId: 'run-2', startedAt: '2021-11-13T00:00:00Z', finishedAt: '2021-11-13T00:01:00Z', sources: [] };
      // Act
      await store.saveRun(older);
      await store.saveRun(newer);
      const runs = await store.listRuns();
      // Assess
      expect(runs).toEqual([newer, older]);
      expect(await store.listRuns(1)).toEqual([newer]);
    });
  });

  describe('entity directory', () => {
    it('should find an organisation by name, acronym or alias, case-insensitively, with aliases merged across articles', async () => {
      // Prepare
      const store = stores.store();
      const org = (aliases: string[]) => ({ name: 'Kementerian Perdagangan', acronym: 'Kemendag', aliases, government: true, mentions: [] });
      await store.saveArticle(buildRecord({ canonicalUrl: 'https://example.com/dir-1', organizations: [org([])] }), RAW);
      await store.saveArticle(buildRecord({ canonicalUrl: 'https://example.com/dir-2', organizations: [org(['Kementerian Perdagangan RI'])] }), RAW);
      // Act
      const byAcronym = await store.findEntities('organization', 'KEMENDAG');
      const byAlias = await store.findEntities('organization', 'kementerian perdagangan ri');
      const unknown = await store.findEntities('organization', 'Kemenkeu');
      // Assess
      expect(byAcronym).toEqual([
        { kind: 'organization', key: 'kementerian perdagangan', name: 'Kementerian Perdagangan', aliases: ['Kemendag', 'Kementerian Perdagangan', 'Kementerian Perdagangan RI'] },
      ]);
      expect(byAlias).toEqual(byAcronym);
      expect(unknown).toEqual([]);
      expect(await store.countArticlesMentioning('organization', 'kementerian perdagangan')).toBe(2);
    });

    it('should key regions by their Kemendagri code and find them by name', async () => {
      // Prepare
      const store = stores.store();
      await store.saveArticle(buildRecord({ canonicalUrl: 'https://example.com/dir-3' }), RAW);
      // Act
      const byName = await store.findEntities('location', 'balikpapan');
      const byCode = await store.findEntities('location', '64.71');
      // Assess
      expect(byName.map((e) => e.key)).toEqual(['64.71']);
      expect(byCode.map((e) => e.name)).toEqual(['Balikpapan']);
    });

    it('should file a kecamatan written with its unit word in one story and without it in another under one key', async () => {
      // Prepare
      const store = stores.store();
      const place = (name: string) => ({ name, kind: 'district', code: null, mentions: [] });
      await store.saveArticle(buildRecord({ canonicalUrl: 'https://example.com/dir-4', locations: [place('Kecamatan Balikpapan Utara')] }), RAW);
      await store.saveArticle(buildRecord({ canonicalUrl: 'https://example.com/dir-5', locations: [place('Balikpapan Utara')] }), RAW);
      // Act
      const found = await store.findEntities('location', 'balikpapan utara');
      // Assess
      expect(found.map((e) => e.key)).toEqual(['balikpapan utara']);
      expect(await store.countArticlesMentioning('location', 'balikpapan utara')).toBe(2);
    });
  });
});
