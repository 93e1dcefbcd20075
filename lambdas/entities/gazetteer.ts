/**
 * @module entities/gazetteer
 * Loads the data files once at module load and builds the lookups and regular expressions the finders share.
 */
import agencies from './data/agencies.json' with { type: 'json' };
import balineseNameWords from './data/balinese-name-words.json' with { type: 'json' };
import bodyHeadWords from './data/body-head-words.json' with { type: 'json' };
import clubNameTails from './data/club-name-tails.json' with { type: 'json' };
import ambiguousRegions from './data/ambiguous-regions.json' with { type: 'json' };
import commonAbbreviations from './data/common-abbreviations.json' with { type: 'json' };
import companies from './data/companies.json' with { type: 'json' };
import countries from './data/countries.json' with { type: 'json' };
import degrees from './data/degrees.json' with { type: 'json' };
import englishFunctionWords from './data/english-function-words.json' with { type: 'json' };
import districtRegencies from './data/district-regencies.json' with { type: 'json' };
import regencySeats from './data/regency-seats.json' with { type: 'json' };
import honorifics from './data/honorifics.json' with { type: 'json' };
import mediaOutlets from './data/media-outlets.json' with { type: 'json' };
import messagingApps from './data/messaging-apps.json' with { type: 'json' };
import nameOpeners from './data/name-openers.json' with { type: 'json' };
import nameStopwords from './data/name-stopwords.json' with { type: 'json' };
import orgTailWords from './data/org-tail-words.json' with { type: 'json' };
import englishOfficeFields from './data/english-office-fields.json' with { type: 'json' };
import orgWords from './data/org-words.json' with { type: 'json' };
import placeHeads from './data/place-heads.json' with { type: 'json' };
import naturalFeatureHeads from './data/natural-feature-heads.json' with { type: 'json' };
import peoples from './data/peoples.json' with { type: 'json' };
import personNouns from './data/person-nouns.json' with { type: 'json' };
import personOnlyVerbs from './data/person-only-verbs.json' with { type: 'json' };
import publicFigures from './data/public-figures.json' with { type: 'json' };
import ranks from './data/ranks.json' with { type: 'json' };
import regionAliases from './data/region-aliases.json' with { type: 'json' };
import relativeWords from './data/relative-words.json' with { type: 'json' };
import legislatureBodies from './data/legislature-bodies.json' with { type: 'json' };
import regionalUnits from './data/regional-units.json' with { type: 'json' };
import regions from './data/regions.json' with { type: 'json' };
import reportingVerbs from './data/reporting-verbs.json' with { type: 'json' };
import roleWords from './data/role-words.json' with { type: 'json' };
import patronRoles from './data/patron-roles.json' with { type: 'json' };
import sectors from './data/sectors.json' with { type: 'json' };
import speechVerbs from './data/speech-verbs.json' with { type: 'json' };
import englishSpeechVerbs from './data/speech-verbs-en.json' with { type: 'json' };
import titles from './data/titles.json' with { type: 'json' };
import wideAreas from './data/wide-areas.json' with { type: 'json' };
import { buildAlternation, escapeRegExp } from './text-scan.js';
import type {
  AgencyEntry,
  RegionEntry,
  RegionalUnitEntry,
  SectorEntry,
  TitleEntry,
} from './types.js';

export const REGIONS = regions as RegionEntry[];
/**
 * A ministry's English names in both orders English copy writes: "Ministry of Public Works" listed gives "Public Works
 * Ministry" too (Antara English and the Jakarta Post write the second), and the other way round.
 */
function withBothEnglishOrders(entry: AgencyEntry): AgencyEntry {
  if (entry.kind !== 'ministry') return entry;
  const forms = new Set(entry.aliases);
  for (const alias of entry.aliases) {
    const field = /^Ministry of (.+)$/.exec(alias)?.[1];
    if (field) forms.add(`${field} Ministry`);
    const before = /^(.+) Ministry$/.exec(alias)?.[1];
    if (before) forms.add(`Ministry of ${before}`);
  }
  return forms.size === entry.aliases.length ? entry : { ...entry, aliases: [...forms] };
}

