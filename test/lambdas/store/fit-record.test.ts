import { describe, expect, it } from 'vitest';
import { fitRecordForItem } from '../../../lambdas/store/fit-record.js';
import { buildRecord } from './build-record.js';

describe('fitRecordForItem', () => {
  it('should return a record that fits untouched', () => {
    // Prepare
    const record = buildRecord();
    // Act
    const fitted = fitRecordForItem(record);
    // Assess
    expect(fitted).toBe(record);
  });

  it('should cut an oversized body, drop mentions past the cut and say so in the warnings', () => {
    // Prepare
    const paragraph = 'Balikpapan membangun industri. '.repeat(40);
    const body = Array.from({ length: 40 }, () => paragraph).join('\n\n');
    const record = buildRecord({ body });
    record.locations[0]!.mentions = [
      { start: 0, end: 10, text: 'Balikpapan' },
      { start: body.length - 10, end: body.length, text: body.slice(-10) },
    ];
    // Act
    const fitted = fitRecordForItem(record, 20_000);
    // Assess
    expect(Buffer.byteLength(JSON.stringify(fitted))).toBeLessThanOrEqual(20_000);
    expect(body.startsWith(fitted.body)).toBe(true);
    expect(fitted.body.length).toBeGreaterThan(10_000);
    expect(fitted.locations[0]!.mentions).toEqual([{ start: 0, end: 10, text: 'Balikpapan' }]);
    expect(fitted.extraction.warnings.at(-1)).toMatch(/^body truncated for storage at \d+ of \d+ characters$/);
  });
});
