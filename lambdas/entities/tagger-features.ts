/**
 * @module entities/tagger-features
 * Tokens and features of the sequence tagger (shared by the run-time tagger and scripts/train-ner.ts, so training
 * and tagging read a sentence the same way): word forms, shape, affixes, capitalisation, gazetteer classes and the
 * labels the rule finders already gave each token ("hints").
 *
 * One table of templates defines every feature. Training reads them as strings ("pw=kota|balikpapan": template
 * name, "=", the parts joined by "|"), which is how data/ner-model.json stores them; at run time the same
 * templates are computed as 32-bit hashes of the parts' hashes ({@link hashFeatureKey} of the stored string gives
 * the same number), so tagging builds no strings and looks weights up in a flat table.
 */
import {
  AGENCY_BY_FORM,
  COUNTRY_BY_FORM,
  HONORIFICS,
  NAME_STOPWORDS,
  ORG_TAIL_WORDS,
  ORG_WORDS,
  PLACE_HEADS,
  RANKS,
  REGIONS,
  REGION_ALIAS,
  REPORTING_VERBS,
  ROLE_WORDS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './gazetteer.js';
import familyNames from './data/family-names.json' with { type: 'json' };
import givenNames from './data/given-names.json' with { type: 'json' };
import indonesianFamilyNames from './data/indonesian-family-names.json' with { type: 'json' };
import indonesianGivenNames from './data/indonesian-given-names.json' with { type: 'json' };
import dictionaryEn from './data/dictionary-en.json' with { type: 'json' };
import dictionaryId from './data/dictionary-id.json' with { type: 'json' };
import properNamesEn from './data/proper-names-en.json' with { type: 'json' };
import knownNames from './data/known-names.json' with { type: 'json' };
import geoWordsEn from './data/geo-words-en.json' with { type: 'json' };
import nameWords from './data/name-words.json' with { type: 'json' };
import shippedModel from './data/ner-model.json' with { type: 'json' };
import { LOWER_CASE_WORD, UPPER_FIRST } from './text-scan.js';

/** A token of the analysed text with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Rule labels a token can carry as a hint: person, organization, region/place, or nothing. */
export type Hint = 'P' | 'G' | 'L' | '-';

/** Character kinds for the tokenizer: a letter or digit (\p{L}, \p{N}), white space (\s), anything else. */
const WORD = 1;
const SPACE = 2;
const OTHER = 0;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/u;
/** The kind of one character, tested. */
function classify(char: string): number {
  return WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
}
/** The kinds of the codes below U+0250 (ASCII, Latin-1, Latin Extended-A/B), looked up instead of tested. */
const LATIN_KINDS = Uint8Array.from({ length: 0x250 }, (_, code) => classify(String.fromCharCode(code)));

/** The kind of a code point. */
function kindOf(codePoint: number): number {
  return codePoint < 0x250 ? LATIN_KINDS[codePoint]! : classify(String.fromCodePoint(codePoint));
}

/**
 * Split a text into word and punctuation tokens ("O'Neil" -> "O", "'", "Neil"), as NERGrit tokenises: runs of
 * letters and digits, and every other character that is not white space on its own. (A scan over a table, not the
 * regex /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu it equals: V8 tests \p{L} range by range on a text holding any
 * character beyond Latin-1, such as a curly quote, which made the regex three times slower.)
 * @example tokenize('Kota Pati.').map((t) => t.text) // ['Kota', 'Pati', '.']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let wordStart = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const kind = kindOf(code);
    if (kind !== WORD && wordStart >= 0) {
      tokens.push({ text: text.slice(wordStart, i), start: wordStart, end: i });
      wordStart = -1;
    }
    if (kind === WORD && wordStart < 0) wordStart = i;
    else if (kind === OTHER) tokens.push({ text: text.slice(i, i + size), start: i, end: i + size });
    i += size;
  }
  if (wordStart >= 0) tokens.push({ text: text.slice(wordStart), start: wordStart, end: text.length });
  return tokens;
}

/** Lower-cased words of a list of phrases. */
function wordsOf(phrases: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const phrase of phrases) for (const w of phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  return words;
}

const GIVEN_NAMES = wordsOf(givenNames);
const FAMILY_NAMES = wordsOf(familyNames);
/**
 * Common Indonesian name words the Faker lists lack ("Sri", "Andi", "Wayan", "Siregar"): the rules know them, the
 * tagger's name feature does not (a model retrained with them scored the NERGrit test split lower; ERRORS.md round 7).
 */
const MORE_NAMES = wordsOf([...indonesianGivenNames, ...indonesianFamilyNames]);
const ID_WORDS = new Set(dictionaryId as string[]);
const EN_WORDS = new Set(dictionaryEn as string[]);
const PROPER_NAMES = new Set(properNamesEn as string[]);
/** Words of data/name-words.json with a letter: "f" first names, "s" surnames (census lists; wide and noisy). */
function nameWordsWith(letter: string): Set<string> {
  const words = new Set<string>();
  for (const entry of nameWords as string[]) {
    const bar = entry.lastIndexOf('|');
    if (entry.includes(letter, bar)) words.add(entry.slice(0, bar));
  }
  return words;
}
const WORLD_FIRST_NAMES = nameWordsWith('f');
const WORLD_SURNAMES = nameWordsWith('s');

/**
 * Whether a word is in the person-name lists (given or family names).
 * @example isListedName('Budi') // true
 */
export function isListedName(word: string): boolean {
  const lower = word.toLowerCase();
  return GIVEN_NAMES.has(lower) || FAMILY_NAMES.has(lower) || MORE_NAMES.has(lower);
}

/** Given names of the Faker lists and the common Indonesian ones. */
const GIVEN_NAME_WORDS = new Set([...GIVEN_NAMES, ...wordsOf(indonesianGivenNames)]);

/**
 * Whether a word is a given name ("Meta", "Budi"; not the surname "Pirelli").
 * @example isGivenName('Meta') // true
 */
export function isGivenName(word: string): boolean {
  return GIVEN_NAME_WORDS.has(word.toLowerCase());
}

/**
 * Whether a word is a surname in the family-name list or the census surnames ("Caprio", "Bartolo").
 * @example isKnownSurname('Caprio') // true
 */
export function isKnownSurname(word: string): boolean {
  const lower = word.toLowerCase();
  return FAMILY_NAMES.has(lower) || WORLD_SURNAMES.has(lower);
}

/** The codes of the word sets a lower-cased word is in, joined in table order ("RO"), or "_" for none. */
function codesOf(lower: string, table: readonly CodedSet[]): string {
  let code = '';
  for (const [words, letter] of table) if (words.has(lower)) code += letter;
  return code || '_';
}

/** A word set and the letter that stands for it in a feature. */
type CodedSet = readonly [ReadonlySet<string>, string];

/**
 * The gazetteer classes of the tagger's "cls" field, in table order, each with the live lists it is read from:
 * region, title, honorific, org word, place head, stop word, rank, verb, agency, org tail, country, role, geo word.
 */
const CLASS_LISTS: readonly (readonly [string, () => Set<string>])[] = [
  // Not the compass letters of "E Kalimantan", "SE Sulawesi": initials in names would read as regions.
  ['R', () => new Set([...wordsOf([...REGIONS.map((r) => r.name), ...REGION_ALIAS.keys()])].filter((w) => w.length > 2))],
  ['T', () => wordsOf(TITLE_WORDS)],
  ['H', () => wordsOf(HONORIFICS)],
  ['O', () => wordsOf(ORG_WORDS)],
  ['P', () => wordsOf(PLACE_HEADS)],
  ['S', () => wordsOf(NAME_STOPWORDS)],
  ['K', () => wordsOf(RANKS)],
  ['V', () => wordsOf([...REPORTING_VERBS, ...SPEECH_VERBS])],
  // Agencies by their one-word forms whole ("kemen-pupr"), not split into words.
  ['A', () => new Set([...AGENCY_BY_FORM.keys()].filter((f) => !f.includes(' ')).map((f) => f.toLowerCase()))],
  ['E', () => wordsOf(ORG_TAIL_WORDS)],
  ['N', () => wordsOf(COUNTRY_BY_FORM.keys())],
  ['J', () => wordsOf(ROLE_WORDS)],
  ['Q', () => wordsOf(geoWordsEn)],
];

/** The lower-cased words of each gazetteer class by its letter, as a model stores them. */
export type WordClasses = Readonly<Record<string, readonly string[]>>;

/**
 * The word classes of today's gazetteer lists, words sorted (scripts/train-ner.ts trains with them and stores them
 * in the model it writes).
 * @example liveWordClasses().T!.includes('gubernur') // true
 */
export function liveWordClasses(): Record<string, string[]> {
  return Object.fromEntries(CLASS_LISTS.map(([letter, words]) => [letter, [...words()].sort()]));
}

/** Word sets with their letters, in table order, from stored classes; an absent class is an error. */
function codedClasses(classes: WordClasses): CodedSet[] {
  return CLASS_LISTS.map(([letter]) => {
    const words = classes[letter];
    if (!words) throw new Error(`tagger word classes lack class ${letter}: retrain with scripts/train-ner.ts`);
    return [new Set(words), letter] as const;
  });
}

/**
 * The classes in use. The tagger reads the classes its model was trained with (stored in data/ner-model.json),
 * not the live lists: a word added to a list changes the rules at once and the tagger's features only when the model
 * is retrained, so a data edit never feeds the model a feature it was not trained with.
 */
let gazetteerClasses: readonly CodedSet[] = codedClasses(shippedModel.classes);

/**
 * Read words with other classes from now on (the tagger does when it loads a model; scripts/train-ner.ts does with
 * {@link liveWordClasses} before it computes training features).
 */
export function useWordClasses(classes: WordClasses): void {
  gazetteerClasses = codedClasses(classes);
  WORD_ENTRIES.clear(); // they hold each word's class codes
}
/** Dictionaries: Indonesian (i), English (e), proper names (n), first names (f) and surnames (s) of the world. */
const LEXICONS: readonly CodedSet[] = [
  [ID_WORDS, 'i'], [EN_WORDS, 'e'], [PROPER_NAMES, 'n'], [WORLD_FIRST_NAMES, 'f'], [WORLD_SURNAMES, 's'],
];

/** Known names by their lower-cased tokens joined with spaces ("hamparan perak" -> "dv"). */
const KNOWN_PHRASES = new Map<string, string>();
/** The first words of longer known names ("hamparan"), so a lookup stops as soon as no name goes on. */
const KNOWN_STARTS = new Set<string>();
const PLAIN_NAME = /^[a-z]+(?: [a-z]+)*$/;
// Entries are "name|letters" (d kecamatan, v desa, t town, p place, h person, o organization: scripts/build-known-names.ts).
for (const entry of knownNames as string[]) {
  const bar = entry.lastIndexOf('|');
  // The entities stage reads curly apostrophes as plain ones ("Yur’yevets" is written "Yur'yevets" there).
  const name = entry.slice(0, bar).toLowerCase().replace(/’/g, "'");
  // Most names are plain words and spaces: splitting them is much cheaper than the tokenizer at cold start.
  const words = PLAIN_NAME.test(name) ? name.split(' ') : tokenize(name).map((t) => t.text);
  let key = words[0]!;
  for (let k = 1; k < words.length; k += 1) {
    KNOWN_STARTS.add(key);
    key += ` ${words[k]!}`;
  }
  let codes = KNOWN_PHRASES.get(key) ?? '';
  for (const letter of entry.slice(bar + 1)) if (!codes.includes(letter)) codes += letter;
  KNOWN_PHRASES.set(key, codes);
}

/**
 * Which known names the words of a sentence spell, longest from each capitalised word: "B" + the lists' letters on
 * a name's first word, "I" + the letters on the rest, "_" elsewhere.
 * @example knownNameMarks(['di', 'Hamparan', 'Perak']) // ['_', 'Bdv', 'Idv'] (a kecamatan and a village)
 */
export function knownNameMarks(words: readonly string[]): string[] {
  const marks = new Array<string>(words.length).fill('_');
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const code = word.charCodeAt(0);
    if (code < 65 || (code > 90 && (code < 128 || !UPPER_FIRST.test(word)))) continue;
    const found = longestKnownName(words, i, null);
    if (found === NO_KNOWN_NAME) continue;
    const mark = markOf(found.codes);
    marks[i] = mark.first;
    for (let k = 1; k < found.length; k += 1) marks[i + k] = mark.rest;
    i += found.length - 1;
  }
  return marks;
}