/** National bodies (agencies.json) and well-known companies, clubs and international bodies (companies.json). */
export const AGENCIES = [...(agencies as AgencyEntry[]).map(withBothEnglishOrders), ...(companies as AgencyEntry[])];
export const TITLES = titles as TitleEntry[];
export const REGIONAL_UNITS = regionalUnits as RegionalUnitEntry[];
export const SECTORS = sectors as SectorEntry[];
export const SPEECH_VERBS = speechVerbs as string[];
/** English attribution verbs ("he said", "Marsudi stated"), for the English editions (Tempo English, Antara English). */
export const ENGLISH_SPEECH_VERBS = englishSpeechVerbs as string[];
export const REPORTING_VERBS = reportingVerbs as string[];
/** The speech and reporting verbs as patterns' alternations, longest form first. */
export const SPEECH_VERB_SOURCE = buildAlternation(SPEECH_VERBS);
export const REPORTING_VERB_SOURCE = buildAlternation(REPORTING_VERBS);

export const REGION_BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));
/** The regency or city of each kecamatan whose name is unique in Indonesia, by lower-cased name; built when asked. */
let regencyByDistrict: Map<string, RegionEntry> | null = null;

/**
 * The regency or city a kecamatan lies in, when its name is unique in Indonesia, or whose seat a town is
 * (regency-seats.json: "Sangatta"); undefined otherwise. The map of 6,600 names is built on the first call, not at
 * start-up: only a dateline that names no region asks for it.
 * @example regencyOfDistrict('Tenggarong')?.name // 'Kutai Kartanegara'
 */
export function regencyOfDistrict(name: string): RegionEntry | undefined {
  if (!regencyByDistrict) {
    regencyByDistrict = new Map();
    for (const entry of [...(districtRegencies as string[]), ...(regencySeats as string[])]) {
      const bar = entry.lastIndexOf('|');
      const regency = REGION_BY_CODE.get(entry.slice(bar + 1));
      if (regency) regencyByDistrict.set(entry.slice(0, bar).toLowerCase(), regency);
    }
  }
  return regencyByDistrict.get(name.toLowerCase());
}
/** Names (lower-cased) that several regions share, or that a short form points at. */
export const REGIONS_BY_NAME = new Map<string, RegionEntry[]>();
for (const region of REGIONS) {
  const key = region.name.toLowerCase();
  REGIONS_BY_NAME.set(key, [...(REGIONS_BY_NAME.get(key) ?? []), region]);
}

/**
 * The region of `kind` that bears `region`'s name: the region itself, or the other of a city and a regency of one
 * name ("Pemerintah Kabupaten Kediri" beside the city Kediri); undefined when no region of that kind bears it.
 */
export function regionOfKindNamed(region: RegionEntry, kind: RegionEntry['kind']): RegionEntry | undefined {
  return region.kind === kind ? region : REGIONS_BY_NAME.get(region.name.toLowerCase())?.find((r) => r.kind === kind);
}
export const REGION_ALIAS = new Map<string, RegionEntry>();
/** Each alias as written, by its lower-cased form (the alternation below matches the written case). */
const ALIAS_AS_WRITTEN = new Map<string, string>();
for (const { alias, code } of regionAliases as { alias: string; code: string }[]) {
  const region = REGION_BY_CODE.get(code);
  if (region) REGION_ALIAS.set(alias.toLowerCase(), region);
  ALIAS_AS_WRITTEN.set(alias.toLowerCase(), alias);
}
/** English points of the compass by the Indonesian word a regency's or city's name ends with. */
const ENGLISH_DIRECTIONS: Record<string, string> = { Utara: 'North', Selatan: 'South', Timur: 'East', Barat: 'West', Tengah: 'Central', Tenggara: 'Southeast', 'Barat Daya': 'Southwest', 'Barat Laut': 'Northwest' };
const DIRECTION_AT_END = new RegExp(`^(.+?) (${buildAlternation(Object.keys(ENGLISH_DIRECTIONS))})$`);
// "East Kutai", "South Jakarta", "Central Lombok": English outlets put the direction first.
for (const region of REGIONS) {
  if (region.kind === 'province') continue;
  const m = DIRECTION_AT_END.exec(region.name);
  const english = m ? `${ENGLISH_DIRECTIONS[m[2]!]} ${m[1]}` : null;
  if (!english || REGION_ALIAS.has(english.toLowerCase())) continue;
  REGION_ALIAS.set(english.toLowerCase(), region);
  ALIAS_AS_WRITTEN.set(english.toLowerCase(), english);
}
const CITY_NAMES = new Set(REGIONS.filter((r) => r.kind === 'city').map((r) => r.name));

