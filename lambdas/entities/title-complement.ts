/**
 * @module entities/title-complement
 * What follows a person's title before the name: "Kepala Dinas KUMKMP Balikpapan", "Kapolres Lhokseumawe AKBP",
 * "Anggota Komisi X DPR RI Dapil Kaltim I", "Area Manager Communication, Relations & CSR Pertamina Patra Niaga
 * Regional Kalimantan". people.ts reads the title and the name; this module reads what lies between them.
 */
import {
  AGENCY_BY_FORM,
  AGENCY_BY_LOWER_NAME,
  BALINESE_NAME_WORDS,
  COMMON_ABBREVIATIONS,
  HONORIFICS,
  COUNTRY_BY_FORM,
  MEDIA_OUTLETS,
  ORG_WORDS,
  isOrgWordBefore,
  RANKS,
  REGION_ALIAS,
  REGIONS_BY_NAME,
  TITLE_BY_FORM,
  TITLE_WORDS,
  WIDE_AREA_BY_FORM,
} from './gazetteer.js';
import { AREA_UNIT_LEAD } from '../shared/area-units.js';
import { matchRegionAt } from './locations.js';
import { RANK_PHRASE_AT, RANK_TAIL, TOKEN } from './person-names.js';
import { isAffixedWord, isDictionaryWord, isEnglishWord, isKnownSurname, isListedName, isNameOnlyWord, isPlainWord, knownNameLength, tokenize } from './tagger-features.js';
import { ACRONYM, CAPITAL_AFTER_SPACES, SPACES, WORD_END, buildAlternation, matchAt } from './text-scan.js';
import type { OrgHit, RegionEntry, RegionHit, TitleEntry } from './types.js';

/** A legislator's electoral district after the title: "dapil Kaltim", "Dapil Samarinda 1", "asal Kaltim". */
const DISTRICT_LEAD = /(?:[Dd]apil|[Dd]aerah[ \t]+[Pp]emilihan|asal)[ \t]+/y;
const DISTRICT_NUMBER = /[ \t]+(?:[IVX]+|\d{1,2})(?![\p{L}\p{N}])/uy;
/**
 * An island or a group of regions, as the area an office serves ("Kalimantan dan Sulawesi", "Kaltimtara"), in English
 * with "Region" after it ("Pertamina Patra Niaga Kalimantan Region").
 */
const SERVED_AREA_AT = new RegExp(
  `(?:${buildAlternation([...WIDE_AREA_BY_FORM].filter(([, a]) => a.kind === 'island' || a.kind === 'region-group').map(([form]) => form))})(?:[ \\t]+Region)?${WORD_END}`,
  'uy',
);

/** A military or police unit's number and name after its head's title ("VI/Mulawarman", "091/ASN"). */
const COMMAND_UNIT = /(?:[IVXL]+|\d{2,4}(?:-\d{1,3})?)(?:[ \t]*\/[ \t]*[A-Z][A-Za-z]+)?(?![\p{L}\p{N}\/])/uy;

/** An acronym with a digit, which a name token does not read ("Kabid P2P", "Kepala DP3AP2KB"). */
const DIGIT_ACRONYM = /[A-Z]+\d[A-Z0-9]*(?![\p{L}\p{N}])/uy;

/** A capitalised word of four letters or more at the start. */
const LONG_CAPITALISED_WORD_AT = /^\p{Lu}\p{Ll}{3,}(?![\p{L}\p{N}])/u;

/** Whether a word opens with a region's short form and goes on ("Jatimbalinus", "Sulselrabar"; not "Jatim" alone). */
function opensWithRegionShortForm(word: string): boolean {
  const lower = word.toLowerCase();
  for (let n = 4; n < lower.length - 2; n += 1) if (REGION_ALIAS.has(lower.slice(0, n))) return true;
  return false;
}

/** Words for a unit of a company or agency that a number may follow ("Regional 4", "Wilayah II"). */
const UNIT_WORDS = new Set(['Regional', 'Region', 'Wilayah', 'Area', 'Divisi', 'Unit', 'Cabang', 'RU', 'Rayon', 'Zona']);
// "Regional VIII/Jawa 3": a slash and the area's own name and number may follow.
const UNIT_NUMBER = /(?:\d{1,2}|[IVX]{1,4})(?:\/\p{Lu}\p{Ll}+(?:[ \t]+\d{1,2}(?![\p{L}\p{N}]))?)?(?![\p{L}\p{N}/])/uy;

/** The fields of known ministries ("Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"), read after "Menteri". */
const MINISTRY_FIELD_AT = new RegExp(
  `(?:${buildAlternation(
    [...AGENCY_BY_LOWER_NAME.values()]
      .filter((a) => a.kind === 'ministry')
      .flatMap((a) => [a.name, ...a.aliases])
      .filter((form) => form.startsWith('Kementerian '))
      .map((form) => form.slice('Kementerian '.length)),
  )})${WORD_END}`,
  'yu',
);

/** The fields of known Direktorat Jenderal ("Otonomi Daerah", "Bea dan Cukai", "Minerba"), read after "Dirjen". */
const DIRECTORATE_FIELD_AT = new RegExp(
  `(?:${buildAlternation(
    [...AGENCY_BY_LOWER_NAME.values()]
      .flatMap((a) => [a.name, ...a.aliases])
      .flatMap((form) => /^(?:Direktorat Jenderal|Ditjen) (.+)$/.exec(form)?.[1] ?? []),
  )})${WORD_END}`,
  'yu',
);

