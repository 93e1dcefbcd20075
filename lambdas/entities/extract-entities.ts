/**
 * @module entities/extract-entities
 * Runs the finders in order: regions and home region, organizations, named places, the tagger (with the rule
 * findings as hints), people, quotes, sectors. Rule findings win where the tagger overlaps them.
 */
import type { EntityResult } from '../shared/types.js';
import { detectDateline, findDatelineRegion, findDatelineSpan, findDatelineTown } from './dateline.js';
import { buildLocations, findCoordinatedPlaces, findCountryAndAreaHits, findPlaceHits, findRegionHits, isCurrencyOrTitleAt, isNamedAreaIn, matchRegionAt, namesAPeople, pickHomeRegion } from './locations.js';
import { ONE_WORD_BODY_HEADS } from './named-bodies.js';
import { SCHOOL_KINDS, UNIT_SHORT_NAMES, addTaggedOrganizations, dropTaggedOrganizations, findOrganizations, redefinedAcronyms } from './organizations.js';
import { ACTING_MARK_ONLY, ENGLISH_ROLE_AFTER, HOLDER_MARKS, findPeople, isWordWrittenLower, opensSentenceWrittenLower } from './people.js';
import { ADDRESSED_NAME } from './person-aliases.js';
import { findQuotes } from './quotes.js';
import { findSectors } from './sectors.js';
import { buildHints, tagText } from './tagger.js';
import { isAffixedWord, isDictionaryWord, isEnglishWord, isKnownPlaceName, isListedName, knownNameLength, tokenize } from './tagger-features.js';
import { buildNotEntityContext, dropNotEntities, findFestivalNames, isNotEntity, isOutletName } from './not-entities.js';
import { ACRONYM_IN_PARENTHESES_AT, CAPITALISED_WORD, SENTENCE_BREAK_SOURCE, capitalize, clashesWith, insideLonger, matchAt, overlapsAny, titleCaseIfUpper, withinAny, wordBefore } from './text-scan.js';
import { AREA_UNIT_KIND, AREA_UNIT_LEAD, AREA_UNIT_WORDS } from '../shared/area-units.js';
import { CLUB_NAME_TAILS, COMMON_ABBREVIATIONS, DEGREES, TITLE_BY_FORM, ENGLISH_FUNCTION_WORDS, HONORIFICS, ONE_WORD_TITLES, PLACE_HEADS, RANKS, RELATIVE_WORDS, REPORTING_VERB_SOURCE, isCountryForm } from './gazetteer.js';
import { AGE_AFTER, COMMA_AGE_AFTER, ENGLISH_AGE_AFTER, RANK_PHRASE_AT, isDateWord } from './person-names.js';
import {
  PLACE_HEAD_WORDS,
  endsPlaceList,
  endsBodyList,
  endsSpotName,
  extendsRuleSpan,
  isAddressPart,
  isBeforeEnglishPlaceKind,
  isTownOfNamedRegion,
  isAreaRun,
  withJoinedWords,
  withKnownPlaceOpening,
  withoutLeadingCommonWord,
  withoutLeadingRole,
  withoutLeadingTitle,
} from './tagged-spans.js';
import type { OrgHit, RegionHit, Span } from './types.js';
import type { PlaceHit } from './locations.js';
import buildingWords from './data/building-words.json' with { type: 'json' };
import gatheringWords from './data/gathering-words.json' with { type: 'json' };
import demonyms from './data/demonyms.json' with { type: 'json' };
import noiseLines from './data/noise-lines.json' with { type: 'json' };

/**
 * Never a place on their own: English adjectives of nationality and day/month names ("an Indonesian problem"), English
 * function words ("As of Monday", where a desa is named As), and
 * the words for a kind of area or spot ("Puskesmas Kecamatan", "Kantor Desa").
 */
const DEMONYMS: ReadonlySet<string> = new Set(demonyms as string[]);
/** Words for a building, named after the body it houses ("Kantor Bapenda", "Auditorium Unmul"): the name is a place's. */
const BUILDING_WORDS: ReadonlySet<string> = new Set(buildingWords);
/** Whether a span's last word opens a rank that runs past it ("... spokesman Brig" before ". Gen."). */
function runsIntoRank(text: string, span: Span): boolean {
  const last = /\S+$/.exec(text.slice(span.start, span.end))?.[0] ?? '';
  return (matchAt(RANK_PHRASE_AT, text, span.end - last.length)?.[0].length ?? 0) > last.length;
}
/** The domain endings of news sites' addresses. */
const WEB_DOMAINS = String.raw`\.(?:com|co\.id|id|net|org|news)`;
/** A web domain written against a name: ".com", ".co.id", ".id". */
const WEB_DOMAIN_AT = new RegExp(`^${WEB_DOMAINS}(?![\\p{L}\\p{N}])`, 'iu');
/** An English word in lower case for a kind of body right after a name: " boarding school", " hospital". */
const ENGLISH_BODY_HEAD_AFTER = /^[ \t]+(?:boarding school|school|hospital|mosque|church|university|foundation|cooperative)(?![\p{L}])/u;
/** A web domain closing a written word ("POS-KUPANG.COM", "tribunkaltim.co.id"). */
const WEB_DOMAIN_IN = new RegExp(`${WEB_DOMAINS}[.)]?$`, 'iu');

/** "The Indonesian", "The Samarinda": an English article, then a demonym, a country or a region. */
function isArticleAndOrigin(surface: string): boolean {
  const origin = /^The[ \t]+(.+)$/.exec(surface)?.[1];
  return origin !== undefined && (DEMONYMS.has(origin) || isCountryForm(origin) || matchRegionAt(origin, 0)?.end === origin.length);
}
/** "masuk", "masuknya" right before a name ("memasuki", to enter, goes on into a place). */
const ENTERS_BEFORE = /(?:^|[^\p{L}])masuk(?:nya)?[ \t]+$/u;

/**
 * "masuk Formularium Nasional", "dengan masuknya Bara Medika": after "masuk" (be included, enter) only a known area or
 * a place by its head or unit word ("masuk Pelabuhan Semayang", "Pedukuhan Jetis") is a place; a list, a programme or a firm is not.
 */
function isEnteredNonPlace(text: string, place: { start: number; end: number; kind?: string }): boolean {
  if (!isNamedSpot(place) || !ENTERS_BEFORE.test(text.slice(Math.max(0, place.start - 12), place.start))) return false;
  const written = text.slice(place.start, place.end);
  return !PLACE_HEADS.some((h) => written.startsWith(`${h} `)) && AREA_UNIT_KIND[written.split(' ')[0]!] === undefined;
}
const NOT_PLACES = new Set([...(demonyms as string[]), ...ENGLISH_FUNCTION_WORDS, ...AREA_UNIT_WORDS, 'Kota', 'Kabupaten', 'Provinsi', ...PLACE_HEADS]);

