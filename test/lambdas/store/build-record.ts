/** Test factory: a complete ArticleRecord with a Balikpapan story, overridable per test. */
import type { ArticleRecord, Mention } from '../../../lambdas/shared/types.js';

/** A mention of `text` at its first occurrence in `body` (or a dummy span when absent). */
export function mentionOf(body: string, text: string): Mention[] {
  const start = body.indexOf(text);
  return start < 0 ? [] : [{ start, end: start + text.length, text }];
}

/** Build an article record; `overrides` replace fields wholesale. */
export function buildRecord(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  const body =
    overrides.body ??
    'Balikpapan, IDN Times - Dinas KUMKMP Balikpapan mendorong pelaku UMKM naik kelas.\n\nKepala Dinas Adwar Skenda Putra mengatakan industri otomotif ikut tumbuh.';
  return {
    url: 'https://kaltim.idntimes.com/news/kaltim/umkm-naik-kelas?utm_source=x',
    canonicalUrl: 'https://kaltim.idntimes.com/news/kaltim/umkm-naik-kelas',
    source: 'idntimes-kaltim',
    title: 'UMKM Balikpapan Naik Kelas',
    publishedAt: '2021-11-12T10:15:00+08:00',
    modifiedAt: null,
    fetchedAt: '2021-11-13T01:00:00.000Z',
    authors: ['Hafit Yudi Suprobo'],
    section: 'Kaltim',
    tags: ['UMKM'],
    language: 'id',
    dateline: 'Balikpapan',
    body,
    extraction: { method: 'profile:idntimes@1', warnings: [] },
    people: [
      {
        name: 'Adwar Skenda Putra',
        aliases: [],
        titles: ['Kepala Dinas KUMKMP Balikpapan'],
        organization: 'Dinas Koperasi UMKM dan Perindustrian Balikpapan',
        official: true,
        mentions: mentionOf(body, 'Adwar Skenda Putra'),
      },
    ],
    organizations: [
      {
        name: 'Dinas Koperasi UMKM dan Perindustrian Balikpapan',
        acronym: 'KUMKMP',
        aliases: ['Dinas KUMKMP Balikpapan'],
        government: true,
        mentions: mentionOf(body, 'Dinas KUMKMP Balikpapan'),
      },
    ],
    locations: [{ name: 'Balikpapan', kind: 'city', code: '64.71', mentions: mentionOf(body, 'Balikpapan') }],
    sectors: [
      { code: 'UMKM', label: 'Usaha Mikro, Kecil, dan Menengah', keywords: ['umkm'], mentions: mentionOf(body, 'UMKM') },
      { code: 'C', label: 'Industri Pengolahan', keywords: ['industri', 'otomotif'], mentions: mentionOf(body, 'industri') },
    ],
    quotes: [],
    ...overrides,
  };
}