/** A country's name at a position ("Presiden Amerika Serikat", "sutradara Jerman"). */
export const COUNTRY_AT = new RegExp(`(?:${buildAlternation(COUNTRY_BY_FORM.keys())})${WORD_END}`, 'yu');
/** The republic itself after a title ("Menteri Keuangan Republik Indonesia"). */
const REPUBLIC_AT = new RegExp(`Republik[ \\t]+Indonesia${WORD_END}`, 'yu');

/** A news outlet's name ("Kaltim Post", "Tribun Kaltim"), longest first. */
const OUTLET_AT = new RegExp(`(?:${buildAlternation(MEDIA_OUTLETS)})${WORD_END}`, 'yu');


/** The heads of public facilities a title may head ("Bandara", "Pasar", "Terminal", "Stasiun", "Pelabuhan"). */
const FACILITY_HEADS = new Set(['Bandara', 'Pasar', 'Terminal', 'Stasiun', 'Pelabuhan', 'Bendungan']);

/**
 * A facility named from its head word up to and with its town ("Bandara APT Pranoto Samarinda", "Stasiun Meteorologi
 * Sultan Aji Muhammad Sulaiman Sepinggan Balikpapan"), within nine words.
 */
function readFacility(text: string, at: number): { region: RegionEntry | null; end: number } | null {
  const head = /^(\p{Lu}\p{Ll}+)[ \t]+/u.exec(text.slice(at, at + 16));
  if (!head || !FACILITY_HEADS.has(head[1]!)) return null;
  let pos = at + head[0].length;
  for (let n = 0; n < 8; n += 1) {
    const region = matchRegionAt(text, pos);
    if (region) return { region: region.region, end: region.end };
    const word = /^([A-Z][A-Za-z]*)[ \t]+/.exec(text.slice(pos, pos + 30));
    if (!word) return null;
    pos += word[0].length;
    // "Bandara SAMS Sepinggan Barata Singgih Riwahono": a facility named after its kelurahan ends there too.
    const village = n > 0 && !isListedName(word[1]!) && knownNameLength([word[1]!], 0, 'v') === 1;
    // The facility's name goes on over villages and its town ("... Sulaiman Sepinggan Balikpapan").
    const next = /^[A-Z][A-Za-z]*/.exec(text.slice(pos, pos + 30))?.[0] ?? '';
    if (village && !matchRegionAt(text, pos) && knownNameLength([next], 0, 'v') !== 1) return { region: null, end: pos - word[0].length + word[1]!.length };
  }
  return null;
}

/** A mark on the holder of a title before the name: suspended ("nonaktif") or elected, not yet sworn in ("terpilih"). */
const HOLDER_MARK = /[ \t]+(?:non-?aktif|terpilih)(?=[ \t]+\p{Lu})/uy;

/**
 * A capitalised word that is no name, no word of the language and no place, then a region, then two capitalised words
 * (a name): "Forkopimda Kaltim" before "Budi Santoso". The region and where it ends, or null.
 */
function readUnknownBodyWithRegion(text: string, at: number, word: string): { region: RegionEntry; end: number } | null {
  // Acronyms and org vocabulary have their own readings below ("Kepala BPS Kaltim").
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || ORG_WORDS.has(word) || isListedName(word) || isDictionaryWord(word) || matchRegionAt(text, at)) return null;
  const gap = matchAt(SPACES, text, at + word.length);
  const reg = gap ? matchRegionAt(text, at + word.length + gap[0].length) : null;
  if (!reg || !/^[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}/u.test(text.slice(reg.end, reg.end + 40))) return null;
  return { region: reg.region, end: reg.end };
}

/** What a title's complement holds: where it ends, its region and rank, where the name starts, its words. */
export interface TitleComplement {
  end: number;
  region: RegionEntry | null;
  rank: string | null;
  nameAt: number;
  words: string[];
  /**
   * The kecamatan or desa a Camat or Lurah heads, where the text names it ("Camat Sungai Pinang"); or the one a
   * neighbourhood lies in, with the unit word written before it ("Ketua RT 15 Kelurahan Sempaja Selatan").
   */
  area: { start: number; end: number; unit?: string } | null;
}

/**
 * What follows a title at `pos`: org vocabulary, acronyms, a region (or two joined by "dan"), org mentions, a
 * command's number, a rank, a kecamatan or desa, a legislator's district, an English field; then the name.
 * @example readComplement('Kepala BPS Kaltim Yusniar Juliana', 6, TITLE_BY_FORM.get('Kepala')!, new Map()).words // ['BPS', 'Kaltim']
 */
const INDONESIA_AT = /(?:Indonesia|RI)(?![\p{L}\p{N}])/uy;
/** The length of "untuk" and the country after it at `at` ("untuk Kanada", "untuk Korea Selatan"); 0 if none. */
function countryAfterUntuk(text: string, at: number): number {
  const untuk = /^untuk[ \t]+/.exec(text.slice(at, at + 8));
  const country = untuk ? (matchAt(COUNTRY_AT, text, at + untuk[0].length) ?? matchAt(INDONESIA_AT, text, at + untuk[0].length)) : null;
  return country ? untuk![0].length + country[0].length : 0;
}

