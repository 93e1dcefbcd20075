/**
 * @module entities/tagger
 * A small averaged-perceptron sequence tagger (BIO over PER / ORG / LOC, first-order Viterbi) trained on the NERGrit
 * train split by scripts/train-ner.ts; its weights live in data/ner-model.json. It finds bare names that carry no
 * title or agency grammar ("Barack Obama", "Pink Floyd", "Teluk Betung"); the rule finders stay the backbone and
 * their findings are passed in as hints.
 */
import model from './data/ner-model.json' with { type: 'json' };
import {
  CAP_COUNT,
  CONTEXT_TEMPLATE_COUNT,
  type Hint,
  type Token,
  WORD_OFFSETS,
  type WordClasses,
  type WordEntry,
  hashFeatureKey,
  hashFeatures,
  isDerivedNoun,
  isKnownPlaceName,
  isListedName,
  isPlainWord,
  isPossessive,
  tokenize,
  useWordClasses,
  wordFeatureHashes,
} from './tagger-features.js';
import type { Span } from './types.js';
import { SHORT_NAME_WORDS, UPPER_FIRST, overlapsAny } from './text-scan.js';
import { BALINESE_NAME_WORDS, CAPITALISED_ROLES, DEGREES, HONORIFICS, HONORIFICS_IN_NAMES, HONORIFIC_STEMS, NAME_OPENERS, NAME_STOPWORDS, PERSON_HONORIFICS, PLACE_HEAD_FIRST_WORDS, RANKS, TITLE_WORDS } from './gazetteer.js';
import { AREA_UNIT_WORDS } from '../shared/area-units.js';

/** The entity kinds the tagger predicts. */
export type TaggedKind = 'PER' | 'ORG' | 'LOC';

/** A span the tagger found. */
export interface TaggedSpan extends Span {
  kind: TaggedKind;
  /** How sure the tagger is: the lowest, over the span's tokens, of its tag's score minus the score of "O". */
  margin: number;
}

/** A rule finding given to the tagger as a hint. */
export interface HintSpan extends Span {
  hint: Hint;
}

/** The stored model: tag names, transition weights (row = previous tag, last row = start) and feature weights. */
export interface TaggerModel {
  tags: string[];
  transitions: number[][];
  /** The gazetteer word classes the model was trained with (its "cls" features read these, not the live lists). */
  classes: WordClasses;
  weights: Record<string, string>;
}

const MODEL = model as TaggerModel;
export const TAGS = MODEL.tags;
const TAG_COUNT = TAGS.length;
// scoreLine sums the weights of these seven tags in seven locals.
if (TAGS.join() !== 'O,B-PER,I-PER,B-ORG,I-ORG,B-LOC,I-LOC') {
  throw new Error(`tagger model tags ${TAGS.join()} are not O and BIO over PER, ORG, LOC`);
}

/**
 * A model ready for tagging. The feature weights sit in an open-addressing hash table of 16-byte slots: slot k
 * holds the feature hash in slotsI32[k * 4] (0 = empty) and, in slotsI16[k * 8 + 2 ..], each non-O tag's weight
 * minus the O weight in hundredths (the model file rounds weights to hundredths, so this is exact). Only score
 * differences to O matter (Viterbi and margins), so O scores 0. One probe reads one cache line, and the table is
 * half the size of one with seven float weights: in a full article the tagger's lookups miss the cache less.
 * Built from the readable model file (features hashed by hashFeatureKey).
 */
interface LoadedModel {
  transitions: number[][];
  /** The transitions row-major, -Infinity where a tag may not follow another. */
  transitionsFlat: Float64Array;
  slotMask: number;
  slotsI32: Int32Array;
  slotsI16: Int16Array;
}
/** A slot's size in 32-bit words. */
const SLOT_WORDS = 4;

