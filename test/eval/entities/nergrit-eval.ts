/**
 * @module test/eval/entities/nergrit-eval
 * Scores Pantau's entities stage on NERGrit (IndoNLU, Apache-2.0; Wilie et al. 2020, "IndoNLU: Benchmark and
 * Resources for Evaluating Indonesian Natural Language Understanding", data by Grit/Indonesian NER community).
 *
 * Each sentence's tokens are joined with single spaces into a text; `extractEntities` runs on it; every mention of a
 * person / organization / location becomes a PERSON / ORGANISATION / PLACE span, snapped to the tokens it touches.
 * Pantau reports nested mentions ("Dinas Pendidikan Balikpapan" and the city "Balikpapan" inside it); NERGrit is
 * flat, so overlapping predictions are flattened longest first. Spans are scored exactly, CoNLL style.
 *
 * Run: npx tsx test/eval/entities/nergrit-eval.ts [split ...]   (default: valid test)
 * The data lives in `<repo>/../shared/ner/nergrit` (or $PANTAU_SHARED/ner/nergrit); absent data -> null folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../../../lambdas/entities/index.js';

/** The entity types NERGrit tags. */
export const NERGRIT_TYPES = ['PERSON', 'ORGANISATION', 'PLACE'] as const;
export type NergritType = (typeof NERGRIT_TYPES)[number];

/** A typed token span [start, end) in one sentence. */
export interface TokenSpan {
  start: number;
  end: number;
  type: NergritType;
}

/** One NERGrit sentence: tokens and their BIO tags. */
export interface NergritSentence {
  tokens: string[];
  tags: string[];
}

/** Precision, recall, F1 and the counts behind them. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export type NergritReport = Record<NergritType | 'overall', Score>;

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The NERGrit folder, or null when /work/shared (or $PANTAU_SHARED) is not beside the clone. */
export function locateNergrit(): string | null {
  const shared = process.env.PANTAU_SHARED ? resolve(process.env.PANTAU_SHARED) : resolve(REPO_ROOT, '..', 'shared');
  const dir = resolve(shared, 'ner', 'nergrit');
  return existsSync(resolve(dir, 'test_preprocess.txt')) ? dir : null;
}

/** Parse a NERGrit file (token<TAB>tag lines, blank line between sentences). */
export function parseNergrit(content: string): NergritSentence[] {
  const sentences: NergritSentence[] = [];
  let current: NergritSentence = { tokens: [], tags: [] };
  for (const line of content.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.tokens.length > 0) sentences.push(current);
      current = { tokens: [], tags: [] };
      continue;
    }
    const tab = line.lastIndexOf('\t');
    current.tokens.push(line.slice(0, tab));
    current.tags.push(line.slice(tab + 1).trim());
  }
  if (current.tokens.length > 0) sentences.push(current);
  return sentences;
}

/** Read BIO tags into spans the way conlleval does (an I- after O or another type opens a span). */
export function readBioSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === 'O' ? ['O', null] : [tag.slice(0, 1), tag.slice(2) as NergritType];
    if (open && (prefix !== 'I' || type !== open.type)) {
      spans.push(open);
      open = null;
    }
    if (type && !open) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
  });
  if (open) spans.push(open);
  return spans;
}

/** Character offsets of each token in `tokens.join(' ')`. */
export function tokenOffsets(tokens: readonly string[]): { start: number; end: number }[] {
  const offsets: { start: number; end: number }[] = [];
  let pos = 0;
  for (const token of tokens) {
    offsets.push({ start: pos, end: pos + token.length });
    pos += token.length + 1;
  }
  return offsets;
}

/** Snap a character range to the tokens it touches; null when it touches none. */
export function snapToTokens(
  offsets: readonly { start: number; end: number }[],
  start: number,
  end: number,
): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  offsets.forEach((o, i) => {
    if (o.end > start && o.start < end) {
      if (first === -1) first = i;
      last = i;
    }
  });
  return first === -1 ? null : { start: first, end: last + 1 };
}

