import { describe, expect, it } from 'vitest';
import { hashRecordContent } from '../../../lambdas/store/record-hash.js';
import { buildRecord } from './build-record.js';

describe('hashRecordContent', () => {
  it('should ignore fetch time, fetched URL, extraction info and key order', () => {
    // Prepare
    const record = buildRecord();
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
    // Act
    const hashes = [
      hashRecordContent(record),
      hashRecordContent({ ...record, fetchedAt: '2030-01-01T00:00:00Z', url: 'https://m.example/x' }),
      hashRecordContent({ ...record, extraction: { method: 'generic', warnings: ['w'] } }),
      hashRecordContent(reordered),
    ];
    // Assess
    expect(new Set(hashes).size).toBe(1);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should count a publication date resolved from a relative phrase as "approximate", whatever its value', () => {
    // Prepare
    const record = buildRecord();
    const relative = { ...record, extraction: { ...record.extraction, publishedAtRelative: '2 jam yang lalu' } };
    // Act
    const earlier = hashRecordContent({ ...relative, publishedAt: '2021-11-12T10:15:00+08:00' });
    const later = hashRecordContent({ ...relative, publishedAt: '2021-11-12T10:16:00+08:00' });
    const stated = hashRecordContent({ ...record, publishedAt: '2021-11-12T10:16:00+08:00' });
    // Assess
    expect(later).toBe(earlier);
    expect(stated).not.toBe(earlier);
  });

  it('should change when the body, a date, an author or an entity changes', () => {
    // Prepare
    const record = buildRecord();
    const base = hashRecordContent(record);
    // Act
    const variants = [
      { ...record, body: `${record.body} Tambahan.` },
      { ...record, modifiedAt: '2021-11-13T00:00:00+08:00' },
      { ...record, authors: ['Someone Else'] },
      { ...record, sectors: [] },
    ].map(hashRecordContent);
    // Assess
    for (const hash of variants) expect(hash).not.toBe(base);
  });
});
