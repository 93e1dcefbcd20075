/**
 * @module entities/named-bodies
 * Finds organizations named by a head word and a run of capitalised words: hospitals ("RSUD Kanujoso", "Rumah Sakit
 * Cipto Mangunkusumo"), faculties, associations ("Asosiasi Pengusaha Indonesia"), committees, "Kepresidenan Turki",
 * "Pemerintah Kota X" for places outside the region list, "UMKM X" businesses and English names ("Ministry of Social
 * Affairs", "Bank of Japan").
 */
import bodyNameHonorifics from './data/body-name-honorifics.json' with { type: 'json' };
import orgCues from './data/org-cues.json' with { type: 'json' };
import orgHeads from './data/org-heads.json' with { type: 'json' };
import {
  AGENCY_BY_FORM,
  COMMON_ABBREVIATIONS,
  COUNTRY_BY_FORM,
  ENGLISH_FUNCTION_WORDS,
  FIGURE_BY_SHORT_FORM,
  MESSAGING_APPS,
  NAME_STOPWORDS,
  OFFICE_CLASS_WORDS,
  PEOPLES,
  regencyOfDistrict,
  PLACE_HEADS,
  RANKS,
  REGION_NAME_TAILS,
  ROLE_WORDS,
  TITLE_WORDS,
  WIDE_AREA_BY_FORM,
  isCountryForm,
} from './gazetteer.js';
import { matchRegionAt } from './locations.js';
import { isAffixedWord, isKnownPlaceName, isListedName, isNameOnlyWord, isPlainWord } from './tagger-features.js';
import { UPPER_FIRST, WORDS_AFTER_NAME_NUMBER, WORD_START, allMatches, anyWordGate, buildAlternation, initialsOf, matchAt, wholeWordsAt, withCountedLetters, wordBefore, wordChar, wordStartMatcher } from './text-scan.js';
import type { AgencyEntry, RegionEntry, Span } from './types.js';
import { AREA_UNIT_KIND, AREA_UNIT_WORDS } from '../shared/area-units.js';

/** A body found by its head word, before it becomes an organization hit. */
export interface NamedBodyHit extends Span {
  name: string;
  government: boolean;
  /** The region an office or a community body named by its seat serves ("Kantor Pertanahan PPU"); its name is then the head. */
  seat?: RegionEntry;
  /** A short form the text gives the body's head ("Koperasi Unit Desa (KUD) Sawit Makmur ... KUD itu"). */
  acronym?: string;
}

/** Capitalised name token; a hyphen continues it ("Al-Azhar") except before another body ("Indonesia-Rumah Sakit"). */
export const HYPHEN_PART = `-(?!(?:Rumah|RS|RSUD|RSUP|Universitas|Fakultas|Institut|Politeknik)(?![\\p{L}]))${wordChar()}+`;
// An apostrophe goes on in a name ("Jum'at") and so does a possessive before a capitalised unit ("University of
// Indonesia's Faculty of ..."), but a possessive before a word in lower case ends it ("Bank Indonesia's governor").
// A plural's possessive ("Fisheries' Director General") ends it too.
const TOKEN = `[A-Z](?:${wordChar()}|['’](?=\\p{L})(?!s(?![\\p{L}])(?![ \\t]+\\p{Lu})))*(?:${HYPHEN_PART})*`;
// "RS Bhayangkara H.S. Samsoeri Mertojoso": two initials or more with their periods go on a body's name before a
// capitalised word (one, "H.", is a Haji's honorific).
const INITIALS_TOKEN = String.raw`[A-Z]\.(?:[A-Z]\.)+(?=[ \t]+[A-Z][a-z])`;
const RUN = `${TOKEN}(?:[ \\t]+(?:${INITIALS_TOKEN}|${TOKEN})){0,5}`;
/** The honorifics of data/body-name-honorifics.json with a role: "namesake", "namesake-title", "academic" or "holder". */
function honorificsIn(role: string): string[] {
  const names = bodyNameHonorifics.filter((h) => h.roles.includes(role)).map((h) => h.name);
  if (names.length === 0) throw new Error(`body-name-honorifics.json lists no honorific of role "${role}"`);
  return names;
}
/** Honorifics that open the name of a body named after a person: "RSUD dr. Kanujoso Djatiwibowo", "RSUP Dr. Sardjito". */
const NAMESAKE_HONORIFIC_WORDS = honorificsIn('namesake');
const NAMESAKE_HONORIFIC_SET: ReadonlySet<string> = new Set(NAMESAKE_HONORIFIC_WORDS);
// Then the namesake's initials, even one, spaced or not ("RSUP Dr. M. Djamil", "RSUP Prof. Dr. I.G.N.G. Ngoerah", "RSUD
// Prof. Dr. W. Z. Johannes", "RSUD S. K. Lerik"), before a word of the name.
const NAMESAKE_HONORIFICS = `(?:(?:${NAMESAKE_HONORIFIC_WORDS.join('|')})\\.?[ \\t]+){0,3}(?:[A-Z]\\.(?:[ \\t]?[A-Z]\\.)*[ \\t]+(?=[A-Z][a-z]))?`;
const HEAD_RE = new RegExp(
  `${WORD_START}(${buildAlternation(orgHeads as string[])})[ \\t]+((?:${OFFICE_CLASS_WORDS}[ \\t]+)?${NAMESAKE_HONORIFICS}${RUN})`,
  'gu',
);
const PEMDA_FOREIGN_RE = new RegExp(`${WORD_START}(Pemerintah|pemerintah)[ \\t]+(Kota|kota|Kabupaten|kabupaten|Provinsi|provinsi)[ \\t]+(${RUN})`, 'gu');
const UMKM_RE = new RegExp(`${WORD_START}(UMKM|UKM)[ \\t]+(${RUN})`, 'gu');
/**
 * "of ..." (or another joiner) after an English name's head or tail word ("Ministry of Social Affairs", "Academy of
 * Music and Art", "Center for Indonesia's Strategic Development Initiatives"). A "Center for" after a capitalised word
 * ("Monitoring Center for Prevention", "IHE Delft Institute for ...") is left to the name's other readers.
 */
export function ofContinuation(token: string, joiner = 'of'): string {
  return `${joiner}[ \\t]+(?:the[ \\t]+)?${token}(?:[ \\t]+(?:and|&|of|for)?[ \\t]*${token}){0,4}`;
}
const ENGLISH_RE = new RegExp(
  `${WORD_START}(?:(?:Ministry|Department|Office|Bureau|Council|Commission|Bank|University|Institute|Embassy)[ \\t]+${ofContinuation(TOKEN)}|(?<!\\p{Lu}[\\p{L}'’-]*[ \\t]+)(?:Center|Centre|Institute)[ \\t]+${ofContinuation(TOKEN, 'for')})`,
  'gu',
);
const mentionsOfOrFor = anyWordGate(['of', 'for']);
/** A lower-case word for a kind of body, then its name: "band Noah", "klub Persib Bandung", "perusahaan Caltex". */
// Found where a word starts only: the cues open with a dozen lower-case letters, which a whole-text scan tries everywhere.
const findCuedRuns = wordStartMatcher(`(?:${buildAlternation(orgCues as string[])})[ \\t]+(${RUN})`, orgCues as string[]);
/** Hospital heads: a hospital is often named after a person. */
export const HOSPITAL_HEADS: ReadonlySet<string> = new Set(['RS', 'RSD', 'RSI', 'RSIA', 'RSJ', 'RSPAD', 'RSU', 'RSUD', 'RSUP', 'Rumah Sakit', 'Rumah Sakit Jiwa', 'Rumah Sakit Umum', 'Rumah Sakit Umum Daerah', 'Rumah Sakit Umum Pusat']);
/** The weather, climate and geophysics stations of BMKG, named after the airport or town they serve ("Stasiun Meteorologi Aji Pangeran Tumenggung Pranoto"). */
const STATION_HEADS: ReadonlySet<string> = new Set(['Stasiun Meteorologi', 'Stasiun Meteorologi Maritim', 'Stasiun Klimatologi', 'Stasiun Geofisika']);
/** Whether bodies of a head are often named after a person: a hospital, a station named after its airport, a parish after its saint. */
function isNamesakeHead(head: string): boolean {
  return HOSPITAL_HEADS.has(head) || STATION_HEADS.has(head) || head === 'Paroki';
}
/** The word of an event right before a head ("Festival Keraton Nusantara", "Hari Kesatuan Gerak PKK", "Rapat Dewan Komisioner Bulanan"). */
const EVENT_BEFORE = /(?:^|[^\p{L}])(?:Festival|Pekan|Piala|Pameran|Parade|Kirab|Hari|Rapat)[ \t]+$/u;
/** A verb of launching or running a campaign right before its name ("mencanangkan Gerakan Petik Merah"). */
const CAMPAIGN_LAUNCHED_BEFORE = /(?:^|[^\p{L}])(?:mencanangkan|dicanangkan|meluncurkan|diluncurkan|menggalakkan|digalakkan|menggencarkan|mengampanyekan|memperbanyak|launching|pencanangan|peluncuran)[ \t]+$/u;
/** Heads of groups of people, and the words for their members that may open their names. */
const COLLECTIVE_HEADS = new Set(['Aliansi', 'Koalisi', 'Forum', 'Gerakan', 'Paguyuban', 'Komunitas']);
/**
 * Facilities numbered after their name ("Posyandu Melati 3"), and the number with the space before it: not one that
 * counts the word in lower case after it ("3 kali"), but one a function word follows ("SPPG Cikajang 2 yang dikelola").
 */