/**
 * How many words from `start` spell the longest known name in one of the lists `letters` ("dv": kecamatan or desa);
 * 0 when none does.
 * @example knownNameLength(['Samarinda', 'Ulu', 'Syamsu'], 0, 'd') // 2
 */
export function knownNameLength(words: readonly string[], start: number, letters: string): number {
  return longestKnownName(words, start, letters).length;
}

/**
 * Whether a name is, word for word, a known kecamatan, desa, town or place whose first word no person-name list
 * holds ("Parigi", "New South Wales"; not "Budi").
 * @example isKnownPlaceName('New South Wales') // true
 */
export function isKnownPlaceName(name: string): boolean {
  const words = tokenize(name).map((t) => t.text);
  return knownNameLength(words, 0, 'dvtp') === words.length && !isListedName(words[0]!);
}

/**
 * What the known names say of one word, or of a phrase of words that opens longer names: its lower-case form (the
 * phrase's words joined with spaces), the lists' letters of it as a name, whether longer names open with it, and the
 * facts of the phrase one word longer by that word as written, kept once looked up.
 */
interface KnownWord {
  lower: string;
  codes: string | undefined;
  opens: boolean;
  next: Map<string, KnownWord> | undefined;
}
/**
 * Known-name facts of recent words and the phrases they open, by word as written: the 112,000 names sit in tables
 * too large for the processor's cache, and news repeats its words and names ("Kota Balikpapan"); cleared when it
 * grows large.
 */
