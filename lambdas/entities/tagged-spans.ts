/**
 * @module entities/tagged-spans
 * Corrections to the tagger's spans before they join the rule findings: a span that runs past a rule finding, a title
 * or a role word opening it, the name words the tagger splits at an apostrophe or a hyphen, a person that ends the
 * name of a spot named after someone, a place written as part of an address.
 */
import {
  CAPITALISED_ROLES,
  ENGLISH_FUNCTION_WORDS,
  ORG_WORDS,
  PLACE_HEAD_FIRST_WORDS,
  PLACE_HEADS,
  REGION_NAME_TAILS,
  TITLE_BY_FORM,
  COUNTRY_TITLES,
  regencyOfDistrict,
} from './gazetteer.js';
import { AREA_UNIT_WORDS } from '../shared/area-units.js';
import { isDateWord, isNameWord, isTrailingInitials } from './person-names.js';
import { isGivenName, isKnownPlaceName, isListedName, isNameOnlyWord } from './tagger-features.js';
import { CAPITALISED_WORD, ROMAN_NUMERAL, UPPER_FIRST, buildAlternation, wordBefore } from './text-scan.js';
import type { RegionHit, Span } from './types.js';
import schoolWords from './data/school-words.json' with { type: 'json' };

/**
 * Whether a tagger span holds a rule finding plus words that are neither another finding nor name-part vocabulary
 * ("DPRD Jatim Kusnadi", "Aceh Utara Mahmudsyah", "Gaikindo 2016"); "Kabupaten Pati Provinsi Jawa Tengah" is fine.
 */