const NUMBERED_FACILITY_HEADS = new Set(['Posyandu', 'Puskesmas', 'SPPG']);
const FACILITY_NUMBER_AT = new RegExp(String.raw`^[ \t]+\d{1,2}(?![\p{L}\p{N}.,]\d|[ \t]*(?!(?:${WORDS_AFTER_NAME_NUMBER})(?![\p{L}]))\p{Ll}|[.,]\d)`, 'u');
/** Words for the level or kind of a facility, no name of one ("Puskesmas Kecamatan", "Puskesmas Pembantu"). */
const FACILITY_LEVEL_WORDS = new Set([...AREA_UNIT_WORDS, 'Pembantu', 'Keliling', 'Induk', 'Rawat', 'Inap']);
const MEMBER_WORDS = new Set([
  'Mahasiswa', 'Masyarakat', 'Rakyat', 'Pemuda', 'Warga', 'Pedagang', 'Petani', 'Nelayan', 'Buruh', 'Pekerja', 'Guru', 'Pelajar',
  'Perempuan', 'Ibu', 'Pengusaha',
]);
/** Heads of associations named after their members ("Asosiasi Pengusaha Perikanan Bitung", "Ikatan Guru Indonesia"). */
const MEMBERS_HEADS: ReadonlySet<string> = new Set(['Koperasi', 'Asosiasi', 'Ikatan', 'Himpunan', 'Persatuan', 'Perkumpulan', 'Gabungan']);
/** A company's boards after "Dewan", alone: "Dewan Komisaris", "Dewan Direksi". */
const COMPANY_BOARD = /^(?:Komisaris|Direksi)$/;
/**
 * "Dewan Pengurus Pusat Real Estat Indonesia (DPP REI)", "Dewan Pimpinan Wilayah Apkasindo": the board of an
 * association or a party at a level, which names the body after it, none of its own.
 */
export const ASSOCIATION_BOARD = /^(?:Pengurus|Pimpinan|Pembina|Penasihat)(?:[ \t]+(?:Pusat|Wilayah|Daerah|Cabang|Ranting|Nasional|Harian))?$/;

/** Heads of community bodies named with everyday words: "Kelompok Tani Sumber Rejeki", "Kelompok Nelayan Maju Jaya". */
const PLAIN_NAMED_HEADS = new Set(['Gabungan Kelompok Tani', 'Kelompok Tani', 'Kelompok Tani Hutan', 'Kelompok Nelayan', 'Kelompok Wanita Tani', 'Kelompok Usaha Bersama', 'Kelompok Sadar Wisata']);
/** A vertical office's class at the start of a run, before its seat ("Kelas IIA Samarinda"). */
export const CLASS_BEFORE_SEAT = new RegExp(`^${OFFICE_CLASS_WORDS}[ \\t]+(?=\\S)`);
/** A minister's title or a ministry right before: "Menteri Koperasi", "Menteri (Koperasi dan) UKM" name its field. */
const MINISTRY_BEFORE = /(?:^|[^\p{L}])(?:Menteri|Kementerian|Menko|Wamen)(?:[ \t]+Koperasi[ \t]+dan)?[ \t]+$/u;
/** Community bodies set up in every region, named after it ("Karang Taruna Kabupaten Bantaeng"); no government. */
const REGION_SEATED_HEADS: ReadonlySet<string> = new Set(['Karang Taruna', 'Klasis']);

/** The name of a church ("Gereja Masehi Injili di Timor", "Huria Kristen Batak Protestan"). */
const CHURCH_NAME = /^Gereja[ \t]|[ \t](?:Kristen|Protestan)(?![\p{L}])/u;

/** Heads of public bodies: the body is government. */
const GOVERNMENT_HEADS = new Set([...STATION_HEADS, 'RSD', 'RSUD', 'RSUP', 'RSPAD', 'Rumah Sakit Umum Daerah', 'Rumah Sakit Umum Pusat', 'Kepresidenan', 'Kepolisian', 'Balai Besar', 'Balai Besar Wilayah Sungai', 'BBWS', 'Puskesmas', 'Kantor Pertanahan', 'Kantor Imigrasi', 'Kantor Pelayanan Pajak', 'KPP Pratama', 'UPT', 'UPTD', 'Badan Permusyawaratan Desa', 'Badan Permusyawaratan Kampung', 'Tuha Peut', 'Tuha Peuet', 'Kantor Urusan Agama', 'KUA', 'Pelabuhan Perikanan Samudera', 'Pelabuhan Perikanan Nusantara', 'Pos SAR', 'Pos Pencarian dan Pertolongan', 'Pos Angkatan Laut', 'Pos AL', 'Balai Bahasa', 'Unit Pelaksana Teknis Daerah', 'Unit Pelaksana Teknis', 'SPPG', 'PLBN', 'Pos Lintas Batas Negara']);
/** Place heads other than hospitals end a body's name ("PT Angkasa I Bandara Internasional Lombok"). */
const PLACE_HEAD_WORDS = new Set(PLACE_HEADS.flatMap((h) => (h.startsWith('Rumah') || h.startsWith('RS') ? [] : [h.split(' ')[0]!])));

/**
 * Sentence words that still belong to a body's name ("Universitas Indonesia", "Asosiasi Pengusaha Nusantara"), a
 * name word water utilities are named with ("Perumda Air Minum Tirta Lontar"), no person's name there, and the
 * word of "Kepala Suku" that customary councils are named with ("Dewan Adat Suku Sentani").
 */
const NAME_KEEP = new Set(['Indonesia', 'Nusantara', 'Internasional', 'International', 'Asia', 'Raya', 'Jaya', 'Nasional', 'Tirta', 'Suku', 'Daerah', 'Keluarga']);

/** Sentence words that may end a group's name (cut elsewhere: "Bersama Gubernur"). */
const LAST_NAME_WORDS = new Set(['Bersama', 'Bersatu']);

/** A company's name by its legal form before or after it ("PT X", "Perumda X", "X Tbk", "X Corp"). */
export const COMPANY_LEGAL_NAME = /^(?:PT|CV|Perum|Perumda|Perusda|PD|PDAM)[ \t]|[ \t](?:Tbk|Corp|Corporation|Inc|Ltd|Company)\.?$/;

