/**
 * @module entities/person-aliases
 * The other names a text gives a person it has named: short forms ("Budi" for "Budi Wahyudi"), shorter whole names
 * ("Sri Mulyani"), names after "alias", names a person "is called by" ("yang akrab disapa Heru", "Ani, sapaan
 * akrabnya") and quoted nicknames ('Joko "Jokowi" Widodo'). people.ts finds the people; this module files the other
 * names under them.
 */
import { BALINESE_NAME_WORDS, HONORIFICS, NAME_OPENERS, NAME_STOPWORDS, SPEECH_VERB_SOURCE } from './gazetteer.js';
import { matchRegionAt } from './locations.js';
import { AGE_IN_PARENTHESES, DEGREES_AFTER_NAME, NAME_PARTICLES, NICKNAME_IN_PARENTHESES, QUOTED_NICKNAME, cleanName, isNameWord, namedHit } from './person-names.js';
import { PLACE_HEAD_WORDS } from './tagged-spans.js';
import { isKnownPlaceName } from './tagger-features.js';
import { WORD_END, WORD_START, allMatches, escapeRegExp, overlapsAny, wordBefore } from './text-scan.js';
import type { PersonHit, Span } from './types.js';

/**
 * Later mentions of a known person by one part of the name ("Budi" for "Budi Wahyudi"). The tagger's guess that the
 * very word is a body or a place (`guesses`: "Koster didampingi ...", "tegas Sri") yields to it, unless the word is a
 * place the lists know ("musik Karo" beside "Ermawati br Karo") or follows a place word ("distrik Isa"). A longer
 * guess holding the word stands, as does a guess of a whole name ("Avenged Sevenfold" the band beside a "person").
 */
