/**
 * @module entities/quotes
 * Finds direct quotes ("..." and “...”) and attributes them: `," sebut Budi.`, `," ungkapnya.`, `X mengatakan, "..."`,
 * with -nya / "dia" resolved to the speaker in context (the last person named outside quotes who is no relative or
 * companion named to place the subject, or the last speaker); a quote with no attribution takes the one source its
 * paragraph introduces before it ("X mengatakan bahwa ... . "...""), if any. A body speaks by its name ("kata Samsung")
 * or by its kind ("tulis manajemen perusahaan", "the statement said"): then the last body of that kind named before.
 */
import type { QuoteEntity } from '../shared/types.js';
import { ENGLISH_SPEECH_VERBS, HONORIFICS, RELATIVE_WORDS, REPORTING_VERBS, REPORTING_VERB_SOURCE, SPEECH_VERBS, SPEECH_VERB_SOURCE, TITLE_BY_FORM } from './gazetteer.js';
import { ATTRIBUTION_WINDOW, QUOTE_MIN_WORDS } from './settings.js';
import { allMatches, buildAlternation, capitalize, isInside, sentenceStartBefore } from './text-scan.js';
import { COMPANY_LEGAL_NAME } from './named-bodies.js';
import { ACCORDING_TO_BEFORE, AGE_IN_PARENTHESES, DEGREES_AFTER_NAME, SHORT_ACTING_MARK } from './person-names.js';
import type { PersonHit, Span } from './types.js';

/** Quotes in matching marks first; else a curly opening closed by a straight mark or the other way round (CMS-typed). */
const QUOTE_RE = /“([^”\n]+)”|"([^"\n]+)"|“([^”"\n]+)"|"([^"“”\n]+)”/g;
/** After a quote: the verb, then "nya" or a pronoun (groups 1, 2), or the writer's "saya" (group 3: the voice is no one named). */
const AFTER_RE = new RegExp(`^[ \\t]*,?[ \\t]*(?:${SPEECH_VERB_SOURCE})(nya)?(?![\\p{L}])(?:[ \\t]+(?:(dia|ia|beliau)|(saya|aku))(?![\\p{L}]))?`, 'u');
const BEFORE_RE = new RegExp(
  `(?:(?:(?:${buildAlternation([...REPORTING_VERBS, ...SPEECH_VERBS])})(?:nya)?|[Mm]enurut)[^.\\n"“”]{0,80}[,:]|:)[ \\t]*$`,
  'u',
);
const PRONOUN_BEFORE = /(?:^|[\s,.])(?:Ia|ia|Dia|dia|Beliau|beliau)\s/;
const EN_VERBS = buildAlternation(ENGLISH_SPEECH_VERBS);
/** Lower-case English roles in an attribution ("BNPB spokesman X said", "the governor said", "the lawyer said"). */
const EN_ROLES =
  'spokes(?:man|woman|person)|head|chief|chair(?:man|woman)|governor|minister|regent|mayor|lawyer|judge|justice|prosecutor|attorney|investigator|director|economist|researcher|analyst|official|president|secretary|general|colonel|commander|' +
  // the words before a role ("executive director", "finance director", "vice president", "public relations manager")
  'executive|deputy|vice|coordinating|senior|managing|acting|finance|financial|corporate|communications?|public|relations|affairs|legal|operations|program|campaign|policy|research|regional|country|manager|coordinator|commissioner|founder|co-founder|lead|co-author|author';
/** The possessive of a role's words read out or given out for it: "'s speech", "'s statement". */
const ROLE_SPEECH = `['’]s[ \\t]+(?:speech|statement|remarks|address|message)`;
/**
 * "the governor ", "the coordinating minister ", "the governor's speech " before an English verb of saying: group 1 is
 * the role (a speech read out for its holder is the holder's words).
 */
const ENGLISH_ROLE_BEFORE_VERB = new RegExp(`^the[ \\t]+((?:\\p{Ll}+[ \\t]+){0,2}\\p{Ll}+)(?:${ROLE_SPEECH})?[ \\t]+$`, 'u');
/** What a rank noun in an attribution matches in a holder's title or rank ("the general said": "Maj. Gen.", "Mayjen TNI"). */
const ROLE_MARKS: Record<string, RegExp> = {
  general: /(?:^|[^\p{L}])(?:gen\.|general|jenderal|mayjen|brigjen|letjen)(?![\p{L}])/iu,
  colonel: /(?:^|[^\p{L}])(?:col\.|colonel|kolonel|kombes)(?![\p{L}])/iu,
};

/** A role's speech, statement or remarks: "governor's speech". */
const EN_ROLE_SPEECH = `(?:${EN_ROLES})${ROLE_SPEECH}`;

/**
 * English order after a quote: `," he said`, `," Secretary of State Pratikno stated`, `," said Marsudi`, `," said a
 * resident` (group 1: the pronoun, group 2: the words before the verb, group 3: the article of an unnamed speaker).
 */
const AFTER_EN_RE = new RegExp(
  `^[ \\t]*,?[ \\t]*(?:(he|she|they)[ \\t]+(?:${EN_VERBS})(?![\\p{L}])|((?:(?:[A-Z][\\p{L}.'’-]*|\\([A-Za-z-]{2,10}\\)|of|for|the|&|and(?=[ \\t]+[A-Z])|${EN_ROLES}|${EN_ROLE_SPEECH})[ \\t]+){1,14})(?:${EN_VERBS})(?![\\p{L}])|(?:${EN_VERBS})[ \\t]+(?=[A-Z])|(?:${EN_VERBS})[ \\t]+(a|an|one|another)[ \\t]+` +
    // `," MIND ID's director of portfolio and business development, Satrio Nugroho Widjaja, said`: a title of any words,
    // then the name set off by commas before the verb.
    `|[^"“”.!?\\n,]{1,100},[ \\t]+(?:[A-Z][\\p{L}'’-]*[ \\t]+){1,4}[A-Z][\\p{L}'’-]*,[ \\t]+(?:${EN_VERBS})(?![\\p{L}])` +
    // `," Dwi Hartanto, the ministry's director general of minerals and coal, told Reuters`: the name, then its title.
    `|(?:[A-Z][\\p{L}'’-]*[ \\t]+){1,4}[A-Z][\\p{L}'’-]*,[ \\t]+[^"“”.!?\\n]{1,100}?,[ \\t]+(?:${EN_VERBS})(?![\\p{L}]))`,
  'u',
);

/** One quote found in the text: the marks and the content inside them. */
interface QuoteSpan extends Span {
  contentStart: number;
  contentEnd: number;
}

/** Find quote spans; content is trimmed of the trailing comma that Indonesian style puts inside the marks. */
function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const m of allMatches(QUOTE_RE, text)) {
    const content = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const contentStart = m.index + 1 + (content.length - content.trimStart().length);
    const trimmed = content.trim().replace(/[,\s]+$/, '');
    spans.push({ start: m.index, end: m.index + m[0].length, contentStart, contentEnd: contentStart + trimmed.length });
  }
  return spans;
}