/** Words Indonesian company names end in ("PT Energi Unggul Persada", "PT Bumi Makmur Sentosa"). */
export const COMPANY_END_WORDS: ReadonlySet<string> = new Set([
  'Persada', 'Perkasa', 'Makmur', 'Sentosa', 'Abadi', 'Mandiri', 'Sejahtera', 'Nusantara', 'Indonesia', 'Utama', 'Lestari',
  'Prima', 'Raya', 'Jaya', 'Sakti', 'Gemilang', 'Cemerlang', 'Sukses', 'Mulia', 'Energi', 'Energy', 'Coal', 'Mining',
  'Resources', 'Tbk',
  // The trade a company names itself after ("PT Jambi Prima Logistik", "PT Borneo Indah Konstruksi").
  'Logistik', 'Logistics', 'Konstruksi', 'Properti', 'Property', 'Perkebunan', 'Plantation', 'Plantations', 'Industri',
  'Industries', 'Shipping', 'Transportasi',
  // A health company's or a hospital's word ("PT Mitra Lestari Husada", "PT Sinar Medika Farma").
  'Husada', 'Medika', 'Farma', 'Pharma', 'Medical',
  // A creative or digital firm's ("PT Layar Kita Digital", "PT Swara Ruang Kreasi").
  'Digital', 'Kreasi', 'Kreatif', 'Teknologi', 'Technology', 'Solusi', 'Entertainment',
]);

/** Country names of several words by their last word ("Serikat" -> "Amerika"): a head word that ends one. */
const COUNTRY_HEADS = new Map<string, string[]>();
for (const form of COUNTRY_BY_FORM.keys()) {
  const words = form.split(' ');
  if (words.length < 2) continue;
  const last = words.pop()!;
  COUNTRY_HEADS.set(last, [...(COUNTRY_HEADS.get(last) ?? []), words.join(' ')]);
}

/** Whether the head word at `at` ends a country's name ("Amerika Serikat Donald Trump" is no union "Serikat"). */
function endsCountryName(text: string, at: number, head: string): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return (COUNTRY_HEADS.get(head) ?? []).some((start) => before.endsWith(`${start} `));
}

/**
 * Words for a feature of nature that name companies as often as places ("PT Lintas Selat Borneo", "PT Bara Gunung
 * Sejahtera"): inside a company's name they go on with it.
 */
const NATURE_WORDS = new Set(['Bukit', 'Danau', 'Gunung', 'Laut', 'Lembah', 'Pantai', 'Pulau', 'Selat', 'Sungai', 'Tanjung', 'Teluk']);

/**
 * Whether a word closes a name run: sentence words, ranks, title words (unless `titles` is false), place heads (a
 * company's name, `titles` false, keeps the words for a feature of nature).
 */
function endsRun(word: string, titles = true): boolean {
  // "Ikatan Keluarga Minang Balikpapan": a people's name goes on in a body's name.
  if (COUNTRY_BY_FORM.has(word) || NAME_KEEP.has(word) || PEOPLES.has(word)) return false;
  if (!titles && NATURE_WORDS.has(word)) return false;
  return (titles && (NAME_STOPWORDS.has(word) || RANKS.has(word) || TITLE_WORDS.has(word) || ACADEMIC_HONORIFICS.has(word))) || PLACE_HEAD_WORDS.has(word);
}
/** Titles that open the name of the one a station or a hospital is named after ("Sultan Syarif Kasim II", "Dr. Soetomo"). */
const NAMESAKE_TITLES = new Set([...honorificsIn('namesake-title'), ...NAMESAKE_HONORIFIC_WORDS.flatMap((w) => [w, `${w}.`])]);
/** A professor's, a doctor's or an engineer's honorific, written without its period: it opens a holder's name ("Dekan Fakultas Kehutanan Prof Dr Ir X"). */
const ACADEMIC_HONORIFICS: ReadonlySet<string> = new Set(honorificsIn('academic'));
/**
 * Religious, court and customary honorifics: after a word of a body's own name they open its holder's name
 * ("Pondok Pesantren Darussalam Al-Muhajirin KH Muhammad ...", "Keraton Yogyakarta KRT Widyo ..."); after a word of
 * the language they open the namesake's ("Universitas Islam Negeri KH Achmad Siddiq").
 */
const HOLDER_HONORIFICS: ReadonlySet<string> = new Set(honorificsIn('holder'));

/** The one-word roles of people (pedagang, nelayan, petani): a group of them is named after where they work. */
const MEMBER_ROLES: ReadonlySet<string> = new Set(ROLE_WORDS.filter((r) => !r.includes(' ')));

/** One-word heads of bodies often named after a person, inside a longer body's name ("Fakultas Hukum Universitas Sam Ratulangi"). */
const NAMESAKE_HEAD_WORDS: ReadonlySet<string> = new Set(['Universitas', 'Institut', ...[...HOSPITAL_HEADS].filter((h) => !h.includes(' '))]);

/** Whether a word names a town: a known place, or a kecamatan or regency seat, and no listed name ("Sangatta"). */
function isTownWord(word: string): boolean {
  return isKnownPlaceName(word) || (!isListedName(word) && regencyOfDistrict(word) !== undefined);
}

/**
 * Cut a run of capitalised words where the body's name ends: before a stop word, a place head or a person's name
 * (a listed given name with a word after it). Company names (`titles` false) keep stop and title words.
 */
export function cutNameRun(run: string, titles = true, namedAfterPerson = false): string {
  const words = run.split(/[ \t]+/);
  let keep = words.length;
  // "Stasiun Meteorologi Kelas I Sultan Syarif Kasim II": after an office's class, the title of the one a station or a
  // hospital is named after opens that name.
  const classWords = CLASS_BEFORE_SEAT.exec(run)?.[0].trim().split(/[ \t]+/).length ?? 0;
  const namesakeStart = namedAfterPerson && classWords > 0 && NAMESAKE_TITLES.has(words[classWords] ?? '') ? classWords : -1;
  // "PT Energi Unggul Persada": a company's run that ends in a word companies end in holds no person's name.
  const companyEnd = !titles && COMPANY_END_WORDS.has(words.at(-1)!);
  // "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai": the words of an office's class end no name.
  for (let i = classWords; i < words.length; i += 1) {
    const w = words[i]!;
    // "Koperasi Produsen Sawit Maju Bersama", "Kelompok Tani Tumbuh Bersama": the last word of a group's name.
    if (i === words.length - 1 && i > 0 && LAST_NAME_WORDS.has(w)) break;
    // "Yayasan Pendidikan Prima Sangatta": a listed name before the town that ends the run is the name's, no person's.
    // "Fakultas Pertanian Universitas Sam Ratulangi": so is one right after a university's or a hospital's head.
    const personAhead =
      !namedAfterPerson && !companyEnd && i > 0 && isListedName(w) && i + 1 < words.length && /^[A-Z][a-z]/.test(words[i + 1]!) && !COUNTRY_BY_FORM.has(w) && !NAME_KEEP.has(w) &&
      !NAMESAKE_HEAD_WORDS.has(words[i - 1]!) &&
      // "Asosiasi Pengemudi Ojol Garda Indonesia": a country after the word ends the body's name; no person's is there.
      !isCountryForm(words[i + 1]!) &&
      // "Pokdarwis Bakau Lestari Desa Tanjung Limau": a unit word after the listed word opens the body's village.
      AREA_UNIT_KIND[words[i + 1]!] === undefined &&
      !(i + 2 === words.length && isTownWord(words[i + 1]!));
    // "PT Kaltim Kariangau Terminal": a place's head word that ends a company's run opens no place; it is the name's.
    // "PT Swara Ruang Kreasi": so is one before the word companies end in that ends the run.
    const lastPlaceHead = !titles && (i === words.length - 1 || (companyEnd && i === words.length - 2)) && PLACE_HEAD_WORDS.has(w);
    // "Perumda Air Minum Tirta Taman": the word after "Tirta" names the water utility, whatever else it is.
    const utilityName = words[i - 1] === 'Tirta';
    // "Paguyuban Pedagang Pantai Glagah": after its members' word, the place they work at names the group.
    const membersPlace = i > 0 && i + 1 < words.length && PLACE_HEAD_WORDS.has(w) && MEMBER_ROLES.has(words[i - 1]!.toLowerCase());
    // "Klasis Alor Barat Laut Pdt. Marlin": an honorific no body is named after opens its holder's name after any word.
    const holderAhead = titles && i > 0 && HOLDER_HONORIFICS.has(w) && (!isPlainWord(words[i - 1]!) || !NAMESAKE_HONORIFIC_SET.has(w));
    if ((i > 0 && i !== namesakeStart && endsRun(w, titles) && !lastPlaceHead && !utilityName && !membersPlace) || personAhead || holderAhead) {
      keep = i;
      break;
    }
  }
  // "Lembaga Adat Dayak Aoheng Kecamatan" cut before the kecamatan's name: the unit word goes with its name.
  while (keep > 1 && AREA_UNIT_KIND[words[keep - 1]!] !== undefined) keep -= 1;
  // "Asisten Deputi Pembiayaan Koperasi Dr. Rachmat" cut before the name: the honorific that closes the run is its.
  while (keep > 0 && ACADEMIC_HONORIFICS.has(words[keep - 1]!.replace(/\.$/, ''))) keep -= 1;
  return words.slice(0, keep).join(' ');
}

