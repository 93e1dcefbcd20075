/**
 * @module entities/locations
 * Finds provinces, regencies and cities (with Kemendagri codes) and named places such as "Hutan Lindung Sungai Wain".
 */
import type { LocationEntity } from '../shared/types.js';
import { AREA_UNIT_KIND, AREA_UNIT_WORDS } from '../shared/area-units.js';
import {
  AGENCY_BY_FORM,
  AMBIGUOUS_REGION_NAMES,
  COUNTRY_BY_FORM,
  HONORIFICS,
  STOPPED_HONORIFIC_SOURCE,
  NAME_STOPWORDS,
  ONE_WORD_TITLES,
  PEOPLES,
  PLACE_HEADS,
  RANKS,
  REGION_ALIAS,
  REGION_FORMS,
  REGION_NAME_TAILS,
  REGIONAL_UNIT_BY_ABBR,
  REGION_FORM_LIST,
  REGION_BY_CODE,
  REGIONS_BY_NAME,
  TITLE_WORDS,
  WIDE_AREA_BY_FORM,
  displayRegionName,
  regencyOfDistrict,
} from './gazetteer.js';
import landmarks from './data/landmarks.json' with { type: 'json' };
import placeHeadsExtra from './data/place-heads-extra.json' with { type: 'json' };
import placeTailBlockers from './data/place-tail-blockers.json' with { type: 'json' };
import placeTerms from './data/place-terms.json' with { type: 'json' };
import placeTails from './data/place-tails.json' with { type: 'json' };
import { TITLES_IN_NAMES } from './person-names.js';
import { LOCATIVE_WINDOW } from './settings.js';
import { CAPITAL_AFTER_SPACES, ROMAN_NUMERAL, WORD_END, WORD_START, allMatches, anyWordGate, buildAlternation, matchAt, overlapsAny, spelledBefore, wholeWordsAt, withinAny, wordStartMatcher } from './text-scan.js';
import { isAffixedWord, isDictionaryWord, isEnglishWord, isGivenName, isListedName, knownNameLength, tokenize } from './tagger-features.js';
import type { RegionEntry, RegionHit, Span } from './types.js';

// "Kota Administrasi Jakarta Utara", "Kabupaten Administrasi Kepulauan Seribu": DKI Jakarta's units take the word too.
const PREFIX_WORDS = ['Kota Administrasi', 'Kabupaten Administrasi', 'Kota', 'kota', 'Kabupaten', 'kabupaten', 'Kab\\.', 'Provinsi', 'provinsi', 'Prov\\.'];
const PREFIX = `(?:(${PREFIX_WORDS.join('|')})\\s+)?`;
const REGION_AT = new RegExp(`${PREFIX}(${REGION_FORMS})${WORD_END}`, 'yu');
// Regions found where a word starts only: on the trie of 600 forms a whole-text scan cost twice as much.
const findRegionForms = wordStartMatcher(REGION_AT.source, [...PREFIX_WORDS, ...REGION_FORM_LIST]);
/**
 * Words after which an ambiguous name ("Paser", "Serang", "Pati") is the region: locatives, and the regional heads and
 * bodies that are named with their region ("Bupati Paser", "DPRD Pati", "Polres Serang").
 */
const LOCATIVE_BEFORE =
  /(?:^|[^\p{L}])(?:di|ke|dari|wilayah|daerah|warga|asal|Kota|kota|Kabupaten|kabupaten|Bupati|Wali Kota|Walikota|Gubernur|Sekda|Pemkab|Pemkot|Pemko|Pemprov|Pemda|DPRD|Polres|Polresta|Polda|Kapolres|Kapolresta|Kapolda|Kejari|Kajari|Kodim|Dandim)\s+$/u;
/** A word of a place's name, or initials before one ("Jalan D.I. Panjaitan", "Jalan M. Yamin"). */
// "Pelabuhan Belawan Dr. Budi": an honorific before its full stop opens a person's name, no place's word.
const PLACE_TOKEN = `(?:[A-Z]\\.(?:[A-Z]\\.)*(?=[ \\t]+[A-Z])|(?!(?:${STOPPED_HONORIFIC_SOURCE})\\.)[A-Z][A-Za-z'’-]*)`;
/**
 * The abbreviated degrees, honorifics and ranks of the one a place is named after, right after its head word ("Jalan
 * Ir. Soekarno", "Jalan KH. Ahmad Dahlan", "Jalan Prof. Dr. Ing. B.J. Habibie").
 */
const NAMESAKE_MARKS = "(?:\\s+(?:Ir|Dr|Drs|Prof|Ing|KH|Hj|Jend|Kol|Letjen|Mayjen|Brigjen|Kapt)\\.(?=[ \\t]+[A-Z])){0,3}";
/** Hospitals are organizations (named-bodies.ts), not places. */
const ORG_PLACE_HEADS = new Set(['RSUD', 'Rumah Sakit']);
// place-heads-extra.json: heads read only as written, never in lower case before a name in running text ("Kali Bebeng"
// is a river, "pertama kali Zah Rahan" no place; "Hotel", "Jalan tol").
const PLACE_HEAD_SET = new Set([...PLACE_HEADS, ...placeHeadsExtra]);
/** "Jalan tol" written in lower case, before a toll road's name. */
const TOLL_ROAD_WORDS = /^[Jj]alan[ \t]+tol[ \t]+/;
/** "jalan tol" mid-sentence, read apart from the capitalised heads: one lower-case head slows the whole alternation. */
const TOLL_ROAD_ANYWHERE = new RegExp(`${WORD_START}jalan[ \\t]+tol${NAMESAKE_MARKS}(?:\\s+${PLACE_TOKEN}){1,4}${WORD_END}`, 'gu');
/** A road's name, a toll road's too ("Tol Balikpapan-Samarinda", "jalan tol ..."). */
const ROAD_START = /^(?:Jalan|jalan|Jl\.?|Jln\.?|Tol)[ \t]/;
const PLACE_ANYWHERE = new RegExp(
  `${WORD_START}(?:${buildAlternation([...PLACE_HEADS.filter((h) => !ORG_PLACE_HEADS.has(h)), ...placeHeadsExtra])})${NAMESAKE_MARKS}(?:\\s+${PLACE_TOKEN}){1,4}${WORD_END}`,
  'gu',
);
/** "Distrik" and a Roman numeral: a church's district ("Distrik IV Toba" of the HKBP). */
const NUMBERED_DISTRICT = /^Distrik[ \t]+[IVX]{1,5}(?![\p{L}])/u;
/** Heads of spots written "head + words + (short form) + own name": buildings, zones, airports, stadiums. */
const SHORT_FORM_SPOT_HEAD = /^(?:Gedung|Kawasan|Bandara|Bandar Udara|Stadion|Gelanggang)[ \t]/;
/** A short form in parentheses (group 1) and one to four name words after it (group 2, with its leading space). */
const SPOT_NAME_AFTER_SHORT_FORM = new RegExp(`^[ \\t]*\\(([A-Z]{2,6})\\)((?:[ \\t]+${PLACE_TOKEN}){1,4})${WORD_END}`, 'u');