/** Build the weight table and flat transitions of a model. */
function loadModel(source: TaggerModel): LoadedModel {
  if (source.tags.join() !== TAGS.join()) throw new Error(`tagger model tags ${source.tags.join()} differ from ${TAGS.join()}`);
  const featureCount = Object.keys(source.weights).length;
  const slotMask = (1 << Math.ceil(Math.log2(featureCount * 2 + 2))) - 1;
  const buffer = new ArrayBuffer((slotMask + 1) * SLOT_WORDS * 4);
  const slotsI32 = new Int32Array(buffer);
  const slotsI16 = new Int16Array(buffer);
  const weights = new Float64Array(TAG_COUNT);
  for (const [feature, packed] of Object.entries(source.weights)) {
    const hash = hashFeatureKey(feature);
    if (hash === null) continue;
    let slot = hash & slotMask;
    while (slotsI32[slot * SLOT_WORDS] !== 0 && slotsI32[slot * SLOT_WORDS] !== hash) slot = (slot + 1) & slotMask;
    slotsI32[slot * SLOT_WORDS] = hash;
    weights.fill(0);
    for (const pair of packed.split(' ')) {
      const colon = pair.indexOf(':');
      weights[Number(pair.slice(0, colon))]! += Number(pair.slice(colon + 1));
    }
    for (let t = 1; t < TAG_COUNT; t += 1) {
      const hundredths = (weights[t]! - weights[0]!) * 100;
      const at = slot * SLOT_WORDS * 2 + 1 + t;
      const sum = slotsI16[at]! + Math.round(hundredths);
      if (Math.abs(hundredths - Math.round(hundredths)) > 1e-6 || Math.abs(sum) > 32767) {
        throw new Error(`tagger model weight of ${feature} is not a hundredth within ±327.67 of its O weight`);
      }
      slotsI16[at] = sum;
    }
  }
  return { transitions: source.transitions, transitionsFlat: flattenTransitions(source.transitions), slotMask, slotsI32, slotsI16 };
}

/** Whether tag `cur` may follow tag `prev` (I-X only after B-X or I-X). */
const ALLOWED = TAGS.map((prev) => TAGS.map((cur) => !cur.startsWith('I-') || prev.slice(2) === cur.slice(2)));
const START_ALLOWED = TAGS.map((cur) => !cur.startsWith('I-'));
const ALLOWED_FLAT = Uint8Array.from(ALLOWED.flat().map(Number));

/** The shipped model (data/ner-model.json), built once. */
const SHIPPED = loadModel(MODEL);
/** The model in use: the shipped one unless an evaluation swapped in another ({@link useTaggerModel}). */
let loaded = SHIPPED;

/**
 * Tag with another model of the same tags, and its word classes, from now on (scripts/train-ner.ts scores freshly
 * trained fold models this way without writing them); the shipped model again when called with no argument.
 */
export function useTaggerModel(source?: TaggerModel): void {
  const next = source ? loadModel(source) : SHIPPED;
  useWordClasses((source ?? MODEL).classes); // throws on a model without its classes, before the swap
  loaded = next;
}

/**
 * Label each token with the hint of the span covering it.
 * @example labelTokens([{ text: 'Pati', start: 0, end: 4 }], [{ start: 0, end: 4, hint: 'L' }]) // ['L']
 */
export function labelTokens(tokens: readonly Token[], spans: readonly HintSpan[]): Hint[] {
  const labels: Hint[] = tokens.map(() => '-');
  if (spans.length === 0) return labels;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let j = 0;
  tokens.forEach((token, i) => {
    while (j < sorted.length && sorted[j]!.end <= token.start) j += 1;
    const span = sorted[j];
    if (span && span.start < token.end) labels[i] = span.hint;
  });
  return labels;
}

let hashBuffer = new Int32Array(256 * CONTEXT_TEMPLATE_COUNT);
let scoreBuffer = new Float64Array(256 * TAG_COUNT);
/** The word entries of the line being scored (token i's at i + 2), kept between lines. */
const lineEntries: WordEntry[] = [];

/** The slot of a feature hash in a model's weight table (its first 32-bit word), -1 for a feature the model lacks. */
function slotOf(model: LoadedModel, hash: number): number {
  const { slotMask, slotsI32 } = model;
  let slot = hash & slotMask;
  for (let key = slotsI32[slot * SLOT_WORDS]!; key !== hash; key = slotsI32[slot * SLOT_WORDS]!) {
    if (key === 0) return -1;
    slot = (slot + 1) & slotMask;
  }
  return slot * SLOT_WORDS;
}

/**
 * What a word's own features add to the six non-O tags of a token, in hundredths, for the word at offset index `o` of
 * WORD_OFFSETS from the token and the token's cap `cap`: six sums at ((o * CAP_COUNT) + cap) * 6 of the word's
 * weights. Each pair is summed when first asked for under the model in use and kept in the word's entry (`filled` has
 * a bit per pair), so a token looks up only its context features, and a word seen once costs no more than before.
 */
function fillWordWeights(entry: WordEntry, o: number, cap: number): void {
  if (entry.weightsOf !== loaded || !entry.weights) {
    entry.weights = new Int32Array(WORD_OFFSETS.length * CAP_COUNT * 6);
    entry.filled = 0;
    entry.weightsOf = loaded;
  }
  const pair = o * CAP_COUNT + cap;
  const weights = entry.weights;
  for (const hash of wordFeatureHashes(entry, WORD_OFFSETS[o]!, cap)) {
    const at = slotOf(loaded, hash);
    if (at < 0) continue;
    for (let k = 0; k < 6; k += 1) weights[pair * 6 + k]! += loaded.slotsI16[at * 2 + 2 + k]!;
  }
  entry.filled |= 1 << pair;
}