/**
 * A body named with its region ends there when more capitalised words follow, a person's name: "Perumda Tirta
 * Manuntung Balikpapan Haidir Effendi" -> "Tirta Manuntung Balikpapan"; "Balikpapan Baru" goes on. The region may
 * open the run only where `fromFirstWord` says so (a unit named by its region: "Samarinda Moh Rizky" -> "Samarinda").
 */
export function cutAfterRegion(run: string, fromFirstWord = false, nameGoesOn: (word: string) => boolean = () => false): string {
  const starts = [0];
  for (let at = run.indexOf(' '); at !== -1; at = run.indexOf(' ', at + 1)) starts.push(at + 1);
  for (const start of fromFirstWord ? starts : starts.slice(1)) {
    const region = matchRegionAt(run, start);
    if (!region || region.end >= run.length) continue;
    const next = run.slice(region.end).trim().split(' ')[0]!;
    // "Asosiasi Pengusaha Batu Bara Jambi": a region's name that another region follows is a word of the name (the coal
    // of "batu bara"); the last one is the seat. Not a given name ("Kejari Jakarta Pusat Bima Anggara").
    const nextAt = region.end + run.slice(region.end).search(/\S/);
    if (matchRegionAt(run, nextAt)?.end === run.length && !isListedName(next)) continue;
    if (!REGION_NAME_TAILS.has(next) && !nameGoesOn(next)) return run.slice(0, region.end);
  }
  return run;
}

/**
 * Whether a word after a region goes on with a company's name: a word of the language no name list holds ("PT Sawit
 * Paser Makmur"), where a person's name would start with a listed one ("PT Pupuk Kaltim Budi Santoso").
 */
export const goesOnCompanyName = isPlainWord;

/** Hospitals, faculties, associations, committees and "Kepresidenan X" by their head word. */
function findHeadHits(text: string): NamedBodyHit[] {
  const hits: NamedBodyHit[] = [];
  for (const found of allMatches(HEAD_RE, text)) {
    // "Ketua Majelis Hakim Lucius Sunarno": the panel of judges of a trial is no body.
    if (endsCountryName(text, found.index, found[1]!) || (found[1] === 'Majelis' && /^Hakim(?![\p{L}])/u.test(found[2]!))) continue;
    if (MINISTRY_BEFORE.test(text.slice(Math.max(0, found.index - 14), found.index))) continue;
    // "Istana Kepresidenan Jakarta": the palace, a place, no body.
    if (found[1] === 'Kepresidenan' && /(?:^|[^\p{L}])Istana[ \t]+$/u.test(text.slice(Math.max(0, found.index - 8), found.index))) continue;
    // "Festival Keraton Nusantara", "Pekan Koperasi Nasional": an event named after bodies, no body.
    if (EVENT_BEFORE.test(text.slice(Math.max(0, found.index - 10), found.index))) continue;
    // "mencanangkan Gerakan Petik Merah", "meluncurkan Gerakan Pangan Murah": a movement launched is a campaign, no body.
    if (found[1] === 'Gerakan' && CAMPAIGN_LAUNCHED_BEFORE.test(text.slice(Math.max(0, found.index - 20), found.index))) continue;
    const m = withJoinedField(text, found);
    // "Asosiasi Pedagang Pasar Seluruh Indonesia (APPSI)": an acronym spelling the whole run says the run is the
    // name, place heads and all.
    const spelled = matchAt(SHORT_FORM_AFTER, text, m.index + m[0].length)?.[1];
    // Hospitals bear a person's name ("RSUD Abdul Wahab Sjahranie"); the person after it starts with "dr" in lower case.
    // A short form made of the words' first syllables ("Asosiasi Petani Kelapa Sawit Indonesia (Apkasindo)") opens
    // with the head's letter and holds the next word's.
    const syllabic = spelled !== undefined && /[a-z]/.test(spelled) && isSyllabicForm(spelled, m[0]);
    // "Komisi Pengawasan Pupuk dan Pestisida (KP3)": a digit in a short form counts its letter that many times.
    const whole = spelled !== undefined && (initialsOf(m[0]) === spelled || initialsOf(m[0], true) === withCountedLetters(spelled) || syllabic);
    // "Aliansi Mahasiswa Samarinda Bersatu": a group's name goes on past the region it is named with.
    const cut = cutNameRun(m[2]!, true, isNamesakeHead(m[1]!));
    // "Timnas Indonesia Gerard van der Meulen": a national team's name ends with its country.
    const country = m[1] === 'Timnas' ? [2, 1].map((n) => m[2]!.split(/[ \t]+/).slice(0, n).join(' ')).find(isCountryForm) : undefined;
    // "Asisten pelatih Timnas Denny Irawan": a given name after "Timnas" is its coach's or player's; the team is bare.
    const firstWord = m[2]!.split(/[ \t]+/)[0]!;
    // "Direktur Group Klaim dan Resolusi Bank LPS": "Bank" before the short form of a body that is no bank is a field's
    // word (bank resolution); the body is that one.
    const agency = m[1] === 'Bank' ? AGENCY_BY_FORM.get(firstWord) : undefined;
    if (agency && !/(?:^|[ \t])Bank(?![\p{L}])/u.test(agency.name)) continue;
    // "Jemaat GMIT Betlehem Oesapa": a congregation is a body when named with its church; "Jemaat Gereja Katedral
    // memadati ..." are its members.
    if (m[1] === 'Jemaat' && !CHURCH_NAME.test(knownBodyAt([firstWord])?.name ?? '')) continue;
    if (m[1] === 'Timnas' && !country && isNameOnlyWord(firstWord)) {
      hits.push({ start: m.index, end: m.index + m[1].length, name: m[1], government: false });
      continue;
    }
    // "Kepala Stasiun Klimatologi Jawa Tengah Ahmad Fauzan Ridwan": a body that may bear a person's name but is named
    // after its region ends there when a listed given name follows, or the short form of the agency it belongs to
    // ("Stasiun Klimatologi Banten BMKG Siti ...").
    const namesake = isNamesakeHead(m[1]!);
    const run =
      country ??
      // "Jemaat GMIM Bukit Moria": a congregation is named after its place, place head and all.
      (whole ? m[2]! : m[1] === 'Jemaat' ? cutAfterRegion(m[2]!) : COLLECTIVE_HEADS.has(m[1]!) ? cut : namesake ? cutAfterRegion(cut, true, (w) => !isListedName(w) && !AGENCY_BY_FORM.has(w)) : cutAfterRegion(cut));
    // "Asosiasi Pengusaha Indonesia": a title word may open the field; a sentence word may not, unless the run is the
    // region a government office serves ("Kantor Pertanahan Kota Samarinda").
    // "Kantor Imigrasi Kelas I Samarinda": the office's class stands before its seat.
    const seat = (GOVERNMENT_HEADS.has(m[1]!) || REGION_SEATED_HEADS.has(m[1]!)) && run ? matchRegionAt(run, CLASS_BEFORE_SEAT.exec(run)?.[0].length ?? 0) : null;
    // "Aliansi Mahasiswa Samarinda", "Koalisi Masyarakat Sipil", "Koperasi Nelayan Samudera Bersatu": a group of
    // people is named after its members.
    const members = (COLLECTIVE_HEADS.has(m[1]!) || MEMBERS_HEADS.has(m[1]!)) && MEMBER_WORDS.has(run.split(' ')[0]!);
    const plainName = PLAIN_NAMED_HEADS.has(m[1]!);
    // "Timnas Indonesia": a national team is named after its country.
    const nationalTeam = country !== undefined;
    const opener = run.split(' ')[0]!;
    if (!run || (!whole && !members && !plainName && !nationalTeam && NAME_STOPWORDS.has(opener) && !PEOPLES.has(opener) && seat?.end !== run.length)) continue;
    // "Puskesmas Kecamatan", "Puskesmas Pembantu": a kind of facility by its level names none.
    if (run.split(' ').every((w) => FACILITY_LEVEL_WORDS.has(w))) continue;
    // "Dewan Komisioner OJK", "Dewan Pengawas TVRI": the board of a known body is that body, which its finder reads;
    // so is a branch named after a known body ("Bank Kaltimtara Tenggarong").
    if (m[1] === 'Dewan' && isKnownBodyAt(run.split(' ').slice(1))) continue;
    // "Anggota Komite BPH Migas": a known body's committee is that body too.
    if (m[1] === 'Komite' && isKnownBodyAt(run.split(' '))) continue;
    // "Dewan Komisaris", "Dewan Direksi" alone (a list's heading, "rapat Dewan Komisaris"): a company's board, no body.
    if (m[1] === 'Dewan' && (COMPANY_BOARD.test(run) || ASSOCIATION_BOARD.test(run))) continue;
    if (isKnownBodyAt(`${m[1]} ${run}`.split(' ')) && !AGENCY_BY_FORM.has(`${m[1]} ${run}`)) continue;
    // "Majelis Wilayah Gereja Masehi Injili di Minahasa (GMIM)": a run that runs into a known body's name, which goes
    // on past it, is that body's organ; the body's finder reads it.
    if (runsIntoKnownBody(text, m.index + m[0].indexOf(run, m[1]!.length), run)) continue;
    // "Direktur Jenderal Kesehatan Primer dan Komunitas Kementerian Kesehatan": a group's head word right before a
    // ministry ends a field of the title; no group is named after a ministry alone.
    if (COLLECTIVE_HEADS.has(m[1]!) && knownBodyAt(run.split(' '))?.kind === 'ministry') continue;
    const runEnd = m.index + m[1]!.length + m[0].slice(m[1]!.length).indexOf(run) + run.length;
    // "Posyandu Melati 3", "Puskesmas Ketapang 2": a facility's number ends its name (not "3 kali").
    const numbered = NUMBERED_FACILITY_HEADS.has(m[1]!) && run === m[2] ? FACILITY_NUMBER_AT.exec(text.slice(runEnd, runEnd + 8)) : null;
    const name = `${SPELLED_NAME_HEADS.get(m[1]!) ?? m[1]} ${run}${numbered?.[0] ?? ''}`;
    const end = runEnd + (numbered?.[0].length ?? 0);
    const known = AGENCY_BY_FORM.get(name);
    // "Kantor Pertanahan PPU", "Kantor Pertanahan Kabupaten Penajam Paser Utara": one office, named as its region is.
    if (!known && seat && seat.end === run.length) {
      hits.push({ start: m.index, end, name: m[1]!, government: GOVERNMENT_HEADS.has(m[1]!), seat: seat.region });
      continue;
    }
    hits.push({ start: m.index, end, name: known?.name ?? name, government: known?.government ?? GOVERNMENT_HEADS.has(m[1]!) });
  }
  return withNumbersGivenBefore(text, hits);
}

