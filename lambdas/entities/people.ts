/**
 * @module entities/people
 * Finds people: a title before the name ("Wali Kota Imdaad Hamid"), a title then an appositive name
 * ("Kasi ... Dinas KUMKMP Balikpapan, Budi Wahyudi."), a name before a reporting verb ("X mengatakan"), a name after
 * a quote's attribution verb ("sebut Budi"); person-aliases.ts files their later short forms and other names under
 * them.
 */
import { AREA_UNIT_KIND, AREA_UNIT_LEAD, AREA_UNIT_WORDS } from '../shared/area-units.js';
import type { PersonEntity } from '../shared/types.js';
import {
  AGENCY_BY_FORM,
  AGENCY_BY_LOWER_NAME,
  BALINESE_NAME_WORDS,
  BODY_HEAD_WORDS,
  COMMON_ABBREVIATIONS,
  COUNTRY_BY_FORM,
  COUNTRY_TITLES,
  DEGREES,
  ENGLISH_OFFICE_FIELDS,
  FIGURE_BY_SHORT_FORM,
  HONORIFICS,
  HONORIFICS_IN_NAMES,
  LEGISLATURE_BODY_AT,
  MINISTRY_BY_MINISTER_FORM,
  NAME_OPENERS,
  NAME_STOPWORDS,
  NATURAL_FEATURE_HEADS,
  BODY_TAIL_SOURCE,
  PERSON_NOUNS,
  PERSON_ONLY_VERBS,
  PARTY_FORMS,
  PATRON_ROLES,
  PEOPLES,
  PLACE_HEAD_FIRST_WORDS,
  RANKS,
  REGIONS_BY_NAME,
  RELATIVE_WORDS,
  REPORTING_VERB_SOURCE,
  ROLE_WORDS,
  SPEECH_VERBS,
  SPEECH_VERB_SOURCE,
  TITLE_BY_FORM,
  TITLE_WORDS,
  WIDE_AREA_BY_FORM,
  displayRegionName,
  regencyOfDistrict,
  regionOfKindNamed,
} from './gazetteer.js';
import { findDatelineSpan } from './dateline.js';
import { isNamedAreaIn, matchRegionAt } from './locations.js';
import { isAffixedWord, isDerivedNoun, isDictionaryWord, isEnglishWord, isKnownPlaceName, isKnownSurname, isListedName, isPlainWord, knownNameLength, tokenize } from './tagger-features.js';
import commonWords from './data/common-words.json' with { type: 'json' };
import demonyms from './data/demonyms.json' with { type: 'json' };
import hijriCalendarWords from './data/islamic-calendar.json' with { type: 'json' };
import { COMPANY_LEGAL_NAME, ENGLISH_OFFICE_NOUNS, ENGLISH_OFFICER_NOUNS, POSSESSIVE_OFFICE_SOURCE } from './named-bodies.js';
import { NUMBERED_COMMAND, bareUnitHome, composeOrgName, isPartyBoard, regionOfKind } from './organizations.js';
import { COUNTRY_AT, readComplement } from './title-complement.js';
import { ACCORDING_TO_BEFORE, AGE_IN_PARENTHESES, DEGREES_AFTER_NAME, NAME_PARTICLES, OPENER_AT, openerWordCount, PERSON_AFTER_COMMA_AGE_SOURCE, ageInParentheses, RANK_PHRASE_AT, RANK_TAIL_SOURCE, SHORT_ACTING_MARK, SULTAN_NAME_OPENER, TITLES_IN_NAMES, cleanName, endsName, isDateWord, isNameWord, namedHit, readName, withBalineseOpener } from './person-names.js';
import { attachToKnown, findShortFormHits, isSharedPart, nicknamesOf, withAliases, withCalledNames, withLongerNames } from './person-aliases.js';
import { APPOSITIVE_WINDOW, TAGGED_NAME_MARGIN, TITLE_ORG_WINDOW } from './settings.js';
import {
  CAPITAL_AFTER_SPACES,
  CAPITAL_LETTERS,
  LETTER_END,
  LETTER_START,
  NAME_TOKEN_SOURCE,
  SPACES,
  UPPER_FIRST,
  WORD_END,
  WORD_START,
  allMatches,
  anyWordGate,
  buildAlternation,
  capitalize,
  clashesWith,
  escapeRegExp,
  matchAt,
  overlapsAny,
  previousSentenceStart,
  sentenceStartBefore,
  wholeWordsAt,
  wordBefore,
  withinAny,
  wordStartMatcher,
  SHORT_NAME_WORDS,
} from './text-scan.js';
import type { AgencyEntry, OrgHit, PersonHit, RegionEntry, Span, TitleEntry } from './types.js';

/** Corps and branch codes ("Inf", "Czi", "Pnb", "Pol"): listed with the ranks, they follow one and never lead it. */
const CORPS_CODE = /^[A-Z][a-z]{2}$/;
/**
 * Academic, religious and palace honorifics that mark the name after them (not "Bapak" / "Ibu": "Ibu Kota" is a
 * capital): "Mgr. Fransiskus", "GKR Wening", "KGPH Adi Suryo".
 */
const NAME_HONORIFIC = '(?:Prof|Dr|dr|Drs|Dra|drg|Ir|H|Hj|KH|K\\.H|Ustadz|Ustaz|Habib|Kyai|Nyai|Mgr|Pdt|Pendeta|Pastor|Pater|Romo|Capt|GKR|KGPH|KGPAA|GBPH|KPH|KRT)\\.?';
const NAME_HONORIFIC_RE = new RegExp(`${WORD_START}(?:${NAME_HONORIFIC}[ \\t]+)*${NAME_HONORIFIC}(?=[ \\t]+[A-Z])`, 'gu');
/** A corps or force right after a word ("Mayor Inf", "Mayor Laut (P)"). */
const CORPS_AFTER = new RegExp(`^[ \\t]+(?:${[...RANKS].filter((r) => CORPS_CODE.test(r)).join('|')}|Laut|Udara|TNI)${WORD_END}`, 'u');
/** A whole rank: "Serma", "Letnan Kolonel Udara", "Letkol Inf", "Jenderal TNI (Purn)". */
const RANK_RE = new RegExp(
  `${WORD_START}(?:${buildAlternation([...RANKS].filter((r) => !CORPS_CODE.test(r)))})${WORD_END}` +
    `(?:[ \\t]+(?:(?:${buildAlternation(RANKS)})${WORD_END}|${RANK_TAIL_SOURCE}))*`,
  'gu',
);
/** A rank at the start of a lead, of one word or more ("AKBP", "Senior Commissioner"). */
const RANK_START = new RegExp(`^(?:${buildAlternation(RANKS)})${WORD_END}`, 'u');
const TITLE_RE = new RegExp(`${WORD_START}(?:${buildAlternation(TITLE_BY_FORM.keys())})${WORD_END}`, 'gu');
// A separate sticky copy: exec on the global TITLE_RE would move the lastIndex that matchAll starts from.
// "Direkturnya, X", "Ketuanya, X": a title with "-nya" (its) before a comma points back at the body named before.
const TITLE_AT = new RegExp(`(?:${buildAlternation(TITLE_BY_FORM.keys())})(?:nya(?=[ \\t]*,))?${WORD_END}`, 'yu');
// Titles in an article found where a word starts only: on the trie of all title forms a whole-text scan cost twice as much.
const findTitleForms = wordStartMatcher(TITLE_AT.source, TITLE_BY_FORM.keys());
/** The marks of an acting holder ("Plt", "Plh", "Pj", "Pjs", a period or not) and of a former one ("mantan", "eks"). */
// Spelled out, its short form in parentheses after it or not: "Pelaksana Harian (Plh.) Kepala Dinas".
const ACTING_MARK = String.raw`(?:${SHORT_ACTING_MARK}|(?:[Pp]elaksana[ \t]+(?:[Tt]ugas|[Hh]arian)|[Pp]enjabat(?:[ \t]+[Ss]ementara)?)(?:[ \t]*\(${SHORT_ACTING_MARK}\))?|[Aa]cting)`;
const FORMER_MARK = '(?:[Mm]antan|[Ee]ks|[Bb]ekas|[Ff]ormer)';
/** An acting holder's mark right before a title: "Plt Kepala Dinas". */
const ACTING_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${ACTING_MARK}[ \t]+)$`, 'u');
/** A former holder's mark before a title, or before its acting mark: "mantan Kepala Dinas", "eks Plt Kapolres". */
const FORMER_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${FORMER_MARK}[ \t]+)$`, 'u');
/** "Its", "Their", "The agency's", "the foundation's": a possessive that points back at a body named before. */
const BODY_POSSESSIVE = String.raw`(?<![\p{L}])(?:Its|its|Their|their|[Tt]he[ \t]+(?:agency|ministry|office|authority|foundation|association|institute|council|commission|center|centre|company|firm|developer|contractor|bank|university|board|hospital|airport|directorate|chamber|police|command|assembly)['’]s)`;
/** Honorifics before a name, each and the spaces after it ("Dr. H. "), as a pattern source. */
const HONORIFICS_RUN = `(?:(?:${buildAlternation(HONORIFICS)})[ \\t]+)*`;
/** A deputy's word right before a title: "Wakil Kepala", "Wakil Direktur". */
// English too: "Deputy Finance Minister", "Senior Deputy Governor".
const DEPUTY_BEFORE = /(?:^|[^\p{L}])((?:[Ww]akil|(?:Senior[ \t]+)?Deputy|Vice)[ \t]+)$/u;
// "Jalan Mayor Ruslan", "Jl. Gubernur Suryo": a street named after a holder names no one holding the title.
const NOT_A_TITLE_BEFORE = /(?:Sersan|Letnan|Peraturan|Keputusan|Kantor|Rumah|Istana|Pendopo|Pendapa|Gedung|Aula|Lapangan|Rumah Jabatan|Surat|Instruksi|Edaran|Pilkada|Pemilihan|calon|Calon|Jalan|Jl\.?|Jln\.?|Gang|Gg\.)\s+$/;
const SENTENCE_END = /[.!?](?=\s+["“A-Z]|\s*$)|\n|["“”]/g;
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:[A-Z]|Kab|Prov|Jl|No|Dr|dr|Ir|Prof|Drs|Dra|Hj|Pj|Plt|Plh|St|Tbk)$/;
/** Whether a rank of one or more words ends right before `at`, a space between ("Senior Commissioner "). */
function rankEndsAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 32), at);
  for (const rank of RANKS) if (before.endsWith(` ${rank} `) || before === `${rank} `) return true;
  return false;
}

/** English verbs of saying after a name ("Lestari Anggun Maharani said"). */
const NAME_SAID = 'said|says|told|added|stated|explained|noted';
const ENGLISH_SAID_END = new RegExp(`(?:${NAME_SAID})$`);
// "Fitri Handayani of the National Awakening Party (PKB) said": English may name the speaker's body between them.
const ENGLISH_BODY_OF = String.raw`[ \t]+of[ \t]+the[ \t]+(?:[A-Z][\p{L}-]*[ \t]+){0,5}[A-Z][\p{L}-]*(?:[ \t]*\([A-Z]{2,8}\))?`;
// Tried only where a capitalised word starts: a whole-text scan of this pattern cost a fifth more.
const findReportingForms = wordStartMatcher(
  `(${NAME_TOKEN_SOURCE}(?:[ \\t]+${NAME_TOKEN_SOURCE}){1,4})(?:[ \\t]+(?:juga[ \\t]+|pun[ \\t]+)?(?:${REPORTING_VERB_SOURCE})|(?:${ENGLISH_BODY_OF})?[ \\t]+(?:${NAME_SAID}))${WORD_END}`,
  CAPITAL_LETTERS,
);
const ATTRIBUTION_NAME_RE = new RegExp(
  `["”][ \\t]*,?[ \\t]*(?:${SPEECH_VERB_SOURCE})[ \\t]+((?:(?:${buildAlternation([...HONORIFICS].filter((h) => h.endsWith('.')))})[ \\t]+)?${NAME_TOKEN_SOURCE}(?:[ \\t]+${NAME_TOKEN_SOURCE}){0,3})`,
  'gu',
);
/**
 * Title kinds that name staff of whatever body follows ("Presiden Recording Academy" is no head of state; "Ketua Komisi
 * Kesehatan Keuskupan Maumere" chairs a church's commission, no legislature's, though a faction is the legislature's).
 */
const STAFF_KINDS = new Set(['civil-servant', 'head-of-state', 'chair', 'spokesperson', 'legislator']);
const isLegislatureFaction = (organization: string): boolean => organization.startsWith('Fraksi ');
/** A party ("Partai Kebangkitan Bangsa", "National Awakening Party"): a lawmaker linked to one holds a seat still. */
const isPartyName = (organization: string): boolean => /^Partai[ \t]|[ \t]Party$/.test(organization);
const POLICE_ORG: Record<string, string> = {
  Kapolda: 'Polda',
  Wakapolda: 'Polda',
  Kapolres: 'Polres',
  Wakapolres: 'Polres',
  Kapolresta: 'Polresta',
  Wakapolresta: 'Polresta',
  Kapolrestabes: 'Polrestabes',
  Wakapolrestabes: 'Polrestabes',
  Kapolsek: 'Polsek',
  Pangdam: 'Kodam',
  'Panglima Kodam': 'Kodam',
  Danrem: 'Korem',
  Dandim: 'Kodim',
  Danramil: 'Koramil',
  Danlanal: 'Lanal',
  Danlanud: 'Lanud',
  Danlantamal: 'Lantamal',
  Kajari: 'Kejaksaan Negeri',
  'Kepala Kejaksaan Negeri': 'Kejaksaan Negeri',
  Kajati: 'Kejaksaan Tinggi',
  // "Plh Inspektur Kabupaten Kukar": the head of a region's Inspektorat.
  Inspektur: 'Inspektorat',
  'Kepala Kejaksaan Tinggi': 'Kejaksaan Tinggi',
};
const GOVERNMENT_KIND: Record<string, RegionEntry['kind'] | null> = {
  'city-government': 'city',
  'regency-government': 'regency',
  'province-government': 'province',
  'region-government': null,
};
const KIND_LABEL: Record<RegionEntry['kind'], string> = { city: 'Kota', regency: 'Kabupaten', province: 'Provinsi' };

/** Where the sentence holding `pos` ends (a period before a capital, a newline or a quote mark). */
function sentenceEnd(text: string, pos: number): number {
  SENTENCE_END.lastIndex = pos;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m[0] === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    // "Letkol Inf. Dimas", "Kombes Pol. Yuliyanto": a rank or corps written with a full stop ends no sentence.
    if (m[0] === '.' && RANKS.has(/[\p{L}]+$/u.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[0] ?? '')) continue;
    return m.index;
  }
  return text.length;
}

/** A company officer's English title, capitalised: "Manager", "Senior Manager", "Director", "Head", "VP". */
const CAPITALISED_OFFICER_TITLE = /^(?:(?:Senior|General|Area|Executive|Vice|Deputy|Assistant)[ \t]+)*(?:Manager|Director|Head|Officer|Vice President|VP|SVP|EVP)$/;
/** The capitalised field words of an officer's title right before it ("Corporate Communications ", "Legal & Corporate Affairs ", "General Affairs "). */
const OFFICE_FIELD_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(?:General[ \t]+Affairs|${buildAlternation(ENGLISH_OFFICE_FIELDS)})[ \t]+(?:(?:&|and)[ \t]+)?)+$`, 'u');

/** English titles in lower case: a title only right after a body or a region ("BPS East Kalimantan head X"). */
const LOWER_ENGLISH_TITLE =
  'head|chief|chair(?:man|woman|person)|(?:deputy )?speaker|(?:national )?coordinator|director|researcher|(?:chief )?economist|analyst|member|governor|mayor|regent|deputy|commander|chief of staff|' +
  'director[ -]general|secretary[ -]general|(?:regional|district|regency|city) secretary|commissioner|(?:public )?prosecutor|campaigner|rector|dean';
/**
 * An English article before a title in lower case, and "of" and a body after it: "The head of the Samarinda Disaster
 * Mitigation Agency (BPBD), X", "X, a member of the East Kalimantan Regional Legislative Council (DPRD),".
 */
const ARTICLE_BEFORE = /(?<![\p{L}])(?:[Tt]he|[Aa]n?)[ \t]+$/u;
const LOWER_ENGLISH_TITLE_RE = new RegExp(`^(?:${LOWER_ENGLISH_TITLE})$`);
/** Whether a title's complement names no body: no words, or one English field after "for", "of" or "to". */
function isBodyless(comp: { words: readonly string[] }): boolean {
  return comp.words.length === 0 || (comp.words.length === 1 && /^(?:for|of|to)[ \t]/.test(comp.words[0]!));
}
/** The English titles in lower case of a region's head or its secretary: "the governor of East Kalimantan". */
const REGION_HEAD_ENGLISH = /^(?:governor|mayor|regent|(?:regional|district|regency|city) secretary)$/;
/**
 * The article before an English title in lower case that names its body after "of", and that body ("the head of the
 * Samarinda BPBD", "the head of the East Kalimantan branch of Bank Indonesia"); null without both.
 */
function articledTitle(
  text: string,
  at: number,
  titleEnd: number,
  orgHits: readonly OrgHit[],
): { article: string; end: number; region: RegionEntry | null } | null {
  // "X, director of the ... (Walhi),": set off after a name, the title goes without its article; so it does after a
  // quote and its comma ("\"...,\" head of the Timika Search and Rescue Office, X, said"), and after a holder's connector
  // ("X, who is also head of the ... Office,").
  const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, at - 5), at))?.[0] ?? (/(?:\p{L},|,["”])[ \t]+$/u.test(text.slice(Math.max(0, at - 4), at)) || HOLDER_CONNECTOR_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ? '' : null);
  const of = /^[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?/.exec(text.slice(titleEnd, titleEnd + 9))?.[0];
  if (article === null || !of) return null;
  // The body starts right after "of (the)", or after words of its English name in the same clause ("East Kalimantan
  // branch of", "Commission XI of the House of Representatives (DPR)").
  const bodyStart = titleEnd + of.length;
  const body = orgHits.find((o) => o.start >= bodyStart && o.start <= bodyStart + 60 && !/[,.;]/.test(text.slice(bodyStart, o.start)));
  if (body) return { article, end: body.end, region: null };
  // "the governor of East Kalimantan", "the regent of Mimika": a region's head names the region after "of".
  const region = REGION_HEAD_ENGLISH.test(text.slice(at, titleEnd)) ? matchRegionAt(text, bodyStart) : null;
  return region ? { article, end: region.end, region: region.region } : null;
}

/** The text from `start` to `end`, and the closing parenthesis after it where one inside is open ("... (DPR)"). */
function closeParenthesis(text: string, start: number, end: number): string {
  const inside = text.slice(start, end);
  return text[end] === ')' && inside.lastIndexOf('(') > inside.lastIndexOf(')') ? `${inside})` : inside;
}

/** English titles, written after the body or region they belong to. */
const ENGLISH_TITLE = new RegExp(
  `^(?:(?:Vice|Deputy)[ \\t]+)?(?:(?:Governor|Regent|Mayor)(?:-elect)?|District Head|President|Minister|Regional Secretary|Speaker|Rector|Deputy|(?:Country )?Representative|[Cc]hief [Ee]xecutive|[Ss]pokes(?:person|man|woman)|[Pp]olice [Cc]hief|${LOWER_ENGLISH_TITLE})$`,
);

/** An organization or a region that ends right before `at` (one space between), with where it starts. */
function bodyOrRegionBefore(text: string, at: number, orgHits: readonly OrgHit[]): { start: number; region: RegionEntry | null } | null {
  const org = orgHits.find((o) => o.end <= at && at - o.end <= 12 && ENGLISH_HOLDER_GAP.test(text.slice(o.end, at)));
  if (org) return { start: org.start, region: org.region ?? null };
  // "Social Affairs Minister Tri Rismaharini": a ministry's English field (organizationFor reads it from the title);
  // "State-Owned Enterprises Minister", "SOE Minister": hyphenated and in capitals too.
  const field = /((?:[A-Z][A-Za-z]*(?:-[A-Z][a-z]+)*[ \t]+(?:and[ \t]+)?){1,4})$/.exec(text.slice(Math.max(0, at - 50), at))?.[1];
  const words = field?.trim().split(/[ \t]+/) ?? [];
  for (let k = 0; k < words.length; k += 1) {
    const run = words.slice(k).join(' ');
    if (!ministryOfEnglishField(run)) continue;
    // "Deputy Investment and Downstreaming Minister": the deputy's word opens the title.
    const opened = k > 0 && /^(?:Deputy|Vice)$/.test(words[k - 1]!) ? `${words[k - 1]!} ${run}` : run;
    return { start: at - field!.length + field!.indexOf(opened), region: null };
  }
  for (let start = Math.max(0, at - 40); start < at; start += 1) {
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
    const region = matchRegionAt(text, start);
    if (region && ENGLISH_HOLDER_GAP.test(text.slice(region.end, at))) return { start, region: region.region };
  }
  return null;
}

/** An appointment's verb before "sebagai" or "menjadi": the post after it is the one held now ("X dilantik sebagai Y"). */
const APPOINTED_BEFORE = /(?:dilantik|ditunjuk|diangkat|dipercaya|ditetapkan|dikukuhkan|digeser|dimutasi|dipromosikan)[ \t]+(?:sebagai|menjadi)[ \t]+$/;

/**
 * A post's words, who left it or that it stood empty or not, then the verb of who fills it: " kini diisi ", " dijabat
 * oleh ", " yang ditinggalkan Hendra diisi ", " yang lowong ditempati ".
 */
const FILLED_BY_AT =
  /((?:[ \t]+\p{Lu}[\p{L}-]*){0,2})(?:[ \t]+yang[ \t]+(?:ditinggalkan(?:[ \t]+oleh)?(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}|kosong|lowong)[ \t]*,?)?[ \t]+(?:(?:kini|sekarang|kemudian|selanjutnya)[ \t]+)?(?:diisi|dijabat|ditempati|diduduki|diemban)(?:[ \t]+oleh)?[ \t]+/uy;

/** A field's word in lower case between a body and an English title: three letters or more, no verb or function word. */
const HOLDER_FIELD_WORD = String.raw`(?!(?:said|says|told|and|or|the|of|to|in|on|at|for|with|as|has|had|was|is|are|were|will|would|who|which|that|its|their|also|then|after|before)[ \t])[a-z]{3,}[ \t]`;
/**
 * The gap between an English title and the body or region before it, an acting mark or not ("Bali acting governor"),
 * or a field of a word or two ("Greenpeace Indonesia forest campaigner"), no verb or function word.
 */
const ENGLISH_HOLDER_GAP = new RegExp(String.raw`^[ \t](?:(?:acting|interim|outgoing|former)[ \t]|${HOLDER_FIELD_WORD}(?:${HOLDER_FIELD_WORD})?)?$`);

/** A company officer's English title: "president director", "Vice President", "director general". */
const LOWER_OFFICER_TITLE = /^(?:(?:vice|deputy|executive|managing|senior|corporate)[ \t]+)*(?:president(?:[ \t]+director)?|director(?:[ \t]+general)?|general manager|secretary|chief (?:executive|financial|operating|investment|technology) officer|chief economist|counsel+or)$/i;

/**
 * The body right before a company officer's English title, written with "'s" or not and with up to three lower-case
 * words of its field between ("Pertamina's corporate communications vice president"); null if none.
 */
function companyBefore(text: string, at: number, orgHits: readonly OrgHit[]): { start: number; region: RegionEntry | null } | null {
  const org = orgHits.find((o) => o.end < at && at - o.end <= 40 && /^(?:['’]s)?(?:[ \t]+\p{Ll}+){0,3}[ \t]$/u.test(text.slice(o.end, at)));
  return org ? { start: org.start, region: org.region ?? null } : null;
}

/**
 * "Gubernur Kaltim Isran Noor dan Wakil Gubernur Hadi Mulyadi": a title without a region right after "dan" (or
 * "serta", "bersama", "didampingi") and a titled person shares that person's region.
 */
function pairedRegion(text: string, titleStart: number, hits: readonly PersonHit[]): RegionEntry | null {
  const previous = hits[hits.length - 1];
  if (!previous?.region || !/^[ \t]*,?[ \t]*(?:dan|serta|bersama|didampingi)[ \t]+$/.test(text.slice(previous.end, titleStart))) return null;
  return previous.region;
}

/** A preposition or verb that makes the title after it an object ("pertemuan dengan Gubernur ..."). */
const OBJECT_BEFORE_TITLE = /(?:^|[^\p{L}])(?:dengan|kepada|menemui|bertemu)[ \t]+$/u;

/** "dan" or "serta" and a capitalised word after an item of a list: the list goes on. */
const FIELD_LIST_GOES_ON = /^[ \t]*,?[ \t]*(?:dan|serta|&)[ \t]+\p{Lu}/u;
/** The list goes on to the body's short form in parentheses: ", dan Estetika Indonesia (Perdoski)". */
const FIELD_LIST_ENDS_IN_SHORT_FORM = /^[ \t]*,?[ \t]*(?:dan|serta|&)[ \t]+(\p{Lu}\p{L}*)[\p{L} \t]{0,60}\([ \t]*\p{Lu}[\p{L}-]{1,12}[ \t]*\)/u;

/**
 * "Federasi Serikat Pekerja Tekstil, Sandang dan Kulit ...": one word of the language after a comma, going on to "dan"
 * and a capitalised word, is an item of a body's list of fields, no name; so is any one unlisted word where the list
 * ends in the body's short form ("Dermatologi, Venereologi, dan Estetika Indonesia (Perdoski)").
 */
function isFieldListItem(text: string, name: Span): boolean {
  const word = text.slice(name.start, name.end);
  if (/\s/.test(word) || isListedName(word)) return false;
  const after = text.slice(name.end, name.end + 90);
  if (isDictionaryWord(word.toLowerCase()) && FIELD_LIST_GOES_ON.test(after)) return true;
  // "Camat IV Koto, Zulhendri, serta Ketua Kerapatan Adat Nagari (KAN)": a title after "serta" opens the next holder.
  const next = FIELD_LIST_ENDS_IN_SHORT_FORM.exec(after)?.[1];
  return next !== undefined && !TITLE_WORDS.has(next);
}

/** Find an appositive name after a title in the same sentence: "..., Budi Wahyudi." */
function readAppositive(text: string, from: number): { comma: number; name: Span } | null {
  const limit = Math.min(sentenceEnd(text, from), from + APPOSITIVE_WINDOW);
  for (let comma = text.indexOf(',', from); comma !== -1 && comma < limit; comma = text.indexOf(',', comma + 1)) {
    // "JPU dari Kejati Kaltim menghadirkan tiga saksi, ...": a clause between ends the title; a later name is not its.
    if (CLAUSE_VERB.test(text.slice(from, comma))) return null;
    // "juru bicara masing-masing, yakni X dari Fraksi A, Y dari Fraksi B": a list follows; its names are its own.
    if (LIST_INTRODUCER.test(text.slice(from, comma + 12))) return null;
    const sp = matchAt(SPACES, text, comma + 1);
    if (!sp) continue;
    // "Ketua TP PKK Berau, Hj. X, Ketua TP PKK Bontang, Y": the next title takes the names after it; "Raja" or "Ratu"
    // with no country after it opens a name ("Wakil Bupati Lingga, Raja Zulkarnain").
    const nextTitle = matchAt(TITLE_AT, text, comma + 1 + sp[0].length);
    if (nextTitle && !(COUNTRY_TITLES.has(nextTitle[0]) && !countryAfter(text, comma + 1 + sp[0].length + nextTitle[0].length))) return null;
    // "Kepala Dinas ... Kaltim, Plt. Yustinus Dullah Lejau,": an acting mark before the name is the holder's.
    const at = comma + 1 + sp[0].length + (ACTING_AFTER_COMMA.exec(text.slice(comma + 1 + sp[0].length, comma + sp[0].length + 8))?.[0].length ?? 0);
    // "Menteri Perhubungan, Dr. Setiawan Karya Utama, ...", "Kepala BKD Papua, Agustinus Rumbewas Mayor, ...": between
    // the title's comma and the next, capitalised words after an honorific or none are the holder's name, words of the
    // language ("Karya", "Sila") and a rank ("Mayor", a Papuan surname) among them.
    // Right after a title's comma the name may open with a word of the language ("Pj Bupati Lombok Timur, Lalu X,").
    const read = readName(text, at, false, true);
    const run = read && text[read.end] === ',' ? null : COMMA_DELIMITED_NAME.exec(text.slice(at, at + 70));
    // The run opens with a listed given name and no honorific, rank or title ("Partisipasi Masyarakat" is a field).
    const firstWord = run?.[1]!.split(/[ \t]/)[0] ?? '';
    // "Ketua Asosiasi Homestay Raja Ampat, Korneles Mayor,": an unlisted name word opens it too, no word of the language.
    const opensName = isListedName(firstWord) || (isNameWord(firstWord) && !isPlainWord(firstWord) && !isAffixedWord(firstWord));
    const delimited = run && opensName && !HONORIFICS.has(firstWord) && !RANKS.has(firstWord) && !TITLE_WORDS.has(firstWord) ? run : null;
    const name = delimited ? { start: at + delimited[0].length - delimited[1]!.length, end: at + delimited[0].length } : read;
    if (!name || !endsName(text, name.end)) continue;
    if (isFieldListItem(text, name)) continue;
    // "mantan Kepala Kampung Merasa, Kecamatan Kelay, berinisial SL": a unit of area after the comma is where, not who.
    if (AREA_UNIT_KIND[text.slice(name.start, name.end).split(/[ \t]/)[0]!]) continue;
    // "dr. H. Hamdani Rahman, Sp.OG.": a degree's letters are no name.
    if (DEGREE_OPENS.test(text.slice(name.start, name.start + 12))) continue;
    // "..., Rusmadi Wongso, Jumat (7/3)": only the day of the report may follow the name after a comma, or a degree.
    const next = DEGREE_AFTER_COMMA.test(text.slice(name.end, name.end + 14)) ? null : /^,[ \t]*([A-Z][a-z]+)/.exec(text.slice(name.end, name.end + 16));
    const nextWord = next?.[1];
    // "..., Hj. Nurjannah Effendi, Ketua TP PKK Kota Bontang, ...": a list's next title may follow too.
    if (nextWord && !isDateWord(nextWord) && !matchAt(TITLE_AT, text, name.end + next![0].length - nextWord.length)) continue;
    // "... di Lahore, Pakistan": a region or a country after the comma is where, not who.
    if (matchRegionAt(text, name.start)?.end === name.end || COUNTRY_BY_FORM.has(text.slice(name.start, name.end))) continue;
    return { comma, name };
  }
  return null;
}

/**
 * The names of a list that follows a name at `end`: ", Name" once or more, then "dan" or "serta" and a last name
 * that ends there ("Menteri Bahlil, Sri Mulyani dan Airlangga"); null when no such list follows, or a title or a
 * region opens an item ("Sekda Kaltim X, Kepala Bappeda Y dan ...").
 */
function namesListedAfter(text: string, end: number): Span[] | null {
  const items: Span[] = [];
  for (let at = end; ; ) {
    const gap = /^(,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)/.exec(text.slice(at, at + 12));
    if (!gap || matchAt(TITLE_AT, text, at + gap[0].length)) return null;
    const item = readName(text, at + gap[0].length);
    if (!item || matchRegionAt(text, item.start)?.end === item.end) return null;
    items.push(item);
    if (/(?:dan|serta)[ \t]+$/.test(gap[0])) return items.length >= 2 && endsName(text, item.end) ? items : null;
    at = item.end;
  }
}

/** A degree written after a name ("Sp.OG.", "M.Si."), and the same after a comma. */
const DEGREE_OPENS = new RegExp(`^(?:${buildAlternation([...DEGREES].filter((d) => /\.\p{L}/u.test(d)))})(?![\\p{L}])`, 'u');
const DEGREE_AFTER_COMMA = new RegExp(`^,[ \\t]*(?:${buildAlternation(DEGREES)})(?![\\p{L}])`, 'u');

/** "yang lama" / "yang baru" closing a title: the holder's tenure, no part of the post's name. */
const TENURE_AFTER_TITLE = /[ \t]+yang[ \t]+(lama|baru)$/;

/** Capitalised words, "dan" between them, closed by punctuation or a word in lower case: a title's unlisted field. */
const CAPITALISED_FIELD_AT = /(?:[ \t]+(?:dan[ \t]+)?\p{Lu}[\p{Ll}\p{N}-]+)+(?=[ \t]*[,.;:)]|[ \t]+\p{Ll})/uy;

/** Whether the story has a one-word name say something ("tutur Kartini", "Kartini mengatakan"). */
function namedAsSpeaker(text: string, word: string): boolean {
  const name = escapeRegExp(word);
  return new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERB_SOURCE})[ \\t]+${name}(?![\\p{L}])|(?<![\\p{L}])${name}[ \\t]+(?:${REPORTING_VERB_SOURCE})(?![\\p{L}])`, 'u').test(text);
}

