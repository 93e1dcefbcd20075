/**
 * @module test/eval/entities/reference-checks
 * The reference article's gold as a list of named pass/fail checks (issue 4, target 1): title, dateline, each
 * person (found, official, organization, titles, aliases), each organization (found, government, aliases), each
 * location, the sectors, each quote and each mustNot name.
 */
import type { EntityResult } from '../../../lambdas/shared/types.js';
import { collectForms, normalizeName } from './gold-scorer.js';
import type { Gold } from './gold-scorer.js';

/** One named check and whether it passed; `detail` says what was found when it did not. */
export interface Check {
  name: string;
  pass: boolean;
  detail?: string;
}

/** What `analysePlainText` returns. */
export interface PlainTextAnalysis {
  title: string | null;
  dateline: string | null;
  entities: EntityResult;
}

/** Run every check of a gold file against an analysis (names compared exactly, as the gold-article test does). */
export function checkAgainstGold(analysis: PlainTextAnalysis, gold: Gold): Check[] {
  const { entities } = analysis;
  const checks: Check[] = [];
  const add = (name: string, pass: boolean, detail?: string) => checks.push(pass ? { name, pass } : { name, pass, detail });
  add('title', analysis.title === gold.title, `got ${analysis.title}`);
  add('dateline', analysis.dateline === gold.dateline, `got ${analysis.dateline}`);
  for (const want of gold.people) {
    const got = entities.people.find((p) => p.name === want.name);
    add(`person ${want.name}: found`, got !== undefined, `people: ${entities.people.map((p) => p.name).join(', ')}`);
    if (!got) continue;
    if (typeof want.official === 'boolean') add(`person ${want.name}: official=${want.official}`, got.official === want.official);
    if (typeof want.organization === 'string') add(`person ${want.name}: organization`, got.organization === want.organization, `got ${got.organization}`);
    for (const title of want.titles ?? []) add(`person ${want.name}: title "${title}"`, got.titles.includes(title), `got ${JSON.stringify(got.titles)}`);
    for (const alias of want.aliases ?? []) add(`person ${want.name}: alias "${alias}"`, got.aliases.includes(alias), `got ${JSON.stringify(got.aliases)}`);
  }
  const wantPeople = new Set(gold.people.map((p) => p.name));
  const extra = entities.people.filter((p) => !wantPeople.has(p.name)).map((p) => p.name);
  add('people: no others', extra.length === 0, `extra: ${extra.join(', ')}`);
  for (const want of gold.organizations) {
    const got = entities.organizations.find((o) => o.name === want.name);
    add(`organization ${want.name}: found`, got !== undefined, `orgs: ${entities.organizations.map((o) => o.name).join(', ')}`);
    if (!got) continue;
    if (typeof want.government === 'boolean') add(`organization ${want.name}: government=${want.government}`, got.government === want.government);
    const forms = [...got.aliases, ...(got.acronym ? [got.acronym] : []), ...got.mentions.map((m) => m.text)];
    for (const alias of want.aliases ?? []) add(`organization ${want.name}: alias "${alias}"`, forms.includes(alias));
  }
  for (const location of gold.locations) {
    const name = typeof location === 'string' ? location : location.name;
    add(`location ${name}`, entities.locations.some((l) => l.name === name));
  }
  const codes = entities.sectors.map((s) => s.code);
  for (const code of gold.sectors.must) add(`sector ${code} (must)`, codes.includes(code), `got ${codes.join(', ')}`);
  const allowed = new Set([...gold.sectors.must, ...gold.sectors.optional]);
  const outside = codes.filter((c) => !allowed.has(c));
  add('sectors: none outside must + optional', outside.length === 0, `outside: ${outside.join(', ')}`);
  for (const want of gold.quotes) {
    const quote = entities.quotes.find((q) => q.text.startsWith(want.startsWith));
    add(`quote "${want.startsWith}" -> ${want.speaker}`, quote !== undefined && quote.speaker === want.speaker, quote ? `speaker ${quote.speaker}` : 'not found');
  }
  const forms = collectForms(entities).map((f) => ` ${normalizeName(f)} `);
  for (const bad of gold.mustNot) {
    const hits = forms.filter((f) => f.includes(` ${normalizeName(bad)} `));
    add(`mustNot "${bad}"`, hits.length === 0, `in ${[...new Set(hits.map((h) => h.trim()))].join(', ')}`);
  }
  return checks;
}