/**
 * "Kepala SPPG Wedi 2, ... SPPG Wedi 2 melayani 14 sekolah": a facility's number read once (before a comma or a stop)
 * goes on its name wherever the text writes it again, a word in lower case after it or not ("Puskesmas X 3 kali" keeps
 * its count where no "Puskesmas X 3" was read).
 */
function withNumbersGivenBefore(text: string, hits: NamedBodyHit[]): NamedBodyHit[] {
  const numbered = new Set(hits.flatMap((h) => (/[ \t]\d{1,2}$/.test(h.name) ? [h.name] : [])));
  if (numbered.size === 0) return hits;
  return hits.map((hit) => {
    const number = /^[ \t]+(\d{1,2})(?![\p{L}\p{N}])/u.exec(text.slice(hit.end, hit.end + 6));
    return number && numbered.has(`${hit.name} ${number[1]}`) ? { ...hit, end: hit.end + number[0].length, name: `${hit.name} ${number[1]}` } : hit;
  });
}

/**
 * A head written in full, its short form in parentheses, then the name: "Rumah Sakit Umum Daerah (RSUD) dr. Pirngadi
 * Medan", "Rumah Sakit Umum Daerah (RSUD) Abdul Wahab Sjahranie". The short form names the kind of body, not this
 * one: the body is named as it is mostly written, "RSUD dr. Pirngadi Medan".
 */
/** Heads written in full only before their short form in parentheses ("Unit Pelaksana Teknis Daerah (UPTD) Samsat Mamuju"). */
const SPELLED_ONLY_HEADS = ['Unit Pelaksana Teknis Daerah', 'Unit Pelaksana Teknis'];
/** Heads written by their short form ("KUA Kecamatan Wlingi") whose bodies are named in full, by short form. */
const SPELLED_NAME_HEADS: ReadonlyMap<string, string> = new Map([['KUA', 'Kantor Urusan Agama']]);
const TYPE_ACRONYM_RE = new RegExp(
  `${WORD_START}(${buildAlternation([...(orgHeads as string[]).filter((h) => h.includes(' ')), ...SPELLED_ONLY_HEADS])})[ \\t]+\\(([A-Z]{2,6}|[A-Z][A-Za-z]{2,9})\\)[ \\t]+(${NAMESAKE_HONORIFICS}${RUN})`,
  'gu',
);
function findTypeAcronymHits(text: string): NamedBodyHit[] {
  const hits: NamedBodyHit[] = [];
  for (const m of text.includes('(') ? allMatches(TYPE_ACRONYM_RE, text) : []) {
    const [, head, acronym, written] = m as unknown as [string, string, string, string];
    // "RSUD (RSUD) X" is named by its head's short form; "Badan Permusyawaratan Kampung (BPK) Tumbit Melayu", a head of
    // three words or more its short form spells, by the head: the short form is the text's own ("BPK" is no auditor here).
    // "Kantor Urusan Agama (KUA) Samarinda Ulu": an office whose short form is a head too is named in full all the same.
    const selfSpelled = (!HEAD_SET.has(acronym) || SPELLED_NAME_HEADS.get(acronym) === head) && head.split(' ').length >= 3;
    // "Badan Usaha Milik Desa (BUMDes)", "Gabungan Kelompok Tani (Gapoktan)": a short form of syllables spells it too.
    const spells = initialsOf(head) === acronym || (/[a-z]/.test(acronym) && (isSyllabicForm(acronym, head) || isPieceForm(acronym, head)));
    if (!spells || (!HEAD_SET.has(acronym) && !selfSpelled)) continue;
    // "Kamar Dagang dan Industri (Kadin) Kaltim Jusuf Hendarto Liem": a region opening the run is the body's seat, and
    // the capitalised words after it are its holder's name; a word of the language goes on ("(LSM) Balikpapan Bersih").
    const run = cutAfterRegion(cutNameRun(written, true, isNamesakeHead(acronym)), true, (w) => isPlainWord(w) || isKnownPlaceName(w));
    // "Kelompok Tani Hutan (KTH) Sumber Rezeki", "Koperasi Unit Desa (KUD) Sumber Rejeki", "Lembaga Amil Zakat (LAZ)
    // Dompet Dhuafa": a community group's, a cooperative's or a zakat body's name may open with a sentence word.
    const plainNamed = PLAIN_NAMED_HEADS.has(head) || head.startsWith('Koperasi ') || head.startsWith('Lembaga Amil Zakat');
    if (!run || (NAME_STOPWORDS.has(run.split(' ')[0]!) && !plainNamed)) continue;
    const end = m.index + m[0].length - written.length + run.length;
    const government = GOVERNMENT_HEADS.has(acronym) || GOVERNMENT_HEADS.has(head);
    // The text's own short form of a spelled head names this body where it recurs alone ("KUD itu").
    hits.push({ start: m.index, end, name: `${selfSpelled ? head : acronym} ${run}`, government, ...(selfSpelled ? { acronym } : {}) });
  }
  return hits;
}
const HEAD_SET = new Set(orgHeads as string[]);
/** Head words of one word ("BUMDes", "Posyandu", "Koperasi"): the kind of a body, alone no one's name. */
export const ONE_WORD_BODY_HEADS: ReadonlySet<string> = new Set([...HEAD_SET].filter((h) => !h.includes(' ')));