/** The display name of a region: a regency that shares its name with a city keeps "Kabupaten". */
export function displayRegionName(region: RegionEntry): string {
  return region.kind === 'regency' && CITY_NAMES.has(region.name) ? `Kabupaten ${region.name}` : region.name;
}

/** Every written form of a region's name (names and aliases, capitalised as text writes them). */
export const REGION_FORM_LIST: readonly string[] = [...REGIONS.map((r) => r.name), ...REGION_ALIAS.keys()].map(restoreCase);
/** The same forms as one alternation. */
export const REGION_FORMS = buildAlternation(REGION_FORM_LIST);

/** Short forms are stored lower-cased in the map; give the alternation their written case back. */
function restoreCase(form: string): string {
  return ALIAS_AS_WRITTEN.get(form) ?? form;
}

export const ORG_WORDS = new Set(orgWords as string[]);
/**
 * Organization words that are one only before a given word: "Lalu" of "Satuan Lalu Lintas", where elsewhere it opens a
 * Sasak name ("Kepala Disperindag NTB Lalu Suryadi Wirawan").
 */
const ORG_WORDS_BEFORE: Record<string, RegExp> = { Lalu: /^[ \t]+Lintas(?![\p{L}])/u };
/** Whether `word`, followed by `after`, is organization vocabulary. */
export function isOrgWordBefore(word: string, after: string): boolean {
  return ORG_WORDS.has(word) && (ORG_WORDS_BEFORE[word]?.test(after) ?? true);
}
/** Words that end an organization's name ("Recording Academy", "Screenplay Production", "Jawa Pos Grup"). */
export const ORG_TAIL_WORDS = new Set(orgTailWords as string[]);
/** Those words and "Center" / "Centre" (a center of a work is a body, one named after a place a place), as a pattern source. */
export const BODY_TAIL_SOURCE = [...ORG_TAIL_WORDS, 'Center', 'Centre'].join('|');
/**
 * The capitalised fields of a company officer's English title ("Corporate Communications Manager", "Head of Legal &
 * Corporate Affairs", "Human Capital Director"): part of the title, no part of the company's name after it.
 */
export const ENGLISH_OFFICE_FIELDS: ReadonlySet<string> = new Set(englishOfficeFields as string[]);
/** Head words of bodies that stand alone for the body after a title ("Anggota Dewan", "Ketua Majelis"). */
export const BODY_HEAD_WORDS: ReadonlySet<string> = new Set(bodyHeadWords as string[]);
/** Messaging apps whose chat groups a "grup" cue may name ("grup WhatsApp", "grup Telegram"): no body. */
export const MESSAGING_APPS: ReadonlySet<string> = new Set(messagingApps as string[]);
/** Words a club named after its town ends with ("Buriram United", "Leeds United", "Bali United FC"). */
export const CLUB_NAME_TAILS: readonly string[] = clubNameTails as string[];
/** Non-official roles written before a name ("pelatih Dejan Antonic", "kuasa hukum X"), lower-case. */
export const ROLE_WORDS = roleWords as string[];
/**
 * Roles of those who visit, ride, buy from or learn at a place or a body ("pengunjung", "penumpang", "nasabah",
 * "santri"), among the role words: the name right after one is what they visit ("pengunjung Umbul Ponggok", "nasabah
 * Mekaar"); only a comma sets their own name off ("Wisatawan asal Semarang, Anindya Putri,").
 */
export const PATRON_ROLES: ReadonlySet<string> = new Set(patronRoles as string[]);
/**
 * Lower-case nouns for a person that are no role of their own ("pria", "seorang wanita", "pasien", "tetangga"): the
 * capitalised words a "bernama" puts after one are a person's name ("seorang pria bernama Jayanti").
 */
export const PERSON_NOUNS = personNouns as string[];
/** Verbs only a person is the subject of: birth, death, marriage, burial, schooling ("Roestam tamatan Sekolah Raja"). */
export const PERSON_ONLY_VERBS = personOnlyVerbs as string[];
/**
 * Indonesia's peoples (suku) as news names them ("Bugis", "Minangkabau", "Dayak"): after a role word one says where
 * a person is from ("ulama Minangkabau"), no name. Many are places too ("berasal dari Minangkabau"), so they stay places.
 */
export const PEOPLES: ReadonlySet<string> = new Set(peoples as string[]);
/**
 * One-word roles as written at a sentence start ("Dokter", "Pelatih"): a role before a name, never its first word;
 * kin and role words that are also names ("Putra Nababan", "Anak Agung", "Guru Dutt") are left out.
 */
