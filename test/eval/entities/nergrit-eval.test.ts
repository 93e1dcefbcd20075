import { describe, expect, it } from 'vitest';
import {
  evaluateNergrit,
  flattenSpans,
  locateNergrit,
  parseNergrit,
  readBioSpans,
  scoreSpans,
  snapToTokens,
  tokenOffsets,
} from './nergrit-eval.js';

describe('readBioSpans', () => {
  it('should read B/I runs and open a span on an I- after O, conlleval style', () => {
    // Prepare / Act
    const spans = readBioSpans(['B-PERSON', 'I-PERSON', 'O', 'I-PLACE', 'B-PLACE', 'I-ORGANISATION']);
    // Assess
    expect(spans).toEqual([
      { start: 0, end: 2, type: 'PERSON' },
      { start: 3, end: 4, type: 'PLACE' },
      { start: 4, end: 5, type: 'PLACE' },
      { start: 5, end: 6, type: 'ORGANISATION' },
    ]);
  });
});

describe('snapToTokens and flattenSpans', () => {
  it('should snap character ranges to the tokens they touch and keep the longest of overlapping spans', () => {
    // Prepare
    const offsets = tokenOffsets(['Dinas', 'Pendidikan', 'Balikpapan', '.']);
    // Act
    const partial = snapToTokens(offsets, 7, 12);
    const flat = flattenSpans([
      { start: 2, end: 3, type: 'PLACE' },
      { start: 0, end: 3, type: 'ORGANISATION' },
    ]);
    // Assess
    expect(partial).toEqual({ start: 1, end: 2 });
    expect(snapToTokens(offsets, 40, 45)).toBeNull();
    expect(flat).toEqual([{ start: 0, end: 3, type: 'ORGANISATION' }]);
  });
});

describe('scoreSpans', () => {
  it('should count exact matches only, per type and overall', () => {
    // Prepare
    const gold = [[{ start: 0, end: 2, type: 'PERSON' as const }, { start: 3, end: 4, type: 'PLACE' as const }]];
    const predicted = [[{ start: 0, end: 1, type: 'PERSON' as const }, { start: 3, end: 4, type: 'PLACE' as const }]];
    // Act
    const report = scoreSpans(gold, predicted);
    // Assess
    expect(report.PLACE).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(report.PERSON).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(report.overall).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(report.ORGANISATION.f1).toBe(0);
  });

  it('should parse sentences separated by blank lines', () => {
    // Prepare / Act
    const sentences = parseNergrit('Joko\tB-PERSON\nWidodo\tI-PERSON\n\ndi\tO\nSolo\tB-PLACE\n');
    // Assess
    expect(sentences).toEqual([
      { tokens: ['Joko', 'Widodo'], tags: ['B-PERSON', 'I-PERSON'] },
      { tokens: ['di', 'Solo'], tags: ['O', 'B-PLACE'] },
    ]);
  });
});

const dir = locateNergrit();
describe.skipIf(!dir)('evaluateNergrit on the NERGrit valid split (skipped when ../shared/ner/nergrit is absent)', () => {
  it('should score every type and stay above a floor well under the current figures', () => {
    // Act
    const report = evaluateNergrit(`${dir}/valid_preprocess.txt`);
    // Assess
    expect(report.PERSON.tp + report.PERSON.fn).toBe(213);
    expect(report.PERSON.f1).toBeGreaterThan(0.72);
    expect(report.PLACE.f1).toBeGreaterThan(0.72);
  });
});
if (!dir) process.stderr.write('nergrit-eval.test: NERGrit not found beside the clone; the data test is skipped\n');