/**
 * Per-token tag scores of a line from the feature weights, token i's TAG_COUNT scores at [i * TAG_COUNT ..] (one
 * flat array: allocating a row per token cost more than filling it); inactive tokens can only be "O". The array is
 * a view of a buffer the next call refills (a typed array per line cost more than the line's decoding): read it
 * before scoring another line.
 */
export function scoreLine(words: readonly string[], hints: readonly Hint[], active: readonly boolean[]): Float64Array {
  const n = words.length;
  if (hashBuffer.length < n * CONTEXT_TEMPLATE_COUNT) hashBuffer = new Int32Array(n * CONTEXT_TEMPLATE_COUNT * 2);
  if (scoreBuffer.length < n * TAG_COUNT) scoreBuffer = new Float64Array(n * TAG_COUNT * 2);
  hashFeatures(words, hints, active, hashBuffer, lineEntries);
  const { slotMask, slotsI32, slotsI16 } = loaded;
  const slotEnd = (slotMask + 1) * SLOT_WORDS;
  const scores = scoreBuffer.subarray(0, n * TAG_COUNT);
  for (let i = 0; i < n; i += 1) {
    scores[i * TAG_COUNT] = 0; // "O" scores 0 (the buffer holds the last line's scores)
    if (!active[i]) {
      scores.fill(-Infinity, i * TAG_COUNT + 1, (i + 1) * TAG_COUNT);
      continue;
    }
    // One local sum per tag, in hundredths: the tagger's hottest loop, about twice as fast as adding into the scores.
    let bPer = 0, iPer = 0, bOrg = 0, iOrg = 0, bLoc = 0, iLoc = 0;
    // The word features of the token and its neighbours within two (entries i .. i + 4), summed once per word.
    const cap = lineEntries[i + 2]!.cap;
    for (let o = 0; o < 5; o += 1) {
      const entry = lineEntries[i + o]!;
      const pair = o * CAP_COUNT + cap;
      if (entry.weightsOf !== loaded || (entry.filled & (1 << pair)) === 0) fillWordWeights(entry, o, cap);
      const w = entry.weights!;
      const at = pair * 6;
      bPer += w[at]!;
      iPer += w[at + 1]!;
      bOrg += w[at + 2]!;
      iOrg += w[at + 3]!;
      bLoc += w[at + 4]!;
      iLoc += w[at + 5]!;
    }
    for (let t = i * CONTEXT_TEMPLATE_COUNT, end = t + CONTEXT_TEMPLATE_COUNT; t < end; t += 1) {
      const hash = hashBuffer[t]!;
      if (hash === 0) continue;
      // Probe the table: a feature the model does not know meets an empty slot.
      let at = (hash & slotMask) * SLOT_WORDS;
      let key = slotsI32[at]!;
      while (key !== hash && key !== 0) {
        at += SLOT_WORDS;
        if (at === slotEnd) at = 0;
        key = slotsI32[at]!;
      }
      if (key === 0) continue;
      const w = at * 2 + 2;
      bPer += slotsI16[w]!;
      iPer += slotsI16[w + 1]!;
      bOrg += slotsI16[w + 2]!;
      iOrg += slotsI16[w + 3]!;
      bLoc += slotsI16[w + 4]!;
      iLoc += slotsI16[w + 5]!;
    }
    const row = i * TAG_COUNT;
    scores[row + 1] = bPer / 100;
    scores[row + 2] = iPer / 100;
    scores[row + 3] = bOrg / 100;
    scores[row + 4] = iOrg / 100;
    scores[row + 5] = bLoc / 100;
    scores[row + 6] = iLoc / 100;
  }
  return scores;
}

let decodeBest = new Float64Array(256 * 7);
let decodeBack = new Int32Array(256 * 7);

/**
 * Best tag sequence (indices) for token scores (token i's scores at [i * tags ..], tags = the transition matrix's
 * width) under a transition matrix (row `tags` = start). `afterO` / `beforeO` say that the tokens sit between tokens
 * forced to "O" (a run of active tokens inside a line), so the result equals decoding the whole line.
 * @example decodeTags(new Float64Array(0), [[0]]) // []
 */
