/**
 * @module store/article-store
 * The article store: raw pages in S3, records, versions, mentions, the entity directory, seen URLs, skips and run
 * records in one DynamoDB table (layout in table-design.ts). Works the same against AWS and the embedded stores.
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ArticleRecord } from '../shared/types.js';
import { createClients } from './clients.js';
import type { StoreConfig } from './clients.js';
import { entityKeyFor, foldName, hashUrl, keys } from './keys.js';
import type { EntityKind } from './keys.js';
import { getRawPage, putRawPage } from './raw-pages.js';
import type { RawPageInput } from './raw-pages.js';
import { readLatest, readLatestMany, saveArticleRecord } from './save-article.js';
import type { SaveOutcome, VersionItem } from './save-article.js';
import { getBatch, isConditionFailure, queryAll, queryIndexPage } from './table-io.js';
import type { Item, TableContext } from './table-io.js';
import { TTL_ATTRIBUTE } from './table-design.js';
import { clearFeedStates, getFeedState, putFeedState } from './feed-state.js';
import type { FeedState } from './feed-state.js';
import { TableHostGate } from './host-gate.js';
import type { TableHostGateOptions } from './host-gate.js';

export { articleIdFor } from './save-article.js';
export type { EntityKind } from './keys.js';
export type { StoreConfig } from './clients.js';
export type { FeedState } from './feed-state.js';
export { TableHostGate } from './host-gate.js';

/** What one scheduled (or local) run did, per source. */
export interface RunRecord {
  runId: string;
  startedAt: string;
  finishedAt: string;
  sources: Array<{
    source: string;
    discovered: number;
    fetched: number;
    stored: number;
    unchanged: number;
    skipped: number;
    skipReasons: Record<string, number>;
    errors: string[];
  }>;
}

/** An article as stored: the record plus its id, current version and raw page key. */
export type StoredArticle = ArticleRecord & { articleId: string; version: number; rawKey: string };

/** A skipped or failed URL with why, how often and when last. */
export interface SkipEntry {
  url: string;
  source: string;
  reason: string;
  message: string;
  attempts: number;
  lastTriedAt: string;
  /** Whether trying again may succeed, as the pipeline judged it; undefined for skips recorded without it. */
  retryable?: boolean;
}

/** An entity of the directory. */
export interface DirectoryEntity {
  kind: EntityKind;
  key: string;
  name: string;
  aliases: string[];
}

/** A page of index hits, newest first, with the key to continue from. */
export interface Page<T> {
  items: T[];
  nextKey?: Record<string, unknown>;
}

/** Bounds on an article's sort key (`<UTC instant>#<articleId>`) for index queries. */
export interface SortRange {
  lower?: string;
  upper?: string;
}

const DEFAULT_SEEN_TTL_DAYS = 30;
const MAX_RUN_ERRORS = 50;
const MAX_TEXT = 1000;

function toStoredArticle(item: VersionItem): StoredArticle {
  return { ...item.record, articleId: item.articleId, version: item.version, rawKey: item.rawKey };
}

function toEntity(item: Item): DirectoryEntity {
  const aliases = item.aliases instanceof Set ? [...(item.aliases as Set<string>)] : ((item.aliases as string[] | undefined) ?? []);
  return { kind: item.kind as EntityKind, key: item.key as string, name: item.name as string, aliases: aliases.sort() };
}

function nowEpochSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** The article store over one table and one bucket. */
export class ArticleStore {
  readonly dynamo: DynamoDBDocumentClient;
  readonly s3: S3Client;
  readonly config: StoreConfig;
  private readonly ctx: TableContext;

  constructor(config: StoreConfig) {
    this.config = config;
    const clients = createClients(config);
    this.dynamo = clients.dynamo;
    this.s3 = clients.s3;
    this.ctx = { dynamo: this.dynamo, tableName: config.tableName };
  }

  /** Release the clients' sockets (call when done, e.g. at the end of a CLI run). */
  destroy(): void {
    this.dynamo.destroy();
    this.s3.destroy();
  }

