/**
 * @module entities/not-entities
 * Capitalised text that is not an entity of the article: outlet credits ("Jakarta (ANTARA News) -", "kata Budi
 * kepada IDN Times", "Follow IDN Times"), product and title names ("merek Aspira Premio", "Galaxy S6 Edge", "film
 * London Love Story") and headings ("Pengaruh Media Sosial"). The tagger's guesses there are dropped.
 */
import { AGENCY_BY_FORM, COMMON_ABBREVIATIONS, MEDIA_OUTLETS, MEDIA_OUTLET_KEYS, MESSAGING_APPS, REGIONS_BY_NAME, isCountryForm } from './gazetteer.js';
import { CAPITALISED_WORD, LETTER_END, LETTER_START, ROMAN_NUMERAL, SENTENCE_BREAK_SOURCE, UPPER_FIRST, WORD_END, WORD_START, allMatches, anyWordGate, buildAlternation, initialsOf, overlapsAny, withinAny, wordChar, wordStartMatcher } from './text-scan.js';
import { ageInParentheses } from './person-names.js';
import { isDerivedNoun, isDictionaryWord, isKnownPlaceName, isListedName, isPlainWord } from './tagger-features.js';
import type { EntityResult, PersonEntity } from '../shared/types.js';
import type { Span } from './types.js';
import acronymCommonSenses from './data/acronym-common-senses.json' with { type: 'json' };
import festivals from './data/festivals.json' with { type: 'json' };
import ideaWords from './data/idea-words.json' with { type: 'json' };
import numberWords from './data/number-words.json' with { type: 'json' };
import openingWords from './data/opening-words.json' with { type: 'json' };
import productCueWords from './data/product-cue-words.json' with { type: 'json' };

/** Words that make the outlet after them a credit: "dikutip dari Kompas.com", "kepada IDN Times", "Follow ...", "told The Jakarta Post". */
const CREDIT_BEFORE =
  /(?:^|[^\p{L}])(?:[Dd]ikutip|[Dd]ilansir|[Mm]elansir|[Mm]engutip|[Ll]aman|[Ss]itus|kepada|[Rr]edaksi|[Ff]ollow|[Ii]kuti|[Bb]aca|[Ss]imak|[Vv]ia|[Ss]umber|[Ff]oto|[Ee]ditor|[Rr]eporter|[Pp]ewarta|[Pp]enulis|[Dd]ihubungi|[Ww]awancara|berbincang|[Kk]lik|told|[Ss]peaking[ \t]+to|[Aa]ccording[ \t]+to|[Ii]nterview[ \t]+with|reported)(?:[ \t]+(?:dari|dengan|oleh|juga|di|ke|dan|&|dalam))*[ \t:]*(?:[ \t]+\S+){0,2}[ \t]*$/u;
/**
 * Words for an idea, a saying, a rite or an heirloom before its name ("filosofi Tri Hita Karana", "semboyan Bhinneka
 * Tunggal Ika", "ritual Kololi Kie", "prosesi Mattompang Arajang", "keris La Makkawa"), as a pattern source.
 */
const IDEA_WORDS = buildAlternation(ideaWords);
/**
 * Words before a capitalised run that make it a product or work title, not a person or organization (the product words
 * of data/product-cue-words.json and the idea words).
 */
const findProductCues = wordStartMatcher(
  // "pencipta lagu Hendra", "penulis buku X": after a word for its maker, the name is the maker's.
  String.raw`(?<!(?:pencipta|penulis|penggubah|sutradara|produser)[ \t]+)(?:${buildAlternation(productCueWords)}|${IDEA_WORDS})[ \t]+((?:[A-Z]${wordChar("'’&-")}*)(?:[ \t]+[A-Z0-9]${wordChar("'’&-")}*)*(?:(?:[ \t]*,[ \t]*|[ \t]+(?:dan|serta|atau)[ \t]+|[ \t]*,[ \t]*(?:dan|serta|atau)[ \t]+)(?:[A-Z]${wordChar("'’&-")}*)(?:[ \t]+[A-Z0-9]${wordChar("'’&-")}*)*)*)`,
  [...productCueWords, ...ideaWords],
);
/** One of those words opening a cue ({@link IDEA_WORDS}): the name after it is the idea's, even a full name. */
const IDEA_CUE = new RegExp(`^(?:${IDEA_WORDS})[ \\t]`);
/** A model code: letters then digits ("S6", "A52", "X5", "RX7"); a product, never a name. */
const MODEL_CODE = new RegExp(String.raw`${WORD_START}[A-Z]{1,3}\d{1,4}[A-Za-z]?${WORD_END}`, 'u');
// Found where a word starts only: on this trie of 150 names a whole-text scan cost twice as much.
const findOutletForms = wordStartMatcher(`(?:${buildAlternation(MEDIA_OUTLETS)})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`, MEDIA_OUTLETS);
/** The number of an event's edition after its name: a Roman numeral or a year (" XIII", " 2025"). */
const EDITION_AFTER_NAME = new RegExp(`[ \\t]+(?:${ROMAN_NUMERAL}|(?:19|20)\\d\\d)$`);
/** Festivals, feasts and rituals known by one name (festivals.json: Erau, Belimbur, Imlek, Nyepi): no one and nowhere. */
const FESTIVALS: ReadonlySet<string> = new Set(festivals as string[]);
/** Festivals named by more than one word ("Rambu Solo", "Labuhan Merapi"), found where the text writes them. */
const FESTIVALS_OF_WORDS = (festivals as string[]).filter((f) => f.includes(' '));
const findFestivalsOfWords = wordStartMatcher(`(?:${buildAlternation(FESTIVALS_OF_WORDS)})${WORD_END}`, FESTIVALS_OF_WORDS);

