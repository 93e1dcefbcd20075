/**
 * @module entities/tagger
 * A small averaged-perceptron sequence tagger (BIO over PER / ORG / LOC, first-order Viterbi) trained on the NERGrit
 * train split by scripts/train-ner.ts; its weights live in data/ner-model.json. It finds bare names that carry no
 * title or agency grammar ("Barack Obama", "Pink Floyd", "Teluk Betung"); the rule finders stay the backbone and
 * their findings are passed in as hints.
 */
import model from './data/ner-model.json' with { type: 'json' };
import { TAGGER_MIN_MARGIN } from './settings.js';
import { type Hint, type Token, extractFeatures, tokenize } from './tagger-features.js';
import type { Span } from './types.js';

/** The entity kinds the tagger predicts. */
export type TaggedKind = 'PER' | 'ORG' | 'LOC';

/** A span the tagger found. */
export interface TaggedSpan extends Span {
  kind: TaggedKind;
}

/** A rule finding given to the tagger as a hint. */
export interface HintSpan extends Span {
  hint: Hint;
}

/** The stored model: tag names, transition weights (row = previous tag, last row = start) and feature weights. */
export interface TaggerModel {
  tags: string[];
  transitions: number[][];
  weights: Record<string, string>;
}

const MODEL = model as TaggerModel;
export const TAGS = MODEL.tags;
const TAG_COUNT = TAGS.length;
const TRANSITIONS = MODEL.transitions;
/** Feature weights unpacked from "tag:weight tag:weight" strings into dense rows. */
const WEIGHTS = new Map<string, Float64Array>();
for (const [feature, packed] of Object.entries(MODEL.weights)) {
  const row = new Float64Array(TAG_COUNT);
  for (const pair of packed.split(' ')) {
    const [tag, weight] = pair.split(':');
    row[Number(tag)] = Number(weight);
  }
  WEIGHTS.set(feature, row);
}
/** Whether tag `cur` may follow tag `prev` (I-X only after B-X or I-X). */
const ALLOWED = TAGS.map((prev) => TAGS.map((cur) => !cur.startsWith('I-') || prev.slice(2) === cur.slice(2)));
const START_ALLOWED = TAGS.map((cur) => !cur.startsWith('I-'));

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

/** Per-token tag scores from the feature weights. */
export function scoreTokens(features: readonly string[][]): Float64Array[] {
  return features.map((feats) => {
    const scores = new Float64Array(TAG_COUNT);
    // A token without features was left out (far from any capital): only "O" is possible.
    if (feats.length === 0) {
      scores.fill(-Infinity);
      scores[0] = 0;
      return scores;
    }
    for (const f of feats) {
      const row = WEIGHTS.get(f);
      if (row) for (let t = 0; t < TAG_COUNT; t += 1) scores[t]! += row[t]!;
    }
    return scores;
  });
}

/**
 * Best tag sequence (indices) for token scores under a transition matrix (row TAG_COUNT = start).
 * @example decodeTags([], [[0]]) // []
 */
export function decodeTags(scores: readonly Float64Array[], transitions: readonly number[][] = TRANSITIONS): number[] {
  const n = scores.length;
  if (n === 0) return [];
  const tagCount = scores[0]!.length;
  const best = new Float64Array(n * tagCount);
  const back = new Int32Array(n * tagCount);
  for (let t = 0; t < tagCount; t += 1) {
    best[t] = START_ALLOWED[t] ? scores[0]![t]! + transitions[tagCount]![t]! : -Infinity;
  }
  for (let i = 1; i < n; i += 1) {
    for (let t = 0; t < tagCount; t += 1) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < tagCount; p += 1) {
        if (!ALLOWED[p]![t]) continue;
        const s = best[(i - 1) * tagCount + p]! + transitions[p]![t]!;
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[i * tagCount + t] = top + scores[i]![t]!;
      back[i * tagCount + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < tagCount; t += 1) if (best[(n - 1) * tagCount + t]! > best[(n - 1) * tagCount + last]!) last = t;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i -= 1) path[i - 1] = back[i * tagCount + path[i]!]!;
  return path;
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

/** Split tokens into lines (the tagger never runs across a line break). */
function splitLines(text: string, tokens: readonly Token[]): Token[][] {
  const lines: Token[][] = [];
  let current: Token[] = [];
  let lastEnd = 0;
  for (const token of tokens) {
    if (current.length > 0 && text.slice(lastEnd, token.start).includes('\n')) {
      lines.push(current);
      current = [];
    }
    current.push(token);
    lastEnd = token.end;
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

/** Tag a text: PER / ORG / LOC spans with character offsets, given the rule findings as hints. */
export function tagText(text: string, hints: readonly HintSpan[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  for (const line of splitLines(text, tokenize(text))) {
    const labels = labelTokens(line, hints);
    const active = markActive(line, labels);
    if (!active.includes(true)) continue;
    const scores = scoreTokens(extractFeatures(line.map((t) => t.text), labels, active));
    for (const s of readTagSpans(decodeTags(scores))) {
      if (margin(scores, s.first, s.last) < TAGGER_MIN_MARGIN) continue;
      spans.push({ start: line[s.first]!.start, end: line[s.last]!.end, kind: s.kind });
    }
  }
  return spans;
}

/**
 * Tokens worth tagging: a capitalised word or a hinted token, and its neighbours ("desa Kramas", "Ray Rogers ,").
 * In news text most words are lower-case and far from any name; skipping them keeps the tagger cheap.
 */
function markActive(tokens: readonly Token[], labels: readonly Hint[]): boolean[] {
  const active = tokens.map(() => false);
  tokens.forEach((t, i) => {
    const code = t.text.charCodeAt(0);
    const upper = (code >= 65 && code <= 90) || (code > 127 && t.text[0] !== t.text[0]!.toLowerCase());
    if (!upper && labels[i] === '-') return;
    active[i] = true;
    if (i > 0) active[i - 1] = true;
    if (i + 1 < tokens.length) active[i + 1] = true;
  });
  return active;
}

/** How much the span's tokens prefer their best entity tag over "O", on average (a cheap confidence). */
function margin(scores: readonly Float64Array[], first: number, last: number): number {
  let total = 0;
  for (let i = first; i <= last; i += 1) {
    const row = scores[i]!;
    let best = -Infinity;
    for (let t = 1; t < row.length; t += 1) if (row[t]! > best) best = row[t]!;
    total += best - row[0]!;
  }
  return total / (last - first + 1);
}

/** The rule findings as tagger hints: organizations (G), regions and named places (L). */
export function buildHints(orgHits: readonly Span[], regionHits: readonly Span[], placeHits: readonly Span[]): HintSpan[] {
  const hints: HintSpan[] = [];
  for (const h of orgHits) hints.push({ start: h.start, end: h.end, hint: 'G' });
  for (const h of [...regionHits, ...placeHits]) {
    if (!orgHits.some((o) => h.start < o.end && h.end > o.start)) hints.push({ start: h.start, end: h.end, hint: 'L' });
  }
  return hints;
}
