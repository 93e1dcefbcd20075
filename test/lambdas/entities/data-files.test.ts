import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DATA = fileURLToPath(new URL('../../../lambdas/entities/data/', import.meta.url));
// ner-model.json is the tagger's weights (an object, written by scripts/train-ner.ts); checked on its own below.
const files = readdirSync(DATA).filter((f) => f.endsWith('.json') && f !== 'ner-model.json');

describe('entities data files', () => {
  it.each(files)('should keep %s as a JSON array with one entry per line', (file) => {
    const text = readFileSync(DATA + file, 'utf8');
    const entries = JSON.parse(text) as unknown[];
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('[');
    expect(lines.at(-1)).toBe(']');
    expect(lines.length - 2).toBe(entries.length);
  });

  it.each(files.filter((f) => f !== 'sectors.json'))('should keep %s sorted', (file) => {
    const lines = readFileSync(DATA + file, 'utf8').trim().split('\n').slice(1, -1);
    const keys = lines.map((line) => {
      const entry = JSON.parse(line.replace(/,$/, '')) as unknown;
      if (typeof entry === 'string') return entry;
      const record = entry as Record<string, string>;
      if (file === 'regions.json') return record.code!;
      return record.alias ?? record.abbr ?? record.title ?? record.name ?? line;
    });
    const sorted = [...keys].sort((a, b) => (file === 'regions.json' ? a.localeCompare(b) : a < b ? -1 : a > b ? 1 : 0));
    expect(keys).toEqual(sorted);
  });

  it('should keep ner-model.json small, one feature per line, features sorted', () => {
    const text = readFileSync(`${DATA}ner-model.json`, 'utf8');
    const model = JSON.parse(text) as { tags: string[]; transitions: number[][]; classes: Record<string, string[]>; weights: Record<string, string> };
    expect(model.tags).toEqual(['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC']);
    expect(model.transitions).toHaveLength(model.tags.length + 1);
    const features = Object.keys(model.weights);
    expect(features).toEqual([...features].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(text.split('\n').length).toBeGreaterThan(features.length);
    expect(text.length).toBeLessThan(2 * 1024 * 1024);
  });

  it('should store with the model the word classes it was trained with: lower-cased words, sorted, once each', () => {
    const { classes } = JSON.parse(readFileSync(`${DATA}ner-model.json`, 'utf8')) as { classes: Record<string, string[]> };
    expect(Object.keys(classes).length).toBeGreaterThan(10);
    for (const [letter, words] of Object.entries(classes)) {
      expect(letter).toMatch(/^[A-Z]$/);
      expect(words.length, letter).toBeGreaterThan(0);
      expect(words, letter).toEqual([...new Set(words)].sort());
      expect(words.filter((w) => w !== w.toLowerCase()), letter).toEqual([]);
    }
  });

  it('should hold every province, regency and city with a Kemendagri code', () => {
    const regions = JSON.parse(readFileSync(`${DATA}regions.json`, 'utf8')) as { code: string; kind: string; name: string }[];
    expect(regions.filter((r) => r.kind === 'province')).toHaveLength(38);
    expect(regions.length).toBeGreaterThan(540);
    expect(regions).toContainEqual({ code: '64.71', kind: 'city', name: 'Balikpapan', province: '64' });
  });
});
