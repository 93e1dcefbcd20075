import { describe, expect, it } from 'vitest';
import { createWordMatcher, stripEnclitic } from '../../../lambdas/search/match-words.js';

describe('createWordMatcher', () => {
  it('should need every word, ignoring case, accents and punctuation', () => {
    // Prepare
    const match = createWordMatcher('Kepala  DINAS');
    // Act + Assess
    expect(match('Kepala Dinas KUMKMP, kata dia.')).toBe(true);
    expect(match('Kepala sekolah')).toBe(false);
    expect(createWordMatcher('cafe')('Kafe dan café baru')).toBe(true);
    // A name news writes with and without its apostrophe: "Mas'ud", "Masud".
    expect(createWordMatcher('Rudy Masud')("Gubernur Rudy Mas'ud hadir")).toBe(true);
    expect(createWordMatcher("Mas'ud")('Gubernur Rudy Masud hadir')).toBe(true);
  });

  it('should match whole words and words with an enclitic, not arbitrary substrings', () => {
    // Act + Assess
    expect(createWordMatcher('pemerintah')('pemerintahnya menyiapkan')).toBe(true);
    expect(createWordMatcher('pemerintahnya')('pemerintah menyiapkan')).toBe(true);
    expect(createWordMatcher('tambang')('pertambangan')).toBe(false);
  });
});

describe('stripEnclitic', () => {
  it('should strip -nya/-lah/-kah only when a word is left', () => {
    expect(['rumahnya', 'itulah', 'apakah', 'buku', 'punya'].map(stripEnclitic)).toEqual(['rumah', 'itulah', 'apakah', 'buku', 'punya']);
  });
});
