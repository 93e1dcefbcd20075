/**
 * @module test/eval/entities/gold-scorer
 * Scores one EntityResult against one hand-made gold file (format: test/fixtures/text/*.gold.json and
 * test/eval/entities/gold/*.gold.json; README.md beside this file describes it).
 *
 * Matching: a prediction matches a gold entity when its name (else one of its aliases / acronym) equals the gold
 * name or one of the gold aliases, case-, accent- and punctuation-insensitively. A second prediction of an already
 * matched gold entity is a duplicate: it is neither a true nor a false positive (a gold entity counts once). A
 * prediction on the gold's `ignore` list (debatable names: cited outlets, buildings, events) is not scored.
 * Flags (official, government) and links are scored over matched pairs only; a gold flag of null is not scored.
 */
import type { EntityResult, OrganizationEntity, PersonEntity } from '../../../lambdas/shared/types.js';

/** A person in a gold file; `organization` may list several accepted organizations. */
export interface GoldPerson {
  name: string;
  aliases?: string[];
  titles?: string[];
  organization?: string | string[] | null;
  /** Holds a public office or is a civil servant / police / military / state official; null = not scored. */
  official?: boolean | null;
}

/** An organization in a gold file. */
export interface GoldOrganization {
  name: string;
  aliases?: string[];
  /** A government body or agency (police and courts included, state companies not); null = not scored. */
  government?: boolean | null;
}

/** A location: a name, or a name with aliases. */
export type GoldLocation = string | { name: string; aliases?: string[] };

/** A quote: who says it (null = unnamed source) and how its text begins. */
export interface GoldQuote {
  speaker: string | null;
  startsWith: string;
}

/** One gold file. */
export interface Gold {
  page?: string;
  note?: string;
  title: string | null;
  dateline: string | null;
  people: GoldPerson[];
  organizations: GoldOrganization[];
  locations: GoldLocation[];
  sectors: { must: string[]; optional: string[] };
  quotes: GoldQuote[];
  /** Names neither rewarded nor penalized, in any entity kind. */
  ignore?: string[];
  /** Names no entity form may contain (outlet credits, headings, product names ...). */
  mustNot: string[];
}

/** Precision / recall of one entity kind in one article. */
export interface KindScore {
  gold: number;
  /** Gold entities some prediction matched. */
  found: number;
  /** Predictions that matched an unmatched gold entity. */
  truePositives: number;
  falsePositives: number;
  duplicates: number;
  ignored: number;
  /** null when nothing scorable was predicted. */
  precision: number | null;
  /** null when the gold has none of this kind. */
  recall: number | null;
  /** Gold names not found. */
  missed: string[];
  /** Predicted names not in the gold. */
  spurious: string[];
}

/** A count of correct decisions and the wrong ones by name. */
export interface RatioScore {
  correct: number;
  total: number;
  /** null when total is 0. */
  accuracy: number | null;
  wrong: string[];
}

/** Sector check of one article. */
export interface SectorScore {
  must: number;
  mustFound: number;
  /** null when the gold has no must sector. */
  mustRecall: number | null;
  missing: string[];
  /** Predicted codes outside must + optional. */
  outside: string[];
}

/** Everything scored for one article. */
export interface ArticleScore {
  people: KindScore;
  organizations: KindScore;
  locations: KindScore;
  official: RatioScore;
  government: RatioScore;
  personOrganization: RatioScore;
  sectors: SectorScore;
  /** Gold quotes: `correct` = found with the right speaker; `found` = found at all. */
  quotes: RatioScore & { found: number };
  /** mustNot entries some predicted form contains. */
  mustNotViolations: string[];
}

/**
 * Fold a name to lower-case letters and digits separated by single spaces (accents and punctuation dropped).
 * @example normalizeName('Kemenpan-RB') // 'kemenpan rb'
 */
export function normalizeName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The normalized forms of a gold entity. */
function goldForms(entity: { name: string; aliases?: string[] }): Set<string> {
  return new Set([entity.name, ...(entity.aliases ?? [])].map(normalizeName).filter((f) => f !== ''));
}

/** A gold location as name + aliases. */
function toNamed(location: GoldLocation): { name: string; aliases: string[] } {
  return typeof location === 'string' ? { name: location, aliases: [] } : { name: location.name, aliases: location.aliases ?? [] };
}

/** A predicted entity as name + other forms, whatever its kind. */
interface Predicted {
  name: string;
  others: string[];
}

/** Outcome of matching one kind: the gold index each prediction matched (or -1), and the score. */
interface KindMatch {
  pairs: { predicted: number; gold: number }[];
  score: KindScore;
}