/**
 * A Latin species epithet: a word in lower case no dictionary holds, with a Latin ending ("aegypti", "falciparum"; not
 * the "-ai" of "sebagai").
 */
function isSpeciesEpithet(word: string): boolean {
  return /(?:[^aiou]i|us|um|ae|is|ax)$/.test(word) && !isDictionaryWord(word) && !isEnglishWord(word) && !isAffixedWord(word);
}

/**
 * Whether a "place" is a rank: "berpangkat Komisaris Polisi (Kompol)", "berpangkat Ajun Komisaris Besar" (a desa is
 * named Kompol, a kecamatan Ajung).
 */
function isRankWords(text: string, span: Span): boolean {
  const surface = text.slice(span.start, span.end);
  // "Letkol Inf", "Mayor Czi": a rank and its corps, every word a rank's.
  return RANKS.has(surface) || surface.split(/[ \t]+/).every((w) => RANKS.has(w)) || /berpangkat[ \t]+(?:\p{Lu}\p{Ll}*[ \t]+)*\(?$/u.test(text.slice(Math.max(0, span.start - 60), span.start));
}

/** A school's name: its kind, then a space ("SD Negeri 014 Loa Kulu", "SMA Negeri 1 Samarinda"). */
const SCHOOL_NAME = new RegExp(`^(?:${SCHOOL_KINDS}|Madrasah|TK)N?[ \\t]`);

/** The glued form of a state school's kind ("SMAN", "SDN", "MTsN"), at the start of a name. */
const STATE_SCHOOL_FORM = /^(?:SMAN|SMPN|SMKN|SMUN|SDN|MTsN)(?=[ \t])/;

/** Options of {@link extractEntities}. */
export interface ExtractEntitiesOptions {
  /** The headline when it is not part of `text`; adds sector evidence. */
  title?: string | null;
  /** The dateline place when the caller already knows it; else it is read from the text. */
  dateline?: string | null;
}

/** Add the dateline's region mention ("JAKARTA, KOMPAS.com -") when the region finder missed it. */
function withDatelineRegion(hits: RegionHit[], dateline: RegionHit | null): RegionHit[] {
  if (!dateline || overlapsAny(dateline, hits)) return hits;
  return [dateline, ...hits];
}

/**
 * The contract's kind of a place the tagger found: a known kecamatan is a district, a known desa a village.
 * Indonesia is a country: countries.json leaves it out, as a rule would read it inside every body's name
 * ("Bank Indonesia", "Timnas Indonesia"), so only the tagger finds it.
 */
function knownAreaKind(name: string): string {
  if (name === 'Indonesia') return 'country';
  const words = tokenize(name).map((t) => t.text);
  if (knownNameLength(words, 0, 'd') === words.length) return 'district';
  return knownNameLength(words, 0, 'v') === words.length ? 'village' : 'place';
}

/** Whether a tagged place's word may be a title's field instead: a word of the language that names no country. */
const isFieldWordInTitle = (word: string): boolean => isDictionaryWord(word) && !isCountryForm(word);

/** Whether a place is an area the region list does not hold: a world region, a group of regions, an island, IKN, a foreign state. */
const isWideArea = (place: PlaceHit): boolean =>
  place.kind === 'world-region' || place.kind === 'region-group' || place.kind === 'island' || place.kind === 'special-region' || place.kind === 'foreign-region';
/** Whether a place is found by its name anywhere, not only after a place word: a country or a wide area. */
const isCountryOrArea = (place: PlaceHit): boolean => place.kind === 'country' || isWideArea(place);
/** Whether a place is a named spot (park, market, street, building), no administrative area. */
const isNamedSpot = (place: { kind?: string }): boolean => place.kind === undefined || place.kind === 'place';

/** A military command's number and slash ("Kodam I/", "Pangdam I/", "Korem 091/"): what follows is the command's name. */
const COMMAND_NUMBER_BEFORE = /(?:^|[ \t])(?:[IVXL]+|\d{2,4}(?:-\d{1,3})?)[ \t]*\/[ \t]*$/;

/**
 * Whether a named spot, desa or kecamatan is a command's name ("Pangdam I/Bukit Barisan", "Pangdam VI/Mulawarman"),
 * no place of the story; a region after the slash is the command's seat ("Kodim 0906/Kutai Kartanegara") and stays.
 */
const isCommandName = (text: string, place: { start: number; kind?: string }): boolean =>
  (isNamedSpot(place) || place.kind === 'village' || place.kind === 'district') &&
  COMMAND_NUMBER_BEFORE.test(text.slice(Math.max(0, place.start - 8), place.start));

/** The prefixes of ships' names, as a pattern source. */
const VESSEL_PREFIXES = 'KM|KMP|KRI|KLM|KN|MV|MT|TB';
/** A ship's prefix right before a name ("KM Bukit Siguntang", "KMP Port Link", "KRI Bima Suci"): the name is a vessel's. */
const VESSEL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${VESSEL_PREFIXES}|Kapal(?:[ \\t]+Motor)?)\\.?[ \\t]+$`, 'u');

/** A ship's prefix opening a place's words ("KMP Tao Toba II", read with its prefix). */
const VESSEL_OPENING = new RegExp(`^(?:${VESSEL_PREFIXES})\\.?[ \\t]+\\p{Lu}`, 'u');
/** Whether a place is a vessel's name, no place of the story. */
const isVesselName = (text: string, place: Span): boolean =>
  VESSEL_BEFORE.test(text.slice(Math.max(0, place.start - 14), place.start)) || VESSEL_OPENING.test(text.slice(place.start, place.end));

/**
 * Whether a place is a kind of facility spelled out before its common short form ("Stasiun Pengisian Kendaraan Listrik
 * Umum (SPKLU)"), no named place.
 */
const isSpelledCommonTerm = (text: string, place: Span): boolean => {
  const acronym = ACRONYM_IN_PARENTHESES_AT.exec(text.slice(place.end, place.end + 14))?.[1];
  return acronym !== undefined && COMMON_ABBREVIATIONS.has(acronym);
};

/** Whether a tagged place holds two rule places, or one and a region ("Kecamatan X Kota Y", "Pelabuhan X Balikpapan"). */
function isChainOfRulePlaces(span: Span, rulePlaces: readonly PlaceHit[], regionHits: readonly RegionHit[]): boolean {
  const within = (r: Span): boolean => r.start >= span.start && r.end <= span.end;
  const places = rulePlaces.filter((r) => !isCountryOrArea(r) && within(r));
  return places.length >= 2 || (places.length === 1 && regionHits.some(within));
}

/**
 * The rule places and regions that are places of the story, not words of a longer name. A country or wide area
 * inside a body's name is part of it ("Kepresidenan Turki", "Uni Eropa"); so is a named spot ("RSUD Taman Husada").
 * A region or place inside the own name of a company, club or association is too ("PT Kaltim Elektrik Power",
 * "Persib Bandung", "Ikatan Pedagang Pasar Indonesia"); a government body's region is its seat ("Pengadilan Tinggi
 * DKI Jakarta"), as is the region a branch is named with ("APPSI Kukar"). A wide area inside a longer place's name
 * is that place ("Pulau Kalimantan", "Laut Flores").
 */
function storyPlaces(
  text: string,
  rulePlaces: readonly PlaceHit[],
  taggedPlaces: readonly PlaceHit[],
  regionHits: readonly RegionHit[],
  orgHits: readonly OrgHit[],
): { places: PlaceHit[]; regions: RegionHit[] } {
  const privateOrgs = orgHits.filter((o) => !o.government);
  // A school names its town as a part of its name ("SMA Negeri 1 Samarinda"), as a company does ("PT Kaltim Prima").
  const ownNames = orgHits.filter((o) => !o.region && (!o.government || SCHOOL_NAME.test(o.base)));
  const allPlaces = [...rulePlaces, ...taggedPlaces];
  // "Pertamina Patra Niaga Regional Kalimantan": the area a company's regional unit is named by is the unit's name.
  const namesUnit = (p: Span): boolean => orgHits.some((o) => o.end <= p.start && p.start - o.end <= 12 && UNIT_AREA_WORD.test(text.slice(o.end, p.start)));
  const places = rulePlaces.filter(
    (p) => !insideLonger(p, isCountryOrArea(p) || isNamedSpot(p) ? orgHits : privateOrgs) && !(isWideArea(p) && insideLonger(p, allPlaces)) && !namesUnit(p),
  );
  // "Majelis Adat Aceh (MAA) Kabupaten Aceh Besar": a region inside a seated body's name other than its seat is a word
  // of the name.
  const seatedElsewhere = (r: RegionHit): boolean => insideLonger(r, orgHits.filter((o) => o.region && o.region.name !== r.region.name));
  return { places: [...places, ...findForeignTownPlaces(orgHits)], regions: regionHits.filter((r) => !insideLonger(r, ownNames) && !seatedElsewhere(r) && !namesUnit(r)) };
}

/**
 * "Harun Rasyid gelar Batin Kemala Jaya": the customary title a person is given ("gelar", then maybe its rank word) is
 * no place, though a village bears its words.
 */
function isAdatTitle(text: string, span: Span): boolean {
  return GELAR_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
}
const GELAR_BEFORE = /(?:^|[^\p{L}])gelar[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?$/u;

/** Words for a religious gathering no dictionary of the language holds ("Tabligh Akbar", "Istighosah Akbar"). */
const GATHERING_WORDS: ReadonlySet<string> = new Set(gatheringWords);

/** A company's word for a regional unit between its name and the area: " Regional ", " Area ". */
const UNIT_AREA_WORD = /^[ \t]+(?:Regional|Region|Area)[ \t]+$/;

/** The town a foreign local government is named after ("Pemerintah kota Cekmekoy" -> "Cekmekoy") is a place too. */
function findForeignTownPlaces(hits: readonly OrgHit[]): PlaceHit[] {
  return hits.flatMap((o) => {
    const town = /^Pemerintah (?:Kota|Kabupaten|Provinsi) (.+)$/.exec(o.base)?.[1];
    return town && !o.region ? [{ start: o.end - town.length, end: o.end, name: town }] : [];
  });
}

/** A club named after its town ("Buriram United", "Leeds United", "Bali United FC"): group 1 is the town. */
const CLUB_NAME = new RegExp(`^(\\p{Lu}\\p{Ll}+)[ \\t]+(?:${CLUB_NAME_TAILS.join('|')})(?:[ \\t]+FC)?$`, 'u');

/** The town a club the text names is named after, where the tagger read it alone as a person ("datang ke Buriram"). */
function withClubTowns<T extends { start: number; end: number; kind: string }>(text: string, tagged: readonly T[], ruleOrgs: readonly Span[]): T[] {
  const towns = new Set(
    [...tagged.filter((t) => t.kind === 'ORG'), ...ruleOrgs].flatMap((o) => CLUB_NAME.exec(text.slice(o.start, o.end))?.[1] ?? []),
  );
  return towns.size === 0 ? [...tagged] : tagged.map((t) => (t.kind === 'PER' && towns.has(text.slice(t.start, t.end)) ? { ...t, kind: 'LOC' } : t));
}

/** An English abstract noun ("Oscillation", "Movement", "Society"): it ends no person's name. */
function isEnglishAbstractNoun(word: string): boolean {
  return /^[A-Z][a-z]+(?:tion|sion|ment|ness|ity|ism)$/.test(word) && isEnglishWord(word);
}

/**
 * A relative's word with its "-nya" and a comma, or with "dari", right before a name ("adiknya, ", "ibunya, ", "ibu dari
 * "); not "anak dari" ("anak-anak dari Klamono": children from a place).
 */
const KIN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:(?:${[...RELATIVE_WORDS, 'ibu'].join('|')})nya,|(?<!-)(?:${[...RELATIVE_WORDS.filter((w) => w !== 'anak'), 'ibu', 'bapak'].join('|')})[ \\t]+dari)[ \\t]+$`, 'iu');