export function decodeTags(
  scores: Float64Array,
  transitions: readonly (readonly number[])[] = loaded.transitions,
  afterO = false,
  beforeO = false,
): number[] {
  const tagCount = transitions[0]!.length;
  const n = scores.length / tagCount;
  if (n === 0) return [];
  const flat = transitions === loaded.transitions ? loaded.transitionsFlat : flattenTransitions(transitions);
  // Scratch tables kept between calls: a line has dozens of runs, and allocating typed arrays costs more than the
  // decoding of a short run.
  if (decodeBest.length < n * tagCount) {
    decodeBest = new Float64Array(n * tagCount * 2);
    decodeBack = new Int32Array(n * tagCount * 2);
  }
  const best = decodeBest;
  const back = decodeBack;
  const startRow = (afterO ? 0 : tagCount) * tagCount;
  for (let t = 0; t < tagCount; t += 1) {
    best[t] = START_ALLOWED[t] ? scores[t]! + flat[startRow + t]! : -Infinity;
  }
  for (let i = 1; i < n; i += 1) {
    const prevBase = (i - 1) * tagCount;
    for (let t = 0; t < tagCount; t += 1) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < tagCount; p += 1) {
        // A disallowed transition weighs -Infinity (I-X only after B-X or I-X).
        const v = best[prevBase + p]! + flat[p * tagCount + t]!;
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      best[i * tagCount + t] = top + scores[i * tagCount + t]!;
      back[i * tagCount + t] = arg;
    }
  }
  const lastBase = (n - 1) * tagCount;
  let last = 0;
  let lastScore = -Infinity;
  for (let t = 0; t < tagCount; t += 1) {
    const score = best[lastBase + t]! + (beforeO ? flat[t * tagCount]! : 0);
    if (t === 0 || score > lastScore) {
      last = t;
      lastScore = score;
    }
  }
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i -= 1) path[i - 1] = back[i * tagCount + path[i]!]!;
  return path;
}

/** Transition weights as one row-major array, -Infinity where a tag may not follow another. */
function flattenTransitions(transitions: readonly (readonly number[])[]): Float64Array {
  const tagCount = transitions[0]!.length;
  const flat = new Float64Array(transitions.length * tagCount);
  transitions.forEach((row, p) =>
    row.forEach((w, t) => (flat[p * tagCount + t] = p < tagCount && !ALLOWED_FLAT[p * tagCount + t] ? -Infinity : w)),
  );
  return flat;
}

/** Read BIO tag indices into token-index spans with their kind. */
export function readTagSpans(path: readonly number[]): { first: number; last: number; kind: TaggedKind }[] {
  const spans: { first: number; last: number; kind: TaggedKind }[] = [];
  path.forEach((t, i) => {
    const tag = TAGS[t]!;
    if (tag.startsWith('B-')) spans.push({ first: i, last: i, kind: tag.slice(2) as TaggedKind });
    else if (tag.startsWith('I-') && spans.length > 0 && spans[spans.length - 1]!.last === i - 1) spans[spans.length - 1]!.last = i;
  });
  return spans;
}

/** Lower-case words that join two names but belong to neither: "Sumatra and Kalimantan", "Waters di Great Bookham". */
const JOINING_WORDS = new Set(['dan', 'and', 'di', 'serta', 'atau', 'or', 'ke', 'dari', 'in', 'at', 'with', 'dengan', 'through', 'via', 'to', 'from', 'melalui', 'lewat']);
/**
 * Words a tagged person never starts with: sentence words, titles, ranks, honorifics ("Serma Hartono"); tokens
 * lose an honorific's period ("Drs." is the tokens "Drs" and "."), so the bare forms count too.
 */
const NOT_NAME_START = new Set(
  [
    ...NAME_STOPWORDS, ...TITLE_WORDS, ...RANKS, ...[...HONORIFICS].map((h) => h.replace(/\.$/, '')), ...HONORIFICS,
    ...CAPITALISED_ROLES, ...[...DEGREES].map((d) => d.replace(/\.$/, '')),
    // "Sp.KJ" is the tokens "Sp", ".", "KJ": a degree's first part of two letters or more starts no name ("M." may).
    ...[...DEGREES].flatMap((d) => /^(\p{L}{2,})\./u.exec(d)?.[1] ?? []),
  ].filter((w) => !HONORIFICS_IN_NAMES.has(w)),
);
const NO_DASHES: ReadonlySet<number> = new Set();
/** English words that open a sentence before a place or a person: "In", "At", "The" ... */
const ENGLISH_OPENERS: ReadonlySet<string> = new Set(['In', 'At', 'On', 'From', 'Near', 'Across', 'Outside', 'Inside', 'The']);

/**
 * Whether the dash at `at` joins two full names ("Usha Mangeshkar - Meena Mangeshkar"), each of two capitalised
 * words or more; one word on a side is a hyphenated name written with spaces ("Catherine Zeta - Jones").
 */
