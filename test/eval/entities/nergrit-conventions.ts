/**
 * @module test/eval/entities/nergrit-conventions
 * How NERGrit labels names that open with a head word Pantau reads as an organization or a place ("SMA ...",
 * "Universitas ...", "Pemerintah ...", "Desa ..."): per head word, how many gold spans start there with each type,
 * and how often the head word is left untagged before a capitalised word ("O+Cap"). Shows where NERGrit's
 * guidelines and Pantau's record contract part ways (a school is a place there, an organization here).
 *
 * Run: npx tsx test/eval/entities/nergrit-conventions.ts [split ...]   (default: train valid test)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { locateNergrit, parseNergrit, readBioSpans } from './nergrit-eval.js';

const HEADS = ['SMA', 'SMP', 'SMK', 'SD', 'Sekolah', 'Universitas', 'Institut', 'Pemerintah', 'Desa', 'Kecamatan', 'Kabupaten', 'Kota', 'Rumah', 'Masjid', 'Stasiun', 'Bandara', 'Liga'];

const dir = locateNergrit();
if (!dir) {
  process.stderr.write('NERGrit not found: expected <repo>/../shared/ner/nergrit or $PANTAU_SHARED/ner/nergrit\n');
  process.exit(1);
}
const splits = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['train', 'valid', 'test'];
const counts = new Map(HEADS.map((h) => [h, new Map<string, number>()]));
const add = (head: string, label: string): void => {
  const row = counts.get(head)!;
  row.set(label, (row.get(label) ?? 0) + 1);
};
for (const split of splits) {
  for (const sentence of parseNergrit(readFileSync(resolve(dir, `${split}_preprocess.txt`), 'utf8'))) {
    for (const span of readBioSpans(sentence.tags)) if (counts.has(sentence.tokens[span.start]!)) add(sentence.tokens[span.start]!, span.type);
    sentence.tokens.forEach((token, i) => {
      if (counts.has(token) && sentence.tags[i] === 'O' && /^\p{Lu}/u.test(sentence.tokens[i + 1] ?? '')) add(token, 'O+Cap');
    });
  }
}
process.stdout.write(`head word     ${['ORGANISATION', 'PLACE', 'PERSON', 'O+Cap'].map((l) => l.padStart(12)).join('')}   (${splits.join(' + ')})\n`);
for (const [head, row] of counts) {
  const cells = ['ORGANISATION', 'PLACE', 'PERSON', 'O+Cap'].map((l) => String(row.get(l) ?? 0).padStart(12)).join('');
  process.stdout.write(`${head.padEnd(13)} ${cells}\n`);
}