export function readComplement(text: string, pos: number, entry: TitleEntry, orgStarts: Map<number, OrgHit>): TitleComplement {
  let end = pos;
  let at = pos;
  let region: RegionEntry | null = null;
  let rank: string | null = null;
  let areaSpan: TitleComplement['area'] = null;
  const words: string[] = [];
  const commandLike = entry.kind === 'police' || entry.kind === 'military' || entry.kind === 'prosecutor';
  // Whether the last part read was a body with no region: a branch's town may follow it.
  let afterBody = false;
  // Whether a body named with its seat was read ("Kejari Jakarta Pusat"): a region after it opens the name ("Bima Anggara").
  let seatedBody = false;
  // "Gubernur nonaktif Sumatera Utara Gatot Pujo Nugroho": a suspended holder's mark may come before the region too.
  const suspendedFirst = matchAt(HOLDER_MARK, text, pos);
  if (suspendedFirst) end = at = pos + suspendedFirst[0].length;
  for (;;) {
    const sp = matchAt(SPACES, text, at);
    if (!sp) break;
    const next = at + sp[0].length;
    const bodyBefore = afterBody;
    afterBody = false;
    // "Duta Besar RI untuk Kanada Laksmi Pratiwi": the country an envoy is posted to stays in the title.
    const postedTo = entry.title === 'Duta Besar' ? countryAfterUntuk(text, next) : 0;
    if (postedTo > 0) {
      words.push(text.slice(next, next + postedTo));
      end = at = next + postedTo;
      continue;
    }
    // "Menteri Koperasi Budi Arie Setiadi", "Menteri UMKM X": a ministry's field, before any body its words open.
    const ministryField = entry.org === 'ministry' && words.length === 0 ? matchAt(MINISTRY_FIELD_AT, text, next) : null;
    if (ministryField) {
      words.push(ministryField[0]);
      end = at = next + ministryField[0].length;
      continue;
    }
    // "Kepala Bidang Bina Marga pada Dinas PUPR-Pera Kaltim": "pada" before a body joins the field to its body.
    // "Executive General Manager of Pertamina Patra Niaga Kalimantan Region X": English "of" before the body too.
    const onBody = rank ? null : (/^of[ \t]+(?:the[ \t]+)?/.exec(text.slice(next, next + 8)) ?? (words.length > 0 ? /^pada[ \t]+/.exec(text.slice(next, next + 8)) : null));
    if (onBody && orgStarts.has(next + onBody[0].length)) {
      at = next + onBody[0].length - 1;
      continue;
    }
    // "Direktur Penyakit Menular Kemenkes": a field of words of the language right before the body stays in the title.
    const bodyAt = (pos: number): boolean => orgStarts.has(pos + (matchAt(SPACES, text, pos)?.[0].length ?? 0));
    // "Direktur IKM Kimia, Sandang, dan Kerajinan Kemenperin": so does a list of them after the field's short form.
    const afterAcronym = words.length === 1 && ACRONYM.test(words[0]!);
    const fieldWords = (words.length === 0 || afterAcronym) && !rank && entry.org === 'complement' ? readFieldWords(text, at, bodyAt, afterAcronym) : 0;
    if (fieldWords > 0) {
      words.push(text.slice(next, at + fieldWords));
      end = at = at + fieldWords;
      continue;
    }
    // After a rank the body is the rank's force ("Komandan Korem 091/ASN Brigjen TNI"), no part of the title.
    const org = rank ? undefined : orgStarts.get(next);
    if (org && !commandLike) {
      region = org.region ?? region;
      end = at = org.region ? secondRegionEnd(text, org.end) : org.end;
      // "IKM Kimia" read as a body (by the tagger): its list of field words may go on after a comma to the body.
      const listedOn = words.length === 0 && ACRONYM.test(text.slice(next, end).split(' ')[0]!) && entry.org === 'complement' ? readFieldWords(text, end, bodyAt, true) : 0;
      end = at = end + listedOn;
      words.push(text.slice(next, end));
      afterBody = !org.region && !org.seated && listedOn === 0;
      seatedBody ||= org.seated === true;
      continue;
    }
    const paren = /^\(([^()\n]{1,30})\)/.exec(text.slice(next, next + 34));
    // "Sekretaris Daerah (Sekda) Kota Samarinda": the title's own short form may follow it at once.
    if (paren && words.length === 0 && TITLE_BY_FORM.get(paren[1]!) === entry) {
      at = next + paren[0].length;
      continue;
    }
    // "Kepala Seksi Haji dan Umrah (Kasi PHU) H Burhan Noor": a short parenthesis after the field stays in the title.
    if (paren && words.length > 0 && !rank) {
      end = at = next + paren[0].length;
      continue;
    }
    // "Ketua RT 15", "Ketua RT 03/RW 05": a neighbourhood is named by its number.
    const number = entry.kind === 'neighbourhood' && words.length === 0 ? /^\d{1,3}(?:[ \t]*\/[ \t]*(?:RW[ \t]*)?\d{1,3})?(?![\d\p{L}])/u.exec(text.slice(next, next + 16)) : null;
    if (number) {
      words.push(number[0]);
      end = at = next + number[0].length;
      continue;
    }
    // "Ketua RT 15 Kelurahan Sempaja Selatan Suparman": then the kelurahan or desa by its known name.
    const unitArea = entry.kind === 'neighbourhood' && words.length > 0 ? /^(?:Kelurahan|Desa)[ \t]+/.exec(text.slice(next, next + 12)) : null;
    const unitAreaLength = unitArea ? readAreaName(text, next + unitArea[0].length, 'Desa') : 0;
    if (unitArea && unitAreaLength > 0) {
      words.push(text.slice(next, next + unitArea[0].length + unitAreaLength));
      areaSpan = { start: next + unitArea[0].length, end: next + unitArea[0].length + unitAreaLength, unit: unitArea[0].trim() };
      end = at = next + unitArea[0].length + unitAreaLength;
      continue;
    }
    // "Camat Samarinda Ulu Syamsu Alam", "Kepala Desa Sumber Sari Suparno": the kecamatan or desa by its known name;
    // after a head's regional word the unit's word may come first ("Pembakal Desa Tambak Anyar H. Jumberi").
    const unitWord = entry.area && words.length === 0 ? AREA_UNIT_LEAD.exec(text.slice(next, next + 14))?.[0] ?? '' : '';
    const area = entry.area && words.length === 0 ? readAreaName(text, next + unitWord.length, entry.area) : 0;
    if (area > 0) {
      words.push(text.slice(next, next + unitWord.length + area));
      areaSpan = { start: next + unitWord.length, end: next + unitWord.length + area, ...(unitWord ? { unit: unitWord.trim() } : {}) };
      end = at = next + unitWord.length + area;
      continue;
    }
    // A command's number and name: "Pangdam VI/Mulawarman", "Danrem 091/ASN", "Dandim 0906/Kutai Kartanegara".
    const unit = commandLike && words.length === 0 ? matchAt(COMMAND_UNIT, text, next) : null;
    if (unit) {
      // A two-word unit name goes on where a rank follows it ("0906/Kutai Kartanegara Letkol", not "VI/Mulawarman
      // Mayjen"), or where its second word is a word of the language, no name ("I/Bukit Barisan").
      const more = /^[ \t]+([A-Z][a-z]+)(?![\p{L}])/u.exec(text.slice(next + unit[0].length, next + unit[0].length + 30));
      // "Dandim 0906/Kutai Kartanegara menyebut": a region's name of two words goes on whatever follows.
      const slash = unit[0].indexOf('/');
      const regionName = more && slash !== -1 ? matchRegionAt(text, next + slash + 1) : null;
      const goesOn =
        more &&
        !RANKS.has(more[1]!) &&
        (regionName?.end === next + unit[0].length + more[0].length ||
          hasRankAhead(text, next + unit[0].length + more[0].length) ||
          ((isDictionaryWord(more[1]!) || isAffixedWord(more[1]!)) && !isListedName(more[1]!)));
      const length = unit[0].length + (goesOn ? more[0].length : 0);
      words.push(text.slice(next, next + length));
      end = at = next + length;
      continue;
    }
    // "Anggota DPR RI dapil Kaltim", "Anggota DPRD Kaltim Dapil Samarinda 1": the electoral district stays in the
    // title; it is not the body's region.
    const district = entry.kind === 'legislator' ? matchAt(DISTRICT_LEAD, text, next) : null;
    const districtRegion = district ? matchRegionAt(text, next + district[0].length) : null;
    if (districtRegion) {
      const districtEnd = districtRegion.end + (matchAt(DISTRICT_NUMBER, text, districtRegion.end)?.[0].length ?? 0);
      words.push(text.slice(next, districtEnd));
      end = at = districtEnd;
      continue;
    }
    // "Kapten Laut (P)", "Brigjen TNI": the rank's force or corps goes with it.
    const tail: RegExpExecArray | null = rank ? matchAt(RANK_TAIL, text, next) : null;
    if (tail) {
      // "Irjen Pol.": the tail may be written with a full stop.
      const fullStop: string = text[next + tail[0].length] === '.' ? '.' : '';
      rank = `${rank} ${tail[0]}${fullStop}`;
      at = next + tail[0].length + fullStop.length;
      continue;
    }
    // "General Manager PT KPI Unit Balikpapan X", "EGM Telkom Regional 4 Kalimantan": a unit word after the body, then
    // the unit's seat or number.
    const bodyUnit = bodyBefore ? /^([A-Z][a-z]+)[ \t]+/.exec(text.slice(next, next + 12)) : null;
    const unitSeat = bodyUnit && UNIT_WORDS.has(bodyUnit[1]!) ? matchRegionAt(text, next + bodyUnit[0].length) : null;
    if (unitSeat) {
      words.push(text.slice(next, unitSeat.end));
      region = unitSeat.region;
      end = at = unitSeat.end;
      continue;
    }
    // "Pemimpin Cabang Bank Kaltimtara Tenggarong Andi Saputra": the branch's town after the body stays in the title.
    const branchTown = bodyBefore && !region ? readTownName(text, next) : 0;
    if (branchTown > 0) {
      words.push(text.slice(next, next + branchTown));
      end = at = next + branchTown;
      continue;
    }
    // "GM Pelindo Regional 4 Balikpapan": a unit's number after its unit word.
    const afterUnitWord = UNIT_WORDS.has(words.at(-1)?.split(' ').at(-1) ?? '');
    const unitNumber = afterUnitWord ? matchAt(UNIT_NUMBER, text, next) : null;
    if (unitNumber) {
      words.push(unitNumber[0]);
      end = at = next + unitNumber[0].length;
      continue;
    }
    // "Ketua Perdami Cabang Sumut, dr X": after a unit word, a region is the unit's seat, no name.
    const unitRegion: RegionHit | null = afterUnitWord ? matchRegionAt(text, next) : null;
    if (unitRegion) {
      words.push(text.slice(next, unitRegion.end));
      region = unitRegion.region;
      end = at = unitRegion.end;
      continue;
    }
    // "Pertamina Patra Niaga Regional Jatimbalinus Yuniar ...": after a unit word, one word glued from regions' short
    // forms (Jatim + Bali + Nusa Tenggara) is the short name of the regions the unit serves, no name's word.
    const areasName = afterUnitWord ? LONG_CAPITALISED_WORD_AT.exec(text.slice(next, next + 24)) : null;
    if (areasName && opensWithRegionShortForm(areasName[0]) && !isListedName(areasName[0]) && !isDictionaryWord(areasName[0])) {
      words.push(areasName[0]);
      end = at = next + areasName[0].length;
      continue;
    }
    // "Inspector General", "Senior Commissioner": a rank of several words.
    const rankPhrase = matchAt(RANK_PHRASE_AT, text, next);
    if (rankPhrase) {
      rank = rank ? `${rank} ${rankPhrase[0]}` : rankPhrase[0];
      at = next + rankPhrase[0].length;
      continue;
    }
    const t = matchAt(DIGIT_ACRONYM, text, next) ?? matchAt(TOKEN, text, next);
    if (!t) break;
    const word = t[0];
    if (RANKS.has(word) || RANKS.has(word.replace(/\.$/, ''))) {
      rank = rank ? `${rank} ${word}` : word;
      at = next + word.length;
      continue;
    }
    if (rank) break;
    // "Kapolres Lhokseumawe AKBP X", "Kajari Lhoksukon Teuku Rahmatsyah": the unit's place, then the name.
    const placeThenName = entry.kind === 'prosecutor' && words.length === 0 && /^[A-Z][a-z]+$/.test(word) && !isListedName(word) && /^[ \t]+[A-Z][a-z]+[ \t]+[A-Z]/.test(text.slice(next + word.length, next + word.length + 40));
    if (commandLike && /^[A-Z]/.test(word) && (placeThenName || hasRankAhead(text, next))) {
      // "Kapolsek Sungai Kunjang Kompol X": a Polsek is named after the kecamatan it serves.
      const district = entry.title === 'Kapolsek' && words.length === 0 ? readAreaName(text, next, 'Kecamatan') : 0;
      if (district > 0) areaSpan = { start: next, end: next + district };
      words.push(word);
      end = at = next + word.length;
      continue;
    }
    // "Pemimpin Redaksi Kaltim Post Budi Santoso": a news outlet is a body of the title too.
    const outlet = words.length === 0 ? matchAt(OUTLET_AT, text, next) : null;
    if (outlet) {
      words.push(outlet[0]);
      end = at = next + outlet[0].length;
      continue;
    }
    // "Ketua Forkopimda Kaltim Budi Santoso": one word no list knows, its region, then a name: a body the lists lack,
    // with its region, closes the title.
    const unknownBody = entry.org === 'complement' && words.length === 0 ? readUnknownBodyWithRegion(text, next, word) : null;
    if (unknownBody) {
      words.push(text.slice(next, unknownBody.end));
      region = unknownBody.region;
      end = at = unknownBody.end;
      continue;
    }
    // "Kepala Bandara APT Pranoto Samarinda", "Kepala Pasar Segiri Samarinda": a public facility the title heads, named
    // up to its town or its kelurahan; without either the name's end is unknown.
    const facility: { region: RegionEntry | null; end: number } | null = words.length === 0 && !region ? readFacility(text, next) : null;
    if (facility) {
      region = facility.region;
      words.push(text.slice(next, facility.end));
      end = at = facility.end;
      continue;
    }
    // "Minister of Energy and Mineral Resources Sudirman Said", "Head of Communication PHM": an English field.
    // A company's officer names the field in English without "of" too: "Area Manager Communication, Relations & CSR".
    // "chairman for labor affairs": any other title takes a field led by "for" or "of".
    const fieldKind = entry.kind === 'minister' || entry.kind === 'executive' || entry.kind === 'commander' || entry.kind === 'civil-servant';
    const englishField = words.length === 0 ? readEnglishField(text, next, !fieldKind || (entry.kind !== 'executive' && entry.kind !== 'commander')) : 0;
    if (englishField > 0) {
      words.push(text.slice(next, next + englishField));
      end = at = next + englishField;
      continue;
    }
    const fieldAt = entry.org === 'ministry' ? MINISTRY_FIELD_AT : entry.title === 'Direktur Jenderal' ? DIRECTORATE_FIELD_AT : null;
    const field = fieldAt && words.length === 0 ? matchAt(fieldAt, text, next) : null;
    if (field) {
      words.push(field[0]);
      end = at = next + field[0].length;
      continue;
    }
    // "Direktur Jenderal Perimbangan Keuangan Dr. X", "Deputi Bidang ...": a field no list holds, words of the language.
    const ownField = FIELD_TITLES.has(entry.title) && words.length === 0 ? readFieldWords(text, at) : 0;
    if (ownField > 0) {
      words.push(text.slice(next, at + ownField));
      end = at = at + ownField;
      continue;
    }
    // "Presiden Amerika Serikat Barack Obama", "Menteri Luar Negeri Finlandia Timo Soini": the country is the title's;
    // so is the republic ("Menteri Keuangan Republik Indonesia Sri Mulyani").
    const country = matchAt(COUNTRY_AT, text, next) ?? matchAt(REPUBLIC_AT, text, next);
    if (country) {
      words.push(country[0]);
      end = at = next + country[0].length;
      continue;
    }
    // "Sekretaris Daerah Provinsi (Sekdaprov) Kaltim": the title's short form between the level and the region.
    const levelParen: RegExpExecArray | null = !region && entry.kind !== 'minister' ? LEVEL_THEN_SHORT_FORM.exec(text.slice(next, next + 30)) : null;
    const leveled: RegionHit | null = levelParen ? matchRegionAt(text, next + levelParen[0].length) : null;
    if (leveled) {
      region = leveled.region;
      words.push(text.slice(next, leveled.end));
      end = at = leveled.end;
      continue;
    }
    // "Wakil Menteri Dalam Negeri Bima Arya Sugiarto": a minister serves the nation; a region after the field is the name.
    const reg: RegionHit | null = !region && !seatedBody && entry.kind !== 'minister' ? matchRegionAt(text, next) : null;
    if (reg) {
      region = reg.region;
      const regionEnd = secondRegionEnd(text, reg.end);
      words.push(text.slice(next, regionEnd));
      end = at = regionEnd;
      continue;
    }
    // "GM PLN UID Kaltimtara", "Pertamina Patra Niaga Regional Kalimantan", "Kepala Perwakilan SKK Migas Kalimantan dan
    // Sulawesi (Kalsul)": a group of regions or an island a unit serves, its short form after it or not.
    const served = matchAt(SERVED_AREA_AT, text, next);
    if (served) {
      const short = /^[ \t]*\(([A-Za-z]{2,12})\)/.exec(text.slice(next + served[0].length, next + served[0].length + 16));
      const servedEnd = next + served[0].length + (short && WIDE_AREA_BY_FORM.get(short[1]!) === WIDE_AREA_BY_FORM.get(served[0]) ? short[0].length : 0);
      words.push(text.slice(next, servedEnd));
      end = at = servedEnd;
      continue;
    }
    // "Ketua MUI Bidang Fatwa KH. X", "Anggota KPU Kaltim Divisi Perencanaan, Data, dan Informasi, Y": a body's field
    // after "Bidang" or "Divisi".
    const bodyField = FIELD_WORDS.has(word) && words.length > 0 ? readFieldWords(text, next + word.length) : 0;
    if (bodyField > 0) {
      words.push(text.slice(next, next + word.length + bodyField));
      end = at = next + word.length + bodyField;
      continue;
    }
    // "Anggota Komisi X DPR RI", "Ketua Komisi B DPRD DKI": a commission by its numeral or letter.
    const commission = /Komisi$/.test(text.slice(Math.max(0, at - 6), at)) && /^(?:[IVX]{1,4}|[A-E])$/.test(word);
    // "Wakil Ketua I Budiono Santoso", "Asisten I Setda": the post's first numeral, where no Balinese name opens with
    // "I" ("I Made", "I Gusti").
    const firstNumeral = word === 'I' && words.length === 0 && !opensBalineseName(text, next);
    if (firstNumeral) {
      words.push(word);
      end = at = next + 1;
      continue;
    }
    // "Ketua MUI Kaltim KH Muhammad Rasyid": an honorific opens the name, it ends the title.
    if (commission || isOrgWordBefore(word, text.slice(next + word.length, next + word.length + 12)) || (ACRONYM.test(word) && !REGION_ALIAS.has(word.toLowerCase()) && !HONORIFICS.has(word))) {
      words.push(word);
      end = at = next + word.length;
      continue;
    }
    // "Seksi Haji dan Umrah": a connector followed by more org vocabulary stays in the title; so does a field's acronym
    // ("Manager Komunikasi dan TJSL PLN UID Kaltimra").
    const joined = /^(?:dan|serta)[ \t]+([A-Z][A-Za-z]+)/.exec(text.slice(next, next + 40));
    if (words.length > 0 && joined && (ORG_WORDS.has(joined[1]!) || ACRONYM.test(joined[1]!))) {
      at = next + joined[0].length - joined[1]!.length - 1;
      continue;
    }
    break;
  }
  // "Bupati Kutai Timur nonaktif Ismunandar", "Wakil Gubernur Kaltim terpilih Seno Aji": a suspended or elected
  // holder's mark closes the title.
  const suspended = at === end ? matchAt(HOLDER_MARK, text, at) : null;
  if (suspended) end = at = at + suspended[0].length;
  const sp = matchAt(SPACES, text, at);
  return { end, region, rank, nameAt: sp ? at + sp[0].length : at, words, area: areaSpan };
}

