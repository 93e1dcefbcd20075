/**
 * @module config
 * The list of news sources Pantau watches: what to read (feeds, sitemaps, listing pages), in which time zone the
 * outlet writes, and how hard to press it. Files are validated strictly: an unknown key, a zone abbreviation such
 * as "WITA" or a relative URL is an error naming the field, never a silently ignored setting.
 */
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../shared/errors.js';
import bundledSources from './data/sources.json' with { type: 'json' };
import { locateJsonError } from './locate-json-error.js';
import { rejectUnknownKeys, requireObject, validateSource } from './validate-source.js';

export { DEFAULT_LANGUAGE, DEFAULT_MAX_ARTICLES_PER_RUN } from './validate-source.js';

export interface ListingSpec {
  url: string;
  linkSelector: string;
}

export interface SourceConfig {
  /** kebab-case, unique */
  id: string;
  name: string;
  /** IANA, validated with Intl (e.g. Asia/Makassar for WITA) */
  timezone: string;
  /** RSS/Atom URLs (default []) */
  feeds: string[];
  /** sitemap / sitemap index / Google News sitemap URLs (default []) */
  sitemaps: string[];
  /** listing pages with the CSS selector of their article links (default []) */
  listings: ListingSpec[];
  homepage?: string;
  region?: string;
  /** default 'id' */
  language: string;
  /** false when the endpoints could not be checked from here (default false) */
  verified: boolean;
  /** politeness override per host (>= 0); the fetcher's default is 1000 */
  minIntervalMs?: number;
  /** cap per pass (default 50) */
  maxArticlesPerRun?: number;
  /** optional regex a discovered URL must match */
  articleUrlPattern?: string;
  notes?: string;
}

const TOP_LEVEL_KEYS = ['sources', '$schema', '$comment'] as const;

let bundledCache: SourceConfig[] | null = null;

/**
 * Validate parsed JSON (an array of sources, or { sources: [...] }) and apply defaults.
 * Throws ConfigError naming the bad field, e.g. "sources[3].timezone: unknown IANA time zone 'WITA'".
 * @example parseSources([{ id: 'antara-kaltim', name: 'Antara Kaltim', timezone: 'Asia/Makassar', feeds: ['https://kaltim.antaranews.com/rss/terkini.xml'] }])
 */
export function parseSources(json: unknown): SourceConfig[] {
  const list = unwrapSourceList(json);
  if (list.length === 0) throw new ConfigError('must list at least one source', 'sources');
  const sources = list.map((entry, index) => validateSource(entry, `sources[${index}]`));
  const firstIndexById = new Map<string, number>();
  sources.forEach((source, index) => {
    const first = firstIndexById.get(source.id);
    if (first !== undefined) {
      throw new ConfigError(`duplicate id '${source.id}' (also sources[${first}].id)`, `sources[${index}].id`);
    }
    firstIndexById.set(source.id, index);
  });
  return sources;
}

/**
 * Read and validate a sources file. ConfigError on an unreadable file, invalid JSON (with line and column) or an
 * invalid entry (with the field), always naming the file.
 * @example const sources = await loadSources('my-sources.json');
 */
export async function loadSources(path: string): Promise<SourceConfig[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`cannot read sources file${code ? ` (${code})` : ''}: ${(error as Error).message}`, path);
  }
  return parseSourcesText(text, path);
}

/**
 * Parse and validate the text of a sources file; `origin` (a path or s3:// URL) is named in every error.
 * @example parseSourcesText('[{"id":"x", ...}]', 's3://bucket/sources.json')
 */
export function parseSourcesText(text: string, origin: string): SourceConfig[] {
  const jsonText = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(jsonText);
  } catch (error) {
    const where = locateJsonError(jsonText);
    const position = where ? ` at line ${where.line}, column ${where.column} (offset ${where.offset})` : '';
    throw new ConfigError(`invalid JSON${position}: ${(error as Error).message}`, origin);
  }
  try {
    return parseSources(json);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const detail = error.field ? error.message.slice(error.field.length + 2) : error.message;
    throw new ConfigError(`${detail} (in ${origin})`, error.field);
  }
}

/**
 * The bundled default list (lambdas/sources/data/sources.json), validated once; each call returns a fresh copy.
 * @example defaultSources().map((source) => source.id)
 */
export function defaultSources(): SourceConfig[] {
  bundledCache ??= parseSources(bundledSources);
  return structuredClone(bundledCache);
}

/** Accept an array, or an object whose `sources` key holds the array. */
function unwrapSourceList(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (typeof json === 'object' && json !== null) {
    const wrapper = requireObject(json, '(root)');
    rejectUnknownKeys(wrapper, TOP_LEVEL_KEYS, '(root)');
    const list = wrapper['sources'];
    if (list === undefined) throw new ConfigError('is required', 'sources');
    if (!Array.isArray(list)) throw new ConfigError('must be an array of sources', 'sources');
    return list;
  }
  throw new ConfigError('expected an array of sources or an object { "sources": [...] }');
}
