/**
 * Regenerates lambdas/entities/data/regions.json (provinces, regencies and cities with Kemendagri codes) and
 * district-regencies.json (each kecamatan name that is unique in Indonesia, with its regency or city code) from the
 * idn-area-data CSVs. The generated files are committed; nothing reads idn-area-data at run time.
 * Run: npx tsx scripts/build-regions.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface RegionRow {
  code: string;
  kind: 'province' | 'regency' | 'city';
  name: string;
  province: string | null;
}

const DATA_DIR = fileURLToPath(new URL('../node_modules/idn-area-data/data/', import.meta.url));
const OUT_FILE = fileURLToPath(new URL('../lambdas/entities/data/regions.json', import.meta.url));
const DISTRICTS_FILE = fileURLToPath(new URL('../lambdas/entities/data/district-regencies.json', import.meta.url));

/** Province names as newsrooms write them (the CSV spells out "Daerah Khusus Ibukota"). */
const PROVINCE_RENAMES: Record<string, string> = { 'Daerah Khusus Ibukota Jakarta': 'DKI Jakarta' };
/**
 * Regency and city names as their founding laws and Kemendagri spell them, where the CSV splits a name at its hyphen
 * ("BAU BAU" is Kota Baubau, "FAK FAK" Kabupaten Fakfak, "TOJO UNA UNA" Kabupaten Tojo Una-Una) or joins its words
 * ("PALANGKARAYA" is Kota Palangka Raya); the CSV's forms stay readable through region-aliases.json.
 */
const REGENCY_RENAMES: Record<string, string> = { 'Bau Bau': 'Baubau', 'Fak Fak': 'Fakfak', 'Tojo Una Una': 'Tojo Una-Una', Palangkaraya: 'Palangka Raya' };

/** Read a simple CSV (no embedded commas in the columns we use) into rows of strings. */
function readCsv(file: string): string[][] {
  return readFileSync(DATA_DIR + file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(','));
}

/** Turn "KOTA BALIKPAPAN" / "Kabupaten Administrasi Kepulauan Seribu" into a bare name and a kind. */
function normaliseRegencyName(raw: string): { name: string; kind: 'regency' | 'city' } {
  const titled = raw
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/ Dan /g, ' dan ');
  const match = /^(Kabupaten|Kota)(?: Administrasi)? (.+)$/.exec(titled);
  if (!match) return { name: titled, kind: 'regency' };
  return { name: match[2]!, kind: match[1] === 'Kota' ? 'city' : 'regency' };
}

/** Build the sorted list of regions. */
function buildRegions(): RegionRow[] {
  const rows: RegionRow[] = [];
  for (const [code, name] of readCsv('provinces.csv')) {
    rows.push({ code: code!, kind: 'province', name: PROVINCE_RENAMES[name!] ?? name!, province: null });
  }
  for (const [code, provinceCode, rawName] of readCsv('regencies.csv')) {
    const { name, kind } = normaliseRegencyName(rawName!);
    rows.push({ code: code!, kind, name: REGENCY_RENAMES[name] ?? name, province: provinceCode! });
  }
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

/** Write one JSON object per line so diffs stay readable. */
function writeRegions(rows: RegionRow[]): void {
  const lines = rows.map((row) => JSON.stringify(row));
  writeFileSync(OUT_FILE, `[\n${lines.join(',\n')}\n]\n`);
}

/**
 * "Tenggarong|64.02": the kecamatan names that name one kecamatan only, with the regency or city it lies in (a
 * dateline town gives the story its regency). Names shared by several kecamatan are left out.
 */
function writeDistrictRegencies(): void {
  const byName = new Map<string, Set<string>>();
  for (const [, regencyCode, rawName] of readCsv('districts.csv')) {
    // A name quoted in the CSV ("Ra'as" written with quotes) is left out: the simple reader does not unquote.
    if (!/^[\p{L}\d][\p{L}\d .'’()-]*$/u.test(rawName!)) continue;
    const name = normaliseRegencyName(rawName!).name;
    byName.set(name, (byName.get(name) ?? new Set()).add(regencyCode!));
  }
  const lines = [...byName]
    .filter(([, regencies]) => regencies.size === 1)
    .map(([name, regencies]) => JSON.stringify(`${name}|${[...regencies][0]}`))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(DISTRICTS_FILE, `[\n${lines.join(',\n')}\n]\n`);
}

writeRegions(buildRegions());
writeDistrictRegencies();
