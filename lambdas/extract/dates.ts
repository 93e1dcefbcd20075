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

export const DEFAULT_TIMEZONE = 'Asia/Jakarta';

/** Month names and abbreviations, Indonesian and English (lower case, without a trailing dot). */
const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

/** Indonesian time-zone abbreviations and their offsets in minutes. */
const ZONE_ABBREVIATIONS: Readonly<Record<string, number>> = { wib: 420, wita: 480, wit: 540, utc: 0, gmt: 0 };

const MONTH_PATTERN = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
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
  if (m) return withTime({ year: expandYear(m[3]), month: MONTHS[m[2].toLowerCase()], day: +m[1] }, m, 4);
  m = MONTH_DAY_YEAR.exec(input);
  if (m) return withTime({ year: +m[3], month: MONTHS[m[1].toLowerCase()], day: +m[2] }, m, 4);
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
  const lower = zone.toLowerCase();
  if (lower === 'z') return 'utc';
  if (lower in ZONE_ABBREVIATIONS) return ZONE_ABBREVIATIONS[lower];
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** Validate the parts and format them as ISO 8601 in the stated (or the source's) offset. */
function formatDateParts(p: DateParts, timezone: string): string | null {
  if (!isValidCalendarDate(p.year, p.month, p.day)) return null;
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (p.hour === undefined) return date;
  if (p.hour > 23 || (p.minute ?? 0) > 59 || (p.second ?? 0) > 59) return null;
  let localMs = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute ?? 0, p.second ?? 0);
  let offset: number;
  if (p.offset === 'utc') {
    offset = zoneOffsetMinutes(timezone, localMs);
    localMs += offset * 60_000;
  } else if (p.offset !== undefined) {
    offset = p.offset;
  } else {
    offset = localZoneOffsetMinutes(timezone, localMs);
  }
  return `${new Date(localMs).toISOString().slice(0, 19)}${formatOffset(offset)}`;
}

/** True when year-month-day is a real calendar day within a sane range for news. */
function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth;
}

/**
 * Offset (minutes) of an IANA zone at a UTC instant, via Intl.
 * @example zoneOffsetMinutes('Asia/Makassar', Date.UTC(2021, 10, 11)) // 480
 */
export function zoneOffsetMinutes(timezone: string, utcMs: number): number {
  const fmt = zoneFormatter(timezone);
  const get = (parts: Intl.DateTimeFormatPart[], type: string) => Number(parts.find((x) => x.type === type)?.value);
  const parts = fmt.formatToParts(new Date(utcMs));
  const asUtc = Date.UTC(get(parts, 'year'), get(parts, 'month') - 1, get(parts, 'day'), get(parts, 'hour'), get(parts, 'minute'), get(parts, 'second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/** Intl formatters are costly to build (about 0.1 ms each): one per zone, kept. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timezone: string): Intl.DateTimeFormat {
  let fmt = FORMATTERS.get(timezone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    FORMATTERS.set(timezone, fmt);
  }
  return fmt;
}

/** Offset of a zone for a wall-clock time in that zone (two passes handle DST edges well enough). */
function localZoneOffsetMinutes(timezone: string, wallClockMs: number): number {
  const first = zoneOffsetMinutes(timezone, wallClockMs);
  return zoneOffsetMinutes(timezone, wallClockMs - first * 60_000);
}

/** 420 -> "+07:00". */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** True when the IANA zone name is known to this runtime. */
export function isKnownTimezone(timezone: string): boolean {
  try {
    zoneFormatter(timezone);
    return true;
  } catch {
    return false;
  }
}