/**
 * Whether a tagged "place" is a person by what follows it: an age ("Dahlan Usup (58)", after a list of the places he
 * lives in), or, set off by commas, a verb of saying ("PON 2024, Samudra Wijaya Kusuma, mengaku siap").
 */
function speaksAsPerson(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 24);
  // Not a place the rules know ("di Kelurahan Pemaluan, Sepaku, mengaku": where the speaker lives).
  // "Lestari Ningrum Hasibuan, a labor economist at ...": an English role set off after the name is a person's.
  return (
    AGE_AFTER.test(after) ||
    COMMA_AGE_AFTER.test(after) ||
    // "Tanah Datar, Yusnidar, a 52-year-old rendang maker, said": a place list's last name is a person's with an age.
    ENGLISH_AGE_AFTER.test(text.slice(span.end, span.end + 24)) ||
    (!isKnownPlaceName(text.slice(span.start, span.end)) &&
      ((text[span.start - 2] === ',' && APPOSITIVE_SPEAKER_AFTER.test(after)) ||
        // "in Bener Meriah, Irwansyah Aman Sari, said": in English too, unless an English word for a kind of area ends
        // the name ("Canggu, Badung Regency, said" is an address).
        (text[span.start - 2] === ',' && APPOSITIVE_SAID_AFTER.test(after) && !ENGLISH_AREA_KIND_END.test(text.slice(span.start, span.end))) ||
        ENGLISH_ROLE_AFTER.test(text.slice(span.end, span.end + 48)) ||
        // "fishermen group leader Yosias Rahangiar said": a name of two words or more no place list knows, then an
        // English verb of saying (an Indonesian one follows an island's people too: "Pulau Seram mengeluhkan").
        (/[ \t]/.test(text.slice(span.start, span.end)) && SPEAKER_VERB_AFTER.test(after))))
  );
}
/** English verbs of saying that follow a speaker's name. */
const ENGLISH_SAID = 'said|says|told|stated|added|explained|noted';
const SPEAKER_VERB_AFTER = new RegExp(`^[ \\t]+(?:${ENGLISH_SAID})(?![\\p{L}])`, 'u');
const APPOSITIVE_SPEAKER_AFTER = new RegExp(`^,[ \\t]+(?:${REPORTING_VERB_SOURCE})(?![\\p{L}])`, 'u');
/** An English word for a kind of area ending a name: "Badung Regency", "Kupang District". */
const ENGLISH_AREA_KIND_END = /[ \t](?:Regency|Province|City|District|Sub-?district|Village|Islands?|Town|Municipality)$/;
/** ", said": an English verb of saying after a name set off by commas. */
const APPOSITIVE_SAID_AFTER = new RegExp(`^,[ \\t]+(?:${ENGLISH_SAID})(?![\\p{L}])`, 'u');

