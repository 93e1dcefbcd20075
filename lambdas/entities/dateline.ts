/**
 * @module entities/dateline
 * Reads the place prefix of an article's first paragraph ("Balikpapan, IDN Times - ...", "JAKARTA, KOMPAS.com -").
 */
import { type PlaceHit, resolveRegionForm } from './locations.js';
import { isDictionaryWord, knownNameLength, tokenize } from './tagger-features.js';
import type { RegionHit } from './types.js';
import { DATELINE_LINES } from './settings.js';
import { buildAlternation, titleCaseIfUpper } from './text-scan.js';
import { MEDIA_OUTLETS, WIDE_AREA_BY_FORM, regencyOfDistrict } from './gazetteer.js';

/**
 * Place, then an outlet after a comma ("POS-KUPANG.COM" and "Tribun-Medan.com" hyphenated) or in parentheses, then a dash; or a bare place and a dash ("Jakarta - ");
 * or a place, a date and the wire in parentheses ("ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --").
 */
const DATELINE_RE =
  /^\s*([A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,3})\s*(,\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*\([A-Za-z][\w. /]*\)\s*|,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\s*\([A-Za-z][\w. ]*\)\s*|,\s*[A-Za-z][\w.]*(?:-[A-Za-z][\w.]*)*(?:\s[A-Z][\w.]*){0,3}\s*|\s*\([A-Za-z][\w. ]*\)\s*)?(?:[-–—]+\s+|--|[–—])\S/;
/** The outlets' names as written and in capitals ("KATAKALTIM, SAMARINDA –"), no domain needed. */
const OUTLET_FORMS = [...new Set(MEDIA_OUTLETS.flatMap((o) => [o, o.toUpperCase()]))];
/**
 * The outlet first, then the place: "REPUBLIKA.CO.ID, JAKARTA --", "Liputan6.com, Jakarta -" (a double dash may touch
 * the text), "KONTAN.CO.ID - JAKARTA." (a dash before the place, a full stop after it), "KATAKALTIM, SAMARINDA –".
 */
const OUTLET_FIRST_RE = new RegExp(
  String.raw`^\s*(?:[A-Za-z][\w-]*\.(?:com|co\.id|co|id|CO\.ID|CO|COM|ID)|${buildAlternation(OUTLET_FORMS)})(?:,|\s+[-–—])\s*([A-Z][A-Za-z'’]*(?: [A-Z][A-Za-z'’]*){0,2})(?:\s*(?:[-–—]+\s+|--|[–—])|\.\s+)\S`,
);

/**
 * Whether a place written before a dash with no outlet is a dateline's: a known region, or a kecamatan or a regency
 * seat in capitals ("TENGGARONG - ", "SANGATTA - "), so a headline with a dash is not taken for a dateline.
 */
function isBarePlace(written: string): boolean {
  const name = titleCaseIfUpper(written);
  if (resolveRegionForm(name, undefined)) return true;
  const words = tokenize(name).map((t) => t.text);
  return written === written.toUpperCase() && (knownNameLength(words, 0, 'd') === words.length || regencyOfDistrict(name) !== undefined);
}

/**
 * Find the dateline place in the first lines of a text, title-cased ("JAKARTA" -> "Jakarta").
 * @example detectDateline('Balikpapan, IDN Times - Kondisi ...') // 'Balikpapan'
 */
export function detectDateline(text: string): string | null {
  const lines = text.split('\n').filter((line) => line.trim() !== '').slice(0, DATELINE_LINES);
  for (const line of lines) {
    // "SERAMBINEWS.COM, TAKENGON -": the place after the outlet, not the outlet.
    const outletFirst = OUTLET_FIRST_RE.exec(line);
    if (outletFirst) return titleCaseIfUpper(outletFirst[1]!);
    const m = DATELINE_RE.exec(line);
    if (!m) continue;
    const place = titleCaseIfUpper(m[1]!.trim());
    if (m[2] || isBarePlace(m[1]!.trim())) return place;
  }
  return null;
}

/**
 * The character range of the dateline prefix ("Samarinda, IDN Times -"), so the outlet in it is not read as an entity.
 * @example findDatelineSpan('Balikpapan, IDN Times - Kondisi') // { start: 0, end: 22 }
 */
export function findDatelineSpan(text: string): { start: number; end: number } | null {
  let offset = 0;
  let seen = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      const m = DATELINE_RE.exec(line);
      if (m && (m[2] || isBarePlace(m[1]!.trim()))) {
        return { start: offset, end: offset + m[0].length - 1 };
      }
      seen += 1;
      if (seen >= DATELINE_LINES) return null;
    }
    offset += line.length + 1;
  }
  return null;
}

