/**
 * Trains the entities tagger (lambdas/entities/tagger.ts) on the NERGrit train split and writes
 * lambdas/entities/data/ner-model.json: an averaged structured perceptron over BIO tags with the features of
 * lambdas/entities/tagger-features.ts and the rule finders' findings as hints. Deterministic (seeded shuffle).
 * NERGrit: IndoNLU (Wilie et al. 2020), Apache-2.0; read from <repo>/../shared/ner/nergrit or $PANTAU_SHARED/ner/nergrit.
 * Run: npx tsx scripts/train-ner.ts [--epochs 12] [--runs 20] [--seed 13] [--min-count 1] [--min-weight 1] [--cv 4]
 *   [--augment 0] [--swap 0.8] [--cv-system 4] [--cv-errors <file>] [--keep-classes]
 * --cv scores the tagger alone; --cv-system scores the whole entities stage (rules + tagger, as nergrit-eval.ts does)
 * with each fold's freshly trained model on the held-out fold, over ten times the sentences of the test split;
 * --cv-errors also writes every held-out error of each type to a file (the lines of nergrit-errors.ts), to read
 * errors the shipped model did not learn from.
 * (20 shuffled runs averaged: a retrain with 5 moved NERGrit test PERSON F1 by up to 0.03 between seeds).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectDateline } from '../lambdas/entities/dateline.js';
import { findPlaceHits, findRegionHits, pickHomeRegion } from '../lambdas/entities/locations.js';
import { findOrganizations } from '../lambdas/entities/organizations.js';
import { type WordClasses, extractFeatures, liveWordClasses, useWordClasses } from '../lambdas/entities/tagger-features.js';
import { type TaggerModel, buildHints, decodeTags, labelTokens, readTagSpans, useTaggerModel } from '../lambdas/entities/tagger.js';
import { NERGRIT_TYPES, type TokenSpan, errorLines, predictSpans, scoreSpans } from '../test/eval/entities/nergrit-eval.js';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'];
const KIND: Record<string, string> = { PERSON: 'PER', ORGANISATION: 'ORG', PLACE: 'LOC' };
const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT_FILE = resolve(REPO_ROOT, 'lambdas/entities/data/ner-model.json');

interface Example {
  features: string[][];
  gold: number[];
  /** The sentence's words, kept so augmentation can rebuild it with other names. */
  words: string[];
}

/** Command-line option value, or its default. */
function readOption(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

/** The NERGrit folder beside the clone (or under $PANTAU_SHARED). */
function locateData(): string {
  const shared = process.env.PANTAU_SHARED ? resolve(process.env.PANTAU_SHARED) : resolve(REPO_ROOT, '..', 'shared');
  return resolve(shared, 'ner', 'nergrit');
}

/** An example from words and gold tag indices, computing the rule hints the way extractEntities does. */
function toExample(words: string[], gold: number[]): Example {
  const text = words.join(' ');
  let pos = 0;
  const tokens = words.map((w) => {
    const token = { text: w, start: pos, end: pos + w.length };
    pos += w.length + 1;
    return token;
  });
  const regionHits = findRegionHits(text);
  const home = pickHomeRegion(detectDateline(text), regionHits);
  const orgs = findOrganizations(text, home, regionHits);
  const hints = buildHints(orgs.hits, regionHits, findPlaceHits(text, regionHits));
  const labels = labelTokens(tokens, hints);
  // Every token is trained on (the run-time tagger only scores tokens near a capital; training on all of them
  // measured better on news and on NERGrit valid).
  return { features: extractFeatures(words, labels), gold, words };
}

/** Read one split into feature/gold examples. */
function loadExamples(file: string): Example[] {
  const examples: Example[] = [];
  for (const block of readFileSync(file, 'utf8').split(/\r?\n\s*\r?\n/)) {
    const rows = block.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => l.split('\t'));
    if (rows.length === 0) continue;
    const words = rows.map((r) => r[0]!);
    let previous = 'O';
    const gold = rows.map((r) => {
      const tag = (r[1] ?? 'O').trim();
      if (tag === 'O') {
        previous = 'O';
        return 0;
      }
      const kind = KIND[tag.slice(2)]!;
      const prefix = tag.startsWith('I-') && previous === kind ? 'I' : 'B';
      previous = kind;
      return TAGS.indexOf(`${prefix}-${kind}`);
    });
    examples.push(toExample(words, gold));
  }
  return examples;
}