function joinsTwoNames(words: readonly string[], span: { first: number; last: number }, at: number): boolean {
  return capitalisedCount(words, span.first, at) >= 2 && capitalisedCount(words, at + 1, span.last + 1) >= 2;
}
/** How many of the words from `from` to `to` (exclusive) are capitalised. */
function capitalisedCount(words: readonly string[], from: number, to: number): number {
  return words.slice(from, to).filter((w) => UPPER_FIRST.test(w)).length;
}
/** Short words that end with a period inside a name ("H. Sujono", "Arifin C. Noer", "Harold Belafonte, Jr."). */
const NAME_ABBREVIATION = new RegExp(`^(?:\\p{Lu}{1,2}|Jr|Sr|St|Hj?|${SHORT_NAME_WORDS.join('|')}|Mr|Mrs|Ms|Dr|Ir|Drs|Dt)$`, 'u');

/** " Agung " between two halves of a Balinese name. */
const BALINESE_AGUNG_GAP = /^[ \t]+Agung[ \t]+$/;
/** A person's span whose last word is a name's abbreviation ("Muh", "Dt"), then its period and the rest of the name. */
const ABBREVIATION_GAP = /^[ \t]*\.[ \t]+$/;

/**
 * "Muh. Ilham Saranani", "Zulfahmi Dt. Bangso": the tagger, trained on text where a period ends a sentence, reads two
 * people where an abbreviation's period stands inside one name; the two are joined.
 */