export const CAPITALISED_ROLES = new Set(
  ROLE_WORDS.filter((r) => !r.includes(' ') && !['anak', 'guru', 'putra', 'putri'].includes(r)).map((r) => r[0]!.toUpperCase() + r.slice(1)),
);
/** Words that go on a place's name after a region ("Samarinda Kota", "Kutai Barat", "Metro Jaya", "Balikpapan Baru"). */
export const REGION_NAME_TAILS = new Set(['Kota', 'Utara', 'Selatan', 'Barat', 'Timur', 'Tengah', 'Raya', 'Jaya', 'Besar', 'Baru', 'Lama', 'Hulu', 'Hilir']);
/** Country names and their other written forms ("Turki", "Turkey") mapped to the Indonesian name. */
export const COUNTRY_BY_FORM = new Map<string, string>();
for (const { name, aliases } of countries as { name: string; aliases: string[] }[]) {
  for (const form of [name, ...aliases]) COUNTRY_BY_FORM.set(form, name);
}
/** Whether a form names a country, Indonesia included (the list holds the other countries only). */
export function isCountryForm(form: string): boolean {
  return form === 'Indonesia' || COUNTRY_BY_FORM.has(form);
}
/**
 * An area wider than one region: a continent or world region ("Timur Tengah"), a group of Indonesian regions
 * ("Jabodetabek", "Kaltimtara") or an island ("Kalimantan", "Sumatera").
 */
export interface WideArea {
  name: string;
  kind: 'world-region' | 'region-group' | 'island' | 'special-region' | 'foreign-region';
}
/** Wide areas by every written form ("Middle East", "Jabotabek"). */
export const WIDE_AREA_BY_FORM = new Map<string, WideArea>();
for (const { name, kind, aliases } of wideAreas as (WideArea & { aliases: string[] })[]) {
  for (const form of [name, ...aliases]) WIDE_AREA_BY_FORM.set(form, { name, kind });
}
/** Full names of national figures by the short forms news names them with ("Jokowi" -> "Joko Widodo"). */
export const FIGURE_BY_SHORT_FORM = new Map<string, string>();
for (const { name, aliases } of publicFigures as { name: string; aliases: string[] }[]) {
  for (const alias of aliases) FIGURE_BY_SHORT_FORM.set(alias, name);
}
/** News outlets and platforms as written ("ANTARA News", "Kompas.com", "detikINET"): credits, never people. */
export const MEDIA_OUTLETS = mediaOutlets as string[];
/** Abbreviations and words of common nouns ("KUHP", "ATM", "Puskesmas"): never a named entity on their own. */
export const COMMON_ABBREVIATIONS = new Set(commonAbbreviations as string[]);
export const MEDIA_OUTLET_KEYS = new Set(MEDIA_OUTLETS.map((o) => o.toLowerCase()));
export const HONORIFICS = new Set(honorifics as string[]);
/** Honorifics written with a period, without it: tokens lose the period ("Dr." is the tokens "Dr" and "."). */
export const HONORIFIC_STEMS: ReadonlySet<string> = new Set([...HONORIFICS].filter((h) => h.indexOf('.') === h.length - 1).map((h) => h.slice(0, -1)));
/** The stems that are capitalised words ("Capt", "Dr", "Drs"), as a pattern source: before its stop one opens a name. */
export const STOPPED_HONORIFIC_SOURCE = [...HONORIFIC_STEMS].filter((h) => /^\p{Lu}\p{Ll}+$/u.test(h)).join('|');
/** Javanese honorifics that are part of the name a person is known by ("Ki Hajar Dewantara", "Nyi Ageng Serang"). */
export const HONORIFICS_IN_NAMES: ReadonlySet<string> = new Set(['Ki', 'Nyi']);
/** Honorifics that are common words too ("Ibu Kota", "Bapak Pembangunan", "Tuan rumah"): they open other names. */
const ADDRESS_WORDS = new Set(['Bapak', 'Bu', 'Ibu', 'Pak', 'Tuan', 'Sdr.']);
/** Honorifics that open only a person's name ("Ki Hajar Dewantara", "KH Hasyim Asy'ari", "Nyi Ageng Serang"). */
export const PERSON_HONORIFICS = new Set([...HONORIFICS].filter((h) => !ADDRESS_WORDS.has(h)));
/** Words that open only a person's name, as part of it: Bugis, Sasak, Acehnese and Malay ("Andi", "Baiq", "Teuku", "Wan"). */
export const NAME_OPENERS = new Set(nameOpeners as string[]);
/**
 * Words for a relative ("istri", "putra", "keponakan"), lower-case, each the relative and never a form of address;
 * "ibu" is left out: "Ibu Gubernur" is the governor herself, and only "ibunya" names a relative.
 */