/** Words after a body that open its field ("Bidang Fatwa", "Divisi Hukum"). */
const FIELD_WORDS = new Set(['Bidang', 'Divisi']);

/** Titles always named with a field ("Direktur Jenderal Perimbangan Keuangan", "Deputi Bidang Pemasaran"). */
const FIELD_TITLES = new Set(['Direktur Jenderal', 'Deputi']);

/** A level word and a short form in parentheses before a region ("Provinsi (Sekdaprov) "). */
const LEVEL_THEN_SHORT_FORM = /^(?:Provinsi|Kabupaten|Kota)[ \t]+\([A-Za-z]{2,15}\)[ \t]+/;

/**
 * Where a title's region ending at `end` ends with a second region joined by "dan": a unit serving two regions
 * names both ("Kepala OJK Kaltim dan Kaltara Parjiman"); `end` when none follows.
 */
function secondRegionEnd(text: string, end: number): number {
  const pair = /^[ \t]+dan[ \t]+/.exec(text.slice(end, end + 8));
  return (pair ? matchRegionAt(text, end + pair[0].length)?.end : undefined) ?? end;
}

/**
 * The length of a kecamatan (`area` "Kecamatan") or desa / kelurahan name at `pos` in the idn-area lists, when the
 * head's name follows it, after a comma or not ("Lurah Sungai Pinang Dalam, Budi Santoso"); 0 otherwise.
 */
