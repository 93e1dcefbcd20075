/**
 * @module test/eval/entities/gold-set
 * Loads the entity gold set: every `gold/*.gold.json` with the frozen page text it names (`pages/*.txt`), and the
 * reference article from test/fixtures/text. Reads repo files only.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Gold } from './gold-scorer.js';

const HERE = fileURLToPath(new URL('./', import.meta.url));
const REFERENCE_DIR = fileURLToPath(new URL('../../fixtures/text/', import.meta.url));

/** One gold article: its id (file stem), the gold and the body text the gold annotates. */
export interface GoldArticle {
  id: string;
  gold: Gold;
  text: string;
}

/**
 * Load every gold article of a folder of test/eval/entities, sorted by id: `gold` (the corpus pages, their text in
 * `pages/`) or `heldout` (news stories written with their gold, each text beside its gold file).
 */
export function loadGoldSet(folder: 'gold' | 'heldout' = 'gold'): GoldArticle[] {
  if (!existsSync(`${HERE}${folder}`)) return [];
  return readdirSync(`${HERE}${folder}`)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(`${HERE}${folder}/${file}`, 'utf8')) as Gold;
      const id = file.replace(/\.gold\.json$/, '');
      return { id, gold, text: readFileSync(`${HERE}${gold.page ?? `${folder === 'gold' ? 'pages' : folder}/${id}.txt`}`, 'utf8') };
    });
}

/** Load the reference IDN Times article (raw plain text, title on its first line) and its gold. */
export function loadReferenceArticle(): { raw: string; gold: Gold } {
  const stem = `${REFERENCE_DIR}idntimes-balikpapan-daya-saing`;
  return { raw: readFileSync(`${stem}.txt`, 'utf8'), gold: JSON.parse(readFileSync(`${stem}.gold.json`, 'utf8')) as Gold };
}
