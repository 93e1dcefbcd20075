/**
 * @module entities/text-scan
 * Small text helpers shared by the finders: regex building, sticky matching, name tokens.
 */

/**
 * Escape a literal for use inside a RegExp.
 * @example escapeRegExp('Pj. Bupati') // 'Pj\\. Bupati'
 */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A node of a trie of literals: whether a literal ends here, and the next characters. */
interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** The pattern of a trie node's continuations, the longer first ("Kota(?: Baru)?"). */
function triePattern(node: TrieNode): string {
  const branches = [...node.next]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([char, child]) => escapeRegExp(char) + triePattern(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/**
 * Build a regex alternation from literals that prefers the longest form, as a trie: literals sharing a start share its
 * pattern ("Wa(?:kil Wali Kota|li Kota)"). At a position the text decides which branch goes on, and a longer form is
 * tried before a shorter one, so it matches what a longest-first list of the literals matches; with hundreds of
 * literals ("PT Bank Pembangunan Daerah ...") a list costs the engine a try per literal, the trie one per character.
 * @example buildAlternation(['Wali Kota', 'Wakil Wali Kota']) // 'Wa(?:kil Wali Kota|li Kota)'
 */
export function buildAlternation(literals: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const literal of new Set(literals)) {
    if (literal.length === 0) continue;
    let node = root;
    for (const char of literal) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return triePattern(root);
}

/**
 * Run a sticky regex at one position; null when it does not match there.
 * @example matchAt(/\s+/y, 'a b', 1)?.[0] // ' '
 */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * Every match of a global pattern, as `[...text.matchAll(re)]` gives them (from `re.lastIndex` on, which is left as it
 * was). matchAll copies the pattern on every call, and on a large trie the copy cost more than the scan: ~100 µs of an
 * article's 2.7 ms went to copies.
 * @example allMatches(/a/g, 'banana').map((m) => m.index) // [1, 3, 5]
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches: ${re} is not global`);
  const from = re.lastIndex;
  const matches: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    matches.push(m);
    // An empty match moves on by one character, as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = from;
  return matches;
}

/**
 * Function words that may follow the number closing a body's name ("SPPG Cikajang 2 yang dikelola", "SD Negeri Oesao 1
 * dan ..."), as a pattern source; a word in lower case other than these counts the word ("3 kali").
 */
export const WORDS_AFTER_NAME_NUMBER = 'yang|dan|serta|atau|di|ke|dari|untuk|milik|pada|juga|sudah|telah|akan|masih|tersebut|itu|ini';

/**
 * A Roman numeral from I to XXXIX, as a pattern source, for the numbers of units, schools and cooperatives ("Desa
 * Sukamaju II", "SMA Negeri XIV", "Kopdes Merah Putih Mandala II"); the tens first, so that a numeral read from the
 * end of a name is read whole ("XIV", not "IV").
 */
export const ROMAN_NUMERAL = '(?:X{0,2}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})';

/** An acronym as a whole word: a capital, then capitals or digits, maybe a hyphenated part ("BPBD", "PUPR", "PAN-RB"). */
export const ACRONYM = /^[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]+)?$/;

/** An acronym in parentheses at the start, spaces inside or not (" (KPC)", "( UIC )"); group 1 is the acronym. */
export const ACRONYM_IN_PARENTHESES_AT = /^[ \t]*\([ \t]?([A-Z]{2,8})[ \t]?\)/;

/**
 * Words of a name written short with a full stop: a Muhammad or an Abdul ("Muh.", "Abd."), the "Hi." (Haji) of a North
 * Maluku father's name, and Palembang's noble openers Kemas, Kiagus and Masagus ("Kms.", "Kgs.", "Mgs.").
 */
export const SHORT_NAME_WORDS: readonly string[] = ['Abd', 'Ach', 'Hi', 'Mhd', 'Moh', 'Muh', 'Moch', 'Mochd', 'Mohd', 'Muhd', 'Kms', 'Kgs', 'Mgs'];

/**
 * A word that can be part of a person's name: capitalised, with lower-case letters, or initials ("S.", "L.P.", or "V"
 * before a name word), or the "Hi." (Haji) of a North Maluku father's name ("Fadli Hi. Umar"), or a short Muhammad or Abdul
 * ("KH Moh. Zainul Arifin", "Muh. Yusran"), or a Palembang noble's short form ("Kgs. M. Rasyid"), or a Siti's "St." after a
 * woman's honorific ("Hj. St. Rahmawati"; "St. Louis" stays a place).
 */
export const NAME_TOKEN_SOURCE = `(?:(?:${SHORT_NAME_WORDS.join('|')}|(?<=(?:Hj|Hajjah|Ny)\\.?[ \\t]+)St)\\.(?=[ \\t]+[A-Z][a-z.])|[A-Z][a-z]+(?:[-'’][A-Za-z]+)*|[A-Z][a-z]*[A-Z][a-z]+|[A-Z]\\.(?:[A-Z]\\.)*|[A-Z](?=[ \\t]+[A-Z][a-z]))`;

/**
 * The characters of a Unicode class up to U+024F (ASCII, Latin-1, Latin Extended-A and -B) as a plain class body.
 * @example latinPartOf(/\p{N}/u) // '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be'
 */
export function latinPartOf(unicodeClass: RegExp): string {
  const char = (code: number): string =>
    /[0-9A-Za-z]/.test(String.fromCharCode(code)) ? String.fromCharCode(code) : `\\u${code.toString(16).padStart(4, '0')}`;
  const ranges: string[] = [];
  for (let code = 0; code <= 0x24f; code += 1) {
    if (!unicodeClass.test(String.fromCharCode(code))) continue;
    let last = code;
    while (last < 0x24f && unicodeClass.test(String.fromCharCode(last + 1))) last += 1;
    ranges.push(last === code ? char(code) : last === code + 1 ? `${char(code)}${char(last)}` : `${char(code)}-${char(last)}`);
    code = last;
  }
  return ranges.join('');
}

const LATIN_LETTER_OR_DIGIT = latinPartOf(/[\p{L}\p{N}]/u);
const LATIN_LETTER = latinPartOf(/\p{L}/u);

/**
 * Boundaries: no letter or digit right before / after (the same as (?<![\p{L}\p{N}]) and (?![\p{L}\p{N}])). The
 * Latin letters are a plain class, and \p{L} is only tried on a character beyond U+024F: V8 tests \p{L}'s hundreds
 * of ranges one by one, and a leading lookbehind runs at every position of the text, so on a text holding one such
 * character (a curly quote) the plain form made a whole-text scan three to four times slower.
 */
export const WORD_START = `(?<![${LATIN_LETTER_OR_DIGIT}])(?<!(?=[\\p{L}\\p{N}])[^\\x00-\\u024f])`;
export const WORD_END = `(?![${LATIN_LETTER_OR_DIGIT}])(?![^\\x00-\\u024f](?<=[\\p{L}\\p{N}]))`;
/** Whether each code below U+0250 is a letter or digit (\p{L}, \p{N}). */
const LATIN_WORD_CHAR = Uint8Array.from({ length: 0x250 }, (_, code) => Number(/[\p{L}\p{N}]/u.test(String.fromCharCode(code))));
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The word starts of the text last asked about: every finder scans the same article. */
let startsOf: { text: string; starts: Int32Array } = { text: '', starts: new Int32Array(0) };

/**
 * Where the words of a text start: each letter or digit with no letter or digit right before it, the positions where
 * {@link WORD_START} holds and a word follows.
 * @example [...wordStarts('Di Kota-Balikpapan, 2024')] // [0, 3, 8, 20]
 */
export function wordStarts(text: string): Int32Array {
  if (startsOf.text === text) return startsOf.starts;
  const starts: number[] = [];
  let previousIsWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const at = i;
    const code = text.charCodeAt(i);
    let isWord: boolean;
    if (code < 0x250) isWord = LATIN_WORD_CHAR[code] === 1;
    else {
      const point = text.codePointAt(i)!;
      isWord = WORD_CHAR.test(String.fromCodePoint(point));
      if (point > 0xffff) i += 1; // a surrogate pair is one character
    }
    if (isWord && !previousIsWord) starts.push(at);
    previousIsWord = isWord;
  }
  startsOf = { text, starts: Int32Array.from(starts) };
  return startsOf.starts;
}

/** The words of the text last asked about, as {@link textWords} gives them. */
let wordsOf: { text: string; words: ReadonlySet<string> } = { text: '', words: new Set() };
const LETTER_RUN = /\p{L}+/gu;

/**
 * The distinct words of a text (runs of letters: a word a pattern needs is one of them whether the pattern bounds it
 * by letters or by letters and digits), made once per text: a scan that needs a word ("Office", "Agency") is skipped
 * where the text holds none, instead of entering the engine at every character to find none.
 * @example textWords('Kota-Balikpapan, 2024').has('Balikpapan') // true
 */
export function textWords(text: string): ReadonlySet<string> {
  if (wordsOf.text !== text) wordsOf = { text, words: new Set(text.match(LETTER_RUN)) };
  return wordsOf.words;
}

/**
 * A test of whether a text holds the first word of any of these phrases as a whole word, for a pattern that needs
 * one of them to pass before it is run (a phrase's first word is there wherever the phrase is). Throws on a phrase
 * whose first word holds anything but letters.
 * @example anyWordGate(['Office', 'Agency'])('the Samarinda City Office') // true
 */
export function anyWordGate(phrases: Iterable<string>): (text: string) => boolean {
  const firstWords = [...new Set([...phrases].map((phrase) => phrase.split(/[ \t]+/)[0]!))];
  const odd = firstWords.find((word) => !/^\p{L}+$/u.test(word));
  if (odd !== undefined) throw new Error(`anyWordGate: "${odd}" is no plain word`);
  return (text) => {
    const words = textWords(text);
    return firstWords.some((word) => words.has(word));
  };
}

/** The capital letters A to Z, as the openers of a {@link wordStartMatcher} whose pattern opens with [A-Z]. */
export const CAPITAL_LETTERS: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/**
 * A pattern that matches only where a word starts, run only there: `wordStartMatcher(body, firstChars)(text)` gives
 * what `[...text.matchAll(new RegExp(WORD_START + body, 'gu'))]` gives. A scan of the whole text enters the engine at
 * every character, and a trie of hundreds of names costs a few nanoseconds a character there; here it is entered
 * only at word starts whose first character can open a match. That pays for a trie of hundreds of forms opening
 * with many letters (regions, agencies, titles: twice as fast on the reference article); a pattern opening with a
 * few letters or a class such as [A-Z] the engine skips to by itself, as fast or faster than this.
 * `openers`: words that give every character a match can open with, by their first character ("Kota", "Kab"):
 * letters or digits below U+0250 (both cases count under the flag "i").
 * @example wordStartMatcher('(?:Kota|Kab)\\b', ['Kota', 'Kab'])('di Kota Bima').map((m) => m.index) // [3]
 */
export function wordStartMatcher(body: string, openers: Iterable<string>, flags = 'u'): (text: string, startsFrom?: string) => RegExpExecArray[] {
  const sticky = new RegExp(body, `${flags.replace(/[gy]/g, '')}y`);
  const opens = new Uint8Array(0x250);
  for (const opener of openers) {
    const char = opener[0] ?? '';
    const forms = flags.includes('i') ? [char, char.toLowerCase(), char.toUpperCase()] : [char];
    for (const form of forms) {
      const code = form.charCodeAt(0);
      if (form.length !== 1 || code >= 0x250 || !LATIN_WORD_CHAR[code]) throw new Error(`wordStartMatcher: "${form}" is no Latin letter or digit`);
      opens[code] = 1;
    }
  }
  // `startsFrom`: a text with the same word starts, read instead (the text before lower-casing, whose starts are known).
  return (text, startsFrom = text) => {
    const matches: RegExpExecArray[] = [];
    let free = 0;
    for (const at of wordStarts(startsFrom)) {
      if (at < free || opens[text.charCodeAt(at)] !== 1) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue;
      matches.push(m);
      free = at + Math.max(1, m[0].length);
    }
    return matches;
  };
}

/**
 * V8 leaves some of its optimisations out of a pattern longer than 20 KB (kRegExpTooLargeToOptimize): the agencies'
 * trie crossed that size by 200 characters and every article took 3% longer. A trie of literals is kept below it by
 * cutting it into patterns by first character.
 */
const MAX_TRIE_PATTERN = 12_000;

/** A trie of literals cut into patterns by first character: all matches at word starts, or a match at a position. */
export interface LiteralMatcher {
  /** What `wordStartMatcher` gives for the whole trie: every match where a word starts. */
  all(text: string): RegExpExecArray[];
  /** The match at `pos` (sticky), or null. */
  at(text: string, pos: number): RegExpExecArray | null;
}

/** Literals cut into groups by first character: each group's trie, below {@link MAX_TRIE_PATTERN}, and each character's group. */
export interface LiteralGroups {
  readonly tries: readonly string[];
  /** The group of a first character (a code below U+0250), -1 for none. */
  readonly groupOf: Int8Array;
}

/**
 * Literals cut into groups by first character, built once for the matchers that share them: each character's trie is
 * built once, and a group's trie joins its characters' tries (what one trie of the group's literals would be).
 */
export function literalGroups(literals: Iterable<string>): LiteralGroups {
  const byFirst = new Map<string, string[]>();
  for (const literal of new Set(literals)) {
    const first = literal[0] ?? '';
    const code = first.charCodeAt(0);
    if (first.length !== 1 || code >= 0x250 || !LATIN_WORD_CHAR[code]) throw new Error(`literalGroups: "${literal}" opens with no Latin letter or digit`);
    const forms = byFirst.get(first);
    if (forms) forms.push(literal);
    else byFirst.set(first, [literal]);
  }
  const groupOf = new Int8Array(0x250).fill(-1);
  const groups: string[][] = [];
  let size = Infinity;
  for (const [first, forms] of [...byFirst].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const trie = buildAlternation(forms);
    if (size + trie.length > MAX_TRIE_PATTERN) {
      groups.push([]);
      size = 0;
    }
    groups.at(-1)!.push(trie);
    size += trie.length;
    groupOf[first.charCodeAt(0)] = groups.length - 1;
  }
  return { tries: groups.map((tries) => tries.join('|')), groupOf };
}

/**
 * A matcher of literals grouped by {@link literalGroups}, then the pattern `after`: at a word start only the group of its
 * character is tried.
 * @example literalMatcher(literalGroups(['Kota', 'Kab']), '(?![\\p{L}])').all('di Kota Bima').map((m) => m.index) // [3]
 */
export function literalMatcher({ tries, groupOf }: LiteralGroups, after: string): LiteralMatcher {
  const patterns = tries.map((trie) => new RegExp(`(?:${trie})${after}`, 'uy'));
  const at = (text: string, pos: number): RegExpExecArray | null => {
    const group = groupOf[text.charCodeAt(pos)] ?? -1;
    if (group < 0) return null;
    const pattern = patterns[group]!;
    pattern.lastIndex = pos;
    return pattern.exec(text);
  };
  return {
    at,
    all(text) {
      const matches: RegExpExecArray[] = [];
      let free = 0;
      for (const start of wordStarts(text)) {
        if (start < free) continue;
        const m = at(text, start);
        if (!m) continue;
        matches.push(m);
        free = start + Math.max(1, m[0].length);
      }
      return matches;
    },
  };
}

/** No letter right before / after (the same as (?<!\p{L}) and (?!\p{L}), fast as {@link WORD_START} is). */
export const LETTER_START = `(?<![${LATIN_LETTER}])(?<!(?=\\p{L})[^\\x00-\\u024f])`;
export const LETTER_END = `(?![${LATIN_LETTER}])(?![^\\x00-\\u024f](?<=\\p{L}))`;

/**
 * One letter or digit, or one of the characters `extra` (a class body such as "'’-"): the same as
 * [\p{L}\p{N}extra], fast as {@link WORD_START} is (inside a run of capitalised words it is tested per character).
 * @example new RegExp(`^${wordChar("'")}+$`, 'u').test("Mas'ud") // true
 */
export function wordChar(extra = ''): string {
  // The cheap test first: a character beyond U+024F, then whether it is a letter or digit.
  return `(?:[${LATIN_LETTER_OR_DIGIT}${extra}]|[^\\x00-\\u024f](?<=[\\p{L}\\p{N}]))`;
}

/**
 * Word shapes tested all over the finders, made once: bundlers (esbuild, tsx) write a pattern with \p{...} as
 * `new RegExp(...)`, so one written inside a function was built again on every call (170 times an article).
 */
export const UPPER_FIRST = /^\p{Lu}/u;
/** A capitalised word of letters only ("Balikpapan"). */
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A word of lower-case letters only. */
export const LOWER_CASE_WORD = /^\p{Ll}+$/u;
/** Spaces, then a capital: a capitalised word follows. */
export const CAPITAL_AFTER_SPACES = /^[ \t]+\p{Lu}/u;

/** Spaces or tabs, sticky: `matchAt(SPACES, text, at)` reads the gap at `at`. */
export const SPACES = /[ \t]+/y;

/**
 * Where a sentence or a line opens, as a pattern's source: the text's start, a full stop, "!" or "?" (a closing quote
 * after it) and spaces, or a line break. Each pattern adds what else opens a clause where it reads.
 */
export const SENTENCE_BREAK_SOURCE = String.raw`^|[.!?]["”]?[ \t]+|\n[ \t]*`;

/** The start of the sentence holding `pos`: after the last full stop, "!" or "?" and a space, or a line break. */
export function sentenceStartBefore(text: string, pos: number): number {
  for (let i = pos - 1; i > 0 && i > pos - 400; i -= 1) {
    const c = text[i]!;
    if (c === '\n') return i + 1;
    if (c !== ' ' && c !== '\t') continue;
    const before = text[i - 1] === '"' || text[i - 1] === '”' ? text[i - 2] : text[i - 1];
    if (before === '.' || before === '!' || before === '?') return i + 1;
  }
  return Math.max(0, pos - 400);
}

/**
 * The start of the sentence before the one starting at `start`, across the blank line between paragraphs: a new
 * paragraph's "sentence before" is the last of the paragraph above, not the empty line.
 */
export function previousSentenceStart(text: string, start: number): number {
  let end = start;
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1;
  return sentenceStartBefore(text, end);
}

/**
 * Where a literal stands in a text as a whole word: no letter or digit right before or after it.
 * @example wholeWordsAt('BI dan BIN', 'BI') // [0]
 */
export function wholeWordsAt(text: string, form: string): number[] {
  const found: number[] = [];
  if (form === '') return found;
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? '') && !WORD_CHAR.test(text[at + form.length] ?? '')) found.push(at);
  }
  return found;
}

/**
 * The word right before `at`, separated from it by spaces or tabs; '' if none.
 * @example wordBefore('kota Camden', 5) // 'kota'
 */
export function wordBefore(text: string, at: number): string {
  return /(\S+)[ \t]+$/.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? '';
}

/**
 * The first letters of a phrase's words, or of its capitalised words only ("Himpunan Kerukunan Tani Indonesia" ->
 * "HKTI"; "Asosiasi Pedagang Pasar Seluruh Indonesia" -> "APPSI").
 * @example initialsOf('Badan Pusat Statistik') // 'BPS'
 */
export function initialsOf(phrase: string, capitalisedOnly = false): string {
  const words = phrase.split(/[ \t]+/).filter((w) => w !== '' && (!capitalisedOnly || UPPER_FIRST.test(w)));
  return words.map((w) => w[0]).join('');
}

/**
 * The capitalised words at the end of `before` whose initials spell `acronym`, one word a letter, joined by a space;
 * null when they do not. Asked of the words right before "(X)", it says whether the text defines X as their short form
 * ("PT Sawit Bumi Benuaq (SBB)", "Pajak Bumi dan Bangunan (PBB)": "dan" is no capitalised word).
 * @example spelledBefore('tunggakan Pajak Bumi dan Bangunan ', 'PBB') // 'Pajak Bumi Bangunan'
 */
export function spelledBefore(before: string, acronym: string): string | null {
  const words = before.trim().split(/[ \t]+/).filter((w) => UPPER_FIRST.test(w)).slice(-acronym.length);
  return words.length === acronym.length && initialsOf(words.join(' ')) === acronym ? words.join(' ') : null;
}

/**
 * A short form with its letters' counts spelled out, to compare with a name's initials.
 * @example withCountedLetters('KP3') // 'KPPP'
 */
export function withCountedLetters(form: string): string {
  return form.replace(/([A-Z])([2-9])/g, (_, letter: string, count: string) => letter.repeat(Number(count)));
}

/**
 * The words with their first letters in capitals, as the title lists write them.
 * @example capitalize('direktur utama') // 'Direktur Utama'
 */
export function capitalize(words: string): string {
  return words.replace(/(^|[ \t])(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
}

/**
 * Title-case an all-caps word sequence, leave mixed case alone.
 * @example titleCaseIfUpper('JAKARTA') // 'Jakarta'
 */
export function titleCaseIfUpper(value: string): string {
  if (value !== value.toUpperCase()) return value;
  return value.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Whether a position lies inside one of the spans.
 * @example isInside(3, [{ start: 0, end: 5 }]) // true
 */
export function isInside(pos: number, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end);
}

/**
 * Whether a span overlaps one of the others.
 * @example overlapsAny({ start: 0, end: 10 }, [{ start: 9, end: 12 }]) // true
 */
export function overlapsAny(span: { start: number; end: number }, others: readonly { start: number; end: number }[]): boolean {
  return others.some((o) => span.start < o.end && span.end > o.start);
}

/**
 * Whether a span lies within one of the others, at its ends or inside.
 * @example withinAny({ start: 0, end: 10 }, [{ start: 0, end: 10 }]) // true
 */
export function withinAny(span: { start: number; end: number }, others: readonly { start: number; end: number }[]): boolean {
  return others.some((o) => span.start >= o.start && span.end <= o.end);
}

/**
 * Whether a span lies inside one of the others, which is longer.
 * @example insideLonger({ start: 2, end: 5 }, [{ start: 0, end: 10 }]) // true
 */
export function insideLonger(span: { start: number; end: number }, others: readonly { start: number; end: number }[]): boolean {
  return others.some((o) => span.start >= o.start && span.end <= o.end && o.end - o.start > span.end - span.start);
}

/**
 * Whether a span clashes with one of the others: overlaps it without being strictly larger and containing it.
 * @example clashesWith({ start: 0, end: 10 }, [{ start: 5, end: 15 }]) // true
 */
export function clashesWith(span: { start: number; end: number }, others: readonly { start: number; end: number }[]): boolean {
  return others.some(
    (o) =>
      span.start < o.end &&
      span.end > o.start &&
      !(span.start <= o.start && span.end >= o.end && span.end - span.start > o.end - o.start),
  );
}
