/**
 * @module entities/person-names
 * Reading a person's name at a position of the text: the ranks, honorifics and particles around it, where it ends
 * (punctuation, a degree, the day of the report, an age or the name's initials in parentheses) and its clean form.
 * The finders of people.ts read names through these.
 */
import {
  AGENCY_BY_FORM,
  BALINESE_NAME_WORDS,
  CAPITALISED_ROLES,
  COMMON_ABBREVIATIONS,
  COUNTRY_BY_FORM,
  DEGREES,
  HONORIFICS,
  NAME_OPENERS,
  NAME_STOPWORDS,
  ORG_WORDS,
  RANKS,
  REGION_ALIAS,
  TITLE_BY_FORM,
  TITLE_WORDS,
} from './gazetteer.js';
import { isDerivedNoun, isDictionaryWord, isListedName, isPossessive } from './tagger-features.js';
import { NAME_TOKEN_SOURCE, SPACES, WORD_END, buildAlternation, initialsOf, matchAt } from './text-scan.js';
import type { PersonHit, Span } from './types.js';
import awardWords from './data/award-words.json' with { type: 'json' };
import { MONTHS, WEEKDAYS } from '../shared/dates.js';

/** A word, with the period of an abbreviation ("Drs.", "H."), sticky. */
export const TOKEN = /[A-Za-z][A-Za-z'’-]*\.?/y;

/** An acting holder's short mark, as a pattern's source: "Plt", "Plh", "Pjs", "Pj", a full stop or not. */
export const SHORT_ACTING_MARK = String.raw`(?:Plt|Plh|Pjs|Pj)\.?`;

/**
 * What may follow a rank and belongs to it: its grade ("Sersan Dua", "Kopral Kepala", "Marsekal Madya"), its force
 * ("Kapten Laut", "Mayor Udara", "Brigjen TNI", "Kombes Pol") or a corps or status code in parentheses ("(P)", "(Purn)").
 */
export const RANK_TAIL_SOURCE = String.raw`(?:Satu|Dua|Tiga|Kepala|Madya|Muda|Pertama|Udara|Laut|TNI|Pol|Polisi|\((?:[A-Z]{1,3}|Purn\.?|Navy|Ret\.?|ret\.?)\))(?![\p{L}\p{N}])`;
export const RANK_TAIL = new RegExp(RANK_TAIL_SOURCE, 'uy');

/** One word of a name (sticky): NAME_TOKEN_SOURCE with no letter or digit after it. */
const NAME_TOKEN = new RegExp(`${NAME_TOKEN_SOURCE}(?![\\p{L}\\p{N}])`, 'yu');

/**
 * Sentence words ("Hari" of "Hari Raya", "lalu") that are also common name parts: inside a name ("Agus Hari Kesuma") or
 * opening one after a title (the Sasak "Lalu": "Kepala Disperindag NTB Lalu Suryadi Wirawan").
 */
const STOPWORDS_IN_NAMES = new Set(['Hari', 'Lalu']);

/** Second words of named days ("Hari Raya", "Hari Jadi", "Hari Pahlawan"): "Hari" opens no name before them. */
const DAYS_OF_NOTE = new Set([
  'Raya', 'Jadi', 'Ibu', 'Guru', 'Anak', 'Pahlawan', 'Kartini', 'Bumi', 'Buruh', 'Santri', 'Bhayangkara', 'Pers', 'Pendidikan',
  'Kemerdekaan', 'Lingkungan', 'Kesehatan', 'Sumpah', 'Lahir', 'Natal', 'Pangan', 'Kebangkitan', 'Pancasila', 'Ulang', 'Besar',
  'Nasional', 'Pertama', 'Terakhir', 'Kerja', 'Libur', 'Minggu',
]);

/**
 * Organization vocabulary ("Sumber Daya Alam", "Rasa Aman") that is also a common name part: last ("Syamsu Alam") or
 * inside, before the next part ("Mahmud Aman Sahri").
 */
const ORG_WORDS_IN_NAMES = new Set(['Alam', 'Aman']);
/** Title words that are also common name parts inside a name ("Deni Hakim Anwar", "Dwinanto Agung Wibowo", "Harja Utama", "Andi Sultan Mappewali"). */
export const TITLES_IN_NAMES = new Set(['Hakim', 'Agung', 'Utama', 'Panglima', 'Sultan', 'King']);

/** The words a reigning sultan's name opens with ("Sultan Aji Muhammad Arifin", "Sultan Hamengku Buwono X"). */
export const SULTAN_NAME_OPENER = /^[ \t]+(?:Aji|Hamengku)(?![\p{L}])/u;

/** Words of award categories ("Pemeran Pembantu Pria Terbaik", "Aktor Pendukung"): after a role word, no name. */
const AWARD_WORDS = new Set(awardWords as string[]);

/** Whether a token may be part of a person's name. */
export function isNameWord(word: string): boolean {
  return (
    !NAME_STOPWORDS.has(word) && !ORG_WORDS.has(word) && !TITLE_WORDS.has(word) && !RANKS.has(word) && !DEGREES.has(word) &&
    !CAPITALISED_ROLES.has(word) && !AWARD_WORDS.has(word) && !isPossessive(word) &&
    // "Persoalan banjir itu ...": an abstract noun of the language opening a sentence.
    !isDerivedNoun(word)
  );
}

/** Lower-case particles inside a name before its next part: "Georg Ludwig von Trapp", "Osama bin Laden". */
export const NAME_PARTICLES = ['van', 'von', 'der', 'den', 'de', 'da', 'del', 'bin', 'binti', 'binte', 'al', 'el', 'br', 'boru'];
// "Gerard van der Meulen": particles may come two in a row.
const INNER_PARTICLE = new RegExp(`(?:(?:${NAME_PARTICLES.join('|')})[ \\t]+){1,2}(?=\\p{Lu})`, 'uy');

/** A quoted nickname ('"Jokowi"'), the nickname captured. */
export const NICKNAME_SOURCE = `["“]([A-Z][\\p{L}'’-]*(?:[ \\t][A-Z][\\p{L}'’-]*)?)["”]`;
/** A quoted nickname inside a name's text. */
export const QUOTED_NICKNAME = new RegExp(NICKNAME_SOURCE, 'u');
/** A quoted nickname between two parts of a name, and the space after it. */
const NICKNAME = new RegExp(`${NICKNAME_SOURCE}[ \\t]+(?=[A-Z])`, 'uy');

/** Whether capitals after a name are its initials, not a body, a place, a degree or a rank ("Rustam HS"; not "Budi KPK"). */
export function isTrailingInitials(word: string): boolean {
  const known = [AGENCY_BY_FORM, COUNTRY_BY_FORM, DEGREES, RANKS, COMMON_ABBREVIATIONS].some((set) => set.has(word));
  return !known && !REGION_ALIAS.has(word.toLowerCase());
}

/** A name's noble or clan opener and the space after it, before a capitalised word ("Anak Agung ", "Cut "). */
export const OPENER_AT = new RegExp(`(?:${buildAlternation(NAME_OPENERS)})[ \\t]+(?=\\p{Lu}\\p{Ll})`, 'uy');
/** How many words the noble or clan opener at `at` has ("Anak Agung " 2, "Cut " 1), 0 where none opens there. */
export function openerWordCount(text: string, at: number): number {
  return matchAt(OPENER_AT, text, at)?.[0].trim().split(/[ \t]+/).length ?? 0;
}

/** Initials of two or three capitals and the name word after them ("LP Marsudi"). */
const MIDDLE_INITIALS = /^([A-Z]{2,3})[ \t]+([A-Z][a-z]+)/;

/** Ranks of several words that are no rank word and tail ("Inspector General", "Senior Commissioner", "Sr. Comr."). */
const RANK_PHRASES = [...RANKS].filter((r) => r.includes(' ') && !RANKS.has(r.split(' ')[0]!));
export const RANK_PHRASE_AT = new RegExp(`(?:${buildAlternation(RANK_PHRASES)})${WORD_END}`, 'yu');

/** The first words of those ranks, the cheap test before the pattern. */
const RANK_PHRASE_FIRST_WORDS = new Set(RANK_PHRASES.map((r) => r.split(' ')[0]!));

/**
 * A second title of several words opening with a word that is also a name's ("Hakim Agung", "Panglima TNI"), and the
 * space after it, before a capitalised word: after a first title it is the holder's second post, no part of the name
 * ("Juru Bicara MA Hakim Agung Lukas Pardede").
 */
const STACKED_TITLE_AT = new RegExp(
  `(?:${buildAlternation([...TITLE_BY_FORM.keys()].filter((f) => f.includes(' ') && TITLES_IN_NAMES.has(f.split(' ')[0]!)))})[ \\t]+(?=\\p{Lu})`,
  'uy',
);

/** "I" or "Ni" opening a Balinese name, before its next word ("I Putu", "Ni Luh"). */
const BALINESE_NAME_OPENER = /^(?:I|Ni)[ \t]+\p{Lu}/u;

/**
 * Where a name found from its first capitalised word really starts: "I Made Wirawan", "Ni Luh Putu Sriasih" open with
 * the "I" or "Ni" right before a Balinese name word.
 * @example withBalineseOpener('pemandu, I Made Wirawan', 11) // 9
 */
export function withBalineseOpener(text: string, start: number): number {
  const opener = /(?:^|[^\p{L}])((?:I|Ni)[ \t]+)$/u.exec(text.slice(Math.max(0, start - 4), start));
  const first = /^\p{L}+/u.exec(text.slice(start, start + 20))?.[0] ?? '';
  return opener && BALINESE_NAME_WORDS.has(first) ? start - opener[1]!.length : start;
}
/** Initials closing a name ("Rustam HS"), before a lower-case word, a punctuation mark or the end; group 1. */
const TRAILING_INITIALS = /^[ \t]+([A-Z]{2,3})(?=[ \t]+\p{Ll}|[ \t]*[,.;:)]|$)/u;
/** A reigning name's number of one letter ("Hamengku Buwono X"), before the same. */
const REGNAL_NUMBER = /^[ \t]+[VX](?=[ \t]*[,.;:)]|[ \t]+\p{Ll}|$)/u;

