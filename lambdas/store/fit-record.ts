/** @module store/fit-record: keep an article record inside DynamoDB's 400 KB item limit. */
import type { ArticleRecord, Mention } from '../shared/types.js';

/**
 * Budget for the record inside one item. The item limit is 400 KB including attribute names, keys and the other
 * attributes of the LATEST / version items; 300 000 UTF-8 bytes of record JSON leaves ample room for them.
 * A typical news article (5-20 KB of body, a few KB of entities) is nowhere near it.
 */
export const MAX_RECORD_BYTES = 300_000;
const MAX_MENTIONS_PER_ENTITY = 50;

/** Size in UTF-8 bytes of a value as JSON (close to DynamoDB's own accounting for strings). */
function measureBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function keepMentions(mentions: Mention[], bodyLength: number): Mention[] {
  return mentions.filter((m) => m.end <= bodyLength).slice(0, MAX_MENTIONS_PER_ENTITY);
}

/**
 * Return the record unchanged when it fits, else a copy with mention lists capped and then the body cut at a paragraph
 * boundary (entity mentions and quotes past the cut dropped) and a warning added, so nothing is silently lost.
 */
export function fitRecordForItem(record: ArticleRecord, maxBytes = MAX_RECORD_BYTES): ArticleRecord {
  if (measureBytes(record) <= maxBytes) return record;
  const trimEntities = (r: ArticleRecord, bodyLength: number): ArticleRecord => ({
    ...r,
    people: r.people.map((p) => ({ ...p, mentions: keepMentions(p.mentions, bodyLength) })),
    organizations: r.organizations.map((o) => ({ ...o, mentions: keepMentions(o.mentions, bodyLength) })),
    locations: r.locations.map((l) => ({ ...l, mentions: keepMentions(l.mentions, bodyLength) })),
    sectors: r.sectors.map((s) => ({ ...s, mentions: keepMentions(s.mentions, bodyLength) })),
    quotes: r.quotes.filter((q) => q.end <= bodyLength),
  });
  const capped = trimEntities(record, record.body.length);
  if (measureBytes(capped) <= maxBytes) {
    return { ...capped, extraction: { ...record.extraction, warnings: [...record.extraction.warnings, 'mentions capped for storage'] } };
  }
  const overflow = measureBytes(capped) - maxBytes;
  // Cut enough characters (a character is at least one byte) plus a margin, then back off to a paragraph break.
  let cut = Math.max(0, record.body.length - overflow - 1000);
  const paragraphBreak = record.body.lastIndexOf('\n\n', cut);
  if (paragraphBreak > cut / 2) cut = paragraphBreak;
  let fitted = trimEntities({ ...capped, body: record.body.slice(0, cut) }, cut);
  while (measureBytes(fitted) > maxBytes && cut > 0) {
    cut = Math.floor(cut * 0.9);
    fitted = trimEntities({ ...capped, body: record.body.slice(0, cut) }, cut);
  }
  const warning = `body truncated for storage at ${cut} of ${record.body.length} characters`;
  return { ...fitted, extraction: { ...record.extraction, warnings: [...record.extraction.warnings, warning] } };
}
