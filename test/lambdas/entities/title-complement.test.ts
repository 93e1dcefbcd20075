import { describe, expect, it } from 'vitest';
import { TITLE_BY_FORM } from '../../../lambdas/entities/gazetteer.js';
import { readComplement } from '../../../lambdas/entities/title-complement.js';

/** The complement after the title form that opens `text`, read with no organization hits. */
function complementOf(text: string, title: string): { words: string[]; name: string; rank: string | null; region: string | null } {
  const entry = TITLE_BY_FORM.get(title)!;
  const c = readComplement(text, title.length, entry, new Map());
  return { words: c.words, name: text.slice(c.nameAt), rank: c.rank, region: c.region?.name ?? null };
}

describe('readComplement', () => {
  it('should read a body\'s acronym and region, then stop at the name', () => {
    expect(complementOf('Kepala BPS Kaltim Yusniar Juliana menyebut.', 'Kepala')).toEqual({
      words: ['BPS', 'Kaltim'],
      name: 'Yusniar Juliana menyebut.',
      rank: null,
      region: 'Kalimantan Timur',
    });
  });

  it('should read a command\'s number and name and the rank before the name', () => {
    const c = complementOf('Dandim 0906/Kutai Kartanegara Letkol Inf Anjar Setiawan hadir.', 'Dandim');
    expect(c.words).toEqual(['0906/Kutai Kartanegara']);
    expect(c.rank).toBe('Letkol Inf');
    expect(c.name).toBe('Anjar Setiawan hadir.');
  });

  it('should keep a legislator\'s electoral district and two regions joined by "dan"', () => {
    expect(complementOf('Senator asal Kaltim Aji Mirni Mawarni hadir.', 'Senator').words).toEqual(['asal Kaltim']);
    expect(complementOf('Kepala BI Kaltim dan Kaltara Budi Santoso hadir.', 'Kepala').words).toEqual(['BI', 'Kaltim dan Kaltara']);
  });

  it('should read an English field with "of", or without it after a company officer\'s title', () => {
    expect(complementOf('Minister of Energy and Mineral Resources Sudirman Said said.', 'Minister').words).toEqual([
      'of Energy and Mineral Resources',
    ]);
    expect(complementOf('Area Manager Communication, Relations & CSR Pertamina', 'Area Manager').words[0]).toBe('Communication, Relations & CSR');
    expect(complementOf('Menteri Budi Gunadi Sadikin hadir.', 'Menteri').words).toEqual([]);
  });
});

describe('readComplement areas', () => {
  it('should give the span of the kecamatan a Camat or a Kapolsek heads, and none for a Kapolres\'s region', () => {
    const camat = 'Camat Sungai Pinang Budi Santoso hadir.';
    const kapolsek = 'Kapolsek Sungai Kunjang Kompol Muhammad Al-Fatih mengatakan.';
    const kapolres = 'Kapolres Bontang AKBP Alex Frestian hadir.';
    expect(readComplement(camat, 5, TITLE_BY_FORM.get('Camat')!, new Map()).area).toEqual({ start: 6, end: 19 });
    expect(readComplement(kapolsek, 8, TITLE_BY_FORM.get('Kapolsek')!, new Map()).area).toEqual({ start: 9, end: 23 });
    expect(readComplement(kapolres, 8, TITLE_BY_FORM.get('Kapolres')!, new Map()).area).toBeNull();
  });
});