function readAreaName(text: string, pos: number, area: string): number {
  const tokens = tokenize(text.slice(pos, pos + 80));
  const words = tokens.map((t) => t.text);
  const length = knownNameLength(words, 0, area === 'Kecamatan' ? 'd' : 'v');
  const unlisted = unlistedAreaName(text, pos);
  if (length === 0 || unlisted > tokens[length - 1]!.end) return unlisted;
  const end = tokens[length - 1]!.end;
  // "Kepala Desa Tolo Uwi, Kecamatan Monta": words no name list holds between a listed village ("Tolo") and the
  // address that goes on after a comma are the village's too.
  // So are such words before a comma and the head's name ("Datuk Penghulu Teluk Nilap, Syamsuddin Ahmad": "Teluk" is
  // a listed village).
  const after = text.slice(pos + end, pos + end + 48);
  const beforeName = AREA_WORDS_BEFORE_NAME.exec(after);
  const more = AREA_WORDS_BEFORE_ADDRESS.exec(after) ?? (beforeName && isListedName(beforeName[2]!) && !TITLE_WORDS.has(beforeName[2]!) ? beforeName : null);
  if (more && more[1]!.trim().split(/[ \t]+/).every((w) => !isListedName(w))) return end + more[1]!.length;
  return /^,?[ \t]+\p{Lu}/u.test(text.slice(pos + end, pos + end + 4)) ? end : 0;
}
/** One or two capitalised words, then a comma and the next unit of an address ("Kecamatan"): group 1 the words. */
const AREA_WORDS_BEFORE_ADDRESS = /^((?:[ \t]+\p{Lu}\p{Ll}+){1,2}),[ \t]+(?:Kecamatan|Kabupaten|Kota|Distrik|Kapanewon|Provinsi)[ \t]/u;

