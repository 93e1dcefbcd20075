/**
 * @module entities/plain-text
 * Reads a plain-text article (what `pantau entities FILE` gets): the first line is the title, page-noise lines
 * ("Follow IDN Times ...", "Baca Juga: ...") are masked with spaces so every offset still indexes the original text.
 */
import type { EntityResult } from '../shared/types.js';
import noiseLines from './data/noise-lines.json' with { type: 'json' };
import { detectDateline } from './dateline.js';
import { extractEntities } from './extract-entities.js';

const NOISE_RES = (noiseLines as string[]).map((source) => new RegExp(source));

/**
 * Replace page-noise lines by spaces of the same length.
 * @example maskNoiseLines('a\nBaca Juga: x\nb') // 'a\n             \nb'
 */
export function maskNoiseLines(raw: string): string {
  return raw
    .split('\n')
    .map((line) => (NOISE_RES.some((re) => re.test(line)) ? ' '.repeat(line.length) : line))
    .join('\n');
}

/** Analyse a plain-text article: title (first line), dateline and entities with offsets into the original text. */
export function analysePlainText(raw: string): { title: string | null; dateline: string | null; entities: EntityResult } {
  const masked = maskNoiseLines(raw);
  const firstLine = masked.split('\n').find((line) => line.trim() !== '');
  const title = firstLine ? firstLine.trim() : null;
  const dateline = detectDateline(masked);
  const entities = extractEntities(masked, { dateline });
  return { title, dateline, entities };
}