/** The gold spans of an example (read as the tagger reads its paths): [first, end) token ranges with their B- tag. */
function goldSpans(ex: Example): { first: number; end: number; begin: number }[] {
  return readTagSpans(ex.gold).map((s) => ({ first: s.first, end: s.last + 1, begin: TAGS.indexOf(`B-${s.kind}`) }));
}

/** How likely an entity of an augmented copy is swapped for another name (`--swap`). */
const SWAP_PROBABILITY = readOption('swap', 0.8);

/**
 * Mention replacement (Dai & Adel 2020, "An analysis of simple data augmentation for named entity recognition"):
 * `copies` (`--augment`) extra versions of each sentence with entities, each entity swapped with probability
 * SWAP_PROBABILITY for another name of its kind from the training sentences, so the tagger learns the context
 * around names, not only the names it saw. Off by default: it lifts the tagger alone (--cv 4 --runs 2, all kinds
 * 0.746 -> 0.757 with --augment 10) but the tagger then reads more capitalised words as people, and the whole
 * system lost precision on the news gold set (test/eval/entities/ERRORS.md, round 6).
 */
function augment(train: Example[], copies: number, seed: number): Example[] {
  if (copies <= 0) return [];
  const random = seededRandom(seed * 7919);
  const pool = new Map<number, string[][]>();
  for (const ex of train) {
    for (const s of goldSpans(ex)) {
      const list = pool.get(s.begin) ?? [];
      list.push(ex.words.slice(s.first, s.end));
      pool.set(s.begin, list);
    }
  }
  const extra: Example[] = [];
  for (const ex of train) {
    const spans = goldSpans(ex);
    if (spans.length === 0) continue;
    for (let c = 0; c < copies; c += 1) {
      const words: string[] = [];
      const gold: number[] = [];
      let at = 0;
      for (const s of spans) {
        for (; at < s.first; at += 1) {
          words.push(ex.words[at]!);
          gold.push(ex.gold[at]!);
        }
        const options = pool.get(s.begin)!;
        const name = random() < SWAP_PROBABILITY ? options[Math.floor(random() * options.length)]! : ex.words.slice(s.first, s.end);
        name.forEach((w, k) => {
          words.push(w);
          gold.push(k === 0 ? s.begin : s.begin + 1);
        });
        at = s.end;
      }
      for (; at < ex.words.length; at += 1) {
        words.push(ex.words[at]!);
        gold.push(ex.gold[at]!);
      }
      extra.push(toExample(words, gold));
    }
  }
  return extra;
}

/** Drop features seen fewer than `minCount` times in training: rare ones mostly memorise the training sentences. */
function keepFrequentFeatures(examples: Example[], minCount: number): Example[] {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const feats of ex.features) for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + 1);
  return examples.map((ex) => ({ ...ex, features: ex.features.map((feats) => feats.filter((f) => counts.get(f)! >= minCount)) }));
}

/**
 * Scores of every tag for every token, token i's at [i * TAGS.length ..] as decodeTags reads them (a token
 * without features can only be O).
 */
function scoreTokens(weights: Map<string, Float64Array>, features: string[][]): Float64Array {
  const scores = new Float64Array(features.length * TAGS.length);
  features.forEach((feats, i) => {
    const at = i * TAGS.length;
    if (feats.length === 0) scores.fill(-Infinity, at + 1, at + TAGS.length);
    for (const f of feats) {
      const row = weights.get(f);
      if (row) for (let t = 0; t < TAGS.length; t += 1) scores[at + t]! += row[t]!;
    }
  });
  return scores;
}

/** Averaged perceptron state: current weights and the step-weighted sums for averaging. */
class Perceptron {
  weights = new Map<string, Float64Array>();
  sums = new Map<string, Float64Array>();
  transitions = TAGS.map(() => new Float64Array(TAGS.length)).concat([new Float64Array(TAGS.length)]);
  transitionSums = TAGS.map(() => new Float64Array(TAGS.length)).concat([new Float64Array(TAGS.length)]);
  step = 1;

