/**
 * @module parse-date
 * Dates as feeds and sitemaps write them, turned into ISO 8601 strings that keep the publisher's own offset
 * ("Thu, 05 Nov 2015 14:56:43 +0700" -> "2015-11-05T14:56:43+07:00"; an offset of zero is written "Z").
 *
 * Accepted: RFC 822/2822 (RSS pubDate; two-digit years, English or Indonesian month names read by their first three
 * letters against the shared table in shared/dates.ts, so "Pebruari"/"Nopember" too; zone names GMT/UT/UTC,
 * the US zones and the Indonesian WIB/WITA/WIT), and W3C/ISO 8601 (Atom, dc:date, sitemaps; "T" or a space
 * between date and time). A date-only value stays date-only ("2026-03-23"); a year or year-month alone is too coarse
 * to be a publication date and gives null. A time without offset is read in `timeZone` when one is given,
 * otherwise it is returned without offset rather than with a guessed one. Anything else gives null.
 */
import {
  formatCalendarDate, formatOffset, isValidCalendarDate, isValidTimeOfDay, pad, readMonth, readOffset,
  wallClockOffsetMinutes,
} from '../shared/dates.js';
import type { YearRange } from '../shared/dates.js';

/**
 * Years a feed or sitemap date may carry. Wider than a news page's (NEWS_YEARS in extract/dates.ts, 1990-2100) on
 * purpose: here the text is a date field, so the range only has to reject garbage, and archive sitemaps and two-digit
 * RFC 822 years (50-99 -> 1950-1999) reach back before web news.
 */
const FEED_YEARS: YearRange = { min: 1900, max: 2999 };

const RFC_822 =
  /^(?:[A-Za-z]+\.?,?\s*)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{2}|\d{4})\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*([+-]\d{2}:?\d{2}|[A-Za-z]+)?$/;
const ISO_8601 =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

interface DateParts {
  year: number;
  month: number;
  day: number;
  time: { hour: number; minute: number; second: number; millis: number } | null;
  /** minutes east of UTC; null when the text gives no zone */
  offset: number | null;
}

/**
 * Parse an RSS/Atom/sitemap date into an ISO 8601 string with the source's offset, or null when unreadable.
 * @example parseFeedDate('Thu, 05 Nov 2015 10:00:00 +0700') // '2015-11-05T10:00:00+07:00'
 * @example parseFeedDate('2026-03-23T10:00:00', 'Asia/Makassar') // '2026-03-23T10:00:00+08:00'
 */
export function parseFeedDate(text: string | null | undefined, timeZone?: string): string | null {
  if (typeof text !== 'string') return null;
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return null;
  const parts = readIso(trimmed) ?? readRfc822(trimmed);
  if (!parts || !isValidParts(parts)) return null;
  if (parts.time && parts.offset === null && timeZone) parts.offset = zoneOffsetAt(parts, timeZone);
  return formatParts(parts);
}

/** Read a W3C/ISO 8601 date; null when the text is not in that shape or is coarser than a day. */
function readIso(text: string): DateParts | null {
  const match = ISO_8601.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  if (month === undefined || day === undefined) return null;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    time:
      hour === undefined
        ? null
        : {
            hour: Number(hour),
            minute: Number(minute),
            second: Number(second ?? 0),
            millis: fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0,
          },
    offset: zone === undefined ? null : readOffset(zone),
  };
}

/** Read an RFC 822/2822 date; null when the text is not in that shape or names an unknown month or zone. */
function readRfc822(text: string): DateParts | null {
  const match = RFC_822.exec(text);
  if (!match) return null;
  const [, day, monthName = '', year = '', hour, minute, second, zone] = match;
  const month = readMonth(monthName.slice(0, 3));
  if (month === null) return null;
  let fullYear = Number(year);
  if (year.length === 2) fullYear += fullYear < 50 ? 2000 : 1900;
  const offset = zone === undefined ? null : readOffset(zone);
  if (zone !== undefined && offset === null) return null;
  return {
    year: fullYear,
    month,
    day: Number(day),
    time: { hour: Number(hour), minute: Number(minute), second: Number(second ?? 0), millis: 0 },
    offset,
  };
}

/** Check calendar and clock ranges (no 31 February, no 25:00, offsets within +-14:00). */
function isValidParts(parts: DateParts): boolean {
  const { year, month, day, time, offset } = parts;
  if (!isValidCalendarDate(year, month, day, FEED_YEARS)) return false;
  if (time && !isValidTimeOfDay(time.hour, time.minute, time.second)) return false;
  return offset === null || Math.abs(offset) <= 14 * 60;
}

/** Offset in minutes of an IANA zone at the wall-clock time in parts (two passes, so DST edges land right). */
function zoneOffsetAt(parts: DateParts, timeZone: string): number | null {
  const time = parts.time ?? { hour: 0, minute: 0, second: 0, millis: 0 };
  const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day, time.hour, time.minute, time.second);
  try {
    return wallClockOffsetMinutes(timeZone, wallClock);
  } catch {
    return null;
  }
}

/** Write parts as ISO 8601: date only, naive date-time, or date-time with "Z" / "+HH:MM". */
function formatParts(parts: DateParts): string {
  const date = formatCalendarDate(parts.year, parts.month, parts.day);
  if (!parts.time) return date;
  const { hour, minute, second, millis } = parts.time;
  const fraction = millis > 0 ? `.${pad(millis, 3)}` : '';
  const clock = `${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}`;
  return `${date}T${clock}${parts.offset === null ? '' : formatOffset(parts.offset, { zulu: true })}`;
}
