/**
 * @module entities/organizations
 * Finds organizations with the grammar of Indonesian government names (Kementerian X, Dinas X [region], Pemkot Y,
 * DPRD Y, Polda Y, ...), the national agency gazetteer, companies, parties and universities; binds "Name (ACR)"
 * acronyms and merges mentions into entities.
 */
import type { OrganizationEntity } from '../shared/types.js';
import {
  AGENCY_BY_FORM,
  AGENCY_BY_LOWER_NAME,
  CAPITALISED_ROLES,
  COMMON_ABBREVIATIONS,
  COUNTRY_BY_FORM,
  ENGLISH_FUNCTION_WORDS,
  ENGLISH_OFFICE_FIELDS,
  GLUED_HEAD_FORMS,
  HONORIFICS,
  STOPPED_HONORIFIC_SOURCE,
  NAME_STOPWORDS,
  OFFICE_CLASS_WORDS,
  LEGISLATURE_BODY_AT,
  BODY_TAIL_SOURCE,
  ORG_TAIL_WORDS,
  ORG_WORDS,
  PARTY_FORMS,
  isOrgWordBefore,
  RANKS,
  REGION_ALIAS,
  regencyOfDistrict,
  REGION_BY_CODE,
  REGION_NAME_TAILS,
  REGIONS_BY_NAME,
  REGIONAL_UNITS,
  REGIONAL_UNIT_BY_ABBR,
  TITLE_BY_FORM,
  TITLE_WORDS,
  PEOPLES,
  WIDE_AREA_BY_FORM,
  displayRegionName,
  isCountryForm,
  regionOfKindNamed,
} from './gazetteer.js';
import { matchRegionAt } from './locations.js';
import { ASSOCIATION_BOARD, CLASS_BEFORE_SEAT, COMPANY_END_WORDS, HOSPITAL_HEADS, HYPHEN_PART, cutAfterRegion, cutNameRun, findNamedBodies, goesOnCompanyName, ofContinuation, opensBodyKind } from './named-bodies.js';
import { findDatelineSpan } from './dateline.js';
import { ACRONYM, ACRONYM_IN_PARENTHESES_AT, ROMAN_NUMERAL, SPACES, UPPER_FIRST, WORDS_AFTER_NAME_NUMBER, WORD_END, WORD_START, allMatches, anyWordGate, buildAlternation, capitalize, clashesWith, escapeRegExp, initialsOf, insideLonger, literalGroups, wholeWordsAt, withCountedLetters, literalMatcher, matchAt, overlapsAny, withinAny, sentenceStartBefore, spelledBefore, wordBefore, wordChar, wordStartMatcher } from './text-scan.js';
import { isAffixedWord, isDerivedNoun, isDictionaryWord, isEnglishWord, isGivenName, isKnownPlaceName, isListedName, isPlainWord, knownNameLength } from './tagger-features.js';
import type { AgencyEntry, OrgHit, RegionEntry, RegionHit, Span } from './types.js';
import englishUnits from './data/english-units.json' with { type: 'json' };
import companyUnits from './data/company-units.json' with { type: 'json' };
import demonyms from './data/demonyms.json' with { type: 'json' };
import policeUnits from './data/police-units.json' with { type: 'json' };
import riverBasins from './data/river-basins.json' with { type: 'json' };
import centerOfWorkWords from './data/center-of-work-words.json' with { type: 'json' };

const WORD = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/y;
/**
 * "(DKUMP)", and a short form of two words: "(Satpol PP)", "(DPR RI)", "(Dinkes Dukcapil)" (bindAcronyms leaves one
 * whose second word is a region, "(Disdik Kaltim)").
 */
const BOUND_ACRONYM = /[ \t]*\([ \t]?([A-Z][A-Za-z0-9-]{1,15}(?:[ \t][A-Z][A-Za-z]{1,10})?)[ \t]?\)/y;
// A word's period ends the sentence, not the name, where the word is four letters or more and a capitalised word
// follows ("PT Borneo Retail Indonesia. Groundbreaking ..."); initials keep theirs ("PT H.M. Sampoerna").
// An English possessive ends a company's name ("PT Angkasa Pura Indonesia's I Gusti Ngurah Rai airport branch").
const CAP_TOKEN = "[A-Z](?:[A-Za-z0-9&-]|['’](?!s(?![A-Za-z]))|\\.(?!(?<=[A-Za-z]{4}\\.)[ \\t]+[A-Z]))*";
// "PT Sinar Mas Agro Resources and Technology Tbk": an English "and" inside a listed company's name, its "Tbk" a few
// capitalised words on.
const CAP_TOKENS = `${CAP_TOKEN}(?:[ \\t]+(?:(?!Tbk\\b)${CAP_TOKEN}|&|and(?=(?:[ \\t]+(?!(?:Tbk|PT|CV|UD)\\b)${CAP_TOKEN}){1,3}[ \\t]+Tbk\\b)|\\d{1,2}(?=[ \\t]+[A-Z])))*`;

// Agencies found where a word starts only: on the trie of every agency form a whole-text scan cost twice as much.
const AGENCY_GROUPS = literalGroups(AGENCY_BY_FORM.keys());
const AGENCY_FORMS = literalMatcher(AGENCY_GROUPS, '(?![\\p{L}\\p{N}])');
/** A body's form right at a position, whole; not inside a hyphenated form ("PAN" in "PAN-RB" is not the party). */
const AGENCY_WHOLE = literalMatcher(AGENCY_GROUPS, '(?![\\p{L}\\p{N}-])');
/** A section head's title or a section word right before a word: "Kasi Intel", "Kabid Humas", "Seksi Intel". */
const SECTION_HEAD_BEFORE = /(?:^|[^\p{L}])(?:Kasi|Kasie|Kasat|Kasubsi|Kasubbag|Kasubag|Kabid|Kabag|Seksi|Bidang|Satuan)[ \t]+$/u;
/** The parties' names and short forms (agencies.json) as one alternation, built once for the patterns that read a party. */
const PARTY_ALTERNATION = buildAlternation(PARTY_FORMS);
/**
 * A party's name or short form, or "Partai", right after a word: "DPD Golkar", "DPD PDI Perjuangan Kaltim"; a party's
 * provincial and city boards are numbered ("DPD I", "DPD II Partai Golkar Kota Surabaya").
 */
const PARTY_NEXT = new RegExp(
  `(?:[ \\t]+I{1,2})?[ \\t]+(?:Partai[ \\t]|(?:${PARTY_ALTERNATION})${WORD_END})`,
  'yu',
);
const GLUED_HEAD_RE = new RegExp(`${WORD_START}(?:${buildAlternation(GLUED_HEAD_FORMS.keys())})${WORD_END}`, 'gu');
/** The head words of the unit-name grammar ("Dinas X [region]", "Badan X"). */
const UNIT_HEADS = new Set(['Dinas', 'Badan', 'Kementerian', 'Balai', 'Biro', 'Bagian', 'Lembaga', 'Komisi', 'Inspektorat', 'UPT', 'UPTD']);
/**
 * The secretariat of a regional government right after a unit's field, its short form in parentheses between or not:
 * "Bagian Hukum Setda Kabupaten Sukabumi", "Bagian Perekonomian Sekretariat Kabupaten (Setkab) Kutim". "Bagian" is a
 * unit head only there: elsewhere it is a word ("Bagian ini ...").
 */
const SECRETARIAT_AFTER = /^(?:[ \t]*\([^()\n]{1,12}\))?[ \t]+(?:Setda|Setdakab|Setdako|Setdakot|Setdaprov|Setkab|Setko|Setkot|Sekretariat[ \t]+(?:Daerah|Kabupaten|Kota))(?![\p{L}])/u;
/** Whether the head-word grammar reads a unit's full name whole: its field is organization vocabulary only. */
function isReadByHead(name: string): boolean {
  return name.split(' ').slice(1).every((w) => ORG_WORDS.has(w.replace(/,$/, '')) || w === 'dan' || w === 'serta');
}

/**
 * Regional units by abbreviation, and by full name where no head-word grammar reads it ("Kantor Kesyahbandaran dan
 * Otoritas Pelabuhan", "Satuan Polisi Pamong Praja"), a Kantor's name also without "Kantor".
 */
const UNIT_BY_FORM = new Map([
  ...[...REGIONAL_UNIT_BY_ABBR.keys()].map((abbr) => [abbr, abbr] as const),
  ...REGIONAL_UNITS.filter((u) => !UNIT_HEADS.has(u.name.split(' ')[0]!) || !isReadByHead(u.name)).map((u) => [u.name, u.abbr] as const),
  // "oleh Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas I Samarinda": an office of four words or more after
  // "Kantor" is written without it too ("Pencarian dan Pertolongan" alone names a search, no office).
  ...REGIONAL_UNITS.filter((u) => /^Kantor(?: \S+){4,}$/.test(u.name)).map((u) => [u.name.slice('Kantor '.length), u.abbr] as const),
  ...REGIONAL_UNITS.flatMap((u) => (u.aliases ?? []).map((alias) => [alias, u.abbr] as const)),
]);
const UNIT_RE = new RegExp(`${WORD_START}(?:${buildAlternation(UNIT_BY_FORM.keys())})${WORD_END}`, 'gu');
/** The words after "Badan" that make it the kind of company "Badan Usaha Milik Negara / Daerah / Desa". */
const STATE_COMPANY_KIND = /^[ \t]+Usaha[ \t]+Milik[ \t]+(?:Negara|Daerah|Desa|Kampung|Kalurahan|Nagari|Gampong)(?![\p{L}])/u;
/** The national heads of the grammar: their bodies take no home region ("Direktorat Jenderal Prasarana dan Sarana Pertanian"). */
const NATIONAL_HEADS = new Set(['Kementerian', 'Komisi', 'Lembaga', 'Direktorat Jenderal']);
const HEAD_RE = new RegExp(`${WORD_START}(Direktorat Jenderal|${[...UNIT_HEADS].join('|')})${WORD_END}`, 'gu');
const PEMDA_RE = new RegExp(
  `${WORD_START}(Pemkot|Pemko|Pemkab|Pemprov|Pemda|pemkot|pemko|pemkab|pemprov|Pemerintah Kota|Pemerintah Kabupaten|Pemerintah Provinsi|Pemerintah Daerah|[Pp]emerintah kota|[Pp]emerintah kabupaten|[Pp]emerintah provinsi|[Pp]emerintah daerah|Pemerintah(?=[ \\t]+\\p{Lu}))${WORD_END}`,
  'gu',
);
/** "DPRD", and its full name with its short form after it ("Dewan Perwakilan Rakyat Daerah (DPRD) Kaltim"). */
// Aceh's and Papua's regencies and cities call theirs a DPRK ("Dewan Perwakilan Rakyat Kabupaten (DPRK) Jayawijaya").
const DPRD_RE = new RegExp(
  String.raw`${WORD_START}(DPRD|DPRK|Dewan[ \t]+Perwakilan[ \t]+Rakyat[ \t]+Daerah(?:[ \t]*\(DPRD\))?|Dewan[ \t]+Perwakilan[ \t]+Rakyat[ \t]+(?:Kabupaten|Kota)(?:[ \t]*\(DPRK\))?)(?:[ \t]+(Provinsi|Kota|Kabupaten))?${WORD_END}`,
  'gu',
);
const POLICE_RE = new RegExp(
  `${WORD_START}(Polda|Polres|Polresta|Polrestabes|Polsek|Kepolisian Daerah|Kepolisian Resor(?:t)?(?:[ \\t]+Kota(?:[ \\t]+Besar)?)?|Kepolisian Sektor|Kodam|Korem|Kodim|Koramil|Komando Daerah Militer|Komando Resor Militer|Komando Distrik Militer|Komando Rayon Militer|Komando Armada|Koarmada|Batalyon Infanteri|Yonif|Lanal|Lanud|Lantamal|Kejari|Kejati|Kejaksaan Negeri|Kejaksaan Tinggi|Pengadilan Negeri|PN|PA|PTUN|Pengadilan Tinggi Agama|Pengadilan Tinggi|Pengadilan Agama|Mahkamah Syar'iyah|Pengadilan Tata Usaha Negara|Pengadilan Militer|Pengadilan Tindak Pidana Korupsi|Pengadilan Tipikor|Lapas|Lembaga Pemasyarakatan|Rutan|Rumah Tahanan Negara|Bapas|Balai Pemasyarakatan|LPKA)[ \\t]+(?:\\([ \\t]*[A-Za-z]{2,10}[ \\t]*\\)[ \\t]+)?((?:[IVXL]+|\\d{2,4}(?:-\\d{1,3})?)(?:(?:[ \\t]*\\/[ \\t]*|[ \\t]+)[A-Z][A-Za-z]+(?:[ \\t][A-Z][A-Za-z]+){0,2}|(?=[ \\t]*[,.;:)]|[ \\t]+[a-z]))|(?:${OFFICE_CLASS_WORDS}[ \\t]+)?[A-Z][A-Za-z]+(?:[ \\t][A-Z][A-Za-z]+){0,2})`,
  'gu',
);
// "UD Tani Makmur": a trading business (usaha dagang) is named with its kind too.
const COMPANY_RE = new RegExp(`${WORD_START}(?:PT|CV|UD)\\.?[ \\t]+(${CAP_TOKENS})(?:[ \\t]+\\(Persero\\))?(?:[ \\t]+Tbk\\.?)?`, 'gu');
const TBK_RE = new RegExp(`${WORD_START}([A-Z][A-Za-z]+(?:[ \\t][A-Z][A-Za-z]+){0,4})[ \\t]+Tbk${WORD_END}`, 'gu');
/**
 * The administrations a named body's head word can open, government bodies (Yogyakarta's Kalurahan and Kapanewon,
 * Minang nagari and Acehnese gampong are its desa and kecamatan), beside the other bodies named the same way.
 */
const ADMINISTRATION_HEADS: ReadonlySet<string> = new Set(['Kecamatan', 'Kelurahan', 'Desa', 'Kalurahan', 'Kapanewon', 'Nagari', 'Gampong']);
/** The short forms a state Islamic university, institute or college is named by, and the kind each spells. */
const STATE_ISLAMIC_KINDS: Readonly<Record<string, string>> = {
  UIN: 'Universitas Islam Negeri',
  IAIN: 'Institut Agama Islam Negeri',
  STAIN: 'Sekolah Tinggi Agama Islam Negeri',
};
const STATE_ISLAMIC_HEADS: ReadonlySet<string> = new Set(Object.keys(STATE_ISLAMIC_KINDS));
/** Up to six capitalised words: a university's own name after its kind's short form ("Siber Syekh Nurjati Cirebon"). */
const OWN_NAME_AT = /[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,5}/y;
// "UIN Syarif Hidayatullah Jakarta", "IAIN Pontianak": a state Islamic university or institute is named by its short form.
const NAMED_BODY_HEADS = ['Partai', 'Universitas', 'Institut', 'Politeknik', 'Sekolah Tinggi', ...STATE_ISLAMIC_HEADS, ...ADMINISTRATION_HEADS];
const NAMED_BODY_RE = new RegExp(
  `${WORD_START}(${NAMED_BODY_HEADS.join('|')})[ \\t]+([A-Z][A-Za-z'’]+(?:${HYPHEN_PART})*(?:[ \\t][A-Z][A-Za-z'’]+(?:${HYPHEN_PART})*){0,3})`,
  'gu',
);

/** Words before "Kecamatan / Kelurahan / Desa X" that make it the administration rather than the place. */
const ADMIN_BODY_BEFORE = /(?:Kantor|kantor|Pemerintah|pemerintah|Pemdes|pihak|Pihak|aparat|perangkat)[ \t]+$/;

/**
 * Short unit names written out in the entity name ("Kejari Lhoksukon" -> "Kejaksaan Negeri Lhoksukon"); police units
 * go the other way, by the short names news and the police use ("Kepolisian Resor Kota Balikpapan" -> "Polresta").
 */
const UNIT_NAME: Record<string, string> = {
  'Kepolisian Daerah': 'Polda',
  'Kepolisian Resor': 'Polres',
  'Kepolisian Resort': 'Polres',
  'Kepolisian Resor Kota': 'Polresta',
  'Kepolisian Resort Kota': 'Polresta',
  'Kepolisian Resor Kota Besar': 'Polrestabes',
  'Kepolisian Resort Kota Besar': 'Polrestabes',
  'Kepolisian Sektor': 'Polsek',
  'Komando Daerah Militer': 'Kodam',
  'Komando Resor Militer': 'Korem',
  'Komando Distrik Militer': 'Kodim',
  'Komando Rayon Militer': 'Koramil',
  'Komando Armada': 'Koarmada',
  'Batalyon Infanteri': 'Yonif',
  Kejari: 'Kejaksaan Negeri',
  PN: 'Pengadilan Negeri',
  PA: 'Pengadilan Agama',
  PTUN: 'Pengadilan Tata Usaha Negara',
  Kejati: 'Kejaksaan Tinggi',
  'Pengadilan Tipikor': 'Pengadilan Tindak Pidana Korupsi',
  Lapas: 'Lembaga Pemasyarakatan',
  Rutan: 'Rumah Tahanan Negara',
  Bapas: 'Balai Pemasyarakatan',
  LPKA: 'Lembaga Pembinaan Khusus Anak',
};

const PEMDA_KIND: Record<string, RegionEntry['kind'] | null> = {
  pemkot: 'city',
  // North Sumatra, Riau and the Riau Islands write a city's government "Pemko" (Pemko Medan, Pemko Batam).
  pemko: 'city',
  pemkab: 'regency',
  pemprov: 'province',
  pemda: null,
  'pemerintah kota': 'city',
  'pemerintah kabupaten': 'regency',
  'pemerintah provinsi': 'province',
  'pemerintah daerah': null,
  pemerintah: null,
};
const KIND_LABEL: Record<RegionEntry['kind'], string> = { city: 'Kota', regency: 'Kabupaten', province: 'Provinsi' };
const GENERIC_HEADS = new Set([...Object.keys(PEMDA_KIND), 'dprd', 'dinas', 'badan']);
const TRAILING_NOISE = /(?:[ \t]+(?:dan|&|Tbk\.?))+$|[.,]+$/;

/** A new hit with defaults. */
function makeHit(start: number, end: number, base: string, extra: Partial<OrgHit>): OrgHit {
  return {
    start,
    end,
    base,
    acronym: null,
    aliases: [],
    government: true,
    region: null,
    regional: false,
    acronymOnly: null,
    priority: 1,
    ...extra,
  };
}

/** Skip spaces and try a region right after `pos`. */
function regionAfter(text: string, pos: number): { region: RegionEntry; end: number } | null {
  const sp = matchAt(SPACES, text, pos);
  const at = sp ? pos + sp[0].length : pos;
  if (!sp) return null;
  const hit = matchRegionAt(text, at);
  return hit ? { region: hit.region, end: hit.end } : null;
}

/** "Pos Pengamatan Gunung Api (PGA) Marapi": a volcano observation post, its short form, its volcano (group 2). */
const VOLCANO_POST_RE = /(?<![\p{L}])Pos[ \t]+Pengamatan[ \t]+Gunung(?:[ \t]+Api)?(?:[ \t]*\((PGA|PPGA|Pos PGA)\))?[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)/gu;

/** A volcano observation post of the geology agency, named after its volcano: a government body, no place "Gunung Api". */
function findVolcanoPostHits(text: string): OrgHit[] {
  if (!text.includes('Pengamatan')) return [];
  return allMatches(VOLCANO_POST_RE, text).map((m) => {
    // "(PGA) Marapi di Bukittinggi": the volcano's name ends before a place's preposition.
    const volcano = m[2]!.replace(/[ \t]+(?:di|Di)$/, '');
    // "PGA" alone is every post's short form: the alias names the volcano with it.
    return makeHit(m.index, m.index + m[0].length - (m[2]!.length - volcano.length), `Pos Pengamatan Gunung Api ${volcano}`, {
      aliases: m[1] ? [`${m[1]} ${volcano}`] : [],
      priority: 3,
    });
  });
}

/**
 * "Gereja Kristen Protestan Simalungun (GKPS)": a church's name, then the short form its initials spell (group 2), then
 * one of its congregations or not ("(GKP) Jemaat Sukaresmi", group 3).
 */
const SPELLED_CHURCH_RE = /(?<![\p{L}])Gereja((?:[ \t]+\p{Lu}\p{Ll}+){1,5})[ \t]*\(([A-Z]{2,8})\)(?:[ \t]+Jemaat[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?))?/gu;

/**
 * A church no list knows, named with the short form its initials spell ("Gereja Kristen Pasundan (GKP)"): the
 * denomination, a body, where "Gereja" alone opens a building's name ("Gereja Santo Yosef").
 */
function findSpelledChurchHits(text: string): OrgHit[] {
  if (!text.includes('Gereja')) return [];
  return allMatches(SPELLED_CHURCH_RE, text)
    .filter((m) => initialsOf(`Gereja${m[1]}`) === m[2] && !AGENCY_BY_LOWER_NAME.has(`gereja${m[1]!.replace(/\s+/g, ' ').toLowerCase()}`))
    // A congregation named after the church is the church's, no place ("GKP Jemaat Sukaresmi").
    .map((m) =>
      makeHit(m.index, m.index + m[0].length, `Gereja${m[1]!.replace(/\s+/g, ' ')}`, {
        acronym: m[2]!,
        aliases: m[3] ? [`${m[2]} Jemaat ${m[3]}`] : [],
        government: false,
        priority: 2,
      }),
    );
}

/**
 * A provincial Dinas's branch for a numbered area, its short form in parentheses or not, its province after or not:
 * "Cabang Dinas Pendidikan dan Kebudayaan (Cabdisdikbud) Wilayah III Kalimantan Timur" (group 1 the field, group 2
 * the short form, group 3 the number).
 */
const DINAS_BRANCH_RE =
  /(?<![\p{L}])Cabang[ \t]+Dinas[ \t]+(\p{Lu}\p{Ll}+(?:,?[ \t]+(?:\p{Lu}\p{Ll}+|dan))*?)(?:[ \t]*\((\p{Lu}[\p{L}]{2,15})\))?[ \t]+Wilayah[ \t]+([IVX]{1,4}|\d{1,2})(?![\p{L}\p{N}])/gu;

/** A Dinas's branch office for a numbered area: a body of its own, not the Dinas nor the town it sits in. */
function findDinasBranchHits(text: string): OrgHit[] {
  if (!text.includes('Cabang')) return [];
  return allMatches(DINAS_BRANCH_RE, text).map((m) => {
    const own = `Wilayah ${m[3]}`;
    const province = regionAfter(text, m.index + m[0].length);
    const region = province?.region.kind === 'province' ? province : null;
    const acronym = m[2] ?? null;
    return makeHit(m.index, region?.end ?? m.index + m[0].length, `Cabang Dinas ${m[1]} ${own}`, {
      acronym,
      aliases: acronym ? [`${acronym} ${own}`] : [],
      region: region?.region ?? null,
      priority: 3,
    });
  });
}

/** A region written with its kind word right after `pos` ("Kota Yogyakarta", "Kabupaten Bantul"), or null. */
function regionWithKindAfter(text: string, pos: number): { region: RegionEntry; end: number } | null {
  return KIND_WORD_AFTER.test(text.slice(pos, pos + 12)) ? regionAfter(text, pos) : null;
}
const KIND_WORD_AFTER = /^[ \t]+(?:Kota|Kabupaten|Provinsi)[ \t]/;

/** Read the field of a unit name after its head word: org vocabulary, acronyms, "dan", commas. */
function readField(text: string, pos: number): { words: string[]; end: number } {
  const words: string[] = [];
  let end = pos;
  let cursor = pos;
  let pending: string | null = null;
  for (;;) {
    let at = cursor;
    if (text[at] === ',') at += 1;
    const sp = matchAt(SPACES, text, at);
    if (!sp) break;
    at += sp[0].length;
    const m = matchAt(WORD, text, at);
    if (!m) break;
    const word = m[0];
    // "Dinas PUPR dan BWS", "Kementerian Kesehatan, BPJS Kesehatan dan ...": after "dan" or a comma, a unit's own
    // acronym or a listed body's is the next body, not a field of this one.
    const otherBody =
      (pending !== null && (REGIONAL_UNIT_BY_ABBR.has(word) || AGENCY_BY_FORM.has(word))) ||
      (text[cursor] === ',' && ACRONYM.test(word) && (REGIONAL_UNIT_BY_ABBR.has(word) || AGENCY_WHOLE.at(text, at) !== null));
    const isAcronym = ACRONYM.test(word) && !RANKS.has(word) && !REGION_ALIAS.has(word.toLowerCase()) && !otherBody;
    if (isOrgWordBefore(word, text.slice(at + word.length, at + word.length + 12)) || isAcronym) {
      if (pending?.startsWith(',')) words[words.length - 1] += ',';
      if (pending) words.push(pending.replace(/^, /, ''));
      if (text[cursor] === ',' && words.length > 0) words[words.length - 1] += ',';
      words.push(word);
      pending = null;
      end = at + word.length;
      cursor = end;
      continue;
    }
    // "Dinas Koperasi, Usaha Mikro, dan Perindustrian": a serial comma before the last field of an enumeration.
    if ((word === 'dan' || word === 'serta') && words.length > 0 && !pending && (text[cursor] !== ',' || words.some((w) => w.endsWith(',')))) {
      pending = text[cursor] === ',' ? `, ${word}` : word;
      cursor = at + word.length;
      continue;
    }
    break;
  }
  return { words, end };
}

/** The acronyms the text last asked about spells as something else. */
let redefinedOf: { text: string; found: Set<string> } = { text: '', found: new Set() };

/** Capitalised words (joined by "dan" or not) and an acronym in parentheses after them: groups 1 and 2. */
const SPELLED_BEFORE_ACRONYM = /((?:\p{Lu}\p{Ll}+[ \t]+(?:(?:dan|&)[ \t]+)?){2,6})\(([A-Z]{2,6})\)/gu;

/**
 * The agencies' acronyms a text spells as something else ("Pajak Bumi dan Bangunan (PBB)", not Perserikatan
 * Bangsa-Bangsa): the capitalised words' initials give the acronym, and they name none of the agency's forms.
 * @example [...redefinedAcronyms('tunggakan Pajak Bumi dan Bangunan (PBB) naik')] // ['PBB']
 */
