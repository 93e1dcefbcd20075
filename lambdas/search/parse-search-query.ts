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

/** Parameters a search understands; anything else is refused, so a typo ("sinse") is not silently ignored. */
export const KNOWN_PARAMETERS = ['words', 'q', 'org', 'person', 'location', 'sector', 'source', 'since', 'until', 'limit'] as const;
/** Longest raw parameter value looked at (before trimming), so a megabyte of spaces is refused, not trimmed. */
const MAX_RAW_TEXT = 4 * MAX_QUERY_TEXT;
/** C0/C1 control characters (tab and newline included), lone surrogates and U+FFFD: never part of a name or a word. */
const BAD_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
/** A source id as the sources config writes them (kebab case; case is forgiven here). */
const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/i;

function readText(input: Record<string, string | undefined>, name: string): string | undefined {
  const raw = input[name];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') throw new QueryError(`${name} must be given once, as text`);
  if (raw.length > MAX_RAW_TEXT) throw new QueryError(`${name} is too long (${raw.length} characters, at most ${MAX_QUERY_TEXT})`);
  const value = raw.trim();
  if (!value) return undefined;
  if (value.length > MAX_QUERY_TEXT) throw new QueryError(`${name} is too long (${value.length} characters, at most ${MAX_QUERY_TEXT})`);
  if (BAD_CHARACTERS.test(value.replace(/[\ud800-\udbff][\udc00-\udfff]/g, 'x'))) throw new QueryError(`${name} contains control or invalid characters`);
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
  // X-Amz-* are SigV4 query-string signature parameters of a presigned call to the IAM-authenticated URL.
  const unknown = Object.keys(input).filter(
    (key) => input[key] !== undefined && !(KNOWN_PARAMETERS as readonly string[]).includes(key) && !/^x-amz-/i.test(key),
  );
  if (unknown.length) {
    const shown = unknown.slice(0, 3).map((key) => JSON.stringify(key.slice(0, 40))).join(', ');
    throw new QueryError(`unknown parameter${unknown.length > 1 ? 's' : ''} ${shown}: use ${KNOWN_PARAMETERS.join(', ')}`);
  }
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
  if (query.source !== undefined && !SOURCE_ID.test(query.source)) {
    throw new QueryError(`source "${query.source}" is not a source id (letters, digits and dashes, as in 'pantau sources')`);
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