/** "yakni" or "yaitu" (namely) after a title, a comma before it or not. */
const EXAMPLES_AFTER_TITLE = /^[ \t]*,?[ \t]*(?:yakni|yaitu)[ \t]+(?=\p{Lu})/u;

/** "berinisial SB" after a title's words: the holder is named by initials only. */
const INITIALS_AFTER = /^[ \t]*,?[ \t]*(?:ber)?inisial[ \t]/;

/** An honorific or a rank right after a comma: the name after it is a person's for sure ("dr.", "Hj.", "AKP"). */
const MARKED_NAME_AFTER_COMMA = new RegExp(`^,[ \\t]*(?:${NAME_HONORIFIC}[ \\t]|(?:${buildAlternation(RANKS)})${WORD_END})`, 'u');

/** A unit of area right after a comma: ", Distrik Walelagama", ", Kecamatan Loa Janan". */
const AREA_AFTER_COMMA = new RegExp(`^,[ \\t]*(?:${AREA_UNIT_WORDS.join('|')})[ \\t]+\\p{Lu}`, 'u');
/** That unit and its name up to the next comma, and nothing else. */
const AREA_PART = new RegExp(`^,[ \\t]*(?:${AREA_UNIT_WORDS.join('|')})[ \\t]+\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2}[ \\t]*$`, 'u');

/**
 * A one-word "name" after a title that is the title's place ("Kepala Puskesmas Sempaja, dr. Rina Marlina"): a word
 * no name list holds, then a comma and a name marked by an honorific or a rank, or the unit of area the place lies in
 * and then a name; that name holds the title.
 */
function titlePlaceBeforeAppositive(text: string, name: Span): { place: Span; holder: Span } | null {
  const word = text.slice(name.start, name.end);
  // "Ketua BPD Jembayan Tengah, H. X": several words that name a known desa or kecamatan are a place too.
  const place = /\s/.test(word) ? isKnownPlaceName(word) : !isListedName(word);
  const marked = MARKED_NAME_AFTER_COMMA.test(text.slice(name.end, name.end + 12));
  // "Kepala Kampung Hitugi, Distrik Walelagama, Ance Wetipo": or the unit the place lies in follows its comma.
  const inArea = !marked && AREA_AFTER_COMMA.test(text.slice(name.end, name.end + 16));
  if (!place || (!marked && !inArea)) return null;
  const appositive = readAppositive(text, name.end);
  const afterArea = inArea && appositive !== null && AREA_PART.test(text.slice(name.end, appositive.comma));
  return appositive && (appositive.comma === name.end || afterArea) ? { place: name, holder: appositive.name } : null;
}

/** A short form in parentheses, letters only, then a comma: "(Penmad),". */
const SHORT_FORM_THEN_COMMA = /^[ \t]*\(\p{Lu}[\p{L} .]{1,18}\)[ \t]*,/u;

/** Honorifics, then two to five capitalised words closed by a comma: a name set off by commas after a title. */
const COMMA_DELIMITED_NAME = new RegExp(`^${HONORIFICS_RUN}(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+){1,4})(?=[ \\t]*,)`, 'u');

/** Words that open a list of holders after a title: "masing-masing", "yakni", "yaitu", "antara lain". */
const LIST_INTRODUCER = /(?:^|[^\p{L}])(?:masing-masing|yakni|yaitu|antara lain|di antaranya)(?![\p{L}])/u;
/**
 * A verb between a title and a comma: a clause ("JPU dari Kejati Kaltim menghadirkan tiga saksi, ..."), so a name after
 * the comma is not the title's. A lower-case word with a verb's prefix (me-, ber-, ter-, di-), not "merangkap".
 */
const CLAUSE_VERB = /(?:^|[ \t])(?:(?!merangkap[ \t,])(?:me|ber|ter|di)\p{Ll}{4,}|said|says|told|stated|added|explained)(?=[ \t,])/u;

/** An acting mark opening an appositive name: "Plt. ", "Plh ". */
const ACTING_AFTER_COMMA = new RegExp(`^${SHORT_ACTING_MARK}[ \\t]+(?=\\p{Lu})`, 'u');

/** A comma after a name, with degrees and their commas before it or not: ", ", ", S.STP., M.Si., ". */
const DEGREES_THEN_COMMA = new RegExp(`^${DEGREES_AFTER_NAME}[ \\t]*,[ \\t]+(?:(?:a|an|the)[ \\t]+)?`, 'u');

