/** @module store/table-io: small DynamoDB helpers (batch writes/gets with retry of unprocessed items, index pages). */
import { BatchGetCommand, BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';

/** The table a store works on and the client that reaches it. */
export interface TableContext {
  dynamo: DynamoDBDocumentClient;
  tableName: string;
}

export type Item = Record<string, unknown>;
export type ItemKey = { pk: string; sk: string };

const BATCH_WRITE_SIZE = 25;
const BATCH_GET_SIZE = 100;
const MAX_BATCH_ROUNDS = 8;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Split a list into chunks of `size`. */
function chunk<T>(values: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** Put and delete many items with BatchWriteItem, retrying unprocessed items with backoff. Not atomic. */
export async function writeBatch(ctx: TableContext, puts: Item[], deletes: ItemKey[] = []): Promise<void> {
  const requests = [
    ...puts.map((Item) => ({ PutRequest: { Item } })),
    ...deletes.map((Key) => ({ DeleteRequest: { Key } })),
  ];
  for (const part of chunk(requests, BATCH_WRITE_SIZE)) {
    let pending: typeof part | undefined = part;
    for (let round = 0; pending && pending.length > 0; round++) {
      if (round >= MAX_BATCH_ROUNDS) throw new Error(`BatchWriteItem left ${pending.length} items unprocessed`);
      if (round > 0) await sleep(50 * 2 ** round);
      const result = await ctx.dynamo.send(new BatchWriteCommand({ RequestItems: { [ctx.tableName]: pending } }));
      pending = result.UnprocessedItems?.[ctx.tableName] as typeof part | undefined;
    }
  }
}

/** Get many items by key with BatchGetItem (consistent reads), retrying unprocessed keys. Missing items are absent. */
export async function getBatch(ctx: TableContext, itemKeys: ItemKey[]): Promise<Item[]> {
  const unique = [...new Map(itemKeys.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
  const items: Item[] = [];
  for (const part of chunk(unique, BATCH_GET_SIZE)) {
    let pending: ItemKey[] | undefined = part;
    for (let round = 0; pending && pending.length > 0; round++) {
      if (round >= MAX_BATCH_ROUNDS) throw new Error(`BatchGetItem left ${pending.length} keys unprocessed`);
      if (round > 0) await sleep(50 * 2 ** round);
      const result = await ctx.dynamo.send(
        new BatchGetCommand({ RequestItems: { [ctx.tableName]: { Keys: pending, ConsistentRead: true } } }),
      );
      items.push(...((result.Responses?.[ctx.tableName] ?? []) as Item[]));
      pending = result.UnprocessedKeys?.[ctx.tableName]?.Keys as ItemKey[] | undefined;
    }
  }
  return items;
}

/** Run a Query to the end (all pages). Use only on bounded item collections (one article's items). */
export async function queryAll(ctx: TableContext, input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await ctx.dynamo.send(new QueryCommand({ ...input, TableName: ctx.tableName, ExclusiveStartKey: startKey }));
    items.push(...((result.Items ?? []) as Item[]));
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** One page of an index, newest first (descending sort key), optionally bounded to [lower, upper] on the sort key. */
export interface IndexPageRequest {
  indexName: string;
  partitionAttribute: string;
  sortAttribute: string;
  partitionValue: string;
  lower?: string;
  upper?: string;
  limit: number;
  startKey?: Record<string, unknown>;
}

/** Query one page of an index in descending sort-key order. */
export async function queryIndexPage(
  ctx: TableContext,
  request: IndexPageRequest,
): Promise<{ items: Item[]; nextKey?: Record<string, unknown> }> {
  const names: Record<string, string> = { '#p': request.partitionAttribute };
  const values: Record<string, unknown> = { ':p': request.partitionValue };
  let condition = '#p = :p';
  if (request.lower !== undefined || request.upper !== undefined) names['#s'] = request.sortAttribute;
  if (request.lower !== undefined && request.upper !== undefined) {
    Object.assign(values, { ':lo': request.lower, ':hi': request.upper });
    condition += ' AND #s BETWEEN :lo AND :hi';
  } else if (request.lower !== undefined) {
    values[':lo'] = request.lower;
    condition += ' AND #s >= :lo';
  } else if (request.upper !== undefined) {
    values[':hi'] = request.upper;
    condition += ' AND #s <= :hi';
  }
  const result = await ctx.dynamo.send(
    new QueryCommand({
      TableName: ctx.tableName,
      IndexName: request.indexName,
      KeyConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ScanIndexForward: false,
      Limit: request.limit,
      ExclusiveStartKey: request.startKey,
    }),
  );
  return { items: (result.Items ?? []) as Item[], nextKey: result.LastEvaluatedKey };
}

/** True when an error is DynamoDB's conditional-check failure. */
export function isConditionFailure(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException';
}
