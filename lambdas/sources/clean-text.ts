/**
 * @module clean-text
 * Titles from feeds often carry markup or HTML entities inside CDATA ("&quot;", "<b>"), which the XML parser leaves
 * as they are. This turns them into plain text.
 */
import { load } from 'cheerio/slim';

/**
 * Decode HTML entities, strip tags and collapse whitespace; null when nothing is left.
 * @example cleanText(' Banjir &quot;besar&quot; <b>Samarinda</b> ') // 'Banjir "besar" Samarinda'
 */
export function cleanText(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  const plain = /[<&]/.test(text) ? load(text, null, false).text() : text;
  const collapsed = plain.replace(/\s+/g, ' ').trim();
  return collapsed === '' ? null : collapsed;
}
