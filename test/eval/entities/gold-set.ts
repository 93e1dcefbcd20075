/**
 * @module test/eval/entities/gold-set
 * Loads the entity gold set: every `gold/*.gold.json` with the frozen page text it names (`pages/*.txt`), and the
 * reference article from test/fixtures/text. Reads repo files only.
 */
import { readFileSync, readdirSync } from 'node:fs';
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

/** Load every gold article of test/eval/entities/gold, sorted by id. */
export function loadGoldSet(): GoldArticle[] {
  return readdirSync(`${HERE}gold`)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const gold = JSON.parse(readFileSync(`${HERE}gold/${file}`, 'utf8')) as Gold;
      const id = file.replace(/\.gold\.json$/, '');
      return { id, gold, text: readFileSync(`${HERE}${gold.page ?? `pages/${id}.txt`}`, 'utf8') };
    });
}

/** Load the reference IDN Times article (raw plain text, title on its first line) and its gold. */
export function loadReferenceArticle(): { raw: string; gold: Gold } {
  const stem = `${REFERENCE_DIR}idntimes-balikpapan-daya-saing`;
  return { raw: readFileSync(`${stem}.txt`, 'utf8'), gold: JSON.parse(readFileSync(`${stem}.gold.json`, 'utf8')) as Gold };
}