/** Flatten overlapping spans: longest first, then earliest; a span overlapping a kept one is dropped. */
export function flattenSpans(spans: readonly TokenSpan[]): TokenSpan[] {
  const ranked = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TokenSpan[] = [];
  for (const span of ranked) {
    if (!kept.some((k) => span.start < k.end && span.end > k.start)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Pantau's predictions for one sentence as flat token spans. */
export function predictSpans(tokens: readonly string[]): TokenSpan[] {
  const text = tokens.join(' ');
  const offsets = tokenOffsets(tokens);
  const result = extractEntities(text);
  const groups: [NergritType, { mentions: { start: number; end: number }[] }[]][] = [
    ['PERSON', result.people],
    ['ORGANISATION', result.organizations],
    ['PLACE', result.locations],
  ];
  const spans: TokenSpan[] = [];
  for (const [type, entities] of groups) {
    for (const entity of entities) {
      for (const mention of entity.mentions) {
        const snapped = snapToTokens(offsets, mention.start, mention.end);
        if (snapped) spans.push({ ...snapped, type });
      }
    }
  }
  return flattenSpans(spans);
}

/** A score from counts. */
export function toScore(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** Score predicted against gold spans, per sentence, exact match on start, end and type. */
export function scoreSpans(gold: readonly (readonly TokenSpan[])[], predicted: readonly (readonly TokenSpan[])[]): NergritReport {
  const counts = Object.fromEntries([...NERGRIT_TYPES, 'overall'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    NergritType | 'overall',
    { tp: number; fp: number; fn: number }
  >;
  gold.forEach((goldSpans, i) => {
    const key = (s: TokenSpan): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(goldSpans.map(key));
    const predKeys = new Set((predicted[i] ?? []).map(key));
    for (const k of predKeys) {
      const type = k.split(':')[2] as NergritType;
      const field = goldKeys.has(k) ? 'tp' : 'fp';
      counts[type][field] += 1;
      counts.overall[field] += 1;
    }
    for (const k of goldKeys) {
      if (predKeys.has(k)) continue;
      counts[k.split(':')[2] as NergritType].fn += 1;
      counts.overall.fn += 1;
    }
  });
  return Object.fromEntries(
    Object.entries(counts).map(([t, c]) => [t, toScore(c.tp, c.fp, c.fn)]),
  ) as NergritReport;
}

/** Evaluate Pantau on one NERGrit file (e.g. `<shared>/ner/nergrit/test_preprocess.txt`). */
export function evaluateNergrit(path: string): NergritReport {
  const sentences = parseNergrit(readFileSync(path, 'utf8'));
  const gold = sentences.map((s) => readBioSpans(s.tags));
  const predicted = sentences.map((s) => predictSpans(s.tokens));
  return scoreSpans(gold, predicted);
}

/**
 * Every span of one type the entities stage missed (FN) or added (FP), one line each: the kind, the sentence's number,
 * the span's words, the other side's spans that overlap it, and a few words around it.
 */
export function errorLines(
  sentences: readonly { tokens: readonly string[] }[],
  gold: readonly (readonly TokenSpan[])[],
  predicted: readonly (readonly TokenSpan[])[],
  type: NergritType,
): string[] {
  const lines: string[] = [];
  const words = (tokens: readonly string[], span: TokenSpan): string => tokens.slice(span.start, span.end).join(' ');
  const key = (s: TokenSpan): string => `${s.start}:${s.end}`;
  sentences.forEach(({ tokens }, i) => {
    const overlapping = (spans: readonly TokenSpan[], span: TokenSpan): string =>
      spans
        .filter((s) => s.start < span.end && s.end > span.start)
        .map((s) => `${s.type}:${words(tokens, s)}`)
        .join(' | ');
    const context = (span: TokenSpan): string => tokens.slice(Math.max(0, span.start - 4), span.end + 3).join(' ');
    const goldOfType = gold[i]!.filter((s) => s.type === type);
    const predictedOfType = predicted[i]!.filter((s) => s.type === type);
    const goldKeys = new Set(goldOfType.map(key));
    const predictedKeys = new Set(predictedOfType.map(key));
    for (const span of goldOfType) {
      if (!predictedKeys.has(key(span))) lines.push(`FN\t#${i}\t${words(tokens, span)}\t${overlapping(predicted[i]!, span)}\t<< ${context(span)}`);
    }
    for (const span of predictedOfType) {
      if (!goldKeys.has(key(span))) lines.push(`FP\t#${i}\t${words(tokens, span)}\t${overlapping(gold[i]!, span)}\t<< ${context(span)}`);
    }
  });
  return lines;
}

/** Format a report as a small table. */
export function formatReport(split: string, report: NergritReport): string {
  const rows = Object.entries(report).map(
    ([type, s]) =>
      `${split.padEnd(6)} ${type.padEnd(13)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
  );
  return rows.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = locateNergrit();
  if (!dir) {
    process.stderr.write('NERGrit not found: expected <repo>/../shared/ner/nergrit or $PANTAU_SHARED/ner/nergrit\n');
    process.exit(1);
  }
  const splits = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['valid', 'test'];
  for (const split of splits) {
    process.stdout.write(`${formatReport(split, evaluateNergrit(resolve(dir, `${split}_preprocess.txt`)))}\n`);
  }
}
