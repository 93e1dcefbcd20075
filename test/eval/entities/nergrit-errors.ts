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
import { NERGRIT_TYPES, errorLines, formatReport, locateNergrit, parseNergrit, predictSpans, readBioSpans, scoreSpans } from './nergrit-eval.js';
import type { NergritType } from './nergrit-eval.js';

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
const lines = errorLines(sentences, gold, predicted, type as NergritType);
process.stdout.write(`${formatReport(split, scoreSpans(gold, predicted))}\n${lines.join('\n')}\n`);
