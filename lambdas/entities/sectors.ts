/**
 * @module entities/sectors
 * Scores KBLI 2020 sections (and UMKM / PARIWISATA) by weighted keyword mentions; a sector needs real evidence.
 */
import type { SectorEntity } from '../shared/types.js';
import { SECTORS } from './gazetteer.js';
import { SECTOR_MIN_MENTIONS, SECTOR_MIN_SCORE } from './settings.js';
import { WORD_END, WORD_START, buildAlternation } from './text-scan.js';

/** One sector with its keyword regexes compiled at module load. */
interface CompiledSector {
  code: string;
  label: string;
  weights: Map<string, { keyword: string; weight: number }>;
  patterns: RegExp[];
}

const COMPILED: CompiledSector[] = SECTORS.map((sector) => {
  const weights = new Map(sector.keywords.map((k) => [k.k.toLowerCase(), { keyword: k.k, weight: k.w }]));
  // Keywords with capitals (UMKM, OJK, PLTU) match as written; the others in any case.
  const exact = sector.keywords.filter((k) => k.k !== k.k.toLowerCase()).map((k) => k.k);
  const loose = sector.keywords.filter((k) => k.k === k.k.toLowerCase()).map((k) => k.k);
  const patterns = [
    ...(exact.length ? [new RegExp(`${WORD_START}(?:${buildAlternation(exact)})${WORD_END}`, 'gu')] : []),
    ...(loose.length ? [new RegExp(`${WORD_START}(?:${buildAlternation(loose)})${WORD_END}`, 'giu')] : []),
  ];
  return { code: sector.code, label: sector.label, weights, patterns };
});

/** Find sectors of a text; the title (when not part of the text) adds weight but no mentions. */
export function findSectors(text: string, title?: string | null): SectorEntity[] {
  const scored: { entity: SectorEntity; score: number }[] = [];
  for (const sector of COMPILED) {
    const entity: SectorEntity = { code: sector.code, label: sector.label, keywords: [], mentions: [] };
    let score = 0;
    for (const pattern of sector.patterns) {
      for (const m of text.matchAll(pattern)) {
        const hit = sector.weights.get(m[0].toLowerCase());
        if (!hit) continue;
        score += hit.weight;
        entity.mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        if (!entity.keywords.includes(hit.keyword)) entity.keywords.push(hit.keyword);
      }
      if (title) for (const m of title.matchAll(pattern)) score += sector.weights.get(m[0].toLowerCase())?.weight ?? 0;
    }
    if (score >= SECTOR_MIN_SCORE && entity.mentions.length >= SECTOR_MIN_MENTIONS) {
      entity.mentions.sort((a, b) => a.start - b.start);
      scored.push({ entity, score });
    }
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.entity);
}
