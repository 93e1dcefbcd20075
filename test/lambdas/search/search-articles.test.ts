import { beforeAll, describe, expect, it } from 'vitest';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';
import { searchArticles } from '../../../lambdas/search/search-articles.js';
import type { ArticleRecord } from '../../../lambdas/shared/types.js';
import { buildRecord, mentionOf } from '../store/build-record.js';

const RAW = { key: 'raw/k.html.gz', contentHash: 'h' };

/** A small archive: five stories across sources, days, organisations and sectors. */
function buildArchive(): ArticleRecord[] {
  const story = (slug: string, fields: Partial<ArticleRecord> & { body: string }): ArticleRecord =>
    buildRecord({ canonicalUrl: `https://news.example/${slug}`, title: slug, people: [], organizations: [], locations: [], sectors: [], ...fields });
  const kemenperin = (body: string) => [
    { name: 'Kementerian Perindustrian', acronym: 'Kemenperin', aliases: [], government: true, mentions: mentionOf(body, 'Kemenperin') },
  ];
  const bodyA = 'Kemenperin mendorong industri otomotif di Balikpapan.';
  const bodyC = 'Pemerintahnya menyiapkan bantuan bagi pelaku UMKM; Kemenperin ikut.';
  return [
    story('a-otomotif', { source: 'kompas', publishedAt: '2021-11-10T09:00:00+07:00', body: bodyA, organizations: kemenperin(bodyA), sectors: [{ code: 'C', label: 'Industri Pengolahan', keywords: [], mentions: [] }] }),
    story('b-pantai', { source: 'idntimes-kaltim', publishedAt: '2021-11-11T08:00:00+08:00', body: 'Wisata pantai Manggar ramai dikunjungi.', sectors: [{ code: 'PARIWISATA', label: 'Pariwisata', keywords: [], mentions: [] }] }),
    story('c-umkm', { source: 'kompas', publishedAt: '2021-11-12T07:30:00+07:00', body: bodyC, organizations: kemenperin(bodyC), sectors: [{ code: 'UMKM', label: 'UMKM', keywords: [], mentions: [] }] }),
    // Published just after midnight WITA on the 13th: the 12th in UTC, the 13th as printed.
    story('d-banjir', { source: 'idntimes-kaltim', publishedAt: '2021-11-13T00:30:00+08:00', body: 'Banjir merendam Samarinda, pemerintah siaga.' }),
    // No published date: sorts by fetch time.
    story('e-tanpa-tanggal', { source: 'kompas', publishedAt: null, fetchedAt: '2021-11-14T03:00:00.000Z', body: 'Harga batu bara naik, pemerintah memantau.' }),
  ];
}

describe('searchArticles', () => {
  const stores = useEmbeddedStores();
  beforeAll(async () => {
    for (const record of buildArchive()) await stores.store().saveArticle(record, RAW);
  });
  const titles = (results: Array<{ title: string }>) => results.map((r) => r.title);

  it('should list everything newest first, falling back to fetchedAt when there is no published date', async () => {
    // Act
    const results = await searchArticles(stores.store(), {});
    // Assess
    expect(titles(results)).toEqual(['e-tanpa-tanggal', 'd-banjir', 'c-umkm', 'b-pantai', 'a-otomotif']);
    expect(results[0]!.articleId).toMatch(/^[0-9a-f]{32}$/);
    expect(results[0]!.source).toBe('kompas');
  });

  it('should match all words of title and body, case- and enclitic-insensitively', async () => {
    // Act
    const pemerintah = await searchArticles(stores.store(), { words: 'PEMERINTAH' });
    const both = await searchArticles(stores.store(), { words: 'pemerintah banjir' });
    const none = await searchArticles(stores.store(), { words: 'pemerintah gempa' });
    // Assess
    expect(titles(pemerintah)).toEqual(['e-tanpa-tanggal', 'd-banjir', 'c-umkm']);
    expect(titles(both)).toEqual(['d-banjir']);
    expect(none).toEqual([]);
  });

  it('should find an organisation by acronym and by full name, case-insensitively', async () => {
    // Act
    const byAcronym = await searchArticles(stores.store(), { org: 'kemenperin' });
    const byName = await searchArticles(stores.store(), { org: 'KEMENTERIAN PERINDUSTRIAN' });
    const unknown = await searchArticles(stores.store(), { org: 'Kemenkeu' });
    // Assess
    expect(titles(byAcronym)).toEqual(['c-umkm', 'a-otomotif']);
    expect(titles(byName)).toEqual(titles(byAcronym));
    expect(unknown).toEqual([]);
  });

  it('should filter by sector, source and combinations', async () => {
    // Act
    const tourism = await searchArticles(stores.store(), { sector: 'PARIWISATA' });
    const kompas = await searchArticles(stores.store(), { source: 'kompas' });
    const kompasWords = await searchArticles(stores.store(), { source: 'kompas', words: 'pemerintah' });
    const orgAndSector = await searchArticles(stores.store(), { org: 'Kemenperin', sector: 'UMKM' });
    // Assess
    expect(titles(tourism)).toEqual(['b-pantai']);
    expect(titles(kompas)).toEqual(['e-tanpa-tanggal', 'c-umkm', 'a-otomotif']);
    expect(titles(kompasWords)).toEqual(['e-tanpa-tanggal', 'c-umkm']);
    expect(titles(orgAndSector)).toEqual(['c-umkm']);
  });

  it('should bound by the printed date with since/until, and by the instant with ISO bounds', async () => {
    // Act
    const days = await searchArticles(stores.store(), { since: '2021-11-11', until: '2021-11-13' });
    const onThe13th = await searchArticles(stores.store(), { since: '2021-11-13', until: '2021-11-13' });
    const instants = await searchArticles(stores.store(), { since: '2021-11-12T00:00:00Z', until: '2021-11-13T00:00:00Z' });
    const orgSince = await searchArticles(stores.store(), { org: 'Kemenperin', since: '2021-11-11' });
    // Assess
    expect(titles(days)).toEqual(['d-banjir', 'c-umkm', 'b-pantai']);
    expect(titles(onThe13th)).toEqual(['d-banjir']);
    expect(titles(instants)).toEqual(['d-banjir', 'c-umkm']);
    expect(titles(orgSince)).toEqual(['c-umkm']);
  });

  it('should stop at the limit, keeping the newest', async () => {
    // Act
    const two = await searchArticles(stores.store(), { limit: 2 });
    const oneKompas = await searchArticles(stores.store(), { source: 'kompas', limit: 1 });
    // Assess
    expect(titles(two)).toEqual(['e-tanpa-tanggal', 'd-banjir']);
    expect(titles(oneKompas)).toEqual(['e-tanpa-tanggal']);
  });

  it('should show an updated article once, at its current content', async () => {
    // Prepare
    const store = stores.store();
    const changed = buildArchive()[0]!;
    changed.body = 'Kemenperin meresmikan pabrik baterai.';
    changed.organizations[0]!.mentions = mentionOf(changed.body, 'Kemenperin');
    await store.saveArticle(changed, RAW);
    // Act
    const results = await searchArticles(store, { org: 'Kemenperin' });
    const oldWords = await searchArticles(store, { words: 'mendorong' });
    const newWords = await searchArticles(store, { words: 'baterai' });
    // Assess
    expect(results.filter((r) => r.title === 'a-otomotif').map((r) => r.body)).toEqual(['Kemenperin meresmikan pabrik baterai.']);
    expect(oldWords).toEqual([]);
    expect(titles(newWords)).toEqual(['a-otomotif']);
  });
});

