import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analysePlainText } from '../../../lambdas/entities/index.js';
import type { EntityResult } from '../../../lambdas/shared/types.js';

interface Gold {
  title: string;
  dateline: string;
  people: { name: string; aliases: string[]; titles: string[]; organization: string; official: boolean }[];
  organizations: { name: string; aliases: string[]; government: boolean }[];
  locations: string[];
  sectors: { must: string[]; optional: string[] };
  quotes: { speaker: string; startsWith: string }[];
  mustNot: string[];
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/text/', import.meta.url));
const raw = readFileSync(`${FIXTURES}idntimes-balikpapan-daya-saing.txt`, 'utf8');
const gold = JSON.parse(readFileSync(`${FIXTURES}idntimes-balikpapan-daya-saing.gold.json`, 'utf8')) as Gold;

/** Every name and written form the result reports, for the mustNot check. */
function everyForm(result: EntityResult): string[] {
  return [
    ...result.people.flatMap((p) => [p.name, ...p.aliases, ...p.mentions.map((m) => m.text)]),
    ...result.organizations.flatMap((o) => [o.name, ...o.aliases, ...o.mentions.map((m) => m.text)]),
    ...result.locations.flatMap((l) => [l.name, ...l.mentions.map((m) => m.text)]),
  ];
}

describe('analysePlainText on the reference IDN Times article (scored against its gold file)', () => {
  // Prepare / Act: one analysis shared by the assertions below.
  const result = analysePlainText(raw);
  const { entities } = result;

  it('should read the title and the dateline', () => {
    expect(result.title).toBe(gold.title);
    expect(result.dateline).toBe(gold.dateline);
  });

  it.each(gold.people.map((p) => [p.name, p] as const))('should find the official %s with title and organization', (name, want) => {
    const person = entities.people.find((p) => p.name === name);
    expect(person).toBeDefined();
    expect(person!.official).toBe(want.official);
    expect(person!.organization).toBe(want.organization);
    for (const title of want.titles) expect(person!.titles).toContain(title);
    for (const alias of want.aliases) expect(person!.aliases).toContain(alias);
  });

  it('should find no other people than the gold ones', () => {
    expect(entities.people.map((p) => p.name).sort()).toEqual(gold.people.map((p) => p.name).sort());
  });

  it.each(gold.organizations.map((o) => [o.name, o] as const))('should find the organization %s', (name, want) => {
    const org = entities.organizations.find((o) => o.name === name);
    expect(org).toBeDefined();
    expect(org!.government).toBe(want.government);
    const forms = [...org!.aliases, ...(org!.acronym ? [org!.acronym] : []), ...org!.mentions.map((m) => m.text)];
    for (const alias of want.aliases) expect(forms).toContain(alias);
  });

  it('should give the Dinas its bound acronym and the ministry its official acronym', () => {
    const dinas = entities.organizations.find((o) => o.name === 'Dinas Koperasi UMKM dan Perindustrian Balikpapan');
    expect(dinas?.acronym).toBe('KUMKMP');
    expect(entities.organizations.find((o) => o.name === 'Kementerian Perindustrian')?.acronym).toBe('Kemenperin');
  });

  it('should find the gold locations with Kemendagri codes for the regions', () => {
    for (const name of gold.locations) expect(entities.locations.map((l) => l.name)).toContain(name);
    expect(entities.locations.find((l) => l.name === 'Balikpapan')).toMatchObject({ kind: 'city', code: '64.71' });
    expect(entities.locations.find((l) => l.name === 'Kalimantan Timur')).toMatchObject({ kind: 'province', code: '64' });
  });

  it('should report the must sectors and nothing outside must + optional', () => {
    const codes = entities.sectors.map((s) => s.code);
    for (const code of gold.sectors.must) expect(codes).toContain(code);
    const allowed = new Set([...gold.sectors.must, ...gold.sectors.optional]);
    expect(codes.filter((c) => !allowed.has(c))).toEqual([]);
  });

  it('should attribute every gold quote to its speaker', () => {
    for (const want of gold.quotes) {
      const quote = entities.quotes.find((q) => q.text.startsWith(want.startsWith));
      expect(quote, want.startsWith).toBeDefined();
      expect(quote!.speaker, want.startsWith).toBe(want.speaker);
    }
  });

  it('should report none of the mustNot names (they sit in page-noise lines)', () => {
    const forms = everyForm(entities);
    for (const bad of gold.mustNot) expect(forms.filter((f) => f.includes(bad)), bad).toEqual([]);
  });

  it('should give offsets into the original text for every mention and quote', () => {
    const mentions = [
      ...entities.people,
      ...entities.organizations,
      ...entities.locations,
      ...entities.sectors,
    ].flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThan(20);
    for (const m of mentions) expect(raw.slice(m.start, m.end)).toBe(m.text);
    for (const q of entities.quotes) expect(raw.slice(q.start, q.end)).toBe(q.text);
  });
});
