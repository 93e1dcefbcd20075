import { describe, expect, it } from 'vitest';
import { analysePlainText, detectDateline, maskNoiseLines } from '../../../lambdas/entities/index.js';

describe('maskNoiseLines', () => {
  it('should blank noise lines with spaces of the same length', () => {
    const raw = 'Judul\nBaca Juga: Strategi Pertamina di Balikpapan\nIsi berita.';
    const masked = maskNoiseLines(raw);
    expect(masked.length).toBe(raw.length);
    expect(masked).toBe(`Judul\n${' '.repeat(43)}\nIsi berita.`);
  });
});

describe('analysePlainText', () => {
  it('should ignore entities in noise lines and keep offsets into the original text', () => {
    // Prepare
    const raw = [
      'Pemkot Samarinda Gelar Pelatihan',
      'Follow IDN Times untuk mendapatkan informasi terkini. Klik untuk follow WhatsApp Channel & Google News',
      'Samarinda, IDN Times - Wali Kota Samarinda Andi Harun membuka pelatihan UMKM, Senin.',
      'Simak juga: Pertamina buka lowongan',
    ].join('\n');
    // Act
    const { title, dateline, entities } = analysePlainText(raw);
    // Assess
    expect(title).toBe('Pemkot Samarinda Gelar Pelatihan');
    expect(dateline).toBe('Samarinda');
    expect(entities.people.map((p) => p.name)).toEqual(['Andi Harun']);
    expect(entities.organizations.map((o) => o.name)).toEqual(['Pemerintah Kota Samarinda']);
    const mention = entities.people[0]!.mentions[0]!;
    expect(raw.slice(mention.start, mention.end)).toBe('Andi Harun');
  });

  it('should return nulls and empty lists for an empty file', () => {
    expect(analysePlainText('')).toEqual({
      title: null,
      dateline: null,
      entities: { people: [], organizations: [], locations: [], sectors: [], quotes: [] },
    });
  });
});

describe('detectDateline', () => {
  it.each([
    ['Balikpapan, IDN Times - Kondisi pandemik', 'Balikpapan'],
    ['JAKARTA, KOMPAS.com - Pemerintah', 'Jakarta'],
    ['Jakarta (ANTARA) - Menteri', 'Jakarta'],
    ['Surabaya - Warga kota', 'Surabaya'],
  ])('should read the place of %j', (text, place) => {
    expect(detectDateline(text)).toBe(place);
  });

  it('should not take a headline with a dash for a dateline', () => {
    expect(detectDateline('Banjir Bandang - Warga Mengungsi')).toBeNull();
  });
});
