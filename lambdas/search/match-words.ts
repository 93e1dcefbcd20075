/** @module search/match-words: word matching over title + body, case- and accent-insensitive, Indonesian-aware. */
import { foldName } from '../store/keys.js';

/**
 * Enclitic particles and possessives Indonesian glues onto words ("pemerintahnya", "itulah", "apakah", "rumahku").
 * Stripping them lets "pemerintah" find "pemerintahnya". Prefixes (me-, di-, ber-...) change the root's first letter,
 * so they are left alone: a wrong stem would match unrelated words.
 */
const ENCLITICS = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];
const MIN_STEM = 4;

/** A word without a trailing enclitic (when what is left is long enough to be a word). */
export function stripEnclitic(word: string): string {
  for (const suffix of ENCLITICS) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The folded words of a search ("Kepala  Dinas!" -> ["kepala", "dinas"]). */
export function foldQueryWords(words: string): string[] {
  return [...new Set(foldName(words).split(' ').filter(Boolean))];
}

/** Build a matcher: true when every query word occurs in the text as a word (or as the word plus an enclitic). */
export function createWordMatcher(words: string): (text: string) => boolean {
  const wanted = foldQueryWords(words);
  return (text: string) => {
    if (wanted.length === 0) return true;
    const tokens = new Set<string>();
    for (const token of foldName(text).split(' ')) {
      if (!token) continue;
      tokens.add(token);
      tokens.add(stripEnclitic(token));
    }
    return wanted.every((word) => tokens.has(word) || tokens.has(stripEnclitic(word)));
  };
}