/** A named mention that can speak: a person, or an organization giving a statement ("kata Samsung"). */
interface Speaker extends Span {
  name: string;
  government?: boolean;
}

/**
 * A body named by its kind after an Indonesian verb of saying (`," tulis manajemen perusahaan`, `," kata pihak
 * perseroan`): group 1 the kind.
 */
const BODY_KIND_AFTER_VERB = /^[ \t]+(?:(?:tim|pihak|manajemen|direksi|pengurus)[ \t]+)?(perusahaan|perseroan|asosiasi|yayasan)(?![\p{L}])/u;
/** English `," the statement said` (or "read"), `," the company said in a statement`: group 1 the kind of body or its statement. */
const BODY_KIND_BEFORE_EN_VERB = new RegExp(
  `^[ \\t]*,?[ \\t]*(?:the[ \\t]+(company|firm|association|management|statement|group)[ \\t]+(?:${EN_VERBS}|read)|(?:${EN_VERBS}|read)[ \\t]+the[ \\t]+(company|firm|association|management|statement|group))(?![\\p{L}])`,
  'u',
);
/**
 * `," said the legislator from Samarinda`, `," said the 63-year-old farmer`: a noun phrase after the verb that points
 * back to one named before (group 1 its first words, the role a title may hold).
 */
const POINTING_BACK_AFTER_EN_VERB = new RegExp(`^[ \\t]*,?[ \\t]*(?:${EN_VERBS})[ \\t]+the[ \\t]+([\\p{Ll}\\d][\\p{L}\\d'’-]*(?:[ \\t]+\\p{Ll}[\\p{L}'’-]*){0,2})`, 'u');
/** An association's name ("Asosiasi X", "Association of X"). */
const ASSOCIATION_NAME = /(?<![\p{L}])(?:Asosiasi|Association|Perhimpunan|Himpunan|Gabungan|Ikatan|Persatuan|Kamar[ \t]+Dagang|Chamber)(?![\p{L}])/u;
/** The names a body called by its kind bears; a kind not listed ("the statement", "the management") is any body's. */
const BODY_KIND_NAMES: Readonly<Record<string, RegExp>> = {
  company: COMPANY_LEGAL_NAME,
  firm: COMPANY_LEGAL_NAME,
  perusahaan: COMPANY_LEGAL_NAME,
  perseroan: COMPANY_LEGAL_NAME,
  association: ASSOCIATION_NAME,
  asosiasi: ASSOCIATION_NAME,
  yayasan: /^Yayasan[ \t]/,
};
/** English `," the port authority head said`: group 1 the body's words and the head's word. */
const BODY_HEAD_BEFORE_EN_VERB = new RegExp(
  `^[ \\t]*,?[ \\t]*the[ \\t]+((?:\\p{Ll}+(?:['’]s)?[ \\t]+){1,3}(?:head|chief|director|spokes(?:man|woman|person)))[ \\t]+(?:${EN_VERBS})(?![\\p{L}])`,
  'u',
);
/** Words of a written statement: the body a sentence says gave one is the one a later "the statement said" quotes. */
const STATEMENT_WORDS = /(?<![\p{L}])(?:statement|pernyataan|keterangan[ \t]+(?:resmi|tertulis)|siaran[ \t]+pers|rilis)(?![\p{L}])/u;

/**
 * The body a quote's generic attribution means ("the company", "manajemen perusahaan", "the statement"): the last body
 * outside government named before the quote and outside quotes, one whose sentence says it gave a statement first.
 */
function bodyNamedBefore(text: string, bodies: readonly Speaker[], quotes: readonly Span[], at: number, kind: string): Speaker | undefined {
  const outside = bodies.filter((b) => b.end <= at && b.government === false && !isInside(b.start, quotes));
  // "the company" is a company's, not the hospital it runs; "the association" an association's; "the statement" any body's.
  const kindName = BODY_KIND_NAMES[kind];
  const before = kindName ? outside.filter((b) => kindName.test(b.name)) : outside;
  const stated = before.findLast((b) => {
    const from = sentenceStartBefore(text, b.start);
    const to = text.slice(b.end, at).search(/[.!?](?:[ \t\n]|$)/);
    return STATEMENT_WORDS.test(text.slice(from, to === -1 ? at : b.end + to));
  });
  return stated ?? before.at(-1);
}

/**
 * Find quotes and their speakers, given the person mentions already found; an organization named right after the
 * verb speaks when no person does (`," kata Samsung.`).
 */