export function redefinedAcronyms(text: string): Set<string> {
  // The organizations and the sectors ask about the same text.
  if (redefinedOf.text === text) return redefinedOf.found;
  const found = new Set<string>();
  redefinedOf = { text, found };
  if (!text.includes('(')) return found;
  for (const m of allMatches(SPELLED_BEFORE_ACRONYM, text)) {
    const acronym = m[2]!;
    const entry = AGENCY_BY_FORM.get(acronym);
    if (!entry) continue;
    // The run may open with words before the term ("tunggakan Pajak ..."): its last words spell the acronym.
    const spelled = spelledBefore(m[1]!, acronym)?.toLowerCase();
    if (spelled === undefined) continue;
    const forms = [entry.name, ...entry.aliases].map((f) => f.toLowerCase());
    if (!forms.some((f) => f.replace(/[ \t]+dan[ \t]+/g, ' ') === spelled || f === m[1]!.trim().toLowerCase())) found.add(acronym);
  }
  return found;
}

/** An acronym right after a word, group 1 ("DPD KSPSI", "DPD KNPI"). */
const ACRONYM_NEXT = /[ \t]+([A-Z][A-Z0-9]{1,9})(?![\p{L}\p{N}])/uy;
/** A capitalised word right after a word, group 1. */
const CAPITALISED_NEXT = /[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/uy;

/**
 * Whether the "DPD" that ends at `end` is a party's or an association's regional board (Dewan Pimpinan Daerah): a
 * party, another body's acronym or a body's name follows it ("DPD Golkar", "DPD Partai Demokrat Kaltim", "DPD KSPSI
 * Kaltim", "DPD Himpunan Pramuwisata Indonesia (HPI) Bali"), so it is not the Dewan Perwakilan Daerah ("DPD RI", "DPD
 * Kaltim").
 * @example isPartyBoard('Ketua DPD Golkar Kaltim', 9) // true
 */
export function isPartyBoard(text: string, end: number): boolean {
  const acronym = matchAt(ACRONYM_NEXT, text, end)?.[1];
  if (matchAt(PARTY_NEXT, text, end) !== null || (acronym !== undefined && acronym !== 'RI' && !REGION_ALIAS.has(acronym.toLowerCase()))) return true;
  const word = matchAt(CAPITALISED_NEXT, text, end)?.[1];
  return word !== undefined && opensBodyKind(word);
}

/** The short forms of a party's boards by their spelled names ("Dewan Pimpinan Daerah" is the DPD). */
const PARTY_BOARD_SHORT: Readonly<Record<string, string>> = {
  'Dewan Pimpinan Pusat': 'DPP',
  'Dewan Pimpinan Daerah': 'DPD',
  'Dewan Pimpinan Wilayah': 'DPW',
  'Dewan Pimpinan Cabang': 'DPC',
  'Dewan Pengurus Pusat': 'DPP',
  'Dewan Pengurus Wilayah': 'DPW',
  'Dewan Pengurus Cabang': 'DPC',
};
/** A party's board, by its short form or spelled out with the short form after it, then the party as written. */
const PARTY_BOARD_RE = new RegExp(
  `${WORD_START}(DPP|DPD|DPW|DPC|${Object.keys(PARTY_BOARD_SHORT).join('|')})(?:[ \\t]+\\((DPP|DPD|DPW|DPC)\\))?[ \\t]+(${PARTY_ALTERNATION})${WORD_END}`,
  'gu',
);

/**
 * A party's board at a level and its seat: "DPD PDI Perjuangan Jatim", "Dewan Pimpinan Cabang (DPC) Partai Demokrat
 * Kota Palangka Raya", "DPP Partai Demokrat". The board is a body of its own, no government, named by its short form,
 * the party as the text writes it and the seat's region; it takes no home region where no seat is written.
 */
function findPartyBoardHits(text: string): OrgHit[] {
  return allMatches(PARTY_BOARD_RE, text).map((m) => {
    const board = m[2] ?? PARTY_BOARD_SHORT[m[1]!] ?? m[1]!;
    const partyEnd = m.index + m[0].length;
    const after = board === 'DPP' ? null : regionAfter(text, partyEnd);
    const written = text.slice(m.index, after?.end ?? partyEnd).replace(/\s+/g, ' ');
    const aliases = [...new Set([written, written.replace(/ \((?:DPP|DPD|DPW|DPC)\)/, ''), `${board} ${text.slice(partyEnd - m[3]!.length, after?.end ?? partyEnd).replace(/\s+/g, ' ')}`])];
    return makeHit(m.index, after?.end ?? partyEnd, `${board} ${m[3]}`, { government: false, region: after?.region ?? null, aliases, priority: 3 });
  });
}

/** Whether a title's word stands in the sentence before `at`, within 60 characters ("Danrem 044/Garuda Dempo, Brigjen"). */
function titleBeforeInSentence(text: string, at: number): boolean {
  const from = Math.max(sentenceStartBefore(text, at), at - 60);
  return text.slice(from, at).split(/[^\p{L}]+/u).some((w) => TITLE_BY_FORM.has(w));
}

/** A street's word right before a name: "Jalan ", "Jl. ". */
const STREET_WORD_BEFORE = /(?:^|[^\p{L}])(?:Jalan|Jl|Jln)\.?[ \t]+$/u;

/** Agencies, ministries, state companies, parties and universities from the gazetteer, with a region if given. */
function findAgencyHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  const redefined = redefinedAcronyms(text);
  for (const m of AGENCY_FORMS.all(text)) {
    // "Pajak Bumi dan Bangunan (PBB)": the text spells the acronym as something else; here it is no United Nations.
    if (redefined.has(m[0])) continue;
    const entry = AGENCY_BY_FORM.get(m[0])!;
    let end = m.index + m[0].length;
    // A hyphen goes on into a longer name ("Kemen-PUPR", "TNI-AU"), except between two bodies ("TNI-Polri").
    if (/^-[\p{L}\p{N}]/u.test(text.slice(end, end + 2)) && !AGENCY_WHOLE.at(text, end + 1)) continue;
    // "Jalan MA Salmun", "Jl. KH Ahmad Dahlan": a short form after a street's word is its namesake's initials or title.
    if (m[0] === entry.acronym && STREET_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    // "DPD II di Jawa Timur": a numbered DPD is a party's board, never the Dewan Perwakilan Daerah.
    if (m[0] === 'DPD' && (isPartyBoard(text, end) || /^[ \t]+I{1,2}(?![\p{L}\p{N}])/u.test(text.slice(end, end + 5)))) continue;
    // "KPU RI", "Bawaslu RI": a national body's name with the republic's.
    if (entry.government && !entry.offices && /^[ \t]+RI(?![\p{L}\p{N}])/u.test(text.slice(end, end + 4))) end = text.indexOf('RI', end) + 2;
    // "Kasi Intel Kejari Samarinda": after a section head's title the word is the section's field, not the company.
    if (!entry.government && SECTION_HEAD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "Meta Kurniasari": a one-word name that is also a given name, before another name word, is a person's.
    if (/^[A-Z][a-z]+$/.test(m[0]) && isGivenName(m[0]) && /^[ \t]+[A-Z][a-z]/.test(text.slice(end, end + 4))) continue;
    // "Danrem 132/Tadulako Brigjen TNI I Made Santika", "Kepala BNPB Letjen TNI X": after a title the service in the
    // holder's rank is the rank's, no mention of the TNI ("digantikan oleh Mayjen TNI X" names the general's service).
    if (m[0] === 'TNI' && RANKS.has(wordBefore(text, m.index)) && titleBeforeInSentence(text, m.index)) continue;
    // "MA swasta", "MI negeri": a school's level with its status in lower case is a kind of school (a madrasah aliyah),
    // no Mahkamah Agung.
    if (SCHOOL_LEVEL_FORM.test(m[0]) && SCHOOL_STATUS_AFTER.test(text.slice(end, end + 10))) continue;
    let region: RegionEntry | null = null;
    // A regional office of a national body: "Kanwil Kemenkumham", "KPw BI", "BPJS Kesehatan Cabang Samarinda".
    const officeBefore = OFFICE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
    const branch = BRANCH_KINDS.has(entry.kind) ? OFFICE_WORD.exec(text.slice(end, end + 20)) : null;
    // "BPS Kaltim", and a national association's chapter: "Kadin Kaltim", "KONI Samarinda", "PWI Kaltim"; a ministry's
    // office in a region: "Kantor Kemenag Samarinda".
    // "Kepala Cabang BRI Samarinda": a state company's branch is named by its town too.
    const office = ((entry.kind === 'ministry' || entry.kind === 'state-company') && officeBefore) || branch !== null || entry.offices === true;
    // "Bulog NTB", "BRI Samarinda": a state company named with a region is its office there.
    if ((entry.government && entry.kind === 'agency') || entry.kind === 'organisation' || entry.kind === 'state-company' || office) {
      // "Kamar Dagang dan Industri (Kadin) Kalbar": the body's own short form may stand before its region.
      const own = branch ? null : /^[ \t]*\([ \t]*([\p{L}-]{2,12})[ \t]*\)/u.exec(text.slice(end, end + 18));
      const ownForm = own && (own[1]!.toLowerCase() === entry.acronym?.toLowerCase() || entry.aliases.some((a) => a.toLowerCase() === own[1]!.toLowerCase()));
      const after = regionAfter(text, end + (branch?.[0].length ?? 0) + (ownForm ? own[0].length : 0));
      // "DKPP Bantul": a short form that a regional unit shares, before a region, is that region's unit (Dinas Ketahanan
      // Pangan dan Pertanian), not the national body (the election ethics council).
      if (after && !office && m[0] === entry.acronym && REGIONAL_UNIT_BY_ABBR.has(m[0])) continue;
      if (after) {
        ({ region, end } = { region: after.region, end: after.end });
        // "BI East Kalimantan Representative Office": the English word for the office closes the name.
        end += ENGLISH_OFFICE_AFTER.exec(text.slice(end, end + 40))?.[0].length ?? 0;
      } else if (branch) {
        end += branch[0].length;
        // "BPJS Kesehatan Cabang Tenggarong": a branch named after its town serves the town's regency.
        const town = branchTown(text, end);
        if (town) ({ region, end } = { region: town.region, end: town.end });
      }
    }
    // "the East Kalimantan chapter of the Indonesian Forum for the Environment (Walhi)": English names the region's
    // chapter or branch before the body.
    const chapterOf = region ? null : ENGLISH_CHAPTER_OF_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const chapterRegion = chapterOf ? regionBefore(text, m.index - chapterOf[0].length) : null;
    if (chapterRegion && (entry.kind === 'organisation' || entry.kind === 'state-company' || entry.kind === 'agency')) region = chapterRegion.region;
    // "The South Konawe General Elections Commission (KPU)", "the East Kalimantan KPU": English writes a government
    // agency's office in a region with the region before it.
    const englishAhead =
      region || !entry.government || entry.kind !== 'agency' || !ENGLISH_REGION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) ? null : regionBefore(text, m.index);
    if (englishAhead) region = englishAhead.region;
    // "Bank Indonesia's East Kalimantan representative office": an English possessive names the body's office.
    const possessive = region ? null : /^['’]s[ \t]+/.exec(text.slice(end, end + 4));
    const officeRegion = possessive ? matchRegionAt(text, end + possessive[0].length) : null;
    const officeWord = officeRegion ? ENGLISH_OFFICE_AFTER.exec(text.slice(officeRegion.end, officeRegion.end + 40)) : null;
    if (officeRegion && officeWord) {
      region = officeRegion.region;
      end = officeRegion.end + officeWord[0].length;
    }
    hits.push(
      makeHit(englishAhead?.start ?? m.index, end, entry.name, {
        acronym: entry.acronym,
        aliases: entry.aliases,
        government: entry.government,
        region,
        office: (officeBefore || branch !== null) && BRANCH_KINDS.has(entry.kind),
        // Only an office word can be a regional office's: the narrower pattern is tried where the wider one held.
        ...(officeBefore && REGIONAL_OFFICE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) ? { regionalOffice: true as const } : {}),
        priority: 3,
      }),
    );
  }
  return hits;
}

/** " chapter of the ", " branch of ": an English regional unit's word and "of" before its body (the region before them). */
const ENGLISH_CHAPTER_OF_BEFORE = /(?<![\p{L}])(?:chapter|branch|representative office|office)[ \t]+of[ \t]+(?:the[ \t]+)?$/u;

/** "Kadis PUPR Kaltim": the head of the "Dinas PUPR" whose short form follows the title. */
const KADIS_UNIT_RE = new RegExp(String.raw`${WORD_START}(?:Plt[ \t]+)?Kadis[ \t]+([A-Z][A-Za-z]+)${WORD_END}`, 'gu');

/**
 * The Indonesian unit of an English unit name ("Education Office" -> "Dinas Pendidikan"), from english-units.json; a
 * regional unit is an "Office" in one paper and an "Agency" in another, so each name stands with either head word.
 */
const UNIT_OF_ENGLISH = new Map(
  (englishUnits as { english: string; unit: string }[]).flatMap((u) => {
    const head = /(?<= )(?:Office|Agency)$/.exec(u.english)?.[0];
    const other = head ? `${u.english.slice(0, -head.length)}${head === 'Office' ? 'Agency' : 'Office'}` : null;
    return other ? [[other, u.unit] as const, [u.english, u.unit] as const] : [[u.english, u.unit] as const];
  }),
);
/** Run only where a word opens with a unit's first letter: "immigration office" in lower case would enter the engine at every "i". */
const matchEnglishUnits = wordStartMatcher(`(?:${buildAlternation(UNIT_OF_ENGLISH.keys())})${WORD_END}`, UNIT_OF_ENGLISH.keys());

/** The region written right before `pos`, a space between ("East Kalimantan" before "Education Office"). */
function regionBefore(text: string, pos: number): RegionHit | null {
  const before = text.slice(Math.max(0, pos - 40), pos);
  for (const w of allMatches(/(?<![\p{L}])\p{Lu}/gu, before)) {
    const region = matchRegionAt(text, pos - before.length + w.index);
    if (region && /^[ \t]+$/.test(text.slice(region.end, pos))) return region;
  }
  return null;
}

/** An English region right before a position: "the East Kalimantan " (a compass word, then a region). */
const ENGLISH_REGION_BEFORE = /(?:^|[^\p{L}])(?:the[ \t]+)?(?:East|West|North|South|Central|Southeast|Northeast|Southwest|Northwest)[ \t]+\p{Lu}\p{L}+[ \t]+$/u;

/**
 * Regional units by the English names of Antara English and Tempo English: "the East Kalimantan Education Office",
 * "Samarinda Health Office", "the Disaster Mitigation Agency of Samarinda"; named as the Indonesian unit.
 */
function findEnglishUnitHits(text: string, home: RegionEntry | null): OrgHit[] {
  const hits: OrgHit[] = findEnglishFieldOfficeHits(text);
  const fieldOffices = [...hits];
  for (const m of matchEnglishUnits(text)) {
    // "the Bali Agriculture and Food Security Office": a unit's English name that ends a longer run of fields is that
    // run's office, not the unit's.
    if (fieldOffices.some((h) => h.start < m.index && h.end >= m.index + m[0].length)) continue;
    // "the National Development Planning Agency": a national body's English name, no regional unit of the home region.
    if (/(?:^|[ \t])National[ \t]+$/.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    // "East Java Provincial Health Office": the level may stand between the region and the unit.
    const level = ENGLISH_LEVEL_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0].length ?? 0;
    const before = regionBefore(text, m.index - level);
    const of = /^[ \t]+of[ \t]+(?:the[ \t]+)?/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    const after = before ? null : of ? matchRegionAt(text, m.index + m[0].length + of[0].length) : null;
    // "the provincial Environment Agency" in a Samarinda story is the province's unit; "the city's Education Office",
    // the home town's, where the province's is named too.
    const levelWord = before || after ? undefined : ENGLISH_LEVEL_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
    const levelRegion = levelWord === 'provincial' ? regionOfKind(home, 'province') : levelWord && home?.kind !== 'province' ? home : null;
    const unit = UNIT_OF_ENGLISH.get(m[0])!;
    // "the Dr. H. Moh. Anwar Regional General Hospital": a hospital named after a person, no region, is read by its name.
    if (unit === 'Rumah Sakit Umum Daerah' && !before && !after) continue;
    // "The Tanjung Pandan immigration office": an office seated in a town is named after the town before it.
    const town = !before && !after && SEATED_ENGLISH_UNITS.has(unit) ? townBefore(text, m.index) : null;
    if (town) {
      hits.push(makeHit(town.start, m.index + m[0].length, `${unit} ${town.name}`, { priority: 3 }));
      continue;
    }
    hits.push(
      makeHit(before?.start ?? m.index, after?.end ?? m.index + m[0].length, unit, {
        region: (before ?? after)?.region ?? levelRegion,
        regional: true,
        priority: 3,
      }),
    );
  }
  return hits;
}

/**
 * A run of capitalised words joined by spaces, commas or "and", then an English office's head word ("Office",
 * "Agency"); the region opening it may be written as its short form in capitals ("the NTT Livestock Office").
 */
const ENGLISH_FIELDS_OFFICE_RE = new RegExp(String.raw`${WORD_START}((?:\p{Lu}(?:\p{Ll}+|\p{Lu}+)(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+)){2,9})(Office|Agency)${WORD_END}`, 'gu');
const mentionsEnglishOffice = anyWordGate(['Office', 'Agency']);

/**
 * "the North Sumatra Plantation and Livestock Office", "the Lampung Food Security, Food Crops and Horticulture Office": a
 * region's office named in English by fields of English words is a government body of that region, named as written
 * where english-units.json pairs it with no Indonesian unit (where it does, the unit's finder reads it).
 */
function findEnglishFieldOfficeHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  if (!mentionsEnglishOffice(text)) return hits;
  for (const m of allMatches(ENGLISH_FIELDS_OFFICE_RE, text)) {
    // "The North Sumatra ...": an article opening the sentence is no part of the name.
    const article = /^The[ \t]+/.exec(m[1]!)?.[0].length ?? 0;
    const region = matchRegionAt(text, m.index + article);
    if (!region) continue;
    const fields = text.slice(region.end, m.index + m[1]!.length).trim();
    const fieldWords = fields.split(/,?[ \t]+(?:and[ \t]+)?/);
    if (!/^[ \t]/.test(text.slice(region.end, region.end + 1)) || fields === '' || !fieldWords.every((w) => isEnglishWord(w) && !isListedName(w))) continue;
    // "East Java Provincial Health Office": a government's level may open the fields of a unit the list pairs.
    if (UNIT_OF_ENGLISH.has(`${fields.replace(ENGLISH_LEVEL_OPENING, '')} ${m[2]!}`)) continue;
    // "Bengkulu Natural Resources Conservation Agency (BKSDA)": a listed unit's or agency's short form after the name
    // names it; the acronym finders read it.
    const form = ACRONYM_IN_PARENTHESES_AT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 14))?.[1];
    if (form && (REGIONAL_UNIT_BY_ABBR.has(form) || AGENCY_BY_FORM.has(form))) continue;
    const start = m.index + article;
    const end = m.index + m[0].length;
    hits.push(makeHit(start, end, text.slice(start, end).replace(/\s+/g, ' '), { priority: 3 }));
  }
  return hits;
}

/** Offices named after the town they sit in, not a region's government ("Kantor Imigrasi Tanjung Pandan"). */
const SEATED_ENGLISH_UNITS: ReadonlySet<string> = new Set(['Kantor Imigrasi']);
/** Up to three capitalised words right before a unit. */
const CAPITALISED_BEFORE = /((?:\p{Lu}\p{Ll}+[ \t]+){0,2}\p{Lu}\p{Ll}+)[ \t]+$/u;

/** The known town named by the last one to three capitalised words before `at`, the longest first, and where it starts. */
function townBefore(text: string, at: number): { start: number; name: string } | null {
  const words = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1]!.split(/[ \t]+/) ?? [];
  for (let k = 0; k < words.length; k += 1) {
    const name = words.slice(k).join(' ');
    if (isKnownPlaceName(name)) return { start: at - name.length - 1, name };
  }
  return null;
}

/** A level written small before a unit named without its region ("the provincial Environment Agency", "the city's"). */
const ENGLISH_LEVEL_WORD_BEFORE = /(?<![\p{L}])(provincial|city|city's|regency|regency's|municipal)[ \t]+$/u;

/** An English word for a government's level opening a unit's fields ("Provincial Health"), and the space after it. */
const ENGLISH_LEVEL_OPENING = /^(?:Provincial|Regency|District|City|Municipal)[ \t]+/;
/** An English word for a government's level before a unit ("Provincial", "Regency", "District"), and the space after it. */
const ENGLISH_LEVEL_BEFORE = /(?:Provincial|Regency|District|City|Municipal)[ \t]+$/;

/**
 * "Police" in English after a region ("East Kalimantan Police", "East Kalimantan Regional Police"), or "police" as wire
 * copy writes it ("Jakarta police chief ...", "East Java police said").
 */
const ENGLISH_POLICE_RE = /(?<![\p{L}])(?:Regional[ \t]+)?[Pp]olice(?![\p{L}])/gu;
const mentionsPolice = anyWordGate(['Police', 'police']);

/**
 * A province's police named in English is its Polda. A city's or regency's is a Polres or a Polresta, and no list here
 * says which: it is the one the text writes ("Polresta Samarinda", "Kapolres Kukar"), else its English name as written
 * ("Balikpapan Police"), never a guessed unit.
 */
function findEnglishPoliceHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  if (!mentionsPolice(text)) return hits;
  for (const m of allMatches(ENGLISH_POLICE_RE, text)) {
    const before = regionBefore(text, m.index);
    if (!before) continue;
    const end = m.index + m[0].length;
    if (before.region.kind === 'province') {
      hits.push(makeHit(before.start, end, 'Polda', { region: before.region, priority: 3 }));
      continue;
    }
    const unit = resortPoliceWritten(text, before.region);
    hits.push(
      unit
        ? makeHit(before.start, end, unit, { region: before.region, priority: 3 })
        : makeHit(before.start, end, `${text.slice(before.start, before.end)} Police`, { priority: 3 }),
    );
  }
  return hits;
}

/** A Polres, Polresta or Polrestabes (or its head's title) written with its region. */
const RESORT_POLICE_RE = /(?<![\p{L}])(?:Ka)?(Polres(?:ta(?:bes)?)?)(?=[ \t])/gu;

/** Which resort police unit of `region` the text writes ("Polresta" for "Kapolresta Samarinda"); null if none. */
function resortPoliceWritten(text: string, region: RegionEntry): string | null {
  for (const m of allMatches(RESORT_POLICE_RE, text)) {
    if (regionAfter(text, m.index + m[0].length)?.region === region) return m[1]!;
  }
  return null;
}

/**
 * The last region of `kind` the sentence names before `pos` ("East Kalimantan Governor X said the provincial
 * administration ..."): a local government written without its region is the one the sentence is about. Read from
 * the regions the caller found, not by scanning the sentence again.
 */
function regionInSentenceBefore(text: string, pos: number, kind: RegionEntry['kind'], regionHits: readonly RegionHit[]): RegionEntry | null {
  const start = sentenceStartBefore(text, pos);
  // "Zulkifli Sutan Pariaman ... pemerintah kota": a Minang adat title's place word is part of a name, no seat.
  const named = (h: RegionHit): boolean => ADAT_TITLE_BEFORE.test(text.slice(Math.max(0, h.start - 10), h.start));
  return regionHits.findLast((h) => h.start >= start && h.end <= pos && h.region.kind === kind && !named(h))?.region ?? null;
}
/** A Minangkabau adat title's word right before a place word it names ("Sutan Pariaman", "Dt. Rajo"). */
const ADAT_TITLE_BEFORE = /(?:^|[^\p{L}])(?:Sutan|Datuk|Dt\.?|Bagindo|Marah)[ \t]+$/u;

/** "The Balikpapan city government", "the East Kalimantan provincial government": a local government in English. */
const ENGLISH_GOVERNMENT_RE = /(?<![\p{L}])(city|regency|district|provincial)[ \t]+(?:government|administration)(?![\p{L}])/giu;
const ENGLISH_GOVERNMENT_KIND: Record<string, RegionEntry['kind']> = { city: 'city', regency: 'regency', district: 'regency', provincial: 'province' };

/** Local governments named in English, by the region written before them or the home region of their kind. */
function findEnglishGovernmentHits(text: string, home: RegionEntry | null, regionHits: readonly RegionHit[]): OrgHit[] {
  const hits: OrgHit[] = [];
  if (!/government|administration/i.test(text)) return hits;
  for (const m of allMatches(ENGLISH_GOVERNMENT_RE, text)) {
    const kind = ENGLISH_GOVERNMENT_KIND[m[1]!.toLowerCase()]!;
    const before = regionBefore(text, m.index);
    // "Bogor regency administration": the regency of a name a city bears too.
    const own = before ? regionOfKindNamed(before.region, kind) : undefined;
    const region = own ?? (regionInSentenceBefore(text, m.index, kind, regionHits) ?? regionOfKind(home, kind));
    if (!region) continue;
    const start = before && own === region ? before.start : m.index;
    hits.push(makeHit(start, m.index + m[0].length, `Pemerintah ${KIND_LABEL[region.kind]}`, { region, priority: 3 }));
  }
  // "The Bogor administration" after "the Bogor regency administration": a region's government of the kind the text
  // named, or of the region's only kind.
  for (const m of allMatches(BARE_ADMINISTRATION_RE, text)) {
    const before = regionBefore(text, m.index);
    if (!before) continue;
    const named = hits.find((h) => h.region?.name === before.region.name);
    const kinds = REGIONS_BY_NAME.get(before.region.name.toLowerCase()) ?? [before.region];
    const region = named?.region ?? (kinds.length === 1 ? kinds[0]! : null);
    if (region) hits.push(makeHit(before.start, m.index + m[0].length, `Pemerintah ${KIND_LABEL[region.kind]}`, { region, priority: 3 }));
  }
  return hits;
}

/** "administration" or "government" right after a region's name, with no word of its kind between. */
const BARE_ADMINISTRATION_RE = /(?<![\p{L}])(?:administration|government)(?![\p{L}])/gu;

/**
 * The river basin offices named by their basin, which is no region: "BBWS Citarum", "Balai Besar Wilayah Sungai (BBWS)
 * Pemali-Juana", "Pemali-Juana River Basin Center". Read by the region after them, "BBWS Citarum" was the Balai of
 * the story's home region.
 */
