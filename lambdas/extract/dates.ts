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