const KNOWN_WORDS = new Map<string, KnownWord>();
const KNOWN_WORDS_LIMIT = 50_000;
/** How many phrases the words in KNOWN_WORDS hold (they count toward its limit). */
let knownPhraseCount = 0;

/** The known-name facts of a phrase (its lower-case form) or word. */
function lookUpKnown(lower: string): KnownWord {
  return { lower, codes: KNOWN_PHRASES.get(lower), opens: KNOWN_STARTS.has(lower), next: undefined };
}

/** The known-name facts of a word, from the table of recent words or looked up once. */
function knownWord(word: string): KnownWord {
  let known = KNOWN_WORDS.get(word);
  if (known) return known;
  known = lookUpKnown(word.toLowerCase());
  if (KNOWN_WORDS.size + knownPhraseCount >= KNOWN_WORDS_LIMIT) {
    KNOWN_WORDS.clear();
    knownPhraseCount = 0;
  }
  KNOWN_WORDS.set(word, known);
  return known;
}

/** The known-name facts of a phrase that opens longer names, one word (as written) longer. */
function knownNext(phrase: KnownWord, word: string): KnownWord {
  phrase.next ??= new Map();
  let known = phrase.next.get(word);
  if (known) return known;
  known = lookUpKnown(`${phrase.lower} ${word.toLowerCase()}`);
  phrase.next.set(word, known);
  knownPhraseCount += 1;
  return known;
}

/** Whether a list's letters hold one of `letters`. */
function sharesLetter(codes: string, letters: string): boolean {
  for (let i = 0; i < letters.length; i += 1) if (codes.includes(letters[i]!)) return true;
  return false;
}

