/** @module store/keys: key builders and the small normalisations the store and the search share. */
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../shared/types.js';
import { AREA_UNIT_WORDS } from '../shared/area-units.js';

export type EntityKind = 'organization' | 'person' | 'location' | 'sector';
export const ENTITY_KINDS: readonly EntityKind[] = ['organization', 'person', 'location', 'sector'];

/** One entity as the directory keeps it: kind, stable key, display name and every name it goes by. */
export interface EntityRef {
  kind: EntityKind;
  key: string;
  name: string;
  aliases: string[];
}

/** An apostrophe inside a word ("Mas'ud", "Ma’ruf"), which news also leaves out ("Masud"); or an English "'s". */
const INNER_APOSTROPHE = /(?<=\p{L})['’‘`ʼ](?:s(?![\p{L}\p{N}])|(?=\p{L}))/gu;

/**
 * Fold a name for case- and accent-insensitive matching: lower case, diacritics dropped, apostrophes inside a word
 * and English possessives dropped, other punctuation to spaces.
 * @example foldName('Dinas KUMKMP  Balikpapan') // 'dinas kumkmp balikpapan'
 * @example foldName("Rudy Mas'ud") // 'rudy masud'
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(INNER_APOSTROPHE, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Stable id of a URL: sha256 hex of the canonical URL, first 32 characters. */
export function hashUrl(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 32);
}

/** Zero-padded version number so versions sort as strings. */
export function padVersion(version: number): string {
  return String(version).padStart(6, '0');
}

export const keys = {
  article: (articleId: string) => `ARTICLE#${articleId}`,
  latest: 'LATEST',
  version: (version: number) => `V#${padVersion(version)}`,
  versionPrefix: 'V#',
  mention: (version: number, kind: EntityKind, key: string) => `M#${padVersion(version)}#${kind}#${key}`,
  mentionPrefix: 'M#',
  mentionIndex: (kind: EntityKind, key: string) => `MENTION#${kind}#${key}`,
  entity: (kind: EntityKind, key: string) => `ENTITY#${kind}#${key}`,
  entitySk: 'ENTITY',
  entityDirectory: (kind: EntityKind) => `ENTITIES#${kind}`,
  alias: (kind: EntityKind, folded: string) => `ALIAS#${kind}#${folded}`,
  aliasSk: (key: string) => `ENTITY#${key}`,
  source: (source: string) => `SOURCE#${source}`,
  day: (date: string) => `DAY#${date}`,
  days: 'DAYS',
  seen: (urlId: string) => `SEEN#${urlId}`,
  seenSk: 'SEEN',
  skip: (urlId: string) => `SKIP#${urlId}`,
  skipSk: 'SKIP',
  skipsBySource: (source: string) => `SKIPS#${source}`,
  skips: 'SKIPS',
  run: (runId: string) => `RUN#${runId}`,
  runSk: 'RUN',
  runs: 'RUNS',
  feedState: (source: string) => `FEED#${source}`,
  feedStateSk: (urlId: string) => `URL#${urlId}`,
  feedStatePrefix: 'URL#',
  hostGate: (host: string) => `HOST#${host}`,
  hostGateSk: 'GATE',
  deferral: (urlId: string) => `DEFER#${urlId}`,
  deferralSk: (episode: string, step: number) => `DEFER#${episode}#${step}`,
} as const;

/** The instant an article sorts by (publishedAt, else fetchedAt, else `fallback`), as a UTC ISO string. */
export function sortInstantOf(record: Pick<ArticleRecord, 'publishedAt' | 'fetchedAt'>, fallback: string): string {
  for (const candidate of [record.publishedAt, record.fetchedAt, fallback]) {
    const time = candidate ? Date.parse(candidate) : NaN;
    if (!Number.isNaN(time)) return new Date(time).toISOString();
  }
  return new Date(0).toISOString();
}

/**
 * The calendar day an article belongs to: the date as the page states it (its own UTC offset, so a 00:30 WITA story
 * is on the day readers saw printed), falling back to fetchedAt, then `fallback`.
 */
export function localDateOf(record: Pick<ArticleRecord, 'publishedAt' | 'fetchedAt'>, fallback: string): string {
  for (const candidate of [record.publishedAt, record.fetchedAt, fallback]) {
    if (candidate && /^\d{4}-\d{2}-\d{2}/.test(candidate) && !Number.isNaN(Date.parse(candidate))) {
      return candidate.slice(0, 10);
    }
  }
  return sortInstantOf(record, fallback).slice(0, 10);
}

/** Distinct, non-empty strings in first-seen order. */
function uniqueStrings(values: Array<string | null | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const trimmed = value?.trim();
    if (trimmed && !seen.has(trimmed)) {
      seen.add(trimmed);
      out.push(trimmed);
    }
  }
  return out;
}

const MAX_KEY_CHARS = 200;

/** The stable directory key of an entity of `kind` (folded name; Kemendagri code for regions; code for sectors). */
export function entityKeyFor(kind: EntityKind, name: string, code?: string | null): string {
  // Keys stay far below DynamoDB's 1 KB sort-key limit even for run-on names.
  if (kind === 'sector') return name.trim().toUpperCase().slice(0, MAX_KEY_CHARS);
  if (kind === 'location' && code) return code.trim().slice(0, MAX_KEY_CHARS);
  // "Kecamatan Balikpapan Utara" in one story and "Balikpapan Utara" in the next are one place.
  if (kind === 'location') return foldName(name.replace(AREA_UNIT_WORD, '')).slice(0, MAX_KEY_CHARS);
  return foldName(name).slice(0, MAX_KEY_CHARS);
}

/** The unit word a kecamatan's or desa's name may be written with. */
const AREA_UNIT_WORD = new RegExp(`^(?:${AREA_UNIT_WORDS.join('|')})\\s+(?=\\S)`, 'i');

/** Every entity a record mentions, one per (kind, key), with the names it goes by in this record. */
export function collectEntityRefs(record: Pick<ArticleRecord, 'people' | 'organizations' | 'locations' | 'sectors'>): EntityRef[] {
  const byKey = new Map<string, EntityRef>();
  const add = (kind: EntityKind, key: string, name: string, aliases: Array<string | null | undefined>): void => {
    if (!key) return;
    const id = `${kind}#${key}`;
    const existing = byKey.get(id);
    if (existing) existing.aliases = uniqueStrings([...existing.aliases, ...aliases]);
    else byKey.set(id, { kind, key, name, aliases: uniqueStrings([name, ...aliases]) });
  };
  for (const org of record.organizations ?? []) {
    add('organization', entityKeyFor('organization', org.name), org.name, [org.acronym, ...org.aliases]);
  }
  for (const person of record.people ?? []) {
    add('person', entityKeyFor('person', person.name), person.name, person.aliases);
    // A title names its body: a story quoting "Wali Kota Samarinda Andi Harun" is about the Pemerintah Kota Samarinda
    // even where the text never writes "Pemkot".
    if (person.organization) add('organization', entityKeyFor('organization', person.organization), person.organization, []);
  }
  for (const place of record.locations ?? []) {
    add('location', entityKeyFor('location', place.name, place.code), place.name, [place.code]);
  }
  for (const sector of record.sectors ?? []) {
    add('sector', entityKeyFor('sector', sector.code), sector.label || sector.code, [sector.code, sector.label]);
  }
  return [...byKey.values()];
}