function findRiverBasinHits(text: string): OrgHit[] {
  if (!text.includes('BWS') && !text.includes('Wilayah Sungai') && !text.includes('River Basin')) return [];
  const hits: OrgHit[] = [];
  for (const m of allMatches(RIVER_BASIN_OFFICE_RE, text)) {
    const basin = RIVER_BASIN_BY_KEY.get((m[2] ?? m[3]!).replace(/[ \t-]+/g, ' '))!;
    const large = m[1] ? /^(?:BBWS|Balai Besar)/.test(m[1]) : /Cent(?:er|re)$/.test(m[0]);
    const kind = large ? 'Balai Besar Wilayah Sungai' : 'Balai Wilayah Sungai';
    const acronym = large ? 'BBWS' : 'BWS';
    hits.push(makeHit(m.index, m.index + m[0].length, `${kind} ${basin}`, { acronym, aliases: [`${acronym} ${basin}`], priority: 3 }));
  }
  return hits;
}
/** The basins' names as the ministry writes them, by their words joined with spaces. */
const RIVER_BASIN_BY_KEY = new Map((riverBasins as string[]).map((basin) => [basin.replace(/-/g, ' '), basin]));
/** The basins' names, their words joined by a space or a hyphen ("Pemali-Juana", "Cimanuk Cisanggarung"). */
const RIVER_BASIN = buildAlternation(RIVER_BASIN_BY_KEY.keys()).replace(/ /g, '[ \\t-]');
const RIVER_BASIN_OFFICE_RE = new RegExp(
  `${WORD_START}(?:(BBWS|BWS|Balai[ \\t]+Besar[ \\t]+Wilayah[ \\t]+Sungai(?:[ \\t]*\\(BBWS\\))?|Balai[ \\t]+Wilayah[ \\t]+Sungai(?:[ \\t]*\\(BWS\\))?)[ \\t]+(${RIVER_BASIN})|(${RIVER_BASIN})[ \\t]+River[ \\t]+Basin[ \\t]+(?:Cent(?:er|re)|Office|Agency))${WORD_END}`,
  'gu',
);

/**
 * "House Commission I", "House of Representatives Commission XII", and "Commission VI" in a story on the House: the
 * English names of the DPR's commissions, named as the DPR's commissions are.
 */
