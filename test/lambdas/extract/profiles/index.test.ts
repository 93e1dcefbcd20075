import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { PROFILES, findProfile, orderVersions } from '../../../../lambdas/extract/profiles/index.js';

describe('findProfile', () => {
  it.each([
    ['www.tribunnews.com', 'tribunnews'],
    ['kaltim.tribunnews.com', 'tribunnews'],
    ['kaltara.tribunnews.com', 'tribunnews'],
    ['www.suara.com', 'suara'],
    ['www.merdeka.com', 'merdeka'],
    ['www.cnnindonesia.com', 'cnnindonesia'],
    ['kaltimpost.jawapos.com', 'jawapos'],
    ['kaltim.prokal.co', 'prokal'],
    ['kaltim.idntimes.com', 'idntimes'],
    ['www.detik.com', 'detik'],
    ['kaltim.antaranews.com', 'antaranews'],
    ['regional.kompas.com', 'kompas'],
  ])('should give %s the %s profile', (host, id) => {
    // Act + Assert
    expect(findProfile(host)?.id).toBe(id);
  });

  it('should not match a look-alike domain', () => {
    // Act + Assert
    expect(findProfile('nottribunnews.com')).toBeNull();
    expect(findProfile('tribunnews.com.evil.example')).toBeNull();
  });

  it('should keep one kebab-case profile per publisher family, each version dated and numbered newest first', () => {
    // Act
    const ids = PROFILES.map((p) => p.id);
    // Assert
    expect(new Set(ids).size).toBe(ids.length);
    for (const profile of PROFILES) {
      expect(profile.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const numbers = profile.versions.map((v) => v.version);
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
      for (const version of profile.versions) expect(version.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(ids).toEqual(expect.arrayContaining(['tribunnews', 'suara', 'merdeka', 'cnnindonesia', 'jawapos', 'prokal']));
  });
});

describe('orderVersions', () => {
  const detik = findProfile('news.detik.com')!;

  it('should put the version whose markup the page shows first, whatever the fetch date', () => {
    // Arrange
    const $ = load('<div class="text_detail"><p>Teks</p></div>');
    // Act
    const order = orderVersions(detik, '2026-11-28T00:00:00Z', $);
    // Assert
    expect(order.map((v) => v.version)).toEqual([1, 2]);
  });

  it('should put the 2020-2026 layout first for a page showing its markup', () => {
    // Arrange
    const $ = load('<div class="detail__body-text"><p>Teks</p></div>');
    // Act
    const order = orderVersions(detik, '2015-11-05T00:00:00Z', $);
    // Assert
    expect(order.map((v) => v.version)).toEqual([2, 1]);
  });

  it('should fall back to the fetch date when the page shows no marker', () => {
    // Arrange
    const $ = load('<p>nothing</p>');
    // Act + Assert
    expect(orderVersions(detik, '2016-01-01T00:00:00Z', $).map((v) => v.version)).toEqual([1, 2]);
    expect(orderVersions(detik, '2026-01-01T00:00:00Z', $).map((v) => v.version)).toEqual([2, 1]);
    expect(orderVersions(detik).map((v) => v.version)).toEqual([2, 1]);
  });
});
