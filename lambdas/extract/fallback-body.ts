/**
 * @module fallback-body
 * Body reading for profiles built without a saved page: the layout's body selectors first, and when none matches, the
 * generic scored body under the profile's metadata (so the record keeps the profile's title, date and author rules).
 */
import type { PageContext, ProfileSelectors } from './types.js';
import { readBody } from './fields.js';
import { readScoredBody } from './generic.js';
import { dropNoiseLines } from './noise-lines.js';

/**
 * Paragraphs from the first body selector that yields text, else the generic content-scored body.
 * @example readBodyOrScored(ctx, SELECTORS) // ['Jakarta, CNN Indonesia -- ...', ...]
 */
export function readBodyOrScored(ctx: PageContext, selectors: ProfileSelectors): string[] {
  const paragraphs = readBody(ctx, selectors.body, selectors.noise);
  return paragraphs.length ? paragraphs : dropNoiseLines(readScoredBody(ctx));
}