export function findShortFormHits(
  text: string,
  known: readonly PersonHit[],
  taken: readonly Span[],
  guesses: readonly (Span & { kind?: string })[] = [],
): PersonHit[] {
  const owners = new Map<string, string | null>();
  for (const person of known) {
    if (!person.name.includes(' ')) continue;
    for (const part of person.name.split(' ')) {
      if (part.length < 3 || !isNameWord(part) || /\.$/.test(part)) continue;
      const owner = owners.get(part);
      owners.set(part, owner === undefined || owner === person.name ? person.name : null);
    }
  }
  // 'Joko "Jokowi" Widodo': the quoted nickname is a short form of that person too.
  for (const [nickname, owner] of nicknamesOf(text, known)) if (!owners.has(nickname)) owners.set(nickname, owner);
  // "Zulkarnaini alias Glok": the alias names the person wherever it recurs, whatever the tagger read it as.
  const aliasOwners = new Map(known.filter((p) => p.alias).map((p) => [cleanName(text.slice(p.start, p.end)), p.name]));
  for (const [alias, owner] of aliasOwners) owners.set(alias, owner);
  const forms = [...owners].filter(([, owner]) => owner).map(([part]) => part);
  const fullNames = [...new Set(known.map((p) => p.name))];
  if (forms.length + fullNames.length === 0) return [];
  const re = new RegExp(`${WORD_START}(?:${[...fullNames, ...forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})${WORD_END}`, 'gu');
  const hits: PersonHit[] = [];
  for (const m of allMatches(re, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const isAlias = aliasOwners.has(m[0]);
    if (overlapsAny({ start, end }, isAlias ? known : taken)) continue;
    // "kata Samarinda" after "Hj. Samarinda Putri Rahayu": after a speech verb the part of a name is the person's, though
    // it names a city too.
    const spoken = SPEECH_VERB_BEFORE.test(text.slice(Math.max(0, start - 16), start));
    const yields = (g: Span & { kind?: string }): boolean =>
      g.start === start && g.end === end && owners.has(m[0]) &&
      (g.kind === 'ORG' || spoken || (!isKnownPlaceName(m[0]) && !PLACE_HEAD_WORDS.has(wordBefore(text, start))));
    if (!isAlias && guesses.some((g) => g.start < end && g.end > start && !yields(g))) continue;
    const before = text.slice(Math.max(0, start - 20), start);
    const after = text.slice(end, end + 20);
    // A capitalised word just before may be the start of another name; a sentence word ("Menurut Nangoi") is not.
    const capitalBefore = /([A-Z][a-z]+)[ \t]+$/.exec(before)?.[1];
    if (capitalBefore && !NAME_STOPWORDS.has(capitalBefore) && !/(?:^|\s)(?:sebut|kata|ujar|tutur|Pak|Bu|Bapak|Ibu)[ \t]+$/.test(before)) continue;
    if (/^[ \t]+[A-Z][a-z]/.test(after)) continue;
    const name = owners.get(m[0]) ?? m[0];
    hits.push(namedHit({ start, end }, name, isAlias ? { alias: true } : { shortForm: true }));
  }
  return hits;
}

/** A Balinese name's opening: "I" or "Ni", "Anak Agung", "Ida Bagus", "Cokorda", "Gusti". */
const BALINESE_OPENING = /^(?:I|Ni|Anak Agung|Ida|Cokorda|Gusti)[ \t]/;
/** The words that open Balinese names besides the caste and birth-order words ("I", "Ni", "Anak", "Ngurah"). */
const BALINESE_LEAD_WORDS = new Set(['I', 'Ni', 'Anak', 'Ngurah']);

/**
 * Whether a short name is a long one without some of its middle words: the first word the same, the others in order
 * ("Andi Ikhsan" of "Andi Muhammad Ikhsan Syarifuddin", "Tgk Yunus" of "Tgk H. Muhammad Yunus"); a Balinese name's
 * opening words may be left out too ("Ngurah Wirawan", "Gung Raka").
 */
function skipsMiddle(short: string, long: string): boolean {
  // "Gung Raka" of "Anak Agung Gede Raka Darmawan": "Gung" is how "Agung" is called.
  const shortWords = short.split(' ').map((w) => (w === 'Gung' ? 'Agung' : w));
  const longWords = long.split(' ');
  // "Ngurah Wirawan" of "I Gusti Ngurah Putu Wirawan": a Balinese name's caste and birth-order words may be left out
  // at its start too.
  let start = 0;
  if (BALINESE_OPENING.test(long)) {
    while (start < longWords.length - 1 && longWords[start] !== shortWords[0] && (BALINESE_LEAD_WORDS.has(longWords[start]!) || BALINESE_NAME_WORDS.has(longWords[start]!))) start += 1;
  }
  if (shortWords[0] !== longWords[start]) return false;
  let at = start + 1;
  for (const word of shortWords.slice(1)) {
    while (at < longWords.length && longWords[at] !== word) at += 1;
    if (at === longWords.length) return false;
    at += 1;
  }
  return true;
}

/**
 * Names written with fewer words than elsewhere in the text are that person ("Sri Mulyani" after "Sri Mulyani
 * Indrawati"): whole words in order, inside exactly one longer name ("Andi Mallarangeng" beside two Mallarangeng
 * brothers stays as written), middle words left out or not ("Andi Ikhsan" of "Andi Muhammad Ikhsan Syarifuddin").
 * Truncated words are not matched ("Andi Harun" is not "Andi Harunsyah").
 */
export function withLongerNames(hits: readonly PersonHit[], text = ''): PersonHit[] {
  const names = [...new Set(hits.map((h) => h.name))].filter((n) => n.includes(' '));
  // "Sekretaris Daerah Drs. Agus Nur Hidayat ... Ny. Ratna Agus Nur Hidayat": a wife is named by her own name and her
  // husband's; his full name inside hers is his, not a short form of hers.
  const wives = new Set(hits.filter((h) => WIFE_MARK_BEFORE.test(text.slice(Math.max(0, h.start - 10), h.start))).map((h) => h.name));
  const husbandOf = (short: string, long: string): boolean => wives.has(long) && long.endsWith(` ${short}`) && !wives.has(short);
  const inside = (short: string, long: string): boolean =>
    long !== short && !husbandOf(short, long) && (` ${long} `.includes(` ${withLowerParticle(short)} `) || skipsMiddle(short, long));
  return hits.map((hit) => {
    if (!hit.name.includes(' ')) return hit;
    const longer = names.filter((n) => inside(hit.name, n));
    return longer.length === 1 ? { ...hit, name: longer[0]! } : hit;
  });
}

/** "Ny. ", "Nyonya ": a married woman's honorific right before her name. */
const WIFE_MARK_BEFORE = /(?:^|[^\p{L}])(?:Ny\.?|Nyonya)[ \t]+$/u;

/** Name particles written capitalised where they open a sentence's or a clause's name ("kata Van der Meulen"). */
const OPENING_PARTICLE = new RegExp(`^(?:${NAME_PARTICLES.map((p) => p[0]!.toUpperCase() + p.slice(1)).join('|')})(?=[ \\t])`);

/**
 * A surname opened by a particle, with the particle written as inside a full name ("Van der Meulen" -> "van der
 * Meulen"), so that it is found in "Gerard van der Meulen".
 * @example withLowerParticle('Van der Meulen') // 'van der Meulen'
 */
function withLowerParticle(name: string): string {
  return name.replace(OPENING_PARTICLE, (particle) => particle.toLowerCase());
}

/** The gap between a name and its "alias", an age between them or not: "Faisal (37) alias Komeng". */
const ALIAS_GAP = new RegExp(String.raw`^[ \t]*(?:${AGE_IN_PARENTHESES}[ \t]*)?alias[ \t]+$`);

/** A capitalised name right before such an "alias", for when no finder read it. */
const NAME_BEFORE_ALIAS = new RegExp(String.raw`(?<![\p{L}])((?:[A-Z][a-z]+[ \t]+){0,3}[A-Z][a-z]+)[ \t]*(?:${AGE_IN_PARENTHESES}[ \t]*)?$`, 'u');

/**
 * The people found, with the names given after "alias" as further mentions of the same person ("Zulkarnaini alias
 * Glok", "Nurdin Ismail alias Din Minimi"); the name before "alias" is a person even where no finder read it. A
 * hit that read the alias as a person of its own, there or elsewhere ("Din Minimi" later on), is that person too.
 */
export function withAliases(text: string, hits: readonly PersonHit[]): PersonHit[] {
  const aliases: PersonHit[] = [];
  const owners: PersonHit[] = [];
  const ownerOf = new Map<string, string>();
  for (const m of allMatches(/[ \t]alias[ \t]+/g, text)) {
    // An alias is often a nickname of common words ("Ayah Mud"): up to three capitalised words.
    const nick = /^[A-Z][\p{L}'’-]*(?:[ \t]+[A-Z][\p{L}'’-]*){0,2}/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const name = nick ? { start: m.index + m[0].length, end: m.index + m[0].length + nick[0].length } : null;
    if (!name) continue;
    let owner = hits.find((h) => h.end <= m.index + 1 && ALIAS_GAP.test(text.slice(h.end, m.index + m[0].length)));
    if (!owner) {
      const before = NAME_BEFORE_ALIAS.exec(text.slice(Math.max(0, m.index - 60), m.index + 1));
      if (!before) continue;
      const runStart = m.index + 1 - before[0].length;
      const positions = [...allMatches(/\S+/g, before[1]!)].map((w) => ({ start: runStart + w.index, word: w[0] }));
      // "... Daerah II Aceh Utara Mahmudsyah alias Ayah Mud": the name starts after the last region in the run.
      let first = 0;
      positions.forEach((p) => {
        const region = matchRegionAt(text, p.start);
        const next = region ? positions.findIndex((q) => q.start > region.end) : -1;
        if (next > first) first = next;
      });
      const words = positions.slice(first).map((p) => p.word);
      const start = positions[first]?.start ?? runStart;
      if (words.length === 0 || !words.every(isNameWord) || matchRegionAt(text, start)) continue;
      owner = namedHit({ start, end: start + words.join(' ').length }, words.join(' '));
      owners.push(owner);
    }
    // "Hendra Wijaya alias Liem Kok Hwa ... Liem alias Hendra": a name an earlier alias gave a person stays theirs.
    const earlier = earlierOwner(ownerOf, owner.name);
    if (earlier) {
      ownerOf.set(owner.name, earlier);
      if (owners.at(-1) === owner) owners[owners.length - 1] = { ...owner, name: earlier };
    }
    const ownerName = earlier ?? owner.name;
    aliases.push(namedHit(name, ownerName, { alias: true }));
    ownerOf.set(cleanName(text.slice(name.start, name.end)), ownerName);
  }
  return withAddedNames(hits, [...owners, ...aliases], ownerOf);
}