function findHouseCommissionHits(text: string): OrgHit[] {
  if (!text.includes('Commission ')) return [];
  const onTheHouse = HOUSE_STORY.test(text);
  return allMatches(HOUSE_COMMISSION_RE, text)
    .filter((m) => m[0].startsWith('House') || onTheHouse)
    .map((m) => makeHit(m.index, m.index + m[0].length, `Komisi ${m[1]!} DPR`, { aliases: [m[0]], government: true, priority: 2 }));
}
const HOUSE_COMMISSION_RE = /(?<![\p{L}])(?:House(?:[ \t]+of[ \t]+Representatives)?(?:['’]s?)?[ \t]+)?Commission[ \t]+([IVX]{1,4})(?![\p{L}\p{N}])/gu;

/**
 * "Komite II DPD RI", "the DPD's Committee II", "Commission C chairman": the senate's committees by their numeral, in
 * a story that names the DPD, and a regional legislature's commission named in English by its letter alone, which
 * attachCommissions seats in the one house the story names, as it does "Komisi C".
 */
function findLegislatureCommitteeHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  if (SENATE_STORY.test(text)) {
    for (const m of allMatches(SENATE_COMMITTEE_RE, text)) {
      hits.push(makeHit(m.index, m.index + m[0].length, `Komite ${m[1]} DPD`, { aliases: [m[0].replace(/\s+/g, ' ')], government: true, priority: 2 }));
    }
  }
  for (const m of allMatches(LETTERED_COMMISSION_RE, text)) {
    hits.push(makeHit(m.index, m.index + m[0].length, `Komisi ${m[1]}`, { aliases: [m[0]], government: true, priority: 2 }));
  }
  return hits;
}
/**
 * "Panitia Khusus (Pansus) Angkutan Batu Bara DPRD Provinsi Jambi", "Pansus III DPRD Kabupaten Sikka", "Panitia Kerja
 * (Panja) PNBP Perikanan": a legislature's special committee or working committee, named by its subject or number and
 * its house, or by its short form spelled in parentheses; a later "Pansus" or "Ketua Pansus RTRW" is that committee
 * again where the story names one only.
 */
function findSpecialCommitteeHits(text: string): OrgHit[] {
  if (!text.includes('Pansus') && !text.includes('Panja') && !text.includes('Panitia')) return [];
  const full: OrgHit[] = [];
  for (const m of allMatches(SPECIAL_COMMITTEE_RE, text)) {
    const kind = /Kerja|Panja/.test(m[1]!) ? 'Panja' : 'Pansus';
    const spelled = /\((?:Pansus|Panja)\)/.test(m[1]!);
    const subject = (m[2] ?? m[4] ?? '').replace(/[ \t]*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim();
    const house = m[3];
    if (!house && !(spelled && subject)) continue;
    const end = m.index + m[0].length;
    const region = house?.startsWith('DPRD') || house === 'DPRK' ? regionAfter(text, end) : null;
    const base = [kind, subject, house?.replace(/\s+/g, ' ')].filter(Boolean).join(' ');
    const written = text.slice(m.index, region?.end ?? end).replace(/\s+/g, ' ');
    const aliases = [...new Set([written, kind, ...(subject ? [`${kind} ${subject}`] : [])])];
    full.push(makeHit(m.index, region?.end ?? end, base, { aliases, region: region?.region ?? null, government: true, priority: 3 }));
  }
  if (new Set(full.map((h) => `${h.base}|${h.region?.code ?? ''}`)).size !== 1) return full;
  // The one committee named again by its short form, its subject after it or not.
  const named = full[0]!;
  const again = allMatches(SPECIAL_COMMITTEE_AGAIN_RE, text)
    .filter((m) => !full.some((h) => m.index >= h.start && m.index < h.end))
    .map((m) => ({ ...named, start: m.index, end: m.index + m[0].length, aliases: [...named.aliases] }));
  return [...full, ...again];
}
/**
 * A special or working committee's name: its kind, spelled or not (group 1), its subject of capitalised words,
 * numerals and short forms in parentheses (group 2) and its house (group 3), or its subject alone (group 4).
 */
const SPECIAL_COMMITTEE_WORD = String.raw`[ \t]+(?:(?!DPR)[A-Z0-9][\p{L}\p{N}\/-]*|\([^()\n]{1,40}\)|dan|tentang)`;
const SPECIAL_COMMITTEE_RE = new RegExp(
  String.raw`(?<![\p{L}])(Panitia[ \t]+Khusus(?:[ \t]*\(Pansus\))?|Pansus|Panitia[ \t]+Kerja(?:[ \t]*\(Panja\))?|Panja)(?:((?:${SPECIAL_COMMITTEE_WORD}){0,16}?)[ \t]+(DPRD|DPRK|DPRA|DPR(?:[ \t]+RI)?)|((?:${SPECIAL_COMMITTEE_WORD}){0,8}))(?=[ \t,.;:)]|$)`,
  'gu',
);
/** "Pansus", "Pansus III", "Pansus RTRW": the committee named again (a subject word capitalised or in capitals). */
const SPECIAL_COMMITTEE_AGAIN_RE = /(?<![\p{L}])(?:Pansus|Panja)(?:[ \t]+(?:[IVX]{1,4}|[A-Z]{2,8})(?![\p{L}\p{N}]))?/gu;

/** A story on the senate: it names the DPD or its English name. */
const SENATE_STORY = /(?<![\p{L}])(?:DPD(?:[ \t]+RI)?|Dewan[ \t]+Perwakilan[ \t]+Daerah|Regional[ \t]+Representatives['’]?[ \t]+Council)(?![\p{L}])/u;
/** "Komite III DPD RI", "Committee II": a DPD committee by its numeral (group 1), its house after it or not. */
const SENATE_COMMITTEE_RE = /(?<![\p{L}])(?:Komite|Committee)[ \t]+([IVX]{1,4})(?:[ \t]+DPD(?:[ \t]+RI)?)?(?![\p{L}\p{N}])/gu;
/** "Commission C": an English commission by its letter (group 1); not before "of the", which another finder reads. */
const LETTERED_COMMISSION_RE = /(?<![\p{L}])Commission[ \t]+([A-E])(?![\p{L}\p{N}.'’-])(?![ \t]+of[ \t])/gu;
/** A story on the national legislature: it names the House, the DPR or its lawmakers. */
const HOUSE_STORY = /(?<![\p{L}])(?:House|DPR|[Ll]awmakers?)(?![\p{L}])/u;

/**
 * A hospital's English head word, then an opening parenthesis: "Hospital (" (the named-body finder reads the hospital;
 * an office's English name before "(BKSDA)" is read by its short form, so it stays).
 */
const ENGLISH_HEAD_BEFORE_PARENTHESIS = /(?:Hospital|Clinic)[ \t]*\($/;

/** Regional unit abbreviations: "Disperindagkop Kaltim", "Dinkes", "Satpol PP", "Kadis PUPR" (as "Dinas PUPR"). */
function findRegionalUnitHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  const found = [...allMatches(UNIT_RE, text)].map((m) => ({ start: m.index, end: m.index + m[0].length, abbr: UNIT_BY_FORM.get(m[0])! }));
  // "Kadishub Kaltim": the head's title glued to the unit names the unit too.
  for (const m of allMatches(GLUED_HEAD_RE, text)) found.push({ start: m.index, end: m.index + m[0].length, abbr: GLUED_HEAD_FORMS.get(m[0])! });
  for (const m of allMatches(KADIS_UNIT_RE, text)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (REGIONAL_UNIT_BY_ABBR.has(`Dinas ${m[1]}`)) {
      found.push({ start, end: start + m[1]!.length, abbr: `Dinas ${m[1]}` });
      continue;
    }
    // "Kadis Pendidikan Samarinda": the head of the Dinas of that field.
    const field = readField(text, start - 1);
    if (field.words.length === 0 || ACRONYM.test(field.words[0]!)) continue;
    const after = regionAfter(text, field.end);
    const name = `Dinas ${field.words.join(' ')}`;
    hits.push(makeHit(start, after?.end ?? field.end, name, { region: after?.region ?? null, regional: true, priority: 3 }));
  }
  for (const m of found) {
    const unit = REGIONAL_UNIT_BY_ABBR.get(m.abbr)!;
    // "di RSUD kabupaten", "Disdik kabupaten/kota", "RSUD setempat": the kind of unit in general, no one body.
    if (!/\s/.test(text.slice(m.start, m.end)) && GENERIC_UNIT_AFTER.test(text.slice(m.end, m.end + 14))) continue;
    // "Direktorat Jenderal Dukcapil Kementerian Dalam Negeri": after a directorate general's words the short form is
    // its field, no regional unit.
    if (/(?:Direktorat[ \t]+Jenderal|Ditjen)[ \t]+$/.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
    // "the dr. R. Soedjati Soemodiardjo Regional General Hospital (RSUD)": the kind's short form after an English name
    // glosses that name; it is no unit of the home region.
    if (text[m.end] === ')' && ENGLISH_HEAD_BEFORE_PARENTHESIS.test(text.slice(Math.max(0, m.start - 16), m.start))) continue;
    // "KSOP Kelas I Balikpapan": the office's class stands between it and its seat.
    // "the East Kalimantan BPBD": English writes the region of a unit's short form before it.
    const englishBefore = ENGLISH_REGION_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ? regionBefore(text, m.start) : null;
    // "Kantor Kesehatan Pelabuhan (KKP) Kelas I Balikpapan": the unit's own short form may stand before them, or that
    // of its name's last words ("Manggala Agni Daerah Operasi (Daops) OKI").
    const own = /^[ \t]*\(([^()]{1,24})\)/.exec(text.slice(m.end, m.end + 28));
    // "Kantor Pencarian dan Pertolongan (SAR) Kupang": or the last word of another short name of it ("Kantor SAR").
    const ownForm = own && [unit.abbr, ...(unit.aliases ?? [])].some((form) => form === own[1] || form.endsWith(` ${own[1]}`));
    // "Badan Konservasi Sumber Daya Alam (BKSDA) Kaltim": a short form in parentheses is followed by its seat.
    const inParentheses = text[m.start - 1] === '(' && text[m.end] === ')' ? 1 : 0;
    const ownEnd = m.end + (own && ownForm ? own[0].length : inParentheses);
    // "Kantor Otoritas Bandar Udara Wilayah VII Balikpapan": the numbered area of a vertical office is its name's.
    const area = NUMBERED_AREA.exec(text.slice(ownEnd, ownEnd + 20))?.[0] ?? '';
    const seatFrom = ownEnd + area.length;
    // "Balai Besar POM di Samarinda": some offices are named with "di" before their seat.
    const seatAt = seatFrom + (OFFICE_CLASS.exec(text.slice(seatFrom, seatFrom + 28))?.[0].length ?? 0);
    const di = unit.seatAfterDi ? /^[ \t]+di(?=[ \t])/.exec(text.slice(seatAt, seatAt + 4))?.[0].length ?? 0 : 0;
    const after = englishBefore ? null : regionAfter(text, seatAt + di);
    // "KSOP Kelas III Labuan Bajo,": after the office's class, a town the region lists lack is its seat all the same;
    // so is a known town after the unit's own short form, before the comma that opens its head's name ("Manggala Agni
    // Daerah Operasi (Daops) Muara Bulian, Anton"), which the story's home region must not replace.
    const townAt = !after && !englishBefore ? TOWN_SEAT_AT.exec(text.slice(seatAt, seatAt + 40)) : null;
    const ownTown = townAt && own && ownForm && text[seatAt + townAt[0].length] === ',' && isKnownPlaceName(townAt[1]!);
    const town = townAt && (seatAt > seatFrom || ownTown) ? townAt : null;
    if (town) {
      const name = `${unit.name} ${town[1]}`;
      hits.push(makeHit(m.start, seatAt + town[0].length, name, { acronym: unit.abbr, government: unit.government ?? true, seated: true, priority: 3 }));
      continue;
    }
    // "Setkab" alone is the Cabinet Secretariat; a regency's secretariat is written with its regency ("Setkab Kukar").
    // Spelled out, the unit is itself even where its short form is a national body's ("Kantor Kesehatan Pelabuhan",
    // KKP, against the ministry KKP).
    if (!after && AGENCY_BY_FORM.has(unit.abbr) && text.slice(m.start, m.end) === unit.abbr) continue;
    // "bersama Inspektorat Jenderal": a ministry's inspectorate, no region's (one named after it is read whole elsewhere).
    const general = unit.abbr === 'Inspektorat' && !after ? /^[ \t]+Jenderal(?![\p{L}])(?![ \t]+\p{Lu})/u.exec(text.slice(m.end, m.end + 12)) : null;
    if (general) {
      hits.push(makeHit(m.start, m.end + general[0].length, 'Inspektorat Jenderal', { government: true, priority: 3 }));
      continue;
    }
    // "Balai Besar Wilayah Sungai Sumatera VIII": an island or a group of regions the unit serves ends its name.
    const served = after ? null : SERVED_AREA.exec(text.slice(m.end, m.end + 40));
    if (served) {
      hits.push(makeHit(m.start, m.end + served[0].length, `${unit.name} ${servedAreaName(served[1]!)}`, { acronym: unit.abbr, government: unit.government ?? true, priority: 3 }));
      continue;
    }
    // "Dinas Pekerjaan Umum dan Penataan Ruang (Dinas PUPR) Kota Balikpapan": a short form in parentheses read with
    // its seat opens where its name is spelled out, so the mention holds no lone ")".
    const spelled = inParentheses && after ? spelledNameBefore(text, m.start - 1, unit) : null;
    hits.push(
      makeHit(englishBefore?.start ?? spelled ?? m.start, after?.end ?? (area ? seatFrom : m.end), area ? `${unit.name} ${area.trim().replace(/[ \t]+/g, ' ')}` : unit.name, {
        acronym: unit.abbr,
        region: after?.region ?? englishBefore?.region ?? null,
        government: unit.government ?? true,
        regional: true,
        priority: 3,
      }),
    );
  }
  return hits;
}

/** Up to ten words of a name right before a parenthesis: capitalised ones and the joiners inside names. */
const NAME_WORDS_BEFORE = /(?:(?:\p{Lu}[\p{L}-]*|dan|&)[ \t]+){1,10}$/u;

/**
 * Where a regional unit's name or one of its aliases, spelled out before the parenthesis at `open`, starts ("Satuan
 * Polisi Pamong Praja dan Wilayatul Hisbah (Satpol PP dan WH)"); null if other words stand there. Words whose initials
 * only spell the short form may name another unit ("Dinas Ketahanan Pangan (DKP)" against Kelautan dan Perikanan).
 */
function spelledNameBefore(text: string, open: number, unit: { name: string; aliases?: string[] }): number | null {
  const run = NAME_WORDS_BEFORE.exec(text.slice(Math.max(0, open - 120), open))?.[0];
  if (!run) return null;
  const words = run.trim().split(/[ \t]+/);
  for (let n = 1; n <= words.length; n += 1) {
    const phrase = words.slice(-n).join(' ');
    if (phrase === unit.name || unit.aliases?.includes(phrase)) {
      return open - run.length + run.lastIndexOf(words[words.length - n]!, run.length - phrase.length);
    }
  }
  return null;
}

/** The numbered area a vertical office serves, after its name: " Wilayah VII", " Wilayah 2". */
const NUMBERED_AREA = /^[ \t]+Wilayah[ \t]+(?:[IVX]{1,5}|\d{1,2})(?![\p{L}\p{N}])/u;

/** Regional units whose name ends in "Daerah", by their name without it ("Badan Penanggulangan Bencana"). */
const UNIT_WITHOUT_DAERAH = new Map(REGIONAL_UNITS.filter((u) => u.name.endsWith(' Daerah')).map((u) => [u.name.slice(0, -' Daerah'.length), u]));

/** Capitalised words, then a short form in parentheses: group 1 the words (with their leading spaces), group 2 the form. */
const SPELLED_RUN_AFTER = /^((?:[ \t]+(?:\p{Lu}[\p{L}-]*|dan|&)){1,5})[ \t]*\([ \t]?([A-Z]{3,8}|[A-Z]{1,4}[2-9][A-Z]{0,3}|[A-Z]{2,4}[ \t][A-Z]{2,5})[ \t]?\)/u;

/** The words after "Balai" that make it a hall ("Balai Desa", "Balai Kota", "Balai Pertemuan"), a building. */
const HALL_WORDS = new Set(['Desa', 'Kota', 'Kampung', 'Nagari', 'Adat', 'Pertemuan', 'Warga', 'Rakyat', 'Kelurahan', 'Dusun', 'Banjar']);
/** "Dinas X [region]", "Badan X", "Kementerian X": a head word, a field of org vocabulary, an optional region. */
function findHeadWordHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  for (const m of allMatches(HEAD_RE, text)) {
    const head = m[1]!;
    // "Badan Usaha Milik Negara / Daerah / Desa" (BUMN, BUMD, BUMDes) is a kind of company, no body's name.
    if (head === 'Badan' && STATE_COMPANY_KIND.test(text.slice(m.index + head.length, m.index + head.length + 30))) continue;
    // "Komisi C", "Komisi V": a commission by a letter or a one-letter numeral, which no field word reads.
    const letter = head === 'Komisi' ? /^[ \t]+([A-EIVX])(?![\p{L}\p{N}.])/u.exec(text.slice(m.index + head.length, m.index + head.length + 4)) : null;
    const read = letter ? { words: [letter[1]!], end: m.index + head.length + letter[0].length } : readField(text, m.index + head.length);
    if (head === 'Bagian' && !SECRETARIAT_AFTER.test(text.slice(read.end, read.end + 40))) continue;
    // "Badan Musyawarah (Banmus) DPRD NTB", "Badan Kehormatan DPRD Kota Semarang": a legislature's organ, whose words
    // the field lists may not hold.
    const organ = head === 'Badan' ? LEGISLATURE_BODY_AT.exec(text.slice(m.index, m.index + 40)) : null;
    const field = organ && read.end < m.index + organ[0].length ? { words: organ[0].split(' ').slice(1), end: m.index + organ[0].length } : read;
    // "Ketua Badan Kehormatan (BK), Subandi" with no house after it: the people finder seats the organ's holders in the
    // house the story names; the story's home region must not seat the organ.
    if (field !== read && !LEGISLATURE_AFTER.test(text.slice(field.end, field.end + 24))) continue;
    // "Badan Pengelola Otorita Danau Toba (BPODT)", "Balai Taman Nasional Gunung Rinjani (BTNGR)": capitalised words up
    // to a short form that spells the whole run are the body's own name, place words and all; it has no region.
    const spelled = SPELLED_RUN_AFTER.exec(text.slice(field.end, field.end + 80));
    const own = spelled ? `${head} ${[...field.words, ...spelled[1]!.trim().split(/[ \t]+/)].join(' ')}` : null;
    // "Badan Pengurus Pusat (BPP) KKSS", "Badan Pimpinan Daerah Perhimpunan Hotel dan Restoran Indonesia (BPD PHRI)":
    // an association's board at a level names the body after it, none of its own.
    // The board's words are two at most, so its first two words are tested ("Pimpinan Daerah" of the longer run).
    const ownWords = own ? own.split(' ').slice(1) : field.words;
    if (head === 'Badan' && ASSOCIATION_BOARD.test(ownWords.slice(0, 2).join(' '))) continue;
    // A "Lembaga" may be a government body or none; the other finders read those.
    // A region after the field is the unit's seat ("Badan Penanggulangan Bencana Aceh (BPBA)"), read below.
    // "Balai Pemantapan Kawasan Hutan (BPKH)": a listed short form the text spells as another name is this body's.
    const form = spelled?.[2]!.replace(/[ \t]/, '');
    const isListed = (f: string): boolean => (AGENCY_BY_FORM.has(f) || REGIONAL_UNIT_BY_ABBR.has(f)) && !redefinedAcronyms(text).has(f);
    // "Badan Pemeriksa Keuangan Republik Indonesia (BPK RI)": a two-part form opening with a listed one is that body's.
    const listed = spelled ? isListed(spelled[2]!) || isListed(form!) || isListed(spelled[2]!.split(/[ \t]/)[0]!) || regionAfter(text, field.end) !== null : true;
    // "Komisi Pengawasan Pupuk dan Pestisida (KP3)": "dan" is no initial, and a digit counts its letter; "Badan Usaha
    // Sistem Penyediaan Air Minum (BU SPAM)": a short form of two parts spells it whole.
    const spells = own !== null && spelled !== null && (initialsOf(own) === form || initialsOf(own, true) === withCountedLetters(form!));
    if (own && spelled && head !== 'Lembaga' && !listed && spells) {
      // "Komisi Keadilan dan Perdamaian (KKP) Keuskupan Agung Kupang": a church's commission is no government's.
      const after = text.slice(field.end + spelled[0].length, field.end + spelled[0].length + 12);
      hits.push(makeHit(m.index, field.end + spelled[1]!.length, own, { acronym: spelled[2]!, government: !RELIGIOUS_FIELD.test(own) && !RELIGIOUS_FIELD.test(after), priority: 2 }));
      continue;
    }
    if (field.words.length === 0) continue;
    // "UPT Pengelolaan Sumber Daya Air (PSDA) Wilayah Sungai Bondoyudo Bedadung", "UPTD ... Wilayah Tenggarong": a
    // technical unit is named after the area it serves, which is no region's name; the area ends its name.
    // A field read up to "Wilayah" gives the word back to the area.
    const areaWord = field.words.at(-1) === 'Wilayah' ? 'Wilayah'.length : 0;
    const area = head.startsWith('UPT') ? UNIT_AREA_AFTER.exec(text.slice(field.end - areaWord, field.end + 80)) : null;
    if (area) {
      const words = areaWord ? field.words.slice(0, -1) : field.words;
      const end = field.end - areaWord + area[0].length;
      const name = `${head} ${words.join(' ')} ${area[1]!.replace(/\s+/g, ' ')}`;
      hits.push(makeHit(m.index, end, name, { aliases: [text.slice(m.index, end).replace(/\s+/g, ' ')], government: true, priority: 2 }));
      continue;
    }
    // "Balai Desa Pagat", "Balai Kota", "Balai Adat": a hall, a building, no body.
    if (head === 'Balai' && HALL_WORDS.has(field.words[0]!)) continue;
    // "Cabang Dinas Pendidikan Wilayah I": a provincial office's branch for a numbered area is a body of its own.
    const branch = head === 'Dinas' && field.words.at(-1) === 'Wilayah' && /(?:^|[^\p{L}])Cabang[ \t]+$/u.test(text.slice(Math.max(0, m.index - 8), m.index));
    const after = regionAfter(text, field.end);
    // "Cabang Dinas Pendidikan Wilayah Surabaya": the area may be named by its town as well as numbered.
    const areaNumber = branch
      ? /^[ \t]+(?:[IVX]{1,4}|\d{1,2})(?![\p{L}\p{N}])/u.exec(text.slice(field.end, field.end + 6)) ?? (after ? [text.slice(field.end, after.end)] : null)
      : null;
    if (branch && areaNumber) {
      const start = text.lastIndexOf('Cabang', m.index);
      hits.push(makeHit(start, field.end + areaNumber[0].length, `Cabang ${head} ${field.words.join(' ')}${areaNumber[0].replace(/^[ \t]+/, ' ')}`, { government: true, regional: false, priority: 2 }));
      continue;
    }
    const base = `${head} ${field.words.join(' ')}`;
    const agency = AGENCY_BY_LOWER_NAME.get(base.toLowerCase()) ?? AGENCY_BY_FORM.get(base);
    // "Badan Perencanaan Pembangunan Aceh": Aceh's bodies leave out "Daerah"; they are the regional unit of that name.
    const unit = !agency && after ? UNIT_WITHOUT_DAERAH.get(base) : undefined;
    const onlyAcronym = field.words.length === 1 && ACRONYM.test(field.words[0]!) ? field.words[0]! : null;
    // "Biro Kemahasiswaan dan Alumni UII": a unit whose field closes with a university's or a firm's short form is
    // that body's, of its government flag and of no region.
    const owner = field.words.length > 1 ? AGENCY_BY_FORM.get(field.words.at(-1)!) : undefined;
    const ownedBy = owner && OWNING_KINDS.has(owner.kind) && ACRONYM.test(field.words.at(-1)!) ? owner : undefined;
    hits.push(
      makeHit(m.index, after?.end ?? field.end, agency?.name ?? unit?.name ?? base, {
        acronym: agency?.acronym ?? unit?.abbr ?? null,
        aliases: agency?.aliases ?? [],
        // "Badan Pekerja Majelis Sinode": a church's or a mosque's board is no government's.
        government: agency?.government ?? ownedBy?.government ?? !(RELIGIOUS_FIELD.test(base) || RELIGIOUS_FIELD.test(text.slice(field.end, field.end + 12))),
        region: after?.region ?? null,
        // "Badan Akreditasi Nasional ...": a national body takes no home region.
        regional: !agency && !ownedBy && !NATIONAL_HEADS.has(head) && !field.words.includes('Nasional'),
        acronymOnly: agency ? null : onlyAcronym,
        priority: 2,
      }),
    );
  }
  return hits;
}

/**
 * A technical unit's area after its field, its short form in parentheses between or not: "Wilayah Sungai Bondoyudo
 * Bedadung", "Wilayah Pelayanan III", "Wilayah Tenggarong" (group 1 the area's words).
 */
// The body it belongs to may follow ("Wilayah Surabaya Dinas Tenaga Kerja ..."): a head word ends the area.
const UNIT_AREA_AFTER = /^(?:[ \t]*\([A-Z][A-Za-z]{1,9}\))?[ \t]*(Wilayah(?:[ \t]+(?:Sungai|Pelayanan|Kerja))?(?:[ \t]+(?:(?!(?:Dinas|Badan|Kantor|Balai|Biro|Bagian|Sekretariat|Pemerintah|Kementerian|Direktorat|Satuan|Polda|Polres)(?![\p{L}]))\p{Lu}\p{Ll}+|[IVX]{1,4}|\d{1,2})(?![\p{L}\p{N}])){1,3})/u;

/** A house of a legislature right after one of its organs, its short form in parentheses between or not. */
const LEGISLATURE_AFTER = /^(?:[ \t]*\([^()\n]{1,12}\))?[ \t]+(?:DPRD|DPRA|DPRK|DPRPBD|DPRPB|DPRPP|DPRPS|DPRPT|DPRP|DPR)(?![\p{L}])/u;

/** Kinds of listed bodies whose units are named with their short form ("Biro Kemahasiswaan dan Alumni UII"). */
const OWNING_KINDS: ReadonlySet<string> = new Set(['university', 'company', 'state-company', 'organisation']);

/** A local government's short form in parentheses after its words ("Pemerintah Kota (Pemkot) Jayapura"). */
const PEMDA_SHORT_FORM_AT = /[ \t]*\((?:Pemkot|Pemko|Pemkab|Pemprov|Pemda)\)/y;

/** Words of a faith's bodies in or right after a field ("Majelis Sinode", "Dewan Kemakmuran Masjid", "Komisi Kesehatan Keuskupan"). */
const RELIGIOUS_FIELD = /[ \t](?:Sinode|Jemaat|Gereja|Klasis|Masjid|Keuskupan|Paroki|Pesantren|Umat)(?![\p{L}])/u;

/** Up to three capitalised words after a space: a country's name after "Pemerintah" ("Amerika Serikat"). */
const COUNTRY_AFTER = /^[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})/u;

/** Pemkot / Pemkab / Pemprov / Pemda and "pemerintah kota": the region comes from the text or the home region. */
function findPemdaHits(text: string, home: RegionEntry | null, regionHits: readonly RegionHit[]): OrgHit[] {
  const hits: OrgHit[] = [];
  for (const m of allMatches(PEMDA_RE, text)) {
    const kind = PEMDA_KIND[m[1]!.toLowerCase()] ?? null;
    // "Pemerintah Kota (Pemkot) Jayapura": the short form in parentheses stands between the words and the region.
    const shortForm = matchAt(PEMDA_SHORT_FORM_AT, text, m.index + m[0].length)?.[0].length ?? 0;
    const after = regionAfter(text, m.index + m[0].length + shortForm);
    let region = after?.region ?? null;
    // "Pemerintah Kabupaten Kediri": the regency of a name a city bears too.
    if (region && kind) region = regionOfKindNamed(region, kind) ?? null;
    // "pemerintah daerah perlu ...": in lower case and without a region it is local government in general ("pemerintah
    // kota" is the city's, the home region's).
    if (!region && m[1]!.endsWith('emerintah daerah')) continue;
    // "Pemerintah Aceh" (the province's name in UU 11/2006), "Pemerintah Samarinda": a region right after names whose
    // government; "Pemerintah Indonesia", "Pemerintah Malaysia" are a nation's, a body of its own.
    if (!region && m[1] === 'Pemerintah') {
      const country = COUNTRY_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      const form = country ? [3, 2, 1].map((n) => country[1]!.split(/[ \t]+/).slice(0, n).join(' ')).find(isCountryForm) : undefined;
      if (form) hits.push(makeHit(m.index, m.index + m[0].length + country![0].length - country![1]!.length + form.length, `Pemerintah ${COUNTRY_BY_FORM.get(form) ?? form}`, { priority: 3 }));
      continue;
    }
    // "Tim Anggaran Pemerintah Daerah (TAPD)", "Asosiasi Pemerintah Kota Seluruh Indonesia": without a region, after a
    // capitalised word, the words are part of another body's name.
    if (!region && m[1]!.startsWith('Pemerintah ') && UPPER_FIRST.test(wordBefore(text, m.index))) continue;
    // "Gubernur Kaltim ... mengatakan pemerintah provinsi ...": the province the sentence named, before the home one.
    if (!region) region = (kind ? regionInSentenceBefore(text, m.index, kind, regionHits) : null) ?? regionOfKind(home, kind);
    if (!region) continue;
    const end = after && region.name === after.region.name ? after.end : m.index + m[0].length;
    hits.push(makeHit(m.index, end, `Pemerintah ${KIND_LABEL[region.kind]}`, { region, priority: 3 }));
  }
  return hits;
}

/** The home region itself when its kind fits, or its province when a province is asked for. */
export function regionOfKind(home: RegionEntry | null, kind: RegionEntry['kind'] | null): RegionEntry | null {
  if (!home) return null;
  if (!kind || home.kind === kind) return home;
  if (kind === 'province' && home.province) return REGION_BY_CODE.get(home.province) ?? null;
  return null;
}

/** DPRD with its region ("DPRD Kaltim", "DPRD Kota Balikpapan"); a bare DPRD is the home region's. */
function findDprdHits(text: string, home: RegionEntry | null): OrgHit[] {
  const found = [...allMatches(DPRD_RE, text)].map((m) => ({ m, after: regionAfter(text, m.index + m[1]!.length) }));
  // A bare "DPRD" is the one DPRD the text names with its region ("Wakil Ketua DPRD Kaltim X dan Ketua DPRD Y",
  // "REPUBLIKA.CO.ID, MEDAN -- ... Ketua DPRD Sumut ... gedung DPRD"), else the home region's.
  const named = new Set(found.flatMap(({ after }) => (after ? [after.region] : [])));
  const fallback = named.size === 1 ? [...named][0]! : home;
  return found.map(({ m, after }) =>
    makeHit(m.index, after?.end ?? m.index + m[1]!.length, 'DPRD', { acronym: null, region: after?.region ?? fallback, regional: true, priority: 3 }),
  );
}

/** "Pengadilan Tipikor pada Pengadilan Negeri Samarinda": the corruption court sits at the district court of its seat. */
const TIPIKOR_AT_COURT = new RegExp(
  String.raw`${WORD_START}Pengadilan[ \t]+(?:Tindak[ \t]+Pidana[ \t]+Korupsi|Tipikor)(?:[ \t]*\([ \t]*Tipikor[ \t]*\))?(?=[ \t]+pada[ \t]+(?:Pengadilan[ \t]+Negeri(?:[ \t]*\(PN\))?|PN)[ \t]+)`,
  'gu',
);

/** The kinds of school by their short forms, as a pattern source (a state one adds "N" or "Negeri"). */
export const SCHOOL_KINDS = 'SD|SMP|SMA|SMK|SMU|MTs|MI|MA|SLB';
/** A school's level on its own ("MA"), and a lower-case status after it ("swasta", "negeri"): a kind of school. */
const SCHOOL_LEVEL_FORM = new RegExp(`^(?:${SCHOOL_KINDS})$`);
const SCHOOL_STATUS_AFTER = /^[ \t]+(?:negeri|swasta)(?![\p{L}])/u;
/** A school by its kind and number: "SDN 014", "SMA Negeri 1", "SMP Swasta 2", "MTsN 3" (group 1 kind, 2 "N", 3 status). */
const SCHOOL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${SCHOOL_KINDS}|Madrasah Aliyah|Madrasah Tsanawiyah|Madrasah Ibtidaiyah)(N)?(?:[ \t]+(Negeri|Swasta))?(?:[ \t]*\([A-Za-z]{2,5}\))?[ \t]+(?:\d{1,3}|${ROMAN_NUMERAL})(?![\p{L}\p{N}])`,
  'gu',
);
/** The number closing a school's match. */
const SCHOOL_NUMBER_AT_END = new RegExp(`(?:\\d{1,3}|${ROMAN_NUMERAL})$`);
/** A madrasah's kind as it is named in full ("MAN 1 Bone" is Madrasah Aliyah Negeri 1 Bone). */
const MADRASAH_KINDS: Readonly<Record<string, string>> = { MA: 'Madrasah Aliyah', MTs: 'Madrasah Tsanawiyah', MI: 'Madrasah Ibtidaiyah' };

/** Capitalised words one after another from the start (group 1 each word). */
const CAPITALISED_WORDS_AHEAD = /[ \t]+(\p{Lu}[\p{Ll}'’-]+)/gyu;

/**
 * Schools: "SDN 014 Loa Kulu", "SMA Negeri 1 Samarinda", "SD Negeri 007 Long Kali": the kind, its number and the place
 * it is named after (a region, a known kecamatan or desa, or one capitalised word that is no one's name), named as
 * the kind is spelled ("SDN" -> "SD Negeri"). A state school ("Negeri", "N") is a government body.
 */
function findSchoolHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [...findFoundationSchoolHits(text), ...findPrivateSchoolHits(text)];
  for (const m of /SD|SM|MTs|MA|MI|SLB|Madrasah/.test(text) ? allMatches(SCHOOL_RE, text) : []) {
    const state = m[2] === 'N' || m[3] === 'Negeri';
    let end = m.index + m[0].length;
    // The longer of a region and a known kecamatan, desa or town ("Bontang Utara", not the city Bontang).
    const region = regionAfter(text, end);
    const words = allMatches(CAPITALISED_WORDS_AHEAD, text.slice(end, end + 40)).map((w) => w[1]!);
    const known = knownNameLength(words, 0, 'dvt');
    // "SDN Golo Mbeling, X": an unknown place runs over the words no name list holds, up to three (a listed given name
    // opens the head's name: "SDN Golo Yohanes Ngalu").
    // "SD Negeri Golo Mbeling": so it runs on after a known name's words ("Golo" is a desa's).
    const named = words.findIndex((w, k) => k >= known && (isListedName(w) || isDictionaryWord(w.toLowerCase())));
    const place = known > 0 || !region ? words.slice(0, Math.max(known, Math.min(3, named === -1 ? words.length : named))) : [];
    const placeEnd = place.length > 0 ? text.indexOf(place.at(-1)!, end) + place.at(-1)!.length : end;
    end = Math.max(region?.end ?? end, placeEnd);
    // Named as the kind is spelled ("SDN" -> "SD Negeri", "MAN" -> "Madrasah Aliyah Negeri"), its number and place after.
    const number = SCHOOL_NUMBER_AT_END.exec(m[0])![0];
    const rest = text.slice(m.index + m[0].length - number.length, end).replace(/\s+/g, ' ');
    const name = `${MADRASAH_KINDS[m[1]!] ?? m[1]!}${state ? ' Negeri' : m[3] ? ` ${m[3]}` : ''} ${rest}`;
    hits.push(makeHit(m.index, end, name, { government: state, priority: 2 }));
  }
  return hits;
}

/** A school's status or foundation after its kind ("Negeri", "Inpres", "Muhammadiyah", "Islam Terpadu"), as a pattern source. */
const SCHOOL_STATUS_SOURCE = String.raw`Negeri|Swasta|Inpres|Muhammadiyah|Katolik|Kristen|Islam(?:[ \t]+Terpadu)?|IT|Pertiwi|Aisyiyah|Bhayangkari|Kartika`;
/** A status or foundation word alone, or a state school's "N" written apart. */
const SCHOOL_STATUS_WORD = new RegExp(`^(?:${SCHOOL_STATUS_SOURCE}|N)$`);

/**
 * A school named by its kind, its status or foundation and the place or name after it, a number or not: "SD Negeri Sei
 * Hanyo", "SD Muhammadiyah 9 Banjarmasin", "TK Pertiwi Bataguh" (group 1 kind, 2 "N", 3 the status or foundation).
 */
const FOUNDATION_SCHOOL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(SD|SMP|SMA|SMK|MI|MTs|MA|TK)(N)?[ \t]+(${SCHOOL_STATUS_SOURCE})(?:[ \t]+(?:\d{1,3}|${ROMAN_NUMERAL}))?(?=[ \t]+\p{Lu}\p{Ll})`,
  'gu',
);

/** A school's number after its place ("SD Negeri Oesao 1"), not a count of the word in lower case after it ("2 kali"). */
const SCHOOL_NUMBER_AFTER = new RegExp(String.raw`^[ \t]+(?:\d{1,3}|${ROMAN_NUMERAL})(?![\p{L}\p{N}]|[.,]\d|[ \t]+(?!(?:${WORDS_AFTER_NAME_NUMBER})(?![\p{L}]))\p{Ll})`, 'u');

/** Schools numbered or not that SCHOOL_RE leaves: a status without a number, or a foundation's name. */
function findFoundationSchoolHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  for (const m of text.includes('SD') || text.includes('SM') || text.includes('TK') || text.includes('MI') || text.includes('MTs') ? allMatches(FOUNDATION_SCHOOL_RE, text) : []) {
    // "SD Negeri 1 Samarinda" is SCHOOL_RE's.
    if ((m[3] === 'Negeri' || m[3] === 'Swasta') && /\d|[IVX]$/.test(m[0])) continue;
    const end = m.index + m[0].length;
    const words = allMatches(CAPITALISED_WORDS_AHEAD, text.slice(end, end + 40)).map((w) => w[1]!);
    const known = knownNameLength(words, 0, 'dvt');
    // The place it is named after: a known one, or up to two capitalised words no name list holds.
    let count = known;
    if (count === 0) while (count < Math.min(2, words.length) && !isListedName(words[count]!) && !NAME_STOPWORDS.has(words[count]!) && !COUNTRY_BY_FORM.has(words[count]!)) count += 1;
    if (count === 0) continue;
    const last = words[count - 1]!;
    let placeEnd = text.indexOf(last, end + words.slice(0, count - 1).join(' ').length) + last.length;
    // "SD Negeri Oesao 1": a number after the place is the school's.
    if (!/\d|[IVX]$/.test(m[0])) placeEnd += SCHOOL_NUMBER_AFTER.exec(text.slice(placeEnd, placeEnd + 8))?.[0].length ?? 0;
    const written = text.slice(m.index, placeEnd).replace(/\s+/g, ' ');
    const name = m[2] === 'N' ? written.replace(/^(\S+?)N /, `$1 Negeri `) : written;
    hits.push(makeHit(m.index, placeEnd, name, { government: m[2] === 'N' || m[3] === 'Negeri', priority: 2 }));
  }
  return hits;
}

/** A capitalised word of a private school's name, hyphened or with an apostrophe ("Al-Ikhlas", "Ma'arif"). */
const PRIVATE_SCHOOL_WORD = String.raw`\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?`;
/**
 * A private school by its kind and its own name or its foundation's short form: "SMK Bina Putra Cikajang", "MTs
 * Al-Ikhlas", "SD YPK Bethel Entrop" (group 1 the kind, 2 the name, up to four capitalised words or a short form and
 * up to three).
 */
const PRIVATE_SCHOOL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(SD|SMP|SMA|SMK|SMU|MTs|MI)[ \t]+((?:[A-Z]{2,5}|${PRIVATE_SCHOOL_WORD})(?:[ \t]+${PRIVATE_SCHOOL_WORD}){0,3})(?![\p{L}\p{N}'’])`,
  'gu',
);

/**
 * Private schools named by the name of their own ("SMK Bina Putra Cikajang") or of their foundation ("SD YPK Bethel
 * Entrop"), which neither the numbered nor the foundation schools' patterns read: no region, status or foundation word
 * opens the name, and no title or stop word is in it.
 */
function findPrivateSchoolHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  for (const m of /SD|SM|MTs|MI/.test(text) ? allMatches(PRIVATE_SCHOOL_RE, text) : []) {
    const words = m[2]!.split(/[ \t]+/);
    const first = words[0]!;
    if (SCHOOL_STATUS_WORD.test(first)) continue;
    const start = m.index + m[0].length - m[2]!.length;
    if (matchRegionAt(text, start) || COUNTRY_BY_FORM.has(first)) continue;
    // The name ends before a stop word, a title or a body's head ("SMK Bina Putra Kepala ...").
    const kept = words.findIndex((w, i) => i > 0 && (NAME_STOPWORDS.has(w) || TITLE_WORDS.has(w) || matchRegionAt(w, 0)?.end === w.length));
    const nameWords = kept < 0 ? words : words.slice(0, kept);
    if (!namesPrivateSchool(nameWords)) continue;
    const name = nameWords.join(' ');
    hits.push(makeHit(m.index, start + text.slice(start).indexOf(name) + name.length, `${m[1]} ${name}`, { government: false, priority: 2 }));
  }
  return hits;
}

/**
 * Whether the words after a school's kind name a school: a foundation's short form and a name ("YPK Bethel Entrop",
 * not a class "IC"), an Arabic or a saint's name ("Al-Ikhlas", "Santa Maria"), a name closed by a word that is no word
 * of the language ("Bina Putra Cikajang"), or one known place's name ("Kawali"). Not the words of the language alone
 * ("SMA Unggulan", "SMA Tahun Ajaran") nor a name ("Saat SMP Mita ...": a time, then a person).
 */
function namesPrivateSchool(words: readonly string[]): boolean {
  const [first, ...rest] = words;
  if (/^[A-Z]{2,5}$/.test(first!)) return rest.length > 0 && !/^[IVXLC]+$/.test(first!);
  if (/^(?:Al|El|Ar|As|An|At|Ad)-/.test(first!) || /^(?:Santa|Santo|Sancta|Maria|Yos)$/.test(first!)) return true;
  const last = words.at(-1)!;
  if (words.length === 1) return isKnownPlaceName(last) && !isPlainWord(last.toLowerCase()) && !isListedName(last);
  return !isPlainWord(last.toLowerCase()) && !isAffixedWord(last);
}

/**
 * The village cooperatives of the national programme (Inpres 9/2025): "Koperasi Desa Merah Putih Sukadana", "Koperasi
 * Kelurahan Merah Putih (KKMP) Tegal Sari Mandala II" (group 1 the unit word, 2 the short form, 3 the village's name of
 * up to four words and a numeral). The village's name may hold a region's ("Tegal"), which ends no body's name here.
 */
const MERAH_PUTIH_COOPERATIVE_RE = new RegExp(
  String.raw`(?<![\p{L}])Koperasi[ \t]+(Desa|Kelurahan|Kalurahan|Nagari|Gampong|Kampung|Pekon|Tiyuh)[ \t]+Merah[ \t]+Putih(?:[ \t]+\(([A-Z]{3,6})\))?` +
    String.raw`[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}(?:[ \t]+(?:${ROMAN_NUMERAL}|\d{1,2}))?)(?![\p{L}\p{N}])`,
  'gu',
);

/** The programme's village cooperatives, named "Koperasi <unit> Merah Putih <village>" whatever short form the text adds. */
function findMerahPutihCooperativeHits(text: string): OrgHit[] {
  if (!text.includes('Merah Putih')) return [];
  return allMatches(MERAH_PUTIH_COOPERATIVE_RE, text).flatMap((m) => {
    // The village's name ends before a title, a stop word or another unit's word ("... Sukadana Kecamatan Pujut").
    const words = m[3]!.split(/[ \t]+/);
    const cut = words.findIndex((w, i) => i > 0 && (TITLE_WORDS.has(w) || /^(?:Kecamatan|Kabupaten|Kota|Provinsi|Desa|Kelurahan)$/.test(w)));
    const written = (cut < 0 ? words : words.slice(0, cut)).join(' ');
    const end = m.index + m[0].length - m[3]!.length + written.length;
    // "Koperasi Desa Merah Putih Desa Sukadana": the village's unit word said twice is not part of its name.
    const village = words[0] === m[1] && cut !== 1 ? written.slice(m[1]!.length + 1) : written;
    if (!village) return [];
    const name = `Koperasi ${m[1]} Merah Putih ${village}`;
    return [makeHit(m.index, end, name, { government: false, acronym: m[2] ?? null, priority: 3 })];
  });
}

/** A football association of a region: "Askot PSSI", "Asosiasi Provinsi (Asprov) PSSI" (group 2 or 3 the short form). */
const FOOTBALL_ASSOCIATION_RE = /(?<![\p{L}])(?:Asosiasi[ \t]+(Kota|Kabupaten|Provinsi)[ \t]+\((Askot|Askab|Asprov)\)|(Askot|Askab|Asprov))[ \t]+PSSI(?![\p{L}])/gu;

/**
 * "Askot PSSI Kota Pontianak", "Asosiasi Provinsi (Asprov) PSSI Kalimantan Barat": PSSI's association of a region,
 * named by its short form and region, no mention of the national PSSI.
 */
function findFootballAssociationHits(text: string): OrgHit[] {
  if (!text.includes('PSSI')) return [];
  return allMatches(FOOTBALL_ASSOCIATION_RE, text).map((m) => {
    const after = regionAfter(text, m.index + m[0].length);
    return makeHit(m.index, after?.end ?? m.index + m[0].length, `${m[2] ?? m[3]!} PSSI`, { region: after?.region ?? null, government: false, priority: 3 });
  });
}

/** The corruption court named by the district court it sits at, with that court's seat. */
function findTipikorAtCourtHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  for (const m of allMatches(TIPIKOR_AT_COURT, text)) {
    // "pada Pengadilan Negeri (PN) Makassar": the district court's short form may stand before its seat.
    const court = /^[ \t]+pada[ \t]+(?:Pengadilan[ \t]+Negeri(?:[ \t]*\(PN\))?|PN)[ \t]+/.exec(text.slice(m.index + m[0].length))!;
    const seat = matchRegionAt(text, m.index + m[0].length + court[0].length);
    if (seat) hits.push(makeHit(m.index, m.index + m[0].length, 'Pengadilan Tindak Pidana Korupsi', { region: seat.region, priority: 2 }));
  }
  return hits;
}

/** The short names of units named after their seat ("Polres", "Kodim", "Kejari", "Setda", "BPBD"): no one's name. */
export const UNIT_SHORT_NAMES = new Set([
  ...Object.values(UNIT_NAME).filter((name) => !name.includes(' ')),
  ...['Kejari', 'Kejati', 'Lapas', 'Rutan', 'Bapas', 'Lanal', 'Lanud', 'Lantamal'],
  ...REGIONAL_UNIT_BY_ABBR.keys(),
]);

/** Short forms that name a unit only before a known region ("PN Samarinda", "PA Makassar", "PTUN Samarinda"). */
const SEAT_ONLY_UNITS = new Set(['PN', 'PA', 'PTUN']);

/** Military commands, numbered. */
const MILITARY_COMMANDS = new Set(['Kodam', 'Korem', 'Kodim', 'Koramil', 'Yonif', 'Koarmada']);

/** Police and military commands: "Polda Metro Jaya", "Polresta Balikpapan", "Kodam VI/Mulawarman", "Kodim 1501". */
function findCommandHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  for (const m of allMatches(POLICE_RE, text)) {
    // "Kejari Samarinda Moh Rizky Pradana": a unit named by its region ends there; the name after it is a person's.
    // A number alone names a military command ("Kodim 1501", "Korem 091"), never a police unit nor a year.
    const unit = m[1]!.replace(/[ \t]+/g, ' ');
    const short = UNIT_NAME[unit] ?? unit;
    if (/^[\dIVXL]+$/.test(m[2]!) && (!MILITARY_COMMANDS.has(short) || /^(?:19|20)\d\d$/.test(m[2]!))) continue;
    const tailAt = m.index + m[0].length - m[2]!.length;
    // "Polsek Samarinda Ulu", "Koramil Sungai Kunjang": a sector's unit is named after its kecamatan, which may open with
    // its city's name; the kecamatan is the seat, not the city.
    const district = DISTRICT_UNITS.has(short) ? districtAt(m[2]!) : '';
    const regionTail = district || cutAfterRegion(trimNameTail(m[2]!), true);
    // "Pengadilan Negeri Tenggarong Budi Santoso": a unit seated in a town no region list names ends at the town.
    const town = regionTail && !matchRegionAt(regionTail, 0) ? branchTown(text, tailAt - 1) : null;
    const tail = town && town.end < tailAt + regionTail.length ? text.slice(tailAt, town.end) : regionTail;
    if (!tail) continue;
    // "Pengadilan Negeri Kelas IA Samarinda" is "Pengadilan Negeri Samarinda": the class is no part of the name.
    const seat = tail.replace(CLASS_BEFORE_SEAT, '');
    const region = matchRegionAt(seat, 0);
    const seated = (region !== null && region.end === seat.length) || (town !== null && tailAt + tail.length === town.end);
    // "PN Samarinda": a court's two-letter short form names a court only before its seat.
    if (!seated && SEAT_ONLY_UNITS.has(m[1]!)) continue;
    // "PA" names a religious court only in a story that names one ("Persaudaraan Alumni" is a PA too).
    if (m[1] === 'PA' && !text.includes('Pengadilan Agama')) continue;
    // "Polresta Sorong Kota", "Polres Bima Kota": a resort named "<name> Kota" is the city's, beside the regency's.
    const cityResort =
      RESORT_UNITS.has(short) && region && region.end === seat.length && regionOfKindNamed(region.region, 'city') && CITY_WORD_AFTER.test(text.slice(tailAt + tail.length, tailAt + tail.length + 6));
    const label = cityResort ? `${seat} Kota` : region && region.end === seat.length ? displayRegionName(region.region) : seat;
    // "Pengadilan Negeri (PN) Lhoksukon": the short form in parentheses stays inside the mention.
    const end = tailAt + tail.length + (cityResort ? ' Kota'.length : 0);
    hits.push(makeHit(m.index, end, `${short} ${label}`, { ...(seated ? { seated } : {}), priority: 2 }));
  }
  return hits;
}

/** The police resorts, which a city and a regency of one name each have ("Polres Bima Kota", "Polres Bima"). */
const RESORT_UNITS = new Set(['Polres', 'Polresta']);
/** " Kota" after a resort's seat, ending the word. */
const CITY_WORD_AFTER = /^ Kota(?![\p{L}])/u;

/** The units named after the kecamatan they serve. */
const DISTRICT_UNITS = new Set(['Polsek', 'Koramil']);

/** The known kecamatan of two words or more a run opens with ("Samarinda Ulu Iptu X" -> "Samarinda Ulu"), or ''. */
function districtAt(run: string): string {
  const words = run.split(/[ \t]+/);
  const length = knownNameLength(words, 0, 'd');
  return length >= 2 ? words.slice(0, length).join(' ') : '';
}

/** Companies (PT X, CV X, X Tbk), parties, universities, districts and villages. */
function findNamedBodyHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  const companies = [...allMatches(COMPANY_RE, text)];
  // "PT Kaltim Prima Coal (KPC)": an acronym of the whole run after it says the run is the name, given names and all.
  const spelledAt = companies.map((m) => spellsAcronym(m[1]!, text.slice(m.index + m[0].length, m.index + m[0].length + 12)));
  // "PT Minahasa Permai Resort Development (MPRD)": the acronyms the text gives its companies.
  const spelledHere = new Set(companies.flatMap((m, i) => (spelledAt[i] ? [initialsOf(m[1]!)] : [])));
  for (const [i, m] of companies.entries()) {
    const spelled = spelledAt[i]!;
    // "PT KPC Yordan Kalalo", "PT Pupuk Kaltim": a known company ends the name there and gives its canonical name; so
    // does an acronym the text gave a company ("PT MPRD Stenly Wowor").
    const known = spelled ? null : knownCompanyPrefix(m[1]!);
    // "PT Pelni Cabang Makassar": a branch of a listed company is read by the agency finder, as "Pelni Cabang Makassar" is.
    if (known?.branch) continue;
    const firstWord = m[1]!.split(/[ \t]+/)[0]!;
    const ownAcronym = !known && !spelled && spelledHere.has(firstWord) && firstWord !== m[1] ? firstWord : null;
    // "PT Agro Sawit Pasaman Lestari": a word companies end in goes on past a region as the name's last word.
    // "PT Sinar Konawe Metalindo": so does a coined last word no name list or dictionary holds, where a person's
    // name would show a listed word.
    const lastWord = m[1]!.slice(m[1]!.lastIndexOf(' ') + 1);
    const coined = (word: string): boolean => word === lastWord && !isListedName(word) && !isDictionaryWord(word.toLowerCase()) && !matchRegionAt(word, 0);
    // "PT Jambi Prima Logistik": so does such a word where the run ends in one too, or in a word of the language.
    const companyEnd = COMPANY_END_WORDS.has(lastWord) || goesOnCompanyName(lastWord);
    const goesOn = (word: string): boolean => goesOnCompanyName(word) || (COMPANY_END_WORDS.has(word) && (m[1]!.endsWith(word) || companyEnd)) || coined(word);
    // "PT Graha Lestari Properti Tbk": the listed company's mark closes the name; no person's name stands before it.
    const listed = /[ \t]Tbk\.?$/.test(m[0]);
    const name = known?.form ?? ownAcronym ?? (spelled || listed ? m[1]! : cutAfterRegion(cutNameRun(trimNameTail(m[1]!, COMPANY_NAME_WORDS), false), false, goesOn));
    if (!name) continue;
    // "PT Astra Otoparts Tbk": the listed company's mark ends the mention.
    const tbk = listed && (!known || known.form === m[1]);
    const full = `${/^(?:CV|UD)/.test(m[0]) ? m[0].slice(0, 2) : 'PT'} ${name}${tbk ? ' Tbk' : ''}`;
    const end = tbk ? m.index + m[0].replace(/\.$/, '').length : m.index + m[0].indexOf(name) + name.length;
    const entry = known?.entry;
    hits.push(makeHit(m.index, end, entry?.name ?? full, { government: entry?.government ?? false, acronym: entry?.acronym ?? null, aliases: entry?.aliases ?? [] }));
  }
  // The pattern only matches before its word "Tbk": a text without it skips the scan.
  for (const m of text.includes('Tbk') ? allMatches(TBK_RE, text) : []) {
    // "Direktur PT Astra Otoparts Tbk": the PT form above already holds the company.
    if (/(?:^|[ \t])(?:PT|CV)\.?[ \t]/.test(m[0])) continue;
    hits.push(makeHit(m.index, m.index + m[0].length, m[0], { government: false }));
  }
  for (const m of allMatches(NAMED_BODY_RE, text)) {
    const government = ADMINISTRATION_HEADS.has(m[1]!);
    // "Universitas Kristen Indonesia", "Universitas Islam Indonesia": a body's name may end in "Indonesia".
    const known = knownPrefix(m[1]!, trimNameTail(m[2]!, government ? NO_WORDS : COMPANY_NAME_WORDS));
    // "Politeknik Negeri Samarinda Ibayasid": a body named with its region ends there; the name after is a person's,
    // as it is from a given name on before another name word ("Universitas Al Azhar Indonesia Ujang Komarudin").
    // "UIN Syarif Hidayatullah Jakarta", "UIN Siber Syekh Nurjati Cirebon": a state Islamic university bears a
    // scholar's name, given names and all, up to its town.
    const upToTown = STATE_ISLAMIC_HEADS.has(m[1]!) && known !== null ? cutAfterRegion(known) : null;
    const islamic = upToTown !== null && upToTown !== known;
    let name = known && !government ? (islamic ? upToTown : cutAfterRegion(cutNameRun(known, false))) : known;
    const last = name?.match(/[ \t](\S+)$/);
    const nameAfter = /^[ \t]+[A-Z][a-z]/.test(text.slice(m.index + m[1]!.length + 1 + (name?.length ?? 0)));
    if (name && last && !government && !islamic && isGivenName(last[1]!) && nameAfter) name = name.slice(0, last.index);
    if (!name) continue;
    // "Universitas Islam Negeri (UIN) Siber Syekh Nurjati Cirebon": the short form in parentheses stands between the
    // kind and the university's own name; the body is the university ("UIN Siber Syekh Nurjati Cirebon"), not the kind.
    const kindEnd = m.index + m[1]!.length + 1 + name.length;
    const kindForm = /^[ \t]*\((UIN|IAIN|STAIN)\)[ \t]+(?=\p{Lu})/u.exec(text.slice(kindEnd, kindEnd + 12));
    const own = kindForm && STATE_ISLAMIC_KINDS[kindForm[1]!] === `${m[1]} ${name}` ? matchAt(OWN_NAME_AT, text, kindEnd + kindForm[0].length)?.[0] : undefined;
    const ownName = own ? cutAfterRegion(own) : '';
    if (ownName) {
      hits.push(makeHit(m.index, kindEnd + kindForm![0].length + ownName.length, `${kindForm![1]} ${ownName}`, { government: false, aliases: [`${m[1]} ${name} ${ownName}`] }));
      continue;
    }
    // "Bidang Kehormatan Partai Sumarno Hadiwijoyo": a party no list knows named like a person is that person after a title.
    if (m[1] === 'Partai' && /\s/.test(name) && isListedName(name.split(/[ \t]+/)[0]!) && !AGENCY_BY_FORM.has(`Partai ${name}`)) continue;
    // "Desa Gondang" is a place; only "Kantor / Pemerintah / pihak Desa Gondang" is the administration.
    if (government && !ADMIN_BODY_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "Pemerintah Desa Mataue", "Pemerintah Kalurahan Glagah": the administration is named so, its word and all.
    const pemerintah = government ? /Pemerintah[ \t]+$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0] : undefined;
    const start = m.index - (pemerintah?.length ?? 0);
    hits.push(makeHit(start, m.index + m[1]!.length + 1 + name.length, `${pemerintah ? 'Pemerintah ' : ''}${m[1]} ${name}`, { government }));
  }
  return hits;
}