/** A word for a relative right before a title: the title is the relative's ("istri Gubernur", "putra Bupati"). */
const RELATIVE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${RELATIVE_WORDS.join('|')})[ \\t]+$`, 'iu');

/** "Bendesa Adat Tegallalang", "Kelian Adat Sidemen": the head of a customary village, and the village's name. */
const CUSTOMARY_VILLAGE_HEAD = /^(?:Bendesa|Kelian|Klian)[ \t]+Adat[ \t]+(\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*){0,2})$/u;

/** The customary village ("Desa Adat Tegallalang") a title of its head names, where the text names it as a body. */
function customaryVillageOf(title: string, orgHits: readonly OrgHit[]): OrgHit | null {
  const village = CUSTOMARY_VILLAGE_HEAD.exec(title.replace(/\s+/g, ' ').trim())?.[1];
  return village ? (orgHits.find((o) => o.base === `Desa Adat ${village}`) ?? null) : null;
}

/** Units that sit inside another body: a bureau in a secretariat, a technical unit in a Dinas. */
const SEATED_UNIT = /^(?:Biro|UPTD|UPT|Bagian|Balai|Badan Anggaran)[ \t]/;
/** A national agency's station, named before the agency ("Kepala Stasiun Geofisika Palu BMKG"). */
const AGENCY_STATION = /^Stasiun[ \t]/;

/** Capitalised words (no initials) and short forms in parentheses, up to a comma or a sentence's end: a body's name. */
const UNLISTED_BODY_RUN = /^(?:[ \t]+(?:\p{Lu}[\p{L}-]+|\([A-Za-z]{2,12}\)))+(?=[ \t]*(?:,|\.(?:\s|$)))/u;

/** A possessive pronoun closing a title ("Direktur Utama kami"). */
const TRAILING_PRONOUN = /[ \t]+(?:kami|kita|saya|mereka|Anda)$/u;

/** Words between a name and the title its holder takes: "sebagai", "selaku", "dilantik menjadi", "yang juga". */
const HOLDER_CONNECTORS =
  'sebagai|selaku|(?:hadir|bertindak|tampil)[ \\t]+(?:selaku|sebagai)|yang juga(?:[ \\t]+menjabat(?:[ \\t]+sebagai)?)?|yang menjabat(?:[ \\t]+sebagai)?|yang[ \\t]+(?:kini|sekarang|saat[ \\t]+ini|sehari-hari)[ \\t]+(?:menjadi|menjabat(?:[ \\t]+sebagai)?)|yang merupakan|who[ \\t]+is(?:[ \\t]+(?:also|now|currently))?|who[ \\t]+(?:also[ \\t]+|now[ \\t]+)?serves[ \\t]+as|(?:kini[ \\t]+)?(?:dilantik|ditunjuk|diangkat|ditetapkan|dipindahkan|dimutasi|dirotasi)[ \\t]+(?:sebagai|menjadi)|menjadi';
/** The last words of the holder's connectors: a cheap test before the pattern. */
const HOLDER_LAST_WORD = new Set(['sebagai', 'selaku', 'juga', 'merupakan', 'menjadi', 'menjabat', 'is', 'also', 'now', 'currently', 'as']);
/** A holder's connector right before a title: the title is the name's before it, whatever name may follow it. */
const HOLDER_CONNECTOR_BEFORE = new RegExp(`[\\p{L}.],?[ \\t]+(?:${HOLDER_CONNECTORS})[ \\t]+$`, 'u');

/** One or two capitalised words, then an honorific that opens a name: "Batulicin Hj. ". */
// "Bendesa Adat Panjer I Wayan Jaya Sujana": so does a Balinese name's "I" or "Ni" before a Balinese name word.
const SEAT_BEFORE_HONORIFIC = new RegExp(
  `^(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+)?)[ \\t]+(?=${NAME_HONORIFIC}[ \\t]+\\p{Lu}|(?:I|Ni)[ \\t]+(?:${[...BALINESE_NAME_WORDS].join('|')})(?![\\p{L}]))`,
  'u',
);

/**
 * A name (its degrees after it), then a comma or "sebagai" / "selaku" / "yang juga" right before a title (the text
 * before ends here).
 */
// "X, kerabat keraton yang kini menjabat ...": after a comma, a lower-case word or three for the person may stand before
// the connector.
const NAME_BEFORE_TITLE = new RegExp(
  `${WORD_START}(${NAME_TOKEN_SOURCE}(?:[ \\t]+${NAME_TOKEN_SOURCE}){0,3})${DEGREES_AFTER_NAME}(?:[ \\t]*,[ \\t]*|[ \\t]*,?[ \\t]+(?:(?:sendiri|pun|juga)[ \\t]+)?(?:${HOLDER_CONNECTORS})[ \\t]+|[ \\t]*,[ \\t]*(?:\\p{Ll}+[ \\t]+){1,3}?(?:${HOLDER_CONNECTORS})[ \\t]+)$`,
  'u',
);

/** A possessive, then up to three words in lower case, right before a title: "SBM's ", "Pertamina's corporate ". */
const OWNER_BEFORE = /(?:['’]s|s['’])[ \t]+(?:\p{Ll}+[ \t]+){0,3}$/u;
/** "the OJK's ", "the company's ": an article, a body's name and its possessive, right before a title. */
const POSSESSIVE_BODY_BEFORE = /[Tt]he[ \t]+(?:\p{Lu}[\p{L}\p{N}&.-]*[ \t]+){0,5}\p{Lu}[\p{L}\p{N}&.-]*['’]s[ \t]+$/u;

/**
 * A clause on a former post, then an appointment's verb, right before a title: ", yang selama ini X, dilantik sebagai ";
 * or a move from the former post: " bergeser dari Sekretaris Dinas Kesehatan menjadi ".
 */
const APPOINTED_AFTER_CLAUSE =
  /(?:,[ \t]*yang[ \t]+[^,.;"“”\n]{3,100},[ \t]*((?:kini[ \t]+)?(?:dilantik|ditunjuk|diangkat|ditetapkan|dipindahkan|dimutasi|dirotasi)[ \t]+(?:sebagai|menjadi)[ \t]+)|[ \t]+(?:bergeser|berpindah|beralih|digeser|dipindah|dirotasi|dimutasi)[ \t]+dari[ \t]+[^,.;"“”\n]{3,100}?[ \t]+(menjadi[ \t]+))$/;

/** The person named right before a title that no name follows ("Bahlil Lahadalia, Menteri ESDM, mengatakan"). */
function readNameBefore(text: string, titleStart: number, beforeConnector = false): Span | null {
  // "Nius Asso, S.Sos., yang selama ini Kepala Bidang ..., dilantik sebagai Kepala Satpol PP": a clause on the former
  // post between the name and the appointment is read past, as if the name stood right before "dilantik sebagai".
  const clause = APPOINTED_AFTER_CLAUSE.exec(text.slice(Math.max(0, titleStart - 200), titleStart));
  const base = Math.max(0, titleStart - (clause ? 200 : 80));
  const probe = clause ? `${text.slice(base, titleStart - clause[0].length)} ${(clause[1] ?? clause[2])!}` : text.slice(base, titleStart);
  const m = NAME_BEFORE_TITLE.exec(probe);
  if (!m) return null;
  // "Sekda Syaiful Bahri, selaku Ketua ...": the run may open with a title's word; the name is the rest of it.
  const runEnd = base + m.index + m[1]!.length;
  let start = base + m.index;
  // "Kepala Bappenas Bambang Susantono, yang kini ...": so may a title's body; before a holder's connector ("Adapun
  // Nurul Aini dilantik sebagai ..."), so may a word that opens a clause.
  const opensWithTitle = (word: string): boolean => TITLE_BY_FORM.has(word) || AGENCY_BY_FORM.has(word) || (beforeConnector && NAME_STOPWORDS.has(word));
  const opens = start;
  while (start < runEnd && opensWithTitle(/^\S+/.exec(text.slice(start, runEnd))![0])) {
    start = text.indexOf(' ', start) + 1 || runEnd;
  }
  // "Camat Citangkil Tubagus Rizki Maulana dilantik sebagai ...": the place a title names goes with the title.
  const placeWord = start > opens || TITLE_BY_FORM.has(wordBefore(text, start)) ? /^(\S+)[ \t]+\S+[ \t]+\S/.exec(text.slice(start, runEnd))?.[1] : undefined;
  if (placeWord && !isListedName(placeWord) && (isKnownPlaceName(placeWord) || regencyOfDistrict(placeWord) !== undefined)) start += placeWord.length + 1;
  const name = start < runEnd ? readName(text, start) : null;
  if (!name || name.end !== runEnd) return null;
  const value = text.slice(name.start, name.end);
  // A place or a lone unlisted word before the title is no person ("Di Samarinda, Wali Kota ...").
  // A lone word no name list holds is a person's only as the short form of a name written before ("Gregorius hadir
  // selaku Ketua Satgas" after "Menteri Investasi Gregorius Tanuwijaya").
  const shortForm = (): boolean => new RegExp(`(?<![\\p{L}])${escapeRegExp(value)}[ \\t]+\\p{Lu}\\p{Ll}`, 'u').test(text.slice(0, name.start));
  if (matchRegionAt(text, name.start) || COUNTRY_BY_FORM.has(value) || (!value.includes(' ') && !isListedName(value) && !shortForm())) return null;
  // "Dalam sambutannya di Kedaton, Sultan meminta ...": after a locative the words name where, no holder.
  if (LOCATIVE_BEFORE_NAME.test(text.slice(Math.max(0, name.start - 6), name.start))) return null;
  // "di Dusun Kleben, Kepala Dusun Kleben": nor a unit's or a place's name.
  const head = value.split(/[ \t]/)[0]!;
  return AREA_UNIT_KIND[head] || PLACE_HEAD_FIRST_WORDS.has(head) ? null : name;
}

/** After a village's name: "dan", or a word in lower case that is no verb of saying ("pekan depan", "di Masohi"). */
// "Kepala Desa Ngargoloka saat ini, X": a comma after the lower-case words sets the holder's name off; "village head
// Sumarlan said": an English verb of saying follows a holder.
const VILLAGE_NAME_ENDS = new RegExp(`^[ \\t]+(?:dan[ \\t]|(?!(?:${REPORTING_VERB_SOURCE}|${NAME_SAID}|juga|pun|yang|sebagai|selaku)(?![\\p{L}]))\\p{Ll}(?![^,\\n]{0,20},))`, 'u');

/** A locative right before a word ("di ", "ke ", "dari "). */
const LOCATIVE_BEFORE_NAME = /(?:^|[^\p{L}])(?:di|ke|dari)[ \t]+$/u;

/** Words that join two titles of one holder ("CEO sekaligus Presiden Recording Academy"). */
const TITLE_JOINERS = new Set(['sekaligus', 'merangkap', 'dan', 'serta', 'juga']);

/**
 * Whether a gap between a title and a body opens another title in a clause of its own: "Pj Wali Kota Samarinda tidak
 * hadir dan diwakili Kabag Prokompim Setda": the name after the body is the second title's.
 */
function opensAnotherTitle(gap: string): boolean {
  for (const m of allMatches(TITLE_RE, gap)) {
    const before = /(\p{Ll}+)[ \t]+$/u.exec(gap.slice(0, m.index))?.[1];
    if (before && !TITLE_JOINERS.has(before)) return true;
  }
  return false;
}

/**
 * Whether capitalised words after a title are followed by "pada" and a body: "Kepala UPTD Tahura Bukit Soeharto pada
 * Dinas Kehutanan Kaltim, X" names the unit the title heads, no one; the holder comes after that body.
 */
function namesUnitOfBody(text: string, name: Span, orgHits: readonly OrgHit[]): boolean {
  const onBody = /^[ \t]+pada[ \t]+/.exec(text.slice(name.end, name.end + 8));
  return onBody !== null && orgHits.some((o) => o.start === name.end + onBody[0].length);
}

/**
 * A long title that ends in an organization, then the name: "Kasubdit Kasasi ... Mahkamah Agung Andri Sutrisna",
 * "Ketua Umum Gaikindo periode 2016-2019 Johannes Nangoi", "Kasubdit IV ... Polda Lampung, AKBP Ferdiyan Fahmi".
 */
function readNameAfterOrg(
  text: string,
  from: number,
  orgHits: readonly OrgHit[],
  earliest = from,
): { org: OrgHit; name: Span } | null {
  const limit = Math.min(sentenceEnd(text, from), from + TITLE_ORG_WINDOW);
  for (const org of orgHits) {
    // `earliest` lets a body begin inside the title ("Kepala Dinas" + "Dinas Koperasi, UMKM dan Perindustrian").
    if (org.start < earliest || org.end <= from || org.end > limit) continue;
    if (/[,;:()"“”]/.test(text.slice(from, org.start).replace(/\([^()]{1,30}\)/g, ''))) continue;
    // "Gubernur Kaltim melalui Kepala Dispora X": the name after "melalui" is the staff's, not the head's.
    if (/(?:^|[ \t])melalui[ \t]/.test(text.slice(from, org.start))) continue;
    // "Pj Wali Kota Samarinda tidak hadir dan diwakili Kabag ...": a sentence between them; the title named no one.
    if (opensAnotherTitle(text.slice(from, org.start))) continue;
    const gap = /^(?:[ \t]+periode[ \t]+[\d/–-]+)?[ \t]*,?[ \t]+/.exec(text.slice(org.end, org.end + 40));
    if (!gap) continue;
    const read = readName(text, org.end + gap[0].length);
    // "Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan Belawan Capt. Budi": the seat's word before an honorific is
    // the body's, and the holder's name follows the honorific.
    const seatRun = read ? SEAT_BEFORE_HONORIFIC.exec(text.slice(read.start, read.start + 40)) : null;
    const seat = seatRun && (isKnownPlaceName(seatRun[1]!) || matchRegionAt(text, read!.start)) ? seatRun : null;
    const name = seat ? readName(text, read!.start + seat[0].length) : read;
    // "SKK Migas Kalimantan dan Sulawesi": an island, a group of regions or a country after the body is the area it serves.
    const value = name ? text.slice(name.start, name.end) : '';
    // "Kepala Biro Kesra Setda Kaltim, H. X": a second body after the first is no name either; nor is an item of the
    // body's own list of fields ("Federasi Serikat Pekerja Tekstil, Sandang dan Kulit").
    if (name && (orgHits.some((o) => o.start < name.end && o.end > name.start) || isFieldListItem(text, name))) continue;
    if (name && namesUnitOfBody(text, name, orgHits)) continue;
    if (name && endsName(text, name.end) && !matchRegionAt(text, name.start) && !WIDE_AREA_BY_FORM.has(value) && !COUNTRY_BY_FORM.has(value)) return { org, name };
  }
  return null;
}

/** Whether a country's name follows `end` after spaces ("Raja| Yordania"). */
function countryAfter(text: string, end: number): boolean {
  const gap = matchAt(SPACES, text, end);
  return gap !== null && matchAt(COUNTRY_AT, text, end + gap[0].length) !== null;
}

/** Whether the text names a title with its country somewhere ("Raja Yordania", "PM Jepang"). */
function namesCountryTitle(text: string, title: string): boolean {
  for (let at = text.indexOf(`${title} `); at !== -1; at = text.indexOf(`${title} `, at + 1)) {
    if (countryAfter(text, at + title.length)) return true;
  }
  return false;
}

/** A story about a sultanate or a reigning sultan: there "Sultan Adiwangsa" is the sultan again. */
const SULTANATE_STORY = /Kesultanan|Sultan[ \t]+(?:Aji|Hamengku)(?![\p{L}])/u;

/**
 * Whether "Sultan" ending at `end` is a title: his realm (a region, a sultanate) or a reigning name follows, or the
 * story is about a sultanate.
 */
function isSultanTitleAt(text: string, end: number): boolean {
  if (SULTAN_NAME_OPENER.test(text.slice(end, end + 12)) || SULTANATE_STORY.test(text)) return true;
  const at = end + (/^[ \t]+/.exec(text.slice(end, end + 4))?.[0].length ?? 0);
  return matchRegionAt(text, at) !== null;
}

/**
 * A title in lower case right after a holder's connector, a body's capitalised name after it: "X, yang kini menjadi
 * anggota Dewan Pengarah OIKN", "Y sebagai ketua Panitia Khusus". Elsewhere "anggota" and "ketua" name no office.
 */
const LOWER_HOLDER_TITLES = 'anggota|ketua|wakil ketua|kepala|direktur|sekretaris';
const LOWER_TITLE_AFTER_HOLDER = new RegExp(
  `(?<=[\\p{L}.],?[ \\t]+)(?:${HOLDER_CONNECTORS})[ \\t]+(?:(${LOWER_HOLDER_TITLES})(?=[ \\t]+\\p{Lu})|(?:wakil[ \\t]+)?(direktur utama)(?![\\p{L}]))`,
  'gu',
);
/** The cheap test before that pattern (no Unicode classes: a third faster): a connector's last word, then such a title. */
const LOWER_TITLE_AFTER_CONNECTOR = new RegExp(
  `(?:menjadi|menjabat|sebagai|selaku|juga)[ \\t]+(?:(?:${LOWER_HOLDER_TITLES})[ \\t]+[A-Z]|(?:wakil[ \\t]+)?direktur utama)`,
);

/** The title forms found, with the lower-case titles after a holder's connector among them, in text order. */
function withLowerTitlesAfterHolder(text: string, forms: RegExpExecArray[]): RegExpExecArray[] {
  if (!LOWER_TITLE_AFTER_CONNECTOR.test(text)) return forms;
  const lower: RegExpExecArray[] = [];
  for (const m of allMatches(LOWER_TITLE_AFTER_HOLDER, text)) {
    const title = m[1] ?? m[2]!;
    lower.push(titleFormAt(text, title, m.index + m[0].length - title.length));
  }
  return withFormsAdded(forms, lower);
}

/** A title form read apart from the title pattern, shaped as that pattern's match. */
function titleFormAt(text: string, title: string, at: number): RegExpExecArray {
  return Object.assign([title], { index: at, input: text, groups: undefined }) as RegExpExecArray;
}

/** The title forms found, with forms read apart among them, in text order. */
function withFormsAdded(forms: RegExpExecArray[], added: RegExpExecArray[]): RegExpExecArray[] {
  return added.length === 0 ? forms : [...forms, ...added].sort((a, b) => a.index - b.index);
}

/** "anggota" in lower case, then spaces: a member's word that may open a title. */
const LOWER_MEMBER = /(?<![\p{L}])anggota[ \t]+/gu;

/**
 * The title forms found, with "anggota" in lower case right before a government body among them: "anggota KPU Nias
 * Selatan X", "anggota DKPP, X" name a member of a state body, an official. Elsewhere "anggota" names no office
 * ("anggota keluarga", "anggota koperasi"), and a member of a legislature's organ is the house's ("anggota Banggar").
 */
function withMembersOfGovernmentBodies(text: string, forms: RegExpExecArray[], orgStarts: ReadonlyMap<number, OrgHit>): RegExpExecArray[] {
  const taken = new Set(forms.map((m) => m.index));
  const members: RegExpExecArray[] = [];
  for (const m of allMatches(LOWER_MEMBER, text)) {
    const body = orgStarts.get(m.index + m[0].length);
    if (!body?.government || LEGISLATURE_BODY_AT.test(body.base) || taken.has(m.index)) continue;
    members.push(titleFormAt(text, 'anggota', m.index));
  }
  return withFormsAdded(forms, members);
}

/**
 * People introduced by a title; `unheld` collects the spans of titles that name no one ("Pangdam VI/Mulawarman
 * hadir", "Kepala Dusun Sidomulyo mengatakan"), whose words are no one's name either.
 */
function findTitledHits(text: string, orgHits: readonly OrgHit[], home: RegionEntry | null, unheld: UnheldTitle[] = []): PersonHit[] {
  const orgStarts = new Map(orgHits.map((h) => [h.start, h]));
  // A governor's interview datelined in the capital: "Sekretaris Daerah" is the province's, as its bare units are.
  const unitHome = bareUnitHome(text, orgHits, home);
  const provinceStory = unitHome !== home ? unitHome : null;
  const hits: PersonHit[] = [];
  // The last title read, opening mark to complement's end: an office before "selaku" belongs to the duty's holder.
  let lastRead: (Span & { entry: TitleEntry; region: RegionEntry | null }) | undefined;
  for (const m of withMembersOfGovernmentBodies(text, withLowerTitlesAfterHolder(text, findTitleForms(text)), orgStarts)) {
    if (NOT_A_TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "Jaksa Penuntut Umum (JPU) Kejari X", "Kepala Seksi Pidana Khusus (Kasi Pidsus)": a title's short form in
    // parentheses belongs to the title before it.
    if (text[m.index - 1] === '(' && /^[^()\n]{0,24}\)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 26))) continue;
    // "Deni Hakim Anwar", "Lukman Hakim": after a capitalised name word the word is part of the name.
    if (TITLES_IN_NAMES.has(m[0]) && /[A-Z][a-z]+[ \t]+$/.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "Sultan Rivandi" is a given name; "Sultan Kutai Kartanegara Ing Martadipura", "Sultan Aji Muhammad Arifin" a title.
    if (m[0] === 'Sultan' && !isSultanTitleAt(text, m.index + m[0].length)) continue;
    // "Raja Yordania Talal II", "PM Jepang": a monarch's or premier's title before the country; "Raja Juli Antoni",
    // "Ratu Tisha" are names, "PM 2,5" a measure.
    // A story that names "Raja Yordania Talal II" may call him "Raja Talal II" after.
    if (COUNTRY_TITLES.has(m[0]) && !countryAfter(text, m.index + m[0].length) && !namesCountryTitle(text, m[0])) continue;
    // "Ketua DPD Golkar": the chair of a party's regional board, not of the Dewan Perwakilan Daerah ("anggota DPD
    // Golkar" holds no title).
    const pointsBack = m[0].endsWith('nya') && !TITLE_BY_FORM.has(m[0]) ? 'nya'.length : 0;
    const form = m[0].endsWith(' DPD') && isPartyBoard(text, m.index + m[0].length) ? m[0].slice(0, -4) : m[0].slice(0, m[0].length - pointsBack);
    const entry = TITLE_BY_FORM.get(form) ?? TITLE_BY_FORM.get(capitalize(form));
    if (!entry) continue;
    const titleEnd = m.index + form.length + pointsBack;
    // "Wakil Kepala Otorita IKN", "Wakil Direktur RSUD": a deputy's word opens the title (the titles list holds only
    // the deputies with a title of their own, "Wakil Bupati").
    const deputy = DEPUTY_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index))?.[1] ?? '';
    // "Plh Sekda Balikpapan", "Plt Kepala Dinas": an acting holder's mark opens the title.
    const acting = ACTING_BEFORE.exec(text.slice(Math.max(0, m.index - deputy.length - 34), m.index - deputy.length))?.[1] ?? '';
    // "mantan Kepala Dinas Pendidikan Kutai Timur": the title stays with its mark; the office is no longer held.
    const marked = deputy.length + acting.length;
    const former = FORMER_BEFORE.exec(text.slice(Math.max(0, m.index - marked - 10), m.index - marked))?.[1] ?? '';
    const opens = m.index - marked - former.length;
    // "istri Sekda Provinsi Kaltim, ..., Ny. X": the title is a relative's; only a name right after it holds it
    // ("istri Gubernur Kaltim Rudi Hartawan Lubis").
    const relative = RELATIVE_BEFORE.test(text.slice(Math.max(0, opens - 12), opens));
    // "Mayor Inf Teddy": a title that is also a rank is the rank where a corps follows (findLeadWordHits reads it).
    if (RANKS.has(m[0]) && CORPS_AFTER.test(text.slice(titleEnd, titleEnd + 12))) continue;
    const comp = readComplement(text, titleEnd, entry, orgStarts);
    // "Sekretaris Daerah Kota Balikpapan selaku Ketua TAPD Muhaimin Jufri": the office is the holder's too, and the
    // title runs from it ("selaku" splits it into office and duty later).
    const office = lastRead && opens - lastRead.end <= 16 && DUTY_GAP.test(text.slice(lastRead.end, opens)) ? lastRead : undefined;
    lastRead = { start: opens, end: comp.end, entry, region: comp.region };
    const articled = LOWER_ENGLISH_TITLE_RE.test(m[0]) ? articledTitle(text, m.index, titleEnd, orgHits) : null;
    // "Ahmad Muzakkir sebagai Kepala Dinas Kesehatan Kaltim, Sri Wahyuni sebagai ...": after "sebagai" the holder is
    // the name before the title; a name after it is the next holder's, not this one's.
    const lead = text.slice(Math.max(0, opens - 30), opens);
    const holder = HOLDER_LAST_WORD.has(lead.trimEnd().slice(lead.trimEnd().lastIndexOf(' ') + 1)) && HOLDER_CONNECTOR_BEFORE.test(lead) ? readNameBefore(text, opens, true) : null;
    // "Direktur Utama: Gusti Randa Permana": a list of posts, one a line, names the holder after a colon.
    const colon = comp.nameAt === comp.end && LINE_OPENS_BEFORE.test(text.slice(Math.max(0, opens - 40), opens)) ? POST_COLON.exec(text.slice(comp.end, comp.end + 24)) : null;
    // "hakim agung Hari Sugiharto Wiyono": right after a title, bare or not, a name may open with "Hari".
    let name = readName(text, comp.nameAt + (colon?.[0].length ?? 0), comp.rank !== null, true);
    // "Pemimpin Cabang Bank Kalsel Batulicin Hj. Rahmi Hayati Noor": an honorific after a word or two read as a name
    // opens the holder's name; the words before it are the title's (the branch's seat).
    const seatBeforeHonorific = name && !colon ? SEAT_BEFORE_HONORIFIC.exec(text.slice(name.start, name.start + 40)) : null;
    const heldAfterSeat = seatBeforeHonorific ? readName(text, name!.start + seatBeforeHonorific[0].length, false, true) : null;
    if (heldAfterSeat) {
      comp.end = name!.start + seatBeforeHonorific![1]!.length;
      name = heldAfterSeat;
    }
    // "Posisi Kepala Bappeda kini diisi Hanifah Nurlaela", "Camat Citangkil dijabat Rina Marlina": a post (a place it
    // names or not), then who fills it.
    const filledAt = colon ? null : matchAt(FILLED_BY_AT, text, comp.end);
    // The words before the verb were read as a name ("Citangkil"): they are the post's.
    const filled = filledAt && (!name || name.end === comp.end + filledAt[1]!.length) ? filledAt : null;
    if (filled) name = readName(text, comp.end + filled[0].length, false, true);
    // "Sultan Kutai Kartanegara Ing Martadipura, Sultan Aji Muhammad Adiwangsa", "Gubernur DIY Sultan Hamengku Buwono X":
    // the sultan's title opens the name after another title.
    const againAt = comp.nameAt + (/^[ \t]*,?[ \t]*/.exec(text.slice(comp.nameAt, comp.nameAt + 6))?.[0].length ?? 0);
    const again = !name && text.startsWith('Sultan', againAt) ? SULTAN_NAME_OPENER.exec(text.slice(againAt + 6, againAt + 18)) : null;
    if (again) name = readName(text, againAt + 6 + again[0].length - again[0].trimStart().length, false, true);
    // "Camat Citangkil dijabat Rina Marlina": the place the post names goes with the title.
    let titleText = text.slice(opens, comp.end) + (colon?.[1] ?? '') + (filled?.[1] ?? '');
    // "Managing Director Danantara Asset Management Hendrawan Jatmiko": English words of the body's name the title runs
    // into, before a listed given name, are the title's, no part of the name.
    const nameWords = name && !colon ? text.slice(name.start, name.end).split(/([ \t]+)/) : [];
    let bodyWords = 0;
    const bodyWord = (w: string): boolean => w.length > 3 && isEnglishWord(w) && !isListedName(w) && !NAME_OPENERS.has(w);
    while (bodyWords + 4 < nameWords.length && bodyWord(nameWords[bodyWords]!)) bodyWords += 2;
    // "Direktur Pengembangan Proyek Ignatius Raka Prabowo": one Indonesian word of a field no name list holds, before a
    // listed given name and a name of two words or more, is the title's.
    const fieldWord = nameWords[0] ?? '';
    if (bodyWords === 0 && nameWords.length >= 5 && entry.kind === 'executive' && !isListedName(fieldWord) && isDictionaryWord(fieldWord.toLowerCase()) && isListedName(nameWords[2]!)) bodyWords = 2;
    // Two such words at least ("Harvey Lukman Kusnadi" keeps the one).
    if ((bodyWords > 2 || (bodyWords === 2 && !isEnglishWord(fieldWord))) && isListedName(nameWords[bodyWords]!)) {
      titleText = text.slice(opens, name!.start + nameWords.slice(0, bodyWords - 1).join('').length);
      name = { start: name!.start + nameWords.slice(0, bodyWords).join('').length, end: name!.end };
    }
    // "Pj Kepala Desa Kartini Dewi Handayani ... tutur Kartini": a desa's name the story uses as the holder's own name
    // opens the name; the title names no desa.
    const areaWord = comp.area ? text.slice(comp.area.start, comp.area.end) : '';
    if (comp.area && name && comp.area.end === comp.end && !/\s/.test(areaWord) && namedAsSpeaker(text, areaWord)) {
      name = readName(text, comp.area.start);
      titleText = text.slice(opens, comp.area.start).trimEnd();
      comp.area = null;
    }
    // "Kepala Desa Oenlasi Marthen Tanesib": after an area head's title that read no area, one unlisted word that is
    // no word of the language, before a listed given name and one more word, is the desa's name, no part of the holder's.
    const unreadArea = entry.area && !comp.area && !holder && name && comp.words.length === 0 ? /^(\p{Lu}\p{Ll}+)[ \t]+(?=(\p{Lu}\p{Ll}+)[ \t]+\p{Lu})/u.exec(text.slice(name.start, name.end)) : null;
    if (unreadArea && !isListedName(unreadArea[1]!) && !isDictionaryWord(unreadArea[1]!.toLowerCase()) && isListedName(unreadArea[2]!)) {
      comp.area = { start: name!.start, end: name!.start + unreadArea[1]!.length };
      titleText = text.slice(opens, comp.area.end);
      name = { start: name!.start + unreadArea[0].length, end: name!.end };
    }
    if (holder) {
      // "Fikri Alamsyah sebagai CTO Warungin": one unlisted word after the title is its body, no person; so is the rest
      // of a body the title runs into ("sebagai Kepala Dinas Sosial.").
      const word = name && !/\s/.test(text.slice(name.start, name.end)) && !isListedName(text.slice(name.start, name.end));
      const body = orgHits.find((o) => o.start >= opens && o.start < comp.end && o.end > comp.end);
      // "sebagai Camat Loa Kulu": a region after the title is its place, kept in the title.
      const place = name && (matchRegionAt(text, name.start)?.end === name.end || isKnownPlaceName(text.slice(name.start, name.end)));
      // "selaku Ketua Panitia Khusus (Pansus) Tata Kelola Desa,": a body no list holds runs on to the clause's comma.
      const unlisted = word ? UNLISTED_BODY_RUN.exec(text.slice(name!.end, name!.end + 80)) : null;
      if (word || place) titleText = text.slice(opens, name!.end + (unlisted?.[0].length ?? 0));
      else if (body) titleText = text.slice(opens, body.end);
      // "Gregorius hadir selaku Ketua Satuan Tugas Percepatan Hilirisasi.": the capitalised words after the title are
      // the body it names, no one's name.
      else if (comp.words.length === 0) titleText = text.slice(opens, comp.end + (matchAt(CAPITALISED_FIELD_AT, text, comp.end)?.[0].length ?? 0));
      name = holder;
    }
    // "Danlanud Dhomber memastikan": after a commander's title, one word no name list holds, then a verb, is the unit's
    // name (Lanud Dhomber); the title names no one.
    const unitWord = name && (entry.kind === 'military' || entry.kind === 'police') && comp.words.length === 0 && !comp.rank ? text.slice(name.start, name.end) : '';
    if (unitWord && !/\s/.test(unitWord) && !isListedName(unitWord) && /^[ \t]+\p{Ll}/u.test(text.slice(name!.end, name!.end + 3))) {
      unheld.push({ start: opens, end: name!.end, title: text.slice(opens, name!.end), entry, region: comp.region, org: null });
      continue;
    }
    // "mempertemukan Raja Negeri Wailatu dan Raja Negeri Ranasela", "Kepala Desa Oenlasi dan ...": after the title of a
    // village's head, one word no name list or dictionary holds, then "dan" or a word in lower case that is no verb of
    // saying, is the village's name; the title names no one ("Kades Oenlasi mengatakan" may name the head).
    const villageWord = name && (entry.area || entry.title === 'Raja Negeri') && comp.words.length === 0 && !holder ? text.slice(name.start, name.end) : '';
    if (villageWord && !/\s/.test(villageWord) && !isListedName(villageWord) && !isDictionaryWord(villageWord.toLowerCase()) && VILLAGE_NAME_ENDS.test(text.slice(name!.end, name!.end + 24))) {
      unheld.push({ start: opens, end: name!.end, title: text.slice(opens, name!.end), entry, region: comp.region, org: null });
      continue;
    }
    // "Mantan Kepala Desa Sei Pitung Jaya berinisial SB": the holder is named by initials; the words before them are
    // the title's (its place), no one's name.
    if (name && INITIALS_AFTER.test(text.slice(name.end, name.end + 14))) {
      unheld.push({ start: opens, end: name.end, title: text.slice(opens, name.end), entry, region: comp.region, org: null });
      continue;
    }
    // "Menteri Bahlil, Sri Mulyani dan Airlangga": a list of names after one title; each holds it (below), and the
    // first's name ends before the list's comma.
    // "Dua hakim konstitusi, yakni A dan B": the title's holders named after "yakni" / "yaitu", two or more.
    const namedAfter = !name && !holder ? EXAMPLES_AFTER_TITLE.exec(text.slice(comp.nameAt, comp.nameAt + 16)) : null;
    const firstNamed = namedAfter ? readName(text, comp.nameAt + namedAfter[0].length) : null;
    const secondGap = firstNamed ? /^[ \t]*,?[ \t]+(?:dan|serta)[ \t]+/.exec(text.slice(firstNamed.end, firstNamed.end + 12)) : null;
    const secondNamed = firstNamed && secondGap ? readName(text, firstNamed.end + secondGap[0].length) : null;
    if (firstNamed) name = firstNamed;
    const listed = secondNamed
      ? [secondNamed]
      : name && (comp.words.length > 0 || !isFieldWord(text.slice(name.start, name.end))) ? namesListedAfter(text, name.end) : null;
    if (!listed && name && !endsName(text, name.end)) name = null;
    // "Kepala Puskesmas Sempaja, dr. Rina Marlina,": one word no name list holds, a comma, then a name with an
    // honorific or a rank: the word is the title's place or facility, and the name after the comma holds the title.
    // "Ketua BPD Jembayan Tengah, H. X": after the title's body too, a known desa's name is its place.
    const placeWord =
      name && !holder && (comp.words.length === 0 || isKnownPlaceName(text.slice(name.start, name.end))) ? titlePlaceBeforeAppositive(text, name) : null;
    if (placeWord) {
      titleText = text.slice(opens, placeWord.place.end);
      name = placeWord.holder;
    }
    // "Kepala Seksi Pendidikan Madrasah (Penmad), Endang Sulistyowati": one unlisted word and a short form in
    // parentheses, then a comma and a name: the word ends the title's field, and the name after the comma holds it.
    const wordBeforeShortForm = name && !holder && !placeWord ? text.slice(name.start, name.end) : '';
    const shortForm = wordBeforeShortForm && !/\s/.test(wordBeforeShortForm) && !isListedName(wordBeforeShortForm) ? SHORT_FORM_THEN_COMMA.exec(text.slice(name!.end, name!.end + 26)) : null;
    const fieldComma = shortForm ? name!.end + shortForm[0].length - 1 : -1;
    const heldAfterField = shortForm ? readAppositive(text, fieldComma) : null;
    if (heldAfterField && heldAfterField.comma === fieldComma) {
      titleText = text.slice(opens, fieldComma);
      name = heldAfterField.name;
    }
    // "Menteri Kehakiman untuk ...": a field of a ministry the list does not hold (a word of the dictionary), no name.
    if (name && entry.org === 'ministry' && comp.words.length === 0 && isFieldWord(text.slice(name.start, name.end))) name = null;
    // "Camat Parigi ,", "Gubernur Queensland dari 1910": the title's own place, no person after it.
    if (name && comp.words.length === 0 && isKnownPlaceName(text.slice(name.start, name.end))) name = null;
    // "Koordinator Distrik Lahore": a place's head word opens no name; the title's complement is the place.
    // "Kepala Dusun Sidomulyo mengatakan": nor does a unit word ("Dusun", "Desa", "Kampung").
    const nameHead = name ? text.slice(name.start, name.end).split(/[ \t]/)[0]! : '';
    // Where the title's words end: past such a "name", the title's own place.
    let titleWordsEnd = comp.end;
    if (name && (PLACE_HEAD_FIRST_WORDS.has(nameHead) || AREA_UNIT_KIND[nameHead])) {
      titleWordsEnd = name.end;
      name = null;
    }
    // "Ketua PPIH Embarkasi Lombok, H. Lalu Muhammad Amin": the "name" is the title's complement.
    if (name && isComplementBeforeHolder(text, name)) {
      titleWordsEnd = name.end;
      name = null;
    }
    // "Anggota Dewan mulai berdatangan", "Ketua Majelis": a body's head word alone is the title's body, no one.
    if (name && BODY_HEAD_WORDS.has(text.slice(name.start, name.end))) name = null;
    // "Kasubdit IV Renakta Ditreskrimum Polda Lampung, AKBP X": a body's name is never the person's.
    if (name && orgHits.some((o) => o.priority > 0 && name!.start < o.end && name!.end > o.start)) name = null;
    // A one-word "name" right after the title may be the start of a long title ("Kasubdit Kasasi dan ... MA Andri").
    const readAfterOrg = !name || !/\s/.test(text.slice(name.start, name.end)) || namesUnitOfBody(text, name, orgHits) ? readNameAfterOrg(text, titleEnd, orgHits, m.index) : null;
    const viaOrg = readAfterOrg && !isComplementBeforeHolder(text, readAfterOrg.name) ? readAfterOrg : null;
    let appositiveRank: string | null = null;
    if (viaOrg && (!name || viaOrg.name.start > name.end)) {
      name = viaOrg.name;
      titleText = text.slice(opens, viaOrg.org.end);
      // "Komandan Korem 091/ASN, Brigjen TNI Dendi Suryadi": the rank between the body and the name is the person's.
      const lead = text.slice(viaOrg.org.end, viaOrg.name.start).replace(/^[ \t]*,/, '').trim().replace(/\s+/g, ' ');
      if (lead && RANK_START.test(lead)) appositiveRank = lead;
    }
    if (!name && relative) continue;
    if (!name) {
      // "Dalam pertemuan dengan Gubernur Jawa Tengah di Gedung X, De Wijs menawarkan": after "dengan" the title is the
      // clause's object, and a name after its comma that a verb follows is the sentence's subject, no holder of it.
      const asObject = OBJECT_BEFORE_TITLE.test(text.slice(Math.max(0, opens - 12), opens));
      // "Menurut jaksa, Haryo menerima ...": a title in lower case with nothing after it that "menurut" opens ends the
      // clause at its comma; the name after opens the next one.
      const bareLower =
        /^\p{Ll}/u.test(text[opens] ?? '') && comp.words.length === 0 && ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, opens - 10), opens)) && !orgHits.some((o) => o.start >= opens && o.end <= comp.end);
      const found = bareLower ? null : readAppositive(text, comp.end);
      const appositive = found && asObject && /^[ \t]+\p{Ll}/u.test(text.slice(found.name.end, found.name.end + 3)) ? null : found;
      // "Bahlil Lahadalia, Menteri ESDM, ...", "Andi Harun selaku Wali Kota Samarinda": the title follows the name.
      // "Rita Widyasari, mantan Bupati Kukar,": the name stands before the holder's marks.
      // "Hendro Wicaksana Adiputra, the OJK's chief executive for ..., said": a body's possessive with its article
      // stands between the name's comma and the title.
      const possessiveLead = articled ? null : POSSESSIVE_BODY_BEFORE.exec(text.slice(Math.max(0, opens - 60), opens));
      // "Petrus Yanengga, the Mimika regional secretary, said": English sets the region or the body before the title,
      // and the article before them, after the name's comma.
      const regionLead = appositive || articled || possessiveLead || !ENGLISH_TITLE.test(m[0]) || comp.words.length > 0 || text[comp.end] !== ',' ? null : bodyOrRegionBefore(text, m.index, orgHits);
      const theLead = regionLead ? /(?<![\p{L}])the[ \t]+$/u.exec(text.slice(Math.max(0, regionLead.start - 5), regionLead.start))?.[0] : undefined;
      // "Chen Weiming, SBM's president director, said": so does a body's possessive, a field in lower case between or not.
      const ownerLead = appositive || articled || possessiveLead || !OWNER_BEFORE.test(text.slice(Math.max(0, opens - 40), opens)) ? null : companyBefore(text, opens, orgHits);
      const before = appositive
        ? null
        : (readNameBefore(text, opens - (articled?.article.length ?? possessiveLead?.[0].length ?? 0)) ??
          (theLead ? readNameBefore(text, regionLead!.start - theLead.length) : null) ??
          (ownerLead ? readNameBefore(text, ownerLead.start) : null));
      if (!appositive && !before) {
        const inside = orgHits.findLast((o) => o.start >= opens && o.end <= titleWordsEnd) ?? null;
        unheld.push({ start: opens, end: titleWordsEnd, title: text.slice(opens, titleWordsEnd), entry, region: comp.region ?? inside?.region ?? null, org: inside });
        continue;
      }
      name = appositive?.name ?? before!;
      // "Direktur Utama kami, Bapak Ir. X": the speaker's pronoun after the title is no part of it.
      if (appositive) titleText = text.slice(opens, appositive.comma).trim().replace(TRAILING_PRONOUN, '');
      // "X, a member of the East Kalimantan Regional Legislative Council (DPRD),": the title runs to its body's end.
      // "X, Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean C Entikong,": a body that
      // opens inside the title's own words ("Kepala Kantor") runs to its end.
      else titleText = closeParenthesis(text, opens, Math.max(comp.end, articled?.end ?? 0, orgHits.find((o) => o.start > opens && o.start < titleEnd && o.end > comp.end)?.end ?? 0));
      // "Kapolsek Samarinda Kota, AKP Agus Dwi Prasetyo,": a rank between the comma and the name is the person's.
      const lead = appositive ? text.slice(appositive.comma + 1, appositive.name.start).trim().replace(/\s+/g, ' ') : '';
      if (lead && (RANKS.has(lead.split(' ')[0]!) || matchAt(RANK_PHRASE_AT, lead, 0))) appositiveRank = lead;
    }
    // English order puts the body or the region first: "Bank Indonesia Governor Perry Warjiyo", "East Kalimantan
    // Governor Isran Noor".
    // "PHI president director X", "Pertamina's corporate communications vice president, X": a company officer's English
    // title in lower case names the company before it, its field between or not.
    // "BPKP deputy for investigation X": an English field after the title names no body of its own.
    const bodyless = isBodyless(comp);
    const lowerOfficer = LOWER_OFFICER_TITLE.test(m[0]) && bodyless ? companyBefore(text, m.index, orgHits) : null;
    // "OJK's Chief Executive of Banking Supervision X": a body's possessive right before a title names its body; so does
    // a plural's ("the Ministry of Marine Affairs and Fisheries' Director General").
    const possessor = !lowerOfficer && /(?:['’]s|s['’])[ \t]+$/.test(text.slice(Math.max(0, m.index - 4), m.index)) ? companyBefore(text, m.index, orgHits) : null;
    const ahead = lowerOfficer ?? possessor ?? (ENGLISH_TITLE.test(m[0]) && bodyless ? bodyOrRegionBefore(text, m.index, orgHits) : null);
    // "BPS East Kalimantan head Yusniar Juliana": "head" in lower case is a title after a body or a region only.
    // "Its operations director, X": a title in lower case after "Its" points back at a body, its field before it;
    // "its acting head": read before the acting mark, which the title holds already.
    const possessive = LOWER_ENGLISH_TITLE_RE.test(m[0]) && !ahead && !articled ? POSSESSIVE_FIELD_BEFORE.exec(text.slice(Math.max(0, opens - 30), opens)) : null;
    // "read by the district secretary, Yulius Kambu,": a region's head or secretary with its article, then the holder
    // set off by commas, is the story's region's.
    const bareRegionHead =
      REGION_HEAD_ENGLISH.test(m[0]) && name.start > titleEnd && /^[ \t]*,[ \t]*$/.test(text.slice(titleEnd, name.start)) && /(?<![\p{L}])the[ \t]+$/u.test(text.slice(Math.max(0, opens - 5), opens));
    if (LOWER_ENGLISH_TITLE_RE.test(m[0]) && !ahead && !articled && !possessive && !bareRegionHead) continue;
    // "Finnish Foreign Minister Timo Soini", "Malaysian Home Affairs Minister": the nation is the title's.
    const opening = ahead?.start ?? opens;
    // "former East Kalimantan Governor Awang Faroek Ishak": the mark stands before the region of an English title.
    const markAhead = ahead && !former ? FORMER_BEFORE.exec(text.slice(Math.max(0, ahead.start - 10), ahead.start)) : null;
    const formerAhead = markAhead?.[1] ?? '';
    // "Corporate Communications Manager Garuda Indonesia": an officer's English title keeps its capitalised field.
    const field = !ahead && CAPITALISED_OFFICER_TITLE.test(m[0]) ? OFFICE_FIELD_BEFORE.exec(text.slice(Math.max(0, opening - 60), opening))?.[0].length ?? 0 : 0;
    // "IWIP Corporate Communications Manager X": the body written right before the field is the officer's.
    const fieldBody = field > 0 ? orgHits.find((o) => o.end <= opening - field && /^[ \t]+$/.test(text.slice(o.end, opening - field))) : undefined;
    const nation = /(?<![\p{L}])(\p{Lu}\p{L}+|US|UK)[ \t]+$/u.exec(text.slice(Math.max(0, opening - field - 24), opening - field));
    const national = nation && (NOT_PLACE_WORDS.has(nation[1]!) || nation[1] === 'US' || nation[1] === 'UK') ? nation[0].length : 0;
    const titleStart = Math.min(opening - field - national - formerAhead.length - (possessive?.[1]!.length ?? 0), office?.start ?? opens);
    if (titleStart < opens) titleText = text.slice(titleStart, opens) + titleText;
    // "Kepala Dinas Kehutanan yang lama, X": the post is the former holder's; "yang baru" marks the new one's.
    const tenure = TENURE_AFTER_TITLE.exec(titleText);
    if (tenure) titleText = titleText.slice(0, tenure.index);
    const titleSpan = { start: titleStart, end: titleStart + titleText.length };
    // "Anggota DPRD Kaltim dari Fraksi Golkar": the body before "dari" is the person's, the party after it their faction;
    // "Wakil Bupati Berau selaku Ketua TPPS": the office before "selaku" is the person's, the team after it a duty.
    const inTitle = orgHits.filter((h) => h.start >= titleSpan.start && h.end <= titleSpan.end);
    // "member of the Central Sulawesi Regional Legislative Council (DPRD) from the PKS faction": English too names the
    // house before the faction, where the title names a body before "from".
    const fromFaction = titleText.search(/[ \t]from[ \t]+the[ \t][^,;]*faction/);
    const englishFrom = fromFaction !== -1 && inTitle.some((h) => h.end <= titleSpan.start + fromFaction) ? fromFaction : -1;
    const from = englishFrom !== -1 ? englishFrom : titleText.search(/[ \t](?:dari|selaku|yang[ \t]+juga)[ \t]/);
    const orgEnd = from === -1 ? titleSpan.end : titleSpan.start + from;
    // "Kepala Biro Umum Setda Kaltim", "Kepala UPTD ... Dinas PUPR", "Kepala Stasiun Klimatologi Banten BMKG": a unit
    // named before the body it sits in is the one the title heads; otherwise the body is the title's last ("Direktur ...
    // Kepala Daerah dan DPRD Kemendagri").
    // A unit of a ministry ("Kepala Biro KLI Kementerian Keuangan") speaks for the ministry, which the title names last.
    const seated = inTitle.find((h) => h.end <= orgEnd && (h.regional ? SEATED_UNIT : AGENCY_STATION).test(h.base) && inTitle.some((p) => p.start >= h.end && p.end <= orgEnd));
    const duty = from !== -1 && /^[ \t](?:selaku|yang[ \t]+juga)/.test(titleText.slice(from));
    // "Anggota Komisi C dari Fraksi Golkar": the faction after "dari" is no body the member serves in.
    const faction = from !== -1 && (from === englishFrom || /^[ \t]dari[ \t]+Fraksi[ \t]/.test(titleText.slice(from)));
    // "General Manager PLN Unit Induk Distribusi ... (UID Kaltimra), X": the rules' body outweighs a unit the tagger
    // read after it.
    const ruled = inTitle.filter((h) => h.priority > 0);
    const org =
      seated ??
      (ruled.length > 0 ? ruled : inTitle).findLast((h) => h.end <= orgEnd) ??
      (duty || faction ? null : inTitle.at(-1)) ??
      (colon ? listBody(text, opens, orgHits) : null) ??
      customaryVillageOf(titleText, orgHits) ??
      fieldBody ??
      null;
    hits.push({
      start: name.start,
      end: name.end,
      name: cleanName(text.slice(name.start, name.end)),
      title: `${tenure?.[1] === 'lama' ? 'mantan ' : ''}${titleText.replace(/\s+/g, ' ')}`,
      titleEntry: office?.entry ?? entry,
      region:
        office?.region ??
        comp.region ??
        articled?.region ??
        ahead?.region ?? org?.region ?? pairedTitleRegion(entry, pairedRegion(text, m.index, hits)) ?? regionForTitle(entry, home, provinceStory),
      org,
      rank: comp.rank ?? appositiveRank,
      titleSpan,
      ...(former || formerAhead || tenure?.[1] === 'lama' ? { former: true as const } : {}),
      ...(holder && APPOINTED_BEFORE.test(lead) ? { appointed: true as const } : {}),
      ...(comp.area ? { area: { start: comp.area.start, end: comp.area.end, ...areaKind(comp.area.unit ?? areaUnitOf(form, entry)) } } : {}),
    });
    // "Mayor of Samarinda": a title that names its region already takes no second one.
    const homeRegion = regionForTitle(entry, home, provinceStory);
    // "Regional Secretary of East Kalimantan": an English title names its region after "of".
    if (comp.words.length === 0 && homeRegion && !comp.region && !ahead && !titleText.includes(homeRegion.name) && !/[ \t]of[ \t]/.test(titleText)) {
      hits[hits.length - 1]!.title = `${titleText} ${homeRegion.name}`;
      hits[hits.length - 1]!.homeRegionTitle = true;
    }
    // "Wakil Menteri Keuangan A, B, dan C", "Menteri Bahlil, Sri Mulyani dan Airlangga": a list after one title shares it.
    const first = hits[hits.length - 1]!;
    for (const item of listed ?? []) hits.push({ ...first, start: item.start, end: item.end, name: cleanName(text.slice(item.start, item.end)) });
    const paired = holder ? pairedHolder(text, first) : null;
    if (paired) hits.push(paired);
  }
  return hits;
}

/** Two titles joined by "dan", the second opening with its own title's form: "Bupati dan Wakil Bupati Buton Utara". */
const TWO_TITLES = /^(.+?)[ \t]+dan[ \t]+(.+)$/;
/** A name, then "dan", right before the holder's name: the first of two holders. */
const NAME_AND_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,5})dan[ \t]+$/u;

/**
 * "melantik A dan B sebagai Bupati dan Wakil Bupati Buton Utara": two holders before "sebagai" and two titles that share
 * the words after them; the first holds the first title, the second the second. The hit of the second (read with both
 * titles) takes its own; the first's hit is returned, or null where the text is no such pair.
 */
function pairedHolder(text: string, hit: PersonHit): PersonHit | null {
  const titles = TWO_TITLES.exec(hit.title ?? '');
  const second = titles ? matchAt(TITLE_AT, titles[2]!, 0) : null;
  const firstEntry = titles ? TITLE_BY_FORM.get(titles[1]!) : undefined;
  if (!titles || !second || !firstEntry) return null;
  const before = NAME_AND_BEFORE.exec(text.slice(Math.max(0, hit.start - 80), hit.start));
  const at = before ? hit.start - before[0].length : -1;
  const name = before ? readName(text, at) : null;
  if (!name || name.end !== at + before![1]!.trimEnd().length) return null;
  const rest = titles[2]!.slice(second[0].length);
  hit.title = titles[2]!;
  hit.titleEntry = TITLE_BY_FORM.get(second[0]) ?? hit.titleEntry;
  return { ...hit, start: name.start, end: name.end, name: cleanName(text.slice(name.start, name.end)), title: `${titles[1]!}${rest}`, titleEntry: firstEntry };
}

/** Whether a body's name is an area's administration: its unit word and name, "Pemerintah" before or not. */
function isAdministrationOf(name: string, area: string): boolean {
  const unitAndArea = name.startsWith('Pemerintah ') ? name.slice('Pemerintah '.length) : name;
  return unitAndArea.endsWith(` ${area}`) && AREA_UNIT_KIND[unitAndArea.slice(0, -area.length - 1)] !== undefined;
}

/** The unit word of the area a title heads, as the title writes it: a Kepala or Petinggi Kampung heads a Kampung. */
function areaUnitOf(form: string, entry: TitleEntry): string | undefined {
  return form.endsWith(' Kampung') ? 'Kampung' : form.endsWith(' Distrik') ? 'Distrik' : entry.area;
}

/** The kind and unit word of the area a title heads: a Camat's or Kapolsek's kecamatan, a Lurah's or Kades's desa. */
function areaKind(unitWord: string | undefined): { kind: 'district' | 'village'; unit: string } {
  const unit = unitWord ?? 'Kecamatan';
  return { kind: AREA_UNIT_KIND[unit] ?? 'district', unit };
}

/**
 * The home region fitting a regional-head title (a Wali Kota needs a city, a Gubernur a province); a title of every
 * level's government ("Sekretaris Daerah") takes none, unless the story is about the province (`provinceStory`).
 */
function regionForTitle(entry: TitleEntry, home: RegionEntry | null, provinceStory: RegionEntry | null = null): RegionEntry | null {
  // "Plh Sekretaris Daerah" with no region named: the regency's of a story datelined there. A city may be its
  // province's capital too, whose secretary it would be is not told; an assistant's or an adviser's title may be a
  // body's or a governor's. They take none.
  if (entry.org === 'region-government') return provinceStory ?? (entry.title === 'Sekretaris Daerah' && home?.kind === 'regency' ? home : null);
  if (!entry.org || !(entry.org in GOVERNMENT_KIND)) return null;
  return regionOfKind(home, GOVERNMENT_KIND[entry.org] ?? null);
}

/**
 * The region of a title written after another holder's and "dan" / "didampingi": a regional head's own kind of region,
 * and any for a title of every level's government ("Bupati Kukar ... didampingi ... Sekda Sunggono").
 */
function pairedTitleRegion(entry: TitleEntry, paired: RegionEntry | null): RegionEntry | null {
  return entry.org === 'region-government' ? paired : regionForTitle(entry, paired);
}

/** People named before a reporting verb: "Khofifah Indar Parawansa mengatakan". */
function findReportingHits(text: string, taken: readonly Span[]): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const m of findReportingForms(text)) {
    const words = m[1]!.split(/[ \t]+/);
    let offset = 0;
    // "Pak Syamsul menjelaskan": an honorific is no part of the name, and makes one word a name.
    let honoured = false;
    // "Sam Ratulangi Airport Daniel ... said", "Senior Commissioner Yudha ... said": before an English verb a word of the
    // language opens no name.
    const english = ENGLISH_SAID_END.test(m[0]);
    let titled = false;
    // "Sam Ratulangi Airport Daniel Kristian Pangemanan said": a word of the language inside the run ends a place's or
    // body's name there; the person's name follows it.
    const bodyEnd = english ? words.findLastIndex((w, k) => k > 0 && k < words.length - 2 && isPlainWord(w)) : -1;
    for (let k = 0; k <= bodyEnd; k += 1) offset += words.shift()!.length + 1;
    // "Anak Agung Ayu Mas Kusumawati said": a noble opener ("Anak Agung", "Ida Bagus") is the name's, whatever its words.
    const nobleWords = openerWordCount(text, m.index + offset);
    while (nobleWords === 0 && words.length > 1 && (!isNameWord(words[0]!) || HONORIFICS.has(words[0]!) || (english && isPlainWord(words[0]!)))) {
      honoured ||= HONORIFICS.has(words[0]!);
      titled ||= RANKS.has(words[0]!) || TITLE_WORDS.has(words[0]!);
      offset += words.shift()!.length + 1;
    }
    // A rank or a title before the name ("Senior Commissioner Yudha ... said") is read by its own finder.
    if (english && (titled || rankEndsAt(text, m.index + offset))) continue;
    // "Bandara APT Pranoto Samarinda Dodi Dharma Cahyadi mengatakan": a region right after a capitalised word ends the
    // name of a place or body there, and the person's name follows it ("Sebelumnya, Bima Arya ..." keeps Bima).
    const region = /\p{Lu}[\p{L}.]*[ \t]+$/u.test(text.slice(Math.max(0, m.index + offset - 30), m.index + offset))
      ? matchRegionAt(text, m.index + offset)
      : null;
    const regionWords = region ? text.slice(m.index + offset, region.end).split(/[ \t]+/) : [];
    if (region && words.length - regionWords.length >= 2 && !regionWords.some(isListedName)) {
      offset = region.end + 1 - m.index;
      words.splice(0, regionWords.length);
    }
    if ((words.length < 2 && !honoured) || !words.slice(nobleWords).every((w) => isNameWord(w) || (nobleWords > 0 && TITLES_IN_NAMES.has(w)))) continue;
    const start = m.index + offset;
    const end = start + words.join(' ').length;
    if (text.slice(start, end) !== words.join(' ')) continue;
    if (overlapsAny({ start, end }, taken)) continue;
    if (matchRegionAt(text, start)?.end === end || REGIONS_BY_NAME.has(words.join(' ').toLowerCase())) continue;
    hits.push(namedHit({ start, end }, words.join(' ')));
  }
  return hits;
}

/**
 * Lower-case words that never describe a role's field ("pengamat politik", "pakar hukum tata negara" do): a role
 * word followed by them introduces no name.
 */
const NOT_FIELD_WORDS = [
  'yang|dan|atau|serta|di|ke|dari|pada|untuk|itu|ini|tersebut|adalah|ialah|asal|dengan|oleh|bersama|sebagai|saat|ketika',
  'juga|pun|telah|sudah|akan|tidak|kata|ujar|mereka|kami|kita|saya|dia|ia|beliau|kamu|anda',
  // A work's title follows these ("produser film James Bond"), not a name.
  'film|lagu|album|buku|novel|serial|sinetron|acara|program|single|singel|game|judul',
  // Verbs with their prefixes ("ayah bernama", "pemain dikenal").
  '(?:ber|mem|men|meng|meny|di)\\p{Ll}{3,}',
].join('|');
/** The role words, as written and capitalised at a sentence's start ("petani", "Petani"), as a pattern source. */
const ROLE_WORD_SOURCE = buildAlternation([...ROLE_WORDS, ...ROLE_WORDS.map((r) => r[0]!.toUpperCase() + r.slice(1))]);
// "Pemilik homestay di Pulau Derawan, Yakobus", "Tokoh adat Balik di Sepaku, X", "penyerang asal Brasil, X": where the
// role is held or its holder comes from, before the comma that opens the name.
// Tried only where a role word can start.
const findRoleForms = wordStartMatcher(
  `(?:${ROLE_WORD_SOURCE})` +
    // "Istri salah satu korban, Hasnah (38)": two more words only before the comma that sets the name off.
    `(?:[ \\t]+(?!(?:${NOT_FIELD_WORDS})(?![\\p{L}]))\\p{Ll}+(?![\\p{L}-])){0,2}(?:(?:[ \\t]+(?!(?:${NOT_FIELD_WORDS})(?![\\p{L}]))\\p{Ll}+(?![\\p{L}-])){1,2}(?=,))?` +
    `(?:(?:[ \\t]+\\p{Lu}\\p{Ll}+)?[ \\t]+(?:di|asal)[ \\t]+\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+){0,2}(?:,[ \\t]+\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+){0,2})?(?=,))?(,?)[ \\t]+(?=[A-Z])`,
  ROLE_WORDS.flatMap((r) => [r, r[0]!.toUpperCase()]),
);

/** A role's words closed by an English office's noun and the comma before the holder ("consumer protection head, "). */
const ENGLISH_OFFICE_AFTER_ROLE = new RegExp(String.raw`^\p{L}+(?:[ \t]+\p{Ll}+)*[ \t]+(?:${ENGLISH_OFFICE_NOUNS}|chairperson),[ \t]*$`, 'u');

/**
 * The end of an appositive name: a comma, after the person's age in parentheses or not, or the name the person is
 * called by ("Perajin lain, Ie Mei Hwa yang akrab disapa Cik Mei, ...").
 */
const APPOSITIVE_CLOSE = new RegExp(String.raw`^[ \t]*(?:${AGE_IN_PARENTHESES}[ \t]*)?(?:,|(?:atau[ \t]+)?yang[ \t]+(?:akrab|biasa)[ \t]+disapa[ \t])`);

/** People after a non-official role: "pelatih Dejan Antonic", "kuasa hukum Budi Santoso" (two words or a listed name). */
function findRoleHits(text: string, taken: readonly Span[], orgHits: readonly OrgHit[], bodies: readonly OrgHit[]): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const m of findRoleForms(text)) {
    // "Stadion Kapten I Wayan Dipta": a place named after a person, no person here.
    if (PLACE_HEAD_FIRST_WORDS.has(wordBefore(text, m.index))) continue;
    // "Anak Agung Ayu Mas Kusumawati": a noble opener that starts with a role's word ("Anak") is the name's own.
    if (openerWordCount(text, m.index) > 0) continue;
    // "pemilik toko Citra Florist" names the shop; only "Pemilik homestay di Derawan, Yakobus" names the owner.
    if (!m[1] && /^[Pp]emilik(?![\p{L}])/u.test(m[0])) continue;
    // "pengunjung Umbul Ponggok", "nasabah Mekaar": a patron's role names a person only before a comma.
    if (!m[1] && PATRON_ROLES.has(/^\p{L}+/u.exec(m[0])![0].toLowerCase())) continue;
    // "Nadia Putri Ramadhani": a capitalised kin word right after a name's word is part of that name.
    if (UPPER_FIRST.test(m[0]) && RELATION_ROLES.has(m[0].trim().toLowerCase()) && /\p{Lu}\p{Ll}+[ \t]+$/u.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "Putri Anggraini (21)": a capitalised kin word that is a given name, before a name's word, opens that name
    // ("Putri Gubernur Kaltim" stays the governor's daughter).
    if (UPPER_FIRST.test(m[0]) && RELATION_ROLES.has(m[0].trim().toLowerCase()) && isListedName(m[0].trim()) && isNameWord(/^[ \t]*(\p{Lu}\p{Ll}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24))?.[1] ?? '')) continue;
    // "The OJK's consumer protection head, X": an English office's noun after the role word makes the words an office's
    // field, and the office is the body's (read with the possessive), no consumer's.
    if (ENGLISH_OFFICE_AFTER_ROLE.test(m[0]) && /['’]s[ \t]+$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "sutradara Jerman Erwin Piscator", "pebalap Spanyol Marc Marquez": the country says where the person is from.
    const at = m.index + m[0].length;
    const country = matchAt(COUNTRY_AT, text, at);
    const gap = country ? /^[ \t]+(?=\p{Lu})/u.exec(text.slice(country.index + country[0].length)) : null;
    let name = readName(text, country && gap ? country.index + country[0].length + gap[0].length : at);
    // "Kuasa hukum SR, La Ode Hasrul", "penasihat hukum Syahrial, H. Abdul Rahman Hakim": a lawyer's client, named or
    // by initials, then the lawyer after the comma.
    let client: string | undefined;
    if (LAWYER_ROLE.test(m[0]) && !m[1]) {
      const initials = CLIENT_INITIALS.exec(text.slice(at, at + 8));
      const appositive = !initials && name && text[name.end] === ',' ? readAppositive(text, name.end) : null;
      const lawyerName = initials ? readName(text, at + initials[0].length) : appositive && appositive.comma === name!.end ? appositive.name : null;
      if (lawyerName) {
        client = initials?.[1] ?? cleanName(text.slice(name!.start, name!.end));
        name = lawyerName;
      }
    }
    // "Pelatih Persib Bojan Hodak", "pengamat ekonomi Universitas Indonesia Faisal Basri": the body, then the name.
    // Any body counts here, the tagger's too ("Timnas Indonesia"); a name the rules' own bodies overlap is none.
    // "Prakirawan BMKG, Rini Handayani": the body, a comma, then the name (no name reads at the body's acronym).
    const body = bodies.find((o) => o.start === at && (!name || o.end > name.start));
    if (body) name = readNameAfterOrg(text, at, [body])?.name ?? null;
    // "a resident of Sempaja", "economist at Bank X": after an English preposition comes a place or a body, no name.
    else if (/[ \t](?:of|from|at|in)[ \t]+$/.test(m[0])) continue;
    if (!name || !endsName(text, name.end) || overlapsAny(name, taken) || overlapsAny(name, orgHits)) continue;
    // "Salah seorang pedagang, Siti Aminah (45), mengaku": after a comma the name is an appositive, closed by one too.
    if (m[1] && !APPOSITIVE_CLOSE.test(text.slice(name.end, name.end + 32))) continue;
    // 'usaha amplang "Putri Mahakam"': a role word and a name that fill a quotation are the name of a brand or a work.
    if (/["“'‘]/.test(text[m.index - 1] ?? '') && /["”'’]/.test(text[name.end] ?? '')) continue;
    const value = cleanName(text.slice(name.start, name.end));
    // One word after a role is a name when a name list holds it or it is no word of the language nor a known place
    // ("pelatih Subangkit"; not "pelatih Persib", a body, nor "pengamat Unmul").
    const residentOf = RESIDENT_ROLES.has(m[0].trim().toLowerCase());
    if (!value.includes(' ') && !isListedName(value) && (residentOf || !isBareName(value))) continue;
    // "warga Kelurahan Wirobrajan", "warga Kota Yogyakarta": where a resident lives, no name.
    const first = value.split(' ')[0]!;
    if (matchRegionAt(text, name.start) || COUNTRY_BY_FORM.has(value) || PLACE_HEAD_FIRST_WORDS.has(first) || AREA_UNIT_KIND[first]) continue;
    // "siswa Sumatra", "ulama Minangkabau": an island or a people says where the person is from.
    if (WIDE_AREA_BY_FORM.has(value) || NOT_PLACE_WORDS.has(value) || PEOPLES.has(value)) continue;
    // "Warga Bumi Harapan dan Pemaluan": a resident's role before the name of a kecamatan or desa says where they live.
    // The known names are held as tokens ("Pulau-Pulau Aru" is "Pulau", "-", "Pulau", "Aru").
    if (residentOf) {
      const tokens = tokenize(value).map((t) => t.text);
      if (knownNameLength(tokens, 0, 'dv') === tokens.length) continue;
    }
    // "nelayan Muara Badak": a kecamatan's or desa's name of words no name list holds says where the people are from.
    if (value.includes(' ') && isUnlistedAreaName(value.split(' '))) continue;
    // "tokoh adat Long Tuyoq" in a story that writes "Kampung Long Tuyoq": a village's name says where the person is from.
    if (isNamedAreaIn(text, value)) continue;
    // "Political analyst X from Mulawarman University", "pengamat X dari Universitas Mulawarman": the body after the name.
    const from = FROM_BODY.exec(text.slice(name.end, name.end + 40));
    const org = from ? (orgHits.find((o) => o.start === name!.end + from[0].length) ?? bodies.find((o) => o.start === name!.end + from[0].length) ?? null) : null;
    // "Keluarga korban, Masriah", "Ibu korban, Sumarni": set off by a comma after a kin word, the name is the kin's.
    const kin = m[1] ? KIN_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] : undefined;
    const title = lawyerOrClientTitle(m[0], client) ?? (kin ? `${kin.toLowerCase()} ${roleTitle(m[0], true)}` : roleTitle(m[0], m[1] !== ''));
    hits.push({ ...name, name: value, title, titleEntry: null, region: null, org, rank: null });
  }
  return hits;
}

/**
 * "from" / "dari" right after a name, before the body the person comes from; the name's degrees may stand between,
 * set off by commas ("Rizal Arsyad, S.H., dari LBH Dou Mbojo").
 */
// "of the Makassar-based firm SBD & Associates", "of Surabaya-based law firm X": the firm's kind and seat before its name.
const FROM_BODY = new RegExp(
  `^${DEGREES_AFTER_NAME}(?:[ \\t]*,)?[ \\t]+(?:from|of|at|dari)[ \\t]+(?:the[ \\t]+)?(?:\\p{Lu}\\p{L}*-based[ \\t]+)?(?:(?:law|legal|consulting|accounting)[ \\t]+)?(?:(?:firm|consultancy|think[ \\t]+tank|research[ \\t]+institute|pollster|watchdog)[ \\t]+)?`,
  'u',
);

/** A lawyer's role ("kuasa hukum", "penasihat hukum", "pengacara", "advokat") opening a role phrase. */
const LAWYER_ROLE = /^(?:[Kk]uasa|[Pp]enasi?e?hat|[Tt]im[ \t]+kuasa)[ \t]+hukum|^(?:[Pp]engacara|[Aa]dvokat)(?![\p{L}])/u;
/** A client's initials after a lawyer's role, and the comma after them ("SR, "). */
const CLIENT_INITIALS = /^([A-Z]{2,3}),[ \t]+(?=[A-Z])/;
/** Words for a party to a case: after a lawyer's role they name the client ("penasihat hukum terdakwa"). */
const CASE_PARTIES = /[ \t](tersangka|terdakwa|terpidana|terlapor|pelapor|korban|saksi|penggugat|tergugat|pemohon|termohon)(?![\p{L}])/u;

/**
 * The title of a name after a lawyer's role: "Penasihat hukum terdakwa, X" and "kuasa hukum SR, X" are the lawyer's
 * (an appositive after the comma, the client in the title); "penasihat hukum terdakwa X" names the defendant, whose
 * lawyer goes unnamed. Null for any other role phrase.
 */
function lawyerOrClientTitle(phrase: string, client: string | undefined): string | null {
  if (!LAWYER_ROLE.test(phrase)) return null;
  const role = phrase.replace(/,?\s*$/, '').trim().replace(/\s+/g, ' ');
  if (client) return `${role.toLowerCase()} ${client}`;
  if (/,\s*$/.test(phrase)) return role.toLowerCase();
  return CASE_PARTIES.exec(role)?.[1] ?? role.toLowerCase();
}

/** A kin word right before a role set off by a comma ("Keluarga korban, X", "Ibu korban, X"): the name is the kin's. */
const KIN_BEFORE = /(?:^|[^\p{L}])(keluarga|ibu|bapak|ayah|istri|suami|anak|kakak|adik|orang ?tua|paman|bibi|nenek|kakek|kerabat)[ \t]+$/iu;

/** Role words that name a relation to someone else ("putra", "istri", "kakak"): the name after them is the other one. */
const RELATION_ROLES = new Set(['adik', 'anak', 'ayah', 'ayahanda', 'ibunda', 'istri', 'kakak', 'putra', 'putri', 'rekan', 'sahabat', 'suami']);

/**
 * The title a role phrase gives the name after it: the phrase ("pelatih kepala"), or after a relation word the role
 * that follows it ("putra sulung aktor Fery Salim": Fery Salim is the actor); none for a bare relation ("Kakak Raoul").
 */
function roleTitle(phrase: string, appositive = false): string | null {
  // "Economist from Mulawarman University, X": the preposition opens the body, no part of the role.
  // The role's words in lower case; the place it is held in as written ("pemilik homestay di Pulau Derawan").
  const words = phrase.replace(/,\s*$/, '').trim().replace(/[ \t]+(?:from|of|at)$/i, '').split(/[ \t]+/);
  words[0] = words[0]!.toLowerCase();
  // "Istri korban, Sumarni": set off by a comma, the name is the relative's, and the relation is the title (not one
  // to a pronoun: "adik kandungnya").
  if (!RELATION_ROLES.has(words[0]!) || (appositive && words.length > 1 && !words.at(-1)!.endsWith('nya'))) return words.join(' ');
  return words.slice(1).reverse().find((w) => ROLE_WORDS.includes(w) && !RELATION_ROLES.has(w)) ?? null;
}

/**
 * People named right after a rank or an academic or religious honorific: "Koptu Dominicus Poin", "Kapten Laut (P)
 * Heri Susanto", "Drs Endang Jarkasih", "Prof. Dr. Ir. Bambang Sutejo". Such a word makes even one word a name; a
 * rank is kept among the person's titles.
 */
function findLeadWordHits(text: string, taken: readonly Span[], orgHits: readonly OrgHit[]): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const lead of [...allMatches(RANK_RE, text), ...allMatches(NAME_HONORIFIC_RE, text)].sort((a, b) => a.index - b.index)) {
    // "Stadion Kapten I Wayan Dipta", "Jalan Jenderal Sudirman": a place named after a person, no person here;
    // "Gubernur Jenderal", "Direktur Jenderal": the rank word ends a title.
    const before = wordBefore(text, lead.index);
    const isRank = RANK_START.test(lead[0]);
    if (PLACE_HEAD_FIRST_WORDS.has(before) || (isRank && TITLE_WORDS.has(before))) continue;
    const gap = matchAt(SPACES, text, lead.index + lead[0].length);
    if (!gap) continue;
    const name = readName(text, lead.index + lead[0].length + gap[0].length, isRank);
    // Right after the lead word a comma ends the name ("Serma Hartono, Koptu Dominicus Poin").
    const ended = name && (endsName(text, name.end) || text[name.end] === ',');
    if (!name || !ended || overlapsAny(name, [...taken, ...hits]) || overlapsAny(name, orgHits)) continue;
    const value = cleanName(text.slice(name.start, name.end));
    // After a rank a sentence word may open a name of two or more words ("AKP Hari Supranoto").
    const first = value.split(' ')[0]!;
    const opens = isNameWord(first) || (isRank && value.includes(' ') && NAME_STOPWORDS.has(first));
    if (matchRegionAt(text, name.start) || COUNTRY_BY_FORM.has(value) || !opens) continue;
    const rank = isRank ? text.slice(lead.index, name.start).trim().replace(/\s+/g, ' ') : null;
    hits.push(namedHit(name, value, { rank }));
  }
  return hits;
}

/** A person's age in parentheses ("(52)", "( 45 tahun )"), the number captured. */
const AGE_NUMBER = new RegExp(ageInParentheses(true), 'g');
/** An age set off by commas before a lower-case word ("Suharti, 47, a street food vendor"), the number captured. */
const AGE_BETWEEN_COMMAS = /,[ \t]*(\d{1,3}),(?=[ \t]+\p{Ll})/gu;
const PERSON_AFTER_COMMA_AGE = new RegExp(`^${PERSON_AFTER_COMMA_AGE_SOURCE}`, 'u');
/** Up to four capitalised name words, no initials ("Siti Aminah", "Abdul-Rahman"), captured: the name before a cue. */
// "Muh. Sabar (46)", "Kgs. Rasyid": a name's short word with its period may open the name.
const CUED_NAME_WORDS = `((?:(?:${SHORT_NAME_WORDS.join('|')})\\.[ \\t]+)?(?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)*)(?:[ \\t]+[A-Z][a-z]+(?:[-'’][A-Za-z]+)*){0,3})`;
/** Up to four capitalised name words ending right before an age, a space or none between. */
const NAME_BEFORE_AGE = new RegExp(`(?:^|[^\\p{L}.])${CUED_NAME_WORDS}[ \\t]*$`, 'u');

/**
 * The name a cue (an age, a verb only people are the subject of) says is a person's, cleaned; null where it is no
 * name: a word of the language alone (unless `wordOfLanguage`), a region, a country, a place's head, a people.
 */
function cuedName(text: string, name: Span, wordOfLanguage = false): string | null {
  const value = cleanName(text.slice(name.start, name.end));
  const words = value.split(' ');
  // "Lie Mei Ling (48)", "Putri Mei Diana": a month's name inside a name, as readName reads it.
  const nameWord = (w: string, i: number): boolean => isNameWord(w) || (i > 0 && i < words.length - 1 && isDateWord(w));
  if (!words.every(nameWord) || (words.length === 1 && !wordOfLanguage && !isBareName(value) && !isListedName(value))) return null;
  if (matchRegionAt(text, name.start) || COUNTRY_BY_FORM.has(value) || PLACE_HEAD_FIRST_WORDS.has(words[0]!) || NOT_PLACE_WORDS.has(value)) return null;
  return value;
}

/** Lower-case words for a person, a role or a relative ("pria", "pelatih", "istri"): a name may follow or precede them. */
const PERSON_WORDS: readonly string[] = [...PERSON_NOUNS, ...ROLE_WORDS, ...RELATIVE_WORDS];

/** A comma and a word for a person right after an age: "(63), warga", "(39), ayah pasien", "(45), seorang petani". */
const PERSON_AFTER_AGE = new RegExp(
  `^[ \\t]*,[ \\t]*(?:seorang[ \\t]+|salah[ \\t]+(?:satu|seorang)[ \\t]+)?(?:${buildAlternation([...PERSON_WORDS, 'ibu', 'bapak'])})(?![\\p{L}])`,
  'u',
);

/**
 * The name read where up to four capitalised name words end right before `at` (an age, a degree), its Balinese "I" or
 * "Ni" and all, with the words the cue found (`words`); null where no name ends there or one of `taken` holds it.
 */
function nameEndingAt(text: string, at: number, taken: readonly Span[]): { name: Span; words: string } | null {
  const m = NAME_BEFORE_AGE.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return null;
  const cuedStart = at - (m[0].length - m[0].indexOf(m[1]!));
  const name = readName(text, withBalineseOpener(text, cuedStart));
  if (!name || name.end !== cuedStart + m[1]!.length || overlapsAny(name, taken)) return null;
  // "Hasnah binti Lamappa (38)": the given names before "binti" are the name's.
  const start = patronymStart(text, name.start);
  const whole = { start, end: name.end };
  return start === name.start || overlapsAny(whole, taken) ? { name, words: m[1]! } : { name: whole, words: text.slice(start, name.end) };
}

/**
 * People named with their age, as reports name residents and victims: "Rusmini (52), istri pasien", "Siti Aminah (45)".
 * The age makes even one unlisted word a name, if it is no word of the language nor a place.
 */
function findAgedHits(text: string, taken: readonly Span[], tagged: readonly Span[]): PersonHit[] {
  const hits: PersonHit[] = [];
  const commaAges = text.includes(',') ? allMatches(AGE_BETWEEN_COMMAS, text) : [];
  for (const age of [...allMatches(AGE_NUMBER, text), ...commaAges]) {
    if (Number(age[1]) < 1 || Number(age[1]) > 110) continue;
    const betweenCommas = age[0].startsWith(',');
    if (betweenCommas && !PERSON_AFTER_COMMA_AGE.test(text.slice(age.index + age[0].length - 1, age.index + age[0].length + 12))) continue;
    const name = nameEndingAt(text, age.index, taken)?.name;
    if (!name) continue;
    if (tagged.some((t) => t.start < name.end && t.end > name.start && (t.start < name.start || t.end > name.end))) continue;
    // "Rukiah (63), warga Desa Jone": a word for a person after the age makes even a word of the language a name.
    const described = betweenCommas || PERSON_AFTER_AGE.test(text.slice(age.index + age[0].length, age.index + age[0].length + 24));
    const value = cuedName(text, name, described);
    if (value) hits.push(namedHit(name, value));
  }
  return hits;
}

/** Academic degrees after a name, as written with or without periods ("SH", "S.H.", "M.Si."). */
const DEGREE_FORMS = buildAlternation([...DEGREES]);
/**
 * One or two degrees after spaces or a comma: group 1 the first, group 2 the second. The letter before is tested in
 * code: a leading lookbehind, tried at every character, made the scan three times slower.
 */
const DEGREES_AFTER_WORD = new RegExp(`[ \\t,]+(${DEGREE_FORMS})(?![\\p{L}])(?:[ \\t]*,?[ \\t]*(${DEGREE_FORMS})(?![\\p{L}]))?`, 'gu');

/**
 * "Kuasa hukum pasangan nomor urut 1, Mardan Effendi Lubis SH MH, yang hadir": two capitalised words or more before
 * two degrees, or one written with its periods ("S.H."), are a person's name.
 */
function findDegreedHits(text: string, taken: readonly Span[], tagged: readonly Span[]): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const degrees of allMatches(DEGREES_AFTER_WORD, text)) {
    if (!/\p{L}/u.test(text[degrees.index - 1] ?? '') || !/^[ \t]*,?[ \t]+\S/.test(degrees[0])) continue;
    if (!degrees[2] && !/\p{L}\.\p{L}/u.test(degrees[1]!)) continue;
    const before = nameEndingAt(text, degrees.index, taken);
    if (!before || !before.words.includes(' ')) continue;
    const { name } = before;
    // "General Manager Pulisan Cove Resort Ferdinand Kaunang, S.ST.Par.": a shorter name the tagger read at the end is the one.
    if (tagged.some((t) => t.start < name.end && t.end > name.start && (t.start !== name.start || t.end !== name.end))) continue;
    const value = cuedName(text, name);
    if (value) hits.push(namedHit(name, value));
  }
  return hits;
}

/**
 * A word for a person, a role or a relative, maybe with "-nya" and up to two words after it, then "(yang) bernama":
 * "seorang pria bernama", "anaknya yang bernama", "pasien perempuan bernama". What follows is a person's name.
 */
const NAMED_PERSON_RE = new RegExp(
  `${WORD_START}(?:${buildAlternation(PERSON_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))})` +
    String.raw`(?:nya)?(?:[ \t]+\p{Ll}+){0,2}?[ \t]+(?:yang[ \t]+)?bernama[ \t]+(?=\p{Lu})`,
  'gu',
);

/** A ticket's word and its number or status before the pair's names: "pasangan nomor urut 1 ", "paslon ". */
const TICKET_CUE = /(?<![\p{L}])(?:[Pp]asangan|[Pp]aslon)(?:[ \t]+(?:calon|nomor[ \t]+urut[ \t]+\d+|petahana|terpilih))*,?[ \t]+(?=\p{Lu})/gu;

/**
 * "pasangan nomor urut 1 Herman Saleh-Nur Aini Baco": the pair of names a ticket's word introduces, hyphen and all
 * (splitTickets parts it into the two people), where no other reader took them.
 */
function findTicketHits(text: string, taken: readonly Span[]): PersonHit[] {
  if (!/[Pp]asangan|[Pp]aslon/.test(text)) return [];
  const hits: PersonHit[] = [];
  for (const m of allMatches(TICKET_CUE, text)) {
    const name = readName(text, m.index + m[0].length);
    if (!name || !text.slice(name.start, name.end).includes('-') || overlapsAny(name, taken)) continue;
    const value = cleanName(text.slice(name.start, name.end));
    // "Andi Rahmat Pawelloi-Hj. Siti Aminah": an honorific after the hyphen opens the mate's name, which the others read.
    const mate = value.slice(value.lastIndexOf('-') + 1);
    if (matchRegionAt(text, name.start) || HONORIFICS.has(mate) || !value.split(/[ \t-]+/).every(isNameWord)) continue;
    hits.push(namedHit(name, value));
  }
  return hits;
}

/** An English verb of saying right after a quote's close, before a name (`," said Ujang Saepudin, a driver`). */
const SAID_AFTER_QUOTE = /["”][ \t]*,?[ \t]*(?:said|says|added|told[ \t]+reporters)[ \t]+(?=\p{Lu})/gu;

/**
 * People named after a quote and an English verb of saying, before a comma or a period (`," said Ujang Saepudin, a
 * motorcycle taxi driver`): two to four name words, none of them a word of the language, a title or a rank.
 */
function findSaidNameHits(text: string, taken: readonly Span[]): PersonHit[] {
  // The cheap test holds every text the pattern can match (a quote may close right against the verb: '"...,"said').
  if (!/(?:said|says|added|told)[ \t]/.test(text)) return [];
  const hits: PersonHit[] = [];
  for (const m of allMatches(SAID_AFTER_QUOTE, text)) {
    const name = readName(text, m.index + m[0].length);
    if (!name || overlapsAny(name, taken) || !/^[ \t]*[,.]/.test(text.slice(name.end, name.end + 3))) continue;
    const words = text.slice(name.start, name.end).split(/[ \t]+/);
    if (words.length < 2 || words.length > 4 || matchRegionAt(text, name.start)) continue;
    if (!words.every((w) => isNameWord(w) && !isPlainWord(w) && !TITLE_WORDS.has(w) && !RANKS.has(w))) continue;
    hits.push(namedHit(name, words.join(' ')));
  }
  return hits;
}

/**
 * People a "bernama" names after a word for a person: "seorang pria bernama Jayanti" (a kecamatan is named Jayanti
 * too), "anaknya yang bernama Rasyid". Even one word is a name there, unless it is a region or a country; the
 * tagger's people given as `tagged` (only those) may read a name on past it.
 */
function findNamedPersonHits(text: string, taken: readonly Span[], tagged: readonly Span[]): PersonHit[] {
  const hits: PersonHit[] = [];
  // The pattern's words are many and common: scan only a text that holds its verb.
  for (const m of text.includes('bernama') ? allMatches(NAMED_PERSON_RE, text) : []) {
    const name = readName(text, m.index + m[0].length);
    if (!name || !endsName(text, name.end) || overlapsAny(name, taken)) continue;
    // The tagger's longer reading of the name stands ('Timothy Joseph "Big Russ" Russert').
    if (tagged.some((t) => t.start <= name.start && t.end > name.end)) continue;
    const value = cleanName(text.slice(name.start, name.end));
    if (matchRegionAt(text, name.start)?.end === name.end || COUNTRY_BY_FORM.has(value) || !value.split(' ').every(isNameWord)) continue;
    hits.push(namedHit(name, value));
  }
  return hits;
}

/** Up to four name words right before a verb only people are the subject of (PERSON_ONLY_VERBS). */
const BEFORE_PERSON_VERB = new RegExp(
  `${WORD_START}${CUED_NAME_WORDS}[ \\t]+(?:${PERSON_ONLY_VERBS.join('|')})(?![\\p{L}])`,
  'gu',
);

/** Any of the verbs only people are the subject of, anywhere: one test of the text (four times cheaper than a search per verb). */
const PERSON_ONLY_VERB = new RegExp(buildAlternation(PERSON_ONLY_VERBS));

/**
 * People named as the subject of a verb only people are ("Sariah meninggal dunia", "Roestam tamatan Sekolah Raja"):
 * even one word is a name there, unless it is a word of the language, a place or a sentence word.
 */
function findPersonVerbHits(text: string, taken: readonly Span[]): PersonHit[] {
  const hits: PersonHit[] = [];
  // The verbs are few and rare: scan only a text that holds one.
  for (const m of PERSON_ONLY_VERB.test(text) ? allMatches(BEFORE_PERSON_VERB, text) : []) {
    const name = readName(text, m.index);
    if (!name || name.end !== m.index + m[1]!.length || overlapsAny(name, taken)) continue;
    // '"Otsus lahir dari perdamaian' ... "tahun otsus": a word the text writes in lower case too is a term, no name.
    const word = text.slice(name.start, name.end);
    if (!/\s/.test(word) && isWrittenLowerCase(text, word)) continue;
    const value = cuedName(text, name);
    if (value) hits.push(namedHit(name, value));
  }
  return hits;
}

/** A hyphen right before a capitalised word: where a ticket's second name may start. */
const HYPHEN_BEFORE_NAME = /[-–](?=\p{Lu}\p{Ll})/gu;

/**
 * The second name of a ticket written after the first one's degree: "H. Muhammad Arsyad Gazali, S.E.-Benediktus Ding
 * Lawai" (the tagger reads the degree and the name as one word). Two name words or more.
 */
function findRunningMateHits(text: string, taken: readonly Span[]): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const hyphen of allMatches(HYPHEN_BEFORE_NAME, text)) {
    const degree = /[^\s,]+$/.exec(text.slice(Math.max(0, hyphen.index - 12), hyphen.index))?.[0];
    if (!degree || !DEGREES.has(degree)) continue;
    const name = readName(text, hyphen.index + 1);
    if (!name || overlapsAny(name, taken)) continue;
    const value = cleanName(text.slice(name.start, name.end));
    if (!value.includes(' ') || !value.split(' ').every(isNameWord)) continue;
    hits.push(namedHit(name, value));
  }
  return hits;
}