/** The place that opens a dateline span, as written ("JAKARTA"), and where it starts. */
const DATELINE_PLACE = /^\s*([A-Z][A-Za-z'’.]*(?:[ -][A-Z][A-Za-z'’.]*){0,3}?)(?=\s*[,(–—-])/;

/** The place written at the start of the dateline span, and its offsets; null when none is. */
function datelinePlace(text: string, span: { start: number; end: number } | null): { start: number; end: number; written: string } | null {
  if (!span) return null;
  const outletFirst = OUTLET_FIRST_RE.exec(text.slice(span.start, span.end + 1));
  if (outletFirst) {
    const start = span.start + outletFirst.index + placeOffset(outletFirst);
    return { start, end: start + outletFirst[1]!.length, written: outletFirst[1]! };
  }
  const m = DATELINE_PLACE.exec(text.slice(span.start, span.end + 1));
  if (!m) return null;
  const start = span.start + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, written: m[1]! };
}

/**
 * The dateline's place as a region mention ("JAKARTA, KOMPAS.com -" -> Jakarta at 0..7), written in capitals or
 * not; null when there is no dateline or its place is not a known region. `span` is the dateline span, when the
 * caller has it.
 * @example findDatelineRegion('JAKARTA, KOMPAS.com - Isi')?.region.name // 'Jakarta'
 */
export function findDatelineRegion(text: string, span = findDatelineSpan(text)): RegionHit | null {
  const place = datelinePlace(text, span);
  const region = place ? resolveRegionForm(titleCaseIfUpper(place.written), undefined) : null;
  if (!place || !region) return findOutletFirstRegion(text);
  return { start: place.start, end: place.end, region };
}

/** The words of the wide areas' names ("Ibu Kota Nusantara", "Kalimantan"). */
const WIDE_AREA_WORDS: ReadonlySet<string> = new Set([...WIDE_AREA_BY_FORM.values()].flatMap((a) => a.name.split(' ')));

/**
 * The dateline's place when it is no region but a known kecamatan, town or regency seat ("TENGGARONG, KOMPAS.com -"
 * -> Tenggarong, a district; "Sangatta (ANTARA) -"; "ISTANBUL, 23 Februari 2016 (Antara) --" -> Istanbul); null
 * otherwise.
 * @example findDatelineTown('TENGGARONG, KOMPAS.com - Isi')?.name // 'Tenggarong'
 */
export function findDatelineTown(text: string, span = findDatelineSpan(text)): PlaceHit | null {
  const place = datelinePlace(text, span);
  if (!place) return null;
  const name = titleCaseIfUpper(place.written);
  if (resolveRegionForm(name, undefined)) return null;
  const words = tokenize(name).map((t) => t.text);
  const district = knownNameLength(words, 0, 'd') === words.length;
  // "Ranai (ANTARA) -": a dateline names a place, the lists' or not (a town of 20,000 no list holds), unless its name
  // is a word of the language ("Aula, ...") or a wide area a finder reads ("Nusantara").
  // A dateline in capitals ("LIWA (Lampost.co) --") names a place even where its name is also a word, unless a word of
  // a wide area's name ("NUSANTARA", the capital's area, which the dateline does not name as a town).
  const capitals = place.written === place.written.toUpperCase() && !words.some((w) => WIDE_AREA_WORDS.has(w));
  const unlisted = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u.test(name) && (capitals || !words.some((w) => isDictionaryWord(w))) && !WIDE_AREA_BY_FORM.has(name);
  if (!district && knownNameLength(words, 0, 't') !== words.length && !regencyOfDistrict(name) && !unlisted) return null;
  return { start: place.start, end: place.end, name, kind: district ? 'district' : 'place' };
}

/** Where the place of an outlet-first dateline's match starts in it, past the outlet. */
function placeOffset(m: RegExpExecArray): number {
  return m[0].indexOf(m[1]!, m[0].search(/[,\s]/));
}

/** The place of an outlet-first dateline in the first lines ("REPUBLIKA.CO.ID, JAKARTA --"). */
function findOutletFirstRegion(text: string): RegionHit | null {
  let offset = 0;
  for (const line of text.split('\n').slice(0, DATELINE_LINES)) {
    const m = OUTLET_FIRST_RE.exec(line);
    if (m) {
      const region = resolveRegionForm(titleCaseIfUpper(m[1]!), undefined);
      const start = offset + m.index + placeOffset(m);
      return region ? { start, end: start + m[1]!.length, region } : null;
    }
    offset += line.length + 1;
  }
  return null;
}
