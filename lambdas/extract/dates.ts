/**
 * @module dates
 * Indonesian (and English) date parsing for news pages, without a date library.
 *
 * Every result is ISO 8601 with the offset the page states ("WIB" = +07:00, "WITA" = +08:00, "WIT" = +09:00, or a
 * numeric offset). A date without a zone takes the source's IANA zone (default Asia/Jakarta); its offset comes from
 * `Intl`. A "Z" (UTC) date is shown in the source zone (same instant) so every record of one source reads alike.
 * A date without a time of day gives a plain calendar date ("2015-11-05"): the time is never invented.
 * Anything that does not parse to a real calendar date gives `null`.
 */

import {
  MONTHS, formatCalendarDate, formatOffset, isValidCalendarDate, isValidTimeOfDay, readMonth, readOffset,
  wallClockOffsetMinutes, zoneOffsetMinutes,
} from '../shared/dates.js';
import type { YearRange } from '../shared/dates.js';

export { isKnownTimezone, zoneOffsetMinutes } from '../shared/dates.js';

export const DEFAULT_TIMEZONE = 'Asia/Jakarta';

/**
 * Years a news-page date may carry: the web-news era. Narrower than a feed date's (FEED_YEARS in
 * sources/parse-date.ts, 1900-2999) on purpose: this parser reads free text (date lines, body paragraphs), where
 * "17 Agustus 1945" is history, not the article's date, and must not be taken for one.
 */
const NEWS_YEARS: YearRange = { min: 1990, max: 2100 };

const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?`;
const ZONE = String.raw`(wita|wib|wit|utc|gmt|z|[+-]\d{2}:?\d{2})?`;

/** "11 November 2021 14:30 WITA", "05 Nov 2015 10:00 WIB", "09 Aug 21 | 07:44", "16 Feb 2016 at 09:10 WIB". */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\d])(\d{1,2})\s*(?:-|\s)\s*(${MONTH_PATTERN})\.?\s*(?:-|\s|,)\s*(\d{4}|\d{2})(?![\d])(?:[\s,|\-–@]*(?:at|pukul|jam|pkl\.?)?\s*${TIME})?\s*${ZONE}(?![a-z])`,
  'i',
);
/** "November 4, 2015 07:28" (English order). */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`(?<![a-z])(${MONTH_PATTERN})\.?\s+(\d{1,2}),?\s+(\d{4})(?:[\s,|\-–@]*(?:at)?\s*${TIME})?\s*${ZONE}(?![a-z])`,
  'i',
);
/** "2021-11-11T14:30:00+08:00", "2021/11/11 14:30:00", "2015-11-05 T10:08:58Z", "2014-07-13T20:07:27.8200000". */
const YEAR_FIRST = new RegExp(
  String.raw`(?<!\d)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[\sT]*${TIME}(?:\.\d+)?)?\s*${ZONE}(?![a-z])`,
  'i',
);
/** "05/11/2015 10:08 WIB" (Indonesian day/month/year order). */
const DAY_FIRST_NUMERIC = new RegExp(
  String.raw`(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[\s,|\-–]*${TIME})?\s*${ZONE}(?![a-z])`,
  'i',
);

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** offset in minutes east of UTC, or 'utc' for a "Z", or undefined when the text states none */
  offset?: number | 'utc';
}

/**
 * Parse a date as written on a news page into ISO 8601 with offset, or null.
 * @example parseNewsDate('Kamis, 11 November 2021 14:30 WITA') // '2021-11-11T14:30:00+08:00'
 * @example parseNewsDate('09 Aug 21 | 07:44') // '2021-08-09T07:44:00+07:00'
 */
export function parseNewsDate(text: string | null | undefined, timezone: string = DEFAULT_TIMEZONE): string | null {
  if (!text) return null;
  const input = text.replace(/\u00a0/g, ' ').trim();
  if (!input || input.length > 300) return null;
  const parts = matchDateParts(input);
  return parts ? formatDateParts(parts, timezone) : null;
}