export function extendsRuleSpan(text: string, span: Span, rules: readonly Span[]): boolean {
  const inside = rules.filter((r) => r.start >= span.start && r.end <= span.end);
  if (inside.length === 0 || inside.some((r) => r.start === span.start && r.end === span.end)) return false;
  // "West Kalimantan's Sanggau": an English possessive after a rule span joins two names, no longer one.
  if (inside.some((r) => r.end < span.end && /^['’]s(?![\p{L}])/u.test(text.slice(r.end, r.end + 3)))) return true;
  let rest = '';
  let at = span.start;
  for (const r of [...inside].sort((a, b) => a.start - b.start)) {
    if (r.start >= at) rest += ` ${text.slice(at, r.start)}`;
    at = Math.max(at, r.end);
  }
  rest += ` ${text.slice(at, span.end)}`;
  const words = rest.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  // A school named after its town ("SMA Negeri 4 Yogyakarta") is a place of its own, number and all.
  const school = words.some((w) => SCHOOL_WORDS.has(w));
  return !words.every((w) => isBodyNameWord(w, school));
}
/**
 * Whether a word can stand in a body's name around the rule spans: an organization word, a region's tail, a lower-case
 * word, or in a school's name a school word or number. "Resnarkoba Polda Kaltim": a police function before a command
 * names a part of it, no body of its own.
 */
function isBodyNameWord(w: string, school: boolean): boolean {
  return (
    (ORG_WORDS.has(w) && !POLICE_FUNCTIONS.has(w)) ||
    REGION_NAME_TAILS.has(w) ||
    /^\p{Ll}/u.test(w) ||
    (school && (SCHOOL_WORDS.has(w) || SCHOOL_NUMBER.test(w)))
  );
}
const SCHOOL_WORDS = new Set(schoolWords as string[]);
/** The functions of police units ("Reskrim", "Resnarkoba", "Lantas", "Humas"). */
const POLICE_FUNCTIONS = new Set([
  'Binmas', 'Humas', 'Intelkam', 'Lantas', 'Propam', 'Reserse', 'Reskrim', 'Reskrimsus', 'Reskrimum', 'Resnarkoba', 'Sabhara',
  'Samapta', 'Narkoba', 'Polairud',
]);
const SCHOOL_NUMBER = new RegExp(`^(?:\\d{1,3}|${ROMAN_NUMERAL})$`);

/** A title form opening a tagged span ("Kajari", "Wali Kota") and the spaces after it. */
// "Raja Basa" (a gunung, a kecamatan) keeps its "Raja": a title only before a country.
const TITLE_OPENING = new RegExp(`^(?:${buildAlternation([...TITLE_BY_FORM.keys()].filter((form) => !COUNTRY_TITLES.has(form)))})(?=\\s|$)\\s*`);

/**
 * A tagged place without a leading title ("Kajari Lhoksukon" -> "Lhoksukon"); nothing if no capitalised name
 * follows the title ("Wali Kota hadir" is a bare title and a word of the sentence).
 */
export function withoutLeadingTitle<T extends Span>(text: string, span: T): T[] {
  const opening = TITLE_OPENING.exec(text.slice(span.start, span.end));
  if (!opening) return [span];
  const start = span.start + opening[0].length;
  return start < span.end && UPPER_FIRST.test(text[start]!) ? [{ ...span, start }] : [];
}

/**
 * Lower-case words that head a place's name in running text ("desa Kramas", "selat Gaspar", "kota Camden"), and words
 * for a part of a landscape or a water ("lereng Bromo", "perairan Muara Badak").
 */
export const PLACE_HEAD_WORDS = new Set([
  ...PLACE_HEADS.filter((h) => !h.includes(' ')).map((h) => h.toLowerCase()),
  ...AREA_UNIT_WORDS.map((w) => w.toLowerCase()), 'kota', 'kabupaten', 'provinsi', 'negara', 'wilayah',
  'lereng', 'kaki', 'puncak', 'perairan', 'pesisir', 'hulu', 'hilir', 'lembah', 'dataran',
]);

/**
 * Whether a span is a part of an address: after "di" or a comma, and right before a comma and a region ("di
 * Kemang, Jakarta Selatan", "hotel Pullman, Thamrin, Jakarta Pusat"; not "kata Budi, Jakarta ...").
 */
export function isAddressPart(text: string, span: Span, regionHits: readonly Span[]): boolean {
  const after = /^[ \t]*,[ \t]*/.exec(text.slice(span.end, span.end + 4));
  if (!after || !regionHits.some((r) => r.start === span.end + after[0].length)) return false;
  return /(?:,|(?:^|\s)(?:di|in|at|near))[ \t]*$/.test(text.slice(Math.max(0, span.start - 6), span.start));
}

/** An English word in lower case for a kind of place right after a name ("In Timbulsloko village", "Sayung district"). */
const ENGLISH_PLACE_KIND_AFTER = /^[ \t]+(?:village|hamlet|sub-?district|district|regency|town|island)(?![\p{L}-])/u;

/** Whether a span names a place by the English word for its kind written after it ("Timbulsloko village"). */
export function isBeforeEnglishPlaceKind(text: string, span: Span): boolean {
  return ENGLISH_PLACE_KIND_AFTER.test(text.slice(span.end, span.end + 14));
}

/**
 * Whether a span is a kecamatan or regency seat of a regency the text names ("di Kantor Bupati Kutim, Sangatta"; "Tenggarong"
 * in a Kukar story): a town, however name-like, where its regency is in the story.
 */
export function isTownOfNamedRegion(text: string, span: Span, regionHits: readonly RegionHit[]): boolean {
  const regency = regencyOfDistrict(text.slice(span.start, span.end).replace(/\s+/g, ' '));
  return regency !== undefined && regionHits.some((r) => r.region.code === regency.code);
}

/** A list's separator before an item: a comma, "dan", or both. */
const LIST_GAP_BEFORE = /(?:[ \t]*,[ \t]*(?:dan[ \t]+)?|[ \t]+dan[ \t]+)$/;
/** What opens a list of places: a locative or a word that introduces examples. */
const PLACE_LIST_OPENER = /(?:^|[^\p{L}])(?:di|ke|dari|antara|yakni|yaitu|seperti|meliputi)[ \t]+$/u;

/**
 * Whether a span closes a list of places, "di A, B, dan C" or "di A dan C": the item before it is a place, and that one
 * opens the list after a locative or follows another place. "Bupati Kukar dan Andi Harun" is no list of places.
 */
export function endsPlaceList(text: string, span: Span, places: readonly Span[]): boolean {
  // The list ends at a stop, and the item opens with no word only a name can be ("di Samarinda dan Budi Santoso datang").
  if (!/^[ \t]*(?:[.,;:)]|$)/.test(text.slice(span.end, span.end + 2))) return false;
  const first = /^\p{L}+/u.exec(text.slice(span.start, span.end))?.[0] ?? '';
  if (isNameOnlyWord(first)) return false;
  let at = span.start;
  for (let items = 0; items < 4; items += 1) {
    const gap = LIST_GAP_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
    // The last item comes after "dan": after a comma alone it is an apposition ("di Kementerian Kesehatan, Teguh X,").
    if (items === 0 && !gap?.[0].includes('dan')) return false;
    if (!gap) return items > 0 && PLACE_LIST_OPENER.test(text.slice(Math.max(0, at - 10), at));
    const item = places.find((p) => p.end === at - gap[0].length);
    if (!item) return false;
    at = item.start;
  }
  return true;
}

/**
 * Whether a span closes a list of bodies, "yakni Gojek, Grab, dan Maxim": the two items before it are bodies the rules
 * read, the last joined by "dan". A brand or an unlisted company closing such a list is one too, no person.
 */
export function endsBodyList(text: string, span: Span, bodies: readonly Span[]): boolean {
  let at = span.start;
  for (let items = 0; items < 2; items += 1) {
    const gap = LIST_GAP_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
    if (!gap || (items === 0 && !gap[0].includes('dan'))) return false;
    const item = bodies.find((b) => b.end === at - gap[0].length);
    if (!item) return false;
    at = item.start;
  }
  return true;
}

/** A capitalised word and spaces before another capital ("Pelatih Persiba"): group 1 is the word. */
const LEADING_CAPITALISED_WORD = /^(\p{Lu}\p{Ll}+)[ \t]+(?=\p{Lu})/u;

/**
 * A tagged body led by a role word or a title is the body after it ("Pelatih Persiba Balikpapan" -> "Persiba
 * Balikpapan", "Station Manager Borneo Air" -> "Borneo Air").
 */
export function withoutLeadingRole<T extends Span>(text: string, span: T): T {
  // "Head of the PSDKP Ternate base": the tagger may read the English article into a body's name.
  const article = /^the[ \t]+(?=\p{Lu})/u.exec(text.slice(span.start, span.end));
  if (article) return withoutLeadingRole(text, { ...span, start: span.start + article[0].length });
  const written = text.slice(span.start, span.end);
  const lead = LEADING_CAPITALISED_WORD.exec(written);
  if (lead && CAPITALISED_ROLES.has(lead[1]!)) return { ...span, start: span.start + lead[0].length };
  const title = TITLE_OPENING.exec(written);
  return title && UPPER_FIRST.test(written.slice(title[0].length)) ? { ...span, start: span.start + title[0].length } : span;
}

/** Whether text[from, to) holds only regions and areas the rules found, and spaces between them. */
export function isAreaRun(text: string, from: number, to: number, areas: readonly Span[]): boolean {
  let at = from;
  for (const area of [...areas].sort((a, b) => a.start - b.start)) {
    if (area.start < at || area.end > to) continue;
    if (!/^[ \t]*$/.test(text.slice(at, area.start))) return false;
    at = area.end;
  }
  return at > from && /^[ \t]*$/.test(text.slice(at, to));
}

/** A name word and its apostrophe part, as the tagger splits it ("Mas" + "'ud"). */
const JOINED_WORD = String.raw`\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?`;
/**
 * "'ud" of "Mas'ud", "-hee" of "Yoon-hee": a lower-case tail glued to a name's last word. An English possessive
 * ("Hendra's lawyer") is none.
 */
const APOSTROPHE_TAIL = /^(?:['’](?!s(?![\p{L}]))|-(?=\p{Ll}))\p{Ll}+/u;
const HYPHEN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’-])(${JOINED_WORD}-)$`, 'u');
const HYPHEN_AFTER = new RegExp(String.raw`^-${JOINED_WORD}(?![\p{L}'’])`, 'u');
const APOSTROPHE_WORD_BEFORE = /(?:^|[^\p{L}'’])(\p{Lu}\p{Ll}*['’]\p{Ll}+[ \t]+)$/u;
/** The titles of Sasak nobles, a man's and a woman's, right before a name: "Lalu ", "Baiq ". */
const SASAK_TITLE_BEFORE = /(?:^|[^\p{L}])((?:Lalu|Baiq)[ \t]+)$/u;
const APOSTROPHE_WORD_AFTER = /^[ \t]+\p{Lu}\p{Ll}*['’]\p{Ll}+(?![\p{L}'’])/u;

/** A capitalised word right before a name, after a comma, a sentence's start or an honorific (group 1 the word). */
const GIVEN_NAME_BEFORE = /(?:^|[,.;]|(?:^|[ \t])(?:Dr|Ir|Prof|H|Hj|dr|Drs|Dra)\.?)[ \t]+(\p{Lu}\p{Ll}+)[ \t]+$/u;

/** Two or three capitals after a name, before a word in lower case. */
const INITIALS_AFTER_NAME = /^[ \t]+([A-Z]{2,3})(?=[ \t]+\p{Ll})/u;

/**
 * A tagged name with the words the tagger splits off at an apostrophe or a hyphen: "Rudy Mas" + "'ud", "Rudy" before
 * "Mas'ud", "Amin" after "Ma'ruf"; the other name of a ticket ("Isran-Hadi", "Rudy Mas'ud-Seno Aji"), which
 * splitTickets in people.ts then parts. A day's name ("Jum'at") stays out.
 */
export function withJoinedWords<T extends Span>(text: string, span: T): T {
  let { start, end } = span;
  end += APOSTROPHE_TAIL.exec(text.slice(end, end + 16))?.[0].length ?? 0;
  end += APOSTROPHE_WORD_AFTER.exec(text.slice(end, end + 24))?.[0].length ?? 0;
  start -= APOSTROPHE_WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1]!.length ?? 0;
  // "Lalu Muhammad Fikri, yang sebelumnya ...": a Sasak noble's title opens a full name (a listed given name and more)
  // even where "Lalu" ("then") opens a sentence; "Lalu Budi datang" stays "then Budi".
  const sasak = SASAK_TITLE_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  const fullName = /^(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}/u.exec(text.slice(start, end));
  if (sasak && fullName && isListedName(fullName[1]!)) start -= sasak[1]!.length;
  // ", Dr. Agung Wicaksono Pamungkas,": a given name that is also a word of titles ("Jaksa Agung"), which the tagger
  // leaves out, opens the name after a comma, an honorific or a sentence's start.
  const given = fullName ? GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, start - 24), start)) : null;
  if (given && isGivenName(given[1]!)) start -= given[0].length - given[0].indexOf(given[1]!);
  const after = HYPHEN_AFTER.exec(text.slice(end, end + 24));
  if (after) {
    end += after[0].length;
    // The names after the hyphen go on over name words ("-Seno Aji sebagai" -> "-Seno Aji").
    for (let more = 0; more < 2; more += 1) {
      const next = /^[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u.exec(text.slice(end, end + 24));
      if (!next || !isNameWord(next[1]!) || isDateWord(next[1]!)) break;
      end += next[0].length;
    }
  }
  // "Isran-Hadi": the first name of a ticket, not the last word of another name ("Isran Noor-" + "Hadi Mulyadi").
  const before = HYPHEN_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? '';
  const firstAt = start - before.length;
  if (before && !/\p{Lu}[\p{L}'’]*[ \t]+$/u.test(text.slice(Math.max(0, firstAt - 24), firstAt))) start = firstAt;
  // "Denny JA dinobatkan", "Rustam HS mengatakan": initials closing a name before a word in lower case are the name's.
  const initials = end === span.end ? INITIALS_AFTER_NAME.exec(text.slice(end, end + 8)) : null;
  if (initials && isTrailingInitials(initials[1]!)) end += initials[0].length;
  if (start === span.start && end === span.end) return span;
  const words = text.slice(start, end).split(/[ \t-]+/);
  if (isDateWord(words[0]!)) return span;
  if (!isDateWord(words.at(-1)!)) return { ...span, start, end };
  // "Budi Jum" + "'at": the tagger's span ends inside the day's name; the name ends before it.
  const dayAt = end - words.at(-1)!.length;
  if (dayAt >= span.end || !/\S/.test(text.slice(span.start, dayAt))) return span;
  return { ...span, end: span.start + text.slice(span.start, dayAt).trimEnd().length };
}

/** The capitalised words right before a span, up to six ("BMKG Stasiun Meteorologi Sultan Aji "). */
const CAPITALISED_RUN_BEFORE = /(?:^|[^\p{L}'’.-])((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,6})$/u;

/**
 * Whether a tagged person ends the name of a spot named after someone: "Stasiun Meteorologi Sultan Aji Muhammad
 * Sulaiman Sepinggan" is a station, "Muhammad Sulaiman Sepinggan" no person there.
 */
export function endsSpotName(text: string, span: Span): boolean {
  const run = CAPITALISED_RUN_BEFORE.exec(text.slice(Math.max(0, span.start - 80), span.start))?.[1];
  return run !== undefined && run.split(/[ \t]+/).some((w) => PLACE_HEAD_FIRST_WORDS.has(w));
}

/**
 * A tagged place led by a common lower-case word, or by a capitalised English function word, is the name after it
 * ("rumah Charlotte" -> "Charlotte", "At Keputran Market" -> "Keputran Market").
 */
export function withoutLeadingCommonWord<T extends Span>(text: string, span: T): T[] {
  const lead = /^(\p{Ll}+|\p{Lu}\p{Ll}*)[ \t]+/u.exec(text.slice(span.start, span.end));
  if (!lead || PLACE_HEAD_WORDS.has(lead[1]!) || (UPPER_FIRST.test(lead[1]!) && !ENGLISH_FUNCTION_WORDS.has(lead[1]!))) return [span];
  return [{ ...span, start: span.start + lead[0].length }];
}

/**
 * A tagged place with the word before it that opens the known place's name: "Normalisasi Karang Mumus" is tagged
 * "Mumus" (karang is a common word), and Karang Mumus is a kelurahan and a river of Samarinda.
 * @example withKnownPlaceOpening('dari Karang Mumus', { start: 12, end: 17 }).start // 5
 */
export function withKnownPlaceOpening<T extends Span>(text: string, span: T): T {
  const word = wordBefore(text, span.start);
  if (!CAPITALISED_WORD.test(word)) return span;
  const start = text.lastIndexOf(word, span.start - 1);
  return isKnownPlaceName(text.slice(start, span.end)) ? { ...span, start } : span;
}
