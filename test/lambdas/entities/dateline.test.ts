import { describe, expect, it } from 'vitest';
import { detectDateline, findDatelineRegion, findDatelineSpan, findDatelineTown } from '../../../lambdas/entities/dateline.js';
import { extractEntities } from '../../../lambdas/entities/index.js';

describe('findDatelineRegion', () => {
  it.each([
    ['JAKARTA, KOMPAS.com — Menteri datang.', 'JAKARTA'],
    ['Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan batal.', 'Mataram'],
    ['REPUBLIKA.CO.ID, JAKARTA -- Kasubdit itu diperiksa.', 'JAKARTA'],
    ['REPUBLIKA.CO.ID, JAKARTA --Menabung di bank menjadi gaya hidup.', 'JAKARTA'],
    ['Jakarta (ANTARA News) --Presiden datang.', 'Jakarta'],
    ['Balikpapan, IDN Times - Kondisi pandemik.', 'Balikpapan'],
  ])('should read the place of %j as a region mention', (text, place) => {
    const hit = findDatelineRegion(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe(place);
  });

  it('should give null when the dateline place is not a region', () => {
    expect(findDatelineRegion('KUTA, KOMPAS.com — Penyerang anyar itu datang.')).toBeNull();
  });
});

describe('a dateline of a kecamatan in capitals with no outlet', () => {
  it('should read "TENGGARONG - " as the dateline, its regency the story\'s home, and no headline with a dash', () => {
    expect(detectDateline('TENGGARONG - Bupati Edi Damansyah meresmikan jembatan.')).toBe('Tenggarong');
    const result = extractEntities('TENGGARONG - Bupati Edi Damansyah meresmikan jembatan.');
    expect(result.people[0]?.organization).toBe('Pemerintah Kabupaten Kutai Kartanegara');
    expect(detectDateline('KABAR BAIK - Bupati hadir.')).toBeNull();
    // A regency seat that is no kecamatan's name: Sangatta lies in Sangatta Utara and Sangatta Selatan.
    for (const text of ['SANGATTA - Bupati Ardiansyah Sulaiman hadir.', 'Sangatta (ANTARA) - Bupati Ardiansyah Sulaiman hadir.']) {
      const sangatta = extractEntities(text);
      expect(sangatta.people[0]?.organization).toBe('Pemerintah Kabupaten Kutai Timur');
      expect(sangatta.locations.map((l) => l.name)).toEqual(['Sangatta']);
    }
    expect(detectDateline('Tenggarong - Bupati hadir.')).toBeNull();
  });
});

describe('findDatelineSpan', () => {
  it('should cover a dateline with a province before the outlet in parentheses', () => {
    const text = 'Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan batal.';
    const span = findDatelineSpan(text);
    expect(span && text.slice(span.start, span.end)).toContain('ANTARA News');
    expect(detectDateline(text)).toBe('Mataram');
  });
});

describe('findDatelineTown', () => {
  it('should read a dateline\'s kecamatan or town that is no region, and nothing for a region', () => {
    expect(findDatelineTown('TENGGARONG, KOMPAS.com - Banjir melanda.')).toEqual({ start: 0, end: 10, name: 'Tenggarong', kind: 'district' });
    expect(findDatelineTown('ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- Acara digelar.')?.name).toBe('Istanbul');
    expect(findDatelineTown('BALIKPAPAN, kaltimpost.id - Harga naik.')).toBeNull();
    expect(findDatelineTown('Harga naik di pasar.')).toBeNull();
  });

  it('should take the regency of a kecamatan dateline as the story\'s home ("Bupati" alone is Kutai Kartanegara\'s)', () => {
    const result = extractEntities('TENGGARONG, KOMPAS.com - Bupati Edi Damansyah meresmikan pasar. Kepala Dinas Perdagangan Sukotjo hadir.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Edi Damansyah', 'Pemerintah Kabupaten Kutai Kartanegara'],
      ['Sukotjo', 'Dinas Perdagangan Kutai Kartanegara'],
    ]);
  });

  it('should make the dateline town a location of the story', () => {
    expect(extractEntities('TENGGARONG, KOMPAS.com - Banjir melanda kota itu.').locations.map((l) => [l.name, l.kind])).toEqual([
      ['Tenggarong', 'district'],
    ]);
  });
});

describe('datelines of outlets with a hyphen in their name', () => {
  it('should read the place before "POS-KUPANG.COM" and "Tribun-Medan.com", and leave the outlet out of the locations', () => {
    expect(detectDateline('KUPANG, POS-KUPANG.COM - Kekeringan melanda Kabupaten Kupang.')).toBe('Kupang');
    expect(detectDateline('Medan, Tribun-Medan.com - Kasus DBD melonjak.')).toBe('Medan');
    const result = extractEntities('KUPANG, POS-KUPANG.COM - Kekeringan melanda Kabupaten Kupang sejak Juli.');
    expect(result.locations.map((l) => [l.name, l.kind, l.mentions.length])).toEqual([
      ['Kupang', 'city', 1],
      ['Kabupaten Kupang', 'regency', 1],
    ]);
    const medan = extractEntities('Medan, Tribun-Medan.com - Kasus DBD melonjak di Kota Medan.');
    expect(medan.locations.map((l) => [l.name, l.mentions.map((m) => m.start)])).toEqual([['Medan', [0, 48]]]);
  });
});

describe('datelines that open with the outlet', () => {
  it('should read the place after an outlet named without its domain ("KATAKALTIM, SAMARINDA –")', () => {
    expect(detectDateline('KATAKALTIM, SAMARINDA – Senat Universitas Mulawarman menetapkan tiga calon rektor.')).toBe('Samarinda');
  });

  it.each([
    ['SERAMBINEWS.COM, TAKENGON - Harga kopi naik.', 'Takengon'],
    ['TRIBUN-PAPUA.COM, JAYAPURA - Pedagang datang.', 'Jayapura'],
    ['TRIBUNKALTIM.CO, SAMARINDA - Harga naik.', 'Samarinda'],
    ['Liputan6.com, Jakarta - Harga naik.', 'Jakarta'],
  ])('should read the place after the outlet of %j, not the outlet', (text, place) => {
    expect(detectDateline(text)).toBe(place);
    const result = extractEntities(text);
    expect(result.locations.map((l) => text.slice(l.mentions[0]!.start, l.mentions[0]!.end).toLowerCase())).toEqual([place.toLowerCase()]);
    expect(result.organizations).toEqual([]);
  });

  it('should read a regency seat after the outlet as the story\'s town', () => {
    expect(findDatelineTown('SERAMBINEWS.COM, TAKENGON - Harga kopi naik.')).toMatchObject({ start: 17, end: 25, name: 'Takengon' });
  });
});

describe('a dateline town that is a regency seat and a kecamatan elsewhere', () => {
  it('should read "RANTAU" as the seat of Tapin, so "pemerintah kabupaten" is Tapin\'s, not Aceh Tamiang\'s', () => {
    const result = extractEntities('BANJARMASINPOST.CO.ID, RANTAU - Warga memasang portal di jalan desa. Mereka meminta pemerintah kabupaten memperbaiki jalan.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Pemerintah Kabupaten Tapin']);
  });
});