/** The person an earlier "alias" gave a name to: the owner of that alias, whole or one of its words ("Liem" of "Liem Kok Hwa"). */
function earlierOwner(ownerOf: ReadonlyMap<string, string>, name: string): string | undefined {
  for (const [alias, owner] of ownerOf) if (owner !== name && (alias === name || alias.split(' ').includes(name))) return owner;
  return undefined;
}

/**
 * The hits with further mentions added: a hit over one of them gives way to it, and a hit that read an added name
 * as a person of its own, there or elsewhere, is filed under that name's owner (`ownerOf`).
 */
function withAddedNames(hits: readonly PersonHit[], added: readonly PersonHit[], ownerOf: ReadonlyMap<string, string>): PersonHit[] {
  const rest = hits.filter((h) => !overlapsAny(h, added)).map((h) => (ownerOf.has(h.name) ? { ...h, name: ownerOf.get(h.name)! } : h));
  return [...rest, ...added];
}

/**
 * Words that call a person before a nickname: the honorifics and "Bung", which calls a man by name ("disapa Bung Yan")
 * but also opens names that stand whole ("Bung Karno", "Gelora Bung Tomo"), so only a nickname drops it.
 */
const CALLING_WORDS = new Set([...HONORIFICS, 'Bung']);

/** A nickname: one or two capitalised words. */
const NICKNAME = String.raw`[A-Z][\p{L}'’-]+(?:[ \t]+[A-Z][\p{L}'’-]+)?`;

