/**
 * Regenerates lambdas/entities/data/given-names.json and family-names.json ( the tagger's name-lexicon feature)
 * from the person providers of Faker (Python, MIT licence, https://github.com/joke2k/faker): Indonesian first, plus
 * the locales whose names turn up in Indonesian news. Words the entities gazetteers already know (regions, titles,
 * organization words, stopwords) are left out, so a name list never outvotes them.
 * Run: npx tsx scripts/build-person-names.ts <folder holding faker/providers/person> (e.g. an unpacked faker wheel)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AGENCY_BY_FORM, NAME_STOPWORDS, ORG_WORDS, PLACE_HEADS, REGIONS, TITLE_WORDS } from '../lambdas/entities/gazetteer.js';

const LOCALES = ['id_ID', 'en_US', 'en_GB', 'en_IN', 'ja_JP', 'zh_CN', 'nl_NL', 'de_DE', 'es_ES', 'fr_FR', 'it_IT', 'pt_BR', 'tr_TR', 'vi_VN'];
const DATA_DIR = fileURLToPath(new URL('../lambdas/entities/data/', import.meta.url));
const NAME = /^[A-Z][a-z'-]{1,20}$/;

/** Quoted words of every `first_name...` / `last_name...` assignment in a provider file. */
function readNames(source: string, which: 'first' | 'last'): string[] {
  const names: string[] = [];
  const re = new RegExp(`^\\s*${which}_(?:names|romanized_names)\\w*\\s*(?::[^=]*)?=\\s*([\\[({])`, 'gm');
  for (const m of source.matchAll(re)) {
    const open = m[1]!;
    const close = open === '[' ? ']' : open === '(' ? ')' : '}';
    let depth = 0;
    let end = m.index + m[0].length - 1;
    for (; end < source.length; end += 1) {
      if (source[end] === open) depth += 1;
      else if (source[end] === close && --depth === 0) break;
    }
    for (const q of source.slice(m.index, end).matchAll(/["']([^"'\n]+)["']\s*[,:)\]]/g)) if (NAME.test(q[1]!)) names.push(q[1]!);
  }
  return names;
}

/** Collect, filter and write the lists. */
function main(): void {
  const root = process.argv[2];
  if (!root) throw new Error('usage: npx tsx scripts/build-person-names.ts <folder holding faker/providers/person>');
  const known = new Set(
    [...REGIONS.map((r) => r.name), ...TITLE_WORDS, ...ORG_WORDS, ...NAME_STOPWORDS, ...PLACE_HEADS, ...AGENCY_BY_FORM.keys()]
      .flatMap((p) => p.toLowerCase().split(/\s+/)),
  );
  const given = new Set<string>();
  const family = new Set<string>();
  for (const locale of LOCALES) {
    const file = resolve(root, 'faker/providers/person', locale, '__init__.py');
    if (!existsSync(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const n of readNames(source, 'first')) if (!known.has(n.toLowerCase())) given.add(n);
    for (const n of readNames(source, 'last')) if (!known.has(n.toLowerCase())) family.add(n);
  }
  const list = (s: Set<string>): string => `[\n${[...s].sort().map((n) => JSON.stringify(n)).join(',\n')}\n]\n`;
  writeFileSync(`${DATA_DIR}given-names.json`, list(given));
  writeFileSync(`${DATA_DIR}family-names.json`, list(family));
  process.stdout.write(`wrote given-names.json (${given.size}) and family-names.json (${family.size}) in ${DATA_DIR}\n`);
}

main();