/** The first words of the head words ("Rumah" of "Rumah Sakit"): a field after "dan" that opens with one is a body. */
const HEAD_FIRST_WORDS = new Set((orgHeads as string[]).map((h) => h.split(' ')[0]!));

/**
 * Whether a word opens the name of a body of a kind org-heads.json lists ("Himpunan", "Asosiasi", "Rumah").
 * @example opensBodyKind('Himpunan') // true
 */
export function opensBodyKind(word: string): boolean {
  return HEAD_FIRST_WORDS.has(word);
}

/** A word that names a university or opens its name: "Universitas", "UIN", or a short form in capitals ("UHO"). */
const UNIVERSITY_WORD = /^(?:Universitas|Institut|Politeknik|Sekolah|Akademi|[A-Z]{2,6})$/;

/** "dan" between two fields of a name, and a run of capitalised words, read where the code points. */
const DAN_AT = /[ \t]+dan[ \t]+/y;
const RUN_AT = new RegExp(RUN, 'uy');

/** A short form in parentheses right after a name: "(APPSI)", "(Apkasindo)". */
const SHORT_FORM_AFTER = /[ \t]*\([ \t]?([A-Z]{3,8}|[A-Z]{1,4}[2-9][A-Z]{0,3}|[A-Z][a-z]{4,11})[ \t]?\)/y;

/**
 * A head hit with the field joined by "dan" kept where it is part of the name: "Asosiasi Logistik dan Forwarder
 * Indonesia", "Asosiasi Perhotelan dan Restoran Indonesia (PHRI)". The part after "dan" must end in a word body names
 * end in, or right before the short form; else "dan" joins the body to something else ("Asosiasi Pengusaha Indonesia
 * dan Kadin Kaltim"), and the hit ends before it.
 */
function withJoinedField(text: string, m: RegExpMatchArray & { index: number }): { 0: string; 1: string; 2: string; index: number } {
  // The field after "dan" is read ahead, not taken: where it is another body ("Fakultas Teknik dan Fakultas Hukum") the
  // next match reads it.
  const dan = matchAt(DAN_AT, text, m.index + m[0].length);
  const read = dan ? matchAt(RUN_AT, text, m.index + m[0].length + dan[0].length)?.[0] : undefined;
  const field = read !== undefined && !HEAD_FIRST_WORDS.has(read.split(' ')[0]!) ? read : undefined;
  const runStart = m.index + m[0].indexOf(m[2]!, m[1]!.length);
  const fieldStart = m.index + m[0].length + (dan?.[0].length ?? 0);
  const words = field?.split(/[ \t]+/) ?? [];
  const keep = words.findIndex((w) => NAME_KEEP.has(w));
  const spelledAfter = field !== undefined && matchAt(SHORT_FORM_AFTER, text, fieldStart + field.length) !== null && cutNameRun(field) === field;
  // "Fakultas Perikanan dan Ilmu Kelautan UHO": a faculty's second field runs up to its university, which is read on
  // its own; "Fakultas Teknik dan Rektor Unhas" joins a title, no field.
  const university = m[1] === 'Fakultas' && !endsRun(words[0]!, true) ? words.findIndex((w, i) => i > 0 && (UNIVERSITY_WORD.test(w) || AGENCY_BY_FORM.get(w)?.kind === 'university')) : -1;
  // "tim dari Fakultas Teknik Sipil dan Lingkungan akan memasang ...": a field of words of the language closing the
  // sentence's name, a word in lower case or a stop after it, is the faculty's second field too.
  const closesName = m[1] === 'Fakultas' && field !== undefined && university < 0 && words.length <= 3 && words.every((w) => (isPlainWord(w) || isAffixedWord(w)) && !isListedName(w) && !TITLE_WORDS.has(w)) && /^(?:[ \t]+\p{Ll}|[ \t]*[,.;:)])/u.test(text.slice(fieldStart + field.length, fieldStart + field.length + 3));
  const facultyField = university > 0 ? words.slice(0, university).join(' ') : closesName ? field! : null;
  const joined = field === undefined ? null : keep !== -1 ? words.slice(0, keep + 1).join(' ') : spelledAfter ? field : facultyField !== null && cutNameRun(facultyField) === facultyField ? facultyField : null;
  const end = joined === null ? runStart + m[2]!.length : fieldStart + joined.length;
  return { 0: text.slice(m.index, end), 1: m[1]!, 2: text.slice(runStart, end), index: m.index };
}

/**
 * Whether a mixed-case short form is made of one piece of each capitalised word of a name, in order, taken from
 * anywhere in the word: "Pokdarwis" of "Kelompok Sadar Wisata" (kelom-POK sa-DAR WIS-ata).
 */
function isPieceForm(form: string, name: string): boolean {
  const words = name.split(/[ \t]+/).filter((w) => UPPER_FIRST.test(w)).map((w) => w.toLowerCase());
  const lower = form.toLowerCase();
  const fits = (at: number, word: number): boolean => {
    if (at === lower.length) return word === words.length;
    if (word === words.length) return false;
    for (let length = lower.length - at; length >= 2; length -= 1) {
      if (words[word]!.includes(lower.slice(at, at + length)) && fits(at + length, word + 1)) return true;
    }
    return false;
  };
  return words.length >= 2 && fits(0, 0);
}

/** Whether a mixed-case short form is made of a name's first syllables: "Apkasindo" of "Asosiasi Petani Kelapa ...". */
function isSyllabicForm(form: string, name: string): boolean {
  const words = name.split(/[ \t]+/).filter((w) => UPPER_FIRST.test(w));
  if (words.length < 3) return false;
  const lower = form.toLowerCase();
  return lower[0] === words[0]![0]!.toLowerCase() && lower.includes(words[1]!.slice(0, 1).toLowerCase(), 1);
}

/** The body of agencies.json the words open with, by its longest form ("Otoritas Jasa Keuangan (OJK)", "TVRI Kaltim"). */
function knownBodyAt(words: readonly string[]): AgencyEntry | undefined {
  for (let n = words.length; n > 0; n -= 1) {
    const entry = AGENCY_BY_FORM.get(words.slice(0, n).join(' '));
    if (entry) return entry;
  }
  return undefined;
}

/** Whether a known body's name of several words starts at a word inside `run` (at `at`) and ends past it. */
function runsIntoKnownBody(text: string, at: number, run: string): boolean {
  for (let k = run.indexOf(' '); k !== -1; k = run.indexOf(' ', k + 1)) {
    const words = text.slice(at + k + 1, at + k + 80).split(/[ \t]+/).slice(0, 6);
    for (let n = words.length; n >= 2; n -= 1) {
      const form = words.slice(0, n).join(' ');
      if (AGENCY_BY_FORM.has(form) && k + 1 + form.length > run.length) return true;
    }
  }
  return false;
}

/** Whether words open with the name of a body of agencies.json. */
function isKnownBodyAt(words: readonly string[]): boolean {
  return knownBodyAt(words) !== undefined;
}

/** "Pemerintah kota Cekmekoy": a local government of a place the region list does not hold. */
function findForeignPemdaHits(text: string): NamedBodyHit[] {
  const hits: NamedBodyHit[] = [];
  for (const m of allMatches(PEMDA_FOREIGN_RE, text)) {
    // "Asosiasi Pemerintah Kota Seluruh Indonesia": after a capitalised word the words are another body's name.
    if (UPPER_FIRST.test(wordBefore(text, m.index))) continue;
    const runAt = m.index + m[0].length - m[3]!.length;
    if (matchRegionAt(text, runAt)) continue;
    const run = cutNameRun(m[3]!);
    if (!run || endsRun(run.split(' ')[0]!) || COUNTRY_BY_FORM.has(run)) continue;
    const kind = m[2]![0]!.toUpperCase() + m[2]!.slice(1).toLowerCase();
    hits.push({ start: m.index, end: runAt + run.length, name: `Pemerintah ${kind} ${run}`, government: true });
  }
  return hits;
}