/** One capitalised word, then the end of a name: punctuation, a lower-case word or the end. */
const LONE_NAME_WORD_AFTER = /^[ \t]+\p{Lu}\p{Ll}+(?=[ \t]*[,.;:()]|[ \t]+\p{Ll}|$)/u;

/** Read a name at `pos` (honorifics skipped): up to four name tokens; `ranked` when a rank came just before it. */
export function readName(text: string, pos: number, ranked = false, titled = false): Span | null {
  let at = pos + (titled ? (matchAt(STACKED_TITLE_AT, text, pos)?.[0].length ?? 0) : 0);
  let rankBefore = ranked;
  // "Datuk Seri H. Azwar": the second word of a two-word honorific ("Seri") is no name word after its first.
  let previous = '';
  for (;;) {
    // "Serma Hartono", "Kapten Laut (P) Heri Susanto", "H. Sujono": ranks, their tails and honorifics go first.
    const tail: RegExpExecArray | null = rankBefore ? matchAt(RANK_TAIL, text, at) : null;
    const token = tail ?? matchAt(TOKEN, text, at);
    // ", Sr. Comr. Yulius Parengkuan,": an English rank of several words with full stops.
    const phrase = !tail && token && RANK_PHRASE_FIRST_WORDS.has(token[0]) ? matchAt(RANK_PHRASE_AT, text, at) : null;
    const t = phrase ?? token;
    // "Letkol Inf. Dimas": a corps code may be written with its full stop, as one token.
    const rank = t !== null && (phrase !== null || RANKS.has(t[0]) || (t[0].endsWith('.') && RANKS.has(t[0].slice(0, -1))));
    if (!t || !(tail || HONORIFICS.has(t[0]) || HONORIFICS.has(`${previous} ${t[0]}`) || rank)) break;
    previous = t[0];
    // "Daeng Nai (50)": a Bugis-Makassar "Daeng" before one name word only is the name the person is known by.
    if (t[0] === 'Daeng' && !tail && LONE_NAME_WORD_AFTER.test(text.slice(at + t[0].length, at + t[0].length + 32))) break;
    rankBefore = tail !== null || rank;
    // "Irjen Pol. I Putu ...": a rank or its tail may be written with a full stop.
    const length = t[0].length + (rankBefore && text[at + t[0].length] === '.' ? 1 : 0);
    const sp = matchAt(SPACES, text, at + length);
    if (!sp) return null;
    at += length + sp[0].length;
  }
  const start = at;
  // After a rank or honorific the name comes next, even when its first word is a common word ("AKP Hari Supranoto").
  const afterRank = ranked || at > pos;
  let end = -1;
  // Balinese names open with "I" or "Ni" before up to four more words ("I Putu Jayan Danu Putra").
  let limit = BALINESE_NAME_OPENER.test(text.slice(at, at + 5)) ? 5 : 4;
  // "Anak Agung Ngurah Gede Widiada", "Cut Intan Meutia", "La Ode Hasrul": a noble or clan opener is the name's, though
  // its words are words of the language; up to four words follow it.
  const opener = matchAt(OPENER_AT, text, at);
  let openerEnd = -1;
  if (opener) {
    openerEnd = at + opener[0].length;
    limit = 4 + opener[0].split(/[ \t]+/).length;
  }
  for (let count = 0; count < limit; count += 1) {
    // "dr. Cecep Hidayat Sp.PD": a degree written without a comma ends the name.
    if (count > 0 && DEGREE_AT.test(text.slice(at, at + 16))) break;
    const t = matchAt(NAME_TOKEN, text, at);
    if (!t) break;
    const word = t[0].replace(/\.$/, '');
    // An organization word that is also a name part ends a name ("Syamsu Alam", "Nur Alam"): after a name word,
    // before a lower-case word or punctuation.
    const lastOrgWord =
      count > 0 && ORG_WORDS_IN_NAMES.has(word) && /^[ \t]*(?:[a-z]|[,.;:)]|$)/.test(text.slice(at + t[0].length, at + t[0].length + 3));
    // "Sultan Aji Muhammad Arifin": before a reigning name "Sultan" is the title, no name's first word.
    const titleInName =
      TITLES_IN_NAMES.has(word) &&
      (count > 0 || (/^[ \t]+[A-Z][a-z]/.test(text.slice(at + t[0].length, at + t[0].length + 3)) && !(word === 'Sultan' && SULTAN_NAME_OPENER.test(text.slice(at + t[0].length, at + t[0].length + 12)))));
    // "AKP Hari Supranoto"; "Ketua Bawaslu Kaltim Hari Dermanto": after a title the name may open with "Hari".
    const opensName = (afterRank && NAME_STOPWORDS.has(word)) || (titled && STOPWORDS_IN_NAMES.has(word));
    const after = text.slice(at + t[0].length, at + t[0].length + 24);
    const nextWord = count === 0 && opensName ? /^[ \t]+([A-Z][a-z]+)/.exec(after)?.[1] : undefined;
    const rankedFirst = nextWord !== undefined && !isDateWord(nextWord) && !(word === 'Hari' && DAYS_OF_NOTE.has(nextWord));
    // "Agus Hari Kesuma", "Mahmud Aman Sahri": a sentence or body word that is also a name part, inside a name and before
    // its next part.
    const nextPart = count > 0 && (STOPWORDS_IN_NAMES.has(word) || ORG_WORDS_IN_NAMES.has(word)) ? /^[ \t]+([A-Z][a-z]+)/.exec(text.slice(at + t[0].length, at + t[0].length + 24))?.[1] : undefined;
    const innerNamePart = nextPart !== undefined && isNameWord(nextPart) && !isDateWord(nextPart);
    // "Raja Juli Antoni", "Putri Mei Diana": a month's name inside a name, before its next part (not a date's year).
    // "Pandita Tjhin Kiun Mei, hadir": a month's name closing a name of two words or more, before a comma (no date's
    // day or year after it).
    const monthInName = count > 0 && MONTHS.has(word.toLowerCase()) && (/^[ \t]+\p{Lu}\p{Ll}+/u.test(after) || (count > 1 && /^,[ \t]*\p{L}/u.test(after)));
    // "Musa Mayor (46)": a rank word after a name word, right before an age, is a surname (Papuan, Moluccan).
    const rankSurname = count > 0 && RANKS.has(word) && AGE_AFTER.test(after);
    if (!isNameWord(word) && !lastOrgWord && !rankedFirst && !titleInName && !innerNamePart && !monthInName && !rankSurname && at >= openerEnd) break;
    end = at + t[0].length;
    const sp = matchAt(SPACES, text, end);
    if (!sp) break;
    at = end + sp[0].length;
    const particle = matchAt(INNER_PARTICLE, text, at);
    if (particle) at += particle[0].length;
    // 'Joko "Jokowi" Widodo': a quoted nickname inside the name is stepped over (cleanName drops it).
    const nickname = particle ? null : matchAt(NICKNAME, text, at);
    if (nickname) at += nickname[0].length;
    // "Retno LP Marsudi": initials inside a name, before its next part, that name no body, place or degree.
    const inner = particle || nickname ? null : MIDDLE_INITIALS.exec(text.slice(at, at + 24));
    if (inner && isTrailingInitials(inner[1]!) && isNameWord(inner[2]!)) at += inner[0].length - inner[2]!.length;
  }
  if (end === -1) return null;
  // "Syafrizal Dt. Rajo Mudo": a Minangkabau adat title (Datuk) and the title's name close the person's name.
  const adat = (/[ \t](?:Dt|Datuk)$/.test(text.slice(start, end)) ? ADAT_NAME_REST : ADAT_NAME_AFTER).exec(text.slice(end, end + 48));
  if (adat) end += adat[0].length;
  // "Rustam HS", "Denny JA": a name may end in initials that name no body, place or degree, before a lower-case word.
  const initials = TRAILING_INITIALS.exec(text.slice(end, end + 8));
  if (initials && end > start && isTrailingInitials(initials[1]!)) end += initials[0].length;
  // "Hamengku Buwono X", "Paku Alam X": a reigning name's number of one letter closes a name of two words or more.
  const regnal = !initials && /[ \t]/.test(text.slice(start, end)) ? REGNAL_NUMBER.exec(text.slice(end, end + 6)) : null;
  if (regnal) end += regnal[0].length;
  // A trailing initial ("Budi S.") is fine, a lone initial is not a name.
  if (/^[A-Z]\.$/.test(text.slice(start, end))) return null;
  return { start, end };
}

