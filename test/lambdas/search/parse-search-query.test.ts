import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../lambdas/search/search-articles.js';
import { QueryError } from '../../../lambdas/shared/errors.js';

describe('parseSearchQuery', () => {
  it('should keep valid fields, trim them, upper-case the sector and read the limit', () => {
    // Act
    const query = parseSearchQuery({ words: ' banjir ', org: 'Kemenperin', sector: 'umkm', source: 'kompas', since: '2021-11-01', until: '2021-11-30T23:59:00+08:00', limit: '5', person: '' });
    // Assess
    expect(query).toEqual({ words: 'banjir', org: 'Kemenperin', sector: 'UMKM', source: 'kompas', since: '2021-11-01', until: '2021-11-30T23:59:00+08:00', limit: 5 });
  });

  it('should accept q as the words parameter', () => {
    expect(parseSearchQuery({ q: 'batu bara' })).toEqual({ words: 'batu bara' });
  });

  it.each([
    [{ since: '2021-13-01' }, /since "2021-13-01" is not a date/],
    [{ until: '12/11/2021' }, /until "12\/11\/2021" is not a date/],
    [{ since: '2021-02-30' }, /not a date/],
    [{ since: '2021-11-12', until: '2021-11-01' }, /since \(2021-11-12\) is after until \(2021-11-01\)/],
    [{ since: '2021-11-12T10:00:00Z', until: '2021-11-12T09:00:00Z' }, /is after until/],
    [{ limit: '0' }, /limit "0" must be a whole number from 1 to 100/],
    [{ limit: '101' }, /from 1 to 100/],
    [{ limit: '2.5' }, /whole number/],
    [{ limit: 'ten' }, /whole number/],
    [{ sector: 'Z' }, /unknown sector "Z"/],
    [{ org: 'x'.repeat(201) }, /org is too long \(201 characters, at most 200\)/],
    [{ words: ' '.repeat(5000) }, /words is too long \(5000 characters/],
    [{ person: 'Budi\u0000Wahyudi' }, /person contains control or invalid characters/],
    [{ words: 'banjir\nDROP' }, /words contains control/],
    [{ org: 'KPK\ud800' }, /org contains control or invalid characters/],
    [{ source: '../../etc' }, /source "..\/..\/etc" is not a source id/],
    [{ sinse: '2021-11-01' }, /unknown parameter "sinse": use words, q, org/],
    [{ a: '1', b: '2', c: '3', d: '4' }, /unknown parameters "a", "b", "c": use/],
  ])('should reject %j', (input, message) => {
    expect(() => parseSearchQuery(input)).toThrow(QueryError);
    expect(() => parseSearchQuery(input)).toThrow(message);
  });

  it('should accept Indonesian text with emoji and SigV4 query parameters of a presigned call', () => {
    expect(parseSearchQuery({ words: 'Pemkot Balikpapan 👍', org: 'Dinas KUMKMP', 'X-Amz-Signature': 'abc' })).toEqual({ words: 'Pemkot Balikpapan 👍', org: 'Dinas KUMKMP' });
    expect(parseSearchQuery({ source: 'idntimes-kaltim' })).toEqual({ source: 'idntimes-kaltim' });
  });
});
