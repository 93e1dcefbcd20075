/**
 * @module entities/plain-text
 * Reads a plain-text article (what `pantau entities FILE` gets): the first line is the title; page-noise lines
 * ("Follow IDN Times ...", "Baca Juga: ...") are masked by the entities stage itself.
 */
import type { EntityResult } from '../shared/types.js';
import { detectDateline } from './dateline.js';
import { extractEntities, maskNoiseLines } from './extract-entities.js';

export { maskNoiseLines };

/** Analyse a plain-text article: title (first line), dateline and entities with offsets into the original text. */
export function analysePlainText(raw: string): { title: string | null; dateline: string | null; entities: EntityResult } {
  const masked = maskNoiseLines(raw);
  const firstLine = masked.split('\n').find((line) => line.trim() !== '');
  const title = firstLine ? firstLine.trim() : null;
  const dateline = detectDateline(masked);
  // The entities stage masks the same lines itself.
  const entities = extractEntities(raw, { dateline });
  return { title, dateline, entities };
}
