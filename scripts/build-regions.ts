/**
 * Regenerates lambdas/entities/data/regions.json (provinces, regencies and cities with Kemendagri codes) from the
 * idn-area-data CSVs. The generated file is committed; nothing reads idn-area-data at run time.
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

/** Province names as newsrooms write them (the CSV spells out "Daerah Khusus Ibukota"). */
const PROVINCE_RENAMES: Record<string, string> = { 'Daerah Khusus Ibukota Jakarta': 'DKI Jakarta' };

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
    rows.push({ code: code!, kind, name, province: provinceCode! });
  }
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}

/** Write one JSON object per line so diffs stay readable. */
function writeRegions(rows: RegionRow[]): void {
  const lines = rows.map((row) => JSON.stringify(row));
  writeFileSync(OUT_FILE, `[\n${lines.join(',\n')}\n]\n`);
}

writeRegions(buildRegions());
