import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../lambdas/sources/parse-date.js';

describe('parseFeedDate', () => {
  it('should read RFC 822 dates and keep the offset', () => {
    expect(parseFeedDate('Thu, 05 Nov 2015 10:00:00 +0700')).toBe('2015-11-05T10:00:00+07:00');
    expect(parseFeedDate('Thu, 05 Nov 2015 03:12:42 GMT')).toBe('2015-11-05T03:12:42Z');
    expect(parseFeedDate('5 Nov 2015 10:00 -0500')).toBe('2015-11-05T10:00:00-05:00');
  });

  it('should read two-digit years, full and Indonesian month names and Indonesian zone names', () => {
    expect(parseFeedDate('Thu, 05 Nov 15 12:58:01 +0700')).toBe('2015-11-05T12:58:01+07:00');
    expect(parseFeedDate('Kamis, 05 Desember 2024 09:30:00 WITA')).toBe('2024-12-05T09:30:00+08:00');
    expect(parseFeedDate('Senin, 17 Agustus 2026 08:00 WIB')).toBe('2026-08-17T08:00:00+07:00');
    expect(parseFeedDate('Tue, 1 Mei 2026 07:00:00 WIT')).toBe('2026-05-01T07:00:00+09:00');
  });

  it('should read ISO 8601 dates as Atom and sitemaps write them', () => {
    expect(parseFeedDate('2026-03-23T10:00:00+07:00')).toBe('2026-03-23T10:00:00+07:00');
    expect(parseFeedDate('2026-03-23T03:00:00.250Z')).toBe('2026-03-23T03:00:00.250Z');
    expect(parseFeedDate('2026-03-23T10:00+0800')).toBe('2026-03-23T10:00:00+08:00');
    expect(parseFeedDate('2026-03-23 10:00:00 +07:00')).toBe('2026-03-23T10:00:00+07:00');
    expect(parseFeedDate('2026-03-23')).toBe('2026-03-23');
  });

  it('should read a time without offset in the given zone, and leave it naive without one', () => {
    expect(parseFeedDate('2026-03-23T10:00:00', 'Asia/Makassar')).toBe('2026-03-23T10:00:00+08:00');
    expect(parseFeedDate('2026-03-23T10:00:00', 'Asia/Jakarta')).toBe('2026-03-23T10:00:00+07:00');
    expect(parseFeedDate('2026-03-23T10:00:00')).toBe('2026-03-23T10:00:00');
  });

  it('should return null for text that is not a usable date', () => {
    expect(parseFeedDate('')).toBeNull();
    expect(parseFeedDate(null)).toBeNull();
    expect(parseFeedDate('kemarin')).toBeNull();
    expect(parseFeedDate('2026')).toBeNull();
    expect(parseFeedDate('2026-02-30T10:00:00Z')).toBeNull();
    expect(parseFeedDate('Thu, 05 Foo 2015 10:00:00 +0700')).toBeNull();
    expect(parseFeedDate('Thu, 05 Nov 2015 25:00:00 +0700')).toBeNull();
    expect(parseFeedDate('Thu, 05 Nov 2015 10:00:00 XYZ')).toBeNull();
  });
});
