import { describe, expect, it } from 'vitest';
import { GSIS, TABLE_KEYS, TTL_ATTRIBUTE, createTableInput } from '../../../lambdas/store/table-design.js';

describe('createTableInput', () => {
  it('should declare on-demand billing, the pk/sk schema and every GSI with string keys', () => {
    // Act
    const input = createTableInput('t');
    // Assess
    expect(input.BillingMode).toBe('PAY_PER_REQUEST');
    expect(input.KeySchema).toEqual([
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ]);
    expect(input.GlobalSecondaryIndexes?.map((g) => [g.IndexName, g.KeySchema?.map((k) => k.AttributeName), g.Projection?.ProjectionType])).toEqual(
      GSIS.map((g) => [g.indexName, [g.partitionKey, g.sortKey], g.projection]),
    );
    expect(input.AttributeDefinitions?.every((a) => a.AttributeType === 'S')).toBe(true);
    expect(input.AttributeDefinitions).toHaveLength(2 + 2 * GSIS.length);
    expect(TTL_ATTRIBUTE).toBe('expiresAt');
  });
});