function joinAbbreviatedNames(text: string, spans: TaggedSpan[]): TaggedSpan[] {
  const joined: TaggedSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    // The cheap tests first: two people with a period right after the first.
    if (previous && previous.kind === 'PER' && span.kind === 'PER' && text[previous.end] === '.' && ABBREVIATION_GAP.test(text.slice(previous.end, span.start))) {
      const lastWord = /(\S+)$/.exec(text.slice(previous.start, previous.end))![1]!;
      if (NAME_ABBREVIATION.test(lastWord) && lastWord.length > 1) {
        joined[joined.length - 1] = { ...previous, end: span.end, margin: Math.min(previous.margin, span.margin) };
        continue;
      }
    }
    // "Ida Pangelingsir Agung Ngurah Suweca": "Agung" inside a Balinese noble's name, which the tagger leaves out as a
    // title's word ("Jaksa Agung"), joins the two halves.
    if (previous && previous.kind === 'PER' && span.kind === 'PER' && BALINESE_AGUNG_GAP.test(text.slice(previous.end, span.start)) && BALINESE_NAME_WORDS.has(/^\S+/.exec(text.slice(previous.start, previous.end))![0])) {
      joined[joined.length - 1] = { ...previous, end: span.end, margin: Math.min(previous.margin, span.margin) };
      continue;
    }
    // "Zulfahmi Dt. Bangso": a Minangkabau title of honour (Datuk) goes on to the name it gives, tagged or not.
    const datuk = span.kind === 'PER' && text[span.end] === '.' && text.endsWith('Dt', span.end) && /[ \t]/.test(text[span.end - 3] ?? '') ? DATUK_NAME_AT.exec(text.slice(span.end, span.end + 40)) : null;
    joined.push(datuk ? { ...span, end: span.end + datuk[0].length } : span);
  }
  return joined;
}
/** The period after "Dt" and the one or two capitalised words of the title's name. */
const DATUK_NAME_AT = /^\.[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?/u;

/** Whether a Balinese name opens at word `at`: "I" or "Ni", then a Balinese name word ("I Made", "Ni Luh"). */
function opensBalineseName(words: readonly string[], at: number): boolean {
  return (words[at] === 'I' || words[at] === 'Ni') && BALINESE_NAME_WORDS.has(words[at + 1] ?? '');
}

/**
 * A tagged person or place run cut into the names it holds: split at a joining word ("Sumatra and Kalimantan") or
 * at a sentence end ("Sukhdev Singh. Promo"); a person also loses a leading sentence word ("Menurut Nangoi" ->
 * "Nangoi"), which a place keeps ("Kota Milwaukee"), and a trailing degree ("BA"); an "organization" of title words
 * only ("AKBP") is dropped.
 * Organizations keep their inner words ("Dinas Koperasi UMKM dan Perindustrian").
 * @example tidySpan(['Sumatra', 'and', 'Kalimantan'], { first: 0, last: 2, kind: 'LOC' }).length // 2
 */
export function tidySpan(
  words: readonly string[],
  tagged: { first: number; last: number; kind: TaggedKind },
  spacedDashes: ReadonlySet<number> = NO_DASHES,
): { first: number; last: number; kind: TaggedKind }[] {
  // "Ki Hajar Dewantara", "Wan Syafrizal": a name that opens with a person's honorific or a word that opens only names
  // is a person's, whatever the tagger read (a street or campus named after one opens with its own word: "Jalan Ki
  // Hajar Dewantara").
  // So does a Balinese name's "I" or "Ni" before a Balinese name word ("Ni Luh Made Sukmawati").
  const balinese = opensBalineseName(words, tagged.first);
  const honoured = tagged.kind !== 'PER' && tagged.last > tagged.first && (opensOnlyNames(words[tagged.first]!) || balinese);
  const span = honoured ? { ...tagged, kind: 'PER' as const } : tagged;
  if (span.kind === 'ORG') {
    // "Sekda Banten Dr. Ir. H" + "Deden Supriatna": the honorifics of the name after a title end no organization
    // ("RSUD Dr. Moewardi" keeps its namesake's, a name after them).
    let last = span.last;
    while (last > span.first && (words[last] === '.' || HONORIFIC_STEMS.has(words[last]!))) last -= 1;
    const periods = words.slice(last + 1, span.last + 2).includes('.');
    const kept = last < span.last && words[last + 1] !== '.' && periods ? { ...span, last } : span;
    // A rank or title alone ("AKBP", "Kepala") is no organization.
    return words.slice(kept.first, kept.last + 1).every((w) => NOT_NAME_START.has(w)) ? [] : [kept];
  }
  const pieces: { first: number; last: number; kind: TaggedKind }[] = [];
  // "In Cakung, East Jakarta", "The Aceh-born banker": an English sentence's first word is no part of a person or place.
  let first = span.first + (span.last > span.first && ENGLISH_OPENERS.has(words[span.first]!) ? 1 : 0);
  // "Bendesa Adat Panjer I Wayan Jaya Sujana": a Balinese name's "I" or "Ni" inside a place run opens a person's name.
  let kind = span.kind;
  for (let i = span.first; i <= span.last; i += 1) {
    const word = words[i]!;
    const sentenceEnd = word === '.' && i > first && !NAME_ABBREVIATION.test(words[i - 1]!) && i < span.last;
    // The place is a name of its own ("Panjer"), not a force's short form before a rank's holder ("Brigjen TNI I Made").
    if (kind === 'LOC' && i > first && opensBalineseName(words, i) && i < span.last && /\p{Ll}/u.test(words[i - 1]!)) {
      pieces.push({ first, last: i - 1, kind });
      first = i;
      kind = 'PER';
    } else if (JOINING_WORDS.has(word) || sentenceEnd || (spacedDashes.has(i) && joinsTwoNames(words, span, i))) {
      if (i > first) pieces.push({ first, last: i - 1, kind });
      first = i + 1;
    }
  }
  if (first <= span.last) pieces.push({ first, last: span.last, kind });
  // A lone dictionary word cut off by the split is no name of its own ("Sukhdev Singh. Promo").
  const kept = pieces.length < 2 ? pieces : pieces.filter((p) => !(p.first === p.last && isPlainWord(words[p.first]!)));
  if (span.kind !== 'PER') return kept;
  return kept.flatMap((p) => {
    let start = p.first;
    let end = p.last;
    // "Pembelian Pertalite": a noun made of a stem ("pembelian", purchase) opens a sentence, no name.
    while (start < end && (NOT_NAME_START.has(words[start]!) || isPossessive(words[start]!) || (isDerivedNoun(words[start]!) && !isListedName(words[start]!)))) {
      start += 1;
    }
    // A degree after the name is no part of it ("Abdullah Sitopan BA"), nor an amount written against its currency
    // ("fined Aditya Rp500 million").
    while (end > start && (DEGREES.has(words[end]!) || /^\p{L}{1,3}\d/u.test(words[end]!))) end -= 1;
    if (NOT_NAME_START.has(words[start]!)) return [];
    // "I Nyoman Gede Putra", "Ni Luh Putu": the "I" or "Ni" opening a Balinese name is part of it.
    if (start > 0 && opensBalineseName(words, start - 1)) start -= 1;
    return [{ ...p, first: start, last: end }];
  });
}

/** Tag a text: PER / ORG / LOC spans with character offsets, given the rule findings as hints. */
export function tagText(text: string, hints: readonly HintSpan[]): TaggedSpan[] {
  const tokens = tokenize(text);
  const labels = labelTokens(tokens, hints);
  const spans: TaggedSpan[] = [];
  // The tagger never runs across a line break: tag line by line.
  let lineStart = 0;
  let lineBreak = text.indexOf('\n');
  for (let i = 0; i <= tokens.length; i += 1) {
    if (i < tokens.length && (lineBreak === -1 || tokens[i]!.start < lineBreak)) continue;
    if (i > lineStart) tagLine(tokens.slice(lineStart, i), labels.slice(lineStart, i), spans);
    lineStart = i;
    if (i < tokens.length) lineBreak = text.indexOf('\n', tokens[i]!.start);
  }
  return harmonizeLists(text, joinAbbreviatedNames(text, spans.sort((a, b) => a.start - b.start)));
}

/** What may stand between two items of one list: a comma, "dan", "serta", "atau", "and", "or". */
const LIST_GAP = /^[ \t]*(?:,[ \t]*(?:(?:dan|serta|atau|and|or)[ \t]+)?|(?:dan|serta|atau|and|or)[ \t]+)$/;

/** Whether a word opens only a person's name: a person's honorific ("Ki", "KH") or a word such as "Wan", "Andi". */
function opensOnlyNames(word: string): boolean {
  return PERSON_HONORIFICS.has(word) || NAME_OPENERS.has(word);
}

/** Whether a span of more than one word opens with a word that opens only a person's name. */
function opensPersonName(text: string, span: Span): boolean {
  const first = /^\S+/.exec(text.slice(span.start, span.end))?.[0] ?? '';
  return span.end - span.start > first.length && opensOnlyNames(first);
}

/**
 * Items of one list are of one kind ("Cawas, Trucuk, Pedan dan Karangdowo"): where a list of three or more tagged
 * names has a clear majority of places or of people, the other person / place items take that kind. A "person"
 * that is a known place (kecamatan, desa, town) and no listed given name votes as a place.
 * @example harmonizeLists('Cawas, Trucuk, Pedan', spans) // Trucuk PER -> LOC when Cawas and Pedan are LOC
 */
export function harmonizeLists(text: string, spans: TaggedSpan[]): TaggedSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let chain: TaggedSpan[] = [];
  const settle = (): void => {
    if (chain.length >= 3) {
      // A known place the tagger read as a person votes as a place, unless a name list knows its first word too.
      const placeVotes = chain.map((s) => s.kind === 'LOC' || (s.kind === 'PER' && isKnownPlaceName(text.slice(s.start, s.end))));
      const places = placeVotes.filter(Boolean).length;
      const people = chain.filter((s, i) => s.kind === 'PER' && !placeVotes[i]).length;
      // Suburbs nobody lists ("Ngongotaha, Fairy Springs, ..., Springfield, Hillcrest"): with two known places among
      // them and not one listed given name, the "people" are places too.
      const named = chain.some((s) => s.kind === 'PER' && isListedName(tokenize(text.slice(s.start, s.end))[0]!.text));
      const major =
        places >= 2 && (places > people * 2 || !named) ? 'LOC' : people >= 2 && people > places * 2 ? 'PER' : null;
      // A name that opens with an honorific or a name-only word stays a person's ("Kampar, Wan Syafrizal, mengaku").
      if (major) for (const s of chain) if ((s.kind === 'LOC' || s.kind === 'PER') && !opensPersonName(text, s)) s.kind = major;
    }
    chain = [];
  };
  for (const span of sorted) {
    const previous = chain[chain.length - 1];
    if (previous && !LIST_GAP.test(text.slice(previous.end, span.start))) settle();
    chain.push(span);
  }
  settle();
  return sorted;
}

