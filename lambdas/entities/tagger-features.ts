/**
 * @module entities/tagger-features
 * Tokens and features of the sequence tagger (shared by the run-time tagger and scripts/train-ner.ts, so training
 * and tagging read a sentence the same way): word forms, shape, affixes, capitalisation, gazetteer classes and the
 * labels the rule finders already gave each token ("hints").
 */
import {
  AGENCY_BY_FORM,
  HONORIFICS,
  NAME_STOPWORDS,
  ORG_WORDS,
  PLACE_HEADS,
  RANKS,
  REGIONS,
  REGION_ALIAS,
  REPORTING_VERBS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './gazetteer.js';
import familyNames from './data/family-names.json' with { type: 'json' };
import givenNames from './data/given-names.json' with { type: 'json' };

/** A token of the analysed text with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Rule labels a token can carry as a hint: person, organization, region/place, or nothing. */
export type Hint = 'P' | 'G' | 'L' | '-';

const TOKEN_RE = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/**
 * Split a text into word and punctuation tokens ("O'Neil" -> "O", "'", "Neil"), as NERGrit tokenises.
 * @example tokenize('Kota Pati.').map((t) => t.text) // ['Kota', 'Pati', '.']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** Lower-cased words of a list of phrases. */
function wordsOf(phrases: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const phrase of phrases) for (const w of phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  return words;
}

const REGION_WORDS = wordsOf([...REGIONS.map((r) => r.name), ...REGION_ALIAS.keys()]);
const TITLE_CLASS = wordsOf(TITLE_WORDS);
const HONORIFIC_CLASS = wordsOf(HONORIFICS);
const ORG_CLASS = wordsOf(ORG_WORDS);
const PLACE_CLASS = wordsOf(PLACE_HEADS);
const STOP_CLASS = wordsOf(NAME_STOPWORDS);
const RANK_CLASS = wordsOf(RANKS);
const VERB_CLASS = wordsOf([...REPORTING_VERBS, ...SPEECH_VERBS]);
const GIVEN_NAMES = wordsOf(givenNames);
const FAMILY_NAMES = wordsOf(familyNames);
const AGENCY_CLASS = new Set([...AGENCY_BY_FORM.keys()].filter((f) => !f.includes(' ')).map((f) => f.toLowerCase()));

/** The gazetteer classes of a lower-cased word, as one short code ("RO" = region word and org word). */
function classesOf(lower: string): string {
  let code = '';
  if (REGION_WORDS.has(lower)) code += 'R';
  if (TITLE_CLASS.has(lower)) code += 'T';
  if (HONORIFIC_CLASS.has(lower)) code += 'H';
  if (ORG_CLASS.has(lower)) code += 'O';
  if (PLACE_CLASS.has(lower)) code += 'P';
  if (STOP_CLASS.has(lower)) code += 'S';
  if (RANK_CLASS.has(lower)) code += 'K';
  if (VERB_CLASS.has(lower)) code += 'V';
  if (AGENCY_CLASS.has(lower)) code += 'A';
  return code || '_';
}

/**
 * The shape of a word with runs collapsed: "Jakarta" -> "Xx", "DPRD" -> "X", "2024" -> "d", "McCain" -> "XxXx".
 * @example shapeOf('PT.') // 'X.'
 */
export function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (c !== last) shape += c;
    last = c;
  }
  return shape.length > 5 ? shape.slice(0, 5) : shape;
}

/** What the features need of one token, computed once per token. */
interface TokenView {
  lower: string;
  shape: string;
  cap: string;
  cls: string;
  /** Name-list membership: g(iven), f(amily), b(oth) or "_". */
  name: string;
}

/** The view of one token. */
function viewToken(w: string): TokenView {
  {
    const lower = w.toLowerCase();
    const shape = shapeOf(w);
    const cap = /^\p{Lu}/u.test(w) ? (w.length > 1 && w === w.toUpperCase() ? 'A' : 'C') : /^\p{Ll}/u.test(w) ? 'l' : /^\p{N}/u.test(w) ? 'd' : 'p';
    const given = GIVEN_NAMES.has(lower);
    const family = FAMILY_NAMES.has(lower);
    const name = given ? (family ? 'b' : 'g') : family ? 'f' : '_';
    return { lower, shape, cap, cls: classesOf(lower), name };
  }
}

const EDGE: TokenView = { lower: '<s>', shape: '<s>', cap: 's', cls: 's', name: 's' };
const SENTENCE_FINAL = new Set(['.', '!', '?', '"', '“', '”', ':']);

/**
 * Feature strings of every token of a sentence (words are tokens, hints the rule labels of the same tokens);
 * tokens marked inactive get no features (the tagger forces them to "O").
 * @example extractFeatures(['Presiden', 'Joko', 'Widodo'], ['-', '-', '-'])[1]!.includes('w=joko') // true
 */
export function extractFeatures(words: readonly string[], hints: readonly Hint[], active?: readonly boolean[]): string[][] {
  // Views are built on demand: inactive tokens far from any active one are never looked at.
  const views: (TokenView | undefined)[] = new Array(words.length);
  const at = (i: number): TokenView => (i < 0 || i >= words.length ? EDGE : (views[i] ??= viewToken(words[i]!)));
  const hint = (i: number): string => (i < 0 || i >= hints.length ? 's' : hints[i]!);
  return words.map((_word, i) => {
    if (active && !active[i]) return [];
    const v = at(i);
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    const first = i === 0 || SENTENCE_FINAL.has(p1.lower);
    const features = [
      'b',
      `w=${v.lower}`,
      `s=${v.shape}`,
      `c=${v.cls}`,
      `p1=${p1.lower}`,
      `n1=${n1.lower}`,
      `pw=${p1.lower}|${v.lower}`,
      `wn=${v.lower}|${n1.lower}`,
      `ps=${p1.shape}|${v.shape}`,
      `ns=${v.shape}|${n1.shape}`,
      `cap=${p1.cap}${v.cap}${n1.cap}`,
      `cap2=${p2.cap}${p1.cap}${v.cap}${n1.cap}${n2.cap}`,
      `pc=${p1.cls}|${v.cap}`,
      `nc=${v.cap}|${n1.cls}`,
      `pc2=${p2.cls}|${p1.cls}|${v.cap}`,
      `h=${hint(i)}`,
      `hh=${hint(i - 1)}${hint(i)}${hint(i + 1)}`,
      `f=${first ? 1 : 0}${v.cap}${v.cls}`,
      `nm=${v.name}${v.cap}`,
      `nm3=${p1.name}${v.name}${n1.name}|${p1.cap}${v.cap}${n1.cap}`,
    ];
    if (v.lower.length > 3) {
      features.push(`pre3=${v.lower.slice(0, 3)}`, `suf3=${v.lower.slice(-3)}`, `suf2=${v.lower.slice(-2)}`);
    }
    return features;
  });
}