/** No known name at a position. */
const NO_KNOWN_NAME = { length: 0, codes: '' };

/**
 * The longest known name from `start` (in one of the lists `letters`, or in any when null) and its lists' letters;
 * NO_KNOWN_NAME when there is none. The walk stops as soon as no known name goes on with the next word.
 */
function longestKnownName(words: readonly string[], start: number, letters: string | null): { length: number; codes: string } {
  const first = words[start];
  if (first === undefined) return NO_KNOWN_NAME;
  let known = knownWord(first);
  // Most words are no known name and open none: one lookup in the small table of recent words says so.
  if (known.codes === undefined && !known.opens) return NO_KNOWN_NAME;
  let found = NO_KNOWN_NAME;
  for (let k = start; ; ) {
    const codes = known.codes;
    if (codes !== undefined && (letters === null || sharesLetter(codes, letters))) found = { length: k - start + 1, codes };
    k += 1;
    if (k >= words.length || !known.opens) break;
    known = knownNext(known, words[k]!);
  }
  return found;
}

/** The marks of a set of list letters, made once ("dv" -> "Bdv" / "Idv"). */
const MARKS = new Map<string, { first: string; rest: string }>();
function markOf(codes: string): { first: string; rest: string } {
  let mark = MARKS.get(codes);
  if (!mark) MARKS.set(codes, (mark = { first: `B${codes}`, rest: `I${codes}` }));
  return mark;
}

/**
 * Whether a word is English: an English dictionary word or an English proper name ("Finland", "South"; not
 * "Tiongkok", "Selatan").
 * @example isEnglishWord('Finland') // true
 */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  return EN_WORDS.has(lower) || PROPER_NAMES.has(lower);
}

/**
 * Whether a word is an ordinary Indonesian or English dictionary word ("Great", "Motion"), not only a name.
 * @example isDictionaryWord('Great') // true
 */
export function isDictionaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ID_WORDS.has(lower) || EN_WORDS.has(lower);
}

/**
 * Whether a word can only be a name: the name lists hold it and the dictionaries do not ("Rahmawati", "Denny").
 * @example isNameOnlyWord('Rahmawati') // true
 */
export function isNameOnlyWord(word: string): boolean {
  return isListedName(word) && !isDictionaryWord(word);
}

/**
 * Whether a word is a word of the language that no name list holds ("Belimbing", "Naval"): no one's name.
 * @example isPlainWord('Naval') // true
 */
export function isPlainWord(word: string): boolean {
  return isDictionaryWord(word) && !isListedName(word);
}

/** The prefixes of Indonesian abstract nouns in ...-an, each with the first sounds of the stems it attaches to. */
const NOUN_PREFIXES: [string, string[]][] = [
  ['ke', ['']], ['per', ['']], ['pe', ['']], ['pem', ['p', 'b', '']], ['pen', ['t', 'd', 'c', 'j', '']],
  ['peng', ['k', 'g', '']], ['peny', ['s']],
];

/**
 * Whether a word is an abstract noun built on a dictionary stem with ke-/pe-/per-/peN- ... -an ("Kehakiman",
 * "Pertahanan", "Pendidikan", "Pengawasan"): a word of the language, not a name.
 * @example isDerivedNoun('Kehakiman') // true
 */
export function isDerivedNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith('an') || !LOWER_CASE_WORD.test(lower)) return false;
  return NOUN_PREFIXES.some(([prefix, sounds]) => {
    const core = lower.slice(prefix.length, -2);
    return lower.startsWith(prefix) && core.length >= 3 && sounds.some((sound) => ID_WORDS.has(sound + core));
  });
}

/** Verb and noun prefixes, each with the first sounds of the stems it attaches to (a nasal replaces p, t, k, s). */
/** Two prefixes: "Pemberdayaan" (pe-ber-daya-an), "Keberhasilan", "Ketersediaan", "Pengetahuan", "Memperkuat". */
const DOUBLE_PREFIXES: ReadonlySet<string> = new Set(['pember', 'keber', 'keter', 'penge', 'memper', 'diper']);
const WORD_PREFIXES: [string, string[]][] = [
  ...NOUN_PREFIXES, ['me', ['']], ['mem', ['p', 'b', '']], ['men', ['t', 'd', 'c', 'j', '']], ['meng', ['k', 'g', '']],
  ['meny', ['s']], ['ber', ['']], ['be', ['']], ['ter', ['']], ['di', ['']],
  ...[...DOUBLE_PREFIXES].map((prefix): [string, string[]] => [prefix, ['']]),
];
const WORD_SUFFIXES = ['kan', 'an', 'i', ''];

/**
 * Whether a word is built on an Indonesian dictionary stem with a prefix, a suffix or both ("Penyakit", "Menular",
 * "Hubungan", "Perdagangan"): a word of the language. Names can look so too ("Dimas"): callers ask the name lists first.
 * @example isAffixedWord('Penyakit') // true
 */
