/**
 * Regression gate of the entities stage on the hand-made gold set: fails when a figure falls below the floors
 * pinned in baseline.json (or above a max). Reads repo files only, so it never skips.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analysePlainText, extractEntities } from '../../../lambdas/entities/index.js';
import { loadGoldSet, loadReferenceArticle } from './gold-set.js';
import { normalizeName, scoreArticle, summarizeScores } from './gold-scorer.js';
import type { GoldSetSummary } from './gold-scorer.js';
import { checkAgainstGold } from './reference-checks.js';

interface Baseline {
  min: Record<string, number>;
  max: Record<string, number>;
}

const baseline = JSON.parse(readFileSync(fileURLToPath(new URL('./baseline.json', import.meta.url)), 'utf8')) as Baseline;
const goldSet = loadGoldSet();

/** Read a dotted figure ("people.precision") from the summary; null counts as 0. */
function figureOf(summary: GoldSetSummary & { referenceChecksPassed: number }, key: string): number {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], summary);
  return typeof value === 'number' ? value : 0;
}

describe('entities gold set: well-formed gold files', () => {
  it('should hold at least 15 gold articles besides the reference one', () => {
    expect(goldSet.length).toBeGreaterThanOrEqual(15);
  });

  // The held-out stories' gold files are held to the same rules.
  const allGold = [...goldSet, ...loadGoldSet('heldout')];
  it.each(allGold.map((a) => [a.id, a] as const))('should keep %s consistent with its page text', (_id, { gold, text }) => {
    // Prepare
    const flat = normalizeName(text);
    const orgForms = new Set(gold.organizations.flatMap((o) => [o.name, ...(o.aliases ?? [])]).map(normalizeName));
    const speakerForms = new Set([...gold.people.flatMap((p) => [p.name, ...(p.aliases ?? [])]), ...orgForms].map(normalizeName));
    // Assess: quotes occur in the text, links and speakers point at gold entities, sectors are known codes
    for (const q of gold.quotes) expect(flat, q.startsWith).toContain(normalizeName(q.startsWith));
    for (const p of gold.people) for (const org of [p.organization ?? []].flat()) expect(orgForms, `${p.name} -> ${org}`).toContain(normalizeName(org));
    for (const q of gold.quotes) if (q.speaker) expect(speakerForms, q.speaker).toContain(normalizeName(q.speaker));
    const codes = /^([A-U]|UMKM|PARIWISATA)$/;
    for (const code of [...gold.sectors.must, ...gold.sectors.optional]) expect(code).toMatch(codes);
    for (const bad of gold.mustNot) expect(flat, bad).toContain(normalizeName(bad));
  });
});

describe('entities gold set: regression gate against baseline.json', () => {
  // Prepare / Act: score the reference article and every gold article once.
  const { raw, gold } = loadReferenceArticle();
  const referenceChecksPassed = checkAgainstGold(analysePlainText(raw), gold).filter((c) => c.pass).length;
  const scores = goldSet.map((a) => scoreArticle(extractEntities(a.text, { title: a.gold.title, dateline: a.gold.dateline }), a.gold));
  const summary = { ...summarizeScores(scores), referenceChecksPassed };

  it.each(Object.entries(baseline.min))('should keep %s at or above its floor %s', (key, floor) => {
    expect(figureOf(summary, key)).toBeGreaterThanOrEqual(floor);
  });

  it.each(Object.entries(baseline.max))('should keep %s at or below its ceiling %s', (key, ceiling) => {
    expect(figureOf(summary, key)).toBeLessThanOrEqual(ceiling);
  });
});