/**
 * "Gedung Olahraga (GOR) Segiri", "Kawasan Ekonomi Khusus (KEK) Maloy Batuta": after a building's, a zone's, an
 * airport's or a stadium's words (`written` at `start`), the short form of its kind and its own name: that text, or
 * null. Not a region or a wide area there: "Kawasan Inti Pusat Pemerintahan (KIPP) IKN" is the spot in that area.
 */
function spotNameAfterShortForm(text: string, start: number, written: string): string | null {
  if (!SHORT_FORM_SPOT_HEAD.test(written)) return null;
  const at = start + written.length;
  const own = SPOT_NAME_AFTER_SHORT_FORM.exec(text.slice(at, at + 60));
  if (!own || !written.split(/[ \t]+/).some((w) => w[0] === own[1]![0])) return null;
  const words = own[2]!.trim().split(/[ \t]+/);
  const areaAfter = words.some((_, n) => WIDE_AREA_BY_FORM.has(words.slice(0, n + 1).join(' ')));
  return areaAfter || matchRegionAt(text, at + own[0].length - own[2]!.trimStart().length) ? null : own[0];
}
const NOT_BEFORE_TAILS = new Set(placeTailBlockers);
/** Terms written like a named place that name a market of the economy ("Pasar Modal", "Pasar Uang"), no place. */
const PLACE_TERMS = new Set(placeTerms as string[]);
/** Places named before a tail word: "Staples Center", "Jakarta Convention Center". */
const PLACE_TAIL_ANYWHERE = new RegExp(
  `${WORD_START}${PLACE_TOKEN}(?:[ \\t]+${PLACE_TOKEN}){0,4}[ \\t]+(?:${buildAlternation(placeTails)})${WORD_END}`,
  'gu',
);
const mentionsPlaceTail = anyWordGate(placeTails);

/**
 * An event's or a body's word right after a name: the name goes on ("Bali Island Cup", "Balikpapan Bay Run",
 * "Kalimantan IV River Basin Agency", "Center of Reform on Economics").
 */
const EVENT_WORD_AFTER = /^[ \t]+(?:Cup|Championship|Open|Festival|Games|Series|Tour|Run|Marathon|Challenge|Expo|Fair|Carnival|Basin|Agency|Authority|Office|Company)(?![\p{L}])|^[ \t]+of[ \t]+\p{Lu}/u;

/** A place named in the text, with no Kemendagri code; kind "district" / "village" for administrative units. */
export interface PlaceHit extends Span {
  name: string;
  kind?: string;
  /** A country named in a currency or a title ("dolar AS", "Putri Indonesia"): it holds the words, no location. */
  notPlace?: true;
}

/** Administrative units below the regency: the head word, lower-cased, and the location kind it gives. */
const ADMIN_UNIT_KIND: Record<string, string> = Object.fromEntries(Object.entries(AREA_UNIT_KIND).map(([word, kind]) => [word.toLowerCase(), kind]));
/** A name word that is not the head of the next unit ("Desa X Kecamatan Y" is two places). */
const UNIT_FREE = `(?!(?:${[...AREA_UNIT_WORDS, 'Kabupaten', 'Kota', 'Provinsi'].join('|')})(?![\\p{L}]))`;
/** A Roman numeral closing a unit's name ("Kelurahan Tegal Sari Mandala II"). */
// A lone "I" is no unit's number.
const UNIT_NUMERAL = `(?:[ \\t]+(?!I(?![IVX]))${ROMAN_NUMERAL}(?![\\p{L}\\p{N}]))?`;
// "Komando Distrik Militer (Kodim)": the army's district command is no Papuan district.
// "Kelurahan 30 Ilir", "Kelurahan 3-4 Ulu": Palembang numbers its kelurahan along the river.
const findAdminUnits = wordStartMatcher(
  `(Kecamatan|kecamatan|Distrik(?![ \\t]+(?:Militer|[IVX]{1,5}(?![\\p{L}])))|Kelurahan|kelurahan|Desa|desa|Dusun|dusun|Nagari|Nagori|Gampong|Kampung|Kalurahan|Kapanewon)[ \\t]+((?:\\d{1,2}(?:-\\d{1,2})?[ \\t]+)?${PLACE_TOKEN}(?:[ \\t]+${UNIT_FREE}${PLACE_TOKEN}){0,2}${UNIT_NUMERAL})${WORD_END}`,
  ['Kecamatan', 'kecamatan', 'Distrik', 'Kelurahan', 'kelurahan', 'Desa', 'desa', 'Dusun', 'dusun', 'Nagari', 'Nagori', 'Gampong', 'Kampung', 'Kalurahan', 'Kapanewon'],
);

/** Pick the region a written form means: an explicit prefix decides, else province > city > regency. */
export function resolveRegionForm(form: string, prefix: string | undefined): RegionEntry | null {
  const kind = prefixKind(prefix);
  const candidates = REGIONS_BY_NAME.get(form.toLowerCase()) ?? [];
  const alias = REGION_ALIAS.get(form.toLowerCase());
  if (kind) {
    const exact = candidates.find((r) => r.kind === kind);
    if (exact) return exact;
  }
  if (alias) return alias;
  const order = ['province', 'city', 'regency'];
  return [...candidates].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0] ?? null;
}

/** Map a written prefix ("Kota", "Kab.") to a region kind. */
function prefixKind(prefix: string | undefined): RegionEntry['kind'] | null {
  if (!prefix) return null;
  const p = prefix.toLowerCase();
  if (p.startsWith('kota')) return 'city';
  if (p.startsWith('kab')) return 'regency';
  return 'province';
}

/** "Polda Metro Jaya": the police region of the capital, no city of Metro (Lampung). */
function isMetroJaya(form: string, text: string, end: number): boolean {
  return form === 'Metro' && /^[ \t]+Jaya(?![\p{L}])/u.test(text.slice(end, end + 6));
}

/** Match a region (with an optional "Kota"/"Kabupaten"/"Provinsi" prefix) exactly at `pos`. */
export function matchRegionAt(text: string, pos: number): RegionHit | null {
  const m = matchAt(REGION_AT, text, pos);
  if (!m || isMetroJaya(m[2]!, text, pos + m[0].length)) return null;
  const region = resolveRegionForm(m[2]!, m[1]);
  return region ? { start: pos, end: pos + m[0].length, region } : null;
}

/** A region's kind word and a short form in parentheses right before its name ("Kota (Pemkot) "): group 1 the word. */
const KIND_BEFORE_SHORT_FORM = /(?<![\p{L}])(Kota|Kabupaten|Provinsi)[ \t]*\([\p{L}]{2,10}\)[ \t]+$/u;

/** The kind of a Balinese hamlet after "Banjar": the administrative one ("Dinas") or the customary one ("Adat"). */
const BALI_HAMLET_KIND_AFTER = /^[ \t]+(?:Dinas|Adat)[ \t]+\p{Lu}/u;