export function isAffixedWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (!LOWER_CASE_WORD.test(lower)) return false;
  // A stem with a suffix only: "Hubungan", "Tujuan".
  if ((lower.endsWith('an') && ID_WORDS.has(lower.slice(0, -2)) && lower.length > 5) || (lower.endsWith('kan') && ID_WORDS.has(lower.slice(0, -3)))) return true;
  return WORD_PREFIXES.some(([prefix, sounds]) => {
    if (!lower.startsWith(prefix)) return false;
    return WORD_SUFFIXES.some((suffix) => {
      if (!lower.endsWith(suffix)) return false;
      const core = lower.slice(prefix.length, lower.length - suffix.length);
      // Two prefixes hold a longer stem, and a noun's ("pember-", "keber-", "penge-") its "-an" ("Pemberton" is none).
      const double = DOUBLE_PREFIXES.has(prefix);
      if (double && (core.length < 4 || (/^(?:pe|ke)/.test(prefix) && suffix !== 'an'))) return false;
      return core.length >= 3 && sounds.some((sound) => ID_WORDS.has(sound + core));
    });
  });
}

/**
 * Whether a word is a possessive of a dictionary word ("Wakilnya", "Umumnya"): a word of the sentence, never a name.
 * @example isPossessive('Wakilnya') // true
 */