/** Tag one line's tokens, adding the spans found; only runs of active tokens are scored and decoded. */
function tagLine(line: readonly Token[], labels: readonly Hint[], spans: TaggedSpan[]): void {
  const active = markActive(line, labels);
  if (!active.includes(true)) return;
  const scores = scoreLine(line.map((t) => t.text), labels, active);
  for (let first = 0; first < line.length; first += 1) {
    if (!active[first]) continue;
    let last = first;
    while (last + 1 < line.length && active[last + 1]) last += 1;
    const run = scores.subarray(first * TAG_COUNT, (last + 1) * TAG_COUNT);
    const path = decodeTags(run, loaded.transitions, first > 0, last < line.length - 1);
    // Most runs are a capitalised sentence word or two, all "O": nothing to read.
    if (!path.some((t) => t !== 0)) {
      first = last;
      continue;
    }
    const words = line.slice(first, last + 1).map((t) => t.text);
    const spacedDashes = new Set<number>();
    for (let k = first + 1; k < last; k += 1) {
      if (DASHES.has(line[k]!.text) && line[k - 1]!.end < line[k]!.start && line[k]!.end < line[k + 1]!.start) spacedDashes.add(k - first);
    }
    // tidySpan splits people and places at a spaced dash; it leaves an organization whole.
    for (const s of readTagSpans(path).flatMap((span) => tidySpan(words, span, spacedDashes))) {
      let margin = Infinity;
      for (let k = s.first; k <= s.last; k += 1) {
        margin = Math.min(margin, run[k * TAG_COUNT + path[k]!]! - run[k * TAG_COUNT]!);
      }
      const begin = s.kind === 'PER' ? listedNameStart(line, first + s.first) : first + s.first;
      const end = s.kind === 'PER' ? generationSuffixEnd(line, first + s.last) : first + s.last;
      spans.push({ start: line[begin]!.start, end: line[end]!.end, kind: s.kind, margin });
    }
    first = last;
  }
}