/** Roles a place follows more often than a name ("warga Sangatta"): one unlisted word after them is no name. */
const RESIDENT_ROLES = new Set(['warga', 'penduduk', 'masyarakat']);

/** Whether a capitalised word can only be a name: no word of the language, no known place, no acronym. */
function isBareName(word: string): boolean {
  return /^[A-Z][a-z]{2,}$/.test(word) && !isDictionaryWord(word) && !isDerivedNoun(word) && !isKnownPlaceName(word) && !COMMON_WORDS.has(word.toLowerCase());
}

/**
 * "Salah satu penerima KUR adalah Yusnimar, pemilik usaha rendang": after "adalah" (is) or "yakni" (namely), a name
 * set off by a comma before a role word (group 1 the name, group 2 the role).
 */
// Tried only where a word starts with one of the cue words' letters: a whole-text scan entered at every character.
const findNamedThenRoles = wordStartMatcher(
  String.raw`(?:adalah|yakni|yaitu|ialah)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,3}),[ \t]+(?:seorang[ \t]+)?(${buildAlternation(ROLE_WORDS)})(?![\p{L}])`,
  ['adalah', 'yakni', 'yaitu', 'ialah'],
);

/**
 * Whether capitalised words a cue marks as a name ("adalah X,", "X, a trader, said") are one: one word where a name
 * list holds it or it is no word of the language nor a known place, more where every word is a name word and no
 * unlisted area's; no region, and nothing another finder or a body already holds.
 */
function isFreeCuedName(text: string, span: Span, words: readonly string[], taken: readonly Span[], orgHits: readonly OrgHit[]): boolean {
  const named = words.length === 1 ? isListedName(words[0]!) || isBareName(words[0]!) : words.every(isNameWord) && !isUnlistedAreaName(words);
  return named && !matchRegionAt(text, span.start) && !overlapsAny(span, taken) && !overlapsAny(span, orgHits);
}

/** People named after "adalah" or "yakni" and set off by a comma before their role ({@link findNamedThenRoles}). */
function findNamedThenRoleHits(text: string, taken: readonly Span[], orgHits: readonly OrgHit[]): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const m of findNamedThenRoles(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const span = { start, end: start + m[1]!.length };
    if (!isFreeCuedName(text, span, m[1]!.split(/[ \t]+/), taken, orgHits)) continue;
    hits.push({ ...span, name: m[1]!, title: m[2]!, titleEntry: null, region: null, org: null, rank: null });
  }
  return hits;
}

/** Role words written in lower case ("guru", "pedagang"). */
const LOWER_ROLE_WORDS = ROLE_WORDS.filter((r) => /^\p{Ll}/u.test(r));
/**
 * An appositive after a name: ", a 58-year-old rice trader", ", who has hauled containers", and in Indonesian a role
 * word in lower case (", guru di SD Negeri Juhu,").
 */