  /** Gzip the raw page and put it under raw/<source>/<yyyy>/<mm>/<dd>/<articleId>/<sha256>.html.gz (idempotent). */
  putRawPage(input: RawPageInput): Promise<{ key: string; contentHash: string }> {
    return putRawPage(this.s3, this.config.bucketName, input);
  }

  /** Get a raw page, gunzipped. */
  getRawPage(key: string): Promise<Buffer> {
    return getRawPage(this.s3, this.config.bucketName, key);
  }

  /** Idempotent save of one article record (see save-article.ts for the crash-safe step order). */
  saveArticle(record: ArticleRecord, raw: { key: string; contentHash: string }): Promise<{ articleId: string; version: number; outcome: SaveOutcome }> {
    return saveArticleRecord(this.ctx, record, raw);
  }

  /** The current version of an article, or null. */
  async getArticle(articleId: string): Promise<StoredArticle | null> {
    const latest = await readLatest(this.ctx, articleId);
    return latest ? toStoredArticle(latest) : null;
  }

  /** The current versions of many articles (missing ones are absent from the map). */
  async getArticles(articleIds: string[]): Promise<Map<string, StoredArticle>> {
    const latest = await readLatestMany(this.ctx, articleIds);
    return new Map([...latest].map(([id, item]) => [id, toStoredArticle(item)]));
  }

  /** A stored version of an article (history), or null. */
  async getArticleVersion(articleId: string, version: number): Promise<StoredArticle | null> {
    const result = await this.dynamo.send(
      new GetCommand({ TableName: this.config.tableName, Key: { pk: keys.article(articleId), sk: keys.version(version) } }),
    );
    return result.Item ? toStoredArticle(result.Item as VersionItem) : null;
  }