/**
 * The festivals of more than one word the text names: a region inside one is a word of its name ("upacara Rambu Solo'"
 * names no Solo, the city of Surakarta).
 * @example findFestivalNames('upacara Rambu Solo di Toraja') // [{ start: 8, end: 18 }]
 */
export function findFestivalNames(text: string): Span[] {
  return findFestivalsOfWords(text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Event names: "Bali Island Cup", "Jakarta Diabetes Meeting", "Piala Dunia", "Festival Danau Toba". */
const EVENT_NAME =
  /(?:^|[ \t])(?:Cup|Meeting|Festival|Awards?|Championship|Summit|Forum|Expo|Week|Fair|Games|Olympics?|Conference|Tour|Show)$|^(?:Piala|Festival|Konferensi|Kongres|Pekan|Liga|Kejuaraan|Pameran)[ \t]/;
const CAPITAL_RUN = new RegExp(String.raw`${WORD_START}[A-Z]${wordChar("'’&-")}*(?:[ \t]+[A-Z0-9]${wordChar("'’&-")}*)*`, 'gu');
/** A capitalised run, then a comma and a word for a work: "London Love Story, film kedua ...". */
const WORK_BEFORE_CUE = new RegExp(
  String.raw`${WORD_START}([A-Z]${wordChar("'’&-")}*(?:[ \t]+[A-Z0-9]${wordChar("'’&-")}*){1,5})[ \t]*,[ \t]*(?:film|lagu|album|novel|buku|sinetron|serial|single|gim)(?![\p{L}])`,
  'gu',
);
/** The cheap tests that gate the two patterns above: a work's word after a comma, a capital before a digit ("S6"). */
const WORK_CUE_AFTER_COMMA = /,[ \t]*(?:film|lagu|album|novel|buku|sinetron|serial|single|gim)(?![\p{L}])/u;
const CAPITAL_THEN_DIGIT = /[A-Z]\d/;
/** A character of a film or a series, named before "yang diperankan / dimainkan" and the actor. */
const CHARACTER = new RegExp(
  String.raw`${WORD_START}([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})[ \t]+yang[ \t]+(?:diperankan|dimainkan)[ \t]`,
  'gu',
);
/** A hashtag's words ("#AnakArtis"). */
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
/** A capitalised word opening a sentence and followed by a comma ("Earlier,", "Namun,"). */
const SENTENCE_OPENER = new RegExp(String.raw`(?:${SENTENCE_BREAK_SOURCE})(\p{Lu}\p{Ll}+)[ \t]*,`, 'gu');

/**
 * Whether a written form is a news outlet or platform ("ANTARA News", "Kompas.com", "detikINET").
 * @example isOutletName('IDN Times') // true
 */
export function isOutletName(surface: string): boolean {
  return MEDIA_OUTLET_KEYS.has(surface.replace(/\s+/g, ' ').trim().toLowerCase());
}

/** Whether the outlet mention at [start, end) is a credit: in parentheses, a dateline, after a credit word. */
function isCredit(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const line = text.slice(lineStart, start);
  // Only the current sentence counts: "... kepada IDN Times. Tempo menerbitkan" leaves Tempo alone.
  const sentenceBreak = /^.*[.!?]["”]?[ \t]+/s.exec(line);
  const before = sentenceBreak ? line.slice(sentenceBreak[0].length) : line;
  if (/\([ \t]*$/.test(before)) return true;
  if (/^[ \t]*[,)]?[ \t]*[-–—]/.test(text.slice(end, end + 4)) && line.length < 60) return true;
  // "Liputan6.com, Jakarta - ...", "Jakarta, IDN Times - ...": an outlet opening the line or after the place.
  if (line.trim() === '') return /^[ \t]*[,:\-–—]/.test(text.slice(end, end + 3));
  if (/^[\p{Lu}][\p{L} .]{0,40},[ \t]*$/u.test(line)) return true;
  return CREDIT_BEFORE.test(before.slice(-60));
}

/** Every mention of a news outlet ("Kaltim Post", "Tribun Kaltim", "Jawa Pos"). */
export function findOutletSpans(text: string): Span[] {
  return findOutletForms(text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A byline's line ("Penulis: X", "Editor: Y", "Pewarta: Z") and a photo credit in parentheses ("(Foto: ANTARA/X)"). */
const BYLINE = /^[ \t]*(?:Penulis|Editor|Pewarta|Reporter|Redaktur|Fotografer|Kontributor|Editor Foto|Writer|Reporting by|Editing by)[ \t]*:[^\n]*|\((?:Foto|FOTO|Photo)[ \t]*:[^()\n]{1,80}\)|\(ANTARA FOTO\/[^()\n]{1,60}\)/gm;

/**
 * The page's bylines and photo credits, consecutive byline lines as one span (a place read across the line break,
 * "Tanjung\nEditor", lies inside it).
 * @example findBylineSpans('Isi.\nPenulis: Ani\nEditor: Budi') // [{ start: 5, end: 29 }]
 */
export function findBylineSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!/Penulis|Editor|Pewarta|Reporter|Redaktur|Fotografer|Kontributor|Writer|Reporting|Foto|FOTO|Photo/.test(text)) return spans;
  for (const m of allMatches(BYLINE, text)) {
    const last = spans.at(-1);
    if (last && /^[ \t]*\n[ \t]*$/.test(text.slice(last.end, m.index))) last.end = m.index + m[0].length;
    else spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Outlet mentions that are credits (the text is not about the outlet there). */
export function findCreditSpans(text: string, outlets: readonly Span[] = findOutletSpans(text)): Span[] {
  const credits = outlets.filter((o) => isCredit(text, o.start, o.end));
  // "Jakarta, CNBC Indonesia - ... surat elektronik yang diterima CNBC Indonesia": the outlet whose credit opens the
  // story is the one reporting it wherever the story names it.
  const own = credits.find((o) => o.start < DATELINE_REACH && !text.slice(0, o.start).includes('\n'));
  if (!own) return credits;
  const name = text.slice(own.start, own.end);
  return outlets.filter((o) => credits.includes(o) || text.slice(o.start, o.end) === name);
}
/** How far into a story its dateline credit may stand ("JAKARTA, KOMPAS.com - "). */
const DATELINE_REACH = 80;

/** The words a body's name opens with, no product's ("Pemerintah Kabupaten Kediri", "Dinas Sosial"). */
const BODY_OPENING = /^(?:Pemerintah|Pemkot|Pemko|Pemkab|Pemprov|Pemda|Dinas|Badan|Kementerian|Kemen\p{Lu}\p{L}*|PT|Dewan|Komisi|Lembaga|Yayasan)(?![\p{L}])/u;

/**
 * Written forms of products and works named after a cue word ("merek Aspira Premio", "tipe Urbano, Sportivo, dan
 * Sportivo RS", "film London Love Story") and runs holding a model code ("Galaxy S6 Edge"). Known companies stay out.
 * @example [...findProductForms('ban merek Aspira Premio.')] // ['Aspira Premio']
 */
export function findProductForms(text: string, models: Span[] = []): Set<string> {
  const forms = new Set<string>();
  for (const m of findProductCues(text)) {
    for (const part of m[1]!.split(/[ \t]*,[ \t]*(?:(?:dan|serta|atau)[ \t]+)?|[ \t]+(?:dan|serta|atau)[ \t]+/)) {
      const form = part.trim();
      // "lagu Bob Dylan", "lagu Janet Jackson": a full name after the cue is the artist, not the title; after a word for
      // an idea ("filosofi Tri Hita Karana") it is the idea's name.
      const artist = /^\S+ \S/.test(form) && isListedName(form.split(' ')[0]!) && !IDEA_CUE.test(m[0]);
      // "program Pemerintah Kabupaten Kediri": a body's name after the cue is whose programme it is.
      // "ritual Bali": a rite named after a place is that place's.
      const placed = /^(?:ritual|prosesi|upacara)/.test(m[0]) && isKnownPlaceName(form);
      if (form && !artist && !placed && !AGENCY_BY_FORM.has(form) && !isOutletName(form) && !BODY_OPENING.test(form)) {
        forms.add(form);
        // "KA Banyubiru" (a train): a cue in capitals is read with the name as one.
        if (/^\p{Lu}/u.test(m[0])) forms.add(`${m[0].slice(0, m[0].indexOf(m[1]!)).trim()} ${form}`);
      }
    }
  }
  // "London Love Story, film kedua dari ...": a title named before the word for its kind.
  for (const m of WORK_CUE_AFTER_COMMA.test(text) ? allMatches(WORK_BEFORE_CUE, text) : []) {
    // The run may open with the dateline's place ("Jakarta London Love Story, film ..."): its tails count too.
    const words = m[1]!.trim().split(/[ \t]+/);
    for (let i = 0; i + 1 < words.length; i += 1) {
      const form = words.slice(i).join(' ');
      if (!AGENCY_BY_FORM.has(form) && !isOutletName(form) && !isListedName(words[i]!)) forms.add(form);
    }
  }
  // "Dave yang diperankan Dimas Anggara": a film's character, no person of the news.
  if (text.includes('yang dip') || text.includes('yang dim')) for (const m of allMatches(CHARACTER, text)) forms.add(m[1]!);
  // "#AnakArtis": a hashtag names a campaign or a show, no body or person.
  for (const m of allMatches(HASHTAG, text)) forms.add(m[1]!);
  for (const m of CAPITAL_THEN_DIGIT.test(text) ? allMatches(CAPITAL_RUN, text) : []) {
    if (!MODEL_CODE.test(m[0])) continue;
    forms.add(m[0]);
    // "Galaxy S6 Edge" is also written "S6 Edge": the part from the code on is the same product.
    const code = MODEL_CODE.exec(m[0])!;
    // "Timnas U23", "Piala FA U18": an age group is no model.
    if (code.index > 0 && !/^U\d{2}$/.test(code[0])) models.push({ start: m.index + code.index, end: m.index + code.index + code[0].length });
    forms.add(m[0].slice(code.index));
  }
  // "pungutan wisatawan asing (PWA)", "peremajaan sawit rakyat (PSR)": an acronym spelling lower-case words is a term.
  for (const m of allMatches(ACRONYM_IN_PARENTHESES, text)) {
    const acronym = m[1]!;
    // "orang asli Papua (OAP)", "dana otonomi khusus Aceh (DOKA)": lower-case words, the last of them may be a place's.
    const lower = wordsBefore(text, m.index, 8, (w) => w === w.toLowerCase());
    const placed = lower.length === 0 ? wordsBefore(text, m.index, 1, (w) => CAPITALISED_WORD.test(w)) : [];
    const run = placed.length === 1 ? [...wordsBefore(text, m.index - placed[0]!.length - 1, 8, (w) => w === w.toLowerCase()), placed[0]!] : lower;
    if (run.length < 2 || (placed.length === 1 && run.length < 3)) continue;
    const words = run.filter((w) => w !== 'dan' && w !== 'and');
    const spelled = words.slice(-acronym.length);
    const initials = spelled.map((w) => w[0]!.toUpperCase()).join('');
    // "pabrik kelapa sawit (PKS)": a listed body's acronym spelled as other words is this text's term; "komisi
    // pemberantasan korupsi (KPK)", the body's own name in lower case, stays the body.
    const agency = AGENCY_BY_FORM.get(acronym);
    if (initials === acronym && (!agency || !agency.name.toLowerCase().includes(spelled.join(' ')))) forms.add(acronym);
  }
  // "(non performing loan/NPL)": a term and its short form in one parenthesis.
  for (const m of text.includes('/') ? allMatches(TERM_SLASH_ACRONYM, text) : []) {
    if (initialsOf(m[1]!).toUpperCase() === m[2]) forms.add(m[2]!);
  }
  return forms;
}

/** A lower-case term, a slash and its acronym inside one parenthesis ("(non performing loan/NPL)"). */
const TERM_SLASH_ACRONYM = /\(([a-z][a-z]+(?:[ \t]+[a-z]+){1,5})[ \t]*\/[ \t]*([A-Z]{2,6})\)/g;

/** An acronym in parentheses ("(PWA)"); the words before it are read apart, which is cheaper than one pattern. */
const ACRONYM_IN_PARENTHESES = /\([ \t]?([A-Z]{2,6})[ \t]?\)/g;
/**
 * The words right before `pos` that `fits` accepts, up to `max`, in text order: letters only, separated by spaces or
 * tabs ("pungutan wisatawan asing" before "(PWA)"). Read backwards by hand: a pattern anchored at the end of a slice
 * is tried from every position of it.
 */
function wordsBefore(text: string, pos: number, max: number, fits: (word: string) => boolean): string[] {
  const words: string[] = [];
  let at = pos;
  while (words.length < max) {
    let end = at;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end -= 1;
    if (end === at && words.length > 0) break;
    let start = end;
    while (start > 0 && LETTER.test(text[start - 1]!)) start -= 1;
    if (start === end) break;
    const word = text.slice(start, end);
    if (!fits(word)) break;
    words.unshift(word);
    at = start;
    if (start === 0 || (text[start - 1] !== ' ' && text[start - 1] !== '\t')) break;
  }
  return words;
}
const LETTER = /\p{L}/u;

/**
 * Heading lines: short, no sentence-final period, every longer word capitalised ("Pengaruh Media Sosial",
 * "Akhir Cerita?"). A tagger guess there is a headline phrase more often than a name.
 * @example findHeadingLines('Akhir Cerita?\nBudi pulang.') // [{ start: 0, end: 13 }]
 */
export function findHeadingLines(text: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    // The cheap tests first: a paragraph ends in a period, and is split into words only when it does not.
    const candidate = trimmed !== '' && !/[.:;,"”]$/.test(trimmed) && UPPER_FIRST.test(trimmed);
    const words = candidate ? trimmed.split(/\s+/) : [];
    if (candidate && words.length <= 14 && words.every((w) => w.length <= 3 || /^[\p{Lu}\p{N}"“'(]/u.test(w))) {
      spans.push({ start: offset, end: offset + line.length });
    }
    offset += line.length + 1;
  }
  return spans;
}

/**
 * Sentence adverbs: a word of the language that opens a sentence before a comma and is no listed name ("Earlier,
 * ...", "Akhirnya, ...", "Senada, ..."); capitalised only because it comes first. "Budi, ..." stays a name.
 * @example findSentenceOpeners('Earlier, Retno met Soini.') // [{ start: 0, end: 7 }]
 */
export function findSentenceOpeners(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of allMatches(SENTENCE_OPENER, text)) {
    const word = m[1]!;
    if (!isCommonWordForm(word) || isListedName(word)) continue;
    const start = m.index + m[0].indexOf(word);
    spans.push({ start, end: start + word.length });
  }
  // '"Semoga di tempat baru ...', '"Mau bagaimana lagi ...': a word that only opens a clause (opening-words.json), at the
  // start of a sentence or a quote, before a lower-case word.
  for (const m of allMatches(OPENING_WORD, text)) {
    if (!CLAUSE_START_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) || isListedName(m[0])) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  // "Puluhan pasien ...", "Lima tidak memenuhi unsur": a number opening a sentence is no desa Puluhan, no Lima of Peru.
  for (const m of allMatches(CAPITALISED_NUMBER_WORD, text)) {
    if (!SENTENCE_START_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
/**
 * Words that open a clause and name nothing ("Semoga", "Mau", "Kalau"), capitalised, before a lower-case word; the
 * words themselves are the pattern's start, so the scan skips ahead between them.
 */
const OPENING_WORD = new RegExp(
  `(?<![\\p{L}])(?:${buildAlternation((openingWords as string[]).map((w) => w[0]!.toUpperCase() + w.slice(1)))})(?=[ \\t]+\\p{Ll})`,
  'gu',
);
/** Where a sentence, a line or a quote opens, right before a word. */
const CLAUSE_START_BEFORE = new RegExp(String.raw`(?:${SENTENCE_BREAK_SOURCE}|["“][ \t]*)$`);
/** Indonesian numbers and quantity words (number-words.json), capitalised. */
const CAPITALISED_NUMBER_WORD = new RegExp(
  `(?<![\\p{L}])(?:${buildAlternation((numberWords as string[]).map((w) => w[0]!.toUpperCase() + w.slice(1)))})(?![\\p{L}])`,
  'gu',
);
/** What opens a sentence, a line or a story after its dateline's dash, right before a word. */
const SENTENCE_START_BEFORE = new RegExp(String.raw`(?:${SENTENCE_BREAK_SOURCE}|[ \t][-–—][ \t]+)$`, 'u');

/**
 * Acronyms the text defines for common nouns, wherever they occur: "pabrik kelapa sawit (PKS)", "tempat pemungutan
 * suara (TPS)". Here "PKS" is a mill, not the party: its mentions name no body, person or place.
 * @example findCommonNounAcronyms('di pabrik kelapa sawit (PKS). PKS itu tutup.').length // 2
 */
export function findCommonNounAcronyms(text: string, parenthesized = allMatches(ACRONYM_AFTER_WORDS, text)): Span[] {
  const defined = new Set<string>();
  for (const m of parenthesized) {
    const acronym = m[1]!;
    // Words in lower case; the first may be capitalised where it opens a sentence ("Pajak kendaraan bermotor (PKB)").
    const words = wordsBefore(text, m.index, acronym.length, (w) => /^\p{L}\p{Ll}*$/u.test(w));
    if (words.length !== acronym.length || words.map((w) => w[0]!.toLowerCase()).join('') !== acronym.toLowerCase()) continue;
    // "pekerja migran Indonesia (PMI)", "orang asli Papua (OAP)": a country or a region inside stays a common noun's.
    const capitalised = words.filter((w, i) => UPPER_FIRST.test(w) && !(i > 0 && (isCountryForm(w) || REGIONS_BY_NAME.has(w.toLowerCase()))));
    const opening = text.lastIndexOf(words[0]!, m.index);
    if (!words.some((w) => /^\p{Ll}/u.test(w))) continue;
    if (capitalised.length === 0 || (capitalised.length === 1 && capitalised[0] === words[0] && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, opening - 4), opening)))) {
      defined.add(acronym);
    }
  }
  if (defined.size === 0) return [];
  const spans: Span[] = [];
  for (const m of allMatches(new RegExp(`${WORD_START}(?:${[...defined].join('|')})${WORD_END}`, 'gu'), text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
/** A body's acronym that stands for a common noun too, the words of that noun and of the body's name. */
interface AcronymCommonSense {
  acronym: string;
  sense: string;
  body: string;
}
const ACRONYM_COMMON_SENSES = (acronymCommonSenses as AcronymCommonSense[]).map((a) => ({
  ...a,
  mention: new RegExp(`${WORD_START}${a.acronym}${WORD_END}`, 'gu'),
  senseWords: new RegExp(`(?<![\\p{L}])${a.sense}(?![\\p{L}])`, 'iu'),
}));

/**
 * An acronym a story about its common noun uses without spelling it ("daerah asal PMI" in a story on "pekerja
 * migran"): it names no body (the Red Cross) where the text never writes that body's name.
 * @example findCommonSenseAcronyms('calon pekerja migran ... daerah asal PMI').length // 1
 */
export function findCommonSenseAcronyms(text: string): Span[] {
  const spans: Span[] = [];
  for (const a of ACRONYM_COMMON_SENSES) {
    if (!text.includes(a.acronym) || !a.senseWords.test(text) || text.includes(a.body)) continue;
    for (const m of allMatches(a.mention, text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * Acronyms the text defines for an event, wherever they occur: "Erau International Folk Art Festival (EIFAF)", "Pekan
 * Olahraga Nasional (PON)". An event's short form names no body.
 * @example findEventAcronyms('rangkaian Erau International Folk Art Festival (EIFAF). EIFAF ramai.').length // 2
 */
export function findEventAcronyms(text: string, parenthesized = allMatches(ACRONYM_AFTER_WORDS, text)): Span[] {
  const defined = new Set<string>();
  for (const m of parenthesized) {
    const run = EVENT_RUN_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[1];
    if (run && EVENT_NAME.test(run)) defined.add(m[1]!);
  }
  if (defined.size === 0) return [];
  return allMatches(new RegExp(`${WORD_START}(?:${[...defined].join('|')})${WORD_END}`, 'gu'), text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
/** The capitalised run right before an acronym in parentheses (group 1), an edition's number or year in it or not. */
const EVENT_RUN_BEFORE = /((?:\p{Lu}[\p{L}'’-]*|\d{4}|[IVX]{1,5})(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|\d{4}|[IVX]{1,5})){0,7})[ \t]*$/u;

/**
 * Hajj flight groups named by their embarkation's code and number ("kloter BPN 01", "Kloter BTH-12"): the code is an
 * airport's, no body.
 * @example findGroupCodes('Jemaah kloter BPN 01 berangkat.') // [{ start: 14, end: 17 }]
 */
export function findGroupCodes(text: string): Span[] {
  if (!mentionsGroup(text)) return [];
  return [...allMatches(GROUP_CODE, text)].map((m) => ({ start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].indexOf(m[1]!) + 3 }));
}
const GROUP_CODE = /(?<![\p{L}])[Kk]loter[ \t]+([A-Z]{3})[ \t-]*\d{1,3}(?![\p{N}])/gu;
const mentionsGroup = anyWordGate(['Kloter', 'kloter']);

/** An acronym in parentheses ("(PKS)"), read apart from the words before it. */
const ACRONYM_AFTER_WORDS = /\(([A-Z]{2,6})\)/g;

/**
 * A person's initials as crime reports give them: "berinisial AS (34)", "inisial MR dan RK", and in English "identified
 * only as AS", "initials TH and WK".
 */
const INITIALS = new RegExp(
  String.raw`${LETTER_START}(?:(?:[Bb]er)?[Ii]nisial|[Ii]nitials|[Ii]dentified(?:[ \t]+only)?[ \t]+as|[Ii]dentified[ \t]+by[ \t]+(?:the|his|her|their)[ \t]+initials)[ \t]+([A-Z]{1,4}(?:[ \t]*(?:,|dan|and)[ \t]*[A-Z]{1,4})*)${LETTER_END}`,
  'gu',
);
const mentionsInitials = anyWordGate(['Berinisial', 'berinisial', 'Inisial', 'inisial', 'Initials', 'initials', 'Identified', 'identified']);

/** Initials with an age after them, as crime news writes a suspect or a victim: "MHN (34) alias Ucok", "RS (29)". */
const AGE = new RegExp(ageInParentheses(true), 'g');
/** The initials right before an age: "MHN " (read on a short slice before each age, cheaper than one pattern). */
const INITIALS_BEFORE = /(?<![\p{L}\p{N}])([A-Z]{2,4})[ \t]*$/u;

/** Whether capitals are no listed body's acronym nor a common abbreviation, so they may stand for a person. */
function isNoBodyInitials(initials: string): boolean {
  return !AGENCY_BY_FORM.has(initials) && !COMMON_ABBREVIATIONS.has(initials);
}

/**
 * Initials that stand for a person the report does not name ("berinisial AS (34)", "MHN (34)", "berinisial SR"),
 * wherever they recur ("tersangka MHN berperan", "SR ditahan"): no country, person or body. A body's acronym with a
 * year is no age ("KPK (2024)").
 * @example findInitials('tersangka berinisial AS (34)').length // 1
 */
export function findInitials(text: string): Span[] {
  const spans: Span[] = [];
  // "berinisial SR ... SR ditahan ... Kuasa hukum SR": initials the text introduces stand for the person wherever they recur.
  const recurring = new Set<string>();
  for (const m of mentionsInitials(text) ? allMatches(INITIALS, text) : []) {
    spans.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length });
    for (const one of m[1]!.split(/[ \t]*(?:,|dan|and)[ \t]*/)) if (one.length >= 2 && isNoBodyInitials(one)) recurring.add(one);
  }
  for (const m of allMatches(AGE, text)) {
    const initials = INITIALS_BEFORE.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[1];
    if (initials && Number(m[1]) <= 120 && isNoBodyInitials(initials)) recurring.add(initials);
  }
  if (recurring.size === 0) return spans;
  const again = new RegExp(`${WORD_START}(?:${[...recurring].join('|')})${WORD_END}`, 'gu');
  for (const m of allMatches(again, text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    // Two letters recur as other things too: after a capitalised word they are a country's or a body's ("Presiden AS").
    const withAge = /^[ \t]*\(\d/.test(text.slice(span.end, span.end + 4));
    // A sentence's last word and its full stop come before a sentence's first word ("ke Nunukan. RH diduga").
    const before = /(\p{Lu}[\p{L}.]*)[ \t]+$/u.exec(text.slice(Math.max(0, span.start - 24), span.start))?.[1];
    const sentenceEnd = before !== undefined && before.length > 3 && before.endsWith('.') && !before.slice(0, -1).includes('.');
    if (!withAge && m[0].length < 3 && before !== undefined && !sentenceEnd) continue;
    if (!overlapsAny(span, spans)) spans.push(span);
  }
  return spans;
}

/**
 * Whether a candidate span is not an entity: inside a credit, a heading or a sentence adverb, a product form, a
 * model code, an event name or a common-noun abbreviation.
 * @example isNotEntity('S6 Edge', { start: 0, end: 7 }, { credits: [], headings: [], products: new Set() }) // true
 */
export function isNotEntity(surface: string, span: Span, context: NotEntityContext): boolean {
  const form = surface.replace(/\s+/g, ' ').trim();
  return (
    withinAny(span, context.credits) ||
    withinAny(span, context.bylines) ||
    withinAny(span, context.headings) ||
    withinAny(span, context.openers) ||
    withinAny(span, context.initials) ||
    withinAny(span, context.spelledAbbreviations) ||
    context.products.has(form) ||
    MODEL_CODE.test(form) ||
    COMMON_ABBREVIATIONS.has(form) ||
    FESTIVALS.has(form) ||
    // "Iraw Tengkayu XIII", "Erau 2025": a festival's edition, by its number or year.
    FESTIVALS.has(form.replace(EDITION_AFTER_NAME, '')) ||
    // "Hari Raya Galungan": a run closed by a festival's name names the day.
    FESTIVALS.has(form.slice(form.lastIndexOf(' ') + 1)) ||
    // "Christmas and New Year", "Natal dan Tahun Baru": festivals joined in one run.
    form.split(/ (?:and|dan|&) /).every((part) => FESTIVALS.has(part)) ||
    EVENT_NAME.test(form)
  );
}

/** What {@link isNotEntity} needs, computed once per text. */
export interface NotEntityContext {
  /** Short forms of phrases of common words ("Satgas"): no person. */
  phraseShortForms: Set<string>;
  /**
   * Terms spelled out before a common abbreviation ("Anggaran Pendapatan dan Belanja Daerah (APBD)"), the titles of
   * statutes ("tentang Pertambangan Mineral dan Batu Bara") and decorations ("Satyalancana Karya Satya"): no entity.
   */
  spelledAbbreviations: Span[];
  /** Every outlet mention: the region in "Kaltim Post" or "Tribun Kaltim" is no place of the story. */
  outlets: Span[];
  credits: Span[];
  /** Bylines and photo credits ("Penulis: X", "Editor: Y", "(Foto: ANTARA/Z)"): the page's staff, no one in the story. */
  bylines: Span[];
  headings: Span[];
  openers: Span[];
  initials: Span[];
  products: Set<string>;
  /** Model codes after a capitalised word ("A320" of "Airbus A320"): a maker named right before one names a product, no body. */
  models: Span[];
  /** Messaging apps named as a channel ("grup WhatsApp", "melalui pesan singkat WhatsApp"): a product, no company. */
  channels: Span[];
}

/** A messaging app's name as a whole word. */
const APP_NAME = new RegExp(`(?<![\\p{L}])(?:${[...MESSAGING_APPS].join('|')})(?![\\p{L}])`, 'gu');
const mentionsApp = anyWordGate(MESSAGING_APPS);
/**
 * A channel's word right before: "grup ", "pesan singkat ", "melalui ", "via ", English "over ", "on ", "through ";
 * or a list of channels after "melalui" that the app goes on ("melalui laman resmi, WhatsApp dan layanan tatap muka").
 */
const CHANNEL_BEFORE =
  /(?:^|[^\p{L}])(?:(?:[Gg]rup|[Gg]roup|[Pp]esan(?:[ \t]+singkat)?|[Aa]plikasi|[Aa]kun|[Mm]elalui|[Ll]ewat|[Vv]ia|[Ll]ayanan|over|on|through|using)[ \t]+|(?:[Mm]elalui|[Ll]ewat|[Vv]ia)[ \t]+\p{Ll}[\p{Ll} \t]{0,30}(?:,[ \t]*|[ \t]+(?:dan|atau)[ \t]+))$/u;
/** English puts the channel's noun after the app: "a WhatsApp group", "WhatsApp messages". */
const CHANNEL_AFTER = /^[ \t]+(?:group|message|account|chat|call|number|status)s?(?![\p{L}])/u;

/** Messaging apps named as the channel something goes through ("di grup WhatsApp", "via Telegram"). */
function findChannelApps(text: string): Span[] {
  // The app's names are few and rare: find them, then look at the words before each.
  if (!mentionsApp(text)) return [];
  return allMatches(APP_NAME, text)
    .filter((m) => CHANNEL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) || CHANNEL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Build the not-entity context of a text (credits, headings, product forms). */
export function buildNotEntityContext(text: string): NotEntityContext {
  const outlets = findOutletSpans(text);
  // The acronyms in parentheses, read once for the common nouns' and the events' short forms.
  const parenthesized = allMatches(ACRONYM_AFTER_WORDS, text);
  const models: Span[] = [];
  return {
    outlets,
    credits: findCreditSpans(text, outlets),
    bylines: findBylineSpans(text),
    headings: findHeadingLines(text),
    openers: findSentenceOpeners(text),
    initials: [...findInitials(text), ...findCommonNounAcronyms(text, parenthesized), ...findCommonSenseAcronyms(text), ...findEventAcronyms(text, parenthesized), ...findGroupCodes(text)],
    products: findProductForms(text, models),
    models,
    channels: findChannelApps(text),
    phraseShortForms: findPhraseShortForms(text),
    spelledAbbreviations: [...findSpelledAbbreviations(text), ...findStatuteTitles(text), ...findDecorations(text), ...findCommonTerms(text)],
  };
}

/** A short form in parentheses ("(Satgas)"); the words before it are read apart, which is cheaper than one pattern. */
const SHORT_FORM_IN_PARENTHESES = /\([ \t]?(\p{Lu}\p{L}{1,10})\.?[ \t]?\)/gu;

/** A word of the language, or one made of a stem with "pe-", "se-" or "-an" ("Pelaksana", "Senada", "Satuan"). */
function isCommonWordForm(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    isDictionaryWord(lower) ||
    isDerivedNoun(word) ||
    (lower.endsWith('an') && isDictionaryWord(lower.slice(0, -2))) ||
    ((lower.startsWith('pe') || lower.startsWith('se')) && lower.length > 5 && isDictionaryWord(lower.slice(2)))
  );
}

/**
 * Short forms of phrases of common words ("Satuan Tugas (Satgas)", "Panitia Pelaksana (Panpel)", "Rapat Kerja
 * (Raker)"), and those phrases: never a person's name, though the tagger may read one so ("Satgas bekerja mulai ...").
 * A person's nickname follows a name, whose words are no common words ("Joko Widodo (Jokowi)").
 * @example findPhraseShortForms('Satuan Tugas (Satgas) dibentuk.') // Set { 'Satgas' }
 */
export function findPhraseShortForms(text: string): Set<string> {
  const forms = new Set<string>();
  for (const m of allMatches(SHORT_FORM_IN_PARENTHESES, text)) {
    // "rasio loan at risk (LaR)": a short form spelled by the words in lower case before it names a term, no place.
    const lower = wordsBefore(text, m.index, 6, (w) => /^\p{Ll}+$/u.test(w));
    if (lower.some((_, i) => lower.length - i >= 2 && lower.slice(i).map((w) => w[0]).join('') === m[1]!.toLowerCase())) {
      forms.add(m[1]!);
      continue;
    }
    // The phrase may follow a title in one capitalised run ("Ketua Panitia Pelaksana (Panpel)"): its tails count.
    const words = wordsBefore(text, m.index, 6, (w) => CAPITALISED_WORD.test(w));
    if (words.length < 2) continue;
    for (let i = 0; i + 1 < words.length; i += 1) {
      if (words[i]![0] !== m[1]![0] || !words.slice(i).every(isCommonNonName)) continue;
      // "Alokasi Dana Kampung (ADK)": the phrase itself is no person either.
      forms.add(m[1]!);
      forms.add(words.slice(i).join(' '));
      break;
    }
  }
  return forms;
}

/** A common word that is no listed name ("Satuan", "Tugas"; not "Budi"). */
function isCommonNonName(word: string): boolean {
  return isCommonWordForm(word) && !isListedName(word);
}

/**
 * Terms spelled out before a common abbreviation in parentheses ("Anggaran Pendapatan dan Belanja Daerah (APBD)",
 * "Bantuan Langsung Tunai (BLT)"): a budget, a document or a programme, no body, person or place, though its words
 * are capitalised. The span runs from the first capitalised word with the abbreviation's initial.
 * @example findSpelledAbbreviations('dari Anggaran Pendapatan dan Belanja Daerah (APBD).') // [{ start: 5, end: 43 }]
 */
export function findSpelledAbbreviations(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of allMatches(SHORT_FORM_IN_PARENTHESES, text)) {
    if (!COMMON_ABBREVIATIONS.has(m[1]!)) continue;
    const words = wordsBefore(text, m.index, 8, (w) => UPPER_FIRST.test(w) || w === 'dan' || w === 'serta');
    const first = words.findIndex((w) => w[0] === m[1]![0]);
    if (first === -1 || words.length - first < 2) continue;
    const phrase = words.slice(first);
    // The phrase ends right before the parenthesis: find where its first word starts, going back over the words.
    let start = m.index;
    for (let k = phrase.length - 1; k >= 0; k -= 1) start = text.lastIndexOf(phrase[k]!, start - 1);
    const end = text.slice(0, m.index).trimEnd().length;
    if (start >= 0) spans.push({ start, end });
  }
  return spans;
}

/**
 * The titles of statutes: the capitalised words after "tentang" in "Undang-Undang Nomor 3 Tahun 2020 tentang
 * Pertambangan Mineral dan Batu Bara", "Perda tentang Pajak Daerah": a law's subject, no place or body.
 * @example findStatuteTitles('UU Nomor 3 Tahun 2020 tentang Pertambangan Mineral dan Batu Bara.').length // 1
 */
export function findStatuteTitles(text: string): Span[] {
  return [...allMatches(STATUTE_TITLE, text)].map((m) => ({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length }));
}
const STATUTE_TITLE = new RegExp(
  String.raw`${WORD_START}(?:Undang-Undang|UU|Peraturan(?:[ \t]+(?:Pemerintah|Daerah|Presiden|Menteri|Gubernur|Bupati|Wali[ \t]+Kota))?|Perda|Perpres|Perppu|Pergub|Perbup|Perwali|PP|Permen\p{L}*)(?:[ \t]+(?:Nomor|No\.?)[ \t]+[\d/A-Z.]+)?(?:[ \t]+Tahun[ \t]+\d{4})?[ \t]+tentang[ \t]+((?:\p{Lu}[\p{L}-]*|dan|atau|serta)(?:[ \t,]+(?:\p{Lu}[\p{L}-]*|dan|atau|serta))*)`,
  'gu',
);

/**
 * The names of state decorations: "Satyalancana Karya Satya XX Tahun", "Bintang Jasa Utama": an honour, no person
 * ("Satya") or place.
 * @example findDecorations('menyerahkan Satyalancana Karya Satya kepada ASN').length // 1
 */
export function findDecorations(text: string): Span[] {
  if (!text.includes('Satyalancana') && !text.includes('Bintang ')) return [];
  return [...allMatches(DECORATION, text)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
// Opened by its literal words, not by a boundary test: the engine then skips to them.
const DECORATION = new RegExp(
  String.raw`(?:Satyalancana|Bintang[ \t]+(?:Jasa|Mahaputera|Bhayangkara|Kartika[ \t]+Eka[ \t]+Paksi|Jalasena|Swa[ \t]+Bhuwana[ \t]+Paksa|Yudha[ \t]+Dharma|Budaya[ \t]+Parama[ \t]+Dharma))(?:[ \t]+\p{Lu}[\p{L}-]*){0,3}`,
  'gu',
);

/**
 * Common terms of two words or more ("La Nina", "Surat Berharga Negara"): no person ("Nina") or body inside them.
 * @example findCommonTerms('fenomena La Nina lemah').length // 1
 */
export function findCommonTerms(text: string): Span[] {
  return allMatches(COMMON_TERM, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
const COMMON_TERM = new RegExp(
  `${WORD_START}(?:${buildAlternation([...COMMON_ABBREVIATIONS].filter((term) => term.includes(' ')))})${WORD_END}`,
  'gu',
);

/**
 * Drop what the rules found inside credits or under a product name: outlets are never people or places, and are
 * organizations only where the text is about them; a product is never a person, organization or place.
 */
export function dropNotEntities(result: EntityResult, context: NotEntityContext): EntityResult {
  const isProduct = (name: string): boolean => context.products.has(name) || COMMON_ABBREVIATIONS.has(name) || FESTIVALS.has(name);
  // Initials and bylines hold no one and nothing; an outlet's name holds no person and no place.
  const notBodySpans = [...context.initials, ...context.bylines];
  const notPeopleSpans = [...notBodySpans, ...context.outlets];
  // "..., Wali Kota Tinjau Lokasi": in a headline, a "name" of words of the language only is the headline's words.
  const headlineWords = (p: PersonEntity): PersonEntity =>
    context.headings.length > 0 && p.name.split(' ').every(isPlainWord)
      ? withoutMentionsIn(p, context.headings)
      : p;
  // Initials ("berinisial AS (34)") are nobody's name and no country's: those mentions go, and an entity left without any.
  const people = result.people
    .map((p) => headlineWords(withoutMentionsIn(p, notPeopleSpans)))
    .filter((p) => p.mentions.length > 0 && !isOutletName(p.name) && !isProduct(p.name));
  const organizations = result.organizations
    .map((o) => withoutMentionsIn({ ...o, mentions: o.mentions.filter((m) => !overlapsAny(m, context.credits) && !beforeModelCode(m, context.models)) }, [...notBodySpans, ...context.channels]))
    .filter((o) => o.mentions.length > 0 && !isProduct(o.name));
  // The region in "Kaltim Post" or "Tribun Kaltim" is no place of the story.
  const locations = result.locations
    .map((l) => withoutMentionsIn(l, notPeopleSpans))
    .filter((l) => l.mentions.length > 0 && !isOutletName(l.name) && !isProduct(l.name));
  const unchanged = sameMentionCounts(people, result.people) && sameMentionCounts(organizations, result.organizations) && sameMentionCounts(locations, result.locations);
  return unchanged ? result : { ...result, people, organizations, locations };
}

/** Whether a mention stands right before a model code, a space between ("Airbus" of "Airbus A320"). */
function beforeModelCode(mention: Span, codes: readonly Span[]): boolean {
  return codes.some((c) => c.start - mention.end === 1);
}

/** An entity without its mentions inside any of `spans` (the same object when it has none there). */
function withoutMentionsIn<T extends { mentions: Span[] }>(entity: T, spans: readonly Span[]): T {
  if (!entity.mentions.some((m) => withinAny(m, spans))) return entity;
  return { ...entity, mentions: entity.mentions.filter((m) => !withinAny(m, spans)) };
}

/** Whether two lists of entities hold as many entities, each with as many mentions. */
function sameMentionCounts<T extends { mentions: Span[] }>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((e, i) => e.mentions.length === b[i]!.mentions.length);
}
