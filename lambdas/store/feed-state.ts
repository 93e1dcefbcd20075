/**
 * @module store/feed-state
 * Validators of feeds and sitemaps across runs, for conditional GET: one item per (source, document URL) holding the
 * ETag and Last-Modified of the last copy whose links were all taken. Items are grouped under the source
 * (`FEED#<source>`), so everything of one source can be forgotten at once: when a run released a link (it failed in
 * a way worth retrying, or was deferred), the next run must read the documents again even if they did not change.
 */
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { hashUrl, keys } from './keys.js';
import { queryAll, writeBatch } from './table-io.js';
import type { TableContext } from './table-io.js';

/** The validators of one discovery document. */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** ISO 8601: when the copy these validators describe was read. */
  checkedAt: string;
}

/** Read the stored validators of a document, or null. */
export async function getFeedState(ctx: TableContext, source: string, url: string): Promise<FeedState | null> {
  const result = await ctx.dynamo.send(
    new GetCommand({ TableName: ctx.tableName, Key: { pk: keys.feedState(source), sk: keys.feedStateSk(hashUrl(url)) } }),
  );
  const item = result.Item;
  if (!item) return null;
  return {
    url: item.url as string,
    etag: (item.etag as string | null | undefined) ?? null,
    lastModified: (item.lastModified as string | null | undefined) ?? null,
    checkedAt: item.checkedAt as string,
  };
}

/** Store validators of a document; a document with neither validator is forgotten instead (nothing to send). */
export async function putFeedState(ctx: TableContext, source: string, state: FeedState): Promise<void> {
  const key = { pk: keys.feedState(source), sk: keys.feedStateSk(hashUrl(state.url)) };
  if (!state.etag && !state.lastModified) {
    await ctx.dynamo.send(new DeleteCommand({ TableName: ctx.tableName, Key: key }));
    return;
  }
  await ctx.dynamo.send(
    new PutCommand({
      TableName: ctx.tableName,
      Item: {
        ...key,
        type: 'feed-state',
        source,
        url: state.url,
        // Validators are echoed in request headers: keep them short and free of line breaks.
        etag: cleanValidator(state.etag),
        lastModified: cleanValidator(state.lastModified),
        checkedAt: state.checkedAt,
      },
    }),
  );
}

/** Forget every stored validator of a source, so its next discovery reads all documents in full. */
export async function clearFeedStates(ctx: TableContext, source: string): Promise<number> {
  const items = await queryAll(ctx, {
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.feedState(source), ':prefix': keys.feedStatePrefix },
    ProjectionExpression: 'pk, sk',
  });
  await writeBatch(ctx, [], items.map((item) => ({ pk: item.pk as string, sk: item.sk as string })));
  return items.length;
}

function cleanValidator(value: string | null): string | null {
  if (!value) return null;
  const cleaned = value.replace(/[\r\n]+/g, ' ').trim();
  return cleaned && cleaned.length <= 256 ? cleaned : null;
}
