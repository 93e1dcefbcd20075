/**
 * @module validate-source
 * Field-by-field checks of one entry of a sources file. Each check throws ConfigError naming the field
 * ("sources[3].timezone"), so a typo in a hand-edited file points at itself.
 */
import { load } from 'cheerio/slim';
import { isKnownTimezone, timezoneOfAbbreviation } from '../shared/dates.js';
import { ConfigError } from '../shared/errors.js';
import type { ListingSpec, SourceConfig } from './config.js';

export const DEFAULT_LANGUAGE = 'id';
export const DEFAULT_MAX_ARTICLES_PER_RUN = 50;

const SOURCE_KEYS = [
  'id', 'name', 'timezone', 'feeds', 'sitemaps', 'listings', 'homepage', 'region', 'language', 'verified',
  'minIntervalMs', 'maxArticlesPerRun', 'articleUrlPattern', 'notes',
] as const;
const LISTING_KEYS = ['url', 'linkSelector'] as const;
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

type Json = Record<string, unknown>;

/** Validate one source entry (at `field`, e.g. "sources[3]") and return it with defaults applied. */
export function validateSource(value: unknown, field: string): SourceConfig {
  const entry = requireObject(value, field);
  rejectUnknownKeys(entry, SOURCE_KEYS, field);
  const source: SourceConfig = {
    id: readId(entry['id'], `${field}.id`),
    name: readText(entry['name'], `${field}.name`, true) as string,
    timezone: readTimeZone(entry['timezone'], `${field}.timezone`),
    feeds: readUrlList(entry['feeds'], `${field}.feeds`),
    sitemaps: readUrlList(entry['sitemaps'], `${field}.sitemaps`),
    listings: readListings(entry['listings'], `${field}.listings`),
    language: readLanguage(entry['language'], `${field}.language`),
    verified: readBoolean(entry['verified'], `${field}.verified`),
    maxArticlesPerRun: readMaxArticles(entry['maxArticlesPerRun'], `${field}.maxArticlesPerRun`),
  };
  const homepage = entry['homepage'] === undefined ? undefined : readUrl(entry['homepage'], `${field}.homepage`);
  const region = readText(entry['region'], `${field}.region`, false);
  const minIntervalMs = readInterval(entry['minIntervalMs'], `${field}.minIntervalMs`);
  const articleUrlPattern = readPattern(entry['articleUrlPattern'], `${field}.articleUrlPattern`);
  const notes = readText(entry['notes'], `${field}.notes`, false);
  if (homepage !== undefined) source.homepage = homepage;
  if (region !== undefined) source.region = region;
  if (minIntervalMs !== undefined) source.minIntervalMs = minIntervalMs;
  if (articleUrlPattern !== undefined) source.articleUrlPattern = articleUrlPattern;
  if (notes !== undefined) source.notes = notes;
  if (source.feeds.length + source.sitemaps.length + source.listings.length === 0) {
    throw new ConfigError('needs at least one discovery method: a URL in feeds, sitemaps or listings', field);
  }
  return source;
}

/** Throw unless value is a plain object. */
export function requireObject(value: unknown, field: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`must be an object, got ${describe(value)}`, field);
  }
  return value as Json;
}

/** Throw on the first key that is not in allowed, suggesting the nearest allowed key. */
export function rejectUnknownKeys(entry: Json, allowed: readonly string[], field: string): void {
  for (const key of Object.keys(entry)) {
    if (allowed.includes(key)) continue;
    const nearest = allowed.find((candidate) => editDistance(candidate.toLowerCase(), key.toLowerCase()) <= 2);
    const hint = nearest ? ` (did you mean '${nearest}'?)` : ` (allowed: ${allowed.join(', ')})`;
    throw new ConfigError(`unknown key${hint}`, `${field}.${key}`);
  }
}

/** A required kebab-case id. */
function readId(value: unknown, field: string): string {
  const id = readText(value, field, true) as string;
  if (!KEBAB_CASE.test(id)) throw new ConfigError(`must be kebab-case (a-z, 0-9, single hyphens), got '${id}'`, field);
  return id;
}

