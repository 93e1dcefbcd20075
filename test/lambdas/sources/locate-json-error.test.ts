import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../../../lambdas/sources/locate-json-error.js';

describe('locateJsonError', () => {
  it('should return null for valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, null, "x\\n\\u00e9"], "b": {}}')).toBeNull();
    expect(locateJsonError(' [] ')).toBeNull();
  });

  it('should point at the first error', () => {
    expect(locateJsonError('{"a": 1,\n "b" }')).toEqual({ offset: 14, line: 2, column: 6 });
    expect(locateJsonError('[1, 2,]')).toEqual({ offset: 6, line: 1, column: 7 });
    expect(locateJsonError("{'a': 1}")).toEqual({ offset: 1, line: 1, column: 2 });
    expect(locateJsonError('[1] x')).toEqual({ offset: 4, line: 1, column: 5 });
    expect(locateJsonError('')).toEqual({ offset: 0, line: 1, column: 1 });
    expect(locateJsonError('["open')).toEqual({ offset: 6, line: 1, column: 7 });
  });
});
