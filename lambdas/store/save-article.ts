/**
 * @module store/save-article
 * Idempotent, transaction-free save of one article record. The steps, in the order that keeps every crash harmless:
 *
 * 1. read the LATEST pointer; same content hash -> 'unchanged' (finish a cleanup a crash left pending, else write nothing)
 * 2. claim a version item V#n (conditional put; a crashed attempt with the same content is resumed, not duplicated)
 * 3. write the mention items M#n#<kind>#<key> of that version, upsert the entity directory, mark the day
 * 4. flip LATEST to n with a condition on the version it replaced (the commit point: before it nothing is visible)
 * 5. delete mention items and abandoned version items older than n, then clear the pending-cleanup flag
 *
 * Readers trust only LATEST and mention items whose version equals LATEST's, so a crash between any two steps leaves
 * old content visible (or nothing, for a new article) and the next save completes the work.
 * A re-fetch whose record is unchanged keeps the first rawKey (the newer raw page stays in S3, unreferenced).
 */
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ArticleRecord } from '../shared/types.js';
import { fitRecordForItem } from './fit-record.js';
import { collectEntityRefs, foldName, hashUrl, keys, localDateOf, sortInstantOf } from './keys.js';
import type { EntityRef } from './keys.js';
import { hashRecordContent } from './record-hash.js';
import { getBatch, isConditionFailure, queryAll, writeBatch } from './table-io.js';
import type { Item, TableContext } from './table-io.js';

export type SaveOutcome = 'created' | 'updated' | 'unchanged';

/** The LATEST pointer / version item attributes the save logic reads back. */
export interface VersionItem extends Item {
  pk: string;
  sk: string;
  articleId: string;
  version: number;
  previousVersion: number;
  recordHash: string;
  rawKey: string;
  rawHash: string;
  savedAt: string;
  record: ArticleRecord;
  cleanupPending?: boolean;
}

const MAX_SAVE_ATTEMPTS = 5;

/** Stable id of an article: sha256 hex of its canonical URL, first 32 characters. */
export function articleIdFor(canonicalUrl: string): string {
  return hashUrl(canonicalUrl);
}

/** The URL an article is identified by: canonical URL, else the fetched URL. */
export function identifyingUrlOf(record: ArticleRecord): string {
  const url = record.canonicalUrl ?? record.url;
  if (!url) throw new Error('cannot store an article without canonicalUrl or url');
  return url;
}

/** Read the LATEST pointer of an article (strongly consistent). */
export async function readLatest(ctx: TableContext, articleId: string): Promise<VersionItem | null> {
  const result = await ctx.dynamo.send(
    new GetCommand({ TableName: ctx.tableName, Key: { pk: keys.article(articleId), sk: keys.latest }, ConsistentRead: true }),
  );
  return (result.Item as VersionItem | undefined) ?? null;
}

/** Everything one save writes, computed once from the record. */
export interface SavePlan {
  articleId: string;
  record: ArticleRecord;
  recordHash: string;
  raw: { key: string; contentHash: string };
  sortInstant: string;
  localDate: string;
  entities: EntityRef[];
  now: string;
}

/** Compute the save plan of a record (ids, hash, sort instant, day, entities; record fitted to the item limit). */
export function planSave(record: ArticleRecord, raw: { key: string; contentHash: string }, now = new Date().toISOString()): SavePlan {
  const articleId = articleIdFor(identifyingUrlOf(record));
  return {
    articleId,
    record: fitRecordForItem(record),
    recordHash: hashRecordContent(record),
    raw,
    sortInstant: sortInstantOf(record, now),
    localDate: localDateOf(record, now),
    entities: collectEntityRefs(record),
    now,
  };
}

/**
 * Step 2: claim the version number this save writes, by a conditional put of its version item. Resumes an
 * uncommitted version item with the same content (a crashed earlier attempt). Returns null when another writer took
 * the number first (the caller re-reads and tries again).
 */