/** Whether `after` opens with "(ACR)" whose letters are the initials of the words of `run` ("Kaltim Prima Coal" / KPC). */
function spellsAcronym(run: string, after: string): boolean {
  const acronym = ACRONYM_IN_PARENTHESES_AT.exec(after)?.[1];
  return acronym !== undefined && initialsOf(run) === acronym;
}

/**
 * The known company the run after "PT" names: the whole run ("Pupuk Kaltim"), or its start where a person's name
 * follows: after a company acronym ("KPC Yordan Kalalo" -> "KPC") or before a listed given name ("Pupuk Kaltim Budi
 * Santoso"), or before its branch word (`branch`: "Pelni Cabang Makassar"). Null otherwise ("Angkasa Pura II",
 * "Pertamina Patra Niaga" go on past the known "Angkasa Pura", "Pertamina").
 */
function knownCompanyPrefix(run: string): { form: string; entry: AgencyEntry; branch: boolean } | null {
  const words = run.split(/[ \t]+/);
  for (let k = words.length; k >= 1; k -= 1) {
    const form = words.slice(0, k).join(' ');
    const entry = AGENCY_BY_FORM.get(`PT ${form}`) ?? AGENCY_BY_FORM.get(form);
    if (!entry || (entry.kind !== 'company' && entry.kind !== 'state-company')) continue;
    const next = words[k];
    const personAhead = next !== undefined && /^[A-Z][a-z]/.test(next) && (ACRONYM.test(form) || isListedName(next));
    const branch = next === BRANCH_WORD;
    return next === undefined || personAhead || branch ? { form, entry, branch } : null;
  }
  return null;
}

/**
 * The word that opens a company's branch after its name ("PT Pelni Cabang Makassar"). "Regional" and "Wilayah" stay in
 * the name: "PT Pelindo Regional 4", "Pertamina Patra Niaga Regional Papua Maluku" are units named so.
 */
const BRANCH_WORD = 'Cabang';

/** A lower-case word after a unit's short form that makes it the kind of unit in general ("RSUD kabupaten"). */
const GENERIC_UNIT_AFTER = /^[ \t]+(?:kabupaten|kota|provinsi|setempat|terdekat|daerah|se-\p{L}+|sekabupaten|sekota|seprovinsi)(?![\p{L}])/u;

/** The run after a head cut to the longest known body it starts with ("Partai Golkar Airlangga Hartarto" -> "Golkar"). */
function knownPrefix(head: string, run: string): string {
  const words = run.split(' ');
  for (let k = words.length; k >= 1; k -= 1) if (AGENCY_BY_FORM.has(`${head} ${words.slice(0, k).join(' ')}`)) return words.slice(0, k).join(' ');
  return run;
}

/** An English name goes on after its tail word with "of ...": "London Academy of Music and Dramatic Art". */
const OF_CONTINUATION = `(?:[ \\t]+${ofContinuation(`[A-Z]${wordChar("'’")}*`)})?`;
/** "Kiwoom Sekuritas Indonesia", "Samsung Group Asia": a firm's country or continent after its tail word is its name's. */
const TAIL_AREA = '(?:[ \\t]+(?:Indonesia|Asia))?';
// "Indonesian Hotel and Restaurant Association": "and" may join two capitalised words of the name.
const TAIL_RE = new RegExp(
  `${WORD_START}((?:[A-Z]${wordChar("&'’-")}*[ \\t]+(?:(?:and|&)[ \\t]+(?=[A-Z]))?){1,4})(${BODY_TAIL_SOURCE})${OF_CONTINUATION}${TAIL_AREA}${WORD_END}`,
  'gu',
);
const mentionsBodyTail = anyWordGate(BODY_TAIL_SOURCE.split('|'));

/** The words of a work before "Center" that make it an institution, no place or building ("Research", "Disaster"). */
const CENTER_OF_WORK_WORDS: ReadonlySet<string> = new Set(centerOfWorkWords);

/** Honorifics and initials with their periods right before a name ("Dr. H. Moh. "). */
const NAMESAKE_MARKS_BEFORE = /(?:(?:Dr|dr|H|Hj|Moh|Muh|Prof|Ir|[A-Z])\.[ \t]+)+$/;

/** Names that end in an organization word: "Recording Academy", "Screenplay Production", "Jawa Pos Grup". */
function findTailWordHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  if (!mentionsBodyTail(text)) return hits;
  for (const m of allMatches(TAIL_RE, text)) {
    // "State-Owned Enterprises Minister": a ministry's English field before its minister, no company.
    if (/^[ \t]+Minist(?:er|ry)(?![\p{L}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    // "Indonesia-Canada Comprehensive Economic Partnership": a trade pact, no body.
    if (m[2] === 'Partnership' && /Economic[ \t]+$/.test(m[1]!)) continue;
    // "Muhammadiyah Disaster Management Center", "Carter Research Center": a center of a work is a body; a center
    // named after a place or a firm ("Jakarta Convention Center", "Staples Center") is a place the place finder reads.
    if ((m[2] === 'Center' || m[2] === 'Centre') && !m[1]!.trim().split(/[ \t]+/).some((w) => CENTER_OF_WORK_WORDS.has(w))) continue;
    // "the Confederation of Indonesian Workers Union (KSPI)": a run after "of" that a known body's short form follows is
    // the tail of that body's English name; the agency finder reads the body.
    const ownForm = ACRONYM_IN_PARENTHESES_AT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 14))?.[1];
    if (ownForm && AGENCY_BY_FORM.has(ownForm) && /(?:^|[ \t])of[ \t]+$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // Start at the first word that can open a name (not "Presiden", "Direktur", a role such as "Striker", a region,
    // nor a sentence's noun such as "Pertandingan Borneo FC"; nor an officer's field: "Head of Corporate
    // Communications Lion Air Group").
    const words = m[1]!.trim().split(/[ \t]+/);
    let skip = 0;
    // "Osaka-based Nakamura Heavy Industries", "South Korea's Daeyang Shipbuilding": where a firm is from is no part
    // of its name.
    const opensNoName = (word: string): boolean =>
      TITLE_WORDS.has(word) || NAME_STOPWORDS.has(word) || CAPITALISED_ROLES.has(word) || ENGLISH_OFFICE_FIELDS.has(word) || isDerivedNoun(word) || /-based$|['’]s$|^(?:and|&|dan)$/.test(word);
    while (skip < words.length && opensNoName(words[skip]!)) skip += 1;
    // "Talent Acquisition Lead Kalla Group": an English officer's title of capitalised words before the company's name.
    const officer = words.findLastIndex((w, k) => k < words.length - 1 && ENGLISH_OFFICER_TITLE_END.has(w) && words.slice(skip, k).every((v) => isEnglishWord(v.toLowerCase())));
    if (officer >= skip) skip = officer + 1;
    // "Direktur Operasional Borneo FC": a title's field right after the title is the title's, no word of the name.
    const titleBefore = skip > 0 ? words[skip - 1]! : wordBefore(text, m.index);
    if (skip < words.length - 1 && ORG_WORDS.has(words[skip]!) && TITLE_WORDS.has(titleBefore)) skip += 1;
    // "Stop TB Partnership Indonesia (STPI)": a short form after the name that spells the skipped words too takes them.
    const spelledBy = skip > 0 ? /^[ \t]*\(([A-Z]{2,8})\)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[1] : undefined;
    if (spelledBy && initialsOf(`${words.join(' ')} ${m[2]!}`) === spelledBy) skip = 0;
    // "South Korea's Daeyang Shipbuilding": the name starts after the last word of where it is from.
    const from = words.findLastIndex((w) => /-based$|['’]s$/.test(w));
    if (from >= skip) skip = from + 1;
    // "Obayashi Corporation and Mitsubishi Heavy Industries": "and" after a name's own tail word joins two names.
    const joined = words.findLastIndex((w, k) => w === 'and' && k > skip && ORG_TAIL_WORDS.has(words[k - 1]!));
    if (joined > skip) {
      const first = m.index + m[1]!.indexOf(words[skip]!, words.slice(0, skip).join(' ').length);
      const last = m.index + m[1]!.lastIndexOf(' and ', m[1]!.indexOf(words[joined + 1]!, words.slice(0, joined + 1).join(' ').length));
      hits.push(makeHit(first, last, text.slice(first, last).replace(/\s+/g, ' '), { government: false }));
      skip = joined + 1;
    }
    // "The Indonesian Ulema Council": a known body's English name after "The" is that body, the article no part of it;
    // so is the article opening a sentence before any other ("The Semarang Legal Aid Institute (LBH Semarang) said").
    // Inside a sentence "The" is written as a part of a name ("and The Style Council", "aset dari The Walt Disney Company").
    // "Denpasar, Bali (ANTARA) - The Bali Provincial Sports Committee": a dateline's dash opens the story's sentence.
    const opensSentence = skip === 0 && (m.index === sentenceStartBefore(text, m.index + 1) || (words[0] === 'The' && m.index === findDatelineSpan(text)?.end));
    if (words[skip] === 'The' && skip + 1 < words.length && (opensSentence || AGENCY_BY_FORM.has(`${words.slice(skip + 1).join(' ')} ${m[2]!}`))) skip += 1;
    // "Gol Borneo FC dicetak ...": a word of the language opening the sentence before a name the text writes alone too.
    if (skip === 0 && words.length > 1 && m.index === sentenceStartBefore(text, m.index + 1) && isPlainWord(words[0]!)) {
      const rest = `${words.slice(1).join(' ')} ${m[2]!}`;
      const here = m.index + words[0]!.length + 1;
      if (text.indexOf(rest) !== here || text.indexOf(rest, here + 1) !== -1) skip = 1;
    }
    // '"Our TC Hillers Regional Hospital ...': an English pronoun or article opens no name.
    while (skip < words.length && ENGLISH_FUNCTION_WORDS.has(words[skip]!)) skip += 1;
    if (skip === words.length) continue;
    let start = m.index + m[1]!.indexOf(words[skip]!, words.slice(0, skip).join(' ').length);
    const end = m.index + m[0].length;
    // "the Dr. H. Moh. Anwar Regional Hospital": a hospital's namesake keeps the honorifics and initials before it.
    const hospital = m[2] === 'Hospital';
    if (hospital && skip === 0) start -= NAMESAKE_MARKS_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[0].length ?? 0;
    const name = text.slice(start, end).replace(/\s+/g, ' ');
    // "Adam Malik General Hospital", "TC Hillers Regional Hospital": a state or regional hospital (RSUP, RSUD).
    // "Budget Committee": a legislature's organ in English is a government body, as "Badan Anggaran" is.
    const state = (hospital && /(?:Regional|General|Provincial|District|Central)[ \t]+Hospital$/.test(name)) || LEGISLATURE_BODY_AT.test(name);
    hits.push(makeHit(start, end, name, { government: state }));
  }
  return hits;
}

/** The last word of an English officer's title written capitalised ("Talent Acquisition Lead", "Area Manager"). */
const ENGLISH_OFFICER_TITLE_END: ReadonlySet<string> = new Set(['Lead', 'Manager', 'Head', 'Director', 'Officer', 'Coordinator', 'Specialist', 'Supervisor']);

const TEAM_RE = new RegExp(String.raw`${WORD_START}(Tim|tim)[ \t]+([A-Z]${wordChar("'’-")}*(?:[ \t]+[A-Z]${wordChar("'’-")}*){0,3})`, 'gu');

/**
 * Named teams: "Tim Saber Pungli", "tim Project Zero" (the lower-case "tim" is not part of the name). A team of a body
 * another finder reads ("Tim KPK", "Tim BPBD Samarinda") is that body at work, no team of its own.
 */
function findTeamHits(text: string, bodies: readonly OrgHit[]): OrgHit[] {
  const hits: OrgHit[] = [];
  for (const m of allMatches(TEAM_RE, text)) {
    const runStart = m.index + m[0].length - m[2]!.length;
    if (bodies.some((b) => b.start === runStart)) continue;
    // "Komandan Tim Rescue Kantor SAR Banjarmasin": a team of a body another finder reads inside its run is that
    // body's team, no body of its own.
    if (m[1] === 'Tim' && bodies.some((b) => b.start > runStart && b.start < m.index + m[0].length && b.priority >= 2)) continue;
    // "Tim Satuan Reserse Kriminal (Satreskrim) Polres Muaro Jambi": a police unit at work, read by its own finder.
    if (POLICE_UNIT_START.test(m[2]!)) continue;
    // "Tim Penggerak PKK Kaltim Sarifah Suraidah": a team named after its region ends there.
    let run = cutAfterRegion(trimNameTail(m[2]!));
    // "Tim Penggerak PKK Desa Jembayan Tengah": a desa's name of two words goes on past the pattern's four.
    const unit = /(?:Desa|Kelurahan|Kecamatan|Kampung)[ \t]+(\p{Lu}\p{Ll}+)$/u.exec(run);
    const more = unit && run === m[2] ? /^[ \t]+(\p{Lu}\p{Ll}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24)) : null;
    if (more && isKnownPlaceName(`${unit![1]} ${more[1]}`)) run += more[0];
    if (!run || matchRegionAt(run, 0)?.end === run.length || COUNTRY_BY_FORM.has(run)) continue;
    // "Tim SAR gabungan": a team named by a common abbreviation is a kind of team at work, no body.
    if (COMMON_ABBREVIATIONS.has(run)) continue;
    const capital = m[1] === 'Tim';
    const start = capital ? m.index : m.index + m[0].length - m[2]!.length;
    const end = m.index + m[0].length - m[2]!.length + run.length;
    // "Tim Penyelesaian Konflik Agraria Kabupaten Paser": a team named with its region is that region's government's,
    // its short form between or not ("Tim Percepatan Penurunan Stunting (TPPS) Kabupaten Manokwari").
    const own = capital ? /^[ \t]*\(([A-Z][A-Za-z]{1,9})\)/.exec(text.slice(end, end + 14)) : null;
    const after = capital ? regionAfter(text, end + (own?.[0].length ?? 0)) : null;
    hits.push(
      makeHit(start, after?.end ?? end, capital ? `Tim ${run}` : run, {
        government: after !== null,
        ...(after && own ? { acronym: own[1]! } : {}),
        ...(after ? { region: after.region, regional: true } : {}),
      }),
    );
  }
  return hits;
}

const NO_WORDS: ReadonlySet<string> = new Set();
/**
 * Words that end a person's name or a sentence but belong to company names ("PT Hutchison 3 Indonesia", "PT Pos
 * Indonesia", "PT Bara Sumber Lestari", "PT Mitra Dana Sejahtera", "PT Jaya Makmur Bersama").
 */
const COMPANY_NAME_WORDS: ReadonlySet<string> = new Set([
  'Indonesia', 'Nusantara', 'Asia', 'Internasional', 'International', 'Group', 'Grup', 'Persero', 'Sumber', 'Dana', 'Harta', 'Baru', 'Bersama',
]);

/**
 * Drop trailing stopwords, ranks and the honorifics of a name after the run from a run of capitalised words ("Metro
 * Jaya Irjen" -> "Metro Jaya", "Semen Tonasa Ir." -> "Semen Tonasa").
 */
function trimNameTail(run: string, keep: ReadonlySet<string> = NO_WORDS): string {
  const words = run.split(/[ \t]+/);
  // "PT Layar Kita Digital": a company's run that ends in a word companies end in keeps the sentence words inside it.
  const companyWhole = keep === COMPANY_NAME_WORDS && COMPANY_END_WORDS.has(words.at(-1)!);
  const cut = words.findIndex((w, i) => i > 0 && !keep.has(w) && (RANKS.has(w) || (NAME_STOPWORDS.has(w) && !companyWhole) || (w.endsWith('.') && HONORIFICS.has(w))));
  const kept = cut === -1 ? words : words.slice(0, cut);
  return kept.join(' ').replace(TRAILING_NOISE, '');
}

/** Keep the best non-overlapping hits: earlier first, then longer, then higher priority. */
function selectHits(hits: OrgHit[]): OrgHit[] {
  const ranked = [...hits].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: OrgHit[] = [];
  for (const hit of ranked) {
    if (!overlapsAny(hit, kept)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** An all-capitals acronym and an opening parenthesis right before a name. */
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}])([A-Z]{2,8})[ \t]*\([ \t]*$/u;

/** Whether an acronym is the initials of a name's capitalised words ("HKTI" / "Himpunan Kerukunan Tani Indonesia"). */
function spellsInitials(acronym: string, name: string): boolean {
  return initialsOf(name, true) === acronym;
}

/**
 * Whether words in parentheses are a body's short form: one word, or two that are each in capitals or no word of the
 * language and no region ("Satpol PP", "Dinkes Dukcapil"; not "Penumpang Tradisional" nor "Disdik Kaltim").
 */
function isShortForm(form: string): boolean {
  const words = form.split(/[ \t]/);
  if (words.length === 1) return true;
  const shortWord = (w: string): boolean => /^[A-Z0-9]+$/.test(w) || !isDictionaryWord(w.toLowerCase());
  return words.every(shortWord) && matchRegionAt(words[1]!, 0)?.end !== words[1]!.length;
}

/** Kinds of listed bodies that sit in one place: a region after their name is their seat, no branch. */
const SINGLE_SITE_KINDS = new Set(['university', 'hospital']);

/** Bind "Name (ACR)": the acronym belongs to the name before it and the mention spans both. */
function bindAcronyms(text: string, hits: OrgHit[]): OrgHit[] {
  for (const hit of hits) {
    // "HKTI (Himpunan Kerukunan Tani Indonesia)": the acronym may come first, the name in parentheses after it.
    const first = ACRONYM_BEFORE.exec(text.slice(Math.max(0, hit.start - 16), hit.start))?.[1];
    if (first && !hit.acronym && /^[ \t]*\)/.test(text.slice(hit.end, hit.end + 3)) && spellsInitials(first, text.slice(hit.start, hit.end))) {
      hit.acronym = first;
    }
    // "Badan Narkotika Nasional Kota (BNNK) Balikpapan": a national body's local unit, named by its level and the
    // unit's own acronym, is that unit.
    const level = /^[ \t]+(?:Kota|Kabupaten|Provinsi)(?=[ \t]*\()/.exec(text.slice(hit.end, hit.end + 14));
    const unit = level ? REGIONAL_UNIT_BY_ABBR.get(matchAt(BOUND_ACRONYM, text, hit.end + level[0].length)?.[1] ?? '') : undefined;
    if (level && unit?.name.startsWith(`${hit.base} `)) {
      hit.base = unit.name;
      hit.regional = true;
      hit.end += level[0].length;
    }
    // "Kantor Perwakilan Bank Indonesia (KPw BI) Kaltim": a short form of the office ending in the body's acronym.
    const officeForm = hit.acronym ? /^[ \t]*\([A-Z][A-Za-z]{1,5}[ \t]+([A-Z]{2,8})\)/.exec(text.slice(hit.end, hit.end + 20)) : null;
    if (officeForm?.[1] === hit.acronym && !hit.region) {
      hit.end += officeForm[0].length;
      const after = regionAfter(text, hit.end);
      if (after) ({ region: hit.region, end: hit.end } = { region: after.region, end: after.end });
      continue;
    }
    // "PT Mahakam Bara Sentosa Tbk. (MBSA)": the listed company's mark may keep its period before the short form.
    const tbkStop = text[hit.end] === '.' && text.slice(hit.end - 3, hit.end) === 'Tbk' && matchAt(BOUND_ACRONYM, text, hit.end + 1) ? 1 : 0;
    const m = matchAt(BOUND_ACRONYM, text, hit.end + tbkStop);
    // "Pangkalan TNI Angkatan Laut (Lanal) Balikpapan": a base of the force, named by its command's short form and
    // its seat, is that base ("Lanal Balikpapan"), not the force with a region.
    // The commander's short form names the base too: "Komandan Pangkalan TNI AL (Danlanal) Balikpapan".
    const command = m ? (m[1]!.startsWith('Dan') ? capitalize(m[1]!.slice(3)) : m[1]!) : '';
    const seat = COMMAND_SHORT_FORMS.has(command) ? regionAfter(text, hit.end + tbkStop + m![0].length) : null;
    // "Pangkalan TNI AL Bitung", "Pangkalan TNI AL (Danlanal) Balikpapan" read with its seat already: the word for a
    // base before the naval or air force, and a seat. The word is looked for only where a base may be named.
    const lead = seat || (hit.region && FORCE_BASES.has(hit.base)) ? /Pangkalan[ \t]+$/.exec(text.slice(Math.max(0, hit.start - 12), hit.start)) : null;
    const forceBase = lead && hit.region && !seat ? FORCE_BASES.get(hit.base) : undefined;
    if (seat || forceBase) {
      const inside = /\((?:Dan)?(Lanal|Lanud|Lantamal)\)/.exec(text.slice(hit.start, hit.end))?.[1];
      const region = seat?.region ?? hit.region;
      Object.assign(hit, { base: seat ? command : inside ?? forceBase!, region, acronym: null, aliases: [], start: hit.start - (lead?.[0].length ?? 0), end: seat?.end ?? hit.end });
      continue;
    }
    // "PT PLN (Persero)": a legal form or another common abbreviation in parentheses is no short form of the body.
    // "Dewan Pengupahan Kota (DPK) Batam": a common abbreviation (DPK, dana pihak ketiga) spelling the name is its short form.
    if (!m || REGION_ALIAS.has(m[1]!.toLowerCase()) || !isShortForm(m[1]!) || (COMMON_ABBREVIATIONS.has(m[1]!) && !spellsInitials(m[1]!, hit.base))) continue;
    if (hit.acronymOnly) continue;
    hit.acronym = m[1]!;
    hit.spelled = true;
    hit.end += tbkStop + m[0].length;
    // "Gerakan Pemuda (GP) Ansor Malinau": the word after the short form may finish a listed body's name ("GP Ansor").
    const nameEnd = /^[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}])/u.exec(text.slice(hit.end, hit.end + 24));
    // "Pimpinan Wilayah Gerakan Pemuda (PW GP) Ansor Jatim": a short form led by its board's level ("PW") finishes it too.
    const ownForm = m[1]!.split(/[ \t]/).at(-1)!;
    const finished = nameEnd ? AGENCY_BY_FORM.get(`${m[1]!} ${nameEnd[1]!}`) ?? AGENCY_BY_FORM.get(`${ownForm} ${nameEnd[1]!}`) : undefined;
    if (finished && finished.name.startsWith(`${hit.base} `)) {
      hit.base = finished.name;
      hit.acronym = finished.acronym;
      hit.end += nameEnd![0].length;
    }
    // "Center of Reform on Economics (CORE) Indonesia": a body whose list names it with "Indonesia" after its short
    // form keeps the word, and the name after it is a person's.
    const indonesia = /^[ \t]+Indonesia(?![\p{L}])/u.exec(text.slice(hit.end, hit.end + 12));
    if (indonesia && AGENCY_BY_LOWER_NAME.get(hit.base.toLowerCase())?.aliases.includes(`${m[1]!} Indonesia`)) hit.end += indonesia[0].length;
    // "Badan Penanggulangan Bencana Daerah (BPBD) Jatim", "Bank Indonesia (BI) Perwakilan Kaltim": the region may
    // follow the acronym, after the word for a branch or not.
    // A listed university or hospital has one seat and no branches: "Universitas Mulawarman (Unmul) Samarinda" is
    // Universitas Mulawarman, as it is without the acronym.
    const seated = hit.region !== null || SINGLE_SITE_KINDS.has(AGENCY_BY_LOWER_NAME.get(hit.base.toLowerCase())?.kind ?? '');
    // "Badan Pemeriksa Keuangan (BPK) RI Perwakilan Riau": the republic's letters may stand before the branch.
    const republic = seated ? 0 : (/^[ \t]+RI(?![\p{L}\p{N}])/u.exec(text.slice(hit.end, hit.end + 4))?.[0].length ?? 0);
    const branch = seated ? null : OFFICE_WORD.exec(text.slice(hit.end + republic, hit.end + republic + 14));
    const after = seated ? null : regionAfter(text, hit.end + republic + (branch?.[0].length ?? 0));
    if (after) {
      hit.region = after.region;
      hit.end = after.end;
    } else hit.end += republic;
    // "Balai Besar Wilayah Sungai (BBWS) Kalimantan IV": an island or group of regions, numbered or not, ends the name.
    const served = hit.region ? null : SERVED_AREA.exec(text.slice(hit.end, hit.end + 40));
    if (served) {
      hit.base = `${hit.base} ${servedAreaName(served[1]!)}`;
      hit.end += served[0].length;
      // The area it serves is its whole name: no home region is filled in.
      hit.regional = false;
    }
  }
  return hits.filter((h) => !insideLonger(h, hits));
}

/** The kecamatan a branch is named after, one to three words after `at`, and its regency ("Cabang Tenggarong"). */
function branchTown(text: string, at: number): { region: RegionEntry; end: number } | null {
  const words = /^[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})/u.exec(text.slice(at, at + 60));
  if (!words) return null;
  const parts = words[1]!.split(/[ \t]+/);
  for (let n = parts.length; n > 0; n -= 1) {
    const town = parts.slice(0, n).join(' ');
    const region = regencyOfDistrict(town);
    const lead = words[0].length - words[1]!.length;
    if (region) return { region, end: at + lead + town.length };
  }
  return null;
}

/** The English word for a body's office after its region ("representative office", "branch", "office"). */
const ENGLISH_OFFICE_AFTER = /^[ \t]+(?:(?:representative|regional|provincial|branch)[ \t]+)?(?:office|branch)(?![\p{L}])/iu;
/**
 * One or two capitalised words, then punctuation, a lower-case word or the end: a town named as an office's seat; the
 * second no honorific before its full stop ("KSOP Utama Belawan Capt. Budi").
 */
const TOWN_SEAT_AT = new RegExp(String.raw`^[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+(?!(?:${STOPPED_HONORIFIC_SOURCE})\.)\p{Lu}\p{Ll}+)?)(?=[ \t]*[,.;:)]|[ \t]+\p{Ll}|[ \t]+(?:${STOPPED_HONORIFIC_SOURCE})\.|$)`, 'u');

/** The class of a vertical office before its seat ("Kelas I", "Kelas IIA"). */
const OFFICE_CLASS = new RegExp(`^[ \\t]+${OFFICE_CLASS_WORDS}(?![\\p{L}])`, 'u');
/** The word for a body's branch between its name or acronym and the region ("Perwakilan", "Cabang", "Wilayah"). */
const OFFICE_WORD = /^[ \t]+(?:Perwakilan|Cabang|Wilayah|Kanwil|Divre|Embarkasi|Kantor[ \t]+(?:Wilayah|Cabang|Perwakilan))(?![\p{L}])/u;
/** Office words that open a tagged span before a body: "Perwakilan", "Kantor Wilayah", "Kanwil", "Kantor". */
const OFFICE_LEAD = /^(?:(?:Kantor[ \t]+)?(?:Perwakilan|Wilayah|Cabang)|Kanwil|KPw|Kantor)[ \t]+$/;
/** The words for a national body's regional office before its name ("Kantor Wilayah Kementerian Agama", "Kanwil DJBC"). */
const REGIONAL_OFFICE_BEFORE = /(?:^|[^\p{L}])(?:Kanwil|Kantor[ \t]+Wilayah)[ \t]+$/u;
/** The words opening the name of such an office as its own body ("Kantor Wilayah Kementerian Agama Sulawesi Barat"). */
const REGIONAL_OFFICE_WORDS = 'Kantor Wilayah';
/** The word for a body's regional office before its name ("Kanwil Kemenkumham", "KPw BI", "Kantor Cabang BRI"). */
const OFFICE_BEFORE = /(?:^|[^\p{L}])(?:Kanwil|KPw|Cabang|Kantor(?:[ \t]+(?:Wilayah|Perwakilan|Cabang))?)[ \t]+$/u;
/** The kinds of national body with regional offices or branches. */
const BRANCH_KINDS = new Set(['agency', 'ministry', 'state-company', 'organisation']);
/** The name an area a unit serves is filed under: the group's own name ("Kalsul" -> "Kalimantan-Sulawesi"), numeral kept. */
function servedAreaName(written: string): string {
  const numeral = /[ \t]+[IVX]{1,4}$/.exec(written)?.[0] ?? '';
  const form = written.slice(0, written.length - numeral.length);
  return `${WIDE_AREA_BY_FORM.get(form)?.name ?? form}${numeral.replace(/^[ \t]+/, ' ')}`;
}
/** An island or a group of regions a unit serves, with its number ("Kalimantan IV", "Kaltimtara"). */
const SERVED_AREA = new RegExp(
  `^[ \\t]+((?:${buildAlternation([...WIDE_AREA_BY_FORM].filter(([, a]) => a.kind === 'island' || a.kind === 'region-group').map(([form]) => form))})(?:[ \\t]+[IVX]{1,4})?)${WORD_END}`,
  'u',
);

/**
 * "Dinas Ketahanan Pangan (DKP) ... Kepala DKP Kukar": an acronym the text spells out names that body wherever it
 * recurs, not the one the lists know by it (Dinas Kelautan dan Perikanan).
 */
function followSpelledAcronyms(text: string, hits: OrgHit[]): void {
  const spelled = hits.filter((h) => h.spelled);
  for (const hit of hits) {
    if (hit.spelled) continue;
    const owner = spelled.find((s) => s.acronym === hit.acronym && s.base !== hit.base);
    if (owner && text.startsWith(owner.acronym!, hit.start)) {
      hit.base = owner.base;
      hit.aliases = owner.aliases;
      hit.government = owner.government;
      continue;
    }
    // "RSUD Abdul Wahab Sjahranie (AWS) Samarinda ... RSUD AWS": the head word and the spelled acronym name that body.
    const headed = spelled.find((s) => hit.base === `${s.base.split(' ')[0]} ${s.acronym}`);
    if (!headed) continue;
    hit.base = headed.base;
    hit.acronym = headed.acronym;
    hit.aliases = headed.aliases;
    hit.government = headed.government;
    hit.region ??= headed.region;
  }
}

/**
 * Find acronym-only mentions of bound acronyms ("KUMKMP" alone) that no rule caught; a bound short form of several
 * words ("Dinsos PM") takes the place of the shorter hits read inside it, which leave `hits`.
 */
function findBareAcronymHits(text: string, hits: OrgHit[]): OrgHit[] {
  const bound = hits.filter((h) => h.acronym && !h.acronymOnly);
  if (bound.length === 0) return [];
  const re = new RegExp(`${WORD_START}(?:${bound.map((h) => escapeRegExp(h.acronym!)).join('|')})${WORD_END}`, 'gu');
  const extra: OrgHit[] = [];
  for (const m of allMatches(re, text)) {
    const end = m.index + m[0].length;
    // "Dinas Sosial dan Pemberdayaan Masyarakat (Dinsos PM) ... Kepala Dinsos PM": the text's own short form outweighs a
    // shorter common one read inside it ("Dinsos").
    const inner = hits.filter((h) => h.start >= m.index && h.end <= end && h.end - h.start < end - m.index);
    if (inner.length > 0 && m[0].includes(' ') && inner.every((h) => !h.spelled)) for (const h of inner) hits.splice(hits.indexOf(h), 1);
    if (overlapsAny({ start: m.index, end }, hits)) continue;
    // "DPD KSPSI" beside "DPD Kaltim": a party's or an association's board is no mention of the Dewan Perwakilan Daerah.
    if (m[0] === 'DPD' && isPartyBoard(text, end)) continue;
    // "Lembaga Swadaya Masyarakat (LSM) Balikpapan Bersih ... LSM Balikpapan Bersih": the short form of a spelled head,
    // then the rest of the body's name, is the body; the words are no region.
    const rest = nameRestAfter(text, end, bound.filter((h) => h.acronym === m[0]));
    if (rest > 0) {
      extra.push(makeHit(m.index, end + rest, '', { acronymOnly: m[0], priority: 1 }));
      continue;
    }
    // "Kepala DKUMP Balikpapan Heru": the region after the acronym is the unit's, not the start of a name.
    const after = regionAfter(text, end);
    extra.push(makeHit(m.index, after?.end ?? end, '', { acronymOnly: m[0], region: after?.region ?? null, priority: 1 }));
  }
  return extra;
}

/** The length of the capitalised words after `at` that end one of the owners' names (" Balikpapan Bersih"), or 0. */
function nameRestAfter(text: string, at: number, owners: readonly OrgHit[]): number {
  const words = /^(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}/u.exec(text.slice(at, at + 60))?.[0] ?? '';
  for (let cut = words.length; cut > 0; cut = words.lastIndexOf(' ', cut - 1)) {
    const part = words.slice(0, cut).trim().replace(/\s+/g, ' ');
    if (owners.some((o) => o.base.endsWith(` ${part}`))) return cut;
  }
  return 0;
}

/** How often a capitalised word is written alone in a text: no letter, digit or capitalised word right before or after it. */
function writtenAlone(text: string, word: string): number {
  return wholeWordsAt(text, word).filter(
    (at) => !/\p{Lu}[\p{L}.]*[ \t]+$/u.test(text.slice(Math.max(0, at - 24), at)) && !/^[ \t]+\p{Lu}/u.test(text.slice(at + word.length, at + word.length + 3)),
  ).length;
}

/** A football club's name with its "PS" before (group 1) or its "FC" / "SC" after (group 2). */
/** A body's kind before its own name ("Perumda Pasar Juara", "Kelompok Sadar Wisata Saiyo Sakato"): group 1 the own name. */
const KIND_CORE =
  /^(?:Perumda|Perusda|Perusahaan Umum Daerah|Pokdarwis|Kelompok Sadar Wisata|Gapoktan|Gabungan Kelompok Tani|Kelompok (?:Wanita )?Tani|Kelompok Tenun|Koperasi|KUD|BUMDes|Badan Usaha Milik Desa|Sanggar|Paguyuban|Komunitas)[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3})$/u;