/** A degree with a period inside ("Sp.PD", "M.Kes", "S.H."), at the start of a string. */
const DEGREE_AT = new RegExp(`^(?:${buildAlternation([...DEGREES].filter((d) => /\.\p{L}/u.test(d)))})(?![\\p{L}])`, 'u');

/** The name of a Datuk after the word (one to three capitalised words), then the end of the name. */
const ADAT_NAME = String.raw`[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}(?=[ \t]*[,.;:)]|[ \t]+\p{Ll}|$)`;
/** "Dt. Rajo Mudo" after a name. */
const ADAT_NAME_AFTER = new RegExp(`^[ \\t]+(?:Dt\\.?|Datuk)${ADAT_NAME}`, 'u');
/** ". Rajo Mudo" after a name read up to its "Dt". */
const ADAT_NAME_REST = new RegExp(`^\\.?${ADAT_NAME}`, 'u');

/** A nickname in parentheses right after a name, an address word in it or not ("(Jokowi)", "(Bang Zul)"); group 1. */
export const NICKNAME_IN_PARENTHESES = String.raw`^[ \t]*\(((?:(?:Bang|Pak|Bu|Kak|Mas|Mbak|Cak|Acil)[ \t]+)?\p{Lu}\p{Ll}{1,})\)`;
/** A nickname in parentheses after a name, then the sentence going on. */
const PARENTHESISED_NICKNAME = new RegExp(String.raw`${NICKNAME_IN_PARENTHESES}(?:[ \t]+\p{Ll}|[ \t]*[,.;:])`, 'u');

