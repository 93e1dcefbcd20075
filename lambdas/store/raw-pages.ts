/** @module store/raw-pages: raw HTML pages in S3, gzipped and content-addressed. */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';

export interface RawPageInput {
  source: string;
  articleId: string;
  fetchedAt: string;
  bytes: Buffer;
  contentType?: string | null;
}

/** S3 keys allow most characters, but a source id with '/' or spaces would make listings confusing. */
function sanitizeSegment(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 100) || 'unknown';
}

/**
 * Key of a raw page: raw/<source>/<yyyy>/<mm>/<dd>/<articleId>/<sha256>.html.gz, the date being fetchedAt's UTC day.
 * @example rawPageKey({ source: 'idntimes-kaltim', articleId: 'ab12', fetchedAt: '2021-11-12T02:00:00Z' }, 'ffee')
 *   // 'raw/idntimes-kaltim/2021/11/12/ab12/ffee.html.gz'
 */
export function rawPageKey(input: Pick<RawPageInput, 'source' | 'articleId' | 'fetchedAt'>, contentHash: string): string {
  const time = Date.parse(input.fetchedAt);
  const day = (Number.isNaN(time) ? new Date() : new Date(time)).toISOString().slice(0, 10).split('-');
  return `raw/${sanitizeSegment(input.source)}/${day[0]}/${day[1]}/${day[2]}/${sanitizeSegment(input.articleId)}/${contentHash}.html.gz`;
}

/** Gzip and put a raw page (same bytes, same key: the put is idempotent). Returns its key and sha256 of the raw bytes. */
export async function putRawPage(s3: S3Client, bucketName: string, input: RawPageInput): Promise<{ key: string; contentHash: string }> {
  const contentHash = createHash('sha256').update(input.bytes).digest('hex');
  const key = rawPageKey(input, contentHash);
  await s3.send(
    new PutObjectCommand({
      Bucket: bucketName,
      Key: key,
      // Node's gzip writes mtime 0, so the same bytes give the same object.
      Body: gzipSync(input.bytes),
      ContentType: 'application/gzip',
      Metadata: {
        'original-content-type': (input.contentType ?? 'text/html').replace(/[^\x20-\x7e]/g, '').slice(0, 200),
        'fetched-at': input.fetchedAt,
        source: sanitizeSegment(input.source),
      },
    }),
  );
  return { key, contentHash };
}

/** Get a raw page back, gunzipped. */
export async function getRawPage(s3: S3Client, bucketName: string, key: string): Promise<Buffer> {
  const result = await s3.send(new GetObjectCommand({ Bucket: bucketName, Key: key }));
  if (!result.Body) throw new Error(`raw page ${key} has no body`);
  return gunzipSync(Buffer.from(await result.Body.transformToByteArray()));
}