/** One or two capitalised words, then a comma and a capitalised word, maybe the head's name: group 1 the words, 2 the next. */
const AREA_WORDS_BEFORE_NAME = /^((?:[ \t]+\p{Lu}\p{Ll}+){1,2}),[ \t]+(\p{Lu}\p{Ll}+)(?![.\p{L}])/u;

/** A capitalised word, maybe doubled with a hyphen ("Belimbing", "Sanga-Sanga"), sticky. */
const AREA_WORD = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}])/uy;

/**
 * The length of a kecamatan or desa name no list holds, or longer than the one a list holds ("Batu Belimbing" past
 * "Batu", "Sanga-Sanga"): one to three capitalised words of the language that are no name, right before a name that
 * opens with a word only a name can be ("Pj Kades Batu Belimbing Rahmawati"), or two or three with no capitalised
 * word after them ("menonaktifkan Kades Batu Belimbing sejak Februari"); 0 otherwise.
 */
function unlistedAreaName(text: string, pos: number): number {
  let at = pos;
  for (let n = 0; n < 3; n += 1) {
    const word = matchAt(AREA_WORD, text, at);
    if (!word || isListedName(word[0]) || !isDictionaryWord(word[0]) || HONORIFICS.has(word[0])) return 0;
    const end = at + word[0].length;
    const gap = /^[ \t]+/.exec(text.slice(end, end + 4));
    const next = gap ? matchAt(AREA_WORD, text, end + gap[0].length) : null;
    const name = next ?? matchAt(AREA_WORD, text, end + (/^,[ \t]+/.exec(text.slice(end, end + 4))?.[0].length ?? text.length));
    if (name && isNameOnlyWord(name[0])) return end - pos;
    if (!next) return n > 0 ? end - pos : 0;
    at = end + gap![0].length;
  }
  return 0;
}