/** Match predictions of one kind to gold entities and count precision / recall. */
function matchKind(predicted: readonly Predicted[], gold: readonly { name: string; aliases?: string[] }[], ignore: ReadonlySet<string>): KindMatch {
  const forms = gold.map(goldForms);
  const taken = new Array<boolean>(gold.length).fill(false);
  const pairs: { predicted: number; gold: number }[] = [];
  let truePositives = 0;
  let duplicates = 0;
  let ignored = 0;
  const spurious: string[] = [];
  predicted.forEach((p, index) => {
    const byName = forms.flatMap((f, i) => (f.has(normalizeName(p.name)) ? [i] : []));
    const others = new Set(p.others.map(normalizeName));
    const candidates = byName.length > 0 ? byName : forms.flatMap((f, i) => ([...others].some((o) => f.has(o)) ? [i] : []));
    if (candidates.length > 0) {
      const fresh = candidates.find((i) => !taken[i]);
      if (fresh === undefined) {
        duplicates += 1;
        return;
      }
      taken[fresh] = true;
      truePositives += 1;
      pairs.push({ predicted: index, gold: fresh });
      return;
    }
    if ([normalizeName(p.name), ...others].some((f) => ignore.has(f))) {
      ignored += 1;
      return;
    }
    spurious.push(p.name);
  });
  const scored = truePositives + spurious.length;
  return {
    pairs,
    score: {
      gold: gold.length,
      found: truePositives,
      truePositives,
      falsePositives: spurious.length,
      duplicates,
      ignored,
      precision: scored === 0 ? null : truePositives / scored,
      recall: gold.length === 0 ? null : truePositives / gold.length,
      missed: gold.filter((_, i) => !taken[i]).map((g) => g.name),
      spurious,
    },
  };
}

/** Build a ratio from a list of (label, correct) decisions. */
function toRatio(decisions: readonly { label: string; correct: boolean }[]): RatioScore {
  const correct = decisions.filter((d) => d.correct).length;
  return {
    correct,
    total: decisions.length,
    accuracy: decisions.length === 0 ? null : correct / decisions.length,
    wrong: decisions.filter((d) => !d.correct).map((d) => d.label),
  };
}

/** The normalized forms a predicted person's organization can be known by (its name, or the predicted org's forms). */
function predictedOrgForms(name: string | null, orgs: readonly OrganizationEntity[]): Set<string> {
  if (!name) return new Set();
  const org = orgs.find((o) => o.name === name);
  const all = [name, ...(org ? [...org.aliases, ...(org.acronym ? [org.acronym] : [])] : [])];
  return new Set(all.map(normalizeName));
}

/** Score person -> organization links over matched people whose gold organization is given. */
function scoreLinks(result: EntityResult, gold: Gold, pairs: KindMatch['pairs']): RatioScore {
  const decisions = pairs.flatMap(({ predicted, gold: g }) => {
    const want = gold.people[g]!.organization;
    if (want === undefined || want === null) return [];
    const accepted = new Set<string>();
    for (const name of [want].flat()) {
      const org = gold.organizations.find((o) => goldForms(o).has(normalizeName(name)));
      for (const f of org ? goldForms(org) : [normalizeName(name)]) accepted.add(f);
    }
    const person: PersonEntity = result.people[predicted]!;
    const got = predictedOrgForms(person.organization, result.organizations);
    return [{ label: `${gold.people[g]!.name} -> ${person.organization ?? 'null'}`, correct: [...got].some((f) => accepted.has(f)) }];
  });
  return toRatio(decisions);
}