/** A cooperatives office's name or short form right before "UKM" ("Diskop UKM", "Dinas Koperasi dan UKM"). */
const COOPERATIVE_UNIT_BEFORE = /(?:Diskop|Dinkop|Koperasi(?:[ \t]+dan|,)?)[ \t]+$/;

/** "UMKM Maju Stamp": a small business named after the word UMKM (not "UMKM Balikpapan", a region). */
function findSmallBusinessHits(text: string): NamedBodyHit[] {
  const hits: NamedBodyHit[] = [];
  for (const m of allMatches(UMKM_RE, text)) {
    if (MINISTRY_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "Kepala Diskop UKM Yusran Lasahido": the cooperatives office's short form goes on with "UKM", and its head follows.
    if (COOPERATIVE_UNIT_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const runAt = m.index + m[0].length - m[2]!.length;
    const run = cutNameRun(m[2]!);
    if (!run || endsRun(run.split(' ')[0]!) || matchRegionAt(text, runAt) || COUNTRY_BY_FORM.has(run.split(' ')[0]!)) continue;
    // "UMKM BRI", "Direktur Bisnis Ritel dan UMKM Bank Jateng": before a known body's name (its first word's or
    // longer), small business is a field of that body's office, no business's name.
    if (isKnownBodyAt(run.split(' '))) continue;
    hits.push({ start: m.index, end: runAt + run.length, name: `${m[1]} ${run}`, government: false });
  }
  return hits;
}

/** The words that open a list of examples: "band terkenal seperti Slapshot, Dritte Wahl atau SS-Kaliert". */
const EXAMPLE_OPENERS = 'seperti|yakni|yaitu|antara lain|di antaranya';
/** The cheap test before the pattern below: a word opening examples anywhere. */
const EXAMPLES_OPENER = new RegExp(`(?:^|[^\\p{L}])(?:${EXAMPLE_OPENERS})[ \\t]`, 'u');
/** A separator between the items of a list. */
const LIST_SEPARATOR = `(?:[ \\t]*,[ \\t]*(?:(?:dan|serta|atau)[ \\t]+)?|[ \\t]+(?:dan|serta|atau)[ \\t]+)`;
// A band's members ("personel awal yaitu Gordon, Nino") are people: those words open no list of bodies. A cue may open
// the sentence ("Perusahaan rintisan seperti ...").
const KIND_CUE_WORDS = (orgCues as string[]).filter((cue) => !cue.startsWith('personel') && !cue.startsWith('personil'));
const KIND_CUES = buildAlternation([...KIND_CUE_WORDS, ...KIND_CUE_WORDS.map((cue) => cue[0]!.toUpperCase() + cue.slice(1))]);
/**
 * A word for a kind of body (or its plural, "klub-klub"), up to two lower-case words, a word opening examples, and
 * the list of names: every name is a body of that kind.
 */
const EXAMPLES_OF_KIND = new RegExp(
  `${WORD_START}(?:${KIND_CUES})(?:-(?:${KIND_CUES}))?(?:[ \\t]+[a-z]+){0,2}[ \\t]+(?:${EXAMPLE_OPENERS})[ \\t]*:?[ \\t]+(${RUN}(?:${LIST_SEPARATOR}${RUN})*)`,
  'gu',
);

/** Bodies named as examples of their kind: "perusahaan rintisan seperti Gojek, Tokopedia dan Bukalapak". */
function findExampleHits(text: string): NamedBodyHit[] {
  const hits: NamedBodyHit[] = [];
  if (!EXAMPLES_OPENER.test(text)) return hits;
  for (const m of allMatches(EXAMPLES_OF_KIND, text)) {
    // A capitalised cue opens a sentence; inside one it ends a name ("anggota Prambors Band lainnya seperti ...").
    if (UPPER_FIRST.test(m[0]) && !/(?:^|[.!?]["”]?[ \t]+|\n[ \t]*)$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    let at = m.index + m[0].length - m[1]!.length;
    for (const item of m[1]!.split(new RegExp(LIST_SEPARATOR, 'u'))) {
      const itemAt = text.indexOf(item, at);
      at = itemAt + item.length;
      const run = cutNameRun(item, false);
      // A name list cut short ("Slapshot, Dritte Wahl atau SS-Kaliert di Jerman" keeps its names, not the place after).
      if (!run || run !== item || endsRun(run.split(' ')[0]!) || COUNTRY_BY_FORM.has(run) || matchRegionAt(text, itemAt)) continue;
      // "SS - Kaliert": a name going on past a spaced dash was not read whole.
      if (/^[ \t]+[-–—]/.test(text.slice(at, at + 3))) continue;
      // "band-band seperti Hepcat, Bob Marley": a full name opening with a listed given name is an artist among the bands.
      if (run.includes(' ') && isListedName(run.split(' ')[0]!)) continue;
      const known = AGENCY_BY_FORM.get(run);
      hits.push({ start: itemAt, end: itemAt + run.length, name: known?.name ?? run, government: known?.government ?? false });
    }
  }
  return hits;
}

/** A comma, then a run of capitalised words: the name a cue's country word introduces. */
const NAME_AFTER_COMMA = new RegExp(`^,[ \\t]+(${RUN})(?=[ \\t]*[,.;])`, 'u');

/**
 * Bodies named after a word for their kind ("grup musik Pink Floyd", "perusahaan minyak" is no match: the name must
 * follow the cue). Not a country, region or sentence word ("klub Inggris", "perusahaan Jepang").
 */
function findCuedHits(text: string): NamedBodyHit[] {
  const hits: NamedBodyHit[] = [];
  for (const m of findCuedRuns(text)) {
    const runAt = m.index + m[0].length - m[1]!.length;
    const run = cutNameRun(m[1]!, false);
    const words = run.split(' ');
    const country = [1, 2].some((n) => isCountryForm(words.slice(0, n).join(' ')));
    // "klub Vietnam, Hoang Anh Gia Lai": the body named after its country and a comma.
    const named = country && COUNTRY_BY_FORM.has(run) ? NAME_AFTER_COMMA.exec(text.slice(runAt + run.length, runAt + run.length + 60)) : null;
    // The whole run up to the comma or stop: a foreign club's words may read as given names ("Anh" of "Hoang Anh").
    const after = named?.[1] ?? '';
    const at = named ? runAt + run.length + named[0].length - after.length : -1;
    if (after && !matchRegionAt(text, at)) {
      hits.push({ start: at, end: at + after.length, name: after, government: false });
      continue;
    }
    // "kelompok suporter Balikpapan Suporter Fanatik (Balistik)": a region opens a name the text gives a short form of.
    const defined = words.length > 1 && /^[ \t]*\([A-Z][A-Za-z]{2,12}\)/.test(text.slice(runAt + run.length, runAt + run.length + 16));
    if (!run || endsRun(words[0]!) || country || COMMON_ABBREVIATIONS.has(words[0]!) || (matchRegionAt(text, runAt) && !defined)) continue;
    // "grup WhatsApp BPBD": a chat group on an app, no band or company; "klub Liga 1", "klub Liga Malaysia": the
    // league a club plays in, a competition, no body.
    if (MESSAGING_APPS.has(words[0]!) || words[0] === 'Liga') continue;
    // "retribusi harian Rp 3.000": a currency and an amount after the cue ("harian", daily) name no paper.
    if (CURRENCY_WORDS.has(words[0]!) || /^[ \t]*\d/.test(text.slice(runAt + run.length, runAt + run.length + 3))) continue;
    const known = AGENCY_BY_FORM.get(run);
    hits.push({ start: runAt, end: runAt + run.length, name: known?.name ?? run, government: known?.government ?? false });
  }
  return hits;
}

/** Currency words written capitalised before an amount. */
const CURRENCY_WORDS = new Set(['Rp', 'Rp.', 'USD', 'US', 'IDR', 'RM', 'SGD', 'Yen', 'Euro']);

/** English names: "Ministry of Social Affairs", "Bank of Japan". */
function findEnglishHits(text: string): NamedBodyHit[] {
  const hits: NamedBodyHit[] = [];
  for (const m of mentionsOfOrFor(text) ? allMatches(ENGLISH_RE, text) : []) {
    const name = m[0].replace(/[ \t]+(?:and|&|of|for)$/, '');
    const government = /^(?:Ministry|Department|Embassy)\b/.test(name);
    hits.push({ start: m.index, end: m.index + name.length, name, government });
  }
  return hits;
}

/** The nouns of an English office ("head", "spokesperson", "commissioner"), as a pattern source. */
export const ENGLISH_OFFICE_NOUNS = 'manager|director|head|officer|spokesperson|spokesman|spokeswoman|secretary|chairman|chairwoman|commissioner';
/**
 * The nouns of English officers' titles written in lower case ("corporate communications manager", "chief economist"):
 * the offices' and the professions' a body employs.
 */
export const ENGLISH_OFFICER_NOUNS = `${ENGLISH_OFFICE_NOUNS}|analyst|economist|researcher`;
/**
 * A possessive, an English officer's title in lower case with its field (group 1), and the comma before the holder's
 * name: "'s national campaign manager for forests and plantations, ".
 */
export const POSSESSIVE_OFFICE_SOURCE =
  String.raw`['’]s[ \t]+((?:[a-z&-]+[ \t]+){0,4}(?:${ENGLISH_OFFICER_NOUNS}|coordinator|campaigner)(?:[ \t]+(?:for|of)(?:[ \t]+[a-z&-]+){1,5})?),[ \t]+`;
const POSSESSIVE_OFFICE_RE = new RegExp(`${POSSESSIVE_OFFICE_SOURCE}(?=\\p{Lu})`, 'gu');
/** A company's office among those titles: a manager, director, head or officer of a field that is not a campaign's. */
const COMPANY_OFFICE = /^(?!.*\bcampaign\b).*\b(?:manager|director|head|officer)\b/;
/** One to three capitalised words right before a possessive. */
const OWNER_BEFORE = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}&-]*[ \t]+){0,2}\p{Lu}[\p{L}\p{N}&-]*)$/u;
/** An English article opening a sentence. */
const ENGLISH_OPENING_WORD = /^(?:The|An?)$/;
/** A word with a capital inside ("TiketJelajah", "PayLater") or of capitals only: a brand's, no person's. */
const BRAND_SHAPE = /^\p{Lu}+$|^\p{Lu}\p{Ll}+\p{Lu}/u;

/**
 * "TiketJelajah's head of corporate communications, Rina Sukmawati, said": the name whose possessive a company
 * office and its holder's name follow is a body, unless it names a place or a person ("Jakarta's", "Prabowo's").
 */
function findPossessiveOfficeHits(text: string): NamedBodyHit[] {
  const hits: NamedBodyHit[] = [];
  for (const m of allMatches(POSSESSIVE_OFFICE_RE, text)) {
    if (!COMPANY_OFFICE.test(m[1]!)) continue;
    const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1];
    if (!owner) continue;
    // "The ...", "Meanwhile ...": a sentence's opening word is no part of the name.
    let from = 0;
    for (let lead = /^(\S+)[ \t]+/.exec(owner); lead && (ENGLISH_OPENING_WORD.test(lead[1]!) || ENGLISH_FUNCTION_WORDS.has(lead[1]!) || NAME_STOPWORDS.has(lead[1]!)); lead = /^(\S+)[ \t]+/.exec(owner.slice(from))) {
      from += lead[0].length;
    }
    const name = owner.slice(from).replace(/[ \t]+/g, ' ');
    const words = name.split(' ');
    const start = m.index - owner.length + from;
    if (isCountryForm(name) || matchRegionAt(text, start)?.end === m.index || WIDE_AREA_BY_FORM.has(name) || FIGURE_BY_SHORT_FORM.has(name)) continue;
    if (ENGLISH_FUNCTION_WORDS.has(name) || NAME_STOPWORDS.has(name) || (isListedName(words[0]!) && !BRAND_SHAPE.test(words[0]!))) continue;
    // "PT Arka Elektrik Mobilitas ... Arka's finance director", "Hiroshi Nakamura ... Nakamura's": a part of a longer
    // name, or a short form given in parentheses, is that name's; the rules that resolve short forms read it.
    if (isPartOfLongerName(text, name)) continue;
    const known = AGENCY_BY_FORM.get(name);
    hits.push({ start, end: m.index, name: known?.name ?? name, government: known?.government ?? false });
  }
  return hits;
}

