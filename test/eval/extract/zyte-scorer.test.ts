import { describe, expect, it } from 'vitest';
import { countShingles, readBodies, scoreCorpus, scorePage, scorePages, tokenize } from './zyte-scorer.js';
import { PUBLISHED_SYSTEMS, findZyteDir, loadGold, loadPublished } from './zyte-pages.js';

describe('zyte scorer', () => {
  it('should tokenise on Unicode word-character runs', () => {
    // Act + Assert
    expect(tokenize("It's 4:30, café_bar — Привет!")).toEqual(['It', 's', '4', '30', 'café_bar', 'Привет']);
    expect(tokenize('')).toEqual([]);
  });

  it('should count 4-gram shingles as a multiset and give a short text one shingle', () => {
    // Act
    const repeated = countShingles('a b c d a b c d');
    const short = countShingles('just two');
    // Assert
    expect(repeated.get('a b c d')).toBe(2);
    expect(repeated.size).toBe(4);
    expect([...short]).toEqual([['just two', 1]]);
    expect(countShingles('  ').size).toBe(0);
  });

  it('should score a perfect page 1/0/0', () => {
    // Act + Assert
    expect(scorePage('one two three four five', 'one, two; three four five')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('should normalise tp/fp/fn to sum 1 for partial overlap', () => {
    // Arrange: gold has 3 shingles (a b c d, b c d e, c d e f); prediction 2 (a b c d, b c d x)
    // Act
    const counts = scorePage('a b c d e f', 'a b c d x');
    // Assert: tp 1, fp 1, fn 2 -> /4
    expect(counts.tp).toBeCloseTo(0.25);
    expect(counts.fp).toBeCloseTo(0.25);
    expect(counts.fn).toBeCloseTo(0.5);
  });

  it('should leave an empty prediction out of precision but count its recall as 0', () => {
    // Arrange
    const gold = { a: 'w x y z', b: 'p q r s' };
    const predicted = { a: 'w x y z', b: '' };
    // Act
    const pages = scorePages(gold, predicted);
    const corpus = scoreCorpus(gold, predicted);
    // Assert
    expect(Number.isNaN(pages[1].precision)).toBe(true);
    expect(corpus.precision).toBe(1);
    expect(corpus.recall).toBe(0.5);
    expect(corpus.f1).toBeCloseTo(2 / 3);
  });

  it('should read plain and {version, output} wrapped prediction files', () => {
    // Act + Assert
    expect(readBodies({ x: { articleBody: 'a', url: 'u' } })).toEqual({ x: 'a' });
    expect(readBodies({ version: '1', output: { x: { articleBody: 'b' } } })).toEqual({ x: 'b' });
  });

  const dir = findZyteDir();
  const itWithBench = dir ? it : it.skip;
  if (!dir) console.warn('zyte-scorer.test: ../shared/bench/zyte not found (set PANTAU_SHARED); published-figure check skipped');
  itWithBench('should reproduce the published F1 of readability_js, trafilatura, rs_trafilatura and AutoExtract', () => {
    // Arrange
    const gold = loadGold(dir!);
    for (const [system, published] of Object.entries(PUBLISHED_SYSTEMS)) {
      // Act
      const { f1 } = scoreCorpus(gold, loadPublished(dir!, system));
      // Assert
      expect(f1.toFixed(3), system).toBe(published.toFixed(3));
    }
  });
});
