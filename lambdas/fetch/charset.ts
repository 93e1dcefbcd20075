/**
 * @module charset
 * Find and apply a page's character encoding. Order: byte-order mark, Content-Type charset, then `<meta charset>`,
 * `<meta http-equiv="Content-Type">` or an XML declaration in the first 2 KB, else UTF-8.
 *
 * The BOM comes before the header on purpose: it is what browsers do (WHATWG Encoding "decode"), and a BOM cannot
 * lie, whereas a server-wide `charset=iso-8859-1` header on a UTF-8 page is a common misconfiguration.
 * Labels are resolved as the WHATWG Encoding standard does, so `iso-8859-1`, `latin1` and `us-ascii` decode as
 * windows-1252 (a superset that also maps the 0x80-0x9F "smart quotes" old Indonesian CMSes emit).
 *
 * One correction browsers do not make, because the bytes leave no doubt: a label that says UTF-8 (or nothing) on
 * bytes whose high bytes never form a UTF-8 sequence is read as windows-1252, and a windows-1252 label on bytes that
 * are valid UTF-8 with multi-byte sequences and no invalid ones is read as UTF-8 (source 'sniffed'). Both are common
 * server misconfigurations (a server-wide `charset=iso-8859-1`, a CMS template saying utf-8 over latin1 data) and the
 * other reading is mojibake on every accented letter or quote. Mixed bytes (valid and invalid UTF-8) keep the label.
 */
import iconv from 'iconv-lite';

/** Bytes of the document head searched for a meta / XML declaration, as browsers do (1024) with margin. */
const META_SCAN_BYTES = 2048;

/** Where the charset was found ('sniffed': the label contradicted the bytes, see the module comment). */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'default' | 'sniffed';

/** How a byte string reads as UTF-8: no high bytes, valid with multi-byte sequences, never valid, or both. */
export type Utf8Shape = 'ascii' | 'utf-8' | 'not-utf-8' | 'mixed';

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
  const fromMetaLabel = resolveCharsetLabel(readMetaCharset(bytes));
  // A meta tag that is readable as ASCII cannot be in UTF-16; browsers read such a claim as UTF-8.
  const fromMeta = fromMetaLabel?.startsWith('utf-16') ? 'utf-8' : fromMetaLabel;
  const fromHeader = resolveCharsetLabel(readHeaderCharset(contentType));
  const labelled: { charset: string; source: CharsetSource } = fromHeader
    ? { charset: fromHeader, source: 'header' }
    : fromMeta
      ? { charset: fromMeta, source: 'meta' }
      : { charset: 'utf-8', source: 'default' };
  return checkAgainstBytes(labelled, bytes, fromMeta);
}

/**
 * Classify bytes as UTF-8: 'utf-8' when valid with at least one multi-byte sequence, 'not-utf-8' when high bytes
 * occur but none forms a valid sequence, 'mixed' when both. A sequence cut off at the very end (a truncated body)
 * is not held against the bytes.
 * @example readUtf8Shape(Buffer.from('Café')) // 'utf-8'
 */
export function readUtf8Shape(bytes: Uint8Array): Utf8Shape {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + length > bytes.length) break;
    let ok = true;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    // Overlong three/four-byte forms and surrogates are not UTF-8.
    if (ok && byte === 0xe0 && bytes[i + 1]! < 0xa0) ok = false;
    if (ok && byte === 0xed && bytes[i + 1]! > 0x9f) ok = false;
    if (ok && byte === 0xf0 && bytes[i + 1]! < 0x90) ok = false;
    if (ok && byte === 0xf4 && bytes[i + 1]! > 0x8f) ok = false;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  if (valid === 0 && invalid === 0) return 'ascii';
  if (invalid === 0) return 'utf-8';
  return valid === 0 ? 'not-utf-8' : 'mixed';
}

/** Overrule a UTF-8 / windows-1252 label the bytes plainly contradict (see the module comment). */
function checkAgainstBytes(
  labelled: { charset: string; source: CharsetSource },
  bytes: Uint8Array,
  fromMeta: string | null,
): { charset: string; source: CharsetSource } {
  if (labelled.charset !== 'utf-8' && labelled.charset !== 'windows-1252') return labelled;
  const shape = readUtf8Shape(bytes);
  if (labelled.charset === 'windows-1252' && shape === 'utf-8') return { charset: 'utf-8', source: 'sniffed' };
  if (labelled.charset === 'utf-8' && shape === 'not-utf-8') {
    // A meta tag naming another single-byte charset knows better than a generic guess.
    const charset = fromMeta && fromMeta !== 'utf-8' ? fromMeta : 'windows-1252';
    return { charset, source: 'sniffed' };
  }
  return labelled;
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