export const RELATIVE_WORDS: readonly string[] = relativeWords as string[];
/** A legislature's inner bodies ("Pansus", "Badan Kehormatan", "Fraksi"): whoever heads one sits in that legislature. */
export const LEGISLATURE_BODIES: readonly string[] = legislatureBodies as string[];
/** One of LEGISLATURE_BODIES opening a string, the longest form first ("Badan Kehormatan Dewan", not "Badan Kehormatan"). */
export const LEGISLATURE_BODY_AT = new RegExp(
  `^(?:${[...LEGISLATURE_BODIES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])`,
  'u',
);
/** Words that follow the "I" or "Ni" opening a Balinese name: birth-order names and caste titles ("I Wayan", "Ni Luh"). */
export const BALINESE_NAME_WORDS = new Set(balineseNameWords as string[]);
/**
 * Academic degrees and the letters of religious orders after a priest's name ("SVD", "OFMCap"), each with and without its
 * closing period ("Sp.PD" and "Sp.PD.", "M.Kes." and "M.Kes"), and a medical specialist's with the consultant's "(K)"
 * ("Sp.JP(K)", "Sp.A(K)").
 */
export const DEGREES = new Set(
  (degrees as string[]).flatMap((d) => {
    const bare = d.endsWith('.') ? d.slice(0, -1) : d;
    return [d, d.endsWith('.') ? bare : `${d}.`, ...(/^Sp\.?\p{Lu}/u.test(bare) ? [`${bare}(K)`] : [])];
  }),
);
export const RANKS = new Set(ranks as string[]);
/** English pronouns, prepositions and conjunctions that open a sentence ("He", "At", "As"). */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(englishFunctionWords as string[]);
/** Sentence words that start no name: Indonesian ones, and the English function words ("He", "At"). */
export const NAME_STOPWORDS = new Set([...(nameStopwords as string[]), ...ENGLISH_FUNCTION_WORDS]);
export const PLACE_HEADS = placeHeads as string[];
/** The head words of natural features (Sungai, Gunung, Pulau ...): the words after one name the feature. */
export const NATURAL_FEATURE_HEADS: readonly string[] = naturalFeatureHeads as string[];
/** The first word of each place head, as written ("Gunung", "Stasiun", "Bandara"). */
export const PLACE_HEAD_FIRST_WORDS: ReadonlySet<string> = new Set(PLACE_HEADS.map((h) => h.split(' ')[0]!));
/** Region names that are also common words or given names: they count only with a prefix or a locative word. */
export const AMBIGUOUS_REGION_NAMES = new Set(ambiguousRegions as string[]);

/**
 * The class of a vertical office, written before its seat ("Kelas I", "Kelas IIA", an immigration office's "Kelas I
 * Khusus", a customs office's "Tipe Madya Pabean B" or "TMP C"); no part of the office's name.
 */
export const OFFICE_CLASS_WORDS = '(?:(?:Kelas|Klas)[ \\t]+(?:I{1,3}|IV|[1-4])[ABC]?(?:[ \\t]+Khusus)?|Utama|Tipe[ \\t]+(?:Madya[ \\t]+(?:Pabean|Cukai)(?:[ \\t]+[ABC])?|Pratama|[ABC])|TM[PC](?:[ \\t]+[ABC])?)';

/** Title forms (title and variants) mapped to their entry. */
export const TITLE_BY_FORM = new Map<string, TitleEntry>();
for (const entry of TITLES) {
  for (const form of [entry.title, ...entry.variants]) TITLE_BY_FORM.set(form, entry);
}
/** Agency forms (name, acronym, aliases) mapped to their entry. */
export const AGENCY_BY_FORM = new Map<string, AgencyEntry>();
for (const entry of AGENCIES) {
  for (const form of [entry.name, entry.acronym, ...entry.aliases]) {
    if (form && !AGENCY_BY_FORM.has(form)) AGENCY_BY_FORM.set(form, entry);
    // "Association of The Indonesian Tours and Travel Agencies": Indonesian copy capitalises an English name's "the".
    const capitalThe = form?.replace(/ of the /g, ' of The ');
    if (capitalThe && capitalThe !== form && !AGENCY_BY_FORM.has(capitalThe)) AGENCY_BY_FORM.set(capitalThe, entry);
  }
}
/** Every name, short form and alias of the listed parties ("Partai Golongan Karya", "Golkar", "PKS"). */
export const PARTY_FORMS: readonly string[] = AGENCIES.filter((a) => a.kind === 'party').flatMap((a) => [a.name, a.acronym ?? '', ...a.aliases]).filter((f) => f !== '');