export function findQuotes(text: string, people: readonly PersonHit[], organizations: readonly Speaker[] = [], unnamed: readonly Span[] = []): QuoteEntity[] {
  const spans = findQuoteSpans(text);
  const outside = people.filter((p) => !isInside(p.start, spans));
  // "Kapolres Bontang menyatakan ...": a title that names no one, the subject of a verb of saying, speaks too.
  // "Menurut Pj Bupati, ...": after "Menurut" too.
  // "Rahmat yang mewakili Bupati Kutai Timur berharap": a title one stands in for is no subject.
  // "Sang bupati memastikan ...": a title after "sang" names the one who holds it, as "Bupati memastikan" does.
  // "Orang nomor satu di Bumi Tanaa Purai Ngeriman itu menyebut": the region's head; the motto in it is no one.
  const epithets = [...allMatches(EPITHET_TITLE, text)].map((m) => ({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length }));
  for (const m of allMatches(NUMBER_ONE_OF, text)) epithets.push({ start: m.index, end: m.index + m[0].length });
  // "seorang ibu tiga anak mengaku ...", "seorang pekerja asal Bungku yang enggan disebut namanya ...": one the story
  // does not name is the subject, so the "katanya" after is theirs; "Budi, seorang petani, mengaku" stays Budi's.
  const anonymous = allMatches(ANONYMOUS_SUBJECT, text)
    .filter((m) => CLAUSE_OPENS_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)))
    .filter((m) => !people.some((p) => (p.end <= m.index && NAME_APPOSITIVE_GAP.test(text.slice(p.end, m.index))) || (p.start >= m.index && p.start < m.index + m[0].length)))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const unnamedSubjects = [...unnamed, ...epithets].filter(
    (u) =>
      !isInside(u.start, spans) &&
      !STANDS_IN_FOR_BEFORE.test(text.slice(Math.max(0, u.start - 20), u.start)) &&
      (UNNAMED_SUBJECT_AFTER.test(text.slice(u.end, u.end + 40)) || ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, u.start - 10), u.start))),
  );
  for (const a of anonymous) if (!isInside(a.start, spans)) unnamedSubjects.push(a);
  unnamedSubjects.sort((a, b) => a.start - b.start);
  // "putra sulung aktor Fery Salim", "Kakak Raoul Salim ini", "dibintanginya bareng Anjani Dina dan Teuku Rasya": a
  // relative or a companion named to place the subject is not the one who goes on talking.
  const subjects = outside.filter(
    (p) => !SIDE_MENTION_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start)) && !epithets.some((e) => p.start >= e.start && p.end <= e.end),
  );
  // The last person named before `pos` with a title of that form ("Bupati" -> "Bupati Kutim Syahrani Lenggang"), of
  // its entry ("Wabup" -> "Wakil Bupati Kukar X") or that gave it as its short form.
  const holderOf = (written: string, pos: number): PersonHit | undefined => {
    if (/^[Oo]rang[ \t]/.test(written)) return subjects.findLast((p) => p.end <= pos && (p.titleEntry?.kind === 'regional-head' || p.titleEntry?.kind === 'head-of-state'));
    // "sang wakil menteri": a title written small is looked up as the list writes it.
    const title = /^\p{Ll}/u.test(written) ? written.split(' ').map(capitalize).join(' ') : written;
    const bare = title.replace(HOLDER_MARK_LEAD, '');
    const entry = TITLE_BY_FORM.get(bare.split(/[ \t]+(?=\p{Lu})/u)[0]!) ?? TITLE_BY_FORM.get(bare);
    // "Komandan Korem (Danrem) 091/ASN X ... Danrem menegaskan": the short form the title gave in parentheses is it too.
    const holds = (held: string): boolean => held.startsWith(title) || held.includes(`(${title})`);
    return subjects.findLast((p) => p.end <= pos && (holds(p.title ?? '') || (entry !== undefined && p.titleEntry === entry)));
  };
  const quotes: QuoteEntity[] = [];
  let last: { name: string; pos: number } | null = null;
  let previous: { end: number; speaker: string | null } | null = null;
  for (const span of spans) {
    const contextSpeaker = (): string | null => {
      // One who is named inside the quote is spoken about, not speaking ('"... coach Milo (Milomir Seslija) ...,"
      // ujarnya' after "Samsul ... pelatih Arema, Milomir Seslija").
      const inQuote = new Set(people.filter((p) => p.start >= span.start && p.end <= span.end).map((p) => p.name));
      // "Jumadi mengaku melapor kepada Lurah Margasari, Rina ... "...," katanya": one named as an object or a companion
      // ("kepada", "bersama", "didampingi") is not the one going on talking.
      const before = [...subjects].reverse().filter((p) => p.end <= span.start && !inQuote.has(p.name));
      const latest = before.find((p) => !isObjectMention(text, p)) ?? before[0];
      // "Irjen ... Hasan Basri Lubis menyatakan kementerian membebastugaskan Syahrial dan Dedi": the subject of a
      // reporting verb goes on talking, not the people its clause names after it in the same sentence.
      const opens = latest ? sentenceStartBefore(text, latest.start) : -1;
      const mention = before.find((p) => p.start >= opens && REPORTED_AFTER.test(text.slice(p.end, p.end + 80))) ?? latest;
      // The unnamed official spoke last: the quote is no named person's, unless the story named the title's holder
      // before ("Ketua DPRD Kutim Basri Kamaruddin ... Ketua DPRD menyatakan ... katanya").
      const official = unnamedSubjects.findLast((u) => u.end <= span.start);
      if (official && official.start > (mention?.start ?? -1) && official.start > (last?.pos ?? -1)) return holderOf(text.slice(official.start, official.end), official.start)?.name ?? null;
      if (mention && (!last || mention.start > last.pos || inQuote.has(last.name))) return mention.name;
      return (last && !inQuote.has(last.name) ? last.name : null) ?? mention?.name ?? null;
    };
    let speaker: string | null = null;
    let attributed = false;
    const tail = text.slice(span.end, span.end + ATTRIBUTION_WINDOW);
    const after = AFTER_RE.exec(tail);
    const afterEnglish = after ? null : AFTER_EN_RE.exec(tail);
    let speakerPos = span.end;
    const bodyKindMatch = after || afterEnglish ? null : BODY_KIND_BEFORE_EN_VERB.exec(tail);
    const bodyKind = bodyKindMatch ? (bodyKindMatch[1] ?? bodyKindMatch[2]) : undefined;
    // `," the port authority head said`: the holder of a head's title over a body's words named before, or no one.
    const bodyHead = after || afterEnglish || bodyKind ? undefined : BODY_HEAD_BEFORE_EN_VERB.exec(tail)?.[1];
    const pointing = after || afterEnglish || bodyKind || bodyHead ? undefined : POINTING_BACK_AFTER_EN_VERB.exec(tail)?.[1];
    if (bodyHead) {
      attributed = true;
      const holder = subjects.findLast((p) => p.end <= span.start && holdsRole(p.title, bodyHead.replace(/[ \t]+/g, ' ')));
      speaker = holder?.name ?? null;
      if (holder) speakerPos = holder.start;
    } else if (bodyKind) {
      // `," the statement said`, `," the company said in a statement`: the body named before speaks, or no one.
      attributed = true;
      speaker = bodyNamedBefore(text, organizations, spans, span.start, bodyKind)?.name ?? null;
    } else if (after || afterEnglish || pointing) {
      attributed = true;
      const pronoun = after ? Boolean(after[1] || after[2]) : Boolean(afterEnglish?.[1]);
      const tailEnd = span.end + sentenceLength(tail);
      const kindAfterVerb = after ? BODY_KIND_AFTER_VERB.exec(text.slice(span.end + after[0].length, span.end + after[0].length + 40))?.[1] : undefined;
      const named =
        outside.find((p) => p.start >= span.end && p.start < tailEnd) ??
        namedIn(afterEnglish?.[2], people, span.end) ??
        // `," ujar Samsung`, `," demikian pernyataan tim Project Zero`, `," tulis manajemen PT X`: a body speaks, through
        // its team or its management or not.
        (after ? organizations.find((o) => o.start < tailEnd && /^[ \t]+(?:(?:tim|pihak|manajemen|direksi)[ \t]+)?$/.test(text.slice(span.end + after[0].length, o.start))) : undefined) ??
        // `," tulis manajemen perusahaan`: the company is the one named before.
        (kindAfterVerb ? bodyNamedBefore(text, organizations, spans, span.start, kindAfterVerb) : undefined);
      // `," said a resident` (English) names no one unless a name follows in the sentence (`, Xanthe Brown`).
      // `," kata saya kepada Dirjen Minerba`: the writer speaks; the one named after is spoken to.
      const unnamed =
        Boolean(after?.[3]) ||
        (!pronoun && !named && (after ? UNNAMED_SPEAKER.test(text.slice(span.end + after[0].length, span.end + after[0].length + 80)) : afterEnglish?.[3] !== undefined));
      // `," the governor said`: the last person named before with that title, else the one in context.
      // `," said the legislator from Samarinda`: the same, with the role after the verb.
      const role = ENGLISH_ROLE_BEFORE_VERB.exec(afterEnglish?.[2] ?? '')?.[1] ?? pointing;
      const marks = role ? ROLE_MARKS[role.slice(role.lastIndexOf(' ') + 1)] : undefined;
      // `," ujar Gubernur di sela peninjauan`: a title alone after the verb is its holder named before.
      const bareTitle = after && !named ? BARE_TITLE_AT.exec(text.slice(span.end + after[0].length, span.end + after[0].length + 40))?.[1] : undefined;
      // "ujar wali kota": a title in lower case is read as the list writes it; "Gubernur di sela": one word is.
      const titled = [bareTitle, bareTitle?.split(/[ \t]+/)[0]]
        .flatMap((form) => (form ? [form, capitalize(form)] : []))
        .find((form) => TITLE_BY_FORM.has(form));
      const holder =
        titled && !named
          ? holderOf(titled, span.start)
          : role && !named
            ? subjects.findLast((p) => p.end <= span.start && (marks ? marks.test(`${p.title ?? ''} ${p.rank ?? ''}`) : holdsRole(p.title, role)))
            : undefined;
      if (named && !pronoun && !unnamed) {
        speaker = named.name;
        speakerPos = named.start;
      } else if (holder) {
        speaker = holder.name;
        speakerPos = holder.start;
      } else if (!unnamed) {
        speaker = contextSpeaker();
        // `," ujar hakim ketua panel` after a lawyer spoke: a title of a kind the one in context was never given is an
        // unnamed holder's ("ucap Wawali" after "Wakil Wali Kota X" stays X's: one kind of title).
        const kind = titled ? TITLE_BY_FORM.get(titled)?.kind : undefined;
        const heldKind = (p: PersonHit): boolean => p.name === speaker && p.end <= span.start && p.titleEntry !== null && titleKindsMatch(p.titleEntry.kind, kind!);
        if (kind && speaker !== null && !subjects.some(heldKind)) speaker = null;
      }
    } else {
      const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
      const head = text.slice(Math.max(lineStart, span.start - 240), span.start);
      // '"..." Hal itu disampaikan Wali Kota Bontang, H. X, saat ...': a release names the speaker after the quote.
      const released = RELEASE_ATTRIBUTION.exec(text.slice(span.end, span.end + 60));
      // The speaker is the first person named in that sentence, after a title and its honorifics ("H.", "Dr.").
      // (A person in the next paragraph is no releaser.)
      // In that sentence, a long title between or not ("Ketua Dewan Pimpinan Daerah (DPD) Perhimpunan ... Jawa Timur, H. X").
      const releasedAt = released ? span.end + released[0].length : 0;
      const releasedEnd = released ? releasedAt + sentenceLength(text.slice(releasedAt, releasedAt + 240)) : 0;
      const near = released ? outside.find((p) => p.start >= releasedAt && p.start < releasedEnd) : undefined;
      const releaser = near && !text.slice(releasedAt, near.start).includes('\n') ? near : undefined;
      // '," demikian sambutan Bupati.': a title alone names its holder named before.
      const releasedTitle = released && !releaser ? BARE_TITLE_AT.exec(text.slice(releasedAt, releasedAt + 40))?.[1] : undefined;
      const releasedHolder = releasedTitle && TITLE_BY_FORM.has(releasedTitle) ? holderOf(releasedTitle, span.start) : undefined;
      // '"...," OIKN deputy for infrastructure Ir. X said in a statement': a quote whose sentence goes on after its comma
      // names its speaker before the verb, whatever title stands before the name.
      const goesOn = /,[ \t]*["”]$/.test(text.slice(span.start, span.end));
      const tailEnd = span.end + sentenceLength(tail);
      const late = goesOn ? outside.find((p) => p.start >= span.end && p.start < tailEnd && LATE_ATTRIBUTION_AFTER.test(text.slice(p.end, tailEnd))) : undefined;
      if (late) {
        attributed = true;
        speaker = late.name;
        speakerPos = late.start;
      } else if (releaser) {
        attributed = true;
        speaker = releaser.name;
        speakerPos = releaser.start;
      } else if (releasedHolder) {
        attributed = true;
        speaker = releasedHolder.name;
        speakerPos = releasedHolder.start;
      } else if (BEFORE_RE.test(head)) {
        attributed = true;
        const headStart = span.start - head.length;
        const named = [...outside].reverse().find((p) => p.start >= headStart && p.end <= span.start);
        speaker = named?.name ?? (PRONOUN_BEFORE.test(head) ? contextSpeaker() : null);
      } else if (previous?.speaker && CONTINUES.test(text.slice(previous.end, span.start))) {
        // `"...," tutur Andi. "Misalnya ..."`: the next quote of the same paragraph goes on in the same voice.
        attributed = true;
        speaker = previous.speaker;
      } else {
        // "Dewi Jones mengatakan bahwa ... . "Jika ..."", "Komplain datang dari Helen Bond, ... . "Ini ...": the one
        // source the paragraph introduces before its quote.
        const source = paragraphSource(text, Math.max(lineStart, previous?.end ?? 0), span.start, outside);
        if (source) {
          attributed = true;
          speaker = source;
        }
      }
    }
    const content = text.slice(span.contentStart, span.contentEnd);
    const short = content.split(/\s+/).length < QUOTE_MIN_WORDS;
    if (!attributed && short) continue;
    // 'laporan berjudul "Debu di Tanah Bungku"', 'bertema "..."': a title or a slogan in quotes is nobody's words; a
    // short one is so even where the paragraph names a speaker ('melalui program CSR "Internet BAIK".').
    if ((!attributed || short) && NAMING_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start))) continue;
    if (speaker) last = { name: speaker, pos: speakerPos };
    previous = { end: span.end, speaker: attributed ? speaker : null };
    quotes.push({ speaker, text: content, start: span.contentStart, end: span.contentEnd });
  }
  const answers = findInterviewAnswers(text, outside);
  return answers.length === 0 ? quotes : [...quotes, ...answers].sort((a, b) => a.start - b.start);
}

