/**
 * @module content-type
 * Which responses each kind of fetch accepts: a page must be HTML; a feed may be XML (RSS, Atom), HTML or text.
 * A missing or generic type (application/octet-stream) is decided by sniffing the first bytes.
 */

/** What the fetcher is fetching. */
export type FetchKind = 'page' | 'feed';

/** accept: read it; reject: refuse without reading; sniff: read it, then look at the bytes. */
export type TypeVerdict = 'accept' | 'reject' | 'sniff';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The media type of a Content-Type header, lower-cased without parameters, or null.
 * @example readMediaType('Text/HTML; charset=UTF-8') // 'text/html'
 */
export function readMediaType(contentType: string | null | undefined): string | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type ? type : null;
}

/**
 * Judge a Content-Type for a kind of fetch.
 * @example judgeContentType('image/png', 'page') // 'reject'
 */
export function judgeContentType(contentType: string | null | undefined, kind: FetchKind): TypeVerdict {
  const type = readMediaType(contentType);
  if (!type || type === 'application/octet-stream' || type === 'binary/octet-stream') return 'sniff';
  if (HTML_TYPES.has(type)) return 'accept';
  if (kind === 'page') return 'reject';
  const isXml = type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml');
  return isXml || type.startsWith('text/') ? 'accept' : 'reject';
}

/**
 * Whether bytes of unknown type look like what the kind expects: HTML markup for a page, any markup for a feed.
 * @example sniffBody(Buffer.from('<!DOCTYPE html><html>'), 'page') // true
 */
export function sniffBody(bytes: Uint8Array, kind: FetchKind): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '').trimStart();
  if (kind === 'feed') return head.startsWith('<');
  return /^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i.test(head) || /<html[\s>]/i.test(head);
}