/**
 * A person's age in parentheses after the name, spaces inside or not: "Siti Aminah (45)", "Faisal (37 tahun)", "( 45 )"
 * as NER corpora tokenize it; the number captured when `capture` says so.
 */
export function ageInParentheses(capture = false): string {
  return String.raw`\([ \t]*${capture ? '(\\d{1,3})' : '\\d{1,3}'}(?:[ \t]+tahun)?[ \t]*\)`;
}
/** "Menurut " right before a word: what follows is a source ("Menurut Pj Bupati, ...", "Menurut jaksa, ..."). */
export const ACCORDING_TO_BEFORE = /(?:^|[^\p{L}])[Mm]enurut[ \t]+$/u;

/** {@link ageInParentheses} without a group. */
export const AGE_IN_PARENTHESES = ageInParentheses();
/** An age in parentheses right after a word. */
export const AGE_AFTER = new RegExp(`^[ \\t]*${AGE_IN_PARENTHESES}`);
/**
 * What makes an age set off by commas a person's, as English copy writes it ("said Rasminah, 52, a green mussel
 * farmer"): a role with "a"/"an", a relative clause or a verb of saying after it.
 */
export const PERSON_AFTER_COMMA_AGE_SOURCE = String.raw`,[ \t]+(?:an?|who|said|says|told|seorang|warga)[ \t]`;
/** An age set off by commas right after a name, then what makes it a person's. */
export const COMMA_AGE_AFTER = new RegExp(String.raw`^,[ \t]*\d{1,3}${PERSON_AFTER_COMMA_AGE_SOURCE}`, 'u');
/** An English age set off after a name: ", a 52-year-old rendang maker", ", an 80-year-old". */
export const ENGLISH_AGE_AFTER = /^,[ \t]+an?[ \t]+\d{1,3}-year-old(?![\p{L}])/u;
/** Degrees after a name, each after a comma or not ("Andi Baso, S.T., M.T."), as a pattern source. */
export const DEGREES_AFTER_NAME = `(?:[ \\t]*,?[ \\t]*(?:${buildAlternation(DEGREES)})(?![\\p{L}]))*`;
/** An age, or up to three capitals (the name's initials), in parentheses right after a name. */
const AGE_OR_INITIALS_AFTER = new RegExp(String.raw`^[ \t]*(?:${AGE_IN_PARENTHESES}|\([A-Z]{2,3}\))`);