/** An interview's answer line ("Jawab: ..."), group 1 its words. */
const ANSWER_LINE = /^(?:Jawab|JAWAB|J|Answer|A)[ \t]*:[ \t]*(\S.*)$/gmu;
/** A question paragraph opening with a word in capitals and ending with "?", then the answer's paragraph (group 1). */
const ANSWER_AFTER_CAPITAL_QUESTION = /^\p{Lu}{3,}[ \t][^\n]*\?[ \t]*\n[ \t]*\n(?![ \t]*["“])([^\n]+)$/gmu;

/** A question paragraph (no quote in it) and the answer's paragraph after it (group 1). */
const ANSWER_AFTER_QUESTION = /^[^\n"“”]{5,200}\?[ \t]*\n[ \t]*\n(?![ \t]*["“])([^\n]+)$/gmu;
/** The words that announce an interview's transcript: "Berikut petikannya", "Berikut petikan wawancaranya". */
const TRANSCRIPT_FOLLOWS = /[Bb]erikut[ \t]+(?:petikan|kutipan)/;
const TRANSCRIPT_FOLLOWS_ALL = new RegExp(TRANSCRIPT_FOLLOWS.source, 'g');

/** The sentence that introduces an interview ("Kaltimpost mewawancarai Kepala BPBD Kukar, X. Berikut petikannya."). */
const INTERVIEW_INTRO = /(?:mewawancarai|wawancara[ \t]+(?:khusus[ \t]+)?dengan|berbincang[ \t]+dengan|interviewed)(?![\p{L}])/gu;

/**
 * The answers of an interview printed as questions and answers ("Tanya: ... / Jawab: ..."): each answer is a quote of
 * the one person the sentence introducing the interview names; none where that sentence names no one.
 */
function findInterviewAnswers(text: string, people: readonly PersonHit[]): QuoteEntity[] {
  const marked = /^(?:Tanya|TANYA|T|Question|Q)[ \t]*:/m.test(text) ? [...allMatches(ANSWER_LINE, text)] : [];
  // "BERAPA bidang yang belum dibayar?" then the answer's paragraph: the question opens with a word in capitals; after
  // "Berikut petikannya" any question paragraph does.
  const capital = marked.length > 0 ? marked : [...allMatches(ANSWER_AFTER_CAPITAL_QUESTION, text)];
  const answers = capital.length > 0 || !TRANSCRIPT_FOLLOWS.test(text) ? capital : [...allMatches(ANSWER_AFTER_QUESTION, text)];
  if (answers.length === 0) return [];
  // Where the interviewee is named: after "mewawancarai X", or anywhere in the line that ends "Berikut petikannya".
  const named = [...allMatches(INTERVIEW_INTRO, text)].map((i) => ({ from: i.index, end: i.index + i[0].length }));
  const intros = [
    ...named,
    ...[...allMatches(TRANSCRIPT_FOLLOWS_ALL, text)]
      .map((i) => ({ from: text.lastIndexOf('\n', i.index) + 1, end: i.index + i[0].length }))
      .filter((t) => !named.some((n) => n.from >= t.from && n.end <= t.end)),
  ].sort((a, b) => a.end - b.end);
  const quotes: QuoteEntity[] = [];
  for (const m of answers) {
    // The introduction is the last one before the answer.
    const intro = intros.findLast((i) => i.end <= m.index);
    if (!intro) continue;
    const lineEnd = text.indexOf('\n', intro.from);
    const interviewee = people.find((p) => p.start >= intro.from && p.end <= (lineEnd === -1 ? text.length : lineEnd));
    if (!interviewee) continue;
    const start = m.index + m[0].length - m[1]!.length;
    quotes.push({ speaker: interviewee.name, text: m[1]!.trim(), start, end: start + m[1]!.trimEnd().length });
  }
  return quotes;
}

/**
 * Whether a title holds an English role's words: "the governor", or "the port authority head" for "The head of the
 * Makassar Main Port Authority", "the agency's head" for "Head of the Public Works Agency" (every word of the role, in any
 * order).
 */
function holdsRole(title: string | null, written: string): boolean {
  const held = (title ?? '').toLowerCase();
  // "the agency's head": the body's word without its possessive.
  const role = written.replace(/['’]s(?![\p{L}])/gu, '');
  if (held.includes(role)) return true;
  // A role's words are letters only: a word of the title is one between non-letters.
  const words = new Set(held.split(/[^\p{L}]+/u));
  return role.split(' ').every((w) => words.has(w));
}

/** Kinds of titles one holder is called by: "Komandan Kodim X" is "Dandim" later (a commander's and a military title). */
const KINDS_OF_ONE_HOLDER = [new Set(['military', 'commander'])];

/** Whether two kinds of titles may name one holder. */
function titleKindsMatch(a: string, b: string): boolean {
  return a === b || KINDS_OF_ONE_HOLDER.some((kinds) => kinds.has(a) && kinds.has(b));
}

/** A title of one or two words after an attribution's verb, no name after it ("Gubernur di sela ...", "ujar wali kota."). */
const BARE_TITLE_AT = /^[ \t]+(\p{L}\p{Ll}+(?:[ \t]+\p{L}\p{Ll}+)?)(?=[ \t]*[.,;]|[ \t]+\p{Ll})/u;

/** A person named as the object or companion of the sentence's verb, before the name or its title ("kepada Lurah X, Y"). */
function isObjectMention(text: string, person: PersonHit): boolean {
  const at = person.titleSpan && person.titleSpan.end <= person.start ? person.titleSpan.start : person.start;
  return OBJECT_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}
const OBJECT_BEFORE = /(?:^|[^\p{L}])(?:kepada|dari|untuk|dengan|bersama|didampingi|menemui|menghubungi|mendatangi|terhadap|istrinya|suaminya|ayahnya|ibunya|anaknya|pimpinan)[ \t]*,?[ \t]+$/u;

/**
 * Words of standing in for an official right before the title ("yang mewakili", "atas nama"), or of a post one holds or
 * held ("Teguh yang sebelumnya menjabat Sekretaris DPUPR mengaku": Teguh is the subject).
 */
const STANDS_IN_FOR_BEFORE = /(?:^|[^\p{L}])(?:mewakili|atas[ \t]+nama|mendampingi|menjabat(?:[ \t]+sebagai)?|mantan|eks)[ \t]+$/u;
/** An acting holder's mark opening a title ("Pj ", "Plt ", "Plh "). */
const HOLDER_MARK_LEAD = new RegExp(`^${SHORT_ACTING_MARK}[ \\t]+`);

/** "Orang nomor satu di Bumi Tanaa Purai Ngeriman itu": the head of a region, called by its epithet. */
const NUMBER_ONE_OF = /(?<![\p{L}])[Oo]rang[ \t]+nomor[ \t]+(?:satu|wahid|1)[ \t]+di[ \t]+[^.,;"“”\n]{2,60}?[ \t]+(?:itu|tersebut|ini)(?![\p{L}])/gu;
/** English words that withhold a speaker's name: "who asked not to be named", "who declined to be identified". */
const ENGLISH_WITHHELD_NAME = String.raw`who[ \t]+(?:asked|requested|declined|refused|spoke)[ \t]+(?:not[ \t]+)?(?:to[ \t]+be[ \t]+|on[ \t]+condition[ \t]+of[ \t]+)?(?:named|identified|anonymity)`;
/**
 * One the story introduces without a name as the subject of a sentence: "seorang", "salah satu" or "salah seorang"
 * and up to twelve words (a clause set off by commas, a school's number, a site's domain among them: "Salah satu
 * mahasiswa asal Biak yang kuliah di Selandia Baru, yang meminta ...", "Seorang guru di SDN 1 Cikajang menyebut"),
 * before a verb of saying or words that withhold the name ("yang enggan disebut namanya"; English "A mid-level
 * official at one of the ministries, who asked not to be named, said", "A civil servant from the State Secretariat who
 * moved from Jakarta last year said"). A name inside is the subject's ("Seorang petani, Budi Santoso, mengaku"): the
 * caller drops such a match.
 */
const ANONYMOUS_SUBJECT = new RegExp(
  `(?<![\\p{L}])(?:[Ss]eorang|[Ss]alah[ \\t]+(?:satu|seorang)|An?(?=[ \\t]+(?:\\p{Ll}|\\p{Lu}\\p{L}*-\\p{Ll}|\\p{Lu}\\p{L}+[ \\t]+\\p{Ll})))(?:,?[ \\t]+\\(?[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]|\\.(?=[\\p{L}\\p{N}]))*\\)?){1,12}?,?` +
    `(?=[ \\t]+(?:yang[ \\t]+(?:enggan|tak|tidak|minta|meminta|menolak)[ \\t]+(?:(?:mau|ingin|bersedia)[ \\t]+)?(?:namanya|identitasnya|disebut|dikorankan|ditulis|dipublikasikan|diungkap)|(?:juga[ \\t]+)?(?:${REPORTING_VERB_SOURCE})|${ENGLISH_WITHHELD_NAME}|${EN_VERBS})(?![\\p{L}]))`,
  'gu',
);
/**
 * Where a sentence or a clause opens, right before an unnamed subject: the text's start, a sentence's end, a line's, a
 * comma or a dateline's dash ("Di posko pengungsian, seorang ibu ..."); not a verb or a preposition that makes it an
 * object ("menangkap seorang pria", "ibu dari seorang balita").
 */
const CLAUSE_OPENS_BEFORE = /(?:^|[.!?,;:\n"”-])[ \t]*$/;
/** Between a name and the appositive that follows it: a comma, after the person's age in parentheses or not ("Yuliana (39), "). */
const NAME_APPOSITIVE_GAP = /^[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?,[ \t]*$/;
/** "sang bupati", "Sang Wakil Menteri": a title after "sang" (the), no name after it (group 1 the title). */
const EPITHET_TITLE =
  /(?<![\p{L}])[Ss]ang[ \t]+((?:[Ww]akil[ \t]+)?(?:[Bb]upati|[Ww]ali[ \t]+[Kk]ota|[Gg]ubernur|[Mm]enteri|[Pp]residen|[Cc]amat|[Ll]urah|[Kk]apolres|[Kk]apolda|[Kk]epala[ \t]+[Dd]esa|[Kk]ades|[Dd]irektur|[Kk]etua))(?![\p{L}])/gu;
/** A verb of saying right after a title that names no one, its region or "juga" between ("menyatakan", "juga menegaskan"). */
const UNNAMED_SUBJECT_AFTER = new RegExp(`^(?:-\\p{Lu}+)?(?:[ \\t]+\\p{Lu}[\\p{L}/-]*){0,3}[ \\t]+(?:juga[ \\t]+)?(?:${REPORTING_VERB_SOURCE})(?![\\p{L}])`, 'u');

/**
 * "Hal itu disampaikan", "Demikian diungkapkan", "Pernyataan tersebut dikatakan", "Imbauan itu disampaikan", "Pertanyaan
 * itu dilontarkan", '," begitu yang selalu disampaikan',
 * '," demikian sambutan' right after a quote, its paragraph's break or not.
 */
const RELEASE_ATTRIBUTION =
  /^[ \t]*(?:\n[ \t\n]*)?(?:(?:(?:Hal|Pernyataan|Penegasan|Pertanyaan|Imbauan|Harapan|Ajakan|Pesan|Penjelasan|Keterangan|Kritik|Desakan|Permintaan|Tanggapan|Pengakuan|Peringatan)[ \t]+(?:itu|ini|tersebut)|Demikian|,?[ \t]*begitu(?:[ \t]+yang)?(?:[ \t]+(?:selalu|sering|kerap))?)[ \t]+(?:di(?:sampaikan|katakan|ungkapkan|jelaskan|tegaskan|paparkan|kemukakan|utarakan|lontarkan|ajukan)|(?:di)?sebut(?:kan)?)|,?[ \t]*[Dd]emikian[ \t]+(?:sambutan|pesan|arahan|penegasan|harapan|amanat))(?![\p{L}])/u;

/** Words that name what a quote holds (a report's title, a theme, a slogan, a hashtag, a work), right before it. */
const NAMING_BEFORE = /(?:^|[^\p{L}])(?:berjudul|bertajuk|bertema|bertagline|bernama|berjuluk|dijuluki|slogan|semboyan|tagline|tagar|hashtag|titled|entitled|dubbed|film|lagu|album|buku|novel|sinetron|single|program(?:[ \t]+CSR)?|gerakan|kampanye|aplikasi)[ \t]*$/iu;

/**
 * A speaker the report does not name, introduced as such right after the verb (`," ujar seorang sumber`, `," kata
 * salah satu pedagang`, `," kata pihak kepolisian`, `," kata warga yang enggan disebut namanya itu`): the quote is
 * theirs, not the last named person's. A phrase that points back ("pria itu", "politikus tersebut") still means the
 * person in context.
 */
const UNNAMED_SPEAKER =
  /^[ \t]+(?:(?:seorang|salah[ \t]+(?:satu|seorang)|sejumlah|beberapa|para|sumber|pihak)(?![\p{L}])|(?:\p{Ll}+[ \t]+){1,3}yang[ \t]+(?:enggan|tak|tidak|minta|meminta|menolak)[ \t]+(?:(?:mau|ingin|bersedia)[ \t]+)?(?:namanya|identitasnya|disebut|dikorankan|ditulis|dipublikasikan|diungkap))/u;

/**
 * What names a relative or a companion, right before the name: a word for a relative, maybe with its order and a role
 * ("putra sulung aktor", "Kakak", "istri pasien bernama"), or "bareng" / "bersama" / "dengan" and maybe another name of
 * the list ("bareng Anjani Dina dan").
 */
const SIDE_MENTION_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:${RELATIVE_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})` +
    String.raw`(?:[ \t]+(?:sulung|bungsu|kandung|tiri|angkat|pertama|kedua|ketiga|dari))*(?:[ \t]+\p{Ll}+)?(?:[ \t]+bernama)?` +
    String.raw`|(?:bareng|bersama|dengan)(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,4}[ \t]*(?:,|[ \t]dan|[ \t]serta)?)[ \t]+$`,
  'u',
);

/**
 * Between an attributed quote and the next: only its attribution sentence, on the same line (", tutur Andi. "), or
 * ending the paragraph when the next quote opens a paragraph of its own (", ucap Sahmal.\n"Tapi ...").
 */
const CONTINUES = new RegExp(`^[^"“”\\n]{0,${ATTRIBUTION_WINDOW}}[.!?][ \\t]*(?:\\n[ \\t\\n]*)?$`);

/**
 * The person an English attribution names by a title the rules do not know ("Secretary of State Pratikno stated"): a
 * known person whose name, or last name, ends the words before the verb.
 */
function namedIn(words: string | undefined, people: readonly PersonHit[], at: number): { name: string; start: number } | null {
  const last = words?.trim().split(/[ \t]+/).pop();
  if (!last) return null;
  const person = people.find((p) => p.name === last || p.name.endsWith(` ${last}`));
  return person ? { name: person.name, start: at } : null;
}

/**
 * A person named as a source before a quote: a reporting verb after the name, its age, degrees or an appositive of
 * one or two parts ("Suwarno (55), mengaku", "Andi Baso, S.T., M.T. menyatakan", "Rina (34), warga Kelurahan Menteng,
 * Kecamatan Jekan Raya, mengaku"), or "datang dari" before it.
 */
const REPORTED_AFTER = new RegExp(
  `^(?:[ \\t]*${AGE_IN_PARENTHESES})?${DEGREES_AFTER_NAME}[ \\t]*(?:,(?:[^,.\\n]{0,60},){0,2})?[ \\t]*(?:juga[ \\t]+|pun[ \\t]+)?(?:${REPORTING_VERB_SOURCE})(?![\\p{L}])`,
  'u',
);
const SOURCE_BEFORE = /(?:datang|muncul)[ \t]+dari[ \t]+$/;
/** After the name that closes a quote's sentence: its degrees, then a verb of saying ("Ir. X, M.T. said in a statement"). */
const LATE_ATTRIBUTION_AFTER = new RegExp(`^${DEGREES_AFTER_NAME}[ \\t]*,?[ \\t]+(?:${EN_VERBS}|${REPORTING_VERB_SOURCE})(?![\\p{L}])`, 'u');

/**
 * The speaker of an unattributed quote that opens no paragraph: the one person the paragraph before it introduces as a
 * source ("Dewi Jones mengatakan bahwa ...", "Komplain datang dari Helen Bond"); null when it names none or several.
 */
function paragraphSource(text: string, from: number, quoteStart: number, people: readonly PersonHit[]): string | null {
  const sources = new Set(
    people
      .filter((p) => p.start >= from && p.end <= quoteStart)
      // The reporting verb comes before the quote: a name in quotes after a source ("pemilik usaha "Putri Mahakam"
      // di X, mengaku senang") is no quote of the source.
      .filter((p) => REPORTED_AFTER.test(text.slice(p.end, Math.min(p.end + 100, quoteStart))) || SOURCE_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start)))
      .map((p) => p.name),
  );
  if (sources.size === 1) return [...sources][0]!;
  // "Marlina (41) ikut diundang. Ia sudah sebelas tahun menjadi kader. "...": the one person a paragraph is about,
  // then said again by a pronoun, is the voice of the quote that follows its last sentence.
  const named = new Set(people.filter((p) => p.start >= from && p.end <= quoteStart).map((p) => p.name));
  const before = text.slice(from, quoteStart);
  return sources.size === 0 && named.size === 1 && PRONOUN_SUBJECT.test(before) && /[.!?][ \t]*$/.test(before) ? [...named][0]! : null;
}
/** A pronoun opening a sentence: "Ia", "Dia", "Beliau". */
const PRONOUN_SUBJECT = /(?:^|[.!?][ \t]+)(?:Ia|Dia|Beliau)[ \t]/u;

/**
 * Length of the attribution sentence after a quote (to the first period before a capital, or a newline). The period
 * of an honorific or an initial goes on to the name ("kata Deputi OIKN Ir. Bonifasius Kurnia Wardhana").
 */
function sentenceLength(tail: string): number {
  for (const m of allMatches(SENTENCE_END_OR_LINE, tail)) {
    if (m[0] === '.' && NAME_PERIOD_WORD.test(tail.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    return m.index;
  }
  return tail.length;
}
const SENTENCE_END_OR_LINE = /\.(?=\s+[A-Z"“]|\s*$)|\n/g;
/** A word whose period does not end a sentence before a name: an honorific ("Ir.", "Drs.") or an initial ("A."). */
const NAME_PERIOD_WORD = new RegExp(`(?:^|[^\\p{L}.])(?:${buildAlternation([...HONORIFICS].filter((h) => h.endsWith('.')))}|\\p{Lu}\\.)$`, 'u');