/** "X, yang akrab disapa Ani", "X, S.E., M.M., yang akrab disapa Pak Ancu": the name a person is called by, after the person. */
const CALLED_AFTER = new RegExp(String.raw`^[ \t]*(?:${AGE_IN_PARENTHESES}[ \t]*)?${DEGREES_AFTER_NAME},?[ \t]*(?:atau[ \t]+)?(?:yang[ \t]+)?(?:akrab|biasa)[ \t]+disapa[ \t]+(${NICKNAME})`, 'u');
/**
 * "Abdurrahman Kadir yang dikenal sebagai Cak Durrahman", "... yang dikenal dengan sapaan Bang Zul": group 1 is the
 * word "sebagai", after which only an honorific's name counts ("dikenal sebagai Raja Dangdut" names a role).
 */
const KNOWN_AS_AFTER = new RegExp(
  String.raw`^[ \t]*,?[ \t]*(?:yang[ \t]+)?(?:lebih[ \t]+)?dikenal[ \t]+(?:(sebagai)|dengan[ \t]+(?:sapaan|panggilan)(?:[ \t]+akrab)?)[ \t]+(${NICKNAME})`,
  'u',
);
/** "X, S.Sos., kepala desa yang oleh warga lebih sering dipanggil Ina Ubung": a description of the person between. */
const DESCRIBED_THEN_CALLED = new RegExp(
  String.raw`^[ \t]*${DEGREES_AFTER_NAME},[ \t]*(?:\p{Ll}+[ \t]+){1,4}yang[ \t]+(?:oleh[ \t]+\p{Ll}+[ \t]+)?(?:(?:lebih[ \t]+)?(?:sering|akrab|biasa)[ \t]+)?(?:disapa|dipanggil)[ \t]+(${NICKNAME})`,
  'u',
);
/** "Kinara, yang bernama asli ": a stage name, then the words that say the name after it is the person's own. */
const REAL_NAME_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(${NICKNAME})[ \t]*,?[ \t]*(?:yang[ \t]+)?(?:bernama[ \t]+asli|nama[ \t]+asli(?:nya)?(?:[ \t]+adalah)?)[ \t]+$`,
  'u',
);
/** "Hamzah yang akrab disapa Pak Long", "Lestari, yang akrab disapa Tari": one word of a name, then what the person is called. */
const PART_CALLED = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+),?[ \t]+(?:yang[ \t]+)?(?:akrab|biasa)[ \t]+disapa[ \t]+(${NICKNAME})`, 'gu');
/** "Zulkifli Hamdani (Bang Zul)": a nickname in parentheses right after the name, an address word in it or not. */
const CALLED_IN_PARENTHESES = new RegExp(NICKNAME_IN_PARENTHESES, 'u');

/**
 * A word for a person ("pria", "perempuan", "istri wali kota", "politikus asal Nusa Tenggara Timur"), then the words
 * that say what the person is called.
 */