/**
 * The length of a known kecamatan or town name at `pos` that no name list holds, when a capitalised word (a name)
 * follows it ("Tenggarong Andi", "Sangatta Budi"); 0 otherwise.
 */
function readTownName(text: string, pos: number): number {
  const tokens = tokenize(text.slice(pos, pos + 60));
  const length = knownNameLength(tokens.map((t) => t.text), 0, 'dt');
  if (length === 0 || isListedName(tokens[0]!.text)) return 0;
  const end = tokens[length - 1]!.end;
  return CAPITAL_AFTER_SPACES.test(text.slice(pos + end, pos + end + 2)) ? end : 0;
}

/** Lower-case English words that end a field after a title: the sentence's verb has begun ("deputy for X said"). */
const NOT_FIELD_VERBS = new Set(['said', 'says', 'told', 'stated', 'added', 'explained', 'noted', 'was', 'is', 'has', 'had', 'will', 'would', 'who', 'the', 'and', 'for']);

/**
 * The length of an English field after a title ("of Energy and Mineral Resources", "for Economic Affairs") at `pos`:
 * capitalised dictionary words joined by "and", "&" or "of" (after "for" or "of" lower-case ones too, where the name
 * follows); the name after it is no dictionary word. 0 if none.
 */
function readEnglishField(text: string, pos: number, needsLead = true): number {
  // "Ambassador to Indonesia", "assistant to the regional secretary": "to" leads a post's field too.
  const lead = /^(?:of|for|to)[ \t]+(?:the[ \t]+)?/.exec(text.slice(pos, pos + 12));
  if (!lead && needsLead) return 0;
  let length = 0;
  let at = pos + (lead?.[0].length ?? 0);
  // "deputy for monitoring and evaluation Ratna Dewi": after "for" or "of" a field may be written in lower case; it
  // counts only where a capitalised word (the name) follows it.
  let lowerRun = 0;
  for (;;) {
    // "Communication, Relations & CSR": words joined by "and", "&", "of" or a comma; a common abbreviation counts.
    const m = /^((?:,?[ \t]*(?:and|&|of)[ \t]+|,[ \t]*)?)([A-Z][a-z]+|[A-Z][A-Z0-9]{1,4}(?![\p{L}\p{N}])|[a-z]{3,}(?![\p{L}\p{N}]))/u.exec(text.slice(at, at + 40));
    const word = m?.[2] ?? '';
    if (/^[a-z]/.test(word)) {
      if (!lead || m![1]!.startsWith(',') || !isEnglishWord(word) || NOT_FIELD_VERBS.has(word)) break;
      at += m![0].length;
      lowerRun = at - pos;
      const gap = /^[ \t]+/.exec(text.slice(at, at + 4));
      if (!gap && text[at] !== ',') break;
      if (gap) at += gap[0].length;
      continue;
    }
    if (lowerRun > length) {
      // The lower-case words before this capitalised one are the field's; the name starts here.
      // The name follows, or a comma and the name ("director general of disease prevention and control, Irawati").
      // "deputy for enforcement and execution Brig. Gen. X": a rank opens the name's part, a word of the language or not.
      const rank = m !== null && m[1] === '' && matchAt(RANK_PHRASE_AT, text, at) !== null;
      if (m && (m[1] === '' || /^,[ \t]*$/.test(m[1]!)) && (!isDictionaryWord(word) || isListedName(word) || rank)) return lowerRun;
      // "IDX director for company valuation I Nyoman Gede Arta Wijaya": a Balinese name's "I" opens it.
      if (opensBalineseName(text, at)) return lowerRun;
      break;
    }
    // "Chief Executive Officer Park Seo-jun": a surname before a hyphenated given name opens the name.
    const koreanName = isKnownSurname(word) && /^[ \t]+\p{Lu}\p{Ll}+-\p{Ll}/u.test(text.slice(at + (m?.[0].length ?? 0), at + (m?.[0].length ?? 0) + 16));
    // "Ambassador to Indonesia": a country's name is a post's field.
    // "Communication, Relations & CID PHM": after "&" or "and" a field's own acronym counts, where it names no body.
    const joinedAcronym = Boolean(m?.[1]) && /^[A-Z]{2,5}$/.test(word) && !AGENCY_BY_FORM.has(word);
    // "Vice Minister of Tourism Ni Luh Putu Ariani": "I" or "Ni" before a Balinese name word opens the name.
    const balinese = m !== null && opensBalineseName(text, at + m[0].length - word.length);
    const fits = !balinese && (COMMON_ABBREVIATIONS.has(word) || COUNTRY_BY_FORM.has(word) || joinedAcronym || (/[a-z]/.test(word) && isDictionaryWord(word) && !isListedName(word) && !koreanName));
    // "Commander of the Balikpapan Naval Base": a region names the unit, before the unit's own words.
    const region = m && !fits && m[1] === '' ? matchRegionAt(text, at) : null;
    if (region && isEnglishUnitWordAt(text, region.end)) {
      at = region.end;
      length = at - pos;
      at += /^[ \t]*/.exec(text.slice(at, at + 4))![0].length;
      continue;
    }
    if (!m || !fits || (m[1] !== '' && length === 0 && !lead)) break;
    at += m[0].length;
    length = at - pos;
    const gap = /^[ \t]+/.exec(text.slice(at, at + 4));
    if (!gap && text[at] !== ',') break;
    if (gap) at += gap[0].length;
  }
  return length;
}