/** Where a sentence, a line or a quote opens, right before a word (a quote's mark right before it). */
const SENTENCE_OPENS_BEFORE = new RegExp(`(?:${SENTENCE_BREAK_SOURCE}|["“])$`);

/**
 * Whether a span is a word of the language opening a sentence, then a body the rules read that closes the span ("Data
 * Bapenda menyebut", "Evaluasi Kemendagri"): no person or place. Only where a sentence opens, which capitalised the
 * word: "ke Kantor Kemenag" is a place.
 */
function isOpenerBeforeBody(text: string, span: Span, orgHits: readonly OrgHit[]): boolean {
  const opener = /^\S+/.exec(text.slice(span.start, span.end))![0];
  return (
    SENTENCE_OPENS_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)) &&
    isDictionaryWord(opener.toLowerCase()) &&
    orgHits.some((o) => o.priority > 0 && o.end === span.end && o.start === span.start + opener.length + 1)
  );
}

/** The whole written word a span lies in, up to spaces and commas ("Sp.PD" for the "PD" of it). */
function writtenWord(text: string, span: Span): string {
  let start = span.start;
  let end = span.end;
  while (start > 0 && !/[\s,]/.test(text[start - 1]!)) start -= 1;
  while (end < text.length && !/[\s,]/.test(text[end]!)) end += 1;
  return text.slice(start, end);
}

/**
 * Typographic quotes and apostrophes, and en / em dashes between spaces, each a code unit its plain form replaces one
 * for one. A dash written against a word stays: "Sangatta–Bengalon" is a route of two places, "Sangatta-Bengalon" one.
 */
const TYPOGRAPHIC = /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f]|(?<=[ \t])[\u2013\u2014](?=[ \t])/g;
const PLAIN_FORM: Record<string, string> = {
  '\u2013': '-', '\u2014': '-', '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"',
};

/**
 * The text with curly quotes, apostrophes and spaced en / em dashes in their plain forms, offsets unchanged. A single one of
 * them makes the engine hold the whole text two bytes per character, and every pattern then runs about 15% slower;
 * the rules read both forms alike (the dateline and the quotes, which tell them apart, read the text as written).
 * @example plainTypography('“Ma’ruf” – kata') // '"Ma\'ruf" - kata'
 */
export function plainTypography(text: string): string {
  // A text of Latin-1 characters only has nothing to replace.
  if (!BEYOND_LATIN1.test(text)) return text;
  const plain = text.replace(TYPOGRAPHIC, (c) => PLAIN_FORM[c]!);
  // replace() keeps a two-byte string two bytes per character: rebuilt from its Latin-1 bytes, it takes one.
  return BEYOND_LATIN1.test(plain) ? plain : Buffer.from(plain, 'latin1').toString('latin1');
}
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** A currency glued to its amount ("Rp1", "Rp2,4"). */
const AMOUNT_OPENING = /^Rp\.?\d/;

/** A sentence's or a line's start right before a word. */
const OPENS_SENTENCE_BEFORE = new RegExp(`(?:${SENTENCE_BREAK_SOURCE})$`);

/** Page-noise lines ("Baca juga: ...", "Follow IDN Times ..."), any of them. */
const NOISE_LINE = new RegExp((noiseLines as string[]).map((source) => `(?:${source})`).join('|'), 'i');
const NOISE_LINE_ANYWHERE = new RegExp(NOISE_LINE.source, 'im');

/**
 * Replace page-noise lines by spaces of the same length, so every offset still indexes the text: a teaser's headline
 * ("Baca juga: Polda Kaltim Bentuk Satgas ...") names no one of the story.
 * @example maskNoiseLines('a\nBaca Juga: x\nb') // 'a\n             \nb'
 */
export function maskNoiseLines(raw: string): string {
  if (!NOISE_LINE_ANYWHERE.test(raw)) return raw;
  return raw
    .split('\n')
    .map((line) => (NOISE_LINE.test(line) ? ' '.repeat(line.length) : line))
    .join('\n');
}

/**
 * Find people, organizations, locations, sectors and quotes in an article body. Offsets index into `body`; mentions
 * and quotes keep its characters, and names are written with plain quotes and apostrophes ("Ma'ruf Amin"). Page-noise
 * lines the extractor left in the body are read as blank.
 */