describe('searchArticles by the body a person\'s title names', () => {
  const stores = useEmbeddedStores();

  it('should find the city government in a story that quotes its mayor and never writes "Pemkot"', async () => {
    // Prepare: the mayor's title links Pemerintah Kota Samarinda; no organization is written out.
    const body = 'Wali Kota Samarinda Andi Harun meninjau banjir.';
    const mayor = {
      name: 'Andi Harun', aliases: [], titles: ['Wali Kota Samarinda'], organization: 'Pemerintah Kota Samarinda', official: true,
      mentions: mentionOf(body, 'Andi Harun'),
    };
    const record = buildRecord({ canonicalUrl: 'https://news.example/banjir-samarinda', title: 'banjir', body, people: [mayor], organizations: [] });
    await stores.store().saveArticle(record, RAW);
    // Act
    const byBody = await searchArticles(stores.store(), { org: 'Pemerintah Kota Samarinda' });
    const other = await searchArticles(stores.store(), { org: 'Pemerintah Kota Balikpapan' });
    // Assess
    expect(byBody.map((r) => r.title)).toEqual(['banjir']);
    expect(other).toEqual([]);
  });
});

describe('searchArticles over many days and pages', () => {
  const stores = useEmbeddedStores();
  const offsets = ['+07:00', '+08:00', '+09:00'];
  // 70 stories, three per day-ish, with mixed UTC offsets so printed days and UTC days disagree near midnight.
  const records = Array.from({ length: 70 }, (_, i) => {
    const hour = (i * 7) % 24;
    const day = 1 + Math.floor(i / 3);
    const publishedAt = `2021-10-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:10:00${offsets[i % 3]}`;
    return buildRecord({ canonicalUrl: `https://many.example/${i}`, title: `story ${i}`, publishedAt, source: i % 2 ? 'odd' : 'even', body: `Berita nomor ${i}.` });
  }).filter((r) => !Number.isNaN(Date.parse(r.publishedAt!)));
  const newestFirst = [...records].sort((a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!)).map((r) => r.title);
  beforeAll(async () => {
    for (const record of records) await stores.store().saveArticle(record, RAW);
  });

  it('should give exactly the newest N in order, whatever the limit', async () => {
    for (const limit of [1, 5, 20, 60, 100]) {
      // Act
      const results = await searchArticles(stores.store(), { limit });
      // Assess
      expect(results.map((r) => r.title)).toEqual(newestFirst.slice(0, limit));
    }
  });

  it('should page through a source index past one page', async () => {
    // Act
    const results = await searchArticles(stores.store(), { source: 'even', limit: 100 });
    // Assess
    expect(results.map((r) => r.title)).toEqual(newestFirst.filter((t) => Number(t.split(' ')[1]) % 2 === 0));
  });
});
