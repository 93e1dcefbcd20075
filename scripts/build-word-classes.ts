/**
 * Regenerates the word lists behind the tagger's "lex" feature (lambdas/entities/data/):
 *  - dictionary-id.json: Indonesian dictionary words (the lower-case stems of hunspell-id, LibreOffice dictionaries,
 *    LGPL-3);
 *  - dictionary-en.json: English dictionary words (the lower-case entries of SCOWL american-english, Debian wamerican);
 *  - proper-names-en.json: proper names from the same SCOWL list (capitalised entries: given names, surnames, places,
 *    brands), lower-cased.
 * A capitalised word in mid-sentence that no dictionary knows is most likely a name; one that is an ordinary
 * English word ("Stealth", "Branch Line") is more likely a title of a song or film than a person.
 * Run (after `apt-get install hunspell-id wamerican`, or with the files extracted from their .deb packages):
 *   npx tsx scripts/build-word-classes.ts [/usr/share/hunspell/id_ID.dic] [/usr/share/dict/american-english]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const DATA = resolve(REPO, 'lambdas/entities/data');
const LETTERS = /^\p{L}[\p{L}-]*$/u;

/** The entries of a hunspell .dic file (first line is the count; "word/FLAGS"). */
function readHunspell(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').slice(1).map((line) => line.split('/')[0]!.trim()).filter(Boolean);
}

const idPath = process.argv[2] ?? '/usr/share/hunspell/id_ID.dic';
const enPath = process.argv[3] ?? '/usr/share/dict/american-english';
const id = new Set(readHunspell(idPath).filter((w) => /^\p{Ll}/u.test(w) && LETTERS.test(w) && w.length >= 2));
const enLines = readFileSync(enPath, 'utf8').split('\n').filter((w) => LETTERS.test(w) && w.length >= 2);
const en = new Set(enLines.filter((w) => /^\p{Ll}/u.test(w)));
const names = new Set(enLines.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => w.toLowerCase()));
/** Write a sorted word list, one entry per line (the layout of every list in data/). */
function writeList(file: string, words: Set<string>): void {
  const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(resolve(DATA, file), `[\n${sorted.map((w) => JSON.stringify(w)).join(',\n')}\n]\n`);
  console.log(`${file}: ${sorted.length} words`);
}

writeList('dictionary-id.json', id);
writeList('dictionary-en.json', en);
writeList('proper-names-en.json', names);