  /** The committed versions of an article, oldest first (abandoned attempts of crashed saves are left out). */
  async listVersions(articleId: string): Promise<Array<{ version: number; savedAt: string; contentHash: string }>> {
    const latest = await readLatest(this.ctx, articleId);
    if (!latest) return [];
    const items = await queryAll(this.ctx, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :v)',
      ExpressionAttributeValues: { ':pk': keys.article(articleId), ':v': keys.versionPrefix },
      ProjectionExpression: 'version, previousVersion, savedAt, recordHash',
      ConsistentRead: true,
    });
    const byVersion = new Map(items.map((item) => [item.version as number, item]));
    const chain: Array<{ version: number; savedAt: string; contentHash: string }> = [];
    for (let v = latest.version; v > 0 && byVersion.has(v) && !chain.some((c) => c.version === v); ) {
      const item = byVersion.get(v)!;
      chain.push({ version: v, savedAt: item.savedAt as string, contentHash: item.recordHash as string });
      v = item.previousVersion as number;
    }
    return chain.reverse();
  }

  /** Seen-URL marker: conditional put; true if newly marked, false if already seen and not expired. */
  async markSeen(canonicalUrl: string, source: string, ttlDays = DEFAULT_SEEN_TTL_DAYS): Promise<boolean> {
    const now = nowEpochSeconds();
    try {
      await this.dynamo.send(
        new PutCommand({
          TableName: this.config.tableName,
          Item: {
            pk: keys.seen(hashUrl(canonicalUrl)),
            sk: keys.seenSk,
            type: 'seen',
            url: canonicalUrl,
            source,
            seenAt: new Date(now * 1000).toISOString(),
            [TTL_ATTRIBUTE]: now + Math.round(ttlDays * 86_400),
          },
          // TTL deletion is lazy (up to days late; never in dynalite), so an expired marker counts as absent.
          ConditionExpression: 'attribute_not_exists(pk) OR #ttl <= :now',
          ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':now': now },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** True when the URL carries an unexpired seen marker. */
  async isSeen(canonicalUrl: string): Promise<boolean> {
    const result = await this.dynamo.send(
      new GetCommand({ TableName: this.config.tableName, Key: { pk: keys.seen(hashUrl(canonicalUrl)), sk: keys.seenSk } }),
    );
    const expiresAt = result.Item?.[TTL_ATTRIBUTE] as number | undefined;
    return expiresAt !== undefined && expiresAt > nowEpochSeconds();
  }

  /** Forget a seen marker (used when an article failed so a later run retries it). */
  async unmarkSeen(canonicalUrl: string): Promise<void> {
    await this.dynamo.send(
      new DeleteCommand({ TableName: this.config.tableName, Key: { pk: keys.seen(hashUrl(canonicalUrl)), sk: keys.seenSk } }),
    );
  }

  /**
   * Whether the delayed copy number `step` of a put-off message (`episode`: the id of the message first put off) was
   * sent already: a second delivery of the same message then acknowledges without sending another copy.
   */
  async wasDeferralSent(url: string, episode: string, step: number): Promise<boolean> {
    const result = await this.dynamo.send(
      new GetCommand({
        TableName: this.config.tableName,
        Key: { pk: keys.deferral(hashUrl(url)), sk: keys.deferralSk(episode, step) },
        ConsistentRead: true,
      }),
    );
    return result.Item !== undefined;
  }

  /** Note that the delayed copy `step` of `episode` was sent (kept two days: copies are hours apart at most). */
  async markDeferralSent(url: string, episode: string, step: number): Promise<void> {
    const now = nowEpochSeconds();
    await this.dynamo.send(
      new PutCommand({
        TableName: this.config.tableName,
        Item: {
          pk: keys.deferral(hashUrl(url)),
          sk: keys.deferralSk(episode, step),
          type: 'deferral',
          url,
          sentAt: new Date(now * 1000).toISOString(),
          [TTL_ATTRIBUTE]: now + 2 * 86_400,
        },
      }),
    );
  }

  /** Record a failure/skip with its reason (one item per URL; attempts counted, last try kept). */
  async recordSkip(input: { url: string; source: string; reason: string; message: string; runId?: string; retryable?: boolean }): Promise<void> {
    const urlId = hashUrl(input.url);
    const lastTriedAt = new Date().toISOString();
    await this.dynamo.send(
      new UpdateCommand({
        TableName: this.config.tableName,
        Key: { pk: keys.skip(urlId), sk: keys.skipSk },
        UpdateExpression:
          'SET #type = :type, #url = :url, #source = :source, #reason = :reason, #message = :message, lastTriedAt = :at, runId = :runId, retryable = :retryable, gsi1pk = :g1pk, gsi1sk = :gsk, gsi2pk = :g2pk, gsi2sk = :gsk ADD attempts :one',
        ExpressionAttributeNames: { '#type': 'type', '#url': 'url', '#source': 'source', '#reason': 'reason', '#message': 'message' },
        ExpressionAttributeValues: {
          ':type': 'skip',
          ':url': input.url,
          ':source': input.source,
          ':reason': input.reason,
          ':message': input.message.slice(0, MAX_TEXT),
          ':at': lastTriedAt,
          ':runId': input.runId ?? null,
          ':retryable': input.retryable ?? null,
          ':g1pk': keys.skipsBySource(input.source),
          ':g2pk': keys.skips,
          ':gsk': `${lastTriedAt}#${urlId}`,
          ':one': 1,
        },
      }),
    );
  }

  /** Forget a skip (the URL was stored after all). */
  async clearSkip(url: string): Promise<void> {
    await this.dynamo.send(new DeleteCommand({ TableName: this.config.tableName, Key: { pk: keys.skip(hashUrl(url)), sk: keys.skipSk } }));
  }

  /** Skipped URLs, most recently tried first, optionally of one source (default limit 100). */
  async listSkips(options: { source?: string; limit?: number } = {}): Promise<SkipEntry[]> {
    const limit = options.limit ?? 100;
    const { items } = await queryIndexPage(this.ctx, {
      indexName: options.source ? 'gsi1' : 'gsi2',
      partitionAttribute: options.source ? 'gsi1pk' : 'gsi2pk',
      sortAttribute: options.source ? 'gsi1sk' : 'gsi2sk',
      partitionValue: options.source ? keys.skipsBySource(options.source) : keys.skips,
      limit,
    });
    return items.map((item) => ({
      url: item.url as string,
      source: item.source as string,
      reason: item.reason as string,
      message: item.message as string,
      attempts: item.attempts as number,
      lastTriedAt: item.lastTriedAt as string,
      ...(typeof item.retryable === 'boolean' ? { retryable: item.retryable } : {}),
    }));
  }

  /** Stored validators (ETag / Last-Modified) of a source's feed or sitemap, for a conditional GET; null if none. */
  getFeedState(source: string, url: string): Promise<FeedState | null> {
    return getFeedState(this.ctx, source, url);
  }

  /** Keep a feed's validators for the next run (only once every link of that copy was taken). */
  putFeedState(source: string, state: FeedState): Promise<void> {
    return putFeedState(this.ctx, source, state);
  }

  /** Forget a source's validators (a link was released or deferred), so the next run reads its documents in full. */
  clearFeedStates(source: string): Promise<number> {
    return clearFeedStates(this.ctx, source);
  }

  /** A host gate over this table, shared by every fetcher that uses it (PoliteFetcher option `hostGate`). */
  createHostGate(options: TableHostGateOptions = {}): TableHostGate {
    return new TableHostGate(this.ctx, options);
  }

  /** Save a run record (errors capped per source so the item stays small). */
  async saveRun(run: RunRecord): Promise<void> {
    const capped: RunRecord = {
      ...run,
      sources: run.sources.map((s) => ({ ...s, errors: s.errors.slice(0, MAX_RUN_ERRORS).map((e) => e.slice(0, MAX_TEXT)) })),
    };
    await this.dynamo.send(
      new PutCommand({
        TableName: this.config.tableName,
        Item: { pk: keys.run(run.runId), sk: keys.runSk, type: 'run', run: capped, gsi1pk: keys.runs, gsi1sk: `${run.startedAt}#${run.runId}` },
      }),
    );
  }

  /** Run records, newest first (default 20). */
  async listRuns(limit = 20): Promise<RunRecord[]> {
    const { items } = await queryIndexPage(this.ctx, {
      indexName: 'gsi1', partitionAttribute: 'gsi1pk', sortAttribute: 'gsi1sk', partitionValue: keys.runs, limit,
    });
    return items.map((item) => item.run as RunRecord);
  }

  /** Entities of `kind` whose name, alias or acronym folds to the same text as `nameOrAlias` (case-insensitive). */
  async findEntities(kind: EntityKind, nameOrAlias: string): Promise<DirectoryEntity[]> {
    const folded = foldName(nameOrAlias).slice(0, 200);
    if (!folded) return [];
    const aliasHits = await queryAll(this.ctx, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.alias(kind, folded) },
    });
    const entityKeys = new Set(aliasHits.map((item) => item.key as string));
    // The key itself also finds the entity (a sector code, a Kemendagri code, a folded name).
    entityKeys.add(entityKeyFor(kind, nameOrAlias));
    if (kind === 'location') entityKeys.add(entityKeyFor(kind, nameOrAlias, nameOrAlias));
    const items = await getBatch(this.ctx, [...entityKeys].map((key) => ({ pk: keys.entity(kind, key), sk: keys.entitySk })));
    return items.map(toEntity).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The entity directory of one kind, by key (default limit 100). */
  async listEntities(kind: EntityKind, options: { limit?: number; startKey?: Record<string, unknown> } = {}): Promise<Page<DirectoryEntity>> {
    const page = await this.dynamo.send(
      new QueryCommand({
        TableName: this.config.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.entityDirectory(kind) },
        Limit: options.limit ?? 100,
        ExclusiveStartKey: options.startKey,
      }),
    );
    return { items: (page.Items ?? []).map(toEntity), nextKey: page.LastEvaluatedKey };
  }

  /** Number of articles whose current version mentions the entity (walks the mention index). */
  async countArticlesMentioning(kind: EntityKind, key: string): Promise<number> {
    const ids = new Set<string>();
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.pageMentions(kind, key, {}, 1000, startKey);
      const current = await readLatestMany(this.ctx, [...new Set(page.items.map((hit) => hit.articleId))]);
      for (const hit of page.items) if (current.get(hit.articleId)?.version === hit.version) ids.add(hit.articleId);
      startKey = page.nextKey;
    } while (startKey);
    return ids.size;
  }

  /** One page of articles of a source, newest first (current versions, from the by-source index). */
  async pageArticlesBySource(source: string, range: SortRange, limit: number, startKey?: Record<string, unknown>): Promise<Page<StoredArticle>> {
    const page = await queryIndexPage(this.ctx, {
      indexName: 'gsi1', partitionAttribute: 'gsi1pk', sortAttribute: 'gsi1sk', partitionValue: keys.source(source), ...range, limit, startKey,
    });
    return { items: page.items.map((item) => toStoredArticle(item as VersionItem)), nextKey: page.nextKey };
  }

  /** One page of articles of a day (the date printed on the page), newest first. */
  async pageArticlesByDay(date: string, range: SortRange, limit: number, startKey?: Record<string, unknown>): Promise<Page<StoredArticle>> {
    const page = await queryIndexPage(this.ctx, {
      indexName: 'gsi2', partitionAttribute: 'gsi2pk', sortAttribute: 'gsi2sk', partitionValue: keys.day(date), ...range, limit, startKey,
    });
    return { items: page.items.map((item) => toStoredArticle(item as VersionItem)), nextKey: page.nextKey };
  }

  /** Days that hold articles, newest first, optionally within [from, to] (YYYY-MM-DD). */
  async listDays(options: { from?: string; to?: string } = {}): Promise<string[]> {
    const values: Record<string, unknown> = { ':pk': keys.days };
    let condition = 'pk = :pk';
    if (options.from && options.to) {
      Object.assign(values, { ':from': options.from, ':to': options.to });
      condition += ' AND sk BETWEEN :from AND :to';
    } else if (options.from) {
      values[':from'] = options.from;
      condition += ' AND sk >= :from';
    } else if (options.to) {
      values[':to'] = options.to;
      condition += ' AND sk <= :to';
    }
    const items = await queryAll(this.ctx, { KeyConditionExpression: condition, ExpressionAttributeValues: values, ScanIndexForward: false });
    return items.map((item) => item.sk as string);
  }

  /** One page of mention hits of an entity, newest first (article id + the version that mentions it). */
  async pageMentions(
    kind: EntityKind,
    key: string,
    range: SortRange,
    limit: number,
    startKey?: Record<string, unknown>,
  ): Promise<Page<{ articleId: string; version: number }>> {
    const page = await queryIndexPage(this.ctx, {
      indexName: 'gsi3', partitionAttribute: 'gsi3pk', sortAttribute: 'gsi3sk', partitionValue: keys.mentionIndex(kind, key), ...range, limit, startKey,
    });
    // The index projects keys only: pk = ARTICLE#<id>, sk = M#<version>#...
    const items = page.items.map((item) => ({
      articleId: (item.pk as string).slice('ARTICLE#'.length),
      version: Number((item.sk as string).split('#')[1]),
    }));
    return { items, nextKey: page.nextKey };
  }

  /** Resolve mention hits to current articles, dropping hits of superseded versions (readers trust only LATEST). */
  async resolveMentionHits(hits: Array<{ articleId: string; version: number }>): Promise<StoredArticle[]> {
    const current = await readLatestMany(this.ctx, [...new Set(hits.map((hit) => hit.articleId))]);
    const out: StoredArticle[] = [];
    const taken = new Set<string>();
    for (const hit of hits) {
      const item = current.get(hit.articleId);
      if (!item || item.version !== hit.version || taken.has(hit.articleId)) continue;
      taken.add(hit.articleId);
      out.push(toStoredArticle(item));
    }
    return out;
  }
}