const APPOSITIVE_OPENING = new RegExp(`,[ \\t]+(?:an?|the|who|${buildAlternation(LOWER_ROLE_WORDS)})[ \\t]`, 'gu');
// A gate on plain first words: "co-author" alone opens no appositive here.
const mentionsAppositive = anyWordGate(['a', 'an', 'the', 'who', ...LOWER_ROLE_WORDS.filter((r) => /^\p{L}+(?:[ \t]|$)/u.test(r))]);
/** Capitalised words opening a sentence, right before the appositive (group 1). */
const SENTENCE_OPENING_NAME = /(?:^|[.!?]["”]?[ \t]+|\n[ \t]*)(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,4})$/u;
/** A capitalised word of up to four letters and its full stop ("Hi. ", "Dr. ", "Jl. "): an abbreviation's, no sentence's end. */
const SHORT_WORD_STOP_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{L}{0,3}\.[ \t]+$/u;
/** An English appositive's age: " a 29-year-old", " an 80-year-old". */
const APPOSITIVE_AGE = /^[ \t]+an?[ \t]+\d{1,3}-year-old[ \t]/;
/** The appositive's clause, then its comma and a verb of saying ("..., said", "..., mengatakan"). */
const APPOSITIVE_THEN_SAID = new RegExp(String.raw`^[^.\n"“”]{3,160}?,[ \t]+(?:said|says|told|added|${REPORTING_VERB_SOURCE})(?![\p{L}])`, 'u');

/**
 * "Nurhayati, a 58-year-old rice trader from Pariaman, said", "Baharuddin, who has hauled containers for 12 years,
 * said", "Rusmaniah, guru di SD Negeri Juhu, mengatakan": a person's description set off by commas between the name
 * opening the sentence and the verb of saying; one word is a name there as after "adalah".
 */
function findEnglishAppositiveHits(text: string, taken: readonly Span[], orgHits: readonly OrgHit[]): PersonHit[] {
  const hits: PersonHit[] = [];
  if (!mentionsAppositive(text)) return hits;
  for (const m of allMatches(APPOSITIVE_OPENING, text)) {
    const read = SENTENCE_OPENING_NAME.exec(text.slice(Math.max(0, m.index - 50), m.index))?.[1];
    // "Hosniyah, a 29-year-old mother from Gapura, lost her son": an age makes the appositive a person's, any verb after.
    if (!read || !(APPOSITIVE_THEN_SAID.test(text.slice(m.index + 1, m.index + 200)) || APPOSITIVE_AGE.test(text.slice(m.index + 1, m.index + 24)))) continue;
    // "Iksan Hi. Abdullah, a coordinator": the full stop of an honorific or a short form ends no sentence.
    if (SHORT_WORD_STOP_BEFORE.test(text.slice(Math.max(0, m.index - read.length - 8), m.index - read.length))) continue;
    // "Kiai Zainal Abidin Fauzan, who leads", "Mama Yuliana Tafor, a trader": an honorific is no part of the name.
    const words = read.split(/[ \t]+/);
    while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
    const opening = words.join(' ');
    const span = { start: m.index - opening.length, end: m.index };
    // "Anak Agung Ayu Mas Kusumawati, who heads": a noble opener's words are the name's, whatever they are alone.
    const own = words.slice(openerWordCount(text, span.start));
    if (own.length === 0 || !isFreeCuedName(text, span, own, taken, orgHits)) continue;
    hits.push(namedHit(span, opening));
  }
  return hits;
}

/** Whether a one-word "name" is a word of the language no name list holds ("Kehakiman", "Pertahanan"). */
function isFieldWord(name: string): boolean {
  return !name.includes(' ') && (isDictionaryWord(name) || isDerivedNoun(name)) && !isListedName(name);
}

/** A name's short word, its full stop and a space, right before a name ("Mgs. ", "Muh. "); "Hi." there is a Haji's. */
const SHORT_WORD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${SHORT_NAME_WORDS.filter((w) => w !== 'Hi').join('|')})\\.[ \\t]+$`, 'u');
/**
 * Where the noble opener that runs into a name at `at` starts ("Anak Agung Gde Oka" where the tagger read "Gde Oka" or
 * "Agung Gde Oka"), or `at` where none does.
 */
function nobleStart(text: string, at: number): number {
  for (let from = Math.max(0, at - 16); from < at; from += 1) {
    if (/[\p{L}]/u.test(text[from - 1] ?? '') || !/\p{Lu}/u.test(text[from]!)) continue;
    const opener = matchAt(OPENER_AT, text, from);
    if (opener && from + opener[0].length >= at) return from;
  }
  return at;
}
/** Honorifics that stay in the name a person is known by: "Ki Hajar Dewantara", "Nyi Ageng Serang", "Daeng Nai". */
const HONORIFICS_KEPT_IN_NAMES: ReadonlySet<string> = new Set([...HONORIFICS_IN_NAMES, 'Daeng']);

/** A name particle and the capitalised word after it: "Leonardo di Caprio", "Georg von Trapp", "Ahmad bin Ali". */
// After a tagged name also "di" (checked by isPlaceAfterDi) and the French "le" / "la" ("Marine le Pen").
// "Maria da Costa Soares": up to two more capitalised words after the particle's.
const PARTICLE_AFTER = new RegExp(`^[ \\t]+(?:${[...NAME_PARTICLES, 'di', 'le', 'la'].join('|')})[ \\t]+([A-Z][\\p{L}'’-]+)(?:[ \\t]+[A-Z][\\p{L}'’-]+){0,2}`, 'u');

/**
 * Whether a particle match is the preposition "di" before a place ("Justin Bieber di Jakarta", "Waters di Eropa",
 * "Gaga di Interscope"), not part of a name ("Leonardo di Caprio"): in Indonesian "di" is the preposition unless a
 * listed surname follows, and even then not before a known place, a dictionary word or a longer capitalised run.
 */
function isPlaceAfterDi(text: string, particle: RegExpExecArray, at: number): boolean {
  const word = particle[1]!;
  if (!/^[ \t]+di[ \t]/.test(particle[0])) return false;
  if (!isKnownSurname(word)) return true;
  const wordEnd = at + particle[0].indexOf(word) + word.length;
  if (isDictionaryWord(word) || CAPITAL_AFTER_SPACES.test(text.slice(wordEnd))) return true;
  return matchRegionAt(text, wordEnd - word.length) !== null || COUNTRY_BY_FORM.has(word);
}

/** A national figure's short form standing alone ("Jokowi"; not "Edhy Prabowo", where it ends another name). */
const FIGURE_RE = new RegExp(`${WORD_START}(?:${buildAlternation(FIGURE_BY_SHORT_FORM.keys())})${WORD_END}`, 'gu');

/** National figures named by their short form that no other finder read ("depicting Jokowi with"). */
function findFigureHits(text: string, taken: readonly Span[]): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const m of allMatches(FIGURE_RE, text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(span, taken) || /\p{Lu}[\p{L}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, span.start - 30), span.start))) continue;
    if (/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(span.end, span.end + 3))) continue;
    // "Ahok alias Tan Kim Hong (56)": a nickname with the person's own name after "alias" is someone else's.
    if (/^[ \t]+alias[ \t]/.test(text.slice(span.end, span.end + 8))) continue;
    hits.push(namedHit(span, m[0]));
  }
  return hits;
}

/** Names the tagger found that no rule covers (bare names: "Barack Obama"), honorifics left out. */
function findTaggedHits(text: string, tagged: readonly Span[], people: readonly Span[], orgs: readonly Span[]): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const found of tagged) {
    const next = PARTICLE_AFTER.exec(text.slice(found.end, found.end + 40));
    const particle = next && !isPlaceAfterDi(text, next, found.end) ? next : null;
    // The words after the particle's own go with the name only where no word of a language is among them ("Georg von
    // Trapp Hall" is a building).
    const ownEnd = particle ? particle[0].indexOf(particle[1]!) + particle[1]!.length : 0;
    const extra = particle ? particle[0].slice(ownEnd).trim().split(/[ \t]+/).filter(Boolean) : [];
    const particleLength = particle ? (extra.some((w) => isPlainWord(w) || isEnglishWord(w.toLowerCase())) ? ownEnd : particle[0].length) : 0;
    // "Koordinator Caritas, Pastor Yan Kwatolo, OSC": an honorific the tagger read into the span is no part of the name,
    // as readName skips it ("Ki Hajar Dewantara" and "Daeng Nai" keep theirs).
    const honorific = /^(\S+)[ \t]+(?=\p{Lu})/u.exec(text.slice(found.start, found.end));
    const ownStart = honorific && HONORIFICS.has(honorific[1]!) && !HONORIFICS_KEPT_IN_NAMES.has(honorific[1]!) ? found.start + honorific[0].length : found.start;
    // "diwakili Mgs. Ahmad Fauzan": a name's short word with its full stop, which the tagger leaves out, opens the name.
    const shortWord = SHORT_WORD_BEFORE.exec(text.slice(Math.max(0, ownStart - 8), ownStart));
    const span = { start: patronymStart(text, nobleStart(text, ownStart - (shortWord?.[0].length ?? 0))), end: found.end + particleLength };
    // "Maria da Costa Soares": a span the tagger read apart inside a name read on over a particle is that name's.
    if (overlapsAny(span, people) || clashesWith(span, orgs) || overlapsAny(span, hits)) continue;
    // "Direktur Jenderal Anggaran Kemenkeu, Prof. Dr. Rudianto Halim": a "name" holding a whole body is a title's words.
    if (orgs.some((o) => o.start >= span.start && o.end <= span.end)) continue;
    // "di Aula Jayang Tingang", "Jalan Ahmad Yani": a name after a hall's or a place's head word is the place's.
    const headBefore = wordBefore(text, span.start);
    if (PLACE_HEAD_FIRST_WORDS.has(headBefore) || headBefore === 'Aula') continue;
    // "the Aji Surya Natakesuma Military Area Command", "Sultan Hasanuddin Airport": a name that opens an English
    // body's or place's name is that body's.
    if (ENGLISH_BODY_AFTER.test(text.slice(span.end, span.end + 40))) continue;
    // "Sr. Comr", "Kombes Pol": a rank is no one's name.
    const rank = matchAt(RANK_PHRASE_AT, text, span.start);
    if ((rank && span.start + rank[0].length >= span.end) || text.slice(span.start, span.end).split(/[ \t]+/).every(isRankWord)) continue;
    const value = cleanName(text.slice(span.start, span.end));
    // A run of capitalised words longer than any name ("Budi Santoso Budi Santoso ..." in a garbled page) is none.
    if (value.split(' ').length > MAX_NAME_WORDS) continue;
    hits.push(namedHit(span, value));
  }
  return hits;
}

/** Up to three capitalised words, then "bin" or "binti", right before a name: group 1 the words. */
const PATRONYM_BEFORE = /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3})(?:bin|binti|binte)[ \t]+$/u;

/**
 * Where a name read after "bin" or "binti" starts: at the given names before the particle ("Hasnah binti Lamappa",
 * "Muhammad Yusuf bin Abdullah"), past a title, an honorific or a word of the language that opens the run ("Terdakwa
 * Ahmad bin Ali", "Hajjah Rusmini binti Darman").
 */
function patronymStart(text: string, at: number): number {
  const before = PATRONYM_BEFORE.exec(text.slice(Math.max(0, at - 48), at));
  if (!before) return at;
  // The words with their offsets in the text, whatever spaces stand between them.
  const words = allMatches(/\S+/g, before[1]!).map((w) => ({ word: w[0], start: at - before[0].length + w.index }));
  const first = words.find(({ word }) => !TITLE_BY_FORM.has(word) && !HONORIFICS.has(word) && !(isDictionaryWord(word.toLowerCase()) && !isListedName(word)));
  return first?.start ?? at;
}

/**
 * Whether capitalised words read as a name after a title are the title's complement, its holder named after a comma:
 * "Ketua PPIH Embarkasi Lombok, H. Lalu Muhammad Amin" (a word of the language no name list holds opens them).
 */
function isComplementBeforeHolder(text: string, name: Span): boolean {
  const written = text.slice(name.start, name.end);
  const head = written.split(/[ \t]/)[0]!;
  return /\s/.test(written) && isDictionaryWord(head.toLowerCase()) && !isListedName(head) && text[name.end] === ',' && readAppositive(text, name.end)?.comma === name.end;
}

/** A rank's word, its full stop written or not ("Kombes", "Comr", "Comr."). */
function isRankWord(word: string): boolean {
  return RANKS.has(word) || RANKS.has(`${word}.`) || RANKS.has(word.replace(/\.$/, ''));
}

/** Up to two capitalised words, then an English body's or place's head ("Military Area Command", "Airport"). */
const ENGLISH_BODY_AFTER =
  /^[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}(?:Command|Agency|Authority|Council|Foundation|University|Institute|Airport|Hospital|Stadium|Seaport|Port|Mosque|Cathedral|Hall)(?![\p{L}])/u;

/** Words in the longest name read (NERGrit's longest person span has five). */
const MAX_NAME_WORDS = 6;

/** People named right after a quote's attribution verb: `," kata Budi.` */
function findAttributionHits(text: string, taken: readonly Span[]): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const m of allMatches(ATTRIBUTION_NAME_RE, text)) {
    const raw = m[1]!;
    const name = readName(text, m.index + m[0].length - raw.length);
    if (!name || overlapsAny(name, taken)) continue;
    // "kata Gubernur X": the title's reader has the name; "kata Sultan Mahmud Shah" (no realm named) is a name here.
    const first = text.slice(name.start, name.end).split(' ')[0]!;
    if (TITLE_BY_FORM.has(first) && !(first === 'Sultan' && !isSultanTitleAt(text, name.start + first.length))) continue;
    const value = cleanName(text.slice(name.start, name.end));
    hits.push(namedHit(name, value));
  }
  return hits;
}

/** The organization a title points at, by its kind. */
function organizationFor(hit: PersonHit, nameOf: Map<OrgHit, string>): string | null {
  // "Ketua Pansus LKPJ", "Ketua Fraksi PKS": the head of a legislature's inner body sits in the one legislature the
  // article names (a faction's head is the legislature's, not the party's); a body found in the title stands
  // ("Ketua Badan Anggaran DPRD Kaltim").
  const legislature =
    hit.title && (!hit.org || /^(?:Partai|Fraksi) /.test(hit.org.base)) && LEGISLATURE_BODY_AT.test(hit.title.slice(titleFormOf(hit.title).end).trim())
      ? namedInArticle(nameOf, (name) => LEGISLATURE_NAME.test(name))
      : null;
  if (legislature) return legislature;
  if (hit.org) return nameOf.get(hit.org) ?? composeOrgName(hit.org);
  const entry = hit.titleEntry;
  if (entry?.body) return entry.body;
  // "Social Affairs Minister": the ministry of the English field before the title.
  // Another nation's minister ("Finnish Foreign Minister") heads no Indonesian ministry.
  // "Deputy Finance Minister": a deputy minister serves the ministry too.
  const field = entry?.kind === 'minister' ? /^(?:(?:Senior[ \t]+)?Deputy[ \t]+|Vice[ \t]+)?(?:Indonesian[ \t]+)?(.+?)[ \t]+Minister$/.exec(hit.title ?? '')?.[1] : undefined;
  // "Coordinating Minister for Economic Affairs", "Minister of Energy and Mineral Resources": the field after it.
  // "Vice Minister of Public Works", "Deputy Minister of Finance": a deputy's too.
  const after = entry?.kind === 'minister' ? /^(?:(?:Senior[ \t]+)?Deputy[ \t]+|Vice[ \t]+)?((?:Coordinating[ \t]+)?)Minister[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(.+)$/.exec(hit.title ?? '') : null;
  const ministry =
    (field ? ministryOfEnglishField(field) : undefined) ??
    (after ? AGENCY_BY_FORM.get(`${after[1]}Ministry for ${after[2]}`) ?? AGENCY_BY_FORM.get(`${after[1]}Ministry of ${after[2]}`) : undefined);
  if (ministry) return ministry.name;
  // A judge sits in the court the article names first: a trial report leads with the court that holds the trial.
  if (entry?.kind === 'judge') return firstNamed(nameOf, (name) => /^(?:Pengadilan|Mahkamah) /.test(name));
  // "JPU Mirza Alfian" after "jaksa penuntut umum (JPU) Kejati Aceh": a prosecutor serves the prosecutors' office the
  // article names first.
  if (entry?.title === 'Jaksa') return firstNamed(nameOf, (name) => name.startsWith('Kejaksaan '));
  // "Prakirawan Fitri Handayani" after "Stasiun Meteorologi Majene": a forecaster serves the weather office named first.
  if (entry?.title === 'Prakirawan') return firstNamed(nameOf, (name) => /^(?:Stasiun (?:Meteorologi|Klimatologi|Geofisika)|Balai Besar Meteorologi|Badan Meteorologi)/.test(name));
  // "Presiden Turki, Recep Tayyip Erdogan": a foreign head of state serves the presidency the article names.
  if (entry?.kind === 'head-of-state' && hit.title) {
    const country = hit.title.slice(titleFormOf(hit.title).end).trim();
    return country ? namedInArticle(nameOf, (name) => /^(?:Kepresidenan|Pemerintah) /.test(name) && name.endsWith(` ${country}`)) : null;
  }
  if (!entry?.org || !hit.title) return null;
  const { form, end } = titleFormOf(hit.title);
  // "Sultan Paser", "Sultan Sambaliung ke-XII": a sultan heads the sultanate of that name the article names.
  if (form === 'Sultan') {
    const realm = /^[ \t]+(\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*)*)/u.exec(hit.title.slice(end))?.[1];
    const sultanate = realm ? namedInArticle(nameOf, (name) => name === `Kesultanan ${realm}` || name.startsWith(`Kesultanan ${realm} `)) : null;
    if (sultanate) return sultanate;
  }
  // "Menteri Pekerjaan Umum (PU)": the short form in parentheses is no part of the body's name.
  const written = hit.title.slice(end).replace(/[ \t]*\([^()]*\)/g, '').trim();
  // "Menteri Keuangan RI": the republic's ministry is the ministry; "RI" is no part of its name.
  const complement = entry.org === 'ministry' ? written.replace(/[ \t]+(?:RI|Republik Indonesia)$/, '') : written;
  // "Kakankemenag Balikpapan": a head whose title names the ministry's office heads its office in the region.
  const office = GLUED_OFFICE[form];
  if (office && hit.region) return `${office} ${displayRegionName(hit.region)}`;
  // "Camat Samarinda Ulu": the head of the kecamatan / desa named after the title.
  // "Pembakal Desa Tambak Anyar": the unit's word written after the title is not said twice.
  // "Kepala Desa Muara Pantuan, Kecamatan Anggana": the desa is the body; the kecamatan after a comma says where it is.
  const area = complement.split(',')[0]!.trim();
  if (entry.area && area) {
    if (AREA_UNIT_LEAD.test(area)) return area;
    // "Lurah Glagah" beside "Pemerintah Kalurahan Glagah": the administration of that name the story writes.
    const administration = namedInArticle(nameOf, (name) => isAdministrationOf(name, area));
    return administration ?? `${areaUnitOf(form, entry)} ${area}`;
  }
  if (entry.org in GOVERNMENT_KIND) {
    // "Regional Secretary of East Kalimantan": English names the region after "of".
    const of = hit.region ? null : /^of[ \t]+(?:the[ \t]+)?(.+)$/.exec(complement);
    const ofRegion = of ? matchRegionAt(of[1]!, 0) : null;
    const region = hit.region ?? (ofRegion && ofRegion.end === of![1]!.length ? ofRegion.region : null);
    // A town abroad has no region entry; its government is one the article names ("Pemerintah Kota Cekmekoy").
    if (!region) return complement ? namedInArticle(nameOf, (name) => name.startsWith('Pemerintah ') && name.endsWith(` ${complement}`)) : null;
    // "Bupati Kediri", "Wali Kota Banjar": the title says which of a city and a regency of one name is meant.
    const kind = GOVERNMENT_KIND[entry.org];
    // "Wali Kota Yogyakarta": a city written by a province's other name (Yogyakarta, the Daerah Istimewa) is that city.
    const governed = kind ? (regionOfKindNamed(region, kind) ?? REGIONS_BY_NAME.get(complement.toLowerCase())?.find((r) => r.kind === kind) ?? region) : region;
    return `Pemerintah ${KIND_LABEL[governed.kind]} ${governed.name}`;
  }
  // "Direktur Jenderal Pajak": the head of the Direktorat Jenderal of that field, when agencies.json knows it.
  const directorate =
    DIRECTORATE_OF_HEAD.has(form) && complement
      ? (AGENCY_BY_LOWER_NAME.get(`direktorat jenderal ${complement.toLowerCase()}`) ?? AGENCY_BY_FORM.get(`Ditjen ${complement}`))
      : undefined;
  if (directorate) return directorate.name;
  // "Direktur Jenderal Tanaman Pangan" in a story of one ministry: a directorate general no list knows is that ministry's.
  if (DIRECTORATE_OF_HEAD.has(form) && complement) {
    const ministry = namedInArticle(nameOf, (name) => name.startsWith('Kementerian '));
    if (ministry) return ministry;
  }
  const short = entry.org === 'ministry' ? MINISTRY_BY_MINISTER_FORM.get(form) : undefined;
  if (short) return short.name;
  if (entry.org === 'ministry' && complement) {
    // "Menteri Koordinator Bidang Perekonomian" heads the Kementerian Koordinator of that field.
    const coordinating = /^(?:Menko|Menteri Koordinator)$/.test(form);
    const agency =
      (coordinating
        ? (AGENCY_BY_LOWER_NAME.get(`kementerian koordinator ${complement.toLowerCase()}`) ??
          AGENCY_BY_LOWER_NAME.get(`kementerian koordinator bidang ${complement.toLowerCase()}`))
        : undefined) ??
      AGENCY_BY_LOWER_NAME.get(`kementerian ${complement.toLowerCase()}`) ??
      AGENCY_BY_FORM.get(`Kementerian ${complement}`) ??
      AGENCY_BY_FORM.get(`Kemen${complement}`);
    // "Menteri Bahlil, Sri Mulyani dan Airlangga": a minister's name read as the field names no ministry.
    return agency?.name ?? (complement.split(/[ \t]+/).some((w) => isDictionaryWord(w.toLowerCase())) ? `Kementerian ${complement}` : null);
  }
  if (entry.org === 'police' || entry.org === 'military' || entry.org === 'prosecutor' || entry.org === 'inspectorate') {
    const unit = POLICE_ORG[form];
    if (form === 'Kapolri') return 'Kepolisian Negara Republik Indonesia';
    if (!unit) return null;
    // "kata Inspektur Zulkifli" in a story that names one Inspektorat: the bare title heads that one.
    if (!complement) {
      const units = new Set([...nameOf.values()].filter((name) => name.startsWith(`${unit} `)));
      return units.size === 1 ? [...units][0]! : null;
    }
    // Named as the organization finder names the unit: "Kapolda Kaltim" serves "Polda Kalimantan Timur".
    const region = matchRegionAt(complement, 0);
    const named = `${unit} ${region && region.end === complement.length ? displayRegionName(region.region) : complement}`;
    // "Danrem 091/Aji Surya Natakesuma" beside "Korem 091/ASN": the command of that number the article lists.
    const numbered = NUMBERED_COMMAND.exec(named)?.[1];
    return (numbered && namedInArticle(nameOf, (name) => NUMBERED_COMMAND.exec(name)?.[1] === numbered)) || named;
  }
  return null;
}

/** The name of a legislature as the organization finder names it ("DPRD Kalimantan Timur", "Dewan Perwakilan Rakyat"). */
const LEGISLATURE_NAME = /^(?:DPRD|DPR|Dewan Perwakilan Rakyat)(?: |$)/;

/** Glued titles of the heads of a ministry's regional office, and that ministry. */
const GLUED_OFFICE: Record<string, string> = { Kakankemenag: 'Kementerian Agama' };

/** Title forms of the head of a Direktorat Jenderal. */
const DIRECTORATE_OF_HEAD = new Set(['Direktur Jenderal', 'Dirjen']);

/** The ministry an English field names ("Social Affairs" -> Kementerian Sosial: "Ministry of Social Affairs"). */
function ministryOfEnglishField(field: string): AgencyEntry | undefined {
  const entry = AGENCY_BY_FORM.get(`Ministry of ${field}`) ?? AGENCY_BY_FORM.get(`${field} Ministry`);
  return entry?.kind === 'ministry' ? entry : undefined;
}

/** The one organization of the article whose name passes `test`; null when there is none or more than one. */
function namedInArticle(nameOf: Map<OrgHit, string>, test: (name: string) => boolean): string | null {
  const names = new Set([...nameOf.values()].filter(test));
  return names.size === 1 ? [...names][0]! : null;
}

/** The organization of the article that passes `test` and is written first, with its hit; null when there is none. */
function firstNamedHit(nameOf: Map<OrgHit, string>, test: (name: string) => boolean): [OrgHit, string] | null {
  let first: [OrgHit, string] | null = null;
  for (const [hit, name] of nameOf) if (test(name) && (!first || hit.start < first[0].start)) first = [hit, name];
  return first;
}

/** The organization of the article that passes `test` and is written first; null when there is none. */
function firstNamed(nameOf: Map<OrgHit, string>, test: (name: string) => boolean): string | null {
  return firstNamedHit(nameOf, test)?.[1] ?? null;
}

/**
 * The body the story's lead opens with as its subject, a dateline and "The" before it or not ("Medan, North Sumatra — The
 * North Sumatra High Prosecutor's Office has named ..."); null when the first body named is no subject.
 */
function leadSubject(text: string, nameOf: Map<OrgHit, string>): string | null {
  const first = firstNamedHit(nameOf, () => true);
  if (!first) return null;
  const opens = sentenceStartBefore(text, first[0].start);
  const dateline = findDatelineSpan(text);
  const from = dateline && dateline.start === opens && dateline.end <= first[0].start ? dateline.end : opens;
  return /^(?:[Tt]he[ \t]+)?$/.test(text.slice(from, first[0].start)) ? first[1] : null;
}
/** An English spokesperson's bare title opening a sentence ("Spokesman X said"): the voice of the body the story is about. */
const BARE_ENGLISH_SPOKESPERSON = /^Spokes(?:man|woman|person)$/;

/** The organization of the article that passes `test` and ends last at or before `at`, with its hit; null when none. */
function lastNamedBefore(nameOf: Map<OrgHit, string>, at: number, test: (name: string, hit: OrgHit) => boolean): [OrgHit, string] | null {
  let last: [OrgHit, string] | null = null;
  for (const [hit, name] of nameOf) if (hit.end <= at && test(name, hit) && (!last || hit.end > last[0].end)) last = [hit, name];
  return last;
}

/** A former or acting holder's marks that may open a title text ("mantan", "Plt"). */
export const HOLDER_MARKS = new RegExp(String.raw`^(?:${FORMER_MARK}[ \t]+)?(?:${ACTING_MARK}[ \t]+)?`);
/** An acting holder's mark alone, spelled out or short ("Pelaksana Harian", "Plt"). */
export const ACTING_MARK_ONLY = new RegExp(`^${ACTING_MARK}$`);

/**
 * The title form a title text holds after its holder's marks, and where the form ends ("Kepala Dinas KUMKMP ..." ->
 * "Kepala Dinas"; "Plt Kapolres Samarinda" -> "Kapolres").
 */
function titleFormOf(title: string): { form: string; end: number } {
  const marks = HOLDER_MARKS.exec(title)![0].length;
  const form = matchAt(TITLE_AT, title, marks)?.[0] ?? '';
  return { form, end: marks + form.length };
}

/** A title that names no one ("Kapolda Kaltim melalui ..."): where it is written and what it says of its body. */
interface UnheldTitle extends Span {
  title: string;
  entry: TitleEntry;
  region: RegionEntry | null;
  org: OrgHit | null;
}

/** The result of the people finder: entities and the mention spans by entity name (quotes use them). */
export interface PeopleFindings {
  entities: PersonEntity[];
  hits: PersonHit[];
  /** Unknown one-word bodies titles name ("CEO Paylona"): no person or place where they recur. */
  titleBodies: ReadonlySet<string>;
  /** Titles that name no one ("Kapolres Bontang menyatakan ..."): a quote after them is no named person's. */
  unheld: readonly Span[];
}

/** Find people in a text, linking titles to the organizations already found. */
export function findPeople(
  text: string,
  allOrgHits: readonly OrgHit[],
  nameOf: Map<OrgHit, string>,
  orgGovernment: Map<string, boolean>,
  home: RegionEntry | null,
  tagged: readonly (Span & { margin?: number })[] = [],
  notPeople: readonly (Span & { kind?: string })[] = [],
): PeopleFindings {
  const unheldTitles: UnheldTitle[] = [];
  // The house a commission is named with is no body a title or a chair points at: the commission is.
  const orgHits = allOrgHits.filter((h) => !h.houseOfCommission);
  // "Ketua RT 27 Sempaja Selatan", "Lurah Kampung Salo": a title before the name of a kelurahan or desa heads it; no
  // one is named.
  const titled = withBackReferencedBody(text, withOtherHoldersBody(text, findTitledHits(text, orgHits, home, unheldTitles)), orgHits)
    .map((h) => withOwnedBodyOfKind(text, withBodyNamedWithTitle(text, h, orgHits), orgHits))
    .filter((h) => !isAreaNameAfterTitle(text, h));
  const ruleOrgHits = orgHits.filter((o) => o.priority > 0);
  const roles = [...findRoleHits(text, titled, ruleOrgHits, orgHits), ...findNamedThenRoleHits(text, titled, orgHits), ...findEnglishAppositiveHits(text, titled, orgHits)];
  // Weak rules (a verb after capitalised words) yield to a role ("pelatih kepala Persija Thomas Doll mengatakan"), and
  // to the tagger when it reads the words as a place or a body.
  // "Data Bapenda menyebut": a run holding a body the rules read is no person's name.
  // "Datu Iskandar Zulkarnain ... Datu Iskandar menyampaikan": a name given in full with a title before is that person
  // again, whatever place the tagger read in it ("Iskandar").
  const titledBefore = (h: PersonHit): boolean => titled.some((t) => t.start < h.start && (t.name === h.name || t.name.startsWith(`${h.name} `)));
  const reporting = findReportingHits(text, [...titled, ...roles]).filter((h) => (titledBefore(h) || !overlapsAny(h, notPeople)) && !overlapsAny(h, ruleOrgHits));
  const led = findLeadWordHits(text, [...titled, ...reporting, ...roles], ruleOrgHits);
  const figures = findFigureHits(text, [...titled, ...reporting, ...roles, ...led]);
  // A tagger's name inside the aged name is a part of it ("Dayang Aulia Putri Ramadhani (16)": the tagger read
  // "Ramadhani"); one reaching past it stands.
  const aged = findAgedHits(text, [...titled, ...reporting, ...roles, ...led, ...figures, ...notPeople, ...orgHits], tagged);
  const degreed = findDegreedHits(text, [...titled, ...reporting, ...roles, ...led, ...figures, ...aged, ...notPeople, ...orgHits], tagged);
  const mates = findRunningMateHits(text, [...titled, ...reporting, ...roles, ...led, ...figures, ...aged, ...degreed, ...orgHits]);
  const cued = [...titled, ...reporting, ...roles, ...led, ...figures, ...aged, ...degreed, ...mates];
  const named = [...findNamedPersonHits(text, [...cued, ...orgHits], tagged), ...findTicketHits(text, [...cued, ...orgHits]), ...findSaidNameHits(text, [...cued, ...orgHits])];
  const subjects = findPersonVerbHits(text, [...cued, ...named, ...orgHits, ...tagged]);
  // English posts named around the name ("Committee chairman X", "inaugurated X as regent of Y"), on rule and tagger hits.
  const withEnglishPost = (h: PersonHit): PersonHit => withInstalledPost(text, withLegislatureKindTitle(text, h, orgHits));
  const ruled = splitTickets(text, [...cued, ...named, ...subjects]).map(withEnglishPost);
  // A title's words are no one's name ("Direktur Jenderal Anggaran Kemenkeu", "sebagai CTO Warungin").
  // Only a title of capitalised words counts: a long run with sentence words in it is a misreading, not a title.
  const isCapitalisedTitle = (span: Span): boolean => !/(?:^|[ \t])(?!dan[ \t]|serta[ \t])\p{Ll}/u.test(text.slice(span.start, span.end));
  // A title that names no one ("Pangdam VI/Mulawarman hadir") counts up to a parenthesis ("Ketua Yayasan X (Prof. Y)").
  const unheldSpans = unheldTitles.map((t) => ({ start: t.start, end: t.start + text.slice(t.start, t.end).replace(/[ \t]*\(.*$/s, '').length }));
  const titleSpans = [...ruled.flatMap((h) => (h.titleSpan ? [h.titleSpan] : [])), ...unheldSpans].filter(isCapitalisedTitle);
  // "CEO Paylona", "CTO Paylona": one unknown word a title names as its body is that body wherever it recurs.
  const titleBodies = new Set(
    ruled.flatMap((h) => {
      if (!h.title || h.org || h.area || h.region || h.titleEntry?.org !== 'complement' || h.titleEntry.area) return [];
      const body = h.title.slice(titleFormOf(h.title).end).trim();
      return /^\p{Lu}[\p{L}\p{N}]+$/u.test(body) ? [body] : [];
    }),
  );
  const taggedHits = splitTickets(text, findTaggedHits(text, tagged, [...ruled, ...titleSpans], orgHits))
    .filter((h) => !titleBodies.has(h.name))
    .map(withEnglishPost);
  const full = [...ruled, ...taggedHits].filter((h) => h.name.includes(' '));
  // Where the tagger is sure, a lone word is a name even without a title or a listed given name ("Cruyff", "Udit").
  // Not a common word ("Saya") nor a word of an organization's name ("Walikota Cekmekoy" of "Pemerintah kota Cekmekoy").
  const orgWords = new Set(orgHits.flatMap((o) => text.slice(o.start, o.end).split(/[^\p{L}\p{N}]+/u)));
  const confident = new Set(
    tagged
      .filter((t) => (t.margin ?? 0) >= TAGGED_NAME_MARGIN)
      .filter((t) => !COMMON_WORDS.has(text.slice(t.start, t.end).toLowerCase()) && !orgWords.has(text.slice(t.start, t.end)))
      // Nor the name of a people or a community ("Javanese", "Nahdliyin").
      .filter((t) => !NOT_PLACE_WORDS.has(text.slice(t.start, t.end)))
      .map((t) => t.start),
  );
  // A lone "Budi" the tagger found is the "Budi Wahyudi" named elsewhere; else a one-word guess needs the name lists.
  // "Gubernur Parawansa" after "Khofifah Indar Parawansa" is that person again, title and all.
  const nicknames = nicknamesOf(text, full);
  const first = [
    ...ruled.map((h) => (h.name.includes(' ') ? h : attachToKnown(h, full, nicknames))),
    ...taggedHits
      // A lone surname two people named in full share is left as written: it is not known which one it names.
      .map((h) => (h.name.includes(' ') || isSharedPart(h.name, full) ? h : attachToKnown(h, full, nicknames)))
      .filter(
        (h) =>
          // "Idul Adha": a feast of two words is no name either.
          (h.name.includes(' ') && !HIJRI_CALENDAR_WORDS.has(h.name)) ||
          (isNameWord(h.name) &&
            !MONTH_ABBREVIATION.test(text.slice(h.start, h.end + 1)) &&
            // "ulama Minangkabau": a people's name alone is no person's.
            !PEOPLES.has(h.name) &&
            (hasPersonContext(text, h) ||
              (!opensCapitalisedPhrase(text, h) &&
                !HIJRI_CALENDAR_WORDS.has(h.name) &&
                !isWordWrittenLower(text, h) &&
                ((isListedName(h.name) && !followsCapitalisedWord(text, h)) || confident.has(h.start) || isLoneName(text, h))))),
      ),
  ];
  const attributed = findAttributionHits(text, first)
    .filter((h) => !overlapsAny(h, notPeople))
    .map((hit) => attachToKnown(hit, first, nicknames));
  // A name inside an organization the rules found ("kata Samsung") is that organization; the tagger's guesses yield.
  // "Silpa Kaltim", "Pilkada Samarinda": a common abbreviation opens no person's name (no quote is theirs either).
  // "dr. Mariana Bria, Sp.A": a degree's first letters are no one's name; "Jalan M.H. Thamrin": a street's name is none.
  // "The Habibie Center said": a name ending in a body's tail word is a body's.
  // "Rp640 miliar disalurkan": a word with a digit in it is no one's name.
  // "Kalau Serayu banjir" after "Sungai Serayu": a lone word the text writes as a river's or a mountain's name is that.
  // "Branch chairwoman Ni Luh Made Widyastuti": a Balinese name read from its first name word opens with its "Ni" or "I".
  const found = [...first, ...attributed].map((h) => withBalineseOpenerOf(text, h)).filter(
    (h) =>
      !/\p{N}/u.test(h.name) &&
      !(!h.name.includes(' ') && namesNaturalFeature(text, h.name)) &&
      !withinAny(h, ruleOrgHits) &&
      !BODY_TAIL_LAST.test(h.name) &&
      !COMMON_ABBREVIATIONS.has(h.name.split(' ')[0]!) &&
      !DEGREE_OPENS.test(text.slice(h.start, h.start + 12)) &&
      !(STREET_BEFORE.test(text.slice(Math.max(0, h.start - 16), h.start)) && !ROAD_FIELD_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start))),
  );
  const known = withLongerNames(withCalledNames(text, withAliases(text, found)), text);
  const short = findShortFormHits(text, known, [...known, ...ruleOrgHits], notPeople);
  const seat = factionSeat(allOrgHits);
  const shared = shareTitles(
    text,
    linkNearbyOrganizations(text, [...known, ...short, ...findFactionNamedHits(text, [...known, ...short], orgHits)], orgHits)
      .map((h) => withRankAfter(text, h))
      .map((h) => withEnglishOfficerAfter(text, h, orgHits))
      .map((h) => withPossessiveOfficeBefore(text, h, orgHits))
      .map((h) => withBackReferencedOfficeAfter(text, h, orgHits))
      .map((h) => withRoleFromBodyBefore(text, h, orgHits))
      .map((h) => withRoleBeforeBody(text, h, orgHits))
      .map((h) => withPossessiveTitleAfter(text, h))
      .map((h) => withEnglishRoleAfter(text, h))
      .map((h) => withFactionSeat(text, h, seat))
      .flatMap((h) => withInitialsRole(text, h, orgHits))
      .sort((a, b) => a.start - b.start),
  );
  const listed = withMembersListedAfter(text, shared, orgHits);
  const hits = withTitlesReferringBack(text, withPredecessors(text, listed), unheldTitles);
  return { entities: mergePeople(text, hits, nameOf, orgGovernment, unheldTitles), hits, titleBodies, unheld: unheldTitles };
}