  /** Add `delta` to a feature's weight for one tag. */
  bump(feature: string, tag: number, delta: number): void {
    let row = this.weights.get(feature);
    let sum = this.sums.get(feature);
    if (!row || !sum) {
      row = new Float64Array(TAGS.length);
      sum = new Float64Array(TAGS.length);
      this.weights.set(feature, row);
      this.sums.set(feature, sum);
    }
    row[tag]! += delta;
    sum[tag]! += this.step * delta;
  }

  /** Add `delta` to a transition weight (prev = TAGS.length for the start). */
  bumpTransition(prev: number, cur: number, delta: number): void {
    this.transitions[prev]![cur]! += delta;
    this.transitionSums[prev]![cur]! += this.step * delta;
  }

  /** One training pass over an example; returns whether the prediction was wrong. */
  learn(example: Example): boolean {
    const predicted = decodeTags(scoreTokens(this.weights, example.features), this.transitions.map((r) => [...r]));
    let wrong = false;
    for (let i = 0; i < predicted.length; i += 1) {
      const g = example.gold[i]!;
      const p = predicted[i]!;
      const gPrev = i === 0 ? TAGS.length : example.gold[i - 1]!;
      const pPrev = i === 0 ? TAGS.length : predicted[i - 1]!;
      if (g !== p) {
        wrong = true;
        // An inactive token holding an entity cannot be learnt (it is never tagged): nothing to update.
        for (const f of example.features[i]!) {
          this.bump(f, g, 1);
          this.bump(f, p, -1);
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bumpTransition(gPrev, g, 1);
        this.bumpTransition(pPrev, p, -1);
      }
    }
    this.step += 1;
    return wrong;
  }

  /** Averaged weights. */
  average(): { weights: Map<string, Float64Array>; transitions: number[][] } {
    const avg = (w: Float64Array, s: Float64Array): Float64Array => w.map((v, t) => v - s[t]! / this.step);
    const weights = new Map([...this.weights].map(([f, w]) => [f, avg(w, this.sums.get(f)!)]));
    const transitions = this.transitions.map((w, i) => [...avg(w, this.transitionSums[i]!)]);
    return { weights, transitions };
  }
}

/** A small seeded random generator (mulberry32), so training is reproducible. */
function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Span counts per kind (PER / ORG / LOC / all) of a model on examples (tagger alone). */
function spanCounts(examples: Example[], weights: Map<string, Float64Array>, transitions: number[][]): Map<string, [number, number, number]> {
  // Gold tags are made well-formed at load and decoding allows I-X only after B-X or I-X, so the tagger's own
  // reader reads both.
  const spans = (tags: number[]): Set<string> => new Set(readTagSpans(tags).map((s) => `${s.first}:${s.last + 1}:${s.kind}`));
  const counts = new Map(['PER', 'ORG', 'LOC', 'all'].map((k) => [k, [0, 0, 0] as [number, number, number]]));
  const add = (key: string, field: number): void => {
    counts.get(key.split(':')[2]!)![field]! += 1;
    counts.get('all')![field]! += 1;
  };
  for (const ex of examples) {
    const p = spans(decodeTags(scoreTokens(weights, ex.features), transitions));
    const g = spans(ex.gold);
    for (const k of p) add(k, g.has(k) ? 0 : 1);
    for (const k of g) if (!p.has(k)) add(k, 2);
  }
  return counts;
}

/** F1 from [tp, fp, fn]. */
function f1Of([tp, fp, fn]: [number, number, number]): number {
  return (2 * tp) / (2 * tp + fp + fn);
}

/** Overall span F1 of a model on examples (tagger alone, for progress output). */
function spanF1(examples: Example[], weights: Map<string, Float64Array>, transitions: number[][]): number {
  return f1Of(spanCounts(examples, weights, transitions).get('all')!);
}

/** Pack the averaged weights: drop tiny ones, round to two decimals, "tag:weight" pairs, sorted features. */
function packModel(weights: Map<string, Float64Array>, transitions: number[][], minWeight: number, classes: WordClasses): string {
  const packed: [string, string][] = [];
  for (const [feature, row] of weights) {
    const pairs: string[] = [];
    row.forEach((w, t) => {
      if (Math.abs(w) >= minWeight) pairs.push(`${t}:${Math.round(w * 100) / 100}`);
    });
    if (pairs.length > 0) packed.push([feature, pairs.join(' ')]);
  }
  packed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const lines = packed.map(([f, p]) => `${JSON.stringify(f)}:${JSON.stringify(p)}`);
  const rows = transitions.map((r) => JSON.stringify(r.map((w) => Math.round(w * 100) / 100)));
  const classLines = Object.entries(classes).map(([letter, words]) => `${JSON.stringify(letter)}:${JSON.stringify(words)}`);
  return `{"tags":${JSON.stringify(TAGS)},\n"transitions":[\n${rows.join(',\n')}],\n"classes":{\n${classLines.join(',\n')}},\n"weights":{\n${lines.join(',\n')}\n}}\n`;
}

/** Train, report tagger-only span F1 on valid per epoch, and write the model. */
/** Shuffle indices in place (Fisher-Yates) with a seeded generator. */
function shuffle(order: number[], random: () => number): number[] {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** One averaged perceptron trained over shuffled epochs. */
function trainOnce(train: Example[], valid: Example[], epochs: number, seed: number): ReturnType<Perceptron['average']> {
  const model = new Perceptron();
  const random = seededRandom(seed);
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    let wrong = 0;
    for (const i of shuffle(train.map((_, k) => k), random)) if (model.learn(train[i]!)) wrong += 1;
    if (epoch === epochs) {
      const avg = model.average();
      process.stdout.write(`seed ${seed}, epoch ${epoch}: ${wrong} wrong sentences, valid span F1 ${spanF1(valid, avg.weights, avg.transitions).toFixed(3)}\n`);
    }
  }
  return model.average();
}

/** The mean of several models' weights and transitions (a model missing a feature counts as 0 there). */
function meanModels(models: ReturnType<Perceptron['average']>[]): ReturnType<Perceptron['average']> {
  const weights = new Map<string, Float64Array>();
  for (const m of models) {
    for (const [f, row] of m.weights) {
      const sum = weights.get(f) ?? new Float64Array(TAGS.length);
      row.forEach((w, t) => (sum[t]! += w / models.length));
      weights.set(f, sum);
    }
  }
  const transitions = models[0]!.transitions.map((row, i) => row.map((_, j) => models.reduce((s, m) => s + m.transitions[i]![j]!, 0) / models.length));
  return { weights, transitions };
}

/**
 * K-fold cross-validation over train + valid (tagger alone): per-kind span F1 summed over the folds. Steadier than
 * the 1,300 sentences of valid for comparing features and settings; writes no model.
 */
function crossValidate(folds: number, epochs: number, runs: number, seed: number, minCount: number, copies: number): void {
  const dir = locateData();
  const all = [...loadExamples(resolve(dir, 'train_preprocess.txt')), ...loadExamples(resolve(dir, 'valid_preprocess.txt'))];
  const total = new Map(['PER', 'ORG', 'LOC', 'all'].map((k) => [k, [0, 0, 0] as [number, number, number]]));
  for (let fold = 0; fold < folds; fold += 1) {
    const held = all.filter((_, i) => i % folds === fold);
    const kept = all.filter((_, i) => i % folds !== fold);
    const train = keepFrequentFeatures([...kept, ...augment(kept, copies, seed)], minCount);
    const avg = meanModels(Array.from({ length: runs }, (_, r) => trainOnce(train, held, epochs, seed + r)));
    for (const [kind, c] of spanCounts(held, avg.weights, avg.transitions)) c.forEach((v, i) => (total.get(kind)![i]! += v));
  }
  process.stdout.write(`cross-validated (${folds} folds): ${[...total].map(([k, c]) => `${k} ${f1Of(c).toFixed(3)}`).join(', ')}\n`);
}

/** NERGrit's span types by the tagger's kinds. */
const NERGRIT_TYPE = { PER: 'PERSON', ORG: 'ORGANISATION', LOC: 'PLACE' } as const;

/** The gold spans of an example as NERGrit token spans. */
function nergritSpans(ex: Example): TokenSpan[] {
  return goldSpans(ex).map((s) => ({ start: s.first, end: s.end, type: NERGRIT_TYPE[TAGS[s.begin]!.slice(2) as keyof typeof NERGRIT_TYPE] }));
}

/**
 * K-fold cross-validation of the whole entities stage over train + valid: each fold's model (trained as `main`
 * trains, packed as it would be shipped) tags through extractEntities, and the held-out sentences are scored as
 * exact spans like nergrit-eval.ts. The rules were written looking at these splits, so the figures flatter them;
 * they are for comparing tagger changes, which move the small test split by noise alone.
 */
function crossValidateSystem(folds: number, epochs: number, runs: number, seed: number, minCount: number, minWeight: number, copies: number, classes: WordClasses): void {
  const dir = locateData();
  const all = [...loadExamples(resolve(dir, 'train_preprocess.txt')), ...loadExamples(resolve(dir, 'valid_preprocess.txt'))];
  const gold: TokenSpan[][] = [];
  const predicted: TokenSpan[][] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const held = all.filter((_, i) => i % folds === fold);
    const kept = all.filter((_, i) => i % folds !== fold);
    const train = keepFrequentFeatures([...kept, ...augment(kept, copies, seed)], minCount);
    const avg = meanModels(Array.from({ length: runs }, (_, r) => trainOnce(train, held, epochs, seed + r)));
    useTaggerModel(JSON.parse(packModel(avg.weights, avg.transitions, minWeight, classes)) as TaggerModel);
    for (const ex of held) {
      gold.push(nergritSpans(ex));
      predicted.push(predictSpans(ex.words));
    }
  }
  useTaggerModel();
  useWordClasses(classes);
  const errorsFile = process.argv[process.argv.indexOf('--cv-errors') + 1];
  if (process.argv.includes('--cv-errors') && errorsFile) {
    const sentences = Array.from({ length: folds }, (_, fold) => all.filter((_, i) => i % folds === fold)).flat().map((ex) => ({ tokens: ex.words }));
    writeFileSync(errorsFile, NERGRIT_TYPES.flatMap((type) => errorLines(sentences, gold, predicted, type).map((line) => `${type}\t${line}`)).join('\n') + '\n');
  }
  const report = scoreSpans(gold, predicted);
  const row = Object.entries(report).map(([type, r]) => `${type} ${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)})`);
  process.stdout.write(`whole system cross-validated (${folds} folds, ${runs} runs): ${row.join(', ')}\n`);
}