const CLUB_CORE = /^(?:PS|Persatuan Sepak Bola)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})$|^(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){1,2})[ \t]+(?:FC|SC)$/u;

/**
 * "The Bali Provincial Sports Committee (KONI Bali)", "The Semarang Legal Aid Institute (LBH Semarang)": an English name
 * read by its tail word, then in parentheses a short form another reader knows, is that body's English name.
 */
function mergeNamesBeforeShortForms(text: string, hits: OrgHit[]): void {
  for (const h of hits) {
    // A company's legal name keeps its own ("PT Bank Pembangunan Daerah Maluku Utara (Bank Malut)").
    if (h.priority !== 1 || h.government || h.acronym || /^(?:PT|CV|UD)[ \t]/.test(h.base)) continue;
    const open = /^[ \t]*\(/.exec(text.slice(h.end, h.end + 3));
    const known = open ? hits.find((o) => o !== h && o.start === h.end + open[0].length && text[o.end] === ')' && o.priority > 1) : undefined;
    if (known) Object.assign(h, { base: known.base, acronym: known.acronym, region: known.region, regional: known.regional, government: known.government, priority: known.priority });
  }
}

/**
 * "Petugas Bea Cukai Entikong", "Bea Cukai Juanda": customs named with a town or an airport after it is the customs
 * office there (a KPPBC), not the directorate general.
 */
function seatCustomsOffices(text: string, hits: OrgHit[]): void {
  for (const h of hits) {
    if (h.base !== CUSTOMS_BASE || !/^Bea(?:[ \t]+dan)?[ \t]+Cukai$/.test(text.slice(h.start, h.end))) continue;
    const seat = CUSTOMS_SEAT_AFTER.exec(text.slice(h.end, h.end + 40));
    if (!seat) continue;
    const place = seat[1]!.replace(/\s+/g, ' ');
    const airport = new RegExp(`Bandar(?:a|[ \\t]+Udara)[ \\t]+(?:Internasional[ \\t]+)?${escapeRegExp(place)}(?![\\p{L}])`, 'u').test(text);
    if (!airport && !isKnownPlaceName(place) && matchRegionAt(place, 0)?.end !== place.length) continue;
    Object.assign(h, { end: h.end + seat[0].length, base: `${CUSTOMS_OFFICE} ${place}`, acronym: null, aliases: [], region: null, regional: false, seated: true });
  }
}
const CUSTOMS_BASE = 'Direktorat Jenderal Bea dan Cukai';
const CUSTOMS_OFFICE = 'Kantor Pengawasan dan Pelayanan Bea dan Cukai';
/** One or two capitalised words after "Bea Cukai": the seat (group 1). */
const CUSTOMS_SEAT_AFTER = /^[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?![\p{L}])/u;

/** "yang dikenal sebagai", "better known as": words that give the name a body goes by, not another item of a list. */
const KNOWN_AS = String.raw`(?:yang[ \t]+)?(?:dikenal|lebih dikenal)[ \t]+(?:dengan|sebagai)(?:[ \t]+nama)?|(?:better[ \t]+|also[ \t]+|widely[ \t]+)?known[ \t]+as`;
/** A name after {@link KNOWN_AS} or "atau" / "alias" (group 1). */
const CALLED_NAME = String.raw`[ \t]+([A-Z][\p{L}'’-]*(?:[ \t]+[A-Z][\p{L}'’-]*)?)(?![\p{L}\p{N}]|[ \t]*[-/])`;
/** ", atau Mitratel", "(MTEL) atau Mitratel", "yang dikenal sebagai X": the other name a body goes by (group 1). */
const CALLED_AFTER = new RegExp(String.raw`^[ \t]*(?:\([^()]{1,20}\)[ \t]*)?,?[ \t]*(?:atau|alias|${KNOWN_AS})${CALLED_NAME}`, 'u');
/** ", better known as Alfamart", "yang lebih dikenal dengan Bankaltimtara" right after a body (group 1 the name). */
const KNOWN_AS_AFTER = new RegExp(String.raw`^[ \t]*(?:\([^()]{1,20}\)[ \t]*)?,?[ \t]*(?:${KNOWN_AS})${CALLED_NAME}`, 'u');

/**
 * "PT Sumber Alfaria Trijaya Tbk, better known as Alfamart": a company the lists know by the name it goes by
 * ("Alfamart") is the one the text names in full; each mention of that name is re-based on the full name.
 */
function mergeNamesGoneBy(text: string, hits: OrgHit[]): void {
  for (const h of hits) {
    if (h.government) continue;
    const called = KNOWN_AS_AFTER.exec(text.slice(h.end, h.end + 60))?.[1];
    if (!called) continue;
    for (const other of hits) {
      if (other !== h && !other.government && other.base !== h.base && text.slice(other.start, other.end) === called) Object.assign(other, { base: h.base, acronym: h.acronym, aliases: [] });
    }
  }
}

/**
 * Later mentions of a private body a rule named: the same one- or two-word name a cue gave ("personil Blink" ...
 * "film pertama Blink", "Sivia Blink"), or a company's name without "PT" and "Tbk" ("PT Indika Energy Tbk" ...
 * "Presiden Direktur Indika Energy Azis Armand"), where no rule read anything.
 */
function findRecurringNameHits(text: string, hits: OrgHit[]): OrgHit[] {
  const baseOf = new Map<string, string>();
  const kindOwnNames = new Set<string>();
  for (const h of hits) {
    if (h.government || h.priority === 0) continue;
    const written = text.slice(h.start, h.end);
    if (/^[A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*)?$/u.test(h.base) && written === h.base) baseOf.set(h.base, h.base);
    const core = /^PT[ \t]+([A-Z][\p{L}'’&-]*(?:[ \t]+[A-Z][\p{L}'’&-]*){0,3}?)(?:[ \t]+\(Persero\))?(?:[ \t]+Tbk\.?)?(?:[ \t]+\([A-Z]{2,6}\))?$/u.exec(written)?.[1];
    // "PT Flobamor ... Flobamor telah mengirim": one word is the company's name only where no language or name list
    // holds it ("PT Timah ... timah", "PT Budi").
    const distinct = core && (/\s/.test(core) || (!isPlainWord(core) && !isListedName(core)));
    if (core && distinct && !baseOf.has(core)) baseOf.set(core.replace(/\s+/g, ' '), h.base);
    // "PT Arka Elektrik Mobilitas Tbk ... Arka sold 58,200 units ... Arka president director": the first word of a
    // company's name of words no list holds, written alone twice or more, is its short name.
    const coreWords = core && /\s/.test(core) ? core.split(/\s+/) : [];
    const first = coreWords[0] ?? '';
    const region = (word: string): boolean => matchRegionAt(word, 0)?.end === word.length || WIDE_AREA_BY_FORM.has(word) || PEOPLES.has(word);
    const place = (word: string): boolean => isKnownPlaceName(word) || region(word);
    // "PT Garuda Indonesia (Persero) Tbk ... Garuda president director": a listed company's first word goes alone though
    // it is a word of the language or a village's name.
    const listedCompany = /company/.test(AGENCY_BY_LOWER_NAME.get(h.base.toLowerCase())?.kind ?? '');
    if (first.length > 2 && !baseOf.has(first) && (!isPlainWord(first) || listedCompany) && !isListedName(first) && (listedCompany ? !region(first) : !place(first)) && writtenAlone(text, first) >= 2) baseOf.set(first, h.base);
    // "PT Geo Dipa Energi (Persero) ... Geo Dipa President Director", "Halmahera Nikel's corporate affairs head": so are
    // its first two words of a name of three or more, written alone twice or more.
    const firstTwo = coreWords.length >= 3 ? `${coreWords[0]} ${coreWords[1]}` : '';
    if (firstTwo && !baseOf.has(firstTwo) && !coreWords.slice(0, 2).every(isPlainWord) && !place(firstTwo) && writtenAlone(text, firstTwo) >= 2) baseOf.set(firstTwo, h.base);
    // "PT Dayamitra Telekomunikasi Tbk (MTEL) atau Mitratel": the name the text says it goes by; in a list ("Slapshot,
    // Dritte Wahl atau SS-Kaliert") "atau" offers another item.
    // A company by its legal form is no item of such a list ("asal Balikpapan, PT Lumbung Tani Nusantara atau TaniLink").
    const inList = !/^PT[ \t]/.test(written) && /,[ \t]*$/.test(text.slice(Math.max(0, h.start - 3), h.start));
    const called = inList ? undefined : CALLED_AFTER.exec(text.slice(h.end, h.end + 60))?.[1];
    if (called && !baseOf.has(called)) baseOf.set(called, h.base);
    // "Putra Kapuas FC ... kemenangan Putra Kapuas", "PS Bintang Timur ... kubu Bintang Timur": a club's name of two
    // words or more without its "FC" or "PS" is the club.
    const club = CLUB_CORE.exec(written);
    const clubName = club?.[1] ?? club?.[2];
    if (clubName && /\s/.test(clubName) && !place(clubName) && !baseOf.has(clubName)) baseOf.set(clubName.replace(/\s+/g, ' '), h.base);
    // "Perumda Sejiran Setason ... Sejiran Setason juga menguji", "Pokdarwis Saiyo Sakato ... Saiyo Sakato kini
    // mengelola": a community body's or a regional company's own name of two words or more, without its kind.
    const own = KIND_CORE.exec(h.base)?.[1];
    if (own && /\s/.test(own) && !place(own) && !baseOf.has(own)) {
      baseOf.set(own, h.base);
      kindOwnNames.add(own);
    }
  }
  // "Pokdarwis Labuan Cermin ... Danau Labuan Cermin": a body's own name the text writes inside a longer name outside the
  // body's is that name's (a lake's), alone too.
  for (const own of kindOwnNames) {
    const inLonger = allMatches(new RegExp(`(?<=\\p{Lu}[\\p{L}'’-]*[ \\t]+)${escapeRegExp(own)}${WORD_END}`, 'gu'), text).some((m) => !hits.some((h) => h.start <= m.index && h.end >= m.index + own.length));
    if (inLonger) baseOf.delete(own);
  }
  if (baseOf.size === 0) return [];
  const re = new RegExp(`${WORD_START}(?:${[...baseOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})${WORD_END}`, 'gu');
  const extra: OrgHit[] = [];
  for (const m of allMatches(re, text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!overlapsAny(span, hits)) extra.push(makeHit(span.start, span.end, baseOf.get(m[0])!, { government: false, priority: 1 }));
  }
  return extra;
}

/** Point acronym-only mentions ("Dinas KUMKMP", "Dinas KUMKM") at the unit that bound that acronym. */
function resolveAcronymOnly(hits: OrgHit[]): void {
  const bound = hits.filter((h) => h.acronym && !h.acronymOnly);
  for (const hit of hits) {
    if (!hit.acronymOnly) continue;
    const only = hit.acronymOnly;
    const owner =
      bound.find((b) => b.acronym === only) ??
      bound.find((b) => only.length >= 4 && b.acronym!.startsWith(only) && b.acronym!.length - only.length <= 1);
    if (owner) {
      hit.base = owner.base;
      hit.acronym = owner.acronym;
      hit.government = owner.government;
      hit.regional = owner.regional;
      hit.aliases = owner.aliases;
      // "Lembaga Pendidikan Perkebunan (LPP) Yogyakarta ... LPP juga": a body no list knows, bound to its acronym with
      // its region, is that one body wherever the acronym recurs. ("BI" alone may be the national bank: lists know it.)
      const regions = new Set(bound.filter((b) => b.acronym === owner.acronym).map((b) => b.region));
      if (!hit.region && owner.region && regions.size === 1 && !AGENCY_BY_FORM.has(owner.acronym!)) hit.region = owner.region;
    } else if (!hit.base) {
      hit.base = only;
    }
  }
}

/** The words between a unit and the body it belongs to: the rest of its name, then its short form. */
const UNIT_TO_PARENT_GAP = /^((?:[ \t]+\p{Lu}\p{Ll}+){0,2})(?:[ \t]*\([^()\n]{1,12}\))?[ \t]+$/u;