const DESCRIBED_CALLED = new RegExp(
  String.raw`(?<![\p{L}])(?:[Pp]ria|[Pp]erempuan|[Ww]anita|[Ll]elaki|[Ii]bu|[Bb]apak|[Ss]osok|[Ii]stri|[Ss]uami|[Gg]adis|[Pp]emuda|[Rr]emaja|[Pp]olitikus|[Pp]olitisi|[Aa]ktivis|[Tt]okoh)(?:[ \t]+\p{Ll}+){0,3}(?:[ \t]+asal(?:[ \t]+\p{Lu}\p{L}+){1,3})?[ \t]+yang[ \t]+(?:(?:akrab|biasa)[ \t]+)?disapa[ \t]+(${NICKNAME})`,
  'gu',
);
/** "Bupati yang dikenal dengan sapaan Bang Irul itu", "Wali Kota yang akrab disapa Kang Udin": a title's word or two, then the words that say what its holder is called. */
const TITLE_CALLED = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]+yang[ \t]+(?:(?:akrab|biasa)[ \t]+disapa|dikenal[ \t]+dengan[ \t]+(?:sapaan|panggilan)(?:[ \t]+akrab)?)[ \t]+(${NICKNAME})`,
  'gu',
);
/** "Ani, sapaan akrab(nya)": the name a person is called by, before the words that say so. */
const CALLED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${NICKNAME}),[ \t]+sapaan[ \t]+(?:akrab|karib)(?:nya)?(?![\p{L}])`, 'gu');

/**
 * The names people are called by, as further mentions of them: "Sri Mulyani Indrawati, yang akrab disapa Ani" and
 * "Menurut Ani, sapaan akrabnya, ..." (the person named last before it). A hit that read the nickname as a person
 * of its own there is that person.
 */
export function withCalledNames(text: string, hits: readonly PersonHit[]): PersonHit[] {
  const called: PersonHit[] = [];
  const ownerOf = new Map<string, string>();
  const add = (start: number, nickname: string, owner: string): void => {
    // "Pak Budi", "Menurut Ani": the nickname is the name after an honorific or a sentence word.
    const first = nickname.split(/[ \t]+/)[0]!;
    const skip = nickname.includes(' ') && (CALLING_WORDS.has(first) || NAME_STOPWORDS.has(first)) ? nickname.indexOf(first) + first.length : 0;
    const rest = nickname.slice(skip).trimStart();
    if (!rest || NAME_STOPWORDS.has(rest) || rest === owner) return;
    const at = start + nickname.length - rest.length;
    called.push(namedHit({ start: at, end: at + rest.length }, owner, { alias: true }));
    ownerOf.set(rest, owner);
  };
  for (const hit of hits) {
    const m = CALLED_AFTER.exec(text.slice(hit.end, hit.end + 80)) ?? (hit.name.includes(' ') ? CALLED_IN_PARENTHESES.exec(text.slice(hit.end, hit.end + 24)) : null);
    if (m) add(hit.end + m[0].length - m[1]!.length - (m[0].endsWith(')') ? 1 : 0), m[1]!, hit.name);
    const described = hit.name.includes(' ') && !m ? DESCRIBED_THEN_CALLED.exec(text.slice(hit.end, hit.end + 120)) : null;
    if (described) add(hit.end + described[0].length - described[1]!.length, described[1]!, hit.name);
    const known = hit.name.includes(' ') ? KNOWN_AS_AFTER.exec(text.slice(hit.end, hit.end + 80)) : null;
    if (known && (!known[1] || HONORIFICS.has(known[2]!.split(/[ \t]+/)[0]!))) add(hit.end + known[0].length - known[2]!.length, known[2]!, hit.name);
    // "Kinara, yang bernama asli Ni Putu Kinanti Maharani": the name used before is the one the person is called by.
    const stage = hit.name.includes(' ') ? REAL_NAME_BEFORE.exec(text.slice(Math.max(0, hit.start - 60), hit.start)) : null;
    if (stage) add(hit.start - stage[0].length, stage[1]!, hit.name);
  }
  // "Hamzah yang akrab disapa Pak Long": a part of a name given in full, then the name the person is called by.
  for (const m of text.includes('disapa') ? allMatches(PART_CALLED, text) : []) {
    if (hits.some((h) => h.start <= m.index && h.end > m.index)) continue;
    const owners = new Set(hits.filter((h) => h.name.split(' ').includes(m[1]!) && h.name.includes(' ')).map((h) => h.name));
    if (owners.size === 1) add(m.index + m[0].length - m[2]!.length, m[2]!, [...owners][0]!);
  }
  // "kata perempuan yang akrab disapa Bunda Lia itu", "Pria yang akrab disapa Koh Yo itu": the person the text
  // described last before it; one known by one word only where a title or role says who they are ("Yusnimar, pemilik
  // usaha rendang ... Perempuan yang akrab disapa Uni Ema itu").
  for (const m of text.includes('disapa') ? allMatches(DESCRIBED_CALLED, text) : []) {
    const owner = endingLast(hits.filter((h) => h.end <= m.index && (h.name.includes(' ') || h.title !== null)));
    if (owner) add(m.index + m[0].length - m[1]!.length, m[1]!, owner.name);
  }
  // "Bupati yang dikenal dengan sapaan Bang Irul itu": the holder of that title named last before it.
  for (const m of /disapa|dikenal dengan/.test(text) ? allMatches(TITLE_CALLED, text) : []) {
    // "Wali Kota yang akrab disapa Kang Udin itu": a title of two words is read whole; "Kemudian Bupati yang ...": a
    // sentence's word before a title of one is not.
    const words = m[1]!.toLowerCase().split(/[ \t]+/);
    const heldAs = (title: string): PersonHit[] => hits.filter((h) => h.end <= m.index && h.name.includes(' ') && `${h.title?.toLowerCase().replace(/[ \t]+/g, ' ')} `.startsWith(`${title} `));
    const whole = heldAs(words.join(' '));
    const holders = whole.length > 0 || words.length === 1 ? whole : heldAs(words.at(-1)!);
    const owner = endingLast(holders);
    if (owner) add(m.index + m[0].length - m[2]!.length, m[2]!, owner.name);
  }
  // Scanned only where the word is: the pattern tries every capitalised word of the text.
  for (const m of text.includes('sapaan') ? allMatches(CALLED_BEFORE, text) : []) {
    // "Rahmawani, atau Ani, sapaan akrabnya": the name right before "atau" is the owner, one word or more.
    const or = /,[ \t]+atau[ \t]+$/.exec(text.slice(Math.max(0, m.index - 10), m.index));
    const named = or ? hits.find((h) => h.end === m.index - or[0].length) : undefined;
    // Else the person named last before it, one whose name holds the nickname first ("Kadek" of "Ni Kadek Ayu
    // Pradnyani" after "Mizuki Takahashi"; "Yati" of "Siti Norhayati").
    const nickname = m[1]!.split(/[ \t]+/).at(-1)!.toLowerCase();
    const before = hits.filter((h) => h.end <= m.index && h.name.includes(' '));
    const holds = (h: PersonHit): boolean => h.name.toLowerCase().split(' ').some((w) => w === nickname || (nickname.length > 2 && w.endsWith(nickname)));
    const owner = named ?? endingLast(before.filter(holds)) ?? endingLast(before);
    if (owner) add(m.index, m[1]!, owner.name);
  }
  // Where the nickname recurs and a finder read it as a person of its own ("Menurut Heru"), it is that person.
  return withAddedNames(hits, called, ownerOf);
}

