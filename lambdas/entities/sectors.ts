/**
 * @module entities/sectors
 * Scores KBLI 2020 sections (and UMKM / PARIWISATA) by weighted keyword mentions; a sector needs real evidence.
 */
import type { SectorEntity } from '../shared/types.js';
import { SECTORS } from './gazetteer.js';
import { SECTOR_MIN_MENTIONS, SECTOR_MIN_SCORE } from './settings.js';
import { WORD_END, WORD_START, buildAlternation } from './text-scan.js';

/** A keyword as written in the data, the sectors that list it and their weights. */
interface KeywordUse {
  keyword: string;
  sectors: { index: number; weight: number }[];
}

/** Keywords by lower-cased form; capitalised ones (UMKM, OJK, PLTU) match as written, the others in any case. */
const KEYWORDS = new Map<string, KeywordUse>();
SECTORS.forEach((sector, index) => {
  for (const { k, w } of sector.keywords) {
    const use = KEYWORDS.get(k.toLowerCase()) ?? { keyword: k, sectors: [] };
    use.sectors.push({ index, weight: w });
    KEYWORDS.set(k.toLowerCase(), use);
  }
});
const ALL_KEYWORDS = SECTORS.flatMap((s) => s.keywords.map((k) => k.k));
/** One pass per case mode over the text finds every sector's keywords. */
const PATTERNS = [
  new RegExp(`${WORD_START}(?:${buildAlternation(ALL_KEYWORDS.filter((k) => k !== k.toLowerCase()))})${WORD_END}`, 'gu'),
  new RegExp(`${WORD_START}(?:${buildAlternation(ALL_KEYWORDS.filter((k) => k === k.toLowerCase()))})${WORD_END}`, 'giu'),
];

/** Find sectors of a text; the title (when not part of the text) adds weight but no mentions. */
export function findSectors(text: string, title?: string | null): SectorEntity[] {
  const entities: SectorEntity[] = SECTORS.map((s) => ({ code: s.code, label: s.label, keywords: [], mentions: [] }));
  const scores = new Float64Array(SECTORS.length);
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const use = KEYWORDS.get(m[0].toLowerCase());
      if (!use) continue;
      for (const { index, weight } of use.sectors) {
        const entity = entities[index]!;
        scores[index]! += weight;
        entity.mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        if (!entity.keywords.includes(use.keyword)) entity.keywords.push(use.keyword);
      }
    }
    if (title) {
      for (const m of title.matchAll(pattern)) {
        for (const { index, weight } of KEYWORDS.get(m[0].toLowerCase())?.sectors ?? []) scores[index]! += weight;
      }
    }
  }
  const scored: { entity: SectorEntity; score: number }[] = [];
  entities.forEach((entity, i) => {
    if (scores[i]! >= SECTOR_MIN_SCORE && entity.mentions.length >= SECTOR_MIN_MENTIONS) {
      entity.mentions.sort((a, b) => a.start - b.start);
      scored.push({ entity, score: scores[i]! });
    }
  });
  return scored.sort((a, b) => b.score - a.score).map((s) => s.entity);
}