/** Try each known shape in turn and return the parts of the first that matches. */
function matchDateParts(input: string): DateParts | null {
  let m = YEAR_FIRST.exec(input);
  if (m) return withTime({ year: +m[1], month: +m[2], day: +m[3] }, m, 4);
  m = DAY_MONTH_YEAR.exec(input);
  if (m) return withTime({ year: expandYear(m[3]), month: readMonth(m[2]) ?? 0, day: +m[1] }, m, 4);
  m = MONTH_DAY_YEAR.exec(input);
  if (m) return withTime({ year: +m[3], month: readMonth(m[1]) ?? 0, day: +m[2] }, m, 4);
  m = DAY_FIRST_NUMERIC.exec(input);
  if (m) return withTime({ year: +m[3], month: +m[2], day: +m[1] }, m, 4);
  return null;
}

/** Add the time and zone groups (starting at `index`) of a match to the date parts. */
function withTime(parts: DateParts, m: RegExpExecArray, index: number): DateParts {
  if (m[index] !== undefined) {
    parts.hour = +m[index];
    parts.minute = +m[index + 1];
    parts.second = m[index + 2] !== undefined ? +m[index + 2] : 0;
  }
  const zone = m[index + 3];
  if (zone) parts.offset = parseZone(zone);
  return parts;
}

/** "21" -> 2021; two-digit years on news pages are always this century. */
function expandYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/** "WIB" -> 420, "+0800" -> 480, "Z" -> 'utc'. */
function parseZone(zone: string): number | 'utc' {
  if (zone.toLowerCase() === 'z') return 'utc';
  return readOffset(zone) ?? 0;
}

/** Validate the parts and format them as ISO 8601 in the stated (or the source's) offset. */
function formatDateParts(p: DateParts, timezone: string): string | null {
  if (!isValidCalendarDate(p.year, p.month, p.day, NEWS_YEARS)) return null;
  const date = formatCalendarDate(p.year, p.month, p.day);
  if (p.hour === undefined) return date;
  if (!isValidTimeOfDay(p.hour, p.minute ?? 0, p.second ?? 0)) return null;
  let localMs = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute ?? 0, p.second ?? 0);
  let offset: number;
  if (p.offset === 'utc') {
    offset = zoneOffsetMinutes(timezone, localMs);
    localMs += offset * 60_000;
  } else if (p.offset !== undefined) {
    offset = p.offset;
  } else {
    offset = wallClockOffsetMinutes(timezone, localMs);
  }
  return `${new Date(localMs).toISOString().slice(0, 19)}${formatOffset(offset)}`;
}

/** A relative date resolved against the fetch time: the ISO value and the phrase it came from. */
export interface RelativeDate {
  /** ISO 8601 with offset (minutes / hours ago), or a calendar date (days ago, "kemarin") */
  iso: string;
  /** the phrase as written, e.g. "2 jam yang lalu" */
  phrase: string;
}

/** Units of relative dates ("2 jam yang lalu", "30 menit lalu", "3 days ago") in milliseconds, or days for calendar units. */
const RELATIVE_UNITS: ReadonlyMap<string, { ms?: number; days?: number }> = new Map([
  ['detik', { ms: 1_000 }], ['second', { ms: 1_000 }], ['seconds', { ms: 1_000 }], ['sec', { ms: 1_000 }], ['secs', { ms: 1_000 }],
  ['menit', { ms: 60_000 }], ['minute', { ms: 60_000 }], ['minutes', { ms: 60_000 }], ['min', { ms: 60_000 }], ['mins', { ms: 60_000 }],
  ['jam', { ms: 3_600_000 }], ['hour', { ms: 3_600_000 }], ['hours', { ms: 3_600_000 }], ['hr', { ms: 3_600_000 }], ['hrs', { ms: 3_600_000 }],
  ['hari', { days: 1 }], ['day', { days: 1 }], ['days', { days: 1 }],
  ['minggu', { days: 7 }], ['pekan', { days: 7 }], ['week', { days: 7 }], ['weeks', { days: 7 }],
]);

/** Number words of relative dates: "se-"/"satu"/"a"/"an" = 1. */
const RELATIVE_ONE = /^(?:se|satu|a|an|one)$/i;

