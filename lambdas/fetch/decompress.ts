/**
 * @module decompress
 * Content-Encoding decoders (gzip, deflate, br) as streams, so the body cap applies to the decompressed size while
 * data arrives (a 10 KB gzip bomb cannot grow into gigabytes before the cap trips).
 */
import zlib from 'node:zlib';
import type { Transform } from 'node:stream';

/**
 * A decoding stream for a Content-Encoding header value, null for identity / none, or undefined when the encoding
 * is one we cannot decode. Truncated streams are decoded as far as they go instead of failing (as browsers do).
 * @example createDecoder('gzip') // zlib Gunzip stream
 */
export function createDecoder(contentEncoding: string | undefined): Transform | null | undefined {
  const codings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding && coding !== 'identity');
  if (codings.length === 0) return null;
  if (codings.length > 1) return undefined;
  switch (codings[0]) {
    case 'gzip':
    case 'x-gzip':
    case 'deflate':
      // Unzip detects gzip and zlib-wrapped deflate from the header bytes.
      return zlib.createUnzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    case 'br':
      return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    default:
      return undefined;
  }
}