/** Find every region mention; names that are also common words need a prefix or a locative word before them. */
export function findRegionHits(text: string): RegionHit[] {
  const hits: RegionHit[] = [];
  const matches = findRegionForms(text);
  matches.forEach((m, i) => {
    const form = m[2]!;
    if (isMetroJaya(form, text, m.index + m[0].length)) return;
    // "Pemerintah Kota (Pemkot) Yogyakarta": the kind word stands before the short form in parentheses, and says which
    // region of the name is meant (the city, not the Daerah Istimewa).
    const prefix = m[1] ?? KIND_BEFORE_SHORT_FORM.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1];
    if (!prefix && AMBIGUOUS_REGION_NAMES.has(form)) {
      const before = text.slice(Math.max(0, m.index - LOCATIVE_WINDOW), m.index);
      // "di Kutai Kartanegara dan Paser", "Bone, Wajo, dan Sinjai": an item of a list of regions is a region too. A
      // comma alone joins no list ("Mega Kuningan, Jakarta Selatan" names a place and its city), nor does a name go
      // on past the word ("Puncak Jaya dan Puncak Mandala").
      const previous = hits.at(-1);
      const next = matches[i + 1];
      const end = m.index + m[0].length;
      const gapBefore = previous ? text.slice(previous.end, m.index) : null;
      const gapAfter = next && !AMBIGUOUS_REGION_NAMES.has(next[2]!) ? text.slice(end, next.index) : null;
      const joinBefore = gapBefore !== null && LIST_JOINER.test(gapBefore);
      const joinAfter = gapAfter !== null && LIST_JOINER.test(gapAfter);
      const listed =
        !CAPITAL_AFTER_SPACES.test(text.slice(end, end + 3)) &&
        ((joinBefore && joinAfter) || (joinBefore && CONJUNCTION.test(gapBefore!)) || (joinAfter && CONJUNCTION.test(gapAfter!)));
      if (!LOCATIVE_BEFORE.test(before) && !listed) return;
    }
    const region = resolveRegionForm(form, prefix);
    if (!region) return;
    // "PT Sawit Bumi Benuaq (SBB) ... SBB membantah": a region's short form the text spells out as another's name.
    if (!m[1] && isSpelledAsAnotherName(text, form, region)) return;
    // "penumpang di Lebak Bulus", "Bontang Kuala": a region's name that runs on into a known kelurahan or desa (Lebak
    // Bulus is in South Jakarta) is that place, no region; a direction ("Bogor Barat") or a kecamatan ("Puskesmas
    // Malinau Seberang") stays the region's, read on by the place finders.
    const next = !m[1] ? NEXT_NAME_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24))?.[1] : undefined;
    if (next && !REGION_NAME_TAILS.has(next) && knownNameLength([form, next], 0, 'v') === 2 && knownNameLength([form, next], 0, 'd') < 2) return;
    // "Banjar Dinas Cegi", "Banjar Adat Tegal": Bali's hamlets, no regency of Banjar.
    if (!m[1] && form === 'Banjar' && BALI_HAMLET_KIND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return;
    hits.push({ start: m.index, end: m.index + m[0].length, region });
  });
  return withGivenShortForms(text, hits);
}

/**
 * Whether the text defines an all-capitals form in parentheses as the short form of a name other than the region's:
 * the capitalised words right before "(SBB)" spell it ("PT Sawit Bumi Benuaq (SBB)", not Seram Bagian Barat).
 */
function isSpelledAsAnotherName(text: string, form: string, region: RegionEntry): boolean {
  if (!/^[A-Z]{2,6}$/.test(form)) return false;
  for (let at = text.indexOf(`(${form})`); at !== -1; at = text.indexOf(`(${form})`, at + 1)) {
    const spelled = spelledBefore(text.slice(Math.max(0, at - 80), at), form);
    // "Kabupaten Sumbawa Barat (KSB)": the region's own name, its kind word or not, spells its short form.
    if (spelled !== null && !spelled.endsWith(region.name)) return true;
  }
  return false;
}

/** A region named with its kind ("Kabupaten Mandailing Natal"), then a short form of one word in parentheses. */
const KIND_WORD_OPENING = /^(?:Kabupaten|Kota|Provinsi)[ \t]/;
const SHORT_FORM_AFTER_REGION = /^[ \t]*\((\p{Lu}[\p{L}]{2,11})\)/u;

/**
 * "Kabupaten Mandailing Natal (Madina) ... Kepala BPBD Madina": a short form the story gives a region named with its
 * kind names that region wherever it stands, as an acronym names its body ("Madina" is a given name too, so no list
 * holds it). A body's short form ("Pemkab") or one the lists know already is left to its readers.
 */
function withGivenShortForms(text: string, hits: RegionHit[]): RegionHit[] {
  const extra: RegionHit[] = [];
  for (const hit of hits) {
    if (!KIND_WORD_OPENING.test(text.slice(hit.start, hit.end))) continue;
    const form = SHORT_FORM_AFTER_REGION.exec(text.slice(hit.end, hit.end + 16))?.[1];
    if (!form || REGION_ALIAS.has(form.toLowerCase()) || REGIONS_BY_NAME.has(form.toLowerCase()) || /^Pem/.test(form)) continue;
    if (REGIONAL_UNIT_BY_ABBR.has(form) || AGENCY_BY_FORM.has(form)) continue;
    for (const at of wholeWordsAt(text, form)) {
      if (!hits.some((h) => h.start <= at && h.end > at)) extra.push({ start: at, end: at + form.length, region: hit.region });
    }
  }
  return extra.length === 0 ? hits : [...hits, ...extra].sort((a, b) => a.start - b.start);
}