/** A capitalised word (group 1) right before a name: the name may go on there. */
const CAPITALISED_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}.]*)[ \t]+$/u;
/** A capitalised word right after a name. */
const CAPITALISED_AFTER = /^[ \t]+\p{Lu}/u;

/** Whether the text writes a name somewhere as a part of a longer capitalised name or as a short form in parentheses. */
function isPartOfLongerName(text: string, name: string): boolean {
  return wholeWordsAt(text, name).some((at) => {
    const end = at + name.length;
    if (text[at - 1] === '(' && text[end] === ')') return true;
    const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    const opens = before !== undefined && !ENGLISH_OPENING_WORD.test(before) && !ENGLISH_FUNCTION_WORDS.has(before) && !NAME_STOPWORDS.has(before);
    return opens || CAPITALISED_AFTER.test(text.slice(end, end + 3));
  });
}

/**
 * Every body found by a head word, a cue word, an English pattern, a foreign local government, "UMKM X" or a possessive
 * before a company office ("TiketJelajah's head of corporate communications, X").
 */
/**
 * A university's student executive board named with it: "Badan Eksekutif Mahasiswa Keluarga Mahasiswa (BEM KM)
 * Universitas Mulawarman", "BEM Unhas". The board is a body of its own, of students, no government.
 */
const STUDENT_BOARD_RE = /(?<![\p{L}\p{N}])(Badan Eksekutif Mahasiswa|BEM)(?:[ \t]+(Keluarga Mahasiswa|KM))?(?:[ \t]*\(BEM(?:[ \t]+KM)?\))?[ \t]+(?=\p{Lu})/gu;
function findStudentBoardHits(text: string): NamedBodyHit[] {
  if (!text.includes('BEM') && !text.includes('Eksekutif Mahasiswa')) return [];
  const hits: NamedBodyHit[] = [];
  for (const m of allMatches(STUDENT_BOARD_RE, text)) {
    const at = m.index + m[0].length;
    const words = text.slice(at, at + 80).split(/[ \t,.;:()"]/).slice(0, 5);
    const university = knownBodyAt(words);
    if (university?.kind !== 'university') continue;
    const form = [...Array(words.length).keys()].map((n) => words.slice(0, n + 1).join(' ')).filter((f) => AGENCY_BY_FORM.get(f) === university).at(-1)!;
    hits.push({ start: m.index, end: at + form.length, name: `Badan Eksekutif Mahasiswa${m[2] ? ' Keluarga Mahasiswa' : ''} ${university.name}`, government: false });
  }
  return hits;
}

/** "The Amungme tribal council": a people's or a place's customary council named in English, in lower case. */
const CUSTOMARY_COUNCIL_RE = /(?<![\p{L}])(?:[Tt]he[ \t]+)?(\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?[ \t]+(?:tribal|customary|traditional|adat)[ \t]+council)(?![\p{L}])/gu;
function findCustomaryCouncilHits(text: string): NamedBodyHit[] {
  if (!text.includes(' council')) return [];
  return allMatches(CUSTOMARY_COUNCIL_RE, text).map((m) => {
    const start = m.index + m[0].length - m[1]!.length;
    return { start, end: start + m[1]!.length, name: m[1]!.replace(/\s+/g, ' '), government: false };
  });
}

export function findNamedBodies(text: string): NamedBodyHit[] {
  return [
    ...findHeadHits(text),
    ...findStudentBoardHits(text),
    ...findCustomaryCouncilHits(text),
    ...findTypeAcronymHits(text),
    ...findCuedHits(text),
    ...findExampleHits(text),
    ...findForeignPemdaHits(text),
    ...findSmallBusinessHits(text),
    ...findEnglishHits(text),
    ...findPossessiveOfficeHits(text),
  ];
}