/** Strip leading quote marks and fold like a name, for startsWith matching. */
function foldQuote(text: string): string {
  return normalizeName(text.replace(/^[\s"“”'‘’«»]+/u, ''));
}

/** Score quotes: each gold quote is looked up by its opening words and its speaker compared. */
function scoreQuotes(result: EntityResult, gold: Gold): RatioScore & { found: number } {
  const speakerForms = (speaker: string): Set<string> => {
    const key = normalizeName(speaker);
    const entity = [...gold.people, ...gold.organizations].find((e) => goldForms(e).has(key));
    return entity ? goldForms(entity) : new Set([key]);
  };
  let found = 0;
  const decisions = gold.quotes.map((want) => {
    const prefix = foldQuote(want.startsWith);
    const quote = result.quotes.find((q) => foldQuote(q.text).startsWith(prefix));
    if (!quote) return { label: `${want.speaker ?? 'null'}: "${want.startsWith}" (not found)`, correct: false };
    found += 1;
    const correct =
      want.speaker === null ? quote.speaker === null : quote.speaker !== null && speakerForms(want.speaker).has(normalizeName(quote.speaker));
    return { label: `${want.speaker ?? 'null'}: "${want.startsWith}" (got ${quote.speaker ?? 'null'})`, correct };
  });
  return { ...toRatio(decisions), found };
}

/** Every written form the result reports (names, aliases, acronyms, mention texts). */
export function collectForms(result: EntityResult): string[] {
  return [
    ...result.people.flatMap((p) => [p.name, ...p.aliases, ...p.mentions.map((m) => m.text)]),
    ...result.organizations.flatMap((o) => [o.name, ...o.aliases, ...(o.acronym ? [o.acronym] : []), ...o.mentions.map((m) => m.text)]),
    ...result.locations.flatMap((l) => [l.name, ...l.mentions.map((m) => m.text)]),
  ];
}

/** mustNot entries that some predicted form contains as a whole-word sequence. */
function findViolations(result: EntityResult, mustNot: readonly string[]): string[] {
  const forms = [...new Set(collectForms(result).map((f) => ` ${normalizeName(f)} `))];
  return mustNot.filter((bad) => {
    const needle = ` ${normalizeName(bad)} `;
    return needle.trim() !== '' && forms.some((f) => f.includes(needle));
  });
}

/** Score the sectors: must recall and codes outside must + optional. */
function scoreSectors(result: EntityResult, gold: Gold): SectorScore {
  const codes = new Set(result.sectors.map((s) => s.code));
  const allowed = new Set([...gold.sectors.must, ...gold.sectors.optional]);
  const missing = gold.sectors.must.filter((c) => !codes.has(c));
  const must = gold.sectors.must.length;
  return {
    must,
    mustFound: must - missing.length,
    mustRecall: must === 0 ? null : (must - missing.length) / must,
    missing,
    outside: [...codes].filter((c) => !allowed.has(c)),
  };
}

/** Score one EntityResult against one gold file. */
export function scoreArticle(result: EntityResult, gold: Gold): ArticleScore {
  const ignore = new Set((gold.ignore ?? []).map(normalizeName));
  const people = matchKind(
    result.people.map((p) => ({ name: p.name, others: p.aliases })),
    gold.people,
    ignore,
  );
  const organizations = matchKind(
    result.organizations.map((o) => ({ name: o.name, others: [...o.aliases, ...(o.acronym ? [o.acronym] : [])] })),
    gold.organizations,
    ignore,
  );
  const locations = matchKind(
    result.locations.map((l) => ({ name: l.name, others: [] })),
    gold.locations.map(toNamed),
    ignore,
  );
  const official = toRatio(
    people.pairs.flatMap(({ predicted, gold: g }) => {
      const want = gold.people[g]!.official;
      if (typeof want !== 'boolean') return [];
      return [{ label: `${gold.people[g]!.name} official=${String(want)}`, correct: result.people[predicted]!.official === want }];
    }),
  );
  const government = toRatio(
    organizations.pairs.flatMap(({ predicted, gold: g }) => {
      const want = gold.organizations[g]!.government;
      if (typeof want !== 'boolean') return [];
      return [{ label: `${gold.organizations[g]!.name} government=${String(want)}`, correct: result.organizations[predicted]!.government === want }];
    }),
  );
  return {
    people: people.score,
    organizations: organizations.score,
    locations: locations.score,
    official,
    government,
    personOrganization: scoreLinks(result, gold, people.pairs),
    sectors: scoreSectors(result, gold),
    quotes: scoreQuotes(result, gold),
    mustNotViolations: findViolations(result, gold.mustNot),
  };
}

/** Figures of a whole gold set. */
export interface GoldSetSummary {
  articles: number;
  /** Macro averages over articles where the value is defined. */
  people: { precision: number | null; recall: number | null };
  organizations: { precision: number | null; recall: number | null };
  locations: { precision: number | null; recall: number | null };
  /** Pooled accuracies over all matched entities / gold quotes. */
  official: number | null;
  government: number | null;
  personOrganization: number | null;
  quotes: number | null;
  /** Macro average over articles with must sectors. */
  sectorMustRecall: number | null;
  /** Sum of predicted sector codes outside must + optional. */
  sectorOutside: number;
  mustNotViolations: number;
}

/** Mean of the defined values, or null. */
function meanOf(values: readonly (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length === 0 ? null : defined.reduce((a, b) => a + b, 0) / defined.length;
}

/** Pooled accuracy of ratio scores, or null. */
function poolOf(ratios: readonly RatioScore[]): number | null {
  const total = ratios.reduce((a, r) => a + r.total, 0);
  return total === 0 ? null : ratios.reduce((a, r) => a + r.correct, 0) / total;
}

/** Summarize article scores: macro P/R per kind, pooled flag / link / quote accuracy, sector recall. */
export function summarizeScores(scores: readonly ArticleScore[]): GoldSetSummary {
  const pr = (kind: 'people' | 'organizations' | 'locations') => ({
    precision: meanOf(scores.map((s) => s[kind].precision)),
    recall: meanOf(scores.map((s) => s[kind].recall)),
  });
  return {
    articles: scores.length,
    people: pr('people'),
    organizations: pr('organizations'),
    locations: pr('locations'),
    official: poolOf(scores.map((s) => s.official)),
    government: poolOf(scores.map((s) => s.government)),
    personOrganization: poolOf(scores.map((s) => s.personOrganization)),
    quotes: poolOf(scores.map((s) => s.quotes)),
    sectorMustRecall: meanOf(scores.map((s) => s.sectors.mustRecall)),
    sectorOutside: scores.reduce((a, s) => a + s.sectors.outside.length, 0),
    mustNotViolations: scores.reduce((a, s) => a + s.mustNotViolations.length, 0),
  };
}