export function extractEntities(body: string, options: ExtractEntitiesOptions = {}): EntityResult {
  const written = maskNoiseLines(body);
  const text = plainTypography(written);
  const dateline = options.dateline ?? detectDateline(written);
  const datelineSpan = findDatelineSpan(written);
  const datelineRegion = findDatelineRegion(written, datelineSpan);
  // "Medan, Tribun-Medan.com -": a region inside the outlet's name in the dateline is no mention of it; nor is one
  // inside a web domain in the body ("ketika ditemui POS-KUPANG.COM").
  const inCredit = (h: Span): boolean => {
    const word = writtenWord(text, h);
    if (word.length > h.end - h.start && WEB_DOMAIN_IN.test(word)) return true;
    if (datelineSpan === null || !withinAny(h, [datelineSpan])) return false;
    return word.length > h.end - h.start && /[.-]/.test(word);
  };
  // "Papua Nugini", "Selat Makassar": a region inside a longer country or area name is no mention of the region.
  const countryHits = findCountryAndAreaHits(text);
  const festivalNames = findFestivalNames(text);
  const regionHits = withDatelineRegion(
    findRegionHits(text).filter((h) => !inCredit(h) && !insideLonger(h, countryHits) && !withinAny(h, festivalNames)),
    datelineRegion,
  );
  const home = pickHomeRegion(dateline, regionHits);
  const ruleOrgs = findOrganizations(text, home, regionHits);
  const datelineTown = findDatelineTown(written, datelineSpan);
  const namedPlaces = [
    ...(datelineTown ? [datelineTown] : []),
    ...findPlaceHits(text, regionHits),
    ...countryHits.filter((c) => !overlapsAny(c, regionHits) && !(datelineTown && overlapsAny(c, [datelineTown]))),
  ];
  // "in Cirebon and Suralaya": a desa's or kecamatan's name listed with a region or a named place (no country: "Korea
  // sampai Sorry"); none inside a body's name, a country's or an area's, or the dateline.
  const listedPlaces = findCoordinatedPlaces(
    text,
    [...regionHits, ...namedPlaces.filter((p) => !countryHits.includes(p))],
    [...ruleOrgs.hits, ...countryHits, ...(datelineSpan ? [datelineSpan] : [])],
  );
  const rulePlaces = [...namedPlaces, ...listedPlaces];
  const notEntity = buildNotEntityContext(text);
  // The rule places a tagged span is checked against, made once (not once per span).
  const rulePlaceSpans = [...regionHits, ...rulePlaces];
  const narrowPlaceSpans = [...regionHits, ...rulePlaces.filter((p) => !isWideArea(p))];
  const taggerSpans = tagText(text, buildHints(ruleOrgs.hits, regionHits, rulePlaces));
  const rulePlaceNames = new Set(rulePlaces.flatMap((p) => (p.name.includes(' ') ? [] : [p.name])));
  // The places a list's items are checked against: the rules' and the tagger's.
  const listPlaces = [...rulePlaceSpans, ...taggerSpans.filter((t) => t.kind === 'LOC')];
  const placeNamesElsewhere = new Set([...taggerSpans.flatMap((t) => (t.kind === 'LOC' ? [text.slice(t.start, t.end)] : [])), ...rulePlaces.map((p) => p.name)]);
  const taggedSpans = taggerSpans
    // "kota Camden", "distrik Isa": after a lower-case word for a kind of place, the name is that place; so is a
    // part of an address ("di hotel Pullman, Thamrin, Jakarta Pusat"), and the last of a list of places ("di Tiong
    // Ohang, Tiong Bu'u, dan Long Penaneh"); so is a name the story writes after a unit word ("Desa Tolo Uwi"), and
    // one the tagger reads with its unit word ("warga Ohoi Rumadian").
    .map((t) =>
      t.kind === 'PER' &&
      (PLACE_HEAD_WORDS.has(wordBefore(text, t.start)) ||
        AREA_UNIT_LEAD.test(text.slice(t.start, t.end)) ||
        isAddressPart(text, t, regionHits) ||
        isBeforeEnglishPlaceKind(text, t) ||
        isTownOfNamedRegion(text, t, regionHits) ||
        endsPlaceList(text, t, listPlaces) ||
        isResidentsPlace(text, t) ||
        isNamedAreaIn(text, text.slice(t.start, t.end)))
        ? { ...t, kind: 'LOC' as const }
        : t,
    )
    // "Status Merapi masih Siaga", "hidup berdampingan dengan Merapi": a known place the text names elsewhere with its
    // head word ("Gunung Merapi") is that place, alone or after a word of the language no name list holds that opens
    // a sentence. "hingga Tawau di Sabah ... asal Tawau, X", "di Pulau-Pulau Aru ... warga Pulau-Pulau Aru": a known
    // place, whose first word no name list holds, that the story names as a place elsewhere is that place here too.
    .map((t) => {
      if (t.kind !== 'PER') return t;
      const surface = text.slice(t.start, t.end);
      if (placeNamesElsewhere.has(surface) && isKnownPlaceName(surface)) return { ...t, kind: 'LOC' as const };
      const lead = OPENS_SENTENCE_BEFORE.test(text.slice(Math.max(0, t.start - 3), t.start)) ? /^(\p{Lu}\p{Ll}+)[ \t]+/u.exec(surface) : null;
      const common = lead !== null && isDictionaryWord(lead[1]!.toLowerCase()) && !isListedName(lead[1]!);
      const rest = common ? surface.slice(lead![0].length) : surface;
      if ((!common && /\s/.test(rest)) || !isKnownPlaceName(rest)) return t;
      const named = rulePlaces.some((p) => p.name.endsWith(` ${rest}`) && PLACE_HEAD_WORDS.has(p.name.slice(0, -rest.length - 1).toLowerCase()));
      return named ? { ...t, start: t.start + (common ? lead![0].length : 0), kind: 'LOC' as const } : t;
    })
    // "Dua adiknya, Yosua dan Kristina", "ibundanya, Ubung Lirung, yang kini berusia 78 tahun": names after a relative's
    // word are people.
    .map((t) => (t.kind === 'LOC' && !overlapsAny(t, regionHits) && (KIN_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) || speaksAsPerson(text, t)) ? { ...t, kind: 'PER' as const } : t))
    // "Aloysius Bau (63)": an age after a name the tagger read as a body makes it a person's.
    .map((t) => (t.kind === 'ORG' && AGE_AFTER.test(text.slice(t.end, t.end + 12)) && !overlapsAny(t, ruleOrgs.hits) ? { ...t, kind: 'PER' as const } : t))
    .map((t) => (t.kind === 'ORG' ? withoutLeadingRole(text, t) : t.kind === 'PER' ? withJoinedWords(text, withoutLeadingSpot(text, t, rulePlaces)) : withKnownPlaceOpening(text, t)))
    // "the Nurul Huda Islamic boarding school": a name before an English word in lower case for a kind of body is that
    // body's name, the word with it.
    .map((t) => {
      const head = t.kind === 'PER' ? ENGLISH_BODY_HEAD_AFTER.exec(text.slice(t.end, t.end + 24)) : null;
      return head ? { ...t, kind: 'ORG' as const, end: t.end + head[0].length } : t;
    })
    // "Ranai (ANTARA) - ... dari Ranai ke pasar": one word the rules read as a place of the story is that place again.
    .map((t) => (t.kind === 'ORG' && rulePlaceNames.has(text.slice(t.start, t.end)) ? { ...t, kind: 'LOC' as const } : t))
    // "mantan lurah Lepo-Lepo": after the title of an area's head the name is the area's.
    .map((t) => (t.kind === 'ORG' && TITLE_BY_FORM.get(capitalize(wordBefore(text, t.start)))?.area ? { ...t, kind: 'LOC' as const } : t))
    // "In Tual, Maluku,": an English preposition and one name opening a sentence are no body; the name is the place.
    // '"Without IKN, ...': before a short form, the preposition is no word of the body's name either.
    .map((t) => {
      const opener = t.kind === 'ORG' ? /^(\p{Lu}\p{Ll}*)[ \t]+(?=(\p{Lu}\p{Ll}+|[A-Z]{2,8})$)/u.exec(text.slice(t.start, t.end)) : null;
      if (!opener || !ENGLISH_FUNCTION_WORDS.has(opener[1]!)) return t;
      return { ...t, start: t.start + opener[0].length, kind: /\p{Ll}/u.test(opener[2]!) ? ('LOC' as const) : t.kind };
    })
    // "The Indonesian government", "The Samarinda administration": an article and where a body is from name no body.
    .filter((t) => !(t.kind === 'ORG' && isArticleAndOrigin(text.slice(t.start, t.end))))
    // "ketua umum Kosgoro, ia juga", "pendiri Gojek": one unlisted word after a leader's word in lower case is the
    // body led, no person.
    // "tiga aplikator, yakni Gojek, Grab, dan Maxim": the last of a list of bodies is one too.
    .map((t) => (t.kind === 'PER' && (isBodyAfterLeaderWord(text, t) || endsBodyList(text, t, ruleOrgs.hits)) ? { ...t, kind: 'ORG' as const } : t))
    .filter((t) => {
    if (datelineSpan && overlapsAny(t, [datelineSpan])) return false;
    // "Police spokesman Brig. Gen. X": a body or a place the tagger runs into a rank's first word is none.
    if (t.kind !== 'PER' && runsIntoRank(text, t)) return false;
    const surface = text.slice(t.start, t.end);
    if (isNotEntity(surface, t, notEntity) || (t.kind !== 'ORG' && isOutletName(surface))) return false;
    // "Pantauan Sumeks, Senin pagi, ...": a word of the language before an outlet's name is the outlet's report.
    const afterWord = t.kind === 'PER' ? /^(\p{Lu}\p{Ll}+)[ \t]+(.+)$/u.exec(surface) : null;
    if (afterWord && (isDictionaryWord(afterWord[1]!.toLowerCase()) || isAffixedWord(afterWord[1]!.toLowerCase())) && isOutletName(afterWord[2]!)) return false;
    // "Silaturahmi Akbar", "Tabligh Akbar": a gathering's word before "Akbar" (great) names an event, no one.
    const event = t.kind === 'PER' ? /^(\p{Lu}\p{Ll}+)[ \t]+Akbar$/u.exec(surface) : null;
    if (event && (isDictionaryWord(event[1]!.toLowerCase()) || GATHERING_WORDS.has(event[1]!.toLowerCase())) && !isListedName(event[1]!)) return false;
    // "RPJM Nagari", "RKP Desa": a term's short form before the unit it is drawn up for names no body.
    const termFirst = t.kind === 'ORG' ? /^(\S+)[ \t]+(\S+)$/.exec(surface) : null;
    if (termFirst && COMMON_ABBREVIATIONS.has(termFirst[1]!) && AREA_UNIT_KIND[termFirst[2]!] !== undefined) return false;
    // "saat ditemui Tribunjambi.com": a name written against a web domain is a site's, no person or place.
    if (WEB_DOMAIN_AT.test(text.slice(t.end, t.end + 8))) return false;
    // "Pelaksana Harian (Plh.)", "Pangkalan Data Pendidikan Tinggi (PDDikti)": a phrase of common words is no person or place.
    if (t.kind !== 'ORG' && notEntity.phraseShortForms.has(surface)) return false;
    // "Pelaksana Harian (Plh)", "Surat Pemberitahuan (SPT) Tahunan": the last word of such a phrase, or a word of the
    // language that goes on a spelled abbreviation, is that word, no place (kecamatan Harian, Tahunan) or person.
    if (t.kind !== 'ORG' && (endsPhraseShortForm(text, t, notEntity.phraseShortForms) || goesOnSpelledAbbreviation(text, t, notEntity.spelledAbbreviations))) return false;
    // "On Monday, some 300 fishermen": an English preposition and a day or a month name a time.
    if (t.kind === 'PER' && /^(?:On|In|During|Since|Until|Last|Next)[ \t]+\S+$/.test(surface) && isDateWord(surface.split(/[ \t]+/)[1]!)) return false;
    // "gelombang atmosfer Madden-Julian Oscillation": a name closed by an English abstract noun names a thing.
    if (t.kind === 'PER' && isEnglishAbstractNoun(surface.split(/[ \t]+/).at(-1)!)) return false;
    // "nyamuk Aedes aegypti": a genus before its species' epithet in lower case names a living thing, no person.
    if (t.kind === 'PER' && !/\s/.test(surface) && isSpeciesEpithet(/^[ \t]+(\p{Ll}{4,})(?![\p{L}-])/u.exec(text.slice(t.end, t.end + 24))?.[1] ?? '')) return false;
    // "Jordan's King Talal II", "Indonesia's President": a possessive before a title names the realm, no person.
    if (t.kind === 'PER' && TITLE_BY_FORM.has(/^['’]s[ \t]+(\p{Lu}\p{L}*)/u.exec(text.slice(t.end, t.end + 26))?.[1] ?? '')) return false;
    // '"Mangrove adalah benteng alami," ... bibit mangrove': a word of the language the text also writes in lower case,
    // capitalised where a sentence or a quote opens, is no body.
    if (t.kind === 'ORG' && !surface.includes(' ') && isWordWrittenLower(text, t)) return false;
    // "Sabu dijual dalam paket kecil" after "312 gram sabu": a word the text writes in lower case opens a sentence.
    if (t.kind === 'LOC' && !surface.includes(' ') && opensSentenceWrittenLower(text, t)) return false;
    // "orang Dayak membuka ladang", "suku Dayak": a people named as one is no place ("Pulau Nias", "Kutai" stay).
    if (t.kind === 'LOC' && namesAPeople(text, t)) return false;
    // "Datanya belum bersih, Mas Haryo": a person called by an address word and one name is no place or body.
    if (t.kind !== 'PER' && ADDRESSED_NAME.test(surface)) return false;
    // A degree after a name ("Andi Harun, S.T., M.Si.", "dr. Cecep Hidayat Sp.PD") is no body.
    if (DEGREES.has(surface) || DEGREES.has(writtenWord(text, t))) return false;
    // "Eks Kapolres Samarinda", "Plt Kapolres X": a one-word title and its region are a person's title, no body.
    if (t.kind === 'ORG' && ONE_WORD_TITLES.has(surface.replace(HOLDER_MARKS, '').split(/[ \t]/)[0]!)) return false;
    // "Polres juga mengirim perahu", "Raperda APBD bisa disahkan", "mengatakan BUMDes yang dikelola": a unit's short
    // name, a body's head word, or common abbreviations only, is no person; "berasal dari Kodim, Yonif ...": nor a place.
    if (t.kind !== 'ORG' && surface.split(/[ \t]+/).every((w) => UNIT_SHORT_NAMES.has(w) || COMMON_ABBREVIATIONS.has(w) || ONE_WORD_BODY_HEADS.has(w))) return false;
    // "di Bumi Tanaa Purai Ngeriman", "Bumi Etam": a region's epithet ("the land of ...") is no person.
    if (t.kind === 'PER' && wordBefore(text, t.start) === 'Bumi') return false;
    // "pengurus BUMDes, anggota ...", "(BSI) Tbk meresmikan": a body's head word or a listed company's mark alone is no place.
    // "Rd. Yanti Komalasari": an honorific before a name is no place either.
    if (t.kind === 'LOC' && !surface.includes(' ') && (ONE_WORD_BODY_HEADS.has(surface) || surface === 'Tbk' || HONORIFICS.has(surface))) return false;
    // ", Pelaksana Harian (Plh) Sekretaris Daerah Papua X": an acting holder's mark spelled out is no body.
    if (t.kind === 'ORG' && ACTING_MARK_ONLY.test(surface)) return false;
    // The tagger runs past a rule finding into the next words ("DPRD Jatim Kusnadi", "Aceh Utara Mahmudsyah"):
    // the rule's span stands, the longer guess goes; a "person" inside a rule place is that place.
    // A wide area stands inside longer names ("Laut Flores", "jalan Trans Sulawesi"): there the tagger's span goes on.
    if (t.kind !== 'ORG' && isOpenerBeforeBody(text, t, ruleOrgs.hits)) return false;
    const rules = t.kind === 'ORG' ? ruleOrgs.hits : t.kind === 'LOC' ? narrowPlaceSpans : [];
    if (extendsRuleSpan(text, t, rules)) return false;
    // "Humas Polda Metro Jaya Kombes": a place read over a body the rules found and the rank after it is neither.
    if (t.kind === 'LOC' && ruleOrgs.hits.some((o) => o.start >= t.start && o.end < t.end && RANK_AFTER_BODY.test(text.slice(o.end, t.end)))) return false;
    return !(t.kind === 'PER' && (withinAny(t, rulePlaceSpans) || endsSpotName(text, t)));
  });
  const tagged = withClubTowns(text, taggedSpans, ruleOrgs.hits);
  // "Bandara Internasional Lombok (BIL)": the acronym names the place before it, here and wherever it recurs.
  const placeAcronyms = new Set(
    rulePlaces.flatMap((p) => ACRONYM_IN_PARENTHESES_AT.exec(text.slice(p.end, p.end + 14))?.[1] ?? []),
  );
  const ofKind = (kind: string): { start: number; end: number }[] =>
    tagged.filter((t) => t.kind === kind && !(kind === 'ORG' && placeAcronyms.has(text.slice(t.start, t.end))));
  const orgs = addTaggedOrganizations(text, ruleOrgs, ofKind('ORG'), rulePlaceSpans);
  const orgGovernment = new Map(orgs.entities.map((e) => [e.name, e.government]));
  const notPeople = tagged.filter((t) => t.kind !== 'PER');
  const people = findPeople(text, orgs.hits, orgs.nameOf, orgGovernment, home, ofKind('PER'), notPeople);
  // A tagger "organization" where a rule found a person ("pelatih Dejan Antonic", "alias Din Minimi", "Koster" after
  // "I Wayan Koster") is that person.
  const ruledPeople = people.hits.filter((h) => h.titleEntry || h.title || h.alias || h.shortForm);
  const finalOrgs = dropTaggedOrganizations(text, orgs, ruledPeople);
  const taken = [...regionHits, ...rulePlaces, ...finalOrgs.hits, ...people.hits];
  const nameParts = new Set(people.entities.flatMap((p) => (p.name.includes(' ') ? p.name.split(' ') : [])));
  const taggedPlaces = ofKind('LOC')
    .filter((t) => !clashesWith(t, taken) && !withinAny(t, finalOrgs.hits))
    // "SKK Migas Kalimantan Sulawesi": a body and the area it serves are no place; the rules read both.
    .filter((t) => !finalOrgs.hits.some((o) => o.start === t.start && o.end < t.end && isAreaRun(text, o.end, t.end, rulePlaceSpans)))
    // "Pengasuh Pondok Pesantren Roudlotul Muta'allimin, KH ...", "Pengageng Kawedanan Keprajan Kadipaten Pakualaman":
    // words before a body the rules read, closed by it, are its holder's title, no place.
    // A building named after its body ("Kantor Bapenda") stays a place.
    .filter((t) => BUILDING_WORDS.has(/^\S+/.exec(text.slice(t.start, t.end))![0]) || !finalOrgs.hits.some((o) => o.end === t.end && o.start > t.start))
    // "Desa X Kecamatan Y Aceh Utara", "Kecamatan Sungai Kunjang Kota Samarinda" are chains of named places the rules
    // already hold one by one (a chain of regions alone, "Kabupaten Pandeglang Banten", stays the tagger's).
    .filter((t) => !isChainOfRulePlaces(t, rulePlaces, regionHits))
    .filter((t) => !NOT_PLACES.has(text.slice(t.start, t.end)) && !isCurrencyOrTitleAt(text, t.start) && !people.titleBodies.has(text.slice(t.start, t.end)))
    // "insentif daerah Rp1,5 juta": an amount written close to its currency is no place.
    .filter((t) => !AMOUNT_OPENING.test(text.slice(t.start, t.end)))
    // "Pengawas Pasar Modal ... dan Bursa Karbon OJK": one word of the language inside a title is the title's field;
    // a country stays a place ("Menteri Perhubungan Republik Indonesia").
    .filter((t) => !(isFieldWordInTitle(text.slice(t.start, t.end)) && people.hits.some((h) => h.titleSpan && withinAny(t, [h.titleSpan]))))
    .flatMap((t) => withoutLeadingTitle(text, t))
    .flatMap((t) => withoutLeadingCommonWord(text, t))
    .map((t) => {
      const written = text.slice(t.start, t.end).replace(/\s+/g, ' ');
      const kind = knownAreaKind(written);
      // "TANJUNG REDEB - ...": a known kecamatan or desa in capitals is named as the lists write it; "SMAN 1 Samarinda"
      // is named as "SMA Negeri 1 Samarinda" is, so the two are one place.
      const name = kind === 'district' || kind === 'village' ? titleCaseIfUpper(written) : written.replace(STATE_SCHOOL_FORM, (form) => `${form.slice(0, -1)} Negeri`);
      return { start: t.start, end: t.end, name, kind };
    })
    // "Zuckerberg" after "Mark Zuckerberg" is the person again, not a place.
    .filter((t) => !t.name.split(' ').every((w) => nameParts.has(w)));
  // "Kota Bima ... Warga Bima": a tagged place named as the one region of that name the text names is that region.
  const regionNamed = (name: string): RegionHit | null => {
    const named = regionHits.filter((r) => r.region.name === name);
    return named.length > 0 && named.every((r) => r.region === named[0]!.region) ? named[0]! : null;
  };
  const asRegion = taggedPlaces.map((t) => regionNamed(t.name));
  const repeatedRegions = taggedPlaces.flatMap((t, i) => {
    const named = asRegion[i];
    return named && !overlapsAny(t, regionHits) ? [{ start: t.start, end: t.end, region: named.region }] : [];
  });
  const ownPlaces = taggedPlaces.filter((_, i) => !asRegion[i]);
  // "Rencana Zonasi Wilayah Pesisir dan Pulau-Pulau Kecil (RZWP3K)", "Instruksi Presiden Jalan Daerah": a place's
  // head inside a term is a word of the term.
  const termFreePlaces = rulePlaces.filter((p) => !withinAny(p, notEntity.spelledAbbreviations));
  const { places, regions } = storyPlaces(text, termFreePlaces, ownPlaces, [...regionHits, ...repeatedRegions], finalOrgs.hits);
  // "Camat Sungai Pinang Budi": the kecamatan a title heads is a place of the story too; a place read over it, on into
  // the name after it ("Sungai Pinang Budi Santoso") or as a river ("Lurah Sungai Pinang Dalam"), gives way to it.
  const headedAreas = people.hits.flatMap((h) => (h.area ? [h.area] : []));
  // "Menteri Pekerjaan Umum dan Perumahan Rakyat": a ministry's field inside a minister's title names no place.
  const ministerTitles = people.hits.flatMap((h) => (h.titleSpan && h.titleEntry?.org === 'ministry' ? [h.titleSpan] : []));
  // "PT Bukit Asam Tbk ... Sekretaris Perusahaan Bukit Asam": a named spot written as a body's name or alias is the body.
  const bodyForms = new Set(finalOrgs.entities.flatMap((o) => [o.name, ...o.aliases]));
  const storyOwn = places.filter((p) => !isAdatTitle(text, p) && !isEnteredNonPlace(text, p) && !overlapsAny(p, headedAreas) && !withinAny(p, ministerTitles) && !p.notPlace && !isRankWords(text, p) && !isCommandName(text, p) && !isVesselName(text, p) && !isSpelledCommonTerm(text, p) && !(p.kind === undefined && bodyForms.has(p.name)));
  const taggedOwn = ownPlaces.filter((p) => !isAdatTitle(text, p) && !isEnteredNonPlace(text, p) && !overlapsAny(p, headedAreas) && !isRankWords(text, p) && !isVesselName(text, p) && !isCommandName(text, p));
  const titlePlaces = headedAreas
    .filter((a) => !overlapsAny(a, [...storyOwn, ...taggedOwn]))
    // Named as a place written with its unit is ("Kecamatan Sungai Pinang"), so the two are one location; the unit word
    // is the one the text writes the place with ("Lurah Glagaharjo" of "Kalurahan Glagaharjo" in Yogyakarta).
    .map((a) => {
      const area = text.slice(a.start, a.end).replace(/\s+/g, ' ');
      const written = Object.keys(AREA_UNIT_KIND).find((unit) => AREA_UNIT_KIND[unit] === a.kind && unit !== a.unit && text.includes(`${unit} ${area}`));
      return { start: a.start, end: a.end, name: `${written ?? a.unit} ${area}`, kind: a.kind };
    });
  const locations = buildLocations(text, regions, [...storyOwn, ...taggedOwn, ...titlePlaces], people.hits);
  const orgMentions = finalOrgs.entities.flatMap((o) => o.mentions.map((m) => ({ start: m.start, end: m.end, name: o.name, government: o.government })));
  // "Dodi ..., saat dihubungi Padang Ekspres mengatakan": an outlet the rules read as a name speaks no quote.
  const quotes = findQuotes(written, people.hits.filter((h) => !isOutletName(h.name)), orgMentions, people.unheld);
  const sectors = findSectors(text, options.title, quotes, people.hits, redefinedAcronyms(text));
  const result = dropNotEntities({ people: people.entities, organizations: finalOrgs.entities, locations, sectors, quotes }, notEntity);
  return text === written ? result : withWrittenMentions(result, written);
}

/** Whether a span is the last word of a phrase with its short form in parentheses ("Harian" of "Pelaksana Harian (Plh)"). */
function endsPhraseShortForm(text: string, span: Span, phrases: ReadonlySet<string>): boolean {
  const word = text.slice(span.start, span.end);
  for (const phrase of phrases) if (phrase.endsWith(` ${word}`) && text.startsWith(phrase, span.end - phrase.length)) return true;
  return false;
}

/** Whether a span is one word of the language right after a spelled abbreviation ("Surat Pemberitahuan (SPT) Tahunan"). */
function goesOnSpelledAbbreviation(text: string, span: Span, spelled: readonly Span[]): boolean {
  const word = text.slice(span.start, span.end);
  if (!CAPITALISED_WORD.test(word) || !(isDictionaryWord(word) || isAffixedWord(word)) || isListedName(word)) return false;
  // The span ends before the abbreviation's parentheses.
  return spelled.some((s) => s.end < span.start && /^[ \t]*\([^()]{1,12}\)[ \t]+$/.test(text.slice(s.end, span.start)));
}

/**
 * Whether a tagged "person" is one word no name list holds right after "warga" ("Ramlah (38), warga Loktuan,"): where
 * the resident lives ("warga, Budi" and "warga bernama Budi" name one).
 */
function isResidentsPlace(text: string, span: Span): boolean {
  const word = text.slice(span.start, span.end);
  return CAPITALISED_WORD.test(word) && !isListedName(word) && RESIDENT_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start));
}
/** "warga" right before a name. */
const RESIDENT_BEFORE = /(?:^|[^\p{L}])[Ww]arga[ \t]+$/u;