export async function claimVersion(ctx: TableContext, plan: SavePlan, latest: VersionItem | null): Promise<number | null> {
  const committed = latest?.version ?? 0;
  const top = await ctx.dynamo.send(
    new QueryCommand({
      TableName: ctx.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
      ExpressionAttributeValues: { ':pk': keys.article(plan.articleId), ':v': keys.versionPrefix },
      ProjectionExpression: 'version, recordHash',
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
  const highest = top.Items?.[0] as { version: number; recordHash: string } | undefined;
  if (highest && highest.version > committed && highest.recordHash === plan.recordHash) return highest.version;
  const version = Math.max(highest?.version ?? 0, committed) + 1;
  const item: VersionItem = {
    pk: keys.article(plan.articleId),
    sk: keys.version(version),
    type: 'version',
    articleId: plan.articleId,
    version,
    previousVersion: committed,
    recordHash: plan.recordHash,
    rawKey: plan.raw.key,
    rawHash: plan.raw.contentHash,
    savedAt: plan.now,
    record: plan.record,
  };
  try {
    await ctx.dynamo.send(new PutCommand({ TableName: ctx.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    return version;
  } catch (error) {
    if (isConditionFailure(error)) return null;
    throw error;
  }
}

/** Step 3a: write the mention items of `version` (one per entity, indexed by entity, sorted by the article's instant). */
export async function writeMentions(ctx: TableContext, plan: SavePlan, version: number): Promise<void> {
  const items = plan.entities.map((ref) => ({
    pk: keys.article(plan.articleId),
    sk: keys.mention(version, ref.kind, ref.key),
    type: 'mention',
    articleId: plan.articleId,
    version,
    kind: ref.kind,
    key: ref.key,
    gsi3pk: keys.mentionIndex(ref.kind, ref.key),
    gsi3sk: `${plan.sortInstant}#${plan.articleId}`,
  }));
  await writeBatch(ctx, items);
}

/** Step 3b: merge the record's entities into the directory (canonical item + one alias item per folded name). */
export async function upsertEntities(ctx: TableContext, entities: EntityRef[]): Promise<void> {
  await Promise.all(entities.map((ref) =>
    ctx.dynamo.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: { pk: keys.entity(ref.kind, ref.key), sk: keys.entitySk },
        UpdateExpression:
          'SET #type = :type, #kind = :kind, #key = :key, #name = if_not_exists(#name, :name), gsi1pk = :g1pk, gsi1sk = :g1sk ADD aliases :aliases',
        ExpressionAttributeNames: { '#type': 'type', '#kind': 'kind', '#key': 'key', '#name': 'name' },
        ExpressionAttributeValues: {
          ':type': 'entity',
          ':kind': ref.kind,
          ':key': ref.key,
          ':name': ref.name,
          ':g1pk': keys.entityDirectory(ref.kind),
          ':g1sk': ref.key,
          ':aliases': new Set(ref.aliases.length > 0 ? ref.aliases : [ref.key]),
        },
      }),
    ),
  ));
  const aliasItems = new Map<string, Item>();
  for (const ref of entities) {
    for (const alias of [ref.name, ref.key, ...ref.aliases]) {
      const folded = foldName(alias).slice(0, 200);
      if (!folded) continue;
      const item = { pk: keys.alias(ref.kind, folded), sk: keys.aliasSk(ref.key), type: 'alias', kind: ref.kind, key: ref.key };
      aliasItems.set(`${item.pk}|${item.sk}`, item);
    }
  }
  await writeBatch(ctx, [...aliasItems.values()]);
}

/** Step 3c: note that `date` has articles, so a search by day walks only days that hold something. */
export async function markDay(ctx: TableContext, date: string): Promise<void> {
  await ctx.dynamo.send(new PutCommand({ TableName: ctx.tableName, Item: { pk: keys.days, sk: date, type: 'day' } }));
}

/**
 * Step 4, the commit point: point LATEST at `version` if it still points at `expectedVersion` (null: no LATEST yet).
 * Returns false when another save moved it first.
 */
export async function flipLatest(ctx: TableContext, plan: SavePlan, version: number, expectedVersion: number | null): Promise<boolean> {
  const source = plan.record.source;
  const item: VersionItem = {
    pk: keys.article(plan.articleId),
    sk: keys.latest,
    type: 'article',
    articleId: plan.articleId,
    version,
    previousVersion: expectedVersion ?? 0,
    recordHash: plan.recordHash,
    rawKey: plan.raw.key,
    rawHash: plan.raw.contentHash,
    savedAt: plan.now,
    record: plan.record,
    sortInstant: plan.sortInstant,
    localDate: plan.localDate,
    ...(source ? { gsi1pk: keys.source(source), gsi1sk: `${plan.sortInstant}#${plan.articleId}` } : {}),
    gsi2pk: keys.day(plan.localDate),
    gsi2sk: `${plan.sortInstant}#${plan.articleId}`,
    cleanupPending: true,
  };
  try {
    await ctx.dynamo.send(
      new PutCommand({
        TableName: ctx.tableName,
        Item: item,
        ...(expectedVersion === null
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion } }),
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Step 5: delete mention items older than `version` and version items older than it that never became current
 * (abandoned attempts), then clear LATEST's pending-cleanup flag. Newer items belong to a save in flight: untouched.
 */
export async function cleanupStale(ctx: TableContext, articleId: string, version: number): Promise<void> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.article(articleId) },
    ProjectionExpression: 'pk, sk, #type, version, previousVersion',
    ExpressionAttributeNames: { '#type': 'type' },
    ConsistentRead: true,
  });
  const versions = new Map<number, { previousVersion: number }>();
  for (const item of items) if (item.type === 'version') versions.set(item.version as number, { previousVersion: item.previousVersion as number });
  const committed = new Set<number>();
  for (let v: number | undefined = version; v && versions.has(v) && !committed.has(v); v = versions.get(v)?.previousVersion) committed.add(v);
  const stale = items.filter((item) => {
    const v = item.version as number;
    if (v >= version) return false;
    if (item.type === 'mention') return true;
    return item.type === 'version' && !committed.has(v);
  });
  await writeBatch(ctx, [], stale.map((item) => ({ pk: item.pk as string, sk: item.sk as string })));
  try {
    await ctx.dynamo.send(
      new UpdateCommand({
        TableName: ctx.tableName,
        Key: { pk: keys.article(articleId), sk: keys.latest },
        UpdateExpression: 'REMOVE cleanupPending',
        ConditionExpression: 'version = :version',
        ExpressionAttributeValues: { ':version': version },
      }),
    );
  } catch (error) {
    // A newer save took over; its own cleanup covers what is left.
    if (!isConditionFailure(error)) throw error;
  }
}

/** Save one article record idempotently (see the module comment for the step order). */
export async function saveArticleRecord(
  ctx: TableContext,
  record: ArticleRecord,
  raw: { key: string; contentHash: string },
): Promise<{ articleId: string; version: number; outcome: SaveOutcome }> {
  const plan = planSave(record, raw);
  for (let attempt = 0; attempt < MAX_SAVE_ATTEMPTS; attempt++) {
    const latest = await readLatest(ctx, plan.articleId);
    if (latest && latest.recordHash === plan.recordHash) {
      if (latest.cleanupPending) await cleanupStale(ctx, plan.articleId, latest.version);
      return { articleId: plan.articleId, version: latest.version, outcome: 'unchanged' };
    }
    const version = await claimVersion(ctx, plan, latest);
    if (version === null) continue;
    await writeMentions(ctx, plan, version);
    await upsertEntities(ctx, plan.entities);
    await markDay(ctx, plan.localDate);
    if (!(await flipLatest(ctx, plan, version, latest?.version ?? null))) continue;
    await cleanupStale(ctx, plan.articleId, version);
    return { articleId: plan.articleId, version, outcome: latest ? 'updated' : 'created' };
  }
  throw new Error(`article ${plan.articleId}: gave up after ${MAX_SAVE_ATTEMPTS} concurrent save conflicts`);
}

/** Read the LATEST items of many articles at once (for index hits that carry only ids). */
export async function readLatestMany(ctx: TableContext, articleIds: string[]): Promise<Map<string, VersionItem>> {
  const items = await getBatch(ctx, articleIds.map((id) => ({ pk: keys.article(id), sk: keys.latest })));
  return new Map(items.map((item) => [item.articleId as string, item as VersionItem]));
}