/** Whether a parenthesis after the name at `end` is an age, or initials the name's last words spell ("Andi Harun (AH)"). */
function initialsFit(text: string, end: number, rest: string): boolean {
  const inner = /\(([^)]*)\)/.exec(rest)![1]!;
  if (/^\d/.test(inner)) return true;
  const words = text.slice(Math.max(0, end - 60), end).split(/[ \t]+/).slice(-inner.length);
  // Name words only: "Bandara Internasional Lombok (BIL)" spells a place's acronym.
  const nameWords = words.every((w) => isListedName(w) || !isDictionaryWord(w));
  return nameWords && initialsOf(words.join(' ')) === inner;
}

/** Whether a word names a day or a month ("Senin", "Maret"): the date of a report, after a name. */
export function isDateWord(word: string): boolean {
  return WEEKDAYS.has(word.toLowerCase()) || MONTHS.has(word.toLowerCase());
}

/** Whether what follows a name ends it: punctuation, a lower-case word, a degree, the end; not "dan Industri". */
export function endsName(text: string, end: number): boolean {
  const rest = text.slice(end, end + 40);
  if (/^[ \t]+dan[ \t]+([A-Z][a-z]+)/.test(rest)) {
    const next = /^[ \t]+dan[ \t]+([A-Z][a-z]+)/.exec(rest)![1]!;
    if (ORG_WORDS.has(next)) return false;
  }
  // "Siti Aminah (45)", "Andi Harun (AH)": an age or the name's initials in parentheses follow a name; any other
  // parenthesis may still belong to a body's name ("Dinas Koperasi UMKM dan Perindustrian (KUMKMP)").
  // A lower-case note in parentheses ("(kanan)", "(dua dari kiri)": where a photo shows the person) follows one too.
  if (/^[ \t]*\(\p{Ll}[\p{Ll}\d \t-]{0,40}\)/u.test(rest)) return true;
  // "Presiden Joko Widodo (Jokowi) memberikan", "Zulkifli Hamdani (Bang Zul) memimpin": a nickname in parentheses,
  // an address word before it or not, then the sentence goes on.
  if (PARENTHESISED_NICKNAME.test(rest)) return true;
  if (/^[ \t]*\(/.test(rest)) return AGE_OR_INITIALS_AFTER.test(rest) && initialsFit(text, end, rest);
  if (/^,[ \t]*[A-Z][a-z]/.test(rest)) {
    const deg = /^,[ \t]*(\S+?)[,.]?(?:\s|$)/.exec(rest)?.[1];
    // "Sekda Kaltim Sri Wahyuni, Kepala Bappeda Yusliando": the next title opens the list's next person; "kata X,
    // Senin (3/3)": the day of the report follows the name.
    return Boolean(deg && (DEGREES.has(deg) || DEGREES.has(`${deg}.`) || TITLE_WORDS.has(deg) || isDateWord(deg)));
  }
  // "Andi Harun ST mengatakan", "dr Fitriani Nasution SpM(K),": a degree written without a comma ends the name too.
  const next = /^[ \t]+([A-Za-z.]+?(?:\(K\))?),?(?=[ \t\n]|$)/.exec(rest)?.[1];
  if (next && (DEGREES.has(next) || DEGREES.has(`${next}.`))) return true;
  // "Andi Harun Hari ini meresmikan", "Andi Harun Senin (3/6) meresmikan": the day of the report ends it too.
  const day = /^[ \t]+([A-Z][a-z]+)(?:[ \t]+(\S+))?/.exec(rest);
  if (day && (isDateWord(day[1]!) || (day[1] === 'Hari' && /^(?:\p{Ll}|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)/u.test(day[2] ?? '')))) return true;
  return /^(?:[ \t]*[.,;:!?)\n"”]|[ \t]+[a-z]|[ \t]*$)/.test(rest) || /^,[ \t]*[A-Z]\./.test(rest);
}

/** Normalise spacing and drop a quoted nickname ('Joko "Jokowi" Widodo' -> 'Joko Widodo'). */
export function cleanName(raw: string): string {
  return raw.replace(/[ \t]*["“][^"”\n]{1,30}["”]/g, '').replace(/\s+/g, ' ').trim();
}

/** A person hit known by its name alone: no title, body, region or rank unless `more` gives one. */
export function namedHit(span: Span, name: string, more: Partial<PersonHit> = {}): PersonHit {
  return { start: span.start, end: span.end, name, title: null, titleEntry: null, region: null, org: null, rank: null, ...more };
}