/** Whether a Balinese name opens at `pos`: "I" or "Ni", then a Balinese name word ("I Made", "Ni Luh"). */
function opensBalineseName(text: string, pos: number): boolean {
  const opener = BALINESE_OPENER_AT.exec(text.slice(pos, pos + 24));
  return opener !== null && BALINESE_NAME_WORDS.has(opener[1]!);
}
const BALINESE_OPENER_AT = /^(?:I|Ni)[ \t]+(\p{L}+)/u;

/** Whether a capitalised word of the English dictionary follows at `at` ("Naval" of "Balikpapan Naval Base"). */
function isEnglishUnitWordAt(text: string, at: number): boolean {
  const next = /^[ \t]+([A-Z][a-z]+)/.exec(text.slice(at, at + 24))?.[1];
  return next !== undefined && isPlainWord(next);
}

/**
 * The length of a field's words at `pos` (after "Bidang" or before a body): capitalised words of the dictionary or
 * built on it ("Keagamaan", "Penyakit Menular") that are no listed name or honorific, joined by spaces, commas, "dan"
 * or "&" ("Fatwa", "Politik, Hukum, dan Keamanan"); 0 if none. With `endsBefore`, only a field ending where it says
 * (where a body starts) counts; `continuing`, a field going on a list already begun, may open with a comma.
 */
function readFieldWords(text: string, pos: number, endsBefore?: (at: number) => boolean, continuing = false): number {
  let length = 0;
  let at = pos;
  for (;;) {
    // "Fraksi Partai Keadilan Sejahtera": the field ends where a body starts, though the body's words would go on.
    if (endsBefore && length > 0 && endsBefore(at)) return length;
    const m = /^((?:,?[ \t]+(?:dan|&)|,)?[ \t]+)([A-Z][a-z]+)(?![\p{L}.])/u.exec(text.slice(at, at + 40));
    const word = m?.[2] ?? '';
    const fieldWord =
      (isDictionaryWord(word) || isAffixedWord(word)) && !isListedName(word) && !HONORIFICS.has(word) && !REGIONS_BY_NAME.has(word.toLowerCase());
    if (!m || !fieldWord || (length === 0 && !continuing && m[1]!.trim() !== '')) break;
    // "Sekretaris Dinas Kesehatan, Kepala Dinas Perhubungan": after a comma a title opens the next post, no field word.
    if (m[1]!.includes(',') && TITLE_BY_FORM.has(word)) break;
    at += m[0].length;
    length = at - pos;
  }
  return endsBefore ? 0 : length;
}

/**
 * Whether a rank word comes within the next few capitalised words (so "Metro Jaya" before "Irjen" is not a name); a
 * short form in parentheses is not counted ("Polda Nusa Tenggara Timur (NTT) Kombes").
 */
function hasRankAhead(text: string, pos: number): boolean {
  const ahead = text.slice(pos, pos + 60).split(/[ \t]+/).filter((w) => !/^\([^()]*\)$/.test(w)).slice(0, 5);
  return ahead.some((w) => RANKS.has(w));
}