/**
 * Ministers' and deputy ministers' short titles and their ministries: a ministry's short form without its "Ke"
 * ("Kemendagri" -> "Mendagri", "Kemenkeu" -> "Menkeu", "Wamenkeu"). They are forms of the "Menteri" and "Wakil
 * Menteri" titles too.
 */
export const MINISTRY_BY_MINISTER_FORM = new Map<string, AgencyEntry>();
const MINISTER = TITLE_BY_FORM.get('Menteri');
const DEPUTY_MINISTER = TITLE_BY_FORM.get('Wakil Menteri');
for (const entry of AGENCIES) {
  if (entry.kind !== 'ministry' || !MINISTER || !DEPUTY_MINISTER) continue;
  for (const title of entry.ministerTitles ?? []) {
    MINISTRY_BY_MINISTER_FORM.set(title, entry);
    TITLE_BY_FORM.set(title, MINISTER);
  }
  for (const form of [entry.acronym, ...entry.aliases]) {
    const short = form && /^Kemen[a-z]+$/.test(form) ? `M${form.slice(3)}` : null;
    if (!short) continue;
    for (const [title, holder] of [[short, MINISTER], [`Wa${short.toLowerCase()}`, DEPUTY_MINISTER]] as const) {
      if (TITLE_BY_FORM.has(title)) continue;
      MINISTRY_BY_MINISTER_FORM.set(title, entry);
      TITLE_BY_FORM.set(title, holder);
    }
  }
}

/**
 * A Dinas head's title glued to the unit's one-word short form ("Kadishub" = Kepala Dishub, "Kadinkes", "Kadisdik"),
 * by the unit's short form.
 */
export const GLUED_HEAD_FORMS = new Map(
  REGIONAL_UNITS.filter((u) => /^Di[sn][a-z]+$/.test(u.abbr)).map((u) => [`Ka${u.abbr.toLowerCase()}`, u.abbr]),
);
const DINAS_HEAD = TITLE_BY_FORM.get('Kepala Dinas');
if (DINAS_HEAD) for (const form of GLUED_HEAD_FORMS.keys()) if (!TITLE_BY_FORM.has(form)) TITLE_BY_FORM.set(form, DINAS_HEAD);

export const REGIONAL_UNIT_BY_ABBR = new Map(REGIONAL_UNITS.map((u) => [u.abbr, u]));

/**
 * Titles only before a country's name ("Raja Yordania", "Ratu Inggris", "PM Jepang"): elsewhere the words open names
 * and places ("Raja Juli Antoni", "Raja Basa", "Taman Kota Raja") or a measure ("PM 2,5"), so no reader stops at them.
 */
export const COUNTRY_TITLES: ReadonlySet<string> = new Set(['Raja', 'Ratu', 'PM']);
/** Title forms of one word ("Kajari", "Bupati", "Camat"), but for those of a country. */
export const ONE_WORD_TITLES = new Set([...TITLE_BY_FORM.keys()].filter((form) => !form.includes(' ') && !COUNTRY_TITLES.has(form)));
/**
 * Words of a title of several words that alone are parts of names, not titles ("Duta" of "Duta Besar"; singer Duta;
 * "Tua" of the Minahasa "Hukum Tua", a Batak name's "Maruli Tua Siregar").
 */
const GIVEN_NAMES_IN_TITLES = new Set(['Duta', 'Tua']);
/** Every word that appears in a title form but those above: such words never start a person's name. */
export const TITLE_WORDS = new Set(
  [...TITLE_BY_FORM.keys()].flatMap((form) => form.split(' ')).filter((word) => !COUNTRY_TITLES.has(word) && !GIVEN_NAMES_IN_TITLES.has(word)),
);
export const AGENCY_BY_LOWER_NAME = new Map(AGENCIES.map((a) => [a.name.toLowerCase(), a]));