/**
 * "Biro Administrasi Pimpinan (Adpim) Setdaprov Kaltim", "Biro Hukum Setda Kaltim": a unit written right before the
 * regional government body it belongs to serves that body's region, not the story's home; its name runs up to the
 * short form. A unit of a national body takes no region.
 */
function seatUnitsInParents(text: string, hits: OrgHit[]): void {
  hits.forEach((hit, i) => {
    const parent = hits[i + 1];
    if (hit.region || !hit.regional || !parent?.government || !UNIT_HEADS.has(hit.base.split(' ')[0]!)) return;
    const gap = UNIT_TO_PARENT_GAP.exec(text.slice(hit.end, parent.start));
    if (!gap) return;
    // "Biro Komunikasi dan Layanan Informasi (KLI) Kementerian Keuangan": a unit of a national body has no region; it
    // is named with its body.
    if (!parent.region && !parent.regional) {
      hit.regional = false;
      hit.base += `${gap[1]!.replace(/[ \t]+/g, ' ')} ${parent.base}`;
      return;
    }
    if (!parent.region) return;
    hit.region = parent.region;
    hit.base += gap[1]!.replace(/[ \t]+/g, ' ');
    hit.end += gap[1]!.length;
    // "Bagian Hukum Setda Kabupaten Sukabumi": a section of a secretariat is known by its name with the secretariat's.
    if (parent.base.startsWith('Sekretariat ')) hit.aliases = [...hit.aliases, text.slice(hit.start, parent.end).replace(/\s+/g, ' ')];
    // "Badan Anggaran (Banggar) DPRD Kaltim": a body of the legislature is named with it, as a commission is.
    if (parent.base === 'DPRD') hit.base += ' DPRD';
  });
}

/** "melalui" (through) right before a unit. */
const THROUGH_BEFORE = /(?:^|[^\p{L}])melalui[ \t]+$/u;

/** Fill missing regions of regional units from another mention of the same unit, else from the home region. */
function fillRegions(text: string, hits: OrgHit[], home: RegionEntry | null): void {
  const unitHome = bareUnitHome(text, hits, home);
  for (const hit of hits) {
    // "Kanwil Kemenkumham Kaltim ... Kanwil Kemenkumham": an office named without its region is the one office of
    // that body the text names with a region; with none or several, it stays the body.
    // "Majelis Latupati Kabupaten Maluku Tengah ... Majelis Latupati": so is a body no list knows, named once with its seat.
    if ((hit.office || (!hit.regional && !AGENCY_BY_FORM.has(hit.base))) && !hit.region) {
      const regions = new Set(hits.flatMap((h) => (h.base === hit.base && h.region ? [h.region] : [])));
      if (regions.size === 1) hit.region = [...regions][0]!;
    }
    if (hit.region || !hit.regional) continue;
    // "Balai Besar Wilayah Sungai (BBWS) Pompengan Jeneberang ... BBWS": a unit named bare is the one of its kind the
    // text names by its own name.
    const ownNamed = new Set(hits.filter((h) => !h.region && !h.regional && h.base.startsWith(`${hit.base} `)).map((h) => h.base));
    if (ownNamed.size === 1) {
      hit.base = [...ownNamed][0]!;
      hit.regional = false;
      continue;
    }
    // "Badan Anggaran (Banggar) DPRD Balikpapan ... rapat Banggar": a legislature's body named bare is the one named with it.
    const legislative = hits.find((h) => h.base === `${hit.base} DPRD` && h.region);
    if (legislative) {
      hit.base = legislative.base;
      hit.region = legislative.region;
      continue;
    }
    // "Pemprov Kaltim melalui Dinas Koperasi dan UKM": a unit a local government acts through is that government's.
    const through = THROUGH_BEFORE.test(text.slice(Math.max(0, hit.start - 10), hit.start))
      ? hits.findLast((h) => h.end <= hit.start && h.end >= hit.start - 40 && h.base.startsWith('Pemerintah ') && h.region)
      : undefined;
    if (through) {
      hit.region = through.region;
      continue;
    }
    // "BNNP" (Badan Narkotika Nasional Provinsi) in a Samarinda story is the province's unit, not the city's; so is a
    // Dinas ESDM, which only provinces have.
    // A Biro sits in a province's Setda only.
    const fromHome = / Provinsi$/.test(hit.base) || PROVINCE_UNITS.has(hit.base) || hit.base.startsWith('Biro ') ? regionOfKind(home, 'province') : unitHome;
    hit.region = hits.find((h) => h.base === hit.base && h.region)?.region ?? fromHome;
  }
}

/** A head of a city's or a regency's government, or that government: a story that names one is about its town too. */
const LOCAL_GOVERNMENT_HEAD = /(?<![\p{L}])(?:Wali ?[Kk]ota|Walkot|Wawali|Bupati|Wabup|Pemkot|Pemko|Pemkab)(?![\p{L}])/u;

/**
 * The region a regional unit named bare belongs to: the home region, or its province where the regional government
 * bodies the story names with a region are the province's, at least two and more than twice the home's, and no
 * mayor or regent speaks ("SAMARINDA - ... DPRD Kaltim ... Biro Kesra Setdaprov Kaltim ... rapat kerja dengan
 * Disdikbud": the provincial legislature's partner is the province's Dinas, not the city's).
 */
export function bareUnitHome(text: string, hits: readonly OrgHit[], home: RegionEntry | null): RegionEntry | null {
  const province = home && home.kind !== 'province' ? regionOfKind(home, 'province') : null;
  if (!home || !province) return home;
  let provincial = 0;
  let local = 0;
  for (const h of hits) {
    if (!h.government || !h.regional || h.office) continue;
    if (h.region === province) provincial += 1;
    else if (h.region === home) local += 1;
  }
  // "melantik sembilan pejabat ... di lingkungan Pemerintah Provinsi Kaltim": the story says whose staff it names.
  if (PROVINCE_STAFF.test(text)) return province;
  return provincial >= 2 && provincial > 2 * local && !LOCAL_GOVERNMENT_HEAD.test(text) ? province : home;
}

/** "di lingkungan Pemerintah Provinsi", "di lingkungan Pemprov": the staff of a province's government. */
const PROVINCE_STAFF = /lingkungan[ \t]+(?:Pemerintah[ \t]+Provinsi|Pemprov|Setda(?:[ \t]+Provinsi|prov))(?![\p{L}])/iu;

/** Units only provinces have ("Dinas Energi dan Sumber Daya Mineral"). */
const PROVINCE_UNITS = new Set(REGIONAL_UNITS.flatMap((u) => (u.province ? [u.name] : [])));

/** Units named otherwise once their region is known ("Sekretariat Daerah Provinsi" -> "Sekretariat Daerah"). */
const NAME_WITH_REGION = new Map(REGIONAL_UNITS.flatMap((u) => (u.withRegion ? [[u.name, u.withRegion] as const] : [])));

/** The entity name of a hit: base plus region ("Dinas Pendidikan Balikpapan", "Pemerintah Kota Balikpapan"). */
export function composeOrgName(hit: OrgHit): string {
  if (!hit.region) return hit.base;
  const base = NAME_WITH_REGION.get(hit.base) ?? hit.base;
  // "Badan Narkotika Nasional Kabupaten/Kota" (BNNK) is a regency's or a city's, as its region is.
  if (base.endsWith(' Kabupaten/Kota')) return `${base.slice(0, -'Kabupaten/Kota'.length)}${KIND_LABEL[hit.region.kind]} ${hit.region.name}`;
  const label = base.startsWith('Pemerintah ') ? hit.region.name : displayRegionName(hit.region);
  // "Kepala Kantor Wilayah Direktorat Jenderal Bea dan Cukai Aceh": the regional office is named as its own body.
  return `${hit.regionalOffice ? `${REGIONAL_OFFICE_WORDS} ` : ''}${base} ${label}`;
}

/** The result of the organization finder: entities plus the hits (people use them to link titles). */
export interface OrganizationFindings {
  entities: OrganizationEntity[];
  hits: OrgHit[];
  nameOf: Map<OrgHit, string>;
}

/**
 * Find organizations in a text; `home` is the article's home region (dateline), used for bare regional units;
 * `regionHits`, the regions the caller found, name the region of a local government written without one.
 */
export function findOrganizations(text: string, home: RegionEntry | null, regionHits: readonly RegionHit[]): OrganizationFindings {
  const bodies = [
    ...findAgencyHits(text),
    ...findPartyBoardHits(text),
    ...findRegionalUnitHits(text),
    ...findRiverBasinHits(text),
    ...findEnglishUnitHits(text, home),
    ...findEnglishPoliceHits(text),
    ...findHeadWordHits(text),
    ...findPemdaHits(text, home, regionHits),
    ...findEnglishGovernmentHits(text, home, regionHits),
    ...findHouseCommissionHits(text),
    ...findLegislatureCommitteeHits(text),
    ...findSpecialCommitteeHits(text),
    ...findDprdHits(text, home),
    ...findCommandHits(text),
    ...findTipikorAtCourtHits(text),
    ...findCompanyUnitHits(text),
    ...findMissionHits(text),
    ...findSchoolHits(text),
    ...findMerahPutihCooperativeHits(text),
    ...findFootballAssociationHits(text),
    ...findDinasBranchHits(text),
    ...findSpelledChurchHits(text),
    ...findVolcanoPostHits(text),
    ...findNamedBodyHits(text),
    ...findTailWordHits(text),
    ...findNamedBodies(text).map((b) => {
      // "Forum Bank Sampah Kota Yogyakarta": a region written with its kind after a body's name is its seat (a public
      // facility's, "Puskesmas Cempaka Kota Banjarmasin", is where it stands: it is named after its kelurahan).
      const after = b.seat || b.government ? null : regionWithKindAfter(text, b.end);
      return makeHit(b.start, after?.end ?? b.end, b.name, { government: b.government, region: b.seat ?? after?.region ?? null, acronym: b.acronym ?? null, priority: 2 });
    }),
  ];
  const raw = [...bodies, ...findTeamHits(text, bodies)];
  const hits = withFactions(text, endAtNamesGivenBefore(text, withNameAfterAcronym(text, bindTickers(text, bindAcronyms(text, selectHits(raw))))));
  followSpelledAcronyms(text, hits);
  hits.push(...findBareAcronymHits(text, hits));
  hits.push(...findRecurringNameHits(text, hits));
  mergeNamesGoneBy(text, hits);
  mergeNamesBeforeShortForms(text, hits);
  hits.sort((a, b) => a.start - b.start);
  resolveAcronymOnly(hits);
  seatUnitsInParents(text, hits);
  seatCustomsOffices(text, hits);
  fillRegions(text, hits, home);
  hits.push(...findEnglishRegionalCommissions(text, hits));
  hits.sort((a, b) => a.start - b.start);
  attachCommissions(hits);
  attachWaterUtility(hits, home);
  const withUnits = withPoliceUnits(text, withCommissionHouses(text, hits));
  return mergeHits(text, withUnits);
}

/** One or two capitalised words right after a body's short form in parentheses (group 1), hyphened parts and all. */
const NAME_AFTER_ACRONYM_AT = /^[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)?)(?![\p{L}-])/u;

/**
 * "Lembaga Masyarakat Adat (LMA) Malamoi" ... "LMA Malamoi": the name after the short form, which the text writes with
 * the short form too, is the body's own; the short form named the kind of body.
 */
function withNameAfterAcronym(text: string, hits: OrgHit[]): OrgHit[] {
  for (const hit of hits) {
    // Only a body no list knows: a listed one's name is whole ("Kadin Indonesia", "Bapanas Ratna ...").
    if (!hit.spelled || !hit.acronym || hit.region || AGENCY_BY_LOWER_NAME.has(hit.base.toLowerCase()) || REGIONAL_UNIT_BY_ABBR.has(hit.acronym)) continue;
    // "Balai Pelestarian Kebudayaan (BPK) Wilayah XVIII", "(LLDikti) Wilayah X": the numbered area of a vertical office,
    // and the town it sits in after it ("(BPKH) Wilayah I Medan"), not the island it serves ("Wilayah XI Kalimantan"); a
    // Dinas's branch ("Cabang Dinas Pendidikan (KCD) Wilayah VII") is no Dinas.
    const numbered = hit.regional ? undefined : NUMBERED_AREA.exec(text.slice(hit.end, hit.end + 20))?.[0];
    const town = numbered ? TOWN_SEAT_AT.exec(text.slice(hit.end + numbered.length, hit.end + numbered.length + 40)) : null;
    const seated = town && !WIDE_AREA_BY_FORM.has(town[1]!) && (matchRegionAt(town[1]!, 0)?.end === town[1]!.length || isKnownPlaceName(town[1]!));
    const area = numbered && seated ? numbered + town[0] : numbered;
    if (area) {
      const areaName = area.trim().replace(/[ \t]+/g, ' ');
      hit.end += area.length;
      hit.base = `${hit.base} ${areaName}`;
      const numberedName = numbered!.trim().replace(/[ \t]+/g, ' ');
      hit.aliases = [...hit.aliases, ...new Set([`${hit.acronym} ${areaName}`, `${hit.acronym} ${numberedName}`])];
      continue;
    }
    const after = NAME_AFTER_ACRONYM_AT.exec(text.slice(hit.end, hit.end + 40));
    if (!after || matchRegionAt(text, hit.end + after[0].length - after[1]!.length)) continue;
    // "(KPU) Kabupaten Lembah", "(LLDikti) Wilayah XI": a unit's or an organization's word names no one body.
    if (after[1]!.split(/[ \t]+/).some((w) => ORG_WORDS.has(w) || isListedName(w) || w === 'Indonesia')) continue;
    const short = `${hit.acronym} ${after[1]!.split(/[ \t]+/)[0]}`;
    if (!text.includes(short, hit.end + after[0].length)) continue;
    hit.end += after[0].length;
    hit.base = `${hit.base} ${after[1]}`;
    hit.aliases = [...hit.aliases, `${hit.acronym} ${after[1]}`];
  }
  return hits;
}

/** " faction", " Party faction", " (PKS) faction", " factions" right after a party's name. */
const FACTION_AFTER = /^(?:[ \t]+Party)?(?:[ \t]*\([A-Za-z-]{2,10}\))?[ \t]+factions?(?![\p{L}])/u;
/** " and PKB factions": another party and the plural after a party's name. */
const FACTIONS_AFTER_LIST = /^(?:[ \t]+Party)?[ \t]*(?:,|[ \t]and|[ \t]&)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*){0,3}[ \t]+factions(?![\p{L}])/u;
/** "Fraksi " or "Fraksi Partai " right before a party's name. */
const FACTION_BEFORE = /(?<![\p{L}])Fraksi[ \t]+(?:Partai[ \t]+)?$/u;

/**
 * "Fraksi PKB", "Fraksi Partai Golkar": a party's faction in a legislature is a body of that house, named as written,
 * with the party's names as its aliases (a party's caucus, no government body; its members hold office as members of the house).
 */
function withFactions(text: string, hits: OrgHit[]): OrgHit[] {
  if (!text.includes('Fraksi') && !text.includes('faction')) return hits;
  return hits.map((hit) => {
    const party = AGENCY_BY_LOWER_NAME.get(hit.base.toLowerCase());
    if (party?.kind !== 'party') return hit;
    const partyNames = [party.name, ...(party.acronym ? [party.acronym] : []), ...party.aliases];
    // "a lawmaker from the PDI-P faction", "the Prosperous Justice Party (PKS) faction": English names the caucus after
    // the party; it is the party's Fraksi as the Indonesian name is.
    // "the NasDem and PKB factions": each party named before the plural is its faction too.
    const english = FACTION_AFTER.exec(text.slice(hit.end, hit.end + 24));
    const listed = english ? null : FACTIONS_AFTER_LIST.exec(text.slice(hit.end, hit.end + 40));
    if (english || listed) {
      const end = hit.end + (english?.[0].length ?? 0);
      return { ...hit, end, base: `Fraksi ${party.name}`, acronym: null, aliases: [...partyNames, text.slice(hit.start, end).replace(/\s+/g, ' ')], government: false };
    }
    const lead = FACTION_BEFORE.exec(text.slice(Math.max(0, hit.start - 16), hit.start));
    if (!lead) return hit;
    const start = hit.start - lead[0].length;
    // "Fraksi Partai Kebangkitan Bangsa (PKB)": the short form in parentheses is an alias, no part of the name.
    const written = text.slice(start, hit.end).replace(/[ \t]*\([^()]*\)$/, '').replace(/\s+/g, ' ');
    return { ...hit, start, base: written, acronym: null, aliases: [...partyNames, `Fraksi ${party.name}`], government: false };
  });
}

/**
 * "Koperasi Produsen Pala Lawamena Haruku" ... "kata Ketua Koperasi Produsen Pala Lawamena Haruku Johanis Pattikawa":
 * a run that goes on past the whole name the text gave a body before, with capitalised words no list knows as a
 * region or a word of the language, goes on into a person's name; the body ends where its name did.
 */
function endAtNamesGivenBefore(text: string, hits: OrgHit[]): OrgHit[] {
  const written = hits.map((h) => text.slice(h.start, h.end));
  return hits.map((hit, i) => {
    const earlier = hits.find((k, j) => k.end <= hit.start && written[j]!.includes(' ') && written[j] === k.base && written[i]!.startsWith(`${k.base} `));
    if (!earlier) return hit;
    const nameLength = earlier.end - earlier.start;
    const rest = written[i]!.slice(nameLength + 1).split(' ');
    const personAhead = rest.length >= 2 && rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isPlainWord(w)) && !matchRegionAt(text, hit.start + nameLength + 1);
    return personAhead ? { ...hit, end: hit.start + nameLength, base: earlier.base } : hit;
  });
}

/** "Commission E of the ": an English commission's name before the house it is of (group 1 its letter or numeral). */
const ENGLISH_COMMISSION_OF = /(?<![\p{L}])Commission[ \t]+([IVX]{1,4}|[A-E])[ \t]+of[ \t]+(?:the[ \t]+)?$/u;

/**
 * "Commission E of the East Java Legislative Council (DPRD Jatim)", "Commission II of the Lampung DPRD": a regional
 * legislature's commission named in English, before its house, is that commission ("Komisi E DPRD Jawa Timur").
 */
function findEnglishRegionalCommissions(text: string, hits: readonly OrgHit[]): OrgHit[] {
  return hits.flatMap((house) => {
    if (house.base !== 'DPRD' || !house.region) return [];
    const m = ENGLISH_COMMISSION_OF.exec(text.slice(Math.max(0, house.start - 32), house.start));
    if (!m) return [];
    const start = house.start - m[0].length;
    return [makeHit(start, house.end, `Komisi ${m[1]!} DPRD`, { region: house.region, regional: true, government: true, priority: 3, aliases: [text.slice(start, house.end).replace(/\s+/g, ' ')] })];
  });
}

/** A regional legislature's commission by its letter or numeral ("Komisi D DPRD"). */
const COMMISSION_OF_DPRD = /^Komisi [IVXA-E]+ DPRD$/;
/** A commission, a special committee or a working committee named with its regional house ("Pansus III DPRD"). */
const SEATED_IN_DPRD = /^(?:Komisi [IVXA-E]+|(?:Pansus|Panja)(?: .+)?) DPRD$/;

/**
 * "Komisi III DPRD Kaltim", "House of Representatives Commission XII": the house a commission is named with is a body
 * of the story too (a reader who follows DPRD Kaltim wants its commissions' hearings), one mention inside the
 * commission's.
 */
function withCommissionHouses(text: string, hits: readonly OrgHit[]): OrgHit[] {
  const house = AGENCY_BY_FORM.get('DPR')!;
  const houses = hits.flatMap((hit) => {
    // "House of Representatives Commission XII": the DPR named in English inside its commission's name.
    const english = /^Komisi [IVX]+ DPR$/.test(hit.base) ? /^House[ \t]+of[ \t]+Representatives/.exec(text.slice(hit.start, hit.end))?.[0] : undefined;
    if (english) return [makeHit(hit.start, hit.start + english.length, house.name, { acronym: house.acronym, aliases: house.aliases, government: true, priority: 3, houseOfCommission: true })];
    if (!SEATED_IN_DPRD.test(hit.base) || !hit.region) return [];
    const at = text.indexOf('DPRD', hit.start);
    if (at < 0 || at >= hit.end || hits.some((h) => h.base === 'DPRD' && h.start <= at && h.end >= at + 4)) return [];
    return [makeHit(at, hit.end, 'DPRD', { region: hit.region, regional: true, priority: 3, houseOfCommission: true })];
  });
  return houses.length === 0 ? [...hits] : [...hits, ...houses].sort((a, b) => a.start - b.start);
}

/** The Indonesian words for an embassy or a consulate general, short forms to full ones. */
const MISSION_HEADS: Record<string, string> = {
  'Kedutaan Besar': 'Kedutaan Besar',
  Kedubes: 'Kedutaan Besar',
  'Konsulat Jenderal': 'Konsulat Jenderal',
  Konjen: 'Konsulat Jenderal',
};
/**
 * "Kedutaan Besar Jepang", "Kedubes Amerika Serikat", "the Chinese Embassy", "Japan's Consulate General": a foreign
 * mission by its head word and country (or its people's name in English).
 */
const MISSION_RE = new RegExp(
  `${WORD_START}(?:(${buildAlternation(Object.keys(MISSION_HEADS))})[ \\t]+(?:Republik[ \\t]+)?(${buildAlternation(COUNTRY_BY_FORM.keys())})` +
    `|(${buildAlternation([...(demonyms as string[]), ...COUNTRY_BY_FORM.keys()])})[ \\t]+(Embassy|Consulate(?:[ \\t]+General)?))${WORD_END}`,
  'gu',
);
function findMissionHits(text: string): OrgHit[] {
  if (!/Kedutaan|Kedubes|Konsulat|Konjen|Embassy|Consulate/.test(text)) return [];
  return [...allMatches(MISSION_RE, text)].map((m) => {
    const name = m[1] ? `${MISSION_HEADS[m[1]]!} ${m[2]!}` : `${m[3]!} ${m[4]!}`;
    return makeHit(m.index, m.index + m[0].length, name, { government: true, aliases: [m[0]], priority: 3 });
  });
}

/** A state company's unit of data/company-units.json: PLN's Unit Induk Wilayah (UIW), UP3, UBP. */
interface CompanyUnit {
  company: string;
  name: string;
  abbr: string;
  /** Set on units numbered before their area ("Daop 4 Semarang", "Regional 4 Samarinda"): no number, no such unit. */
  numbered?: true;
}
const COMPANY_UNITS = companyUnits as CompanyUnit[];
const COMPANY_UNIT_BY_FORM = new Map(COMPANY_UNITS.flatMap((u) => [[u.name, u] as const, [u.abbr, u] as const]));
/** A unit's company (or not), its name or short form, its short form in parentheses or not, then a capital. */
const COMPANY_UNIT_RE = new RegExp(
  `${WORD_START}(?:(?:(?:PT|Perum)[ \\t]+)?(${buildAlternation(new Set(COMPANY_UNITS.map((u) => u.company)))})[ \\t]+)?(${buildAlternation(COMPANY_UNIT_BY_FORM.keys())})(?:[ \\t]*\\(([A-Z0-9]{2,5})\\))?[ \\t]+(?=\\p{Lu}|\\d)`,
  'gu',
);
/**
 * The number of a company's numbered unit before the area it serves ("Daop 4 Semarang", "Regional 4 Samarinda"), with
 * the branch word that may follow it ("Regional 4 Cabang Sorong").
 */
const UNIT_NUMBER_AT = /^\d{1,2}[ \t]+(?:Cabang[ \t]+)?(?=\p{Lu})/u;
/**
 * " dan Kalimantan Utara (UID Kaltimra)", ", Tengah dan Gorontalo (UID Suluttenggo)": more areas (group 1 the middle
 * ones, group 2 the last), then the unit's short form and the short name of all (groups 3 and 4) or not.
 */
const JOINED_AREAS_AT = /^((?:[ \t]*,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})*)[ \t]+dan[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})(?:[ \t]*\(([A-Z0-9]{2,5})[ \t]+(\p{Lu}[\p{L}]+)\))?/u;
/** Up to three capitalised words: the area a unit serves ("Makassar Selatan", "Jeranjang"). */
const UNIT_AREA_AT = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*){0,2}/u;

/**
 * "PLN Unit Induk Wilayah (UIW) NTB", "PLN UP3 Sumba", "Perum Perhutani KPH Malang", "Unit Bisnis Pembangkitan Jeranjang PLN Indonesia Power": a
 * state company's unit and the area it serves, one body whichever way it is written (named "PLN Unit Induk Wilayah
 * NTB"). A short form alone counts only where the text names its company.
 */
