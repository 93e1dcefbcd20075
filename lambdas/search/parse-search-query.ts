/** @module search/parse-search-query: validate raw search input (CLI flags or HTTP query parameters). */
import { QueryError } from '../shared/errors.js';
import { SECTOR_CODES } from './sector-codes.js';

/** A validated search. Dates are YYYY-MM-DD (the date printed on the article) or full ISO 8601 instants. */
export interface SearchQuery {
  words?: string;
  org?: string;
  person?: string;
  location?: string;
  sector?: string;
  source?: string;
  since?: string;
  until?: string;
  limit?: number;
}

export const MAX_QUERY_TEXT = 200;
export const MAX_LIMIT = 100;
const TEXT_FIELDS = ['words', 'org', 'person', 'location', 'source'] as const;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** True when `text` is a date-only bound (YYYY-MM-DD). */
export function isDateOnly(text: string): boolean {
  return DATE_ONLY.test(text);
}

function readText(input: Record<string, string | undefined>, name: string): string | undefined {
  const value = input[name]?.trim();
  if (!value) return undefined;
  if (value.length > MAX_QUERY_TEXT) throw new QueryError(`${name} is too long (${value.length} characters, at most ${MAX_QUERY_TEXT})`);
  return value;
}

function readDate(input: Record<string, string | undefined>, name: 'since' | 'until'): string | undefined {
  const value = readText(input, name);
  if (value === undefined) return undefined;
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value;
  } else if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
    return value;
  }
  throw new QueryError(`${name} "${value}" is not a date: use YYYY-MM-DD or an ISO 8601 time such as 2021-11-12T10:00:00+08:00`);
}

/** The earliest (edge 'start') or latest (edge 'end') instant a bound can mean, in ms. */
export function boundToMillis(bound: string, edge: 'start' | 'end'): number {
  if (!isDateOnly(bound)) return Date.parse(bound);
  const midnightUtc = Date.parse(`${bound}T00:00:00Z`);
  // A calendar day somewhere between UTC-12 and UTC+14.
  return edge === 'start' ? midnightUtc - 14 * 3_600_000 : midnightUtc + 36 * 3_600_000 - 1;
}

/** Validate raw input (all strings): throws QueryError with a clear message on bad dates, limits, sectors, lengths. */
export function parseSearchQuery(input: Record<string, string | undefined>): SearchQuery {
  const query: SearchQuery = {};
  for (const field of TEXT_FIELDS) {
    const value = readText(input, field);
    if (value !== undefined) query[field] = value;
  }
  // `q` is the usual name of a free-text HTTP parameter.
  if (query.words === undefined) {
    const q = readText(input, 'q');
    if (q !== undefined) query.words = q;
  }
  const sector = readText(input, 'sector');
  if (sector !== undefined) {
    const code = sector.toUpperCase();
    if (!SECTOR_CODES.includes(code)) {
      throw new QueryError(`unknown sector "${sector}": use a KBLI 2020 section letter A-U, UMKM or PARIWISATA`);
    }
    query.sector = code;
  }
  const since = readDate(input, 'since');
  const until = readDate(input, 'until');
  if (since !== undefined) query.since = since;
  if (until !== undefined) query.until = until;
  if (since !== undefined && until !== undefined) {
    const sinceFirst = isDateOnly(since) && isDateOnly(until) ? since <= until : Date.parse(isDateOnly(since) ? `${since}T00:00:00Z` : since) <= boundToMillis(until, 'end');
    if (!sinceFirst) throw new QueryError(`since (${since}) is after until (${until})`);
  }
  const limit = readText(input, 'limit');
  if (limit !== undefined) {
    const n = Number(limit);
    if (!/^\d+$/.test(limit) || !Number.isInteger(n) || n < 1 || n > MAX_LIMIT) {
      throw new QueryError(`limit "${limit}" must be a whole number from 1 to ${MAX_LIMIT}`);
    }
    query.limit = n;
  }
  return query;
}