/** The capitalised word right after a name, one space between. */
const NEXT_NAME_WORD = /^[ \t](\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/** What joins two items of a list: a comma, "dan", "serta", "atau" ("and", "or"), or a comma and one of them. */
const LIST_JOINER = /^[ \t]*(?:,[ \t]*(?:(?:dan|serta|atau|and|or)[ \t]+)?|[ \t]+(?:dan|serta|atau|and|or)[ \t]+)$/;
const CONJUNCTION = /(?:dan|serta|atau|and|or)[ \t]+$/;

/** One-word titles and ranks: a place's name runs on into one only where a person's title follows it unpunctuated. */
const TITLE_OR_RANK = new Set([...ONE_WORD_TITLES, ...RANKS]);

/** Words for an office's building or residence: the title after them is part of the place ("Kantor Bupati"). */
const SEATS = new Set(['Kantor', 'Rumah', 'Istana', 'Pendopo', 'Gedung', 'Jabatan', 'Dinas', 'Balai', 'Makam']);

/** Whether a building's name ends with a body's short form or an office's title ("Gedung DPRD", "Pendopo Gubernur"). */
function endsWithOwner(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return TITLE_OR_RANK.has(last) || /^[A-Z]{2,6}$/.test(last);
}

/**
 * A place's name cut before a title or rank word that no other title word leads into ("Jalan Juanda Kapolres
 * Samarinda" -> "Jalan Juanda"); names after a titled person keep theirs ("Jalan Jenderal Sudirman", "Jalan Letnan
 * Jenderal Suprapto"), and so do an office's seats ("Gedung Kantor Bupati").
 */
function cutAtTitle(written: string): string {
  const words = written.split(/(\s+)/);
  // words alternate: word, gap, word, ...; the head is words[0], its first name word words[2].
  for (let i = 4; i < words.length; i += 2) {
    const before = words[i - 2]!;
    // "Puncak Datuk Panglima Husin": a title word that names take after a name word stays in the place's name.
    if (TITLE_OR_RANK.has(words[i]!) && !TITLE_OR_RANK.has(before) && !SEATS.has(before) && !TITLES_IN_NAMES.has(words[i]!)) {
      return words.slice(0, i - 1).join('');
    }
  }
  return written;
}

/** The unit word a kecamatan's or desa's name may open with ("Kecamatan ", "Desa "), or nothing. */
const UNIT_WORD_LEAD = new RegExp(`^(?:(?:${AREA_UNIT_WORDS.join('|')})[ \\t]+)?`);

/** "Lalu Lintas ", "Lalu Lintas dan Angkutan " right before "Jalan": the field of road traffic. */
const TRAFFIC_BEFORE = /(?:^|[^\p{L}])[Ll]alu[ \t]+[Ll]intas[ \t]+(?:dan[ \t]+[Aa]ngkutan[ \t]+)?$/u;

/** "Koordinator " right before "Lapangan": a field coordinator's title. */
const FIELD_COORDINATOR_BEFORE = /(?:^|[^\p{L}])[Kk]oordinator[ \t]+$/u;

/** An area unit's word and a slash right before another ("Desa/"). */
const UNIT_PAIR_BEFORE = new RegExp(`(?:${AREA_UNIT_WORDS.join('|')})\\/$`);

/** Find named places: a head word ("Hutan Lindung", "Pantai", "Jalan") followed by capitalised words. */
export function findPlaceHits(text: string, regionHits: readonly RegionHit[]): PlaceHit[] {
  const places: PlaceHit[] = [];
  for (const m of [...allMatches(PLACE_ANYWHERE, text), ...allMatches(TOLL_ROAD_ANYWHERE, text)].sort((a, b) => a.index - b.index)) {
    // "Pulau-Pulau Aru" (a kecamatan): the head written twice opens the name.
    const head = /^\S+/.exec(m[0])![0];
    const start = text.endsWith(`${head}-`, m.index) ? m.index - head.length - 1 : m.index;
    // "Direktur Lalu Lintas Jalan Arief": "lalu lintas jalan" (road traffic) is a directorate's field, no road.
    if (TRAFFIC_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    // "Koordinator Lapangan Basarnas Ambon": "koordinator lapangan" (field coordinator) is a title, no field.
    if (head === 'Lapangan' && FIELD_COORDINATOR_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
    // "Distrik IV Toba": a church's numbered district, no administrative one (those bear a place's name).
    if (NUMBERED_DISTRICT.test(m[0])) continue;
    // "Jalan Soekarno-Hatta Km 5": the kilometre post is no part of the road's name.
    let written = text.slice(start, m.index) + cutAtTitle(m[0]).replace(/[ \t]+(?:Km|KM)$/, '');
    // "Gedung Olahraga (GOR) Segiri": the mention runs through the spot's own name; the name leaves the short form out.
    const ownName = written === m[0] ? spotNameAfterShortForm(text, start, written) : null;
    if (ownName) written += ownName;
    // "Pelabuhan Semayang Balikpapan", "Stadion Segiri Samarinda": the city the spot is in is a location of its own.
    // Not a head alone ("Bandar Udara Mukomuko"), nor a road, often named after the towns it joins ("Jalan Raya Yogya
    // Magelang").
    const town = regionHits.find((r) => r.end === start + written.length && r.start > start);
    const rest = town ? text.slice(start, town.start).trimEnd().replace(/\s+/g, ' ') : '';
    // "Gedung DPRD Kalteng", "Pendopo Gubernur Banten": a building named after a body or an office keeps the region
    // the body or office is of.
    if (town && !PLACE_HEAD_SET.has(rest) && !ROAD_START.test(rest) && !endsWithOwner(rest)) written = rest;
    const end = start + written.length;
    const coveredByRegion = regionHits.some((r) => r.start <= start && r.end >= end);
    // "jalan tol Balikpapan-Samarinda" is the Jalan Tol Balikpapan-Samarinda, named by the towns it joins; "jalan tol
    // IKN", one word after the words, is a road to a place.
    const tollRoad = TOLL_ROAD_WORDS.exec(written);
    if (tollRoad && !/[-‐\s]/.test(written.slice(tollRoad[0].length))) continue;
    const name = (tollRoad ? `Jalan Tol ${written.slice(tollRoad[0].length)}` : ownName ? written.replace(/[ \t]*\([A-Z]{2,6}\)/, '') : written).replace(/\s+/g, ' ');
    // "warga Sungai Kunjang": a name a kecamatan bears is that kecamatan, not a river.
    const words = name.split(' ');
    if (PLACE_TERMS.has(`${words[0]} ${words[1]}`)) continue;
    const kind = knownNameLength(words, 0, 'd') === words.length ? 'district' : undefined;
    // "Pasar Afrika tumbuh paling cepat": a market named by a country or a world region is a market for goods there.
    const market = words[0] === 'Pasar' ? words.slice(1).join(' ') : '';
    if (COUNTRY_BY_FORM.has(market) || WIDE_AREA_BY_FORM.has(market)) continue;
    // "Ruang Rapat Tepian I", "Ruang Polibu": a room of a building holds its words, no location of the story.
    const room = words[0] === 'Ruang';
    if (!coveredByRegion) places.push({ start, end, name, ...(kind ? { kind } : {}), ...(room ? { notPlace: true as const } : {}) });
  }
  for (const m of mentionsPlaceTail(text) ? allMatches(PLACE_TAIL_ANYWHERE, text) : []) {
    // "The Balikpapan Bay toll bridge": the article is no part of the name; "The Beach" (a film) is no place.
    const article = /^(?:The|A)[ \t]+/.exec(m[0])?.[0] ?? '';
    const start = m.index + article.length;
    const end = m.index + m[0].length;
    // "Omni Medical Center" is a hospital, "Carter Research Center" an institute: not places.
    if (m[0].split(/[ \t]+/).some((w) => NOT_BEFORE_TAILS.has(w))) continue;
    // "Bali Island Cup", "... River Basin Agency": an event's or a body's word after the tail makes it part of that name.
    if (!/[ \t]/.test(m[0].slice(article.length)) || EVENT_WORD_AFTER.test(text.slice(end, end + 14))) continue;
    // "PT Weda Bay Nickel": a tail inside a company's name, a capitalised word after it, names no place.
    if (/(?:^|[ \t])PT[ \t]/.test(m[0]) && /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    if (!overlapsAny({ start, end }, places)) places.push({ start, end, name: text.slice(start, end).replace(/\s+/g, ' ') });
  }
  for (const m of findAdminUnits(text)) {
    const words = m[2]!.split(/[ \t]+/);
    // "Desa Wates Kecamatan X": stop before the next unit, a stopword or a region that follows the name.
    const cut = words.findIndex((w, i) => i > 0 && (w.toLowerCase() in ADMIN_UNIT_KIND || /^(?:Kabupaten|Kota|Provinsi|Kab)$/.test(w)));
    let kept = cut === -1 ? words : words.slice(0, cut);
    // "Kecamatan Nisam Antara Aceh Utara": a region that runs past the name's last word is not part of it.
    const runAt = m.index + m[0].length - m[2]!.length;
    const crossing = kept.findIndex((_, i) => {
      if (i === 0) return false;
      const at = runAt + kept.slice(0, i).join(' ').length + 1;
      const region = matchRegionAt(text, at);
      return region !== null && region.end > runAt + kept.join(' ').length;
    });
    if (crossing > 0) kept = kept.slice(0, crossing);
    const start = m.index;
    // "Desa Adat Tegallalang": a customary village is a body of its own (in Bali a legal one, Perda Bali 4/2019), which
    // the body finders read; no place.
    if (kept[0] === 'Adat' && /^[Dd]esa$/.test(m[1]!)) continue;
    // "kepala desa pengganti antarwaktu (PAW) ... kepala desa PAW": a short form the text defines names a kind of
    // unit or holder, no place.
    if (kept.length === 1 && /^[A-Z]{2,6}$/.test(kept[0]!) && text.includes(`(${kept[0]})`)) continue;
    // "Koperasi Desa/Kelurahan Merah Putih": a unit word after another and a slash names a kind of unit, no place.
    if (UNIT_PAIR_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    let end = start + m[1]!.length + 1 + kept.join(' ').length;
    if (text.slice(start, end).replace(/\s+/g, ' ') !== `${m[1]} ${kept.join(' ')}`) continue;
    // A known name that runs on over a region word stays whole ("Kecamatan Balikpapan Kota", "Kelurahan Kota Baru").
    const tokens = tokenize(text.slice(runAt, runAt + 60));
    const known = knownNameLength(tokens.map((t) => t.text), 0, ADMIN_UNIT_KIND[m[1]!.toLowerCase()] === 'district' ? 'd' : 'v');
    // "Kampung Tanjung Batu" is a village where the lists know one by the name; "Kampung Inggris" stays a named spot.
    if (m[1] === 'Kampung' && known === 0) continue;
    // "tiga kecamatan Kabupaten Kutai Kartanegara": a region's level word opens no unit's name the lists lack
    // ("Kelurahan Kota Baru" is one they hold).
    if (known === 0 && /^(?:Kabupaten|Kota|Provinsi|Kab)$/.test(words[0]!)) continue;
    // "Indeks Desa Membangun": one verb of the language after the unit's word names a programme, no unit the lists know
    // ("Desa Merawan Peringtali" goes on).
    if (known === 0 && kept.length === 1 && /^Me/.test(kept[0]!) && isAffixedWord(kept[0]!)) continue;
    if (known > 0 && runAt + tokens[known - 1]!.end > end) {
      end = runAt + tokens[known - 1]!.end;
      kept = text.slice(runAt, end).split(/[ \t]+/);
    }
    // "Bhabinkamtibmas Kelurahan Lembang Aipda Ardiansyah", "Kepala KUA Kecamatan Wlingi Siti Khoiriyah": after the
    // name the lists know, a rank or a given name opens the person a title's unit runs into.
    const afterKnown = known > 0 && known < kept.length ? kept[known]! : null;
    if (afterKnown && (RANKS.has(afterKnown) || (isGivenName(afterKnown) && known + 1 < kept.length))) {
      kept = kept.slice(0, known);
      end = runAt + tokens[known - 1]!.end;
    }
    const head = m[1]![0]!.toUpperCase() + m[1]!.slice(1);
    // "Kelurahan Teluk Lerong Ulu", "Kecamatan Sungai Kunjang (Kota Samarinda)": the unit's name is no bay or river of
    // its own, nor the start of one that runs on into the region after it.
    // "Kampung Tanjung Batu" read as a named spot by its head word is the village.
    for (let i = places.length - 1; i >= 0; i -= 1) if (places[i]!.start >= start && places[i]!.start < end) places.splice(i, 1);
    places.push({ start, end, name: `${head} ${kept.join(' ')}`, kind: ADMIN_UNIT_KIND[m[1]!.toLowerCase()] });
    // "di Kapanewon Cangkringan dan Turi": one name after "dan" is a second unit of that kind, named as written.
    const second = matchAt(SECOND_UNIT_AFTER, text, end);
    // "... Desa Ngasinan dan Sebelah timur": a word of the language before a word in lower case opens a phrase.
    if (second && isSecondUnitName(second[1]!) && !(isDictionaryWord(second[1]!.toLowerCase()) && /^[ \t]+\p{Ll}/u.test(text.slice(end + second[0].length, end + second[0].length + 2)))) {
      const at = end + second[0].length - second[1]!.length;
      places.push({ start: at, end: at + second[1]!.length, name: second[1]!, kind: ADMIN_UNIT_KIND[m[1]!.toLowerCase()] });
    }
  }
  return [...places, ...findDistrictsAfterRegions(text, regionHits, places), ...findFieldLists(text, places), ...findLandmarks(text, [...places, ...regionHits])];
}

/** A list's joint between two names: a comma, "dan", "and", "serta", "atau", "or", a comma and "dan" or "and". */
const LIST_JOINT = String.raw`(?:[ \t]*,[ \t]*(?:(?:dan|and)[ \t]+)?|[ \t]+(?:dan|and|serta|atau|or)[ \t]+)`;
/** A list's joint or a route's word right after a name ("Kendal hingga Grobogan"). */
const JOINT_NEXT = /^(?:[ \t]*,|[ \t]+(?:dan|and|serta|atau|or|hingga|sampai|to|ke)[ \t])/;
/** A list's joint, a locative or a listing word right before a name ("di Demak, Kendal", "yakni Klitren, Baciro"). */
const JOINT_OR_LOCATIVE_BEFORE = /(?:,[ \t]*|(?<![\p{L}])(?:dan|and|serta|atau|or|di|dari|ke|in|from|at|to|yakni|yaitu|seperti|antara|between)[ \t]+)$/u;
/** One or two capitalised words right after a list's joint, no capitalised word after them. */
const CONJUNCT_AFTER = new RegExp(String.raw`^(${LIST_JOINT})(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})`, 'u');
/** One or two capitalised words right before a list's joint, no name, number or short form before them. */
const CONJUNCT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.)-]|[\p{Lu}\p{N}][\p{L}\p{N}]*[ \t]+)(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(${LIST_JOINT})$`, 'u');
/** "dari Kaligawe ke Sayung", "from Kaligawe to Sayung": the two ends of a route, a stretch or a move. */
const ROUTE_AFTER = /^[ \t]+(?:ke|hingga|sampai|to)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}'’-]|[ \t]+\p{Lu})/u;
const ROUTE_BEFORE = /(?<![\p{L}])(?:dari|from)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]+(?:ke|hingga|sampai|to)[ \t]+$/u;

/**
 * "in Cirebon and Suralaya", "dari Demak, Kendal hingga Grobogan", "from Kaligawe to Sayung": a name the lists know as a
 * kecamatan or a desa, listed with a place the text names (`anchors`) or at the other end of its route, is a place too
 * (alone, a desa's name is as often a person's or a word). A comma alone makes a list only with another joint or a
 * locative beside the name ("Kecamatan Amanatun Selatan, Hamdan meninjau" names a person). Nothing inside `taken`.
 */
export function findCoordinatedPlaces(text: string, anchors: readonly Span[], taken: readonly Span[]): PlaceHit[] {
  const found: PlaceHit[] = [];
  const add = (start: number, written: string): void => {
    const words = written.split(/[ \t]+/);
    // A regency's seat no kecamatan is named after ("in Bagansiapiapi and Pekanbaru") is a town of the story too.
    const kind =
      knownNameLength(words, 0, 'd') === words.length ? 'district' : knownNameLength(words, 0, 'v') === words.length ? 'village' : regencyOfDistrict(written) && !REGION_NAME_TAILS.has(written) ? 'place' : null;
    // "Jakarta dan Budi", "Filipina dan Ibu": a listed given name, a title's, an honorific's or a sentence's word is no place.
    if (!kind || (words.length === 1 && isListedName(written)) || words.some((w) => NAME_STOPWORDS.has(w) || TITLE_WORDS.has(w) || RANKS.has(w) || HONORIFICS.has(w))) return;
    // "Kabupaten Parigi Moutong, Sigi, Poso": a region's name is the region finder's, which may have left it for a reason.
    if (matchRegionAt(text, start)?.end === start + written.length) return;
    const span = { start, end: start + written.length };
    if (!overlapsAny(span, anchors) && !overlapsAny(span, taken) && !overlapsAny(span, found)) found.push({ ...span, name: words.join(' '), kind });
  };
  for (const place of anchors) {
    const after = CONJUNCT_AFTER.exec(text.slice(place.end, place.end + 40));
    const afterEnd = after ? place.end + after[0].length : 0;
    if (after && (/[^ \t,]/.test(after[1]!) || JOINT_NEXT.test(text.slice(afterEnd, afterEnd + 8)))) add(afterEnd - after[2]!.length, after[2]!);
    const route = after ? null : ROUTE_AFTER.exec(text.slice(place.end, place.end + 40));
    if (route) add(place.end + route[0].length - route[1]!.length, route[1]!);
    const window = text.slice(Math.max(0, place.start - 40), place.start);
    const before = CONJUNCT_BEFORE.exec(window);
    const beforeStart = before ? place.start - window.length + before.index : 0;
    if (before && (/[^ \t,]/.test(before[2]!) || JOINT_OR_LOCATIVE_BEFORE.test(text.slice(Math.max(0, beforeStart - 12), beforeStart)))) add(beforeStart, before[1]!);
    const from = before ? null : ROUTE_BEFORE.exec(window);
    if (from) add(place.start - window.length + from.index + from[0].indexOf(from[1]!, 4), from[1]!);
  }
  return found;
}

/**
 * Tourist spots and landmarks news names alone, with no head word (data/landmarks.json: "Tanah Lot", "Uluwatu"), not
 * as the start of a longer name ("Ubud Monkey Forest").
 */
const findLandmarkForms = wordStartMatcher(`(?:${buildAlternation(landmarks)})${WORD_END}(?![ \\t]+\\p{Lu})`, landmarks);

/**
 * The landmarks of a text that no other place or region covers ("Pantai Kuta" is the beach's) and that end no longer
 * name ("Marina Ancol"); one the lists know as a kecamatan or a desa ("Ubud", "Tegallalang") is of that kind.
 */
function findLandmarks(text: string, taken: readonly Span[]): PlaceHit[] {
  return findLandmarkForms(text)
    .filter((m) => !/\p{Lu}[\p{L}'’.-]*[ \t]+$/u.test(text.slice(Math.max(0, m.index - 24), m.index)))
    .map((m) => {
      const words = m[0].split(' ');
      const kind = knownNameLength(words, 0, 'd') === words.length ? 'district' : knownNameLength(words, 0, 'v') === words.length ? 'village' : undefined;
      return { start: m.index, end: m.index + m[0].length, name: m[0], ...(kind ? { kind } : {}) };
    })
    .filter((p) => !overlapsAny(p, taken));
}

/** "dan" or "serta" and one capitalised word closing the clause after a unit's name (group 1 the word). */
const SECOND_UNIT_AFTER = /[ \t]+(?:dan|serta)[ \t]+(\p{Lu}\p{Ll}+)(?=[ \t]*[,.;:)]|[ \t]+\p{Ll})/uy;

/** Whether the word after a unit's "dan" can name a second unit: no one's name, title, unit, body or region word. */
function isSecondUnitName(word: string): boolean {
  return !isListedName(word) && !TITLE_WORDS.has(word) && !NAME_STOPWORDS.has(word) && !(word.toLowerCase() in ADMIN_UNIT_KIND) && !PLACE_HEAD_SET.has(word) && !REGION_AND_BODY_HEADS.has(word);
}
/** Words that open a region's or a local body's name, never a second unit's: "Kecamatan X dan Kabupaten Y". */
const REGION_AND_BODY_HEADS: ReadonlySet<string> = new Set(['Kabupaten', 'Kota', 'Provinsi', 'Pemkab', 'Pemkot', 'Pemko', 'Pemprov', 'Pemerintah', 'Polres', 'Polsek', 'Koramil']);

/** An oil, gas or mining field's word in lower case, then the fields' names: "lapangan Tunu, Handil dan Bekapai". */
const FIELD_LIST = new RegExp(
  `${WORD_START}(?:lapangan|blok)(?:[ \\t]+(?:migas|minyak|gas))?[ \\t]+(${PLACE_TOKEN}(?:[ \\t]+${PLACE_TOKEN})?(?:(?:[ \\t]*,[ \\t]*(?:dan[ \\t]+)?|[ \\t]+dan[ \\t]+)${PLACE_TOKEN}(?:[ \\t]+${PLACE_TOKEN})?)*)`,
  'gu',
);

/** The fields named after a field's word, each a place (no person: "Handil", "Bekapai" read as given names). */
function findFieldLists(text: string, places: readonly PlaceHit[]): PlaceHit[] {
  const found: PlaceHit[] = [];
  if (!/(?:lapangan|blok)[ \t]/.test(text)) return found;
  for (const m of allMatches(FIELD_LIST, text)) {
    let at = m.index + m[0].length - m[1]!.length;
    for (const item of m[1]!.split(/[ \t]*,[ \t]*(?:dan[ \t]+)?|[ \t]+dan[ \t]+/)) {
      const start = text.indexOf(item, at);
      at = start + item.length;
      const span = { start, end: start + item.length };
      if (!overlapsAny(span, places) && !NAME_STOPWORDS.has(item.split(' ')[0]!)) found.push({ ...span, name: item, kind: 'place' });
    }
  }
  return found;
}

/**
 * Kecamatan named after their city or regency ("Samarinda Seberang", "Balikpapan Utara", "Tenggarong Seberang"),
 * written without "Kecamatan": the region match runs on into a known kecamatan name.
 */
function findDistrictsAfterRegions(text: string, regionHits: readonly RegionHit[], places: readonly PlaceHit[]): PlaceHit[] {
  const found: PlaceHit[] = [];
  for (const region of regionHits) {
    if (!CAPITAL_AFTER_SPACES.test(text.slice(region.end, region.end + 3))) continue;
    const tokens = tokenize(text.slice(region.start, region.start + 60));
    const length = knownNameLength(tokens.map((t) => t.text), 0, 'd');
    const end = length > 0 ? region.start + tokens[length - 1]!.end : -1;
    if (end <= region.end || overlapsAny({ start: region.start, end }, places)) continue;
    found.push({ start: region.start, end, name: text.slice(region.start, end).replace(/\s+/g, ' '), kind: 'district' });
  }
  // "North Balikpapan", "Central Balikpapan" (Antara English): the kecamatan "Balikpapan Utara", "Balikpapan Tengah".
  for (const region of regionHits) {
    const direction = ENGLISH_DIRECTION_BEFORE.exec(text.slice(Math.max(0, region.start - 10), region.start));
    if (!direction) continue;
    const name = `${text.slice(region.start, region.end)} ${DIRECTION_IN_INDONESIAN[direction[1]!]!}`;
    const start = region.start - direction[0].length;
    if (knownNameLength(name.split(' '), 0, 'd') !== name.split(' ').length || overlapsAny({ start, end: region.end }, places)) continue;
    found.push({ start, end: region.end, name, kind: 'district' });
  }
  return found;
}

/** An English compass word right before a region's name, and its Indonesian word, which follows the name. */
const ENGLISH_DIRECTION_BEFORE = /(?:^|[^\p{L}])(North|South|East|West|Central)[ \t]+$/u;
const DIRECTION_IN_INDONESIAN: Record<string, string> = { North: 'Utara', South: 'Selatan', East: 'Timur', West: 'Barat', Central: 'Tengah' };

/** A currency, a language or a pageant's title right before a country's name ("dolar AS", "bahasa Inggris", "Putri Indonesia"). */
const NOT_PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:[Dd]olar|[Dd]ollar|[Yy]en|[Yy]uan|[Rr]inggit|[Ee]uro|[Ww]on|[Pp]eso|[Rr]upee|[Rr]upiah|Putri|Puteri|Miss|(?:[Bb]er)?[Bb]ahasa)[ \t]+$/u;

/**
 * Whether the country's name at `at` is part of a currency, a language or a pageant's title ("dolar AS", "bahasa
 * Inggris", "Putri Indonesia").
 */
export function isCurrencyOrTitleAt(text: string, at: number): boolean {
  return NOT_PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || LANGUAGE_LIST_BEFORE.test(text.slice(Math.max(0, at - 60), at));
}

/** "berbahasa Jerman dan ", "bahasa Inggris, Prancis, ": a list of languages goes on before a country's name. */
const LANGUAGE_LIST_BEFORE = /(?:^|[^\p{L}])(?:[Bb]er)?[Bb]ahasa[ \t]+\p{Lu}\p{Ll}+(?:[ \t]*,[ \t]*\p{Lu}\p{Ll}+)*(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:dan|atau|serta)[ \t]+)$/u;

/** Countries and wide areas in one alternation, longest first: "Amerika Latin" is not "Amerika" (the US). */
const COUNTRY_AND_AREA_FORMS = [...COUNTRY_BY_FORM.keys(), ...WIDE_AREA_BY_FORM.keys()];
const findCountryOrAreaForms = wordStartMatcher(`(?:${buildAlternation(COUNTRY_AND_AREA_FORMS)})${WORD_END}`, COUNTRY_AND_AREA_FORMS);

/**
 * Find countries ("Turki", "Amerika Serikat", "Finland") and areas wider than one region: world regions ("Eropa",
 * "Asia Tenggara", "Middle East"), groups of Indonesian regions ("Jabodetabek", "Kaltimtara") and islands, named as written
 * in English and by the Indonesian name otherwise, of kind "country", "world-region", "region-group", "island", "special-region" or "foreign-region".
 * @example findCountryAndAreaHits('Presiden Turki')[0]?.name // 'Turki'
 */
export function findCountryAndAreaHits(text: string): PlaceHit[] {
  const hits: PlaceHit[] = [];
  for (const m of findCountryOrAreaForms(text)) {
    const country = COUNTRY_BY_FORM.get(m[0]);
    const area = WIDE_AREA_BY_FORM.get(m[0]);
    // An English text's "Finland" or "Middle East" keeps its written name; other forms ("AS", "Korsel", "Tiongkok",
    // "Amerika", "Jabotabek") take the Indonesian name, so one country is one location.
    const english = m[0] !== m[0].toUpperCase() && m[0].split(/[ -]/).every(isEnglishWord);
    const name = english ? m[0] : (country ?? area!.name);
    // "7,4 miliar dolar AS", "Mantan Putri Indonesia": a currency or a pageant's title names no place; the hit stays, so
    // no other reader takes the word ("As", a desa), and is left out of the locations.
    // "suku Jawa, Tidung, dan Bugis": a people's name in a list of peoples names no place either.
    const notPlace = (country !== undefined && isCurrencyOrTitleAt(text, m.index)) || namesAPeople(text, { start: m.index, end: m.index + m[0].length });
    hits.push({ start: m.index, end: m.index + m[0].length, name, kind: country ? 'country' : area!.kind, ...(notPlace ? { notPlace } : {}) });
  }
  // "the new capital city Nusantara", "investors in Nusantara": in a story about the new capital, "Nusantara" alone is
  // the capital where it names a place; elsewhere it is the archipelago ("budaya Nusantara").
  if (hits.some((h) => h.name === CAPITAL.name) || /Nusantara Capital|capital city/.test(text)) {
    for (const m of allMatches(BARE_NUSANTARA, text)) {
      if (!hits.some((h) => m.index >= h.start && m.index < h.end)) hits.push({ start: m.index, end: m.index + m[0].length, name: CAPITAL.name, kind: CAPITAL.kind });
    }
  }
  return hits;
}

/**
 * Whether a span is a people's name after a word for a people, or in a list such a word opens ("suku Jawa, Tidung,
 * dan Bugis", "orang Dayak"): no place.
 */
export function namesAPeople(text: string, span: Span): boolean {
  const surface = text.slice(span.start, span.end);
  // "Orang Dayak, Banjar, Jawa": the tagger reads the word for a people with the name.
  const withWord = PEOPLE_WORD_OPENING.exec(surface);
  if (withWord) return PEOPLES.has(surface.slice(withWord[0].length));
  if (!PEOPLES.has(surface)) return false;
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  // "adat Melayu": a people's ways name no place, unless the people's name is a place's too ("budaya Jawa", an island).
  return PEOPLE_LIST_BEFORE.test(before) || (WAYS_BEFORE.test(before) && !WIDE_AREA_BY_FORM.has(surface) && matchRegionAt(surface, 0) === null);
}
/** A word for a people's ways or members right before: "adat ", "budaya ", "warga " ("warga Bugis"), "perantau ". */
const WAYS_BEFORE = /(?:^|[^\p{L}])(?:[Aa]dat|[Bb]udaya|[Ww]arga|[Pp]erantau|[Kk]eturunan|[Tt]radisi|[Bb]ahasa)[ \t]+$/u;
/** A word for a people opening a span: "Orang ", "Suku ". */
const PEOPLE_WORD_OPENING = /^(?:Orang|Suku|Etnis)[ \t]+/;
/** A word for a people, then the peoples of a list before the span, a word or two each: "Suku Dayak Lundayeh, Kenyah, ". */
const PEOPLE_LIST_BEFORE =
  /(?:^|[^\p{L}])(?:[Oo]rang|[Ss]uku|[Ee]tnis|[Mm]asyarakat(?:[ \t]+adat)?|[Bb]angsa)[ \t]+(?:\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?(?:[ \t]*,[ \t]*(?:dan[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+))*$/u;

/** The new capital (Ibu Kota Nusantara), as wide-areas.json names it. */
const CAPITAL = WIDE_AREA_BY_FORM.get('Ibu Kota Nusantara')!;
/** "Nusantara" as a place: opening the text (a dateline), or after a preposition of place or "capital (city)". */
const BARE_NUSANTARA = /(?:^|(?<=(?:^|[^\p{L}])(?:in|to|at|from|di|ke|capital|city)[ \t]+))Nusantara(?![\p{L}\p{N}]|[ \t]+(?:Capital|Capital City|Raya|Jaya)(?![\p{L}]))/gu;

/** Choose the article's home region: the dateline's region, else the most mentioned city or regency. */
export function pickHomeRegion(dateline: string | null, hits: readonly RegionHit[]): RegionEntry | null {
  if (dateline) {
    const fromDateline = resolveRegionForm(dateline, undefined);
    const local = REGIONS_BY_NAME.get(dateline.toLowerCase())?.find((r) => r.kind !== 'province');
    // "TENGGARONG, KOMPAS.com": a kecamatan dateline gives its regency.
    const home = local ?? fromDateline ?? regencyOfDistrict(dateline);
    // "SAMARINDA - ... DPRD Kaltim ... Gubernur Kaltim ... unsur DPRD": a story about the province, datelined in one of
    // its towns, has the province as its home where it names the province more than twice as often as the town.
    const province = home?.kind !== 'province' ? REGION_BY_CODE.get(home?.province ?? '') : undefined;
    if (home && province) {
      const counts = countMentions(hits);
      const named = (r: RegionEntry): number => counts.get(r) ?? 0;
      if (named(province) > 2 * named(home)) return province;
      // "SAMARINDA, Kaltimkece.id - Bupati Kukar melantik ...": a story about a neighbouring regency of the same
      // province, datelined in the outlet's town, has that regency as its home where it names it at least three times
      // and more than twice as often as the town.
      let sibling: RegionEntry | null = null;
      for (const r of counts.keys()) {
        if (r === home || r.kind === 'province' || r.province !== home.province || (sibling && named(sibling) >= named(r))) continue;
        sibling = r;
      }
      if (sibling && named(sibling) >= 3 && named(sibling) > 2 * named(home)) return sibling;
    }
    if (home) return home;
  }
  const counts = countMentions(hits);
  let best: RegionEntry | null = null;
  for (const [region, count] of counts) if (region.kind !== 'province' && (!best || count > counts.get(best)!)) best = region;
  return best;
}

/** How often each region is named, in the order the text first names them. */
function countMentions(hits: readonly RegionHit[]): Map<RegionEntry, number> {
  const counts = new Map<RegionEntry, number>();
  for (const hit of hits) counts.set(hit.region, (counts.get(hit.region) ?? 0) + 1);
  return counts;
}

/** Turn region and place hits into location entities, dropping hits inside people's names. */
export function buildLocations(
  text: string,
  regionHits: readonly RegionHit[],
  placeHits: readonly PlaceHit[],
  excluded: readonly Span[],
): LocationEntity[] {
  const byKey = new Map<string, LocationEntity>();
  for (const hit of regionHits) {
    if (overlapsAny(hit, excluded) || withinAny(hit, placeHits)) continue;
    const key = hit.region.code;
    const entity = byKey.get(key) ?? {
      name: displayRegionName(hit.region),
      kind: hit.region.kind,
      code: hit.region.code,
      mentions: [],
    };
    entity.mentions.push({ start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) });
    byKey.set(key, entity);
  }
  for (const place of placeHits) {
    if (overlapsAny(place, excluded)) continue;
    // "Balikpapan Utara" and "Kecamatan Balikpapan Utara" are one kecamatan, named with its unit word.
    const area = place.kind === 'district' || place.kind === 'village' ? UNIT_WORD_LEAD.exec(place.name) : null;
    const key = area ? `${place.kind}:${place.name.slice(area[0].length)}` : `place:${place.name}`;
    const entity = byKey.get(key) ?? { name: place.name, kind: place.kind ?? 'place', code: null, mentions: [] };
    if (area?.[0] && !UNIT_WORD_LEAD.exec(entity.name)![0]) entity.name = place.name;
    entity.mentions.push({ start: place.start, end: place.end, text: text.slice(place.start, place.end) });
    byKey.set(key, entity);
  }
  // "SAMPIT, ... di Sampit": a spot named bare (a dateline's town) is the one kecamatan or desa of that name the text
  // names too.
  for (const [key, entity] of byKey) {
    if (!key.startsWith('place:')) continue;
    const bare = key.slice('place:'.length);
    const units = [`district:${bare}`, `village:${bare}`].flatMap((k) => byKey.get(k) ?? []);
    if (units.length !== 1) continue;
    units[0]!.mentions.push(...entity.mentions);
    byKey.delete(key);
  }
  for (const entity of byKey.values()) entity.mentions.sort((a, b) => a.start - b.start);
  return [...byKey.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * Whether the text writes `name` after a unit word somewhere ("Kampung Long Tuyoq", "Desa Sepaso"). News writes a
 * village head's title with the village ("Kepala Desa Tolo Uwi, Kecamatan Monta, Syarifuddin"), so that counts too.
 */
export function isNamedAreaIn(text: string, name: string): boolean {
  if (areaNamesOf.text !== text) {
    // The names after unit words, read once per text: each of the first one to four capitalised words.
    const names = new Set<string>();
    for (const m of allMatches(NAME_AFTER_UNIT_WORD, text)) {
      const words = m[1]!.split(/[ \t]+/);
      for (let n = 1; n <= words.length; n += 1) names.add(words.slice(0, n).join(' '));
    }
    areaNamesOf = { text, names };
  }
  return areaNamesOf.names.has(name.replace(/\s+/g, ' '));
}
/** The names after unit words of the text last asked about ({@link isNamedAreaIn}). */
let areaNamesOf: { text: string; names: Set<string> } = { text: '', names: new Set() };
const NAME_AFTER_UNIT_WORD = new RegExp(
  `(?<![\\p{L}])(?:${AREA_UNIT_WORDS.join('|')})[ \\t]+(\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,3})`,
  'gu',
);