/** "2 jam yang lalu", "30 menit lalu", "1 hari yang lalu", "sejam lalu", "3 hours ago". */
const RELATIVE_AGO = /(?<![\p{L}\d])(\d{1,3}|se|satu|an?|one)\s*-?\s*(detik|menit|jam|hari|minggu|pekan|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?:yang\s+)?(?:lalu|ago)(?![\p{L}])/iu;

/** "baru saja" / "just now" (the fetch minute) and "kemarin" / "yesterday" (the day before the fetch). */
const RELATIVE_NOW = /(?<![\p{L}])(?:baru saja|just now)(?![\p{L}])/iu;
const RELATIVE_YESTERDAY = /(?<![\p{L}])(?:kemarin|yesterday)(?![\p{L}])/iu;

/**
 * Resolve a relative date ("2 jam yang lalu", "30 menit lalu", "kemarin", "1 hari yang lalu", "baru saja") against the
 * fetch time, in the source zone. Minutes and hours give a timestamp to the minute; days, weeks and "kemarin" give a
 * calendar date (no time is invented). Null when the text holds no relative date or `fetchedAt` does not parse.
 * @example parseRelativeDate('2 jam yang lalu', '2021-11-11T07:30:00Z', 'Asia/Makassar')?.iso // '2021-11-11T13:30:00+08:00'
 */
export function parseRelativeDate(text: string | null | undefined, fetchedAt: string | null | undefined, timezone: string = DEFAULT_TIMEZONE): RelativeDate | null {
  if (!text || !fetchedAt || text.length > 300) return null;
  const fetchedMs = Date.parse(fetchedAt);
  if (Number.isNaN(fetchedMs)) return null;
  const input = text.replace(/\u00a0/g, ' ');
  let m = RELATIVE_AGO.exec(input);
  if (m) {
    const amount = RELATIVE_ONE.test(m[1]) ? 1 : Number(m[1]);
    const unit = RELATIVE_UNITS.get(m[2].toLowerCase());
    if (!unit) return null;
    const iso = unit.ms !== undefined
      ? formatInstant(fetchedMs - amount * unit.ms, timezone)
      : formatLocalDay(fetchedMs, timezone, -amount * (unit.days ?? 1));
    return { iso, phrase: m[0].trim() };
  }
  m = RELATIVE_NOW.exec(input);
  if (m) return { iso: formatInstant(fetchedMs, timezone), phrase: m[0] };
  m = RELATIVE_YESTERDAY.exec(input);
  if (m) return { iso: formatLocalDay(fetchedMs, timezone, -1), phrase: m[0] };
  return null;
}

/** An instant as ISO 8601 to the minute in the zone's offset. */
function formatInstant(utcMs: number, timezone: string): string {
  const minuteMs = Math.floor(utcMs / 60_000) * 60_000;
  const offset = zoneOffsetMinutes(timezone, minuteMs);
  return `${new Date(minuteMs + offset * 60_000).toISOString().slice(0, 19)}${formatOffset(offset)}`;
}

/** The calendar day of an instant in the zone, moved by `days`, as "YYYY-MM-DD". */
function formatLocalDay(utcMs: number, timezone: string, days: number): string {
  const local = new Date(utcMs + zoneOffsetMinutes(timezone, utcMs) * 60_000 + days * 86_400_000);
  return formatCalendarDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** Labels that start the last-update part of a date line: "Diperbarui", "Update:", "Updated", "Pembaruan terakhir". */
const UPDATED_LABEL = /(?<![\p{L}])(?:terakhir\s+)?(?:diperbarui|diupdate|di-update|pembaruan(?:\s+terakhir)?|updated?|last updated)(?:\s+(?:pada|on|at))?\s*:?\s*/iu;

/**
 * Split a date line into its publication part and its last-update part ("Diperbarui"/"Update:"), either may be empty.
 * @example splitUpdatedDate('Kompas.com - 11/11/2021, 14:30 WIB Diperbarui 12/11/2021, 09:00 WIB').modified // '12/11/2021, 09:00 WIB'
 */
export function splitUpdatedDate(text: string): { published: string; modified: string | null } {
  const m = UPDATED_LABEL.exec(text);
  if (!m) return { published: text, modified: null };
  return { published: text.slice(0, m.index).trim(), modified: text.slice(m.index + m[0].length).trim() || null };
}