/** The last word of a body's name in English ("Institute", "Foundation", "Center"), closing a run of two words or more. */
const BODY_TAIL_LAST = new RegExp(`[ \\t](?:${BODY_TAIL_SOURCE})$`);

/** After a title: up to four words ("berpangkat AKBP"), then "itu" or "tersebut" pointing back at someone. */
const POINTS_BACK_AFTER_TITLE = /^(?:[ \t]+[\p{L}()-]+){0,4}?[ \t]+(?:itu|tersebut)(?![\p{L}])/u;

/**
 * "Dwi Prasetyo Nugroho menjelaskan hal serupa. Kepala Subdirektorat Penegakan Hukum Ditlantas Polda Metro Jaya
 * berpangkat AKBP itu menyebut ...": a title no one holds, opening the sentence after one that opens with an untitled
 * name and pointing back with "itu", is that person's.
 */
function withTitlesReferringBack(text: string, hits: readonly PersonHit[], unheld: readonly UnheldTitle[]): PersonHit[] {
  const back = unheld.filter((u) => sentenceStartBefore(text, u.start) === u.start && POINTS_BACK_AFTER_TITLE.test(text.slice(u.end, u.end + 48)));
  if (back.length === 0) return [...hits];
  return hits.map((hit) => {
    if (hit.title || hit.titleEntry || hit.org || sentenceStartBefore(text, hit.start) !== hit.start) return hit;
    const title = back.find((u) => u.start > hit.end && previousSentenceStart(text, u.start) === hit.start);
    if (!title || hits.some((h) => h !== hit && h.start > hit.end && h.start < title.start)) return hit;
    return { ...hit, title: title.title, titleEntry: title.entry, org: title.org, region: title.region };
  });
}

/** "menggantikan" right before a name: the one replaced follows. */
const REPLACES_BEFORE = /(?:^|[^\p{L}])menggantikan[ \t]+(?:posisi[ \t]+)?$/u;

/**
 * "Meliana Sari sebagai pelaksana tugas (Plt) Kepala Dinas Kesehatan, menggantikan Yusuf Effendi", "Rahmat menggantikan
 * Hasanuddin Pulungan": the one replaced, given no post of their own, held the post of the one named before in the
 * sentence, a former post now. One given a post ("..., yang kini dipercaya menjadi Kepala Dinas X") keeps it.
 */
function withPredecessors(text: string, hits: readonly PersonHit[]): PersonHit[] {
  return hits.map((hit, i) => {
    if (hit.title || hit.titleEntry || hit.org || !REPLACES_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) return hit;
    const opens = sentenceStartBefore(text, hit.start);
    const successor = hits.slice(0, i).findLast((h) => h.start >= opens && h.name !== hit.name);
    const post = successor ? hits.slice(0, i).findLast((h) => h.name === successor.name && h.title && h.titleEntry && !h.former) : undefined;
    if (!post || hits.some((h) => h.name === hit.name && h.title)) return hit;
    return { ...hit, title: post.title, titleEntry: post.titleEntry, org: post.org, region: post.region, former: true };
  });
}

/**
 * A directorate's field ending in "Jalan" right before a name ("Direktur Lalu Lintas Jalan X", "Direktur Preservasi
 * Jalan Y"): no street's name.
 */
const ROAD_FIELD_BEFORE = /(?:Lintas|Angkutan|Preservasi|Pembangunan|Keselamatan|Penyelenggaraan)[ \t]+Jalan[ \t]+$/;
/** A street's word and the initials of its name right before a name ("Jalan M.H. ", "Jl. K.H. "): the name is the street's. */
const STREET_BEFORE = /(?:^|[^\p{L}])(?:Jalan|Jl|Jln|Gang|Gg)\.?[ \t]+(?:\p{Lu}\.[ \t]*)*$/u;

/**
 * Whether a titled "name" is the name of a kecamatan, kelurahan or desa whose first word no name list holds, written
 * right after the title.
 */
function isAreaNameAfterTitle(text: string, hit: PersonHit): boolean {
  if (!hit.titleSpan || !/^[ \t,]*$/.test(text.slice(hit.titleSpan.end, hit.start))) return false;
  const words = hit.name.split(' ');
  // One word is such a name only after a title that ends with its unit word ("Lurah Kampung Salo"): many desa bear
  // given names ("Kepala OIKN Satria").
  const afterUnit = AREA_UNIT_KIND[text.slice(hit.titleSpan.start, hit.titleSpan.end).split(/[ \t]+/).at(-1)!] !== undefined;
  return (words.length > 1 || afterUnit) && isUnlistedAreaName(words);
}

/** Whether words spell a known kecamatan's or desa's name whose first word no name list holds ("Muara Badak"). */
function isUnlistedAreaName(words: readonly string[]): boolean {
  return !isListedName(words[0]!) && knownNameLength(words, 0, 'dv') === words.length;
}

/** A name, then its faction in parentheses: "Meiliana Tandirerung (Fraksi PDI Perjuangan)" (group 1 the name). */
const NAME_THEN_FACTION = new RegExp(`${WORD_START}(${NAME_TOKEN_SOURCE}(?:[ \\t]+${NAME_TOKEN_SOURCE}){0,3})[ \\t]*\\([ \\t]*Fraksi[ \\t]`, 'gu');
/**
 * "anggota Fraksi PDI Perjuangan, ", "anggota komisi dari Fraksi PKB, ", "anggota Banggar dari Fraksi PKB, " right before a
 * name (group 1 the title): a house's commission or inner body may stand before the faction.
 */
// "anggota dari Fraksi Partai Keadilan Sejahtera (PKS), X": the faction may carry its short form in parentheses.
const FACTION_MEMBER_BEFORE_SOURCE = String.raw`([Aa]nggota(?:[ \t]+(?:[Kk]omisi(?:[ \t]+[IVXA-E]{1,4})?|pansus|\p{Lu}\p{L}+))?[ \t]+(?:dari[ \t]+)?Fraksi[ \t]+[^,.;()\n]{2,40}(?:[ \t]*\([A-Z][A-Za-z-]{1,9}\))?),[ \t]+`;
// "anggota Fraksi Partai Golkar, Ir. H. Bambang ...": honorifics may stand between the comma and the name.
const FACTION_MEMBER_BEFORE = new RegExp(`(?:^|[^\\p{L}])${FACTION_MEMBER_BEFORE_SOURCE}(?:${NAME_HONORIFIC}[ \\t]+)*$`, 'u');
/** The same title anywhere, a name after it: "anggota Banggar dari Fraksi PKB, Nurhayati." names a member, even by one word. */
const FACTION_MEMBER_THEN_NAME = new RegExp(`(?<![\\p{L}])${FACTION_MEMBER_BEFORE_SOURCE}`, 'gu');
/**
 * "Fraksi PKS melalui juru bicaranya, Hj. ", "Fraksi PKS (PKS) lewat ", "Pandangan Fraksi PDI Perjuangan yang dibacakan ",
 * "Fraksi Gerindra yang diwakili "
 * right before a name (group 1 the faction, group 2 the role if named).
 */
const FACTION_THROUGH_BEFORE =
  /(?:^|[^\p{L}])(Fraksi[ \t]+[^,.;()\n]{2,40}?(?:[ \t]*\([A-Za-z]{2,10}\))?),?[ \t]+(?:melalui|lewat|(?:yang[ \t]+)?(?:dibacakan|diwakili)(?:[ \t]+oleh)?)[ \t]+(?:(juru[ \t]+bicara(?:nya)?|ketua(?:nya)?|sekretaris(?:nya)?)[ \t]*,?[ \t]+)?(?:(?:Hj?|Dr|Ir|Drs|Dra)\.?[ \t]+)*$/u;
/** "Anggota Fraksi PKS " right before a name, no comma between: the faction is a party's form (group 1 the title). */
const FACTION_MEMBER_NAMED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])([Aa]nggota(?:[ \\t]+[Kk]omisi(?:[ \\t]+[IVXA-E]{1,4})?)?[ \\t]+(?:dari[ \\t]+)?Fraksi[ \\t]+(?:${buildAlternation(
    PARTY_FORMS,
  )})(?:[ \\t]*\\([A-Za-z]{2,10}\\))?)[ \\t]+$`,
  'u',
);
/** A faction right after a name, its degrees between or not: " (Fraksi PKS)", ", S.Pd. dari Fraksi PKS". */
const FACTION_AFTER_NAME = new RegExp(
  `^${DEGREES_AFTER_NAME}[ \\t]*,?[ \\t]*(?:(?:\\(|dari)[ \\t]*Fraksi[ \\t]|(?:of|from)[ \\t]+the[ \\t]+(?:[\\p{L}()-]+[ \\t]+){1,5}faction(?![\\p{L}]))`,
  'u',
);
/** The legislator's title entry: a member of a house, an office holder. */
const LEGISLATOR_ENTRY = TITLE_BY_FORM.get('Anggota DPR')!;

/**
 * Names no finder read that a faction follows in parentheses ("di antaranya Rusdiansyah Aras (Fraksi PKB)"), or that
 * follow a faction member's title ("anggota Banggar dari Fraksi PKB, Nurhayati").
 */
function findFactionNamedHits(text: string, hits: readonly PersonHit[], orgHits: readonly OrgHit[]): PersonHit[] {
  if (!text.includes('Fraksi')) return [];
  const before = allMatches(NAME_THEN_FACTION, text).flatMap((m) => {
    const span = { start: m.index, end: m.index + m[1]!.length };
    return overlapsAny(span, hits) || overlapsAny(span, orgHits) || !m[1]!.includes(' ') ? [] : [namedHit(span, cleanName(m[1]!))];
  });
  const after = allMatches(FACTION_MEMBER_THEN_NAME, text).flatMap((m) => {
    const span = readName(text, m.index + m[0].length);
    return !span || !endsName(text, span.end) || overlapsAny(span, [...hits, ...before]) || overlapsAny(span, orgHits) ? [] : [namedHit(span, cleanName(text.slice(span.start, span.end)))];
  });
  return [...before, ...after];
}

/** The commission and the house a member named with a faction may sit in: the one the story names of each, or null. */
interface FactionSeat {
  commission: OrgHit | null;
  house: OrgHit | null;
}
function factionSeat(orgHits: readonly OrgHit[]): FactionSeat | null {
  const one = (hits: OrgHit[]): OrgHit | null => (new Set(hits.map((h) => `${h.base}|${h.region?.code ?? ''}`)).size === 1 ? hits[0]! : null);
  const commission = one(orgHits.filter((h) => /^Komisi [IVXA-E]+ DPRD?$/.test(h.base)));
  const house = one(orgHits.filter((h) => h.base === 'DPRD' || h.base === 'Dewan Perwakilan Rakyat'));
  return commission || house ? { commission, house } : null;
}

/**
 * "Meiliana Tandirerung (Fraksi PDI Perjuangan)", "anggota Fraksi PDI Perjuangan, Veronika Lusi Hayon": one named with a
 * faction and no title of their own is a member of the legislature the story names, an office holder: of its one
 * commission where the sentence speaks of a commission ("anggota komisi, di antaranya ..."), else of the house. The
 * faction's party is no body they act for.
 */
function withFactionSeat(text: string, hit: PersonHit, seat: FactionSeat | null): PersonHit {
  // "Fraksi PKS melalui juru bicaranya, Hj. Nurhasanah Lubis,", "Fraksi PDI Perjuangan, melalui Robert Simanjuntak,":
  // the faction speaks through a member, who sits in the house.
  const through = FACTION_THROUGH_BEFORE.exec(text.slice(Math.max(0, hit.start - 80), hit.start));
  const role = through?.[2]?.replace(/nya$/, '');
  if (through && (!hit.title || hit.title.replace(/nya$/, '').toLowerCase() === role?.toLowerCase()) && hit.titleEntry?.official !== true) {
    // With no house named, the faction itself: its spokesperson sits in a legislature all the same.
    return { ...hit, title: role ? `${role} ${through[1]}` : null, titleEntry: LEGISLATOR_ENTRY, org: seat?.house ?? seat?.commission ?? hit.org };
  }
  // "Fraksi PKB menyoroti ... Juru bicara fraksi, X": a faction's officer named by a back reference sits in the house.
  if (hit.org?.base.startsWith('Fraksi ') && hit.title && /(?<![\p{L}])fraksi$/u.test(hit.title)) {
    return { ...hit, titleEntry: LEGISLATOR_ENTRY, org: seat?.house ?? seat?.commission ?? hit.org };
  }
  if (!seat) return hit;
  // "X, a lawmaker from the PDI-P faction": a legislator's title that names a faction is a member of the house.
  if (hit.titleEntry?.kind === 'legislator' && hit.org?.base.startsWith('Fraksi ')) return { ...hit, org: seat.house ?? seat.commission ?? hit.org };
  // "Anggota Fraksi PKS Muhammad Iqbal": the title read as a member of the party is a member of the house.
  const named = FACTION_MEMBER_NAMED_BEFORE.exec(text.slice(Math.max(0, hit.start - 70), hit.start));
  // "Anggota dari Fraksi PKS, X": so is the member's title set off by a comma, where it named no body of its own
  // ("Anggota Banggar dari Fraksi Golkar, X" sits in the Banggar).
  const commaNamed = hit.org ? null : FACTION_MEMBER_BEFORE.exec(text.slice(Math.max(0, hit.start - 70), hit.start));
  const memberTitle = [named, commaNamed].some((m) => m !== null && hit.title === m[1]!.replace(/\s+/g, ' '));
  if ((hit.titleEntry || hit.title) && !memberTitle) return hit;
  const before = FACTION_MEMBER_BEFORE.exec(text.slice(Math.max(0, hit.start - 60), hit.start)) ?? named;
  // "Muhammad Faisal Ridwan (Fraksi PKS)", "Muhammad Faisal Ridwan dari Fraksi PKS menyoroti": the faction after the name.
  if (!before && !FACTION_AFTER_NAME.test(text.slice(hit.end, hit.end + 60))) return hit;
  const sentence = text.slice(sentenceStartBefore(text, hit.start), hit.start);
  const org = (/[Kk]omisi/.test(sentence) ? seat.commission : null) ?? seat.house ?? seat.commission;
  return { ...hit, title: before?.[1] ?? null, titleEntry: LEGISLATOR_ENTRY, org };
}

/** ", a construction worker,", ", an activist from ...": an English role set off after a name (group 1). */
export const ENGLISH_ROLE_AFTER = new RegExp(
  String.raw`^,[ \t]+an?[ \t]+((?:[a-z-]+[ \t]+)?(?:${buildAlternation(ROLE_WORDS.filter((r) => /^[a-z ]+$/.test(r) && isEnglishRole(r)))}))(?=[ \t]*[,.]|[ \t]+(?:of|from|at|in|who)[ \t])`,
  'u',
);

/** Whether a role word is English (the list holds Indonesian ones too: "petani", "warga"). */
function isEnglishRole(role: string): boolean {
  return role.split(' ').every((w) => isEnglishWord(w));
}

/** A role and up to two words of its field, then "dari", right before a body ("Penyuluh pertanian dari "): group 1 the role. */
const ROLE_FROM_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])((?:${ROLE_WORD_SOURCE})(?:[ \t]+\p{Ll}+){0,2})[ \t]+dari[ \t]+$`,
  'u',
);

/** Up to two capitalised words, then the comma before a name: a body's name may run on past what its finder read ("BPP Sigi Biromaru, "). */
const BODY_TAIL_THEN_COMMA = /^(?:[ \t]+\p{Lu}\p{Ll}+){0,2}[ \t]*,[ \t]+$/u;

/**
 * "Penyuluh pertanian dari Balai Penyuluhan Pertanian (BPP) Sigi Biromaru, Margaretha Tandiari,": a role, the body it
 * serves, then the untitled name after a comma are the person's.
 */
function withRoleFromBodyBefore(text: string, hit: PersonHit, orgHits: readonly OrgHit[]): PersonHit {
  if (hit.title || hit.titleEntry || hit.org) return hit;
  const body = orgHits.find((o) => o.end < hit.start && BODY_TAIL_THEN_COMMA.test(text.slice(o.end, hit.start)));
  const role = body ? ROLE_FROM_BEFORE.exec(text.slice(Math.max(0, body.start - 50), body.start))?.[1] : undefined;
  return body && role ? { ...hit, title: role, org: body } : hit;
}


/** The nouns of scholars and professionals an English title sets off after a name, besides officers ("a geodesy lecturer at"). */
const ENGLISH_SCHOLAR_NOUNS = 'lecturer|professor|scientist|expert|observer|academic|planner|engineer|auditor|inspector|consultant|adviser|advisor|specialist';
/**
 * ", corporate communications manager at ", ", an energy analyst at the Jakarta-based think tank ", ", a geodesy
 * lecturer at ": an English officer's or scholar's title set off after a name (group 1, without its article), then
 * "at" or "of" and what kind of body it is.
 */
const ENGLISH_OFFICER_AFTER =
  new RegExp(String.raw`^,[ \t]+(?:an?[ \t]+)?((?:[a-z&-]+[ \t]+){0,4}(?:${ENGLISH_OFFICER_NOUNS}|${ENGLISH_SCHOLAR_NOUNS}|president))[ \t]+(?:at|of)[ \t]+(?:the[ \t]+)?(?:[A-Z][A-Za-z]*-based[ \t]+)?(?:(?!(?:and|or|with|while|in|for|of|at|to|on)[ \t])[a-z-]+[ \t]+){0,3}$`);

/**
 * "Ratih Puspitasari, corporate communications manager at PT Kariangau Samudra Terminal, said": the title set off after
 * an untitled name and the body named right after "at" or "of" are the person's.
 */
function withEnglishOfficerAfter(text: string, hit: PersonHit, orgHits: readonly OrgHit[]): PersonHit {
  return withBodyNear(text, hit, orgHits, 'after', 70, (body, gap) => {
    const title = ENGLISH_OFFICER_AFTER.exec(gap)?.[1];
    if (title) return { title, org: body };
    // "Rudianto Halim Saputra, the OJK chief executive for insurance supervision, said": the body, then the title.
    const officer = BODY_FIRST_GAP.test(gap) ? OFFICER_AFTER_BODY.exec(text.slice(body.end, body.end + 80)) : null;
    return officer ? { title: text.slice(body.start, body.end) + officer[0], titleEntry: HEAD_ENTRY, org: body } : null;
  });
}

/**
 * An untitled name's title and body from the first body within `reach` characters on one side of it that `read`
 * accepts, given the words between them; the hit unchanged where none does or it has a title or body already.
 */
function withBodyNear(
  text: string,
  hit: PersonHit,
  orgHits: readonly OrgHit[],
  side: 'before' | 'after',
  reach: number,
  read: (body: OrgHit, gap: string) => Pick<PersonHit, 'title' | 'org'> & Partial<Pick<PersonHit, 'titleEntry'>> | null,
): PersonHit {
  if (hit.title || hit.titleEntry || hit.org) return hit;
  for (const body of orgHits) {
    const [from, to] = side === 'after' ? [hit.end, body.start] : [body.end, hit.start];
    const found = to > from && to - from <= reach ? read(body, text.slice(from, to)) : null;
    if (found) return { ...hit, ...found };
  }
  return hit;
}

/**
 * "Walhi's national campaign manager for forests and plantations, Rina Kartika Sembiring, said": a body's possessive,
 * an English officer's title in lower case and a comma before an untitled name: the title and the body are the name's.
 */
function withPossessiveOfficeBefore(text: string, hit: PersonHit, orgHits: readonly OrgHit[]): PersonHit {
  return withBodyNear(text, hit, orgHits, 'before', 100, (body, gap) => {
    const office = POSSESSIVE_OFFICE_BETWEEN.exec(gap);
    return office ? { title: office[1]!, titleEntry: HEAD_ENTRY, org: body } : null;
  });
}
// "The Health Ministry's director of ..., dr. Hanif Rahmadi, MPH,": honorifics may stand before the name.
const POSSESSIVE_OFFICE_BETWEEN = new RegExp(`^${POSSESSIVE_OFFICE_SOURCE}${HONORIFICS_RUN}$`);

/** ", the " between a name and the body its title opens with. */
const BODY_FIRST_GAP = /^,[ \t]+(?:the[ \t]+)?$/;
/** An English officer's title in lower case right after a body's name, up to the comma that closes it. */
const OFFICER_AFTER_BODY =
  new RegExp(String.raw`^[ \t]+(?:[a-z&-]+[ \t]+){0,3}(?:${ENGLISH_OFFICER_NOUNS}|president|chief executive)(?:[ \t]+(?:for|of)(?:[ \t]+[a-z&-]+){1,4})?(?=,)`);

/**
 * An age or none, a comma, a role (or a board member's, a caretaker's or a staff word) and up to two words of its field, then
 * a body: ", guru ", " (44), guru ", ", dosen di ", ", pengasuh ".
 */
const ROLE_BEFORE_BODY = new RegExp(
  String.raw`^(?:[ \t]*\(\d{1,3}\))?[ \t]*,[ \t]+((?:${ROLE_WORD_SOURCE}|pengurus|pengasuh|staf)(?:[ \t]+\p{Ll}+){0,2}?)[ \t]+(?:(?:di|pada|dari)[ \t]+)?$`,
  'u',
);

/**
 * "Martina Uren (44), guru SD Negeri Sei Hanyo", "Nurul Aini, guru TK Pertiwi Bataguh": the role set off after an untitled
 * name and the body it serves; a role read before the name stays ("Korban, Rafi (17), pelajar SMA Negeri 1 Ngaglik").
 */
function withRoleBeforeBody(text: string, hit: PersonHit, orgHits: readonly OrgHit[]): PersonHit {
  if (hit.titleEntry || hit.org) return hit;
  const titled = hit.title;
  const found = withBodyNear(text, { ...hit, title: null }, orgHits, 'after', 48, (body, gap) => {
    const role = ROLE_BEFORE_BODY.exec(gap)?.[1];
    return role ? { title: titled ?? role, org: body } : null;
  });
  return found.org ? found : hit;
}

/**
 * ", the company's export manager", ", the ministry's director general of minerals and coal", ", a spokesperson for the
 * ministry's directorate general of ...": an English officer's title after a body's possessive that points back, set
 * off after a name (group 1 the title, with its field after "of" or "for").
 */
const POSSESSIVE_TITLE_AFTER = new RegExp(
  String.raw`^,[ \t]+(?:an?[ \t]+((?:spokesperson|spokesman|spokeswoman)[ \t]+(?:for|of|at))[ \t]+)?${BODY_POSSESSIVE}[ \t]+((?:[a-z&-]+[ \t]+){0,3}(?:director general|${ENGLISH_OFFICER_NOUNS}|president director|vice president|directorate general)(?:[ \t]+(?:for|of)(?:[ \t]+[a-z&-]+){1,5})?)(?=[ \t]*[,.;]|[ \t]+(?:said|says|told|added)(?![\p{L}]))`,
  'u',
);

/**
 * "said Kadek Ariawan, the company's export manager": the title set off after an untitled name, with a possessive that
 * points back at the body named before; the body is read as "Its export manager" is (bodyReferredBack).
 */
function withPossessiveTitleAfter(text: string, hit: PersonHit): PersonHit {
  if (hit.title || hit.titleEntry || hit.org) return hit;
  const m = POSSESSIVE_TITLE_AFTER.exec(text.slice(hit.end, hit.end + 100));
  if (!m) return hit;
  // "a spokesperson for the ministry's directorate general of ...": the spokesperson's title, the unit after it.
  const start = hit.end + m[0].length - m[2]!.length;
  const title = m[1] ? text.slice(hit.end + m[0].indexOf(m[1]), start + m[2]!.length).replace(/\s+/g, ' ') : m[2]!;
  const entry = TITLE_BY_FORM.get(matchAt(TITLE_AT, title, 0)?.[0] ?? '');
  return { ...hit, title, titleSpan: { start, end: start + m[2]!.length }, ...(entry ? { titleEntry: entry } : {}) };
}

/** A person without a title, with the English role set off after the name ("Suparman Hadi, a construction worker,"). */
function withEnglishRoleAfter(text: string, hit: PersonHit): PersonHit {
  if (hit.title || hit.titleEntry) return hit;
  const role = ENGLISH_ROLE_AFTER.exec(text.slice(hit.end, hit.end + 48))?.[1];
  return role ? { ...hit, title: role } : hit;
}

/**
 * "BI Governor X ... Senior Deputy Governor Y": a bare title the rules gave the story's home region ("Deputy Governor
 * DKI Jakarta") goes to the body another holder of its form serves, the nearest before it or else the first after it,
 * when that body is no region's (Bank Indonesia's governors are no province's).
 */
function withOtherHoldersBody(text: string, hits: readonly PersonHit[]): PersonHit[] {
  return hits.map((hit, i) => {
    if (!hit.homeRegionTitle || !hit.titleEntry || !hit.titleSpan) return hit;
    const servesBody = (h: PersonHit): boolean => h.titleEntry === hit.titleEntry && h.org !== null && !h.org.regional && !h.homeRegionTitle;
    const earlier = hits.slice(0, i).findLast(servesBody) ?? hits.slice(i + 1).find(servesBody);
    if (!earlier) return hit;
    const title = text.slice(hit.titleSpan.start, hit.titleSpan.end).replace(/\s+/g, ' ');
    const { homeRegionTitle: _filled, ...rest } = hit;
    return { ...rest, title, org: earlier.org, region: null };
  });
}

/**
 * A back reference in a title, with the kind of body it names: English "the ministry('s)", "the center's"; a faction
 * in lower case, "Juru bicara fraksi, X", after the faction the text named ("Fraksi PKB menyoroti ...").
 */
