import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPantau } from './run-extractors.js';
import { findZyteDir, loadZytePages } from './zyte-pages.js';
import { scorePages, summarise } from './zyte-scorer.js';

/** Floor pinned in baseline.json. */
interface Baseline {
  pages: number;
  f1: number;
}

const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Baseline;
const dir = findZyteDir();
if (!dir) console.warn('zyte-gate.test: ../shared/bench/zyte not found (set PANTAU_SHARED); extraction gate skipped');

describe.skipIf(!dir)('zyte extraction gate', () => {
  it(`should keep Pantau's body F1 at or above the floor ${baseline.f1}`, () => {
    // Arrange
    const pages = loadZytePages(dir!);
    const gold = Object.fromEntries(pages.map((p) => [p.id, p.gold]));
    // Act
    const predicted = Object.fromEntries(pages.map((p) => [p.id, runPantau(p.html, p.url)]));
    const score = summarise(scorePages(gold, predicted));
    // Assert
    expect(pages).toHaveLength(baseline.pages);
    expect(score.f1).toBeGreaterThanOrEqual(baseline.f1);
  });
});