/** Train `runs` perceptrons on differently shuffled data, average them, report valid span F1, write the model. */
function main(): void {
  const epochs = readOption('epochs', 12);
  const minWeight = readOption('min-weight', 1);
  const runs = readOption('runs', 20);
  const seed = readOption('seed', 13);
  const minCount = readOption('min-count', 1);
  const folds = readOption('cv', 0);
  const copies = readOption('augment', 0);
  // The model is trained with, and stores, today's gazetteer word classes; --keep-classes keeps the shipped model's
  // (to compare training settings alone).
  const classes = process.argv.includes('--keep-classes') ? (JSON.parse(readFileSync(OUT_FILE, 'utf8')) as TaggerModel).classes : liveWordClasses();
  useWordClasses(classes);
  if (folds > 1) return crossValidate(folds, epochs, runs, seed, minCount, copies);
  const systemFolds = readOption('cv-system', 0);
  if (systemFolds > 1) return crossValidateSystem(systemFolds, epochs, runs, seed, minCount, minWeight, copies, classes);
  const dir = locateData();
  const sentences = loadExamples(resolve(dir, 'train_preprocess.txt'));
  const train = keepFrequentFeatures([...sentences, ...augment(sentences, copies, seed)], minCount);
  const valid = loadExamples(resolve(dir, 'valid_preprocess.txt'));
  const models = Array.from({ length: runs }, (_, r) => trainOnce(train, valid, epochs, seed + r));
  const avg = meanModels(models);
  process.stdout.write(`mean of ${runs}: valid span F1 ${spanF1(valid, avg.weights, avg.transitions).toFixed(3)}\n`);
  const text = packModel(avg.weights, avg.transitions, minWeight, classes);
  writeFileSync(OUT_FILE, text);
  process.stdout.write(`wrote ${OUT_FILE} (${(text.length / 1024).toFixed(0)} KiB, ${text.split('\n').length} lines)\n`);
}

main();