/** A string; required ones must be present and non-blank, optional ones may be absent. */
function readText(value: unknown, field: string, required: boolean): string | undefined {
  if (value === undefined) {
    if (required) throw new ConfigError('is required', field);
    return undefined;
  }
  if (typeof value !== 'string') throw new ConfigError(`must be a string, got ${describe(value)}`, field);
  if (required && value.trim() === '') throw new ConfigError('must not be empty', field);
  return value;
}

/** A required IANA time zone that Intl knows. */
function readTimeZone(value: unknown, field: string): string {
  const zone = readText(value, field, true) as string;
  if (isKnownTimezone(zone)) return zone;
  const hint = timezoneOfAbbreviation(zone);
  throw new ConfigError(`unknown IANA time zone '${zone}'${hint ? ` (for ${zone.toUpperCase()} use '${hint}')` : ''}`, field);
}

/** An absolute http(s) URL. */
function readUrl(value: unknown, field: string): string {
  const text = readText(value, field, true) as string;
  let parsed: URL | null;
  try {
    parsed = new URL(text);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') {
    throw new ConfigError(`must be an absolute http(s) URL, got '${text}'`, field);
  }
  return text;
}

/** An optional array of distinct http(s) URLs (default []). */
function readUrlList(value: unknown, field: string): string[] {
  const items = readArray(value, field);
  const urls = items.map((item, index) => readUrl(item, `${field}[${index}]`));
  urls.forEach((url, index) => {
    const first = urls.indexOf(url);
    if (first !== index) throw new ConfigError(`duplicate of ${field}[${first}] '${url}'`, `${field}[${index}]`);
  });
  return urls;
}

/** An optional array of listing specs (default []). */
function readListings(value: unknown, field: string): ListingSpec[] {
  return readArray(value, field).map((item, index) => {
    const at = `${field}[${index}]`;
    const entry = requireObject(item, at);
    rejectUnknownKeys(entry, LISTING_KEYS, at);
    return { url: readUrl(entry['url'], `${at}.url`), linkSelector: readSelector(entry['linkSelector'], `${at}.linkSelector`) };
  });
}

/** A required CSS selector that cheerio can compile. */
function readSelector(value: unknown, field: string): string {
  const selector = readText(value, field, true) as string;
  try {
    load('')(selector);
  } catch (error) {
    throw new ConfigError(`invalid CSS selector '${selector}': ${(error as Error).message}`, field);
  }
  return selector;
}

/** An optional array (default []). */
function readArray(value: unknown, field: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ConfigError(`must be an array, got ${describe(value)}`, field);
  return value;
}

/** An optional language tag such as "id" or "en-US" (default "id"). */
function readLanguage(value: unknown, field: string): string {
  const language = readText(value, field, false) ?? DEFAULT_LANGUAGE;
  if (!LANGUAGE_TAG.test(language)) throw new ConfigError(`must be a language tag like 'id', got '${language}'`, field);
  return language;
}

/** An optional boolean (default false). */
function readBoolean(value: unknown, field: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new ConfigError(`must be true or false, got ${describe(value)}`, field);
  return value;
}

/** An optional number of milliseconds >= 0. */
function readInterval(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new ConfigError(`must be a number of milliseconds >= 0, got ${describe(value)}`, field);
  }
  return value;
}

/** An optional whole number >= 1 (default 50). */
function readMaxArticles(value: unknown, field: string): number {
  if (value === undefined) return DEFAULT_MAX_ARTICLES_PER_RUN;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new ConfigError(`must be a whole number >= 1, got ${describe(value)}`, field);
  }
  return value;
}

/** An optional regular expression source that compiles. */
function readPattern(value: unknown, field: string): string | undefined {
  const pattern = readText(value, field, false);
  if (pattern === undefined) return undefined;
  try {
    new RegExp(pattern);
  } catch (error) {
    throw new ConfigError(`invalid regular expression: ${(error as Error).message}`, field);
  }
  return pattern;
}

/** A short description of a JSON value for messages. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