/**
 * A tagged person that opens with a named spot the rules read ("Sam Ratulangi Airport Daniel Kristian Pangemanan
 * said"): the name starts after the spot, where two words or more are left.
 */
function withoutLeadingSpot<T extends Span>(text: string, span: T, places: readonly PlaceHit[]): T {
  const spot = places.find((p) => isNamedSpot(p) && p.start === span.start && p.end < span.end);
  if (!spot) return span;
  const rest = /^[ \t]+/.exec(text.slice(spot.end, span.end));
  const start = spot.end + (rest?.[0].length ?? 0);
  return rest && text.slice(start, span.end).includes(' ') ? { ...span, start } : span;
}

/** A leader's word in lower case right before a name: "ketua umum", "ketua", "pendiri", "pimpinan". */
const LEADER_WORD_BEFORE = /(?:^|[^\p{L}])(?:ketua umum|ketua|pendiri|pimpinan|pemimpin)[ \t]+$/u;

/** Whether a tagged "person" is one unlisted word after a leader's word in lower case: the body the leader heads. */
function isBodyAfterLeaderWord(text: string, span: Span): boolean {
  const word = text.slice(span.start, span.end);
  return /^\p{Lu}[\p{L}\p{N}-]+$/u.test(word) && !isListedName(word) && LEADER_WORD_BEFORE.test(text.slice(Math.max(0, span.start - 14), span.start));
}

/** Nothing but a rank's words after a body ("Polda Metro Jaya Kombes"). */
const RANK_AFTER_BODY = new RegExp(`^(?:[ \\t]+(?:${[...RANKS].map((r) => r.replace(/[.()]/g, '\\$&')).join('|')}))+$`);

/** The result with every mention's text as `written` has it (the rules read its plain typography). */
function withWrittenMentions(result: EntityResult, written: string): EntityResult {
  for (const entity of [...result.people, ...result.organizations, ...result.locations, ...result.sectors]) {
    for (const mention of entity.mentions) mention.text = written.slice(mention.start, mention.end);
  }
  return result;
}
