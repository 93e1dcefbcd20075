/**
 * @module dates
 * Date primitives shared by the feed/sitemap date parser (sources/parse-date.ts) and the news-page date parser
 * (extract/dates.ts), and by the time-zone check of the sources file: one month-name table (Indonesian and
 * English), the day names (the entities stage ends a name before them), one zone-abbreviation table (WIB/WITA/WIT, GMT/UTC, the US zones), IANA-zone offsets via `Intl`
 * (formatters cached per zone), offset formatting, zero padding and calendar checks. No date library.
 *
 * Each parser keeps its own format regexes, year range and output conventions; only the primitives live here.
 */

/** Month names and abbreviations, Indonesian and English, lower case and without a trailing dot. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['januari', 1], ['january', 1], ['jan', 1],
  ['februari', 2], ['pebruari', 2], ['february', 2], ['feb', 2], ['peb', 2],
  ['maret', 3], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['mei', 5], ['may', 5],
  ['juni', 6], ['june', 6], ['jun', 6],
  ['juli', 7], ['july', 7], ['jul', 7],
  ['agustus', 8], ['august', 8], ['agu', 8], ['agt', 8], ['ags', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['oktober', 10], ['october', 10], ['okt', 10], ['oct', 10],
  ['november', 11], ['nopember', 11], ['nov', 11], ['nop', 11],
  ['desember', 12], ['december', 12], ['des', 12], ['dec', 12],
]);

/** Day names, Indonesian and English, lower case ("Senin (3/3)" after a name in a news report). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** A zone abbreviation written in dates: its offset, and the IANA zone to configure instead where there is one. */
export interface ZoneAbbreviation {
  /** minutes east of UTC */
  offsetMinutes: number;
  /** the IANA zone that a sources file should name instead of the abbreviation (Indonesia's three zones) */
  timezone?: string;
}

/** Zone abbreviations (lower case) that dates carry instead of a numeric offset. */
export const ZONE_ABBREVIATIONS: ReadonlyMap<string, ZoneAbbreviation> = new Map([
  ['z', { offsetMinutes: 0 }], ['gmt', { offsetMinutes: 0 }], ['ut', { offsetMinutes: 0 }], ['utc', { offsetMinutes: 0 }],
  ['est', { offsetMinutes: -300 }], ['edt', { offsetMinutes: -240 }],
  ['cst', { offsetMinutes: -360 }], ['cdt', { offsetMinutes: -300 }],
  ['mst', { offsetMinutes: -420 }], ['mdt', { offsetMinutes: -360 }],
  ['pst', { offsetMinutes: -480 }], ['pdt', { offsetMinutes: -420 }],
  ['wib', { offsetMinutes: 420, timezone: 'Asia/Jakarta' }],
  ['wita', { offsetMinutes: 480, timezone: 'Asia/Makassar' }],
  ['wit', { offsetMinutes: 540, timezone: 'Asia/Jayapura' }],
]);

/** Inclusive range of years a parser accepts. */
export interface YearRange {
  min: number;
  max: number;
}

/**
 * Month number (1-12) of a month name or abbreviation in any case, with or without a trailing dot; null if unknown.
 * @example readMonth('Agustus') // 8
 */
export function readMonth(name: string): number | null {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
}

/**
 * Minutes east of UTC of "+0700", "+07:00", "+07", "Z" or a zone abbreviation (any case); null if unknown.
 * @example readOffset('WITA') // 480
 */
export function readOffset(zone: string): number | null {
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONE_ABBREVIATIONS.get(zone.toLowerCase())?.offsetMinutes ?? null;
}

/**
 * The IANA zone to use instead of an Indonesian zone abbreviation (any case); null for anything else.
 * @example timezoneOfAbbreviation('WITA') // 'Asia/Makassar'
 */
export function timezoneOfAbbreviation(abbreviation: string): string | null {
  return ZONE_ABBREVIATIONS.get(abbreviation.toLowerCase())?.timezone ?? null;
}

/** Intl formatters are costly to build (about 0.1 ms each): one per zone, kept. Only known zones get in. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/** The cached wall-clock formatter of a zone; throws RangeError for a zone this runtime does not know. */
function zoneFormatter(timezone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    FORMATTERS.set(timezone, formatter);
  }
  return formatter;
}

/**
 * True when this runtime's Intl knows the IANA zone name.
 * @example isKnownTimezone('Asia/Makassar') // true; isKnownTimezone('WITA') // false
 */
export function isKnownTimezone(timezone: string): boolean {
  try {
    zoneFormatter(timezone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Offset in minutes east of UTC of an IANA zone at a UTC instant; throws RangeError for an unknown zone.
 * Old local-mean-time offsets with seconds (Asia/Makassar +07:57:36 before 1932) are cut to whole minutes (477),
 * as Intl's own "GMT+07:57:36" label reads when its seconds are dropped.
 * @example zoneOffsetMinutes('Asia/Makassar', Date.UTC(2021, 10, 11)) // 480
 */
export function zoneOffsetMinutes(timezone: string, utcMs: number): number {
  const parts = zoneFormatter(timezone).formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.trunc((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * Offset of an IANA zone for a wall-clock time in that zone, given as if it were UTC (two passes, so DST edges land
 * right); throws RangeError for an unknown zone.
 * @example wallClockOffsetMinutes('Europe/Berlin', Date.UTC(2024, 2, 31, 3, 30)) // 120 (just after the spring change)
 */
export function wallClockOffsetMinutes(timezone: string, wallClockMs: number): number {
  const first = zoneOffsetMinutes(timezone, wallClockMs);
  return zoneOffsetMinutes(timezone, wallClockMs - first * 60_000);
}

/**
 * An offset in minutes as "+HH:MM"; with `zulu`, zero is written "Z".
 * @example formatOffset(-330) // '-05:30'; formatOffset(0, { zulu: true }) // 'Z'
 */
export function formatOffset(minutes: number, options: { zulu?: boolean } = {}): string {
  if (minutes === 0 && options.zulu) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/**
 * Zero-pad a whole number to `width` digits (default 2).
 * @example pad(7) // '07'; pad(45, 3) // '045'
 */
export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * A calendar date as ISO 8601 "YYYY-MM-DD".
 * @example formatCalendarDate(2015, 11, 5) // '2015-11-05'
 */
export function formatCalendarDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Four-digit years: what "YYYY" can write, and where Date.UTC does not remap 0-99 to 1900-1999. */
const FOUR_DIGIT_YEARS: YearRange = { min: 1000, max: 9999 };

/**
 * True when year-month-day is a real calendar day (no 31 February) with the year inside `years` (default 1000-9999).
 * @example isValidCalendarDate(2024, 2, 29) // true; isValidCalendarDate(2023, 2, 29) // false
 */
export function isValidCalendarDate(year: number, month: number, day: number, years: YearRange = FOUR_DIGIT_YEARS): boolean {
  if (!Number.isInteger(year) || year < years.min || year > years.max) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth;
}

/**
 * True when hour:minute:second is a time of day on a 24-hour clock (no 25:00, no minute 60).
 * @example isValidTimeOfDay(23, 59, 59) // true; isValidTimeOfDay(24, 0, 0) // false
 */
export function isValidTimeOfDay(hour: number, minute: number, second = 0): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}