// "Head of the transportation office X": a field's word or two in lower case may name the office's kind.
const BACK_REFERENCE = /(?<![\p{L}])(?:the[ \t]+(?:\p{Ll}+[ \t]+){0,2}?(ministry|agency|office|cent(?:er|re)|authority|company|court|bank|commission|council|hospital|police)(?:['’]s)?|(fraksi))(?![\p{L}])/u;
/**
 * How an office is named: "the office" points back at a state office named before, the prosecutors' or another, in
 * Indonesian or English ("Kejaksaan Tinggi Sumatera Selatan", "the Land Office").
 */
const OFFICE_KIND_NAME = /^(?:Kantor|Kejaksaan|Dinas|Balai|Badan|Kepolisian|Pengadilan|Sekretariat|Inspektorat|Perwakilan|Otoritas)[ \t]|Office(?![\p{L}])/u;
/** How the bodies of each kind a back reference names are named (their Indonesian or English name). */
const BACK_REFERENCE_KIND: Readonly<Record<string, RegExp>> = {
  ministry: /^(?:Kementerian|Kemenko)[ \t]|Ministry(?![\p{L}])/u,
  agency: /^(?:Badan|Lembaga)[ \t]|Agency(?![\p{L}])/u,
  office: OFFICE_KIND_NAME,
  center: /^Pusat[ \t]|Cent(?:er|re)(?![\p{L}])/u,
  centre: /^Pusat[ \t]|Cent(?:er|re)(?![\p{L}])/u,
  authority: /^(?:Otoritas|Otorita|Badan Pelaksana Otorita)[ \t]|Authority(?![\p{L}])/u,
  company: /^(?:PT|Perum|Perumda)[ \t]|Company(?![\p{L}])/u,
  court: /^Pengadilan[ \t]|Court(?![\p{L}])/u,
  bank: /^Bank[ \t]|Bank(?![\p{L}])/u,
  commission: /^Komisi[ \t]|Commission(?![\p{L}])/u,
  council: /^(?:Dewan|DPRD?)[ \t]|Council(?![\p{L}])/u,
  fraksi: /^Fraksi[ \t]/u,
  hospital: /^(?:RSUD|RSUP|RSU|RS|Rumah Sakit)[ \t]|Hospital(?![\p{L}])/u,
  police: /^(?:Polda|Polres|Polresta|Polrestabes|Kepolisian)[ \t]|Police(?![\p{L}])/u,
  assembly: /^(?:Majelis|MPR)[ \t]|Assembly(?![\p{L}])/u,
};

/** The English word for an office right after a body's name: " office", " regional office", " representative office". */
const OFFICE_WORD_AFTER = /^[ \t]+(?:(?:regional|representative|provincial|branch)[ \t]+)?office(?![\p{L}])/u;
/** The body of a kind of BACK_REFERENCE_KIND named last before `before`. */
function lastBodyOfKind(orgHits: readonly OrgHit[], kind: string, before: number): OrgHit | undefined {
  return lastBodyNamed(orgHits, BACK_REFERENCE_KIND[kind]!, before);
}
/** The body named last before `before` whose name or an alias reads as `named`. */
function lastBodyNamed(orgHits: readonly OrgHit[], named: RegExp, before: number): OrgHit | undefined {
  return orgHits.findLast((o) => o.end <= before && [o.base, ...o.aliases].some((n) => named.test(n)));
}

/**
 * "Director General of Disease Prevention and Control at the ministry, X": a title with no body of its own that points
 * back at "the ministry" is an office of the nearest body of that kind the text named before it.
 */
function withBackReferencedBody(text: string, hits: readonly PersonHit[], orgHits: readonly OrgHit[]): PersonHit[] {
  return hits.map((hit) => {
    if (hit.org || !hit.titleSpan) return hit;
    const reference = BACK_REFERENCE.exec(text.slice(hit.titleSpan.start, hit.titleSpan.end));
    const kind = reference?.[1] ?? reference?.[2];
    const body = kind ? lastBodyOfKind(orgHits, kind, hit.titleSpan.start) : undefined;
    return body ? { ...hit, org: body } : hit;
  });
}

/**
 * English titles named by the kind of body they hold office in, right before a name: "Committee chairman X", "The
 * committee chairman, X", "Council secretary X", "Commissioner X", "Speaker X" (group 1 the title; group 2 the kind
 * word, or group 3 the one-word title).
 */
const KIND_TITLE_BEFORE =
  /(?:^|[.!?]["”]?[ \t]+|\n[ \t]*|,[ \t]+)((?:[Tt]he[ \t]+)?(Committee|Council|committee|council)(?:['’]s)?[ \t]+(?:deputy[ \t]+)?(?:chairman|chairwoman|chairperson|chair|secretary|spokesman|spokeswoman|spokesperson|speaker)|(Commissioner|(?:Deputy[ \t]+)?Speaker))[ \t]*,?[ \t]*$/u;
/** The title entry of a kind title's office word. */
const KIND_TITLE_ENTRY: readonly [RegExp, string][] = [
  [/secretary$/, 'Sekretaris'],
  [/spoke(?:s(?:man|woman|person))$/, 'Juru Bicara'],
  [/^Commissioner$/, 'Komisioner'],
  [/./, 'Ketua'],
];
/** How a legislature is named: the DPR, a DPRD or another house, or an English council. */
const HOUSE_OR_COUNCIL_NAME = /^(?:DPRD|DPR|DPD|DPRA|DPRK|DPRP|Dewan Perwakilan)(?![\p{L}])|Council(?![\p{L}])|House of Representatives/u;
/** How a committee is named: a DPD committee, a special committee or another, in Indonesian or English. */
const COMMITTEE_NAME = /^(?:Komite|Panitia|Pansus|Panja|Badan Anggaran|Banggar)(?![\p{L}])|Committee(?![\p{L}])/u;

/**
 * A name after an English title of a legislature's or a commission's office ("Committee chairman Abdul Hakim Siagian
 * said", "Speaker Hasanuddin Laupe"): the title, held in the last body of its kind the text named before (a committee's,
 * else the house's; a commissioner's commission, where the story names no police: "Commissioner" is a police rank too).
 */
function withLegislatureKindTitle(text: string, hit: PersonHit, orgHits: readonly OrgHit[]): PersonHit {
  if (hit.org) return hit;
  const speakerOnly = hit.title !== null && /^(?:Deputy )?Speaker$/.test(hit.title);
  if (hit.title && !speakerOnly) return hit;
  const m = speakerOnly ? null : KIND_TITLE_BEFORE.exec(text.slice(sentenceStartBefore(text, hit.start), hit.start));
  if (!speakerOnly && !m) return hit;
  const title = speakerOnly ? hit.title! : m![1]!.replace(/^[Tt]he[ \t]+/, '').replace(/\s+/g, ' ');
  const kind = speakerOnly ? 'Speaker' : (m![2] ?? m![3]!).toLowerCase();
  const before = speakerOnly ? hit.titleSpan?.start ?? hit.start : hit.start - m![0].length;
  const last = (named: RegExp): OrgHit | undefined => lastBodyNamed(orgHits, named, before);
  let org: OrgHit | undefined;
  if (kind === 'commissioner') {
    if (orgHits.some((o) => [o.base, ...o.aliases].some((n) => BACK_REFERENCE_KIND.police!.test(n)))) return hit;
    org = last(BACK_REFERENCE_KIND.commission!);
  } else {
    org = (kind === 'committee' ? last(COMMITTEE_NAME) : undefined) ?? last(HOUSE_OR_COUNCIL_NAME);
  }
  if (!org) return hit;
  if (speakerOnly) return { ...hit, org };
  const entry = TITLE_BY_FORM.get(KIND_TITLE_ENTRY.find(([word]) => word.test(title))![1]) ?? null;
  const start = hit.start - m![0].length + m![0].indexOf(m![1]!);
  return { ...hit, title, titleEntry: entry, titleSpan: { start, end: start + m![1]!.length }, org };
}

/** The verb that installs one or two people in a region's head's post, right before the first name. */
const INSTALLING_VERB = String.raw`(?<![\p{L}])(?:inaugurated|installed|swore[ \t]+in|sworn[ \t]+in|appointed|named|elected|re-elected)[ \t]+`;
const INSTALLING_VERB_BEFORE = new RegExp(`${INSTALLING_VERB}$`, 'u');
/** That verb, a name of capitalised words and "and", right before the second of two people installed. */
const INSTALLING_VERB_THEN_NAME_BEFORE = new RegExp(String.raw`${INSTALLING_VERB}(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,6}and[ \t]+$`, 'u');
/** A region head's post in English: "regent", "deputy mayor", "vice governor". */
const REGION_HEAD_POST = '(?:(?:deputy|vice)[ \\t]+)?(?:regent|mayor|governor)';
/**
 * After the first of the people installed: another name or not, then "as" one post or two, and "of" (group 1 the
 * first post, group 2 the second's).
 */
const INSTALLED_AS_AFTER = new RegExp(
  `^(?:[ \\t]+and[ \\t]+[^,.;()]{3,60}?)?[ \\t]+as[ \\t]+(?:the[ \\t]+(?:new[ \\t]+)?)?(${REGION_HEAD_POST})(?:[ \\t]+and[ \\t]+(${REGION_HEAD_POST}))?[ \\t]+of[ \\t]+`,
  'u',
);

/**
 * "The governor inaugurated Amrullah Tahir Almahdaly and I Nyoman Sukadana as regent and deputy regent of Parigi
 * Moutong": a person installed in a region head's post holds it, the first the first post, the second the second.
 */
function withInstalledPost(text: string, hit: PersonHit): PersonHit {
  if (hit.title) return hit;
  const sentence = text.slice(sentenceStartBefore(text, hit.start), hit.start);
  const first = INSTALLING_VERB_BEFORE.test(sentence);
  // The second of two: "inaugurated X and " right before it.
  const second = !first && INSTALLING_VERB_THEN_NAME_BEFORE.test(sentence);
  if (!first && !second) return hit;
  const after = text.slice(hit.end, hit.end + 160);
  const m = INSTALLED_AS_AFTER.exec(after);
  if (!m || (first && /^[ \t]+and[ \t]/.test(after) !== (m[2] !== undefined))) return hit;
  const post = (second ? m[2] ?? m[1] : m[1])!.replace(/\s+/g, ' ');
  const regionAt = hit.end + m[0].length;
  const region = matchRegionAt(text, regionAt);
  const entry = TITLE_BY_FORM.get(post.replace(/(^|\s)\S/g, (c) => c.toUpperCase())) ?? TITLE_BY_FORM.get(post);
  if (!region || !entry) return hit;
  return { ...hit, title: `${post} of ${text.slice(region.start, region.end)}`, titleEntry: entry, region: region.region };
}

/** Whether the text writes a word after a natural feature's head word ("Sungai Serayu", "Gunung Semeru"). */
function namesNaturalFeature(text: string, word: string): boolean {
  return NATURAL_FEATURE_HEADS.some((head) => wholeWordsAt(text, `${head} ${word}`).length > 0);
}

/** A person hit with the Balinese "I" or "Ni" right before its first name word taken into its name. */
function withBalineseOpenerOf(text: string, hit: PersonHit): PersonHit {
  const start = withBalineseOpener(text, hit.start);
  return start === hit.start ? hit : { ...hit, start, name: `${text.slice(start, hit.start).trim()} ${hit.name}` };
}

/** A title's kind of body, then its owner: "Direktur rumah sakit milik Pemerintah Provinsi Maluku itu" (group 1 the kind). */
const OWNED_KIND_IN_TITLE = /^\p{L}+(?:[ \t]+\p{L}+)?[ \t]+(rumah[ \t]+sakit|perusahaan|bank)[ \t]+(?:milik|kepunyaan|yang[ \t]+dikelola)[ \t]/iu;
/** The back reference's kind of each body kind such a title names. */
const OWNED_KIND: Readonly<Record<string, string>> = { 'rumah sakit': 'hospital', perusahaan: 'company', bank: 'bank' };

/**
 * "Direktur rumah sakit milik Pemerintah Provinsi Maluku itu, dr. X": a title naming a kind of body and its owner is
 * an office of the last body of that kind named before (RSUD dr. M. Haulussy), not of the owner.
 */
function withOwnedBodyOfKind(text: string, hit: PersonHit, orgHits: readonly OrgHit[]): PersonHit {
  if (!hit.titleSpan) return hit;
  const kind = OWNED_KIND_IN_TITLE.exec(text.slice(hit.titleSpan.start, hit.titleSpan.end))?.[1]!.toLowerCase().replace(/[ \t]+/, ' ');
  const body = kind ? lastBodyOfKind(orgHits, OWNED_KIND[kind]!, hit.titleSpan.start) : undefined;
  return body ? { ...hit, org: body } : hit;
}

/**
 * A title with no body of its own, and a body the text names with it: after the name in English ("Judge Marlina Siregar
 * of the Semarang Corruption Court"), or read over the title's first word ("BRI's Pekalongan branch manager").
 */
function withBodyNamedWithTitle(text: string, hit: PersonHit, orgHits: readonly OrgHit[]): PersonHit {
  if (hit.org || !hit.titleSpan) return hit;
  const of = /^[ \t]+of[ \t]+the[ \t]+/.exec(text.slice(hit.end, hit.end + 10));
  // "BRI's Pekalongan branch manager, X": a body read over the title's first word ("BRI's Pekalongan branch") is its;
  // so is one whose possessive stands a word or two before the title ("Pertamina Patra Niaga's sales area manager").
  const { start, end } = hit.titleSpan;
  // "X, managing director for investment at Danantara, said": the body after the title's field and "at".
  const at = end > hit.end ? TITLE_FIELD_THEN_AT.exec(text.slice(end, end + 60)) : null;
  const body = of
    ? orgHits.find((o) => o.start === hit.end + of[0].length)
    : (orgHits.find((o) => o.start < start && o.end > start) ??
      orgHits.find((o) => o.end < start && NAMED_POSSESSIVE_BEFORE_TITLE.test(text.slice(o.end, start))) ??
      (at ? orgHits.find((o) => o.start === end + at[0].length) : undefined));
  return body ? { ...hit, org: body } : hit;
}
/** A body's possessive and up to two lower-case words before a title: "'s sales ". */
const NAMED_POSSESSIVE_BEFORE_TITLE = /^['’]s[ \t]+(?:\p{Ll}+[ \t]+){0,2}$/u;
/** A title's field, then "at": " for investment at ", " at ". */
const TITLE_FIELD_THEN_AT = /^(?:[ \t]+for[ \t]+(?:\p{Ll}+[ \t]+){1,3})?[ \t]*at[ \t]+(?:the[ \t]+)?/u;

/**
 * An office that points back at a body of a kind: "the center's deputy for analysis and examination", "the office's
 * assistant for special crimes", or the head of a section of it, "the head of the office's legal information section".
 * Groups: `head` the section head's word, `kind` the body's kind, `office` the officer's title or the section.
 */
const BACK_REFERENCED_OFFICE =
  String.raw`(?:[Tt]he[ \t]+(?<head>head|chief)[ \t]+of[ \t]+)?[Tt]he[ \t]+(?<kind>${Object.keys(BACK_REFERENCE_KIND).join('|')})['’]s[ \t]+(?<office>` +
  String.raw`(?:[a-z-]+[ \t]+){0,2}(?:deputy|head|director|chief|secretary|commissioner|spokesperson|spokesman|spokeswoman|chairman|chairwoman|president|assistant)` +
  String.raw`(?:[ \t]+(?:for|of)[ \t]+[a-z&-]+(?:(?:,[ \t]*|[ \t]+)(?!(?:${NAME_SAID}|who|which)[ \t])[a-z&-]+){0,7})?` +
  String.raw`|(?:[a-z-]+[ \t]+){1,3}(?<section>section|division|unit|bureau|subdirectorate|department))` +
  // "the office's assistant for special crimes (Aspidsus)": the office's short form may follow.
  String.raw`(?:[ \t]*\([ \t]*[A-Z][A-Za-z]{1,12}[ \t]*\))?`;
/** Such an office set off after a name: ", the center's deputy for analysis and examination,". */
const BACK_REFERENCED_OFFICE_AFTER = new RegExp(String.raw`^,[ \t]+${BACK_REFERENCED_OFFICE}[ \t]*,`, 'u');
/** Such an office opening a sentence before a name and its comma: "The head of the office's legal information section, ". */
const BACK_REFERENCED_OFFICE_BEFORE = new RegExp(String.raw`(?:^|[.!?]["”]?[ \t]+|\n[ \t]*)${BACK_REFERENCED_OFFICE},[ \t]*$`, 'u');
/** The title entry of an office whose holder is an official where the body is the state's ("Head", official "org"). */
const HEAD_ENTRY = TITLE_BY_FORM.get('Head')!;

/**
 * "Ridwan Pasaribu, the center's deputy for analysis and examination, said", "The head of the office's legal
 * information section, Rini Astuti, said": an untitled name's office, after or before it, that points back at the
 * nearest body of that kind named before it. A section is an office only with its head ("the office's legal section"
 * alone is no one's title), and a section's head is no officer's ("the head of the office's spokesperson").
 */
function withBackReferencedOfficeAfter(text: string, hit: PersonHit, orgHits: readonly OrgHit[]): PersonHit {
  if (hit.title || hit.titleEntry || hit.org) return hit;
  const m = BACK_REFERENCED_OFFICE_AFTER.exec(text.slice(hit.end, hit.end + 110)) ?? BACK_REFERENCED_OFFICE_BEFORE.exec(text.slice(Math.max(0, hit.start - 110), hit.start));
  const { head, kind, office, section } = m?.groups ?? {};
  if (!m || !kind || !office || !head !== !section) return hit;
  const body = lastBodyOfKind(orgHits, kind, hit.start);
  return body ? { ...hit, title: head ? `${head} of the ${office}` : office, titleEntry: HEAD_ENTRY, org: body } : hit;
}

/** A list's joiner between one officer's name and the next officer's title ("X, serta ", "X dan "). */
const OFFICER_LIST_JOIN = /^[ \t]*,?[ \t]*(?:dan|serta)[ \t]+$/;

/**
 * "didampingi dua anggota komisi, A dan B": members named in a list after a lower-case "anggota komisi" or "anggota
 * dewan" (group 1) serve in the commission or the house the text named last before them.
 */
/** The honorifics before a listed member's name ("dan Ir Manahan Pardede"). */
const LISTED_NAME_HONORIFICS = String.raw`(?:(?:Ir|Dr|Drs|Dra|H|Hj|Prof)\.?[ \t]+)*`;
const MEMBERS_LIST_OPENER = new RegExp(String.raw`(?<![\p{L}])(?:(?:dua|tiga|empat|lima|para|sejumlah|beberapa)[ \t]+)?anggota[ \t]+(komisi|dewan)[ \t]*,[ \t]*${LISTED_NAME_HONORIFICS}$`, 'u');
/** What joins the names of such a list: a comma, "dan" or "serta", and the honorifics of the next name. */
const MEMBERS_LIST_JOIN = new RegExp(String.raw`^[ \t]*(?:,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)${LISTED_NAME_HONORIFICS}$`);

/** Give the people of a list after "anggota komisi," or "anggota dewan," that office and body (hits sorted by start). */
function withMembersListedAfter(text: string, hits: readonly PersonHit[], orgHits: readonly OrgHit[]): PersonHit[] {
  return hits.map((hit, i) => {
    if (hit.org || hit.titleEntry) return hit;
    let first = i;
    while (first > 0 && !hits[first - 1]!.titleEntry && MEMBERS_LIST_JOIN.test(text.slice(hits[first - 1]!.end, hits[first]!.start))) first -= 1;
    const opener = MEMBERS_LIST_OPENER.exec(text.slice(Math.max(0, hits[first]!.start - 60), hits[first]!.start));
    if (!opener) return hit;
    const openAt = hits[first]!.start - opener[0].length;
    const body = orgHits.findLast((o) => o.end <= openAt && (opener[1] === 'komisi' ? /^Komisi[ \t]/.test(o.base) : /^(?:DPR|Dewan Perwakilan Rakyat)/.test(o.base)));
    return body ? { ...hit, title: `anggota ${opener[1]}`, titleEntry: LEGISLATOR_ENTRY, org: body } : hit;
  });
}

/**
 * "Estate Manager PT Agro Tanah Grogot, Johannes Purba, serta Head of Legal & Corporate Affairs, Wenny Oktaviani": a
 * title that names no body, listed right after an officer of a company, is an office of that company.
 */
function shareCompanies(text: string, hits: readonly PersonHit[]): PersonHit[] {
  return hits.map((hit, i) => {
    const before = hits[i - 1];
    if (!hit.title || hit.org || !hit.titleSpan || !before?.org || !COMPANY_LEGAL_NAME.test(before.org.base) || hit.titleEntry?.official === true) return hit;
    return OFFICER_LIST_JOIN.test(text.slice(before.end, hit.titleSpan.start)) ? { ...hit, org: before.org } : hit;
  });
}

/** "dan" ("and") between two holders of one title, the first one's degrees before it or not ("X, S.H., dan Y"). */
const SHARED_TITLE_JOIN = new RegExp(`^${DEGREES_AFTER_NAME}[ \\t]*,?[ \\t]+(?:dan|and)[ \\t]+${HONORIFICS_RUN}$`, 'u');

/** Titles several people hold at once: members, deputies, prosecutors ("Anggota DPRD Kaltim X dan Y"). */
const SHARED_TITLE_KINDS = new Set(['legislator', 'member', 'prosecutor']);
const SHARED_TITLE_FORMS = /^(?:Wakil Menteri|Wakil Ketua|Jaksa Penuntut Umum|JPU|Hakim Anggota|hakim anggota|Hakim Agung|hakim agung)\b/;

/**
 * "Anggota DPRD Kaltim Sarkowi V Zahry dan Baharuddin Demmu", "Wakil Menteri Dalam Negeri Bima Arya Sugiarto dan Ribka
 * Haluk": a title several people hold goes on to the untitled name joined by "dan" (not "Bupati X dan Y").
 */
function shareTitles(text: string, hits: PersonHit[]): PersonHit[] {
  return shareCompanies(text, hits).map((hit, i) => {
    const holder = hits[i - 1];
    if (!holder?.titleEntry || hit.titleEntry || hit.title || holder.former) return hit;
    if (!SHARED_TITLE_KINDS.has(holder.titleEntry.kind) && !SHARED_TITLE_FORMS.test(holder.title ?? '')) return hit;
    if (!SHARED_TITLE_JOIN.test(text.slice(holder.end, hit.start)) || !hit.name.includes(' ')) return hit;
    return { ...hit, title: holder.title, titleEntry: holder.titleEntry, org: holder.org, region: holder.region };
  });
}

/** "yang (saat ini) berpangkat", then up to six words of the spelled-out rank and its short form or the rank. */
const RANK_AFTER = new RegExp(
  String.raw`^[ \t]+yang(?:[ \t]+(?:saat[ \t]+ini|kini|masih))?[ \t]+berpangkat[ \t]+(?:(?:\p{Lu}\p{Ll}*[ \t]+){1,6}\((${buildAlternation(RANKS)})\)|(${buildAlternation(RANKS)}))${WORD_END}`,
  'u',
);

/** "Brotoseno yang saat ini berpangkat Ajun Komisaris Besar Polisi (AKBP)": the rank written after the name is his. */
function withRankAfter(text: string, hit: PersonHit): PersonHit {
  if (hit.rank) return hit;
  const rank = RANK_AFTER.exec(text.slice(hit.end, hit.end + 120));
  return rank ? { ...hit, rank: rank[1] ?? rank[2]! } : hit;
}

/** The words that introduce an election ticket: "pasangan", "paslon nomor urut 2", "pasangan calon". */
const TICKET_BEFORE = /(?:^|[^\p{L}])(?:[Pp]asangan|[Pp]aslon|[Dd]uet)(?:[ \t]+(?:calon|nomor[ \t]+urut[ \t]+\d+|petahana|terpilih))*,?[ \t]+$/u;

/**
 * "pasangan Rudy Mas'ud-Seno Aji", "Isran Noor-Hadi Mulyadi": a hyphen between two names joins the two people of a
 * ticket. Both sides need two words, or the text says it is a ticket ("Jean-Pierre Papin" stays one name).
 */
function splitTickets(text: string, hits: readonly PersonHit[]): PersonHit[] {
  return hits.flatMap((hit) => {
    const pair = /^(\p{Lu}[^-]*\p{Ll})-(\p{Lu}[^-]*)$/u.exec(text.slice(hit.start, hit.end));
    if (!pair) return [hit];
    const [, left, right] = pair as unknown as [string, string, string];
    const introduced = TICKET_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start));
    const ticket = introduced || (left.includes(' ') && right.includes(' '));
    if (!ticket) return [hit];
    const rightStart = hit.start + left.length + 1;
    return [{ ...hit, end: hit.start + left.length, name: cleanName(left) }, namedHit({ start: rightStart, end: hit.end }, cleanName(right))];
  });
}

/**
 * Whether a one-word tagger name reads as a lone surname ("kata Wiranto", "bersama Jokowi"): mid-clause, capitalised,
 * not a common word (common-words.json), not written in lower case elsewhere in the text, not a place or a month.
 */
function isLoneName(text: string, span: Span): boolean {
  const word = text.slice(span.start, span.end);
  if (!/^[A-Z][a-z]{2,}$/.test(word) || COMMON_WORDS.has(word.toLowerCase()) || NOT_PLACE_WORDS.has(word)) return false;
  if (COUNTRY_BY_FORM.has(word) || REGIONS_BY_NAME.has(word.toLowerCase()) || PLACE_HEAD_FIRST_WORDS.has(word)) return false;
  // After a lower-case word, or a comma after one; not in a list of capitalised words ("Logam, Mesin, Alat").
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  // After a lower-case word ("kata Wiranto"), or after a listed name and a comma ("Budi, Wiranto"); not in a list of
  // capitalised common words ("Industri Logam, Mesin, Alat Transportasi").
  const listed = /([A-Z]\p{L}*),[ \t]+$/u.exec(before);
  if (listed ? !isListedName(listed[1]!) : !/(?:^|[^\p{L}])\p{Ll}+,?[ \t]+$/u.test(before)) return false;
  return !isWrittenLowerCase(text, word);
}

/** Whether a word is written in lower case somewhere in the text ("menemui massa" ... "Massa membubarkan diri"). */
function isWrittenLowerCase(text: string, word: string): boolean {
  return new RegExp(`${LETTER_START}${word.toLowerCase()}${LETTER_END}`, 'u').test(text);
}

/**
 * Whether a one-word name is a word of the language the text also writes in lower case: "Massa membubarkan diri"
 * after "menemui massa" opens a sentence with that word, it names no one.
 */
export function isWordWrittenLower(text: string, span: Span): boolean {
  const word = text.slice(span.start, span.end);
  return isDictionaryWord(word) && isWrittenLowerCase(text, word);
}

/** Nothing or a quotation's or a parenthesis' opening mark, between a sentence's start and its first word. */
const OPENING_MARKS_ONLY = /^["“'‘(]?$/;
/**
 * Whether a one-word name opens a sentence and the text writes it in lower case elsewhere, dictionary word or not:
 * "Sabu dijual dalam paket kecil" after "312 gram sabu" opens a sentence with a drug's name, no place.
 */
export function opensSentenceWrittenLower(text: string, span: Span): boolean {
  // '"Sabu sebanyak ini ...," katanya': a quotation's opening mark may stand before the word.
  return OPENING_MARKS_ONLY.test(text.slice(sentenceStartBefore(text, span.start), span.start)) && isWrittenLowerCase(text, text.slice(span.start, span.end));
}
const COMMON_WORDS = new Set(commonWords as string[]);
/** Hijri months and the feasts named like them (islamic-calendar.json): "selama Ramadan" is a time. */
const HIJRI_CALENDAR_WORDS = new Set(hijriCalendarWords as string[]);
const NOT_PLACE_WORDS = new Set(demonyms as string[]);

/** An English month written short, with its period: "Jan.", "Sept." (a raid "on Jan. 28" names no one). */
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/** A capitalised word of the language (no sentence word, day or month) right after a span or right before it. */
function capitalisedWordAt(text: string, span: Span, side: 'after' | 'before'): boolean {
  const word =
    side === 'after'
      ? /^[ \t]+(\p{Lu}\p{Ll}+)/u.exec(text.slice(span.end, span.end + 24))?.[1]
      : /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, span.start - 24), span.start))?.[1];
  return word !== undefined && isDictionaryWord(word) && !NAME_STOPWORDS.has(word) && !isDateWord(word);
}

/**
 * Whether a one-word name that is also a word of the language opens a capitalised phrase ("Dana Otonomi Khusus",
 * "Dana Bagi Hasil"): then it is the phrase's word, however sure the tagger is.
 */
function opensCapitalisedPhrase(text: string, span: Span): boolean {
  return isDictionaryWord(text.slice(span.start, span.end)) && capitalisedWordAt(text, span, 'after');
}

/**
 * Whether a listed name that is also a word of the language follows a capitalised word of the language ("Kepala
 * Divisi Dana dan Jasa"): a name list alone does not make it a name there ("Mama Dahlia" the tagger may still read).
 */
function followsCapitalisedWord(text: string, span: Span): boolean {
  return isDictionaryWord(text.slice(span.start, span.end)) && capitalisedWordAt(text, span, 'before');
}

/** Whether a one-word name sits where only people go: after an honorific or speech verb, before a reporting verb. */
function hasPersonContext(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 16), span.start);
  const after = text.slice(span.end, span.end + 24);
  return PERSON_BEFORE.test(before) || PERSON_AFTER.test(after);
}
const PERSON_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${buildAlternation([...HONORIFICS, ...SPEECH_VERBS, 'oleh', 'bersama', 'sosok', 'sang'])})[ \\t]+$`, 'u');
const PERSON_AFTER = new RegExp(`^[ \\t]+(?:juga[ \\t]+)?(?:${REPORTING_VERB_SOURCE})(?![\\p{L}])`, 'u');

/** What may stand between a body and its person's name: a comma, honorifics ("RSCM dr Wismandari Wisnu", ", Hj. "). */
const ORG_TO_NAME_GAP_SOURCE = `[ \\t]*,?[ \\t]*${HONORIFICS_RUN}`;
const ORG_TO_NAME_GAP = new RegExp(`^${ORG_TO_NAME_GAP_SOURCE}$`);
/** "yang diketuai", "dipimpin oleh" between a body and its chair's name. */
const CHAIRED_GAP = new RegExp(`^[ \\t]+(?:yang[ \\t]+)?(diketuai|dipimpin)(?:[ \\t]+oleh)?[ \\t]+${HONORIFICS_RUN}$`);

/** "The panel of judges, chaired by", then honorifics, right before a name. */
const ENGLISH_PANEL_CHAIRED_BEFORE = new RegExp(
  `[Pp]anel[ \\t]+of[ \\t]+(?:(?:three|five)[ \\t]+)?judges[ \\t]*,?[ \\t]+(?:chaired|led|presided[ \\t]+over)[ \\t]+by[ \\t]+${HONORIFICS_RUN}$`,
);
/** "Majelis hakim yang diketuai", then honorifics, right before a name. */
const PANEL_CHAIRED_BEFORE = new RegExp(
  `[Mm]ajelis[ \\t]+[Hh]akim[ \\t]+(?:yang[ \\t]+)?diketuai(?:[ \\t]+oleh)?[ \\t]+${HONORIFICS_RUN}$`,
);

/**
 * Give untitled people the organization written right beside them: "Persib Bandung, Samsul Arif" (the body just
 * before) or "Muhammad Buldansyah, Wakil Presiden Direktur PT Hutchison 3 Indonesia" (a title after the name).
 */
function linkNearbyOrganizations(text: string, hits: readonly PersonHit[], orgHits: readonly OrgHit[]): PersonHit[] {
  return hits.map((hit) => {
    if (hit.org || hit.titleEntry) return hit;
    // "Rudy Hartono Sitompul, S.STP., M.Si., Direktur Fasilitasi ...": degrees may stand between the name and the title.
    const after = DEGREES_THEN_COMMA.exec(text.slice(hit.end, hit.end + 60));
    const title = after ? matchAt(TITLE_AT, text, hit.end + after[0].length) : null;
    // "Dari kalangan Nahdliyin, Ketua PBNU KH. Ahmad ...": a title that names its holder after it is that holder's.
    const heldAfter = title !== null && hits.some((h) => h.titleSpan?.start === hit.end + after![0].length);
    if (title && !heldAfter) {
      const titleStart = hit.end + after![0].length;
      const limit = Math.min(sentenceEnd(text, titleStart), titleStart + TITLE_ORG_WINDOW);
      // The body is the last one in the title's run: "Direktur Fasilitasi Kepala Daerah dan DPRD Kemendagri".
      const org = orgHits.findLast((o) => o.start >= titleStart && o.end <= limit && !/[,;:"“”]/.test(text.slice(titleStart, o.start)));
      const entry = TITLE_BY_FORM.get(title[0])!;
      if (org) return { ...hit, org, titleEntry: entry, title: text.slice(titleStart, org.end).replace(/\s+/g, ' ') };
    }
    const before = orgHits.find((o) => o.end <= hit.start && ORG_TO_NAME_GAP.test(text.slice(o.end, hit.start)));
    if (before) return { ...hit, org: before };
    // "kata Pdt. Daniel Lawing dari Gereja Kemah Injili Indonesia (GKII) Malinau": the body after "dari" right after the
    // name, the name's degrees between or not.
    // Not after "at": "detained Gatot and Yuliana at the KPK's building" names where, not whose.
    const tail = text.slice(hit.end, hit.end + 40);
    const from = /dari|from|of/.test(tail) ? FROM_BODY.exec(tail) : null;
    // A faction after "dari" seats its member in the house (withFactionSeat).
    const fromBody = from && !/[ \t]at[ \t]/.test(from[0]) ? orgHits.find((o) => o.start === hit.end + from[0].length && !o.base.startsWith('Fraksi ')) : undefined;
    if (fromBody) return { ...hit, org: fromBody };
    // "Fransiskus (34), warga Desa Sepaso, yang bekerja untuk subkontraktor PT X": the employer a clause after the
    // name names, with no one else named between.
    const employer = bodyAfterClause(text, hit, WORKS_FOR_AFTER, hits, orgHits);
    if (employer) return { ...hit, org: employer };
    // "Lalu Muhammad Fikri, yang sebelumnya Kepala Dinas Perhubungan, kini dipercaya memimpin Dinas PUPR": the body the
    // name's sentence says it now leads. A short form ("Markus, yang kini memimpin BPKAD") calls back one whose post
    // the story gave already.
    const led = /\s/.test(text.slice(hit.start, hit.end)) ? bodyAfterClause(text, hit, LEADS_AFTER, hits, orgHits) : undefined;
    if (led) return { ...hit, org: led, titleEntry: TITLE_BY_FORM.get('Ketua')!, title: /[ \t]who[ \t]/.test(text.slice(hit.end, led.start)) ? 'head' : 'pemimpin' };
    // "Majelis hakim Pengadilan Tipikor Samarinda yang diketuai Nyoto Hindaryanto": the body's chair or leader.
    // "Majelis hakim yang diketuai Dr. X": the panel of judges names no body; its chair is a judge.
    if (PANEL_CHAIRED_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start))) {
      return { ...hit, titleEntry: TITLE_BY_FORM.get('Hakim')!, title: 'ketua majelis hakim' };
    }
    // "The panel of judges, chaired by Ni Made Sukarini,": in English too.
    if (ENGLISH_PANEL_CHAIRED_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start))) {
      return { ...hit, titleEntry: TITLE_BY_FORM.get('Hakim')!, title: 'presiding judge' };
    }
    const chaired = orgHits.findLast((o) => o.end <= hit.start && CHAIRED_GAP.test(text.slice(o.end, hit.start)));
    const verb = chaired ? CHAIRED_GAP.exec(text.slice(chaired.end, hit.start))![1]! : '';
    return chaired ? { ...hit, org: chaired, titleEntry: TITLE_BY_FORM.get('Ketua')!, title: verb === 'diketuai' ? 'ketua' : 'pemimpin' } : hit;
  });
}

/**
 * Suspects named first by initials with their post, then by name: "tersangka HWP selaku mantan Direktur Korporasi PT
 * Bank Mitra Niaga, TG selaku ... HWP adalah Heru Wibowo Putranto". The named person takes the post and its body, and
 * each mention of the initials is a mention of that person (so no body is read in them).
 */
function withInitialsRole(text: string, hit: PersonHit, orgHits: readonly OrgHit[]): PersonHit[] {
  const before = text.slice(Math.max(0, hit.start - 90), hit.start);
  // The verbs are rare: a window without one is read no further.
  const initials = INITIALS_VERB.test(before) ? INITIALS_NAMED_BEFORE.exec(before)?.[1] : undefined;
  if (!initials) return [hit];
  const mentions = allMatches(new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'gu'), text).map((m) => ({ start: m.index, end: m.index + initials.length }));
  // The post given after a mention ("HWP selaku mantan Direktur ..."), the first there is.
  const at = mentions.find((m) => POST_AFTER_INITIALS.test(text.slice(m.end, m.end + 160)));
  // Initials of a party to a case ("tersangka HWP", "HWP selaku ..."), not a body's short form ("Rektor UTSU yaitu X").
  if (!at && !mentions.some((m) => CASE_PARTY_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)))) return [hit];
  const aliases = mentions.map((m) => namedHit(m, hit.name, { alias: true }));
  if (hit.title || hit.org || !at) return [hit, ...aliases];
  const post = POST_AFTER_INITIALS.exec(text.slice(at.end, at.end + 160))!;
  const postStart = at.end + post[0].length - post[2]!.length;
  const postEnd = postStart + post[2]!.length;
  const org = orgHits.findLast((o) => o.start >= postStart && o.end <= postEnd) ?? null;
  const titleEntry = TITLE_BY_FORM.get(matchAt(TITLE_AT, text, postStart)?.[0] ?? '') ?? null;
  const former = post[1] !== undefined ? { former: true as const } : {};
  return [{ ...hit, title: post[2]!.replace(/\s+/g, ' '), titleEntry, org, ...former }, ...aliases];
}
const INITIALS_VERB = /[ \t](?:adalah|ialah|yakni|yaitu)[ \t]/;
/** Initials, then "adalah" and maybe a description set off by a comma, right before a name: group 1 the initials. */
const INITIALS_NAMED_BEFORE = /(?<![\p{L}])([A-Z]{2,4})[ \t]+(?:adalah|ialah|yakni|yaitu)[ \t]+(?:[^.;,"“”\n]{0,60},[ \t]+)?$/u;
/** A party to a case right before initials: "tersangka ", "terdakwa berinisial ", "ialah ". */
const CASE_PARTY_BEFORE = /(?:tersangka|terdakwa|terpidana|saksi|pelaku|korban|inisial|ialah)[ \t]+(?:berinisial[ \t]+)?$/u;
/**
 * "selaku" and a post after initials, up to the comma, "dan" or stop that ends it: group 1 the mark of a former post
 * ("mantan"), read as a word ({@link FORMER_MARK}), group 2 the post.
 */
const POST_AFTER_INITIALS = new RegExp(
  String.raw`^[ \t]+selaku[ \t]+(?:(${FORMER_MARK})[ \t]+)?([^,;.\n]+?)(?=[ \t]*(?:,|;|\.(?:\s|$)|[ \t]dan[ \t]))`,
  'u',
);

/**
 * The body a clause after a person's name ends at, in the name's sentence, with no one else named between: the
 * employer of ", yang bekerja untuk ", the body of ", kini dipercaya memimpin ".
 */
function bodyAfterClause(text: string, hit: PersonHit, clause: RegExp, hits: readonly PersonHit[], orgHits: readonly OrgHit[]): OrgHit | undefined {
  const m = clause.exec(text.slice(hit.end, Math.min(sentenceEnd(text, hit.end), hit.end + 160)));
  const body = m ? orgHits.find((o) => o.start === hit.end + m[0].length) : undefined;
  return body && !hits.some((h) => h.start > hit.end && h.start < body.start) ? body : undefined;
}

/**
 * A clause after a name on the body its person now leads, up to the body: ", kini dipercaya memimpin "; in English
 * ", who heads the ", ", who headed the " (a post held before is the person's body too).
 */
const LEADS_AFTER =
  /^[^.;"“”]*?[ \t]+(?:(?:kini[ \t]+|sekarang[ \t]+)?(?:dipercaya[ \t]+)?memimpin[ \t]+|who[ \t]+(?:now[ \t]+|has[ \t]+|had[ \t]+)?(?:heads|headed|leads|led|chairs|chaired)[ \t]+(?:the[ \t]+)?)/u;

/** A clause after a name on where its person works, up to the employer: ", yang bekerja untuk subkontraktor ". */
const WORKS_FOR_AFTER = /^[^.;"“”]*?[ \t]+yang[ \t]+(?:bekerja|berkerja|bertugas)[ \t]+(?:sebagai[ \t]+(?:\p{Ll}+[ \t]+){1,3})?(?:untuk|di|pada)[ \t]+(?:\p{Ll}+[ \t]+){0,2}/u;

/**
 * Whether `staff` is the officer `head` speaks through ("Kapolres Kukar AKBP Heri Rusyaman melalui Kasi Humas Iptu
 * Rahmat"): a title with no body of its own right after "melalui" and the head's name. The staff serve the head's body.
 */
function speaksThrough(text: string, head: PersonHit, staff: PersonHit): boolean {
  if (!staff.title || staff.org || staff.region) return false;
  const between = text.slice(head.end, staff.start);
  return between.includes('melalui') && new RegExp(`^,?[ \\t]+melalui[ \\t]+${staffMarks(staff)}[ \\t]+$`).test(between);
}

/** The title and rank written before a staff member's name, as a pattern. */
function staffMarks(staff: PersonHit): string {
  // "Direktur Reserse Kriminal Khusus, Kombes Pol X": a comma may stand between the title and the rank.
  return [staff.title, staff.rank].filter((m): m is string => m !== null).map(escapeRegExp).join('[ \\t]*,?[ \\t]+');
}

/**
 * The body a staff member speaks for ("Kementerian BUMN melalui Deputi Bidang Keuangan ... Nawal Nely"), or null; a
 * title that names no one may stand for its body ("Kapolda Kaltim melalui Direktur Reskrimsus X": the Polda).
 */
function bodySpeakingThrough(text: string, staff: PersonHit, nameOf: Map<OrgHit, string>, unheld: readonly UnheldTitle[]): string | null {
  if (!staff.title || staff.org || staff.region) return null;
  // "... melalui Kepala Bidang Kesehatan Masyarakat, Hj. Fitriani ...": a comma and honorifics may stand before the name.
  const before = text.slice(Math.max(0, staff.start - 200), staff.start);
  if (!before.includes('melalui')) return null;
  const through = new RegExp(`[ \\t]+melalui[ \\t]+${staffMarks(staff)}${ORG_TO_NAME_GAP_SOURCE}$`).exec(before);
  if (!through) return null;
  const at = staff.start - through[0].length;
  for (const [hit, name] of nameOf) if (hit.end === at) return name;
  const head = unheld.find((u) => u.end === at);
  return head ? organizationFor({ ...staff, title: head.title, titleEntry: head.entry, region: head.region, org: head.org }, nameOf) : null;
}


/**
 * "Its", "The agency's" and up to two words in lower case right before a title ("Its operations director", "The
 * agency's head"): group 1 the words.
 */
const POSSESSIVE_FIELD_BEFORE = new RegExp(String.raw`${BODY_POSSESSIVE}[ \t]+((?:\p{Ll}+[ \t]+){0,2})$`, 'u');

/** A title that points back at a body named before: "Its president director", "Direktur Utamanya", "... bank itu". */
const POSSESSIVE_BEFORE_TITLE = new RegExp(String.raw`${BODY_POSSESSIVE}[ \t]+$`, 'u');
const TITLE_REFERRING_BACK = /(?:\p{Ll}nya|[ \t](?:itu|tersebut)|[ \t](?:perusahaan|perseroan|emiten|koperasi|yayasan|kelompok|forum|paguyuban|komunitas|aksi|puskesmas|pondok|pesantren|sekolah|madrasah))$/u;
/** A title without the words that point back at its body ("Direktur Utamanya" -> "Direktur Utama"). */
function withoutBackReference(title: string): string {
  // "Wakil Ketua lainnya" ("the other"), "Bupati ... saat itu" ("at the time") keep their words.
  if (/(?:lainnya|(?:saat|waktu|kala|ketika)[ \t]+itu)$/.test(title)) return title;
  const bare = title.replace(/[ \t]+(?:perusahaan|perseroan|emiten|bank|kampus|politeknik|universitas|lembaga)(?:[ \t]+(?:itu|tersebut))?$/u, '');
  return bare === title ? title.replace(/(\p{L}{3,})nya$/u, '$1') : bare;
}

/** The kind of body a title's last word names ("... perusahaan itu", "The bank's"), and how its names read. */
const BODY_KIND_NAMES: [RegExp, RegExp][] = [
  [/(?:perusahaan|company|firm|developer|contractor)/, /^(?:PT|CV)[ \t]|[ \t]Tbk$/],
  [/bank/i, /\bBank\b|^Bank/],
  [/(?:universitas|kampus|politeknik|institut)/i, /^(?:Universitas|Politeknik|Institut|Sekolah Tinggi)|University/],
  [/(?:rumah sakit|hospital)/i, /^(?:RS|RSUD|RSUP|Rumah Sakit)|Hospital(?![\p{L}])/u],
  // "The airport's general manager", "The directorate's head", "the chamber's chairman": the last of that kind.
  [/airport/, /^(?:Bandara|Bandar Udara)[ \t]|Airport/u],
  [/directorate/, /^Direktorat[ \t]|Directorate(?![\p{L}])/u],
  [/chamber/, /^(?:Kadin|Kamar Dagang)(?![\p{L}])|Chamber(?![\p{L}])/u],
  // "The police's director of special crimes": the police command named before, as "the police" in a title points back.
  [/police/, BACK_REFERENCE_KIND.police!],
  [/command/, /^(?:Kodam|Korem|Kodim|Komando|Koarmada|Lantamal|Lanud)(?![\p{L}])|Command(?![\p{L}])/u],
  [/ministry/, /^Kementerian|Ministry/],
  // "The assembly's chairman": the MRP or another majelis named before, not the court named between.
  [/assembly/, BACK_REFERENCE_KIND.assembly!],
  // "The office's head of special crimes": the prosecutors' or another state office named before, not the bank whose
  // case it is.
  [/office/, OFFICE_KIND_NAME],
  // "The authority's deputy for investment": the Otorita IKN named before, not the developers that close the sentence.
  [/authority/, /^(?:Otorita|Otoritas|Badan Otorita)[ \t]|Authority(?![\p{L}])/u],
  // "The center's head": a Pusat or a Balai ("Pemali-Juana River Basin Center"), not the KPK that opened the sentence.
  [/cent(?:er|re)/, /^(?:Pusat|Balai)[ \t]|Cent(?:er|re)(?![\p{L}])/u],
  // "Manajer koperasi, X", "Koordinator aksi, Y": the cooperative, the group holding the protest named before.
  [/koperasi/, /^(?:Koperasi|KUD)\b/],
  [/yayasan/, /^Yayasan/],
  // "Di Puskesmas Gunung Samarinda ... Kepala puskesmas, dr. X", "Pimpinan pondok, KH X": the last of that kind.
  [/puskesmas/, /^Puskesmas(?![\p{L}])/u],
  [/pondok|pesantren/, /^(?:Pondok Pesantren|Ponpes|Pesantren|Dayah)(?![\p{L}])/u],
  [/sekolah|madrasah/, /^(?:SDN?|SMPN?|SMAN?|SMKN?|SLB|MIN?|MTsN?|MAN?|Madrasah|Sekolah)(?![\p{L}])/u],
  [/kelompok/, /^(?:Kelompok|Gabungan Kelompok|Gapoktan)\b/],
  [/forum|paguyuban|komunitas|aksi/, /^(?:Forum|Paguyuban|Komunitas|Aliansi|Koalisi|Gerakan|Front|Serikat|Persatuan|Himpunan|Ikatan|Lembaga)\b/],
];

/**
 * A company officer's title ("Its operations director"): the company named last, past another body named since ("...
 * reported the company to the Environment Ministry. ... Its operations director"); an authority has a president
 * director too, so with no company named the title takes the body named last.
 */
const COMPANY_OFFICER_TITLE = /(?:president|operations|finance|commercial|marketing|managing|production) director$/;
const COMPANY_KIND_NAME = BODY_KIND_NAMES[0]![1];

/**
 * The body named last before a title that points back at it ("PT X ... Its president director, Y"), of the kind the
 * title names ("Manajer kemitraan perusahaan itu": the last company, not a party's acronym in between), or null.
 */
function bodyReferredBack(text: string, hit: PersonHit, nameOf: Map<OrgHit, string>): string | null {
  const span = hit.titleSpan;
  if (!span || hit.org) return null;
  // "... examine the company's servers. Its spokesperson": the words that name the body's kind are the title's own
  // sentence's, not the one before.
  const before = text.slice(Math.max(0, span.start - 24, sentenceStartBefore(text, span.start)), span.start);
  const title = text.slice(span.start, span.end);
  const possessive = POSSESSIVE_BEFORE_TITLE.test(before);
  // "The Indonesian Palm Oil Smallholders Association (Apkasindo) said ... Its North Sumatra chairman, X": a region in a
  // title after "Its" is the body's chapter there; elsewhere a title's region names its own body.
  if (hit.region && !possessive) return null;
  if (!possessive && !TITLE_REFERRING_BACK.test(title)) return null;
  // "the Bandung Search and Rescue Office. Its head, X": the body the sentence before names is one no list knows.
  const previous = text.slice(previousSentenceStart(text, sentenceStartBefore(text, span.start)), span.start);
  const unread = UNREAD_ENGLISH_BODY.exec(previous);
  // A body read there ends where the English name does (its own span may leave out an opening "The").
  const unreadEnd = span.start - previous.length + (unread ? unread.index + unread[0].length : 0);
  if (unread && ![...nameOf.keys()].some((o) => o.start < unreadEnd && o.end >= unreadEnd)) return null;
  // "Direktur Keuangan perseroan, X": the issuer the story is about, the company it names most, not the exchange
  // named last ("di Gedung BEI").
  if (ISSUER_WORD_END.test(title)) return mostNamedCompanyBefore(nameOf, span.start);
  let kind = BODY_KIND_NAMES.find(([word]) => word.test(`${before} ${title.split(/[ \t]+/).slice(-2).join(' ')}`))?.[1];
  if (!kind && COMPANY_OFFICER_TITLE.test(title) && [...nameOf].some(([org, name]) => org.end <= span.start && COMPANY_KIND_NAME.test(name))) kind = COMPANY_KIND_NAME;
  // "The Bulog office for South Sumatra ... said the office's head, X": a body written with the English word for an office
  // after it is that office, where no body is named as one.
  const last =
    lastNamedBefore(nameOf, span.start, (name) => !kind || kind.test(name)) ??
    (kind === OFFICE_KIND_NAME ? lastNamedBefore(nameOf, span.start, (_name, org) => OFFICE_WORD_AFTER.test(text.slice(org.end, org.end + 30))) : null);
  // "PT Kilang Pertamina Internasional (KPI), the refining subsidiary of ... Pertamina, said ... Its President
  // Director": the body that opens the sentence before, its subject, not one named inside it.
  const own = last ? sentenceStartBefore(text, span.start) : 0;
  const opener = own > 0 ? previousSentenceStart(text, own) : -1;
  // "The Balikpapan Port Authority (KSOP), which falls under the Transportation Ministry, said ... Its head": an
  // article may open the sentence before the subject.
  const opensAt = (org: OrgHit): boolean => org.start === opener || (opener >= 0 && /^[Tt]he[ \t]+$/.test(text.slice(opener, org.start)));
  for (const [org, name] of nameOf) if (opensAt(org) && (!kind || kind.test(name)) && org.end <= span.start) return name;
  // "operated by PT Kaltim Kariangau Terminal, a subsidiary of port operator PT Pelindo. Its president director": the
  // parent named in an appositive is not the body the sentence is about.
  if (last) {
    for (const [org, name] of nameOf) {
      if (org.end < last[0].start && (!kind || kind.test(name)) && PARENT_APPOSITIVE.test(text.slice(org.end, last[0].start))) return name;
    }
  }
  return last?.[1] ?? null;
}


/** "perseroan" (the company) or "emiten" (the issuer) ending a title. */
const ISSUER_WORD_END = /[ \t](?:perseroan|emiten)$/;

/** The company named most often before `at` (of equals, the one named first: a story opens with its subject), or null. */
function mostNamedCompanyBefore(nameOf: Map<OrgHit, string>, at: number): string | null {
  const counts = new Map<string, number>();
  const named = [...nameOf].filter(([org, name]) => org.end <= at && COMPANY_KIND_NAME.test(name)).sort(([a], [b]) => a.start - b.start);
  for (const [, name] of named) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > counts.get(best)!) best = name;
  return best;
}

/** An English body's name: capitalised words closed by its kind ("Bandung Search and Rescue Office"). */
const UNREAD_ENGLISH_BODY = /(?:\p{Lu}\p{Ll}+[ \t]+(?:(?:and|of|for)[ \t]+)?){1,5}(?:Office|Agency|Authority|Board|Council|Commission|Institute|Center|Centre)(?![\p{L}])/u;

/** ", a subsidiary of port operator ", ", anak usaha ": an appositive naming a body's parent after it. */
const PARENT_APPOSITIVE = /^,[ \t]+(?:(?:a|an|the)[ \t]+)?(?:subsidiary|unit|affiliate|anak[ \t]+(?:usaha|perusahaan)|bagian)[ \t]+(?:of[ \t]+|dari[ \t]+)?(?:\p{Ll}+[ \t]+){0,3}$/u;

/** A title of "the other" holder ("Wakil Ketua lainnya", "Wakil Ketua yang lain"). */
const OTHER_HOLDER = /[ \t](?:lainnya|yang[ \t]+lain)$/;

/**
 * The body a list of posts belongs to: the last one named in the line that introduces the list, the last line before
 * `at` that ends with a colon ("susunan pengurus Pupuk Kaltim yang baru adalah sebagai berikut:").
 */
function listBody(text: string, at: number, orgHits: readonly OrgHit[]): OrgHit | null {
  const intro = /[^\n]*:[ \t]*\n(?:[^\n]*\n)*?[ \t]*$/.exec(text.slice(Math.max(0, at - 600), at));
  if (!intro) return null;
  const start = Math.max(0, at - 600) + intro.index;
  const end = text.indexOf('\n', start);
  return orgHits.findLast((h) => h.start >= start && h.end <= end && h.priority > 0) ?? null;
}

/** Only spaces between a line's start and the title: the title opens a line of a list of posts. */
const LINE_OPENS_BEFORE = /(?:^|\n)[ \t]*$/;
/** A colon and spaces before a capitalised word, a post's other half after a slash or not: "Direktur Utama: X", "Komisaris Utama/Independen: Y". */
const POST_COLON = /^(\/\p{Lu}\p{Ll}+)?:[ \t]+(?=\p{Lu})/u;

/** The words between an office and the duty its holder holds with it ("... Kota Balikpapan selaku Ketua TAPD"). */
const DUTY_GAP = /^[ \t]+(?:selaku|sekaligus)[ \t]+$/;

/**
 * A company's board post named bare ("Komisaris Utama", "Presiden Komisaris", "Wakil Presiden Direktur", "Direktur
 * Keuangan", "sebagai direktur utama yang baru", "Chief Operating Officer", "CEO"), not a ministry's Direktur Jenderal nor a bare "Direktur" (a director of
 * whatever body).
 */
const COMPANY_BOARD_POST =
  /^(?:(?:Wakil[ \t]+)?(?:Presiden[ \t]+)?Komisaris(?:[ \t]+\p{Lu}\p{Ll}+){0,2}|(?:Wakil[ \t]+)?Presiden[ \t]+Direktur|(?:Wakil[ \t]+)?Direktur(?![ \t]+Jenderal)(?:[ \t]+\p{Lu}\p{Ll}+){1,2}|(?:[Ww]akil[ \t]+)?direktur[ \t]+utama|Dirut|(?:[Vv]ice[ \t]+)?(?:[Pp]resident|[Ff]inance|[Oo]perations?|[Cc]ommercial|[Mm]arketing|[Pp]roduction)[ \t]+[Dd]irector|[Pp]resident[ \t]+[Cc]ommissioner|[Cc]hief(?:[ \t]+\p{L}\p{Ll}+){1,3}[ \t]+[Oo]fficer|C[EFOT]O|[Cc]orporate[ \t]+[Ss]ecretary|Sekretaris[ \t]+Perusahaan)$/u;

/** A chair's deputy named by a bare numbered title ("Wakil Ketua I", "Wakil Ketua II"). */
const BARE_DEPUTY_TITLE = /^Wakil Ketua(?:[ \t]+[IVX]{1,4})?$/;

/**
 * Whether `deputy`, named by a bare deputy's title, sits with the chair or deputy named just before in the same
 * sentence: "Ketua DPRD Balikpapan X, didampingi Wakil Ketua I Y dan Wakil Ketua II Z": the same body's leaders.
 */
function deputyAlongside(text: string, before: PersonHit, deputy: PersonHit): boolean {
  if (!deputy.title || deputy.org || deputy.region || !BARE_DEPUTY_TITLE.test(deputy.title)) return false;
  if (!before.title || !/^(?:Wakil[ \t]+)?Ketua(?:[ \t]|$)/.test(before.title)) return false;
  return !/[.!?\n]/.test(text.slice(before.end, deputy.start));
}

/** The organization of the last title held of the form an "other holder" title names ("Wakil Ketua lainnya"). */
function otherHoldersBody(title: string, held: readonly { title: string; organization: string }[]): string | null {
  const form = titleFormOf(title.replace(OTHER_HOLDER, '')).form;
  if (!form) return null;
  for (let i = held.length - 1; i >= 0; i -= 1) {
    if (held[i]!.title === form || held[i]!.title.startsWith(`${form} `)) return held[i]!.organization;
  }
  return null;
}

/** A retired officer's mark in a rank ("(Purn.)", "(ret.)"). */
const RETIRED_RANK = /\((?:Purn|purn|Ret|ret)\.?\)/;

/** Whether a title held holds another as its inner reading ("Deputi Kepala Perwakilan BI" holds "Kepala Perwakilan BI"). */
function holdsInner(held: string, title: string): boolean {
  return held.endsWith(` ${title}`) || held.endsWith(`/${title}`);
}

/**
 * The company a story is about, from its companies' mentions (one name per mention): the only one it names, or the
 * one named three times or more and more often than any other ("RUPST PT Graha Lestari Properti Tbk ... GLPI ...").
 */
function storyCompany(mentions: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const name of mentions) counts.set(name, (counts.get(name) ?? 0) + 1);
  const [top, next] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && (!next || (top[1] >= 3 && top[1] > next[1])) ? top[0] : null;
}

/** A company's name by its legal form, national or regional ("PT X", "Perumda Air Minum Y"). */
const COMPANY_FORM = /^(?:PT|Perumda|Perusda|PD)[ \t]/;

/**
 * "PT Samudera Karaginan Indonesia plans to double its capacity. President director X said": the one company that opens
 * the sentence before a bare board post as its subject (within its first words), or that its own sentence names before
 * it, is the post's; null where none or several are ("... dikerjakan PT X. ... menunjuk Plt Direktur Utama" names a
 * contractor as an object).
 */
function companyJustNamed(text: string, hit: PersonHit, nameOf: Map<OrgHit, string>): string | null {
  const at = hit.titleSpan?.start ?? hit.start;
  const own = sentenceStartBefore(text, at);
  const before = previousSentenceStart(text, own);
  const opensBefore = (org: OrgHit): boolean => org.start >= before && org.start - before <= SUBJECT_REACH && !VERB_FORM.test(text.slice(before, org.start));
  const inScope = (org: OrgHit): boolean => org.end <= at && (org.start >= own || opensBefore(org));
  const named = new Set([...nameOf].flatMap(([org, name]) => (inScope(org) && COMPANY_FORM.test(name) ? [name] : [])));
  return named.size === 1 ? [...named][0]! : null;
}
/** How far into a sentence its subject may start ("National flag carrier Garuda Indonesia said"). */
const SUBJECT_REACH = 40;
/** An Indonesian verb's prefixed form ("dikerjakan", "menunjuk", "bekerja", "terpilih"): a body after it is no subject. */
const VERB_FORM = /(?:^|[ \t])(?:di|me|ber|ter)\p{Ll}{4,}/u;

/** A police rank ("Kombes Pol", "AKBP", "Sr. Comr."): its holder serves the police. */
const POLICE_RANK = /^(?:AKBP|AKP|Kompol|Kombes|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Briptu|Bripda|Bharada|Bharaka|Bharatu|Abrip(?:da|tu)?|Irjen|Komjen|(?:Adj\.[ \t]+)?(?:Sr\.[ \t]+)?Comr\.|Insp\.[ \t]+Gen\.|(?:Adjunct[ \t]+)?(?:Senior[ \t]+)?Commissioner|Inspector[ \t]+General|Police[ \t].+)(?:[ \t]+Pol(?:isi)?\.?)?$|[ \t]Pol(?:isi)?\.?$/;
/** How a police body is named: "Polda Kalimantan Barat", "Polres Sleman", "Polresta Samarinda", "West Kalimantan Police". */
const POLICE_BODY_NAME = /^(?:Polda|Polres|Polresta|Polrestabes|Polsek|Polsekta|Kepolisian)[ \t]|(?:^|[ \t])Police$/;

/**
 * "Polda Kalbar menetapkan 14 tersangka. Kabid Humas Kombes Pol Bayu Aji mengatakan ...", "The West Kalimantan Police
 * ... Police spokesman Sr. Comr. Bayu Aji Kurniawan said": an officer of police rank whose title names no body serves
 * the police body the story named last before him.
 */
function policeBodyBefore(hit: PersonHit, nameOf: Map<OrgHit, string>): string | null {
  if (!hit.rank || !POLICE_RANK.test(hit.rank) || !hit.title || hit.org || hit.region) return null;
  return lastNamedBefore(nameOf, hit.start, (name) => POLICE_BODY_NAME.test(name))?.[1] ?? null;
}

/** Merge person hits into entities keyed by full name. */
function mergePeople(
  text: string,
  hits: readonly PersonHit[],
  nameOf: Map<OrgHit, string>,
  orgGovernment: Map<string, boolean>,
  unheld: readonly UnheldTitle[],
): PersonEntity[] {
  const byName = new Map<string, PersonEntity>();
  // The company the story is about: a bare board post ("RUPS menetapkan X sebagai Komisaris Utama") is its.
  // A regional company counts too ("Perumda Air Minum X"): its board is named as bare as a PT's.
  const soleCompany = storyCompany([...nameOf.values()].filter((name) => COMPANY_FORM.test(name) && !orgGovernment.get(name)));
  // A bare post is the company's once the story has named it ("RUPS Bank X ... menetapkan Y sebagai direktur utama").
  const companyNamedAt = Math.min(...[...nameOf].flatMap(([org, name]) => (name === soleCompany ? [org.start] : [])));
  let previous: { hit: PersonHit; organization: string | null } | null = null;
  // The government body of the last official linked to one: "Kepala Seksi Haji dan Umrah H Burhan Noor" after the
  // head of the Kemenag office serves that office.
  let lastGovernmentBody: string | null = null;
  // Titles held so far with their organizations: "Wakil Ketua lainnya" ("the other deputy chair") sits where the last
  // "Wakil Ketua ..." does.
  const heldTitles: { title: string; organization: string }[] = [];
  // People whose organization is a former post's so far.
  const formerBodyOf = new Set<PersonEntity>();
  for (const found of hits) {
    // "Jokowi", "Presiden Jokowi": a national figure named by a short form is filed under the full name.
    // "Ahok alias Tan Kim Hong": not where the text gives the short form to someone else by "alias".
    const figure = text.includes(`${found.name} alias `) ? undefined : FIGURE_BY_SHORT_FORM.get(found.name);
    const hit = figure ? { ...found, name: figure } : found;
    const organization: string | null =
      organizationFor(hit, nameOf) ??
      (previous && speaksThrough(text, previous.hit, hit) ? previous.organization : null) ??
      bodySpeakingThrough(text, hit, nameOf, unheld) ??
      (hit.titleEntry?.unit && !hit.org && !hit.region ? lastGovernmentBody : null) ??
      policeBodyBefore(hit, nameOf) ??
      (hit.title && OTHER_HOLDER.test(hit.title) ? otherHoldersBody(hit.title, heldTitles) : null) ??
      (previous && deputyAlongside(text, previous.hit, hit) ? previous.organization : null) ??
      (hit.title && !hit.org && COMPANY_BOARD_POST.test(hit.title.replace(HOLDER_MARKS, '')) ? (companyNamedAt < hit.start ? soleCompany : null) ?? companyJustNamed(text, hit, nameOf) : null) ??
      bodyReferredBack(text, hit, nameOf) ??
      (hit.titleSpan && !hit.org && BARE_ENGLISH_SPOKESPERSON.test(hit.title ?? '') && sentenceStartBefore(text, hit.titleSpan.start) === hit.titleSpan.start ? leadSubject(text, nameOf) : null);
    previous = { hit, organization };
    if (hit.title && organization) heldTitles.push({ title: hit.title, organization });
    const entity = byName.get(hit.name) ?? {
      name: hit.name,
      aliases: [],
      titles: [],
      organization: null,
      official: false,
      mentions: [],
    };
    const surface = text.slice(hit.start, hit.end);
    // Two readings of one span (a ticket split from two finders' hits) are one mention.
    const known = entity.mentions.some((m) => m.start === hit.start && m.end === hit.end);
    if (!known) entity.mentions.push({ start: hit.start, end: hit.end, text: surface });
    const alias = cleanName(surface);
    if (alias !== hit.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
    // "Deputi Kepala Perwakilan BI Kaltim" holds the title form "Kepala Perwakilan": that inner reading gives the body
    // and the flag ("Sekretaris Menteri Pemuda dan Olah Raga" -> Kemenpora), not a second title.
    // "Menteri ATR/Kepala BPN": the part after the slash is a reading of the same title.
    // "Bupati Malinau Yakub Ibau Laing ... Bupati Yakub" in a Bulungan story: a bare title whose region the story's home
    // region filled in is the one the person was named with already.
    // A bare title ("Bupati Yakub" in a story whose home is the province) is held already by a fuller one of its form.
    const bare = hit.title !== null && hit.title === titleFormOf(hit.title).form;
    const heldAlready = (hit.homeRegionTitle || bare) && hit.titleEntry !== null && entity.titles.some((t) => TITLE_BY_FORM.get(titleFormOf(t).form) === hit.titleEntry);
    // "Direktur Utamanya", "Manajer kemitraan perusahaan itu": the words that point back are the body's, not the title's.
    const title = hit.title && organization && TITLE_REFERRING_BACK.test(hit.title) ? withoutBackReference(hit.title) : hit.title;
    // "Wakil Wali Kota Bontang selaku Ketua TP UKS", "Ketua TPPS Kutim, yang juga Wakil Bupati Kutim": an office and a
    // duty, two titles.
    for (const one of title?.split(/,?[ \t]+(?:selaku|yang[ \t]+juga)[ \t]+/) ?? []) {
      if (!heldAlready && !entity.titles.includes(one) && !entity.titles.some((t) => holdsInner(t, hit.title!))) entity.titles.push(one);
    }
    if (hit.rank && !entity.titles.includes(hit.rank)) entity.titles.push(hit.rank);
    // A soldier or police officer serves the state, with a title or without one (a former post, the rank still held).
    // "Sr. Comr. (ret.)", "Kolonel (Purn.)": a retired officer's rank is no office.
    const serving = hit.rank !== null && !RETIRED_RANK.test(hit.rank);
    if (serving) entity.official = true;
    // "Mantan Kepala BPKAD X, yang kini menjabat Asisten ... Setkab X": the body of the post held now wins.
    if (organization && hit.titleEntry && !hit.former && formerBodyOf.has(entity)) {
      entity.organization = organization;
      formerBodyOf.delete(entity);
    }
    if (!entity.organization && organization && hit.former) formerBodyOf.add(entity);
    // "Camat Citangkil X dilantik sebagai Kepala Dinas Lingkungan Hidup": the post X is appointed to is the one held now.
    if (organization && hit.appointed) entity.organization = organization;
    entity.organization ??= organization;
    let official = serving;
    if (hit.titleEntry && !hit.former) {
      // A section head of a state company ("Kepala Seksi ... PT Angkasa Pura I") is staff, not an official.
      const atCompany =
        organization !== null && orgGovernment.get(organization) === false && STAFF_KINDS.has(hit.titleEntry.kind) &&
        !(hit.titleEntry.kind === 'legislator' && (isLegislatureFaction(organization) || isPartyName(organization)));
      official ||=
        hit.titleEntry.official === 'org'
          ? Boolean(organization && (orgGovernment.get(organization) ?? /^(Pemerintah|Polda|Polres|Kodam|DPRD|Kementerian)/.test(organization)))
          : hit.titleEntry.official && !atCompany;
      entity.official ||= official;
    }
    if (organization && official) lastGovernmentBody = organization;
    byName.set(hit.name, entity);
  }
  return [...byName.values()];
}
