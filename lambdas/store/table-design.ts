/**
 * @module store/table-design
 * The single-table key schema of Pantau, as data: the embedded store creates its table from it and the CDK stack
 * mirrors TABLE_KEYS / GSIS / TTL_ATTRIBUTE, so the two can never drift apart.
 *
 * Item layout (all keys are strings; see store/keys.ts for the builders):
 *
 * | item              | pk                        | sk                          | gsi1 (pk / sk)                 | gsi2 (pk / sk)          | gsi3 (pk / sk)                |
 * |-------------------|---------------------------|-----------------------------|--------------------------------|-------------------------|-------------------------------|
 * | article (current) | ARTICLE#<id>              | LATEST                      | SOURCE#<source> / <instant>#id | DAY#<date> / <instant>#id |                             |
 * | article version   | ARTICLE#<id>              | V#<000001>                  |                                |                         |                               |
 * | mention           | ARTICLE#<id>              | M#<000001>#<kind>#<key>     |                                |                         | MENTION#<kind>#<key> / <instant>#id |
 * | entity            | ENTITY#<kind>#<key>       | ENTITY                      | ENTITIES#<kind> / <key>        |                         |                               |
 * | entity alias      | ALIAS#<kind>#<folded>     | ENTITY#<key>                |                                |                         |                               |
 * | day with articles | DAYS                      | <yyyy-mm-dd>                |                                |                         |                               |
 * | seen URL (TTL)    | SEEN#<urlId>              | SEEN                        |                                |                         |                               |
 * | skip              | SKIP#<urlId>              | SKIP                        | SKIPS#<source> / <time>#<urlId> | SKIPS / <time>#<urlId> |                               |
 * | run record        | RUN#<runId>               | RUN                         | RUNS / <startedAt>#<runId>     |                         |                               |
 * | feed state        | FEED#<source>             | URL#<urlId>                 |                                |                         |                               |
 * | host gate (TTL)   | HOST#<host>               | GATE                        |                                |                         |                               |
 * | put-off copy (TTL)| DEFER#<urlId>             | DEFER#<episode>#<step>      |                                |                         |                               |
 *
 * gsi1 and gsi2 are overloaded (articles by source, entity directory by kind, skips by source, runs; articles by
 * day, all skips); gsi3 is the mention index and projects keys only (the reader checks every hit against the
 * article's current version anyway).
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;

export interface GsiDesign {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly projection: 'ALL' | 'KEYS_ONLY';
}

export const GSIS: readonly GsiDesign[] = [
  { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk', projection: 'ALL' },
  { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk', projection: 'ALL' },
  { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk', projection: 'KEYS_ONLY' },
] as const;

/** Epoch seconds; DynamoDB TTL deletes expired seen-URL markers (readers also check it, deletion is lazy). */
export const TTL_ATTRIBUTE = 'expiresAt';

/** CreateTable input for this design (used by the embedded store; CDK mirrors TABLE_KEYS/GSIS). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const keyNames = [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, ...GSIS.flatMap((gsi) => [gsi.partitionKey, gsi.sortKey])];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: GSIS.map((gsi) => ({
      IndexName: gsi.indexName,
      KeySchema: [
        { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
        { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: gsi.projection },
    })),
  };
}
