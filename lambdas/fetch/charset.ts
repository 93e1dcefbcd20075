/**
 * @module charset
 * Find and apply a page's character encoding. Order: byte-order mark, Content-Type charset, then `<meta charset>`,
 * `<meta http-equiv="Content-Type">` or an XML declaration in the first 2 KB, else UTF-8.
 *
 * The BOM comes before the header on purpose: it is what browsers do (WHATWG Encoding "decode"), and a BOM cannot
 * lie, whereas a server-wide `charset=iso-8859-1` header on a UTF-8 page is a common misconfiguration.
 * Labels are resolved as the WHATWG Encoding standard does, so `iso-8859-1`, `latin1` and `us-ascii` decode as
 * windows-1252 (a superset that also maps the 0x80-0x9F "smart quotes" old Indonesian CMSes emit).
 */
import iconv from 'iconv-lite';

/** Bytes of the document head searched for a meta / XML declaration, as browsers do (1024) with margin. */
const META_SCAN_BYTES = 2048;

/** Where the charset was found. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'default';

/** A decoded body. */
export interface DecodedText {
  /** Canonical encoding name used to decode ("utf-8", "windows-1252", "gbk", ...). */
  charset: string;
  source: CharsetSource;
  text: string;
}

/**
 * Pick the encoding of a body from its Content-Type header and its first bytes.
 * @example detectCharset('text/html; charset=ISO-8859-1', bytes) // { charset: 'windows-1252', source: 'header' }
 */
export function detectCharset(contentType: string | null, bytes: Uint8Array): { charset: string; source: CharsetSource } {
  const fromBom = readBomCharset(bytes);
  if (fromBom) return { charset: fromBom, source: 'bom' };
  const fromHeader = resolveCharsetLabel(readHeaderCharset(contentType));
  if (fromHeader) return { charset: fromHeader, source: 'header' };
  const fromMeta = resolveCharsetLabel(readMetaCharset(bytes));
  // A meta tag that is readable as ASCII cannot be in UTF-16; browsers read such a claim as UTF-8.
  if (fromMeta) return { charset: fromMeta.startsWith('utf-16') ? 'utf-8' : fromMeta, source: 'meta' };
  return { charset: 'utf-8', source: 'default' };
}

/**
 * Decode a body to text with the detected encoding; a leading BOM is removed. Never throws on odd input.
 * @example decodeBody(Buffer.from([0x93, 0x68, 0x69, 0x94]), 'text/html; charset=windows-1252').text // '“hi”'
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodedText {
  const detected = detectCharset(contentType, bytes);
  const { charset, text } = decodeWith(bytes, detected.charset);
  return { charset, source: charset === detected.charset ? detected.source : 'default', text: text.replace(/^\uFEFF/, '') };
}

/**
 * Map a charset label to its canonical WHATWG name, or null when nobody here can decode it.
 * @example resolveCharsetLabel(' "Latin1" ') // 'windows-1252'
 */
export function resolveCharsetLabel(label: string | null): string | null {
  const cleaned = label?.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  if (!cleaned) return null;
  try {
    const name = new TextDecoder(cleaned).encoding;
    // "replacement" stands for encodings that are unsafe to decode (ISO-2022-KR...); UTF-8 is the sane fallback.
    return name === 'replacement' ? null : name;
  } catch {
    return iconv.encodingExists(cleaned) ? cleaned : null;
  }
}

/** The charset parameter of a Content-Type header, unvalidated. */
export function readHeaderCharset(contentType: string | null): string | null {
  return contentType?.match(/charset\s*=\s*["']?([^;"'\s]+)/i)?.[1] ?? null;
}

/** The label of a `<meta charset>`, `<meta http-equiv=Content-Type content=...charset=>` or `<?xml encoding=?>` near the top. */
export function readMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, META_SCAN_BYTES)).toString('latin1');
  const xml = head.match(/^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i);
  if (xml?.[1]) return xml[1];
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = tag.match(/charset\s*=\s*["']?\s*([^"'\s;/>]+)/i)?.[1];
    if (label) return label;
  }
  return null;
}

/** The encoding a byte-order mark announces, or null. */
function readBomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Decode with TextDecoder for UTF-8 and iconv-lite otherwise, falling back to UTF-8 if both refuse. */
function decodeWith(bytes: Uint8Array, charset: string): { charset: string; text: string } {
  if (charset !== 'utf-8') {
    try {
      if (iconv.encodingExists(charset)) return { charset, text: iconv.decode(Buffer.from(bytes), charset) };
      return { charset, text: new TextDecoder(charset).decode(bytes) };
    } catch {
      // fall through to UTF-8
    }
  }
  return { charset: 'utf-8', text: new TextDecoder('utf-8').decode(bytes) };
}