function findCompanyUnitHits(text: string): OrgHit[] {
  const hits: OrgHit[] = [];
  for (const m of allMatches(COMPANY_UNIT_RE, text)) {
    const unit = COMPANY_UNIT_BY_FORM.get(m[2]!)!;
    // "Regional 4 Samarinda", "Daerah Operasi" (of Manggala Agni too): a unit counts only where the text names its company.
    if (!m[1] && !text.includes(unit.company)) continue;
    if (m[3] && m[3] !== unit.abbr) continue;
    // "KAI Daop 4 Semarang": the unit's number stands before its area, and the area's name keeps it.
    const number = UNIT_NUMBER_AT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[0] ?? '';
    if (!number !== !unit.numbered) continue;
    const at = m.index + m[0].length + number.length;
    const run = UNIT_AREA_AT.exec(text.slice(at, at + 60))?.[0];
    const region = matchRegionAt(text, at);
    // "UP3 Samarinda Lusiana Br Tarigan", "UID Kaltimtara Ir. Teddy": the area is one word, or a known place of two or
    // three ("Tanjung Redeb"), with the words of a region's name after it ("Makassar Selatan"); a name follows.
    const words = run?.split(/[ \t]+/) ?? [];
    let length = [3, 2].find((n) => words.length >= n && isKnownPlaceName(words.slice(0, n).join(' '))) ?? Math.min(1, words.length);
    while (length < words.length && REGION_NAME_TAILS.has(words[length]!)) length += 1;
    let area = words.slice(0, length).join(' ');
    if (region && region.end - at > area.length) area = text.slice(at, region.end);
    // "Executive Director Pelindo Regional 1 Hendra Parlindungan Lubis": after a unit's number a given name that is no
    // known place opens its head's name; the number alone names the unit.
    if (number && !region && !isKnownPlaceName(area) && isGivenName(words[0] ?? '')) area = '';
    if (!area && !number) continue;
    // "KPH Suryo Adiningrat" (a court title) in a story on Perhutani: a short form alone serves a place, not a name.
    if (m[2] === unit.abbr && !m[1] && !region && !isKnownPlaceName(area) && !WIDE_AREA_BY_FORM.has(area)) continue;
    const named = `${number}${area}`.trimEnd();
    const forms = [`${unit.company} ${unit.abbr} ${named}`, `${unit.abbr} ${named}`, `${unit.name} ${named}`, `${unit.company} ${unit.name} ${named}`];
    // "Unit Induk Distribusi Kalimantan Timur dan Kalimantan Utara (UID Kaltimra)": two areas or more and the short
    // form of all; "Unit Induk Distribusi (UID) Kalimantan Timur dan Kalimantan Utara": the short form before them, the
    // areas regions or their compass words ("Sulawesi Utara, Tengah dan Gorontalo").
    const joined = JOINED_AREAS_AT.exec(text.slice(at + area.length, at + area.length + 80));
    const joinedAreas = joined ? [...joined[1]!.split(',').map((a) => a.trim()).filter(Boolean), joined[2]!] : [];
    const regionsOnly = joinedAreas.length > 0 && region !== null && joinedAreas.every((a) => REGION_NAME_TAILS.has(a) || matchRegionAt(a, 0)?.end === a.length);
    const short = joined && (joined[3] === unit.abbr || (joined[3] === undefined && m[3] === unit.abbr && regionsOnly)) ? joined : null;
    if (short?.[4]) forms.push(`${unit.abbr} ${short[4]}`, `${unit.company} ${unit.abbr} ${short[4]}`);
    // A later "PLN UID Kaltimra" is the unit named so before.
    const earlier = hits.find((h) => h.aliases.some((a) => forms.includes(a)));
    // "PLN UP3 Balikpapan Bima Anindito": a unit named by a region is seated there, as "BPS Balikpapan" is; the name
    // after it is its head's.
    // A numbered unit keeps its number and its area in its name ("KAI Daerah Operasi 4 Semarang").
    const seated = !short && !number && region !== null && region.end - at === area.length;
    const base = short ? `${unit.company} ${unit.name} ${named}${short[1]!.replace(/[ \t]*,[ \t]*/g, ', ')} dan ${short[2]}` : seated ? `${unit.company} ${unit.name}` : `${unit.company} ${unit.name} ${named}`;
    const end = (area ? at + area.length : m.index + m[0].length + number.trimEnd().length) + (short?.[0].length ?? 0);
    const hit = makeHit(m.index, end, earlier?.base ?? base, { government: false, aliases: forms, priority: 3 });
    if (earlier) Object.assign(hit, { region: earlier.region, regional: earlier.regional, aliases: [...new Set([...earlier.aliases, ...forms])] });
    else if (seated) Object.assign(hit, { region: region.region, regional: true });
    hits.push(hit);
  }
  return hits;
}

/** A police unit of data/police-units.json: a Polda's directorate or a Polres's satuan. */
interface PoliceUnit {
  name: string;
  acronym: string;
  aliases: string[];
  /** A task force every command sets up, named alone in a story on one command ("Satgas Pangan"). */
  standalone?: boolean;
}
const POLICE_UNIT_BY_FORM = new Map((policeUnits as PoliceUnit[]).flatMap((u) => [u.name, u.acronym, ...u.aliases].map((f) => [f, u] as const)));
/** A run that opens with a police unit's name or short form ("Satuan Reserse Kriminal", "Satreskrim"). */
const POLICE_UNIT_START = new RegExp(`^(?:${buildAlternation(POLICE_UNIT_BY_FORM.keys())})(?![\\p{L}])`, 'u');
/** A police unit's name or short form, its short form in parentheses after the name or not, then spaces or a stop. */
const POLICE_UNIT_RE = new RegExp(`${WORD_START}(${buildAlternation(POLICE_UNIT_BY_FORM.keys())})(?:[ \\t]*\\([ \\t]*\\p{L}{4,16}[ \\t]*\\))?(?:[ \\t]+|(?=[,.;:]))`, 'gu');
/** The police commands units serve in, as their hits are named ("Polresta Samarinda", "Polda Kalimantan Selatan"). */
const POLICE_COMMAND = /^(?:Polda|Polres|Polresta|Polrestabes|Polrestro)[ \t]/;

/** The first hit of the one body a test picks, where the text names one such body only (by one name), else null. */
function soleBody(hits: readonly OrgHit[], picks: (hit: OrgHit) => boolean): OrgHit | null {
  const picked = hits.filter(picks);
  return picked.length > 0 && picked.every((h) => h.base === picked[0]!.base) ? picked[0]! : null;
}

/**
 * "Satuan Reserse Narkoba (Satresnarkoba) Polresta Samarinda", "Ditreskrimsus Polda Kalsel": a unit written right
 * before its command is a body of its own, named with the command (which stays a body too). Its short form alone
 * elsewhere ("Satresnarkoba menyita", "Tim Ditreskrimsus") is that unit where the text names one unit of that form.
 */
function withPoliceUnits(text: string, hits: readonly OrgHit[]): OrgHit[] {
  const units: OrgHit[] = [];
  // "Kabid Humas Polda Riau ... penyidik Direktorat Reserse Kriminal Khusus (Ditreskrimsus) masih ...": a Polda's
  // directorate written alone is that of the one Polda the text names.
  const onlyPolda = soleBody(hits, (h) => h.base.startsWith('Polda '));
  const onlyCommand = soleBody(hits, (h) => POLICE_COMMAND.test(h.base));
  for (const m of allMatches(POLICE_UNIT_RE, text)) {
    const at = m.index + m[0].length;
    const command = hits.find((h) => h.start === at && POLICE_COMMAND.test(h.base));
    const written = POLICE_UNIT_BY_FORM.get(m[1]!)!;
    if (!command && onlyPolda && written.acronym.startsWith('Dit') && m[1] === written.name) {
      units.push(makeHit(m.index, m.index + m[0].trimEnd().length, `${written.name} ${onlyPolda.base}`, { acronym: written.acronym, aliases: [`${written.acronym} ${onlyPolda.base}`], priority: 3 }));
      continue;
    }
    // "Satgas Pangan akan mengawasi distributor" in a story on one Polda or Polres: a task force every command sets up,
    // named alone, is that command's.
    if (!command && written.standalone && onlyCommand) {
      const end = m.index + m[0].trimEnd().length;
      units.push(makeHit(m.index, end, `${written.name} ${onlyCommand.base}`, { acronym: written.acronym, aliases: [written.acronym, `${written.acronym} ${onlyCommand.base}`], government: true, priority: 3 }));
      continue;
    }
    if (!command) continue;
    // "Kasat Polairud Polresta Sorong Kota": a resort's unit is its Satuan, where a Polda has the Direktorat.
    const unit = (!command.base.startsWith('Polda') && POLICE_UNIT_BY_FORM.get(written.acronym.replace(/^Dit/, 'Sat'))) || written;
    units.push(makeHit(m.index, command.end, `${unit.name} ${command.base}`, { acronym: unit.acronym, aliases: [`${unit.acronym} ${command.base}`], priority: 3 }));
  }
  if (units.length === 0) return [...hits];
  const bare: OrgHit[] = [];
  for (const acronym of new Set(units.map((u) => u.acronym!))) {
    const named = new Set(units.filter((u) => u.acronym === acronym).map((u) => u.base));
    if (named.size !== 1) continue;
    const base = [...named][0]!;
    for (const m of text.matchAll(new RegExp(`${WORD_START}${escapeRegExp(acronym)}${WORD_END}`, 'gu'))) {
      const span = { start: m.index, end: m.index + acronym.length };
      if (!withinAny(span, units)) bare.push(makeHit(span.start, span.end, base, { acronym, priority: 3 }));
    }
  }
  // A team or body the finders read over a bare short form ("Tim Ditreskrimsus") or inside a unit's name
  // ("Kepolisian Perairan dan Udara") gives way to the unit; the command stays.
  const kept = hits.filter(
    (h) => POLICE_COMMAND.test(h.base) || (!bare.some((b) => b.start >= h.start && b.end <= h.end) && !withinAny(h, units)),
  );
  return [...kept, ...units, ...bare].sort((a, b) => a.start - b.start);
}

/** The first region a body's name holds at a word's start ("PDAM Tirta Manggar Balikpapan" -> Balikpapan), or null. */
function regionInName(name: string): RegionEntry | null {
  for (let at = 0; at !== -1; at = name.indexOf(' ', at + 1)) {
    const region = matchRegionAt(name, at === 0 ? 0 : at + 1);
    if (region) return region.region;
  }
  return null;
}

/** A water utility named by its own name: "Perumda Air Minum Tirta Taman", "PDAM Tirta Kencana". */
const NAMED_WATER_UTILITY = /^(?:Perumda|PDAM|Perusahaan Daerah|Perusahaan Umum Daerah)(?: Air Minum)? Tirta /;

/**
 * "air PDAM mati ... Perumda Air Minum Tirta Taman": a bare PDAM in a story that names one water utility by its own
 * name is that utility (the town's PDAM is its Perumda).
 */
function attachWaterUtility(hits: OrgHit[], home: RegionEntry | null): void {
  const named = new Set(hits.filter((h) => NAMED_WATER_UTILITY.test(h.base)).map((h) => h.base));
  if (named.size !== 1) return;
  const utility = hits.find((h) => named.has(h.base))!;
  // "PDAM Tirta Manggar Balikpapan" in a Samarinda story: the town's own PDAM is another.
  const town = utility.region ?? regionInName(utility.base);
  if (town && home && town.code !== home.code) return;
  for (const hit of hits) {
    if (hit.base !== 'Perusahaan Daerah Air Minum' || (hit.region && town && hit.region.code !== town.code)) continue;
    Object.assign(hit, { base: utility.base, acronym: utility.acronym, aliases: utility.aliases, region: utility.region, regional: utility.regional, government: utility.government });
  }
}

/** A listed company's stock code in parentheses after its name: "(IDX: ADRO)", "(BEI: ITMG)", "(kode saham: PTBA)". */
const TICKER_AFTER = /^[ \t]*\((?:IDX|BEI|BEI\/IDX|[Kk]ode[ \t]+saham)[ \t]*:[ \t]*([A-Z]{4})\)/;

/**
 * A company's stock code in parentheses is its short form ("PT Adaro Energy Indonesia Tbk (IDX: ADRO)"), so the code
 * alone later is the company; the exchange and the code inside the parentheses are no bodies of their own there.
 */
function bindTickers(text: string, hits: OrgHit[]): OrgHit[] {
  if (!text.includes(':')) return hits;
  const inside: Span[] = [];
  for (const hit of hits) {
    const ticker = !hit.government && !hit.acronym ? TICKER_AFTER.exec(text.slice(hit.end, hit.end + 30)) : null;
    if (!ticker) continue;
    hit.acronym = ticker[1]!;
    inside.push({ start: hit.end, end: hit.end + ticker[0].length });
  }
  return inside.length === 0 ? hits : hits.filter((h) => !withinAny(h, inside));
}

/** A commission named by its numeral or letter alone ("Komisi III", "Komisi B"). */
const BARE_COMMISSION = /^Komisi (?:[IVX]{1,4}|[A-E])$/;

/** The houses a commission sits in, by the base of their hits: the DPRDs, the DPR, and Aceh's and Papua's own houses. */
const HOUSE_FORM: Record<string, string> = {
  DPRD: 'DPRD',
  'Dewan Perwakilan Rakyat': 'DPR',
  'Dewan Perwakilan Rakyat Aceh': 'DPRA',
  'Dewan Perwakilan Rakyat Papua': 'DPRP',
  'Dewan Perwakilan Rakyat Papua Barat': 'DPRPB',
  'Dewan Perwakilan Rakyat Papua Barat Daya': 'DPRPBD',
  'Dewan Perwakilan Rakyat Papua Pegunungan': 'DPRPP',
  'Dewan Perwakilan Rakyat Papua Selatan': 'DPRPS',
  'Dewan Perwakilan Rakyat Papua Tengah': 'DPRPT',
};

/**
 * "Wakil Ketua DPRD Kaltim ... Sekretaris Komisi III": a commission written without its house belongs to the one
 * DPRD or DPR the text names; where it names two ("DPRD Kaltim" hosting "DPRD Berau") it stays as written.
 */
function attachCommissions(hits: OrgHit[]): void {
  // "Komisi IV DPR RI" and "Komisi IV DPR" are one commission: the republic's DPR is the DPR.
  for (const hit of hits) if (/^Komisi (?:[IVX]{1,4}|[A-E]) DPR (?:RI|Republik Indonesia)$/.test(hit.base)) hit.base = hit.base.replace(/ (?:RI|Republik Indonesia)$/, '');
  // "Komisi IV DPRD Kaltim memanggil ... Anggota Komisi IV": the commission of that number the text names with its house.
  for (const hit of hits) {
    if (!BARE_COMMISSION.test(hit.base)) continue;
    const named = new Set(hits.filter((h) => h.base.startsWith(`${hit.base} `)).map((h) => `${h.base}|${h.region?.code ?? ''}`));
    const full = named.size === 1 ? hits.find((h) => h.base.startsWith(`${hit.base} `)) : undefined;
    if (full) {
      hit.base = full.base;
      hit.region = full.region;
    }
  }
  const houses = new Map(hits.filter((h) => h.base in HOUSE_FORM).map((h) => [`${h.base}|${h.region?.code ?? ''}`, h]));
  if (houses.size !== 1) return;
  const house = [...houses.values()][0]!;
  for (const hit of hits) {
    if (!BARE_COMMISSION.test(hit.base)) continue;
    hit.base = `${hit.base} ${HOUSE_FORM[house.base]}`;
    hit.region = house.region;
  }
}

/** An alias that names the republic's body: "DPR RI", "Kepolisian Republik Indonesia". */
const NATIONAL_ALIAS = /[ \t](?:RI|Republik Indonesia)$/;

/** Whether the text writes a form as a word of its own, not as the tail of a regional office's ("Kanwil Ditjenpas"). */
function isWrittenOutsideAnOffice(text: string, form: string): boolean {
  return wholeWordsAt(text, form).some((at) => !/(?:Kanwil|Kantor[ \t]+Wilayah|Kantor)[ \t]+$/.test(text.slice(Math.max(0, at - 16), at)));
}

/** Merge hits into entities keyed by their composed name; aliases are the other written forms. */
function mergeHits(text: string, hits: OrgHit[]): OrganizationFindings {
  const byName = new Map<string, OrganizationEntity>();
  const nameOf = new Map<OrgHit, string>();
  const named = new Set(hits.map(composeOrgName));
  for (const hit of hits) {
    const name = withCommandSeat(withSpelledInitials(withoutHospitalTown(composeOrgName(hit), named), named), named);
    nameOf.set(hit, name);
    const entity = byName.get(name) ?? { name, acronym: null, aliases: [], government: false, mentions: [] };
    const surface = text.slice(hit.start, hit.end);
    for (const piece of mentionPieces(text, hit)) entity.mentions.push({ ...piece, text: text.slice(piece.start, piece.end) });
    entity.acronym ??= hit.acronym;
    entity.government ||= hit.government;
    // A regional unit's abbreviation ("Disperindagkop") is shared by every region: keep it as acronym only.
    const acronymAlias = hit.acronym && !REGIONAL_UNIT_BY_ABBR.has(hit.acronym) ? hit.acronym : null;
    // "DPR Papua": a national body's alias naming the republic ("DPR RI") is no alias of its regional namesake; nor is
    // a national name the text never writes ("Ministry of Religious Affairs" of "Kanwil Kemenag Sulsel"): the entity
    // directory merges by alias, and the regional office is not the ministry.
    const nationalBody = hit.region !== null && AGENCY_BY_LOWER_NAME.has(hit.base.toLowerCase());
    const aliases = hit.region ? hit.aliases.filter((a) => !NATIONAL_ALIAS.test(a) && (!nationalBody || isWrittenOutsideAnOffice(text, a))) : hit.aliases;
    // "Komisi D DPRD Kota Semarang": a commission read apart from its house is written with it too.
    const house = COMMISSION_OF_DPRD.test(hit.base) ? hits.find((h) => h.base === 'DPRD' && h.start >= hit.end && h.start <= hit.end + 1) : undefined;
    // The regional office keeps the body's name with its region as an alias ("Kementerian Agama Sulawesi Barat").
    const bodyInRegion = hit.regionalOffice && name.startsWith(`${REGIONAL_OFFICE_WORDS} `) ? name.slice(REGIONAL_OFFICE_WORDS.length + 1) : null;
    const forms = [surface, acronymAlias, ...aliases, withoutRegion(surface, hit), house ? text.slice(hit.start, house.end) : null, bodyInRegion];
    for (const form of forms) {
      if (form && form !== name && !entity.aliases.includes(form)) entity.aliases.push(form);
    }
    byName.set(name, entity);
  }
  return { entities: [...byName.values()], hits, nameOf };
}

/** The short forms of the armed forces' commands and bases, named with their seat ("Lanal Balikpapan", "Kodim Bontang"). */
const COMMAND_SHORT_FORMS: ReadonlySet<string> = new Set([...MILITARY_COMMANDS, 'Lanal', 'Lanud', 'Lantamal']);
/** The bases of the naval and air forces by the force's name: "Pangkalan TNI AL Bitung" is Lanal Bitung. */
const FORCE_BASES: ReadonlyMap<string, string> = new Map([
  ['Tentara Nasional Indonesia Angkatan Laut', 'Lanal'],
  ['Tentara Nasional Indonesia Angkatan Udara', 'Lanud'],
]);

/**
 * A hospital named with its town, where the text names it without the town too, is the one hospital: "RSUD Kudungga
 * Sangatta" and "RSUD Kudungga" are filed under the shorter name. The town is a region, a kecamatan or a regency's seat.
 */
function withoutHospitalTown(name: string, names: ReadonlySet<string>): string {
  if (![...HOSPITAL_HEADS].some((head) => name.startsWith(`${head} `))) return name;
  const words = name.split(' ');
  for (let cut = words.length - 1; cut >= 2 && cut >= words.length - 2; cut -= 1) {
    const shorter = words.slice(0, cut).join(' ');
    const town = words.slice(cut).join(' ');
    if (names.has(shorter) && isTownName(town)) return shorter;
  }
  return name;
}

/** A numbered command of the armed forces ("Korem 091", "Kodim 0906/Kkr"): its head and number. */
export const NUMBERED_COMMAND = /^((?:Kodam|Korem|Kodim|Koramil|Lantamal|Lanal|Lanud)[ \t]+[0-9IVXL]+(?:-\d{1,3})?[A-Z]?)(?:\/|$)/;

/**
 * A command named by its number, bare or with a short seat ("Korem 091", "Kodim 0906/Kkr"), where the text names it
 * with its seat in full too, is that one command: "Kodim 0906/Kutai Kartanegara", the longest name of that number.
 */
function withCommandSeat(name: string, names: ReadonlySet<string>): string {
  const numbered = NUMBERED_COMMAND.exec(name)?.[1];
  if (!numbered) return name;
  let longest = name;
  for (const other of names) if (NUMBERED_COMMAND.exec(other)?.[1] === numbered && other.length > longest.length) longest = other;
  return longest;
}

/** Initials written for given names inside a body's name ("AW" of "RSUD AW Sjahranie"); no Roman numeral ("XI"). */
const INITIALS = /^(?![IVXLC]+$)[A-Z]{2,3}$/;

/**
 * A body named with initials for some of its words, where the text names it in full too, is the one body: "RSUD AW
 * Sjahranie" is filed under "RSUD Abdul Wahab Sjahranie Samarinda" (the full name may go on with its town).
 */
function withSpelledInitials(name: string, names: ReadonlySet<string>): string {
  const words = name.split(' ');
  if (!words.slice(1).some((w) => INITIALS.test(w))) return name;
  for (const full of names) {
    if (full !== name && isSpelledOut(words, full.split(' '))) return full;
  }
  return name;
}

/** Whether `full` is `short` with its initials spelled out as words, perhaps followed by a town. */
function isSpelledOut(short: readonly string[], full: readonly string[]): boolean {
  let j = 0;
  for (let i = 0; i < short.length; i += 1) {
    const word = short[i]!;
    if (full[j] === word) {
      j += 1;
      continue;
    }
    if (i === 0 || !INITIALS.test(word)) return false;
    const spelled = full.slice(j, j + word.length);
    if (!spelled.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) || initialsOf(spelled.join(' ')) !== word) return false;
    j += word.length;
  }
  const rest = full.slice(j).join(' ');
  return rest === '' || isTownName(rest);
}

/** Whether words name a town a body may be named with: a region, a kecamatan or a regency's seat ("Sangatta"). */
function isTownName(words: string): boolean {
  return REGIONS_BY_NAME.has(words.toLowerCase()) || regencyOfDistrict(words) !== undefined;
}

/** A spelled-out acronym in parentheses inside a mention: its offsets from the mention's start. */
const PARENTHESISED_ACRONYM = /[ \t]*\([ \t]?([^()\s][^()]*?)[ \t]?\)/;

/**
 * The spans a hit is mentioned by: "Dinas Ketahanan Pangan (DKP) Kukar" is the name and its acronym, two mentions
 * (as NER corpora mark them); the region after the parenthesis, after a branch word or an office class or not
 * ("Perwakilan Kaltim", "Kelas I Balikpapan"), is a location's mention; any other words there stay the body's.
 */
function mentionPieces(text: string, hit: OrgHit): Span[] {
  const surface = text.slice(hit.start, hit.end);
  const m = hit.acronym && surface.includes('(') ? PARENTHESISED_ACRONYM.exec(surface) : null;
  if (!m || m.index === 0 || m[1] !== hit.acronym) return [{ start: hit.start, end: hit.end }];
  const acronymStart = hit.start + m.index + m[0].indexOf(m[1]!);
  const pieces: Span[] = [
    { start: hit.start, end: hit.start + m.index },
    { start: acronymStart, end: acronymStart + m[1]!.length },
  ];
  const restStart = hit.start + m.index + m[0].length;
  const rest = /^[ \t]*(.*?)[ \t]*$/.exec(text.slice(restStart, hit.end))!;
  const from = restStart + rest[0].indexOf(rest[1]!);
  const branch = (OFFICE_WORD.exec(` ${rest[1]} `) ?? OFFICE_CLASS.exec(` ${rest[1]} `))?.[0].length ?? 0;
  const region = rest[1] ? matchRegionAt(text, from + branch) : null;
  if (rest[1] && !(region && region.end === from + rest[1].length)) pieces.push({ start: from, end: from + rest[1].length });
  return pieces;
}

/** The written form without its trailing region ("Dinas KUMKMP Balikpapan" -> "Dinas KUMKMP"), when it has one. */
function withoutRegion(surface: string, hit: OrgHit): string | null {
  if (!hit.region) return null;
  let shortest: string | null = null;
  for (let i = surface.lastIndexOf(' '); i > 0; i = surface.lastIndexOf(' ', i - 1)) {
    const rest = matchRegionAt(surface, i + 1);
    if (rest && rest.end === surface.length) shortest = surface.slice(0, i).trim();
  }
  // A bare head ("Pemkot", "DPRD") names a different body in every region: not an alias of this one.
  // Only a form that keeps an acronym ("Dinas KUMKMP") still points at one body; "Dinas Kesehatan" does not.
  const specific = shortest?.split(' ').some((w) => ACRONYM.test(w) && !GENERIC_HEADS.has(w.toLowerCase()));
  return shortest && specific ? shortest : null;
}

/** Add the organizations the tagger found where no rule matched ("Pink Floyd", "Sriwijaya FC"); re-merges. */
export function addTaggedOrganizations(
  text: string,
  findings: OrganizationFindings,
  tagged: readonly { start: number; end: number }[],
  taken: readonly { start: number; end: number }[],
): OrganizationFindings {
  const extra: OrgHit[] = [];
  for (const span of [...tagged].sort((a, b) => a.start - b.start)) {
    if (clashesWith(span, findings.hits) || clashesWith(span, taken) || overlapsAny(span, extra)) continue;
    // "Gojek Tokopedia": two bodies the rules know side by side are not a third one.
    const inside = findings.hits.filter((h) => h.start >= span.start && h.end <= span.end);
    if (inside.length >= 2) continue;
    // "Perwakilan Bank Indonesia Balikpapan": an office word before a body the rules read is that body's office.
    if (inside.length === 1 && OFFICE_LEAD.test(text.slice(span.start, inside[0]!.start))) continue;
    // "Direktur Kepatuhan Bankaltimtara": after a title, a field of the title's words and a rule's body are that body.
    if (inside.length === 1 && TITLE_WORDS.has(wordBefore(text, span.start)) && span.end === inside[0]!.end) continue;
    // "PT Cakrawala Properti Nusantara Tbk and": a rule's body and lower-case words around it are that body.
    if (inside.length === 1 && !/\p{Lu}/u.test(text.slice(span.start, inside[0]!.start) + text.slice(inside[0]!.end, span.end))) continue;
    const surface = text.slice(span.start, span.end).replace(/\s+/g, ' ');
    // "Bursa Efek Indonesia (BEI)": an acronym spelling the name binds to it, as it does for the rules' bodies.
    const spelled = ACRONYM_IN_PARENTHESES_AT.exec(text.slice(span.end, span.end + 14));
    const binds = spelled !== null && !ACRONYM.test(surface) && initialsOf(surface) === spelled[1];
    const acronym = ACRONYM.test(surface) ? surface : binds ? spelled[1]! : null;
    const end = binds ? span.end + spelled[0].length : span.end;
    extra.push(makeHit(span.start, end, surface, { acronym, government: AGENCY_BY_FORM.get(surface)?.government ?? false, priority: 0 }));
  }
  if (extra.length === 0) return findings;
  // A bound acronym elsewhere ("BEI" alone) is the name it was bound to.
  const boundTo = new Map(extra.filter((h) => h.acronym && h.acronym !== h.base).map((h) => [h.acronym!, h.base]));
  for (const hit of extra) if (hit.acronym === hit.base && boundTo.has(hit.base)) hit.base = boundTo.get(hit.base)!;
  const hits = [...findings.hits, ...extra].sort((a, b) => a.start - b.start);
  return mergeHits(text, hits);
}

/** Drop the tagger's organization guesses that a rule found to be something else (a person's name); re-merges. */
export function dropTaggedOrganizations(
  text: string,
  findings: OrganizationFindings,
  taken: readonly { start: number; end: number }[],
): OrganizationFindings {
  const kept = findings.hits.filter((h) => h.priority > 0 || !overlapsAny(h, taken));
  return kept.length === findings.hits.length ? findings : mergeHits(text, kept);
}
