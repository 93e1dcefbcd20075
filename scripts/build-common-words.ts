/**
 * Regenerates lambdas/entities/data/common-words.json: words that NERGrit's train split (IndoNLU, Apache-2.0) writes
 * in lower case at least twice and never inside a person's name. A capitalised one-word guess that is such a word
 * ("Mesin", "Elektronika") is a common word at the start of a heading or a clause, not a lone surname.
 * Run: npx tsx scripts/build-common-words.ts [<nergrit folder>]  (default: <repo>/../shared/ner/nergrit)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const MIN_COUNT = 2;

/** Count lower-case tokens and collect every token tagged as part of a person's name. */
function readCounts(path: string): { lower: Map<string, number>; names: Set<string> } {
  const lower = new Map<string, number>();
  const names = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [token, tag] = line.split('\t');
    if (!token || !tag) continue;
    if (tag.endsWith('PERSON')) names.add(token.toLowerCase());
    else if (/^\p{Ll}{3,}$/u.test(token)) lower.set(token, (lower.get(token) ?? 0) + 1);
  }
  return { lower, names };
}

const dir = resolve(process.argv[2] ?? resolve(REPO, '..', 'shared', 'ner', 'nergrit'));
const { lower, names } = readCounts(resolve(dir, 'train_preprocess.txt'));
const words = [...lower].filter(([w, n]) => n >= MIN_COUNT && !names.has(w)).map(([w]) => w).sort();
writeFileSync(resolve(REPO, 'lambdas/entities/data/common-words.json'), `[\n${words.map((w) => JSON.stringify(w)).join(',\n')}\n]\n`);
console.log(`${words.length} common words`);