export function isPossessive(word: string): boolean {
  return word.length > 5 && word.endsWith('nya') && isDictionaryWord(word.slice(0, -3));
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

/** The per-token fields features are built from. */
const FIELDS = ['lower', 'shape', 'cap', 'cls', 'name', 'hint', 'first', 'pre3', 'suf3', 'suf2', 'pre2', 'lex', 'known'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_INDEX = Object.fromEntries(FIELDS.map((f, i) => [f, i])) as Record<Field, number>;
const FIELD_COUNT = FIELDS.length;

/**
 * The feature templates: a name and its parts, each a field of the token at an offset (-2 .. +2).
 * A feature is left out when one of its parts is empty (affixes of short words).
 */
const TEMPLATE_SPECS: [string, [number, Field][]][] = [
  ['b', []],
  ['w', [[0, 'lower']]],
  ['s', [[0, 'shape']]],
  ['c', [[0, 'cls']]],
  ['p1', [[-1, 'lower']]],
  ['p2', [[-2, 'lower']]],
  ['n1', [[1, 'lower']]],
  ['n2', [[2, 'lower']]],
  ['pw', [[-1, 'lower'], [0, 'lower']]],
  ['wn', [[0, 'lower'], [1, 'lower']]],
  ['pn', [[-1, 'lower'], [1, 'lower']]],
  ['ps', [[-1, 'shape'], [0, 'shape']]],
  ['ns', [[0, 'shape'], [1, 'shape']]],
  ['cap', [[-1, 'cap'], [0, 'cap'], [1, 'cap']]],
  ['cap2', [[-2, 'cap'], [-1, 'cap'], [0, 'cap'], [1, 'cap'], [2, 'cap']]],
  ['pc', [[-1, 'cls'], [0, 'cap']]],
  ['nc', [[0, 'cap'], [1, 'cls']]],
  ['pc2', [[-2, 'cls'], [-1, 'cls'], [0, 'cap']]],
  ['nc2', [[0, 'cap'], [1, 'cls'], [2, 'cls']]],
  ['h', [[0, 'hint']]],
  ['hh', [[-1, 'hint'], [0, 'hint'], [1, 'hint']]],
  ['f', [[0, 'first'], [0, 'cap'], [0, 'cls']]],
  ['nm', [[0, 'name'], [0, 'cap']]],
  ['nm3', [[-1, 'name'], [0, 'name'], [1, 'name'], [-1, 'cap'], [0, 'cap'], [1, 'cap']]],
  ['pre3', [[0, 'pre3']]],
  ['suf3', [[0, 'suf3']]],
  ['suf2', [[0, 'suf2']]],
  ['ppre', [[-1, 'pre2'], [0, 'cap']]],
  ['npre', [[0, 'cap'], [1, 'pre2']]],
  ['psuf', [[-1, 'suf3'], [0, 'cap']]],
  ['wc', [[0, 'lower'], [0, 'cap']]],
  ['p1c', [[-1, 'lower'], [0, 'cap']]],
  ['n1c', [[0, 'cap'], [1, 'lower']]],
  ['p2c', [[-2, 'lower'], [0, 'cap']]],
  ['n2c', [[0, 'cap'], [2, 'lower']]],
  ['lx', [[0, 'lex'], [0, 'cap'], [0, 'first']]],
  ['lxp', [[-1, 'lex'], [0, 'lex'], [-1, 'cap'], [0, 'cap']]],
  ['lxn', [[0, 'lex'], [1, 'lex'], [0, 'cap'], [1, 'cap']]],
  ['kn', [[0, 'known']]],
  ['knp', [[-1, 'known'], [0, 'known']]],
  ['knn', [[0, 'known'], [1, 'known']]],
  ['knw', [[-1, 'lower'], [0, 'known']]],
];
const TEMPLATE_NAMES = TEMPLATE_SPECS.map(([name]) => name);
const TEMPLATE_OFFSETS = TEMPLATE_SPECS.map(([, parts]) => parts.map(([offset]) => offset));
const TEMPLATE_FIELDS = TEMPLATE_SPECS.map(([, parts]) => parts.map(([, field]) => FIELD_INDEX[field]));
const TEMPLATE_BY_NAME = new Map(TEMPLATE_NAMES.map((name, i) => [name, i]));

/** FNV-1a hash of a string (32-bit, as a signed int). */
function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Mix one part hash into a feature hash. */
function mixHash(h: number, part: number): number {
  const x = Math.imul(h ^ part, 0x9e3779b1);
  return (x ^ (x >>> 15)) | 0;
}

/** The seed hash of each template. */
const TEMPLATE_SEEDS = TEMPLATE_NAMES.map((name) => hashString(`${name}=`));

/**
 * The hash of a stored feature key ("pw=kota|balikpapan"), equal to what {@link hashFeatures} computes at run time;
 * null for a key of an unknown template.
 * @example hashFeatureKey('zz=a') // null
 */
export function hashFeatureKey(key: string): number | null {
  const eq = key.indexOf('=');
  const template = TEMPLATE_BY_NAME.get(key.slice(0, eq));
  if (template === undefined) return null;
  const parts = TEMPLATE_OFFSETS[template]!.length === 0 ? [] : key.slice(eq + 1).split('|');
  if (parts.length !== TEMPLATE_OFFSETS[template]!.length) return null;
  if (parts.some((p) => p === '')) return null;
  let h = TEMPLATE_SEEDS[template]!;
  for (const part of parts) h = mixHash(h, hashString(part));
  return h === 0 ? 1 : h;
}

/** The fields of every token of a sentence as strings ("|" in a word is read as "¦", the key separator). */
function viewTokens(words: readonly string[], hints: readonly Hint[], need: readonly boolean[] | null): string[][] {
  const known = knownNameMarks(words);
  return words.map((raw, i) => {
    if (need && !need[i]) return [];
    const w = raw.includes('|') ? raw.replace(/\|/g, '¦') : raw;
    const lower = w.toLowerCase();
    const cap = UPPER_FIRST.test(w) ? (w.length > 1 && w === w.toUpperCase() ? 'A' : 'C') : LOWER_START.test(w) ? 'l' : DIGIT_START.test(w) ? 'd' : 'p';
    const given = GIVEN_NAMES.has(lower);
    const family = FAMILY_NAMES.has(lower);
    const name = given ? (family ? 'b' : 'g') : family ? 'f' : '_';
    const first = i === 0 || SENTENCE_FINAL.has(words[i - 1]!) ? '1' : '0';
    const long = lower.length > 3;
    return [
      lower,
      shapeOf(w),
      cap,
      codesOf(lower, gazetteerClasses),
      name,
      hints[i] ?? '-',
      first,
      long ? lower.slice(0, 3) : '',
      long ? lower.slice(-3) : '',
      long ? lower.slice(-2) : '',
      lower.length > 4 ? lower.slice(0, 2) : '',
      codesOf(lower, LEXICONS),
      known[i]!,
    ];
  });
}

const LOWER_START = /^\p{Ll}/u;
const DIGIT_START = /^\p{N}/u;
const EDGE_VIEW: string[] = FIELDS.map((f) => (f === 'lower' || f === 'shape' ? '<s>' : 's'));
const SENTENCE_FINAL = new Set(['.', '!', '?', '"', '“', '”', ':']);

/** Which tokens need a view: the active ones and their neighbours within two tokens. */
function neededTokens(length: number, active: readonly boolean[] | undefined): boolean[] | null {
  if (!active) return null;
  const need = new Array<boolean>(length).fill(false);
  for (let i = 0; i < length; i += 1) {
    if (!active[i]) continue;
    for (let j = Math.max(0, i - 2); j <= Math.min(length - 1, i + 2); j += 1) need[j] = true;
  }
  return need;
}

/**
 * Feature strings of every token of a sentence (words are tokens, hints the rule labels of the same tokens);
 * tokens marked inactive get no features (the tagger forces them to "O"). Used for training.
 * @example extractFeatures(['Presiden', 'Joko', 'Widodo'], ['-', '-', '-'])[1]!.includes('w=joko') // true
 */
export function extractFeatures(words: readonly string[], hints: readonly Hint[], active?: readonly boolean[]): string[][] {
  const views = viewTokens(words, hints, neededTokens(words.length, active));
  const at = (i: number): string[] => (i < 0 || i >= words.length ? EDGE_VIEW : views[i]!);
  return words.map((_word, i) => {
    if (active && !active[i]) return [];
    const features: string[] = [];
    for (let t = 0; t < TEMPLATE_NAMES.length; t += 1) {
      const offsets = TEMPLATE_OFFSETS[t]!;
      const fields = TEMPLATE_FIELDS[t]!;
      const parts: string[] = [];
      for (let k = 0; k < offsets.length; k += 1) parts.push(at(i + offsets[k]!)[fields[k]!]!);
      if (parts.some((p) => p === '')) continue;
      features.push(`${TEMPLATE_NAMES[t]}=${parts.join('|')}`);
    }
    return features;
  });
}

/** Empty-string hash: a part with this hash leaves the feature out. */
const EMPTY_HASH = hashString('');

/** Fields that depend on the word alone (every field but the hint, the sentence-start flag and the known name). */
const WORD_FIELDS = FIELDS.map((f, i) => (f === 'hint' || f === 'first' || f === 'known' ? -1 : i)).filter((i) => i >= 0);
const HINT_FIELD = FIELD_INDEX.hint;
const FIRST_FIELD = FIELD_INDEX.first;
const KNOWN_FIELD = FIELD_INDEX.known;
/** Hashes of known-name marks ("Bdv"), kept: there are few distinct ones. */
const KNOWN_HASHES = new Map<string, number>();
/**
 * What the tagger keeps of one word: its word-field hashes, and the weights its word features add to a token's tag
 * scores, filled by the tagger for the model it holds (`weightsOf` says which). Kept across calls (news repeats its
 * words); the cache is cleared when it grows large or the word classes change.
 */
export interface WordEntry {
  readonly fields: Int32Array;
  /** The word's cap field as an index of CAP_VALUES. */
  readonly cap: number;
  weights: Int32Array | null;
  /** A bit per offset and cap whose sums `weights` holds. */
  filled: number;
  weightsOf: object | null;
}
const WORD_ENTRIES = new Map<string, WordEntry>();
const WORD_CACHE_LIMIT = 50_000;
const HINT_HASHES = new Map(['P', 'G', 'L', '-'].map((h) => [h, hashString(h)]));
const FIRST_HASHES = [hashString('0'), hashString('1')];
const EDGE_HASHES = Int32Array.from(EDGE_VIEW.map(hashString));
/** The entry of the edge beyond a line's first and last token ("<s>"). */
const EDGE_ENTRY: WordEntry = { fields: EDGE_HASHES, cap: 0, weights: null, filled: 0, weightsOf: null };
/** The values of the cap field (capitalised, all capitals, lower case, digit, other). */
const CAP_VALUES = ['C', 'A', 'l', 'd', 'p'];
const CAP_HASHES = CAP_VALUES.map(hashString);

let fieldHashBuffer = new Int32Array(256 * FIELD_COUNT);

/** The entry of one word, from the cache or made once. */
function wordEntry(word: string): WordEntry {
  let entry = WORD_ENTRIES.get(word);
  if (entry) return entry;
  const view = viewTokens([word], ['-'], null)[0]!;
  const fields = new Int32Array(FIELD_COUNT);
  for (const f of WORD_FIELDS) fields[f] = hashString(view[f]!);
  if (WORD_ENTRIES.size >= WORD_CACHE_LIMIT) WORD_ENTRIES.clear();
  const cap = CAP_VALUES.indexOf(view[FIELD_INDEX.cap]!);
  WORD_ENTRIES.set(word, (entry = { fields, cap, weights: null, filled: 0, weightsOf: null }));
  return entry;
}

/**
 * The offset of the one word a template reads, for templates that read nothing but fields of that word and perhaps the
 * token's cap ("w", "suf3", "nm", "p1", "n2", "p1c", "psuf"; the bias "b" reads nothing and counts as offset 0); null
 * for the others, the context templates (two words, or the hint, sentence-start or known-name field). A word
 * template's weight depends on the word and the token's cap alone, five values, so the tagger sums them once per word,
 * offset and cap ({@link wordFeatureHashes}) instead of at every token.
 */
const WORD_TEMPLATE_OFFSET: (number | null)[] = TEMPLATE_SPECS.map(([, parts]) => {
  const wordParts = parts.filter(([offset, field]) => !(offset === 0 && field === 'cap'));
  if (wordParts.length === 0) return 0;
  const offsets = new Set(wordParts.map(([offset]) => offset));
  return offsets.size === 1 && wordParts.every(([, field]) => WORD_FIELDS.includes(FIELD_INDEX[field])) ? wordParts[0]![0] : null;
});
const CONTEXT_TEMPLATES = TEMPLATE_NAMES.flatMap((_, t) => (WORD_TEMPLATE_OFFSET[t] === null ? [t] : []));
/** How many context features each token has at most: the width of a row of {@link hashFeatures}' output. */
export const CONTEXT_TEMPLATE_COUNT = CONTEXT_TEMPLATES.length;
/** The offsets from a token of the words its features read. */
export const WORD_OFFSETS: readonly number[] = [-2, -1, 0, 1, 2];

/** The word templates by the offset of the word they read. */
const WORD_TEMPLATES_AT = new Map(WORD_OFFSETS.map((offset) => [offset, TEMPLATE_NAMES.flatMap((_, t) => (WORD_TEMPLATE_OFFSET[t] === offset ? [t] : []))]));

/** How many values the cap field has: the tagger keeps a word's weights for each cap of the token. */
export const CAP_COUNT = CAP_VALUES.length;

/**
 * The hashes of the features a word gives the token `offset` tokens away from it, a token whose cap is `tokenCap` (an
 * index as WordEntry.cap): the word templates that read the word at that offset; one with an empty part is left out.
 * The same hashes as {@link hashFeatureKey} gives their keys.
 */
export function wordFeatureHashes(entry: WordEntry, offset: number, tokenCap: number): number[] {
  const hashes: number[] = [];
  for (const t of WORD_TEMPLATES_AT.get(offset) ?? []) {
    let h = TEMPLATE_SEEDS[t]!;
    let empty = false;
    for (let k = 0; k < TEMPLATE_FIELDS[t]!.length; k += 1) {
      const field = TEMPLATE_FIELDS[t]![k]!;
      const readsToken = offset !== 0 && TEMPLATE_OFFSETS[t]![k] === 0;
      const part = readsToken ? CAP_HASHES[tokenCap]! : entry.fields[field]!;
      if (part === EMPTY_HASH) empty = true;
      h = mixHash(h, part);
    }
    if (!empty) hashes.push(h === 0 ? 1 : h);
  }
  return hashes;
}

/**
 * Feature hashes of every token of a sentence, the run-time twin of {@link extractFeatures}: `out` row i (of
 * CONTEXT_TEMPLATE_COUNT entries) holds the hashes of token i's context features, 0 where a feature is left out;
 * inactive tokens get none. The word features come from the words' entries, which `entries` receives: token i's at
 * i + 2, the edge beyond the line at 0, 1, n + 2 and n + 3 (unfilled for tokens no active token reads).
 */
export function hashFeatures(
  words: readonly string[],
  hints: readonly Hint[],
  active: readonly boolean[] | undefined,
  out: Int32Array,
  entries: WordEntry[] = [],
): void {
  const n = words.length;
  const need = neededTokens(n, active);
  // A scratch buffer kept between lines (a typed array per line cost more than filling it); rows left unneeded stay 0.
  if (fieldHashBuffer.length < (n + 4) * FIELD_COUNT) fieldHashBuffer = new Int32Array((n + 4) * FIELD_COUNT * 2);
  const hashes = fieldHashBuffer;
  hashes.fill(0, 0, (n + 4) * FIELD_COUNT);
  const known = knownNameMarks(words);
  for (let i = -2; i < n + 2; i += 1) {
    const row = (i + 2) * FIELD_COUNT;
    if (i < 0 || i >= n) {
      hashes.set(EDGE_HASHES, row);
      entries[i + 2] = EDGE_ENTRY;
      continue;
    }
    if (need && !need[i]) continue;
    const entry = wordEntry(words[i]!);
    entries[i + 2] = entry;
    hashes.set(entry.fields, row);
    hashes[row + HINT_FIELD] = HINT_HASHES.get(hints[i] ?? '-')!;
    hashes[row + FIRST_FIELD] = FIRST_HASHES[i === 0 || SENTENCE_FINAL.has(words[i - 1]!) ? 1 : 0]!;
    let knownHash = KNOWN_HASHES.get(known[i]!);
    if (knownHash === undefined) KNOWN_HASHES.set(known[i]!, (knownHash = hashString(known[i]!)));
    hashes[row + KNOWN_FIELD] = knownHash;
  }
  for (let i = 0; i < n; i += 1) {
    const base = i * CONTEXT_TEMPLATE_COUNT;
    if (active && !active[i]) {
      out.fill(0, base, base + CONTEXT_TEMPLATE_COUNT);
      continue;
    }
    hashTemplates(hashes, i * FIELD_COUNT, out, base);
  }
}

/**
 * The templates' parts flattened for {@link hashFeatures}: part k of template t sits at TEMPLATE_PARTS[
 * TEMPLATE_PART_START[t] + k] as its place in the per-token field hashes, relative to the token's own row (the
 * hashes keep two edge rows before the first token).
 */
const TEMPLATE_PART_START = Int32Array.from({ length: TEMPLATE_NAMES.length + 1 }, (_, t) =>
  TEMPLATE_OFFSETS.slice(0, t).reduce((sum, offsets) => sum + offsets.length, 0),
);
const TEMPLATE_PARTS = Int32Array.from(
  TEMPLATE_OFFSETS.flatMap((offsets, t) => offsets.map((offset, k) => (offset + 2) * FIELD_COUNT + TEMPLATE_FIELDS[t]![k]!)),
);

/** Writes one token's context feature hashes: out[base + k] for context template k, from the field hashes at `row`. */
type TemplateHasher = (hashes: Int32Array, row: number, out: Int32Array, base: number) => void;

/**
 * The template loop unrolled into straight-line code, one block per context template with its parts at constant
 * offsets (generated once from TEMPLATE_SPECS): the same hashes as looping over TEMPLATE_PARTS in about 60% of the
 * time. A part with the empty hash leaves the feature out (0). mixHash is written inline: called 87 times, V8 would not
 * inline it and the code is no faster than the loop (the hashFeatures test holds it to hashFeatureKey).
 */
const hashTemplates = compileTemplateHasher();
function compileTemplateHasher(): TemplateHasher {
  const body: string[] = ['let h = 0, p = 0, x = 0;'];
  CONTEXT_TEMPLATES.forEach((t, k) => {
    const parts = TEMPLATE_PARTS.subarray(TEMPLATE_PART_START[t]!, TEMPLATE_PART_START[t + 1]!);
    body.push(`h = ${TEMPLATE_SEEDS[t]!};`);
    for (const part of parts) {
      body.push(`p = hashes[row + ${part}]; if (p === ${EMPTY_HASH}) out[base + ${k}] = 0; else {`);
      body.push('x = Math.imul(h ^ p, 0x9e3779b1); h = (x ^ (x >>> 15)) | 0;');
    }
    body.push(`out[base + ${k}] = h === 0 ? 1 : h;${'}'.repeat(parts.length)}`);
  });
  return new Function('hashes', 'row', 'out', 'base', body.join('\n')) as TemplateHasher;
}