/** The hit that ends last in the text, of those given. */
function endingLast(hits: readonly PersonHit[]): PersonHit | undefined {
  return hits.reduce<PersonHit | undefined>((last, h) => (!last || h.end > last.end ? h : last), undefined);
}

/** A speech verb right before a name ("kata ", "ujarnya, "): what follows is who spoke. */
const SPEECH_VERB_BEFORE = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERB_SOURCE})(?:nya)?,?[ \\t]+$`, 'u');

/**
 * An address word before one name word ("Gus Putra", "Mas Haryo", "Pak Rahmat"): a person called by that word, and
 * the word (group 1). No place or body is written so.
 */
export const ADDRESSED_NAME = /^(?:Gus|Mas|Mbak|Bung|Pak|Bu|Bang|Kak|Dik|Daeng|Bli|Mbok)[ \t]+(\p{Lu}\p{Ll}+)$/u;

/**
 * A name after an attribution verb that matches part of a known name becomes that person; so does one called by an
 * address word and that part ("ujar Gus Putra" after "Ida Bagus Gede Putra Sudarsana").
 */
export function attachToKnown(hit: PersonHit, known: readonly PersonHit[], nicknames: ReadonlyMap<string, string>): PersonHit {
  const called = ADDRESSED_NAME.exec(hit.name);
  const owner = called
    ? addressedOwner(called[0].split(/[ \t]/)[0]!, called[1]!, known)
    : (partOwner(hit, known) ?? shortenedFirstName(hit.name, known));
  const name = owner?.name ?? nicknames.get(hit.name);
  return name ? { ...hit, name } : hit;
}

/**
 * The person named in full a lone word after an attribution verb names: the one whose name holds it; of several, the
 * one whose given name it is (the first word after a noble or clan opener: "kata Bagus" is Bagus Wahyudi Santosa, not
 * Ardi Bagus Santosa; "Mirzan" is Teuku Mirzan Fadhil, not Teuku Iswadi Mirzan), then the one whose surname it is,
 * else the first named.
 */
function partOwner(hit: PersonHit, known: readonly PersonHit[]): PersonHit | undefined {
  const first = known.find((k) => k.name === hit.name || k.name.split(' ').includes(hit.name));
  const owners = known.filter((k) => k.name !== hit.name && k.name.split(' ').includes(hit.name));
  const one = (pool: readonly PersonHit[]): PersonHit | undefined => (new Set(pool.map((k) => k.name)).size === 1 ? pool[0] : undefined);
  if (new Set(owners.map((k) => k.name)).size <= 1) return first;
  return one(owners.filter((k) => givenName(k.name) === hit.name)) ?? one(owners.filter((k) => k.name.endsWith(` ${hit.name}`))) ?? first;
}

/** The first word of a name after its noble or clan opener and Balinese birth-order words ("Teuku Mirzan Fadhil": Mirzan). */
function givenName(name: string): string {
  const words = name.split(' ');
  let i = NAME_OPENERS.has(`${words[0]} ${words[1]}`) ? 2 : NAME_OPENERS.has(words[0]!) ? 1 : 0;
  // "I Made Wirawan": the birth-order and caste words after "I" or "Ni" come before the given name.
  if (/^(?:I|Ni)$/.test(words[0]!)) for (i = 1; i < words.length - 1 && BALINESE_NAME_WORDS.has(words[i]!); ) i += 1;
  return words[Math.min(i, words.length - 1)]!;
}

/**
 * The one person named in full that an address word and one part of the name call ("Gus Putra"); "Gus" shortens
 * "Bagus" or "Agus", so a name holding one of them goes first ("Ida Bagus Gede Putra" before "I Wayan Putra").
 */
function addressedOwner(address: string, part: string, known: readonly PersonHit[]): PersonHit | undefined {
  const owners = [...new Map(known.filter((k) => k.name.split(' ').includes(part)).map((k) => [k.name, k])).values()];
  const gus = address === 'Gus' ? owners.filter((k) => /(?:^|[ \t])(?:Bagus|Agus)(?:[ \t]|$)/.test(k.name)) : [];
  return gus.length === 1 ? gus[0] : owners.length === 1 ? owners[0] : undefined;
}

/**
 * The one person named in full whose first name a lone word shortens ("Agus" of "Agustinus Bere Seran", "Ferdi" of
 * "Ferdiansyah Harahap"), as news calls people after their full name; none where two people's names would fit.
 */
function shortenedFirstName(word: string, known: readonly PersonHit[]): PersonHit | undefined {
  if (word.length < 4 || word.includes(' ')) return undefined;
  const owners = known.filter((k) => {
    const first = k.name.split(' ')[0]!;
    return k.name.includes(' ') && first.length > word.length && first.startsWith(word);
  });
  return new Set(owners.map((k) => k.name)).size === 1 ? owners[0] : undefined;
}

/**
 * Whether a lone word is the surname of two people the text names in full ("Siregar" beside Mulia Raja Siregar and
 * Hotman Siregar): it names one of them, which the words alone cannot say, or a third ("Sturridge" beside his uncles).
 */
export function isSharedPart(word: string, known: readonly PersonHit[]): boolean {
  // A surname: the last word of each ("Dian" of "Dian Sastrowardoyo" and "Dian Sastro" is one woman's given name).
  return new Set(known.filter((k) => k.name !== word && k.name.endsWith(` ${word}`)).map((k) => k.name)).size > 1;
}

/** Quoted nicknames of the people named in full ('Joko "Jokowi" Widodo': "Jokowi" -> "Joko Widodo"). */
export function nicknamesOf(text: string, people: readonly PersonHit[]): Map<string, string> {
  const nicknames = new Map<string, string>();
  for (const person of people) {
    const nickname = QUOTED_NICKNAME.exec(text.slice(person.start, person.end))?.[1];
    if (nickname && !nicknames.has(nickname)) nicknames.set(nickname, person.name);
  }
  return nicknames;
}
