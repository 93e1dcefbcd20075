import { describe, expect, it } from 'vitest';
import { cleanTitle, detectDateline, splitAuthors } from '../../../lambdas/extract/utils.js';

describe('splitAuthors', () => {
  it.each([
    ['Pewarta: Budisantoso Budiman dan Agus S', ['Budisantoso Budiman', 'Agus S']],
    ['Penulis: Rehia Sebayang', ['Rehia Sebayang']],
    ['Oleh : Maya Sofia', ['Maya Sofia']],
    ['Kontributor Lhokseumawe, Masriadi', ['Masriadi']],
    ['IDN Times', []],
    ['Kompas.com', []],
    ['prwir', []],
    ['DINI TEJA', ['Dini Teja']],
    ['Penulis: Ani & Budi, Editor: Citra', ['Ani', 'Budi']],
  ])('should read %j as %j', (byline, expected) => {
    // Act + Assert
    expect(splitAuthors(byline)).toEqual(expected);
  });
});

describe('detectDateline', () => {
  it.each([
    ['Balikpapan, IDN Times - Kondisi pandemik COVID-19', 'Balikpapan'],
    ['Jakarta, (ANTARA News) - Sebanyak 29 penerbangan', 'Jakarta'],
    ['JAKARTA, KOMPAS.com - Menteri Yuddy', 'Jakarta'],
    ['Liputan6.com, Jakarta - Indonesia memasuki fase', 'Jakarta'],
    ['Mataram, NTB (ANTARA News) - Sebanyak', 'Mataram'],
    ['REPUBLIKA.CO.ID, JAKARTA -- Aktris', 'Jakarta'],
    ['Kapanlagi.com - Apa yang kalian pikirkan', null],
    ['DEPRESI jadi satu momok yang wajib diwaspadai siapa saja. Karena - ', null],
  ])('should read %j as %j', (paragraph, expected) => {
    // Act + Assert
    expect(detectDateline(paragraph)).toBe(expected);
  });
});

describe('cleanTitle', () => {
  it.each([
    ['Saat pengadilan pertemukan Brotoseno dan Angelina Sondakh - ANTARA News', 'Saat pengadilan pertemukan Brotoseno dan Angelina Sondakh'],
    ['Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan - Kompas.com Regional', 'Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan'],
    ["KapanLagi.com: Brandon Salim Makin Dekat Dengan Sivia Blink di 'HEART BEAT'", "Brandon Salim Makin Dekat Dengan Sivia Blink di 'HEART BEAT'"],
    ['Tri Indonesia: Broadband Dorong Ekosistem Digital', 'Tri Indonesia: Broadband Dorong Ekosistem Digital'],
  ])('should clean %j', (title, expected) => {
    // Act + Assert
    expect(cleanTitle(title)).toBe(expected);
  });
});
