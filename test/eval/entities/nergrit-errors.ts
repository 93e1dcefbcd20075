/**
 * @module test/eval/entities/nergrit-errors
 * The scores of one NERGrit split (train, valid or test) and every span the entities stage missed (FN) or added
 * (FP) for one type, with the spans of the other side that overlap it and a few words around it. A tool for reading
 * errors, not a test: read a split other than test first, so fixes aim at the language, not at the scored file.
 *
 * Run: npx tsx test/eval/entities/nergrit-errors.ts [valid|test|train] [PERSON|ORGANISATION|PLACE]
 * NERGrit: IndoNLU (Wilie et al. 2020), read from <repo>/../shared/ner/nergrit or $PANTAU_SHARED/ner/nergrit.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NERGRIT_TYPES, formatReport, locateNergrit, parseNergrit, predictSpans, readBioSpans, scoreSpans } from './nergrit-eval.js';
import type { NergritType, TokenSpan } from './nergrit-eval.js';

const [split = 'valid', type = 'PERSON'] = process.argv.slice(2);
if (!['train', 'valid', 'test'].includes(split) || !(NERGRIT_TYPES as readonly string[]).includes(type)) {
  process.stderr.write('usage: npx tsx test/eval/entities/nergrit-errors.ts [valid|test|train] [PERSON|ORGANISATION|PLACE]\n');
  process.exit(2);
}
const dir = locateNergrit();
if (!dir) {
  process.stderr.write('NERGrit not found beside the clone (../shared/ner/nergrit) nor under $PANTAU_SHARED\n');
  process.exit(1);
}

const sentences = parseNergrit(readFileSync(resolve(dir, `${split}_preprocess.txt`), 'utf8'));
const gold = sentences.map((s) => readBioSpans(s.tags));
const predicted = sentences.map((s) => predictSpans(s.tokens));
const lines: string[] = [];
const words = (tokens: readonly string[], span: TokenSpan): string => tokens.slice(span.start, span.end).join(' ');
const overlapping = (tokens: readonly string[], spans: readonly TokenSpan[], span: TokenSpan): string =>
  spans
    .filter((s) => s.start < span.end && s.end > span.start)
    .map((s) => `${s.type}:${words(tokens, s)}`)
    .join(' | ');
sentences.forEach((sentence, i) => {
  const key = (s: TokenSpan): string => `${s.start}:${s.end}`;
  const goldOfType = gold[i]!.filter((s) => s.type === (type as NergritType));
  const predictedOfType = predicted[i]!.filter((s) => s.type === (type as NergritType));
  const goldKeys = new Set(goldOfType.map(key));
  const predictedKeys = new Set(predictedOfType.map(key));
  const context = (span: TokenSpan): string => sentence.tokens.slice(Math.max(0, span.start - 4), span.end + 3).join(' ');
  for (const span of goldOfType) {
    if (!predictedKeys.has(key(span))) lines.push(`FN\t#${i}\t${words(sentence.tokens, span)}\t${overlapping(sentence.tokens, predicted[i]!, span)}\t<< ${context(span)}`);
  }
  for (const span of predictedOfType) {
    if (!goldKeys.has(key(span))) lines.push(`FP\t#${i}\t${words(sentence.tokens, span)}\t${overlapping(sentence.tokens, gold[i]!, span)}\t<< ${context(span)}`);
  }
});
process.stdout.write(`${formatReport(split, scoreSpans(gold, predicted))}\n${lines.join('\n')}\n`);