const DASHES = new Set(['-', '–', '—']);

/**
 * The first token of a person's name the tagger starts at token `at`, taking one listed given name it left out
 * before it ("Aji Mirni Mawarni", "Awang Ferdian Hidayat": "Aji" and "Awang" are dictionary words too), unless a
 * capitalised word that could be a name's or a place's ("Masjid Agung Ahmad Dahlan") comes before that; two such
 * names where nothing capitalised comes before them ("Bayu Aji Pranoto").
 */
function listedNameStart(line: readonly Token[], at: number): number {
  const before = line[at - 1];
  if (!before || !/^\p{Lu}\p{Ll}/u.test(before.text) || !isListedName(before.text) || NOT_NAME_START.has(before.text)) return at;
  const prior = line[at - 2]?.text ?? '';
  if (!UPPER_FIRST.test(prior) || NOT_NAME_START.has(prior)) return at - 1;
  // "Bayu Aji Pranoto": two listed given names it left out, where no capitalised word comes before them.
  const opensName = /^\p{Lu}\p{Ll}/u.test(prior) && isListedName(prior) && !UPPER_FIRST.test(line[at - 3]?.text ?? '');
  return opensName ? at - 2 : at;
}

/** A generation suffix after a name: ", Jr." / " Sr." ("Harold George Belafonte, Jr."). */
const GENERATION = new Set(['Jr', 'Sr']);

/** The last token of a person's name ending at token `last`, taking a generation suffix after it. */
function generationSuffixEnd(line: readonly Token[], last: number): number {
  let at = last + 1;
  if (line[at]?.text === ',') at += 1;
  if (!GENERATION.has(line[at]?.text ?? '')) return last;
  return line[at + 1]?.text === '.' ? at + 1 : at;
}

/**
 * Lower-case words that open a name before a capitalised word ("desa Kramas", "pulau Belitung", "kota Camden",
 * "klub Persija"): the heads of places, administrative units and bodies, written small.
 */
const LOWER_CASE_HEADS: ReadonlySet<string> = new Set(
  [...PLACE_HEAD_FIRST_WORDS, ...AREA_UNIT_WORDS, 'Kota', 'Kabupaten', 'Provinsi', 'Dukuh', 'Klub', 'Tim', 'Timnas', 'Sekolah', 'Situs'].map((w) => w.toLowerCase()),
);

/** How many other tokens may stand between two name words inside one name ("Stade de la Mosson", "School of the Arts"). */
const MAX_INNER_GAP = 2;

/**
 * Tokens worth tagging: a capitalised word, a number ("SMA Negeri 8") or a hinted token; a token written against one
 * ("Yoon-hee", "Rifa'i"); up to two words between two of them ("Teknologi dan Bisnis", "Stade de la Mosson"); a
 * lower-case head before one ("desa Kramas"). Every other token is "O": in news text most words are lower-case, and
 * a lower-case word next to a name is nearly never part of it ("di Balikpapan", "Ray Rogers ,"); it still counts as
 * the name's context.
 */
export function markActive(tokens: readonly Token[], labels: readonly Hint[]): boolean[] {
  const n = tokens.length;
  const active = tokens.map((t, i) => {
    const code = t.text.charCodeAt(0);
    return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code > 127 && t.text[0] !== t.text[0]!.toLowerCase()) || labels[i] !== '-';
  });
  const keys: number[] = [];
  active.forEach((k, i) => k && keys.push(i));
  for (let k = 0; k < keys.length; k += 1) {
    const at = keys[k]!;
    const next = keys[k + 1];
    if (next !== undefined && next - at - 1 <= MAX_INNER_GAP) active.fill(true, at + 1, next);
    // Glued tokens on either side: "Yoon-hee", "Ma'ruf".
    for (let j = at + 1; j < n && tokens[j]!.start === tokens[j - 1]!.end; j += 1) active[j] = true;
    for (let j = at - 1; j >= 0 && tokens[j]!.end === tokens[j + 1]!.start; j -= 1) active[j] = true;
    if (at > 0 && LOWER_CASE_HEADS.has(tokens[at - 1]!.text)) active[at - 1] = true;
  }
  return active;
}

/** The rule findings as tagger hints: organizations (G), regions and named places (L). */
export function buildHints(orgHits: readonly Span[], regionHits: readonly Span[], placeHits: readonly Span[]): HintSpan[] {
  const hints: HintSpan[] = [];
  for (const h of orgHits) hints.push({ start: h.start, end: h.end, hint: 'G' });
  for (const h of [...regionHits, ...placeHits]) {
    if (!overlapsAny(h, orgHits)) hints.push({ start: h.start, end: h.end, hint: 'L' });
  }
  return hints;
}
