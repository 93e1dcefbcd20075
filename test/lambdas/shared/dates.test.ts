import { describe, expect, it } from 'vitest';
import {
  MONTHS, formatCalendarDate, formatOffset, isKnownTimezone, isValidCalendarDate, isValidTimeOfDay, pad, readMonth,
  readOffset, timezoneOfAbbreviation, wallClockOffsetMinutes, zoneOffsetMinutes,
} from '../../../lambdas/shared/dates.js';

const BERLIN = 'Europe/Berlin';

describe('zoneOffsetMinutes', () => {
  it.each([
    ['Asia/Jakarta', 420],
    ['Asia/Makassar', 480],
    ['Asia/Jayapura', 540],
    ['UTC', 0],
    ['America/New_York', -300],
  ])('should give %s an offset of %i minutes in January 2021', (zone, minutes) => {
    // Act
    const offset = zoneOffsetMinutes(zone, Date.UTC(2021, 0, 15, 12));

    // Assess
    expect(offset).toBe(minutes);
  });

  it('should switch Europe/Berlin from +60 to +120 at 01:00 UTC on the spring change day (2024-03-31)', () => {
    expect(zoneOffsetMinutes(BERLIN, Date.UTC(2024, 2, 31, 0, 59, 59))).toBe(60);
    expect(zoneOffsetMinutes(BERLIN, Date.UTC(2024, 2, 31, 1, 0, 0))).toBe(120);
  });

  it('should switch Europe/Berlin from +120 back to +60 at 01:00 UTC on the autumn change day (2024-10-27)', () => {
    expect(zoneOffsetMinutes(BERLIN, Date.UTC(2024, 9, 27, 0, 59, 59))).toBe(120);
    expect(zoneOffsetMinutes(BERLIN, Date.UTC(2024, 9, 27, 1, 0, 0))).toBe(60);
  });

  it('should cut an old local-mean-time offset with seconds to whole minutes (Makassar +07:57:36 in 1910)', () => {
    expect(zoneOffsetMinutes('Asia/Makassar', Date.UTC(1910, 0, 1))).toBe(477);
  });

  it('should give the same answer when asked again (cached formatter)', () => {
    // Prepare
    const instant = Date.UTC(2024, 2, 31, 1, 0, 0);

    // Act
    const answers = [1, 2, 3].map(() => zoneOffsetMinutes(BERLIN, instant));

    // Assess
    expect(answers).toEqual([120, 120, 120]);
  });

  it('should throw a RangeError for a zone the runtime does not know', () => {
    expect(() => zoneOffsetMinutes('Mars/Olympus_Mons', Date.UTC(2021, 0, 1))).toThrow(RangeError);
  });
});

describe('wallClockOffsetMinutes', () => {
  it.each([
    ['Asia/Jakarta', 420],
    ['Asia/Makassar', 480],
    ['Asia/Jayapura', 540],
  ])('should give a wall-clock time in %s an offset of %i minutes', (zone, minutes) => {
    expect(wallClockOffsetMinutes(zone, Date.UTC(2021, 10, 11, 14, 30))).toBe(minutes);
  });

  it('should read 01:30 in Berlin on the spring change day as winter time, where one pass would say summer time', () => {
    // Prepare: 01:30 taken as UTC is already after the change (01:00 UTC)
    const wallClock = Date.UTC(2024, 2, 31, 1, 30);

    // Act
    const offset = wallClockOffsetMinutes(BERLIN, wallClock);

    // Assess
    expect(zoneOffsetMinutes(BERLIN, wallClock)).toBe(120);
    expect(offset).toBe(60);
  });

  it('should read 03:30 in Berlin on the spring change day as summer time', () => {
    expect(wallClockOffsetMinutes(BERLIN, Date.UTC(2024, 2, 31, 3, 30))).toBe(120);
  });

  it('should read 01:30 in Berlin on the autumn change day as summer time and 03:30 as winter time', () => {
    expect(wallClockOffsetMinutes(BERLIN, Date.UTC(2024, 9, 27, 1, 30))).toBe(120);
    expect(wallClockOffsetMinutes(BERLIN, Date.UTC(2024, 9, 27, 3, 30))).toBe(60);
  });

  it('should give the skipped hour (02:30 on the spring change day) the offset from before the change', () => {
    expect(wallClockOffsetMinutes(BERLIN, Date.UTC(2024, 2, 31, 2, 30))).toBe(60);
  });

  it('should throw a RangeError for a zone the runtime does not know', () => {
    expect(() => wallClockOffsetMinutes('Not/AZone', Date.UTC(2021, 0, 1))).toThrow(RangeError);
  });
});

describe('isKnownTimezone', () => {
  it.each(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Europe/Berlin', 'UTC'])('should know %s', (zone) => {
    expect(isKnownTimezone(zone)).toBe(true);
  });

  it.each(['Mars/Olympus_Mons', 'Asia/Samarinda', 'WITA', 'WIB', ''])("should not know '%s'", (zone) => {
    expect(isKnownTimezone(zone)).toBe(false);
  });
});

describe('formatOffset', () => {
  it.each([
    [420, undefined, '+07:00'],
    [480, undefined, '+08:00'],
    [540, undefined, '+09:00'],
    [-330, undefined, '-05:30'],
    [345, undefined, '+05:45'],
    [-570, undefined, '-09:30'],
    [0, undefined, '+00:00'],
    [0, { zulu: false }, '+00:00'],
    [0, { zulu: true }, 'Z'],
    [420, { zulu: true }, '+07:00'],
    [-60, { zulu: true }, '-01:00'],
    [840, undefined, '+14:00'],
  ])('should write %i minutes (options %o) as %s', (minutes, options, expected) => {
    expect(formatOffset(minutes, options)).toBe(expected);
  });
});

describe('pad', () => {
  it('should zero-pad to two digits by default and to a given width', () => {
    expect(pad(7)).toBe('07');
    expect(pad(0)).toBe('00');
    expect(pad(12)).toBe('12');
    expect(pad(45, 3)).toBe('045');
    expect(pad(2021, 4)).toBe('2021');
  });

  it('should leave a number wider than the width whole', () => {
    expect(pad(123)).toBe('123');
  });
});

describe('formatCalendarDate', () => {
  it('should write year-month-day as YYYY-MM-DD', () => {
    expect(formatCalendarDate(2015, 11, 5)).toBe('2015-11-05');
    expect(formatCalendarDate(1900, 1, 1)).toBe('1900-01-01');
  });
});

describe('isValidCalendarDate', () => {
  it.each([
    [2024, 2, 29],
    [2000, 2, 29],
    [2021, 12, 31],
    [2021, 1, 1],
  ])('should accept %i-%i-%i', (year, month, day) => {
    expect(isValidCalendarDate(year, month, day)).toBe(true);
  });

  it.each([
    [2023, 2, 29, 'no 29 February outside a leap year'],
    [2100, 2, 29, 'no 29 February in a century that is not a leap year'],
    [2021, 2, 30, 'no 30 February'],
    [2021, 4, 31, 'no 31 April'],
    [2021, 13, 1, 'no month 13'],
    [2021, 0, 1, 'no month 0'],
    [2021, 1, 0, 'no day 0'],
    [2021, 1, 32, 'no day 32'],
    [2021.5, 1, 1, 'no fractional year'],
    [2021, Number.NaN, 1, 'no NaN month'],
    [2021, 1, 1.5, 'no fractional day'],
  ])('should refuse %i-%i-%i (%s)', (year, month, day) => {
    expect(isValidCalendarDate(year, month, day)).toBe(false);
  });

  it('should hold the year to the range it is given', () => {
    // Prepare
    const newsYears = { min: 1990, max: 2100 };

    // Act + Assess
    expect(isValidCalendarDate(1945, 8, 17)).toBe(true);
    expect(isValidCalendarDate(1945, 8, 17, newsYears)).toBe(false);
    expect(isValidCalendarDate(1990, 1, 1, newsYears)).toBe(true);
    expect(isValidCalendarDate(2100, 12, 31, newsYears)).toBe(true);
    expect(isValidCalendarDate(2101, 1, 1, newsYears)).toBe(false);
  });
});

describe('isValidTimeOfDay', () => {
  it('should accept times on a 24-hour clock and refuse 24:00, minute 60 and second 60', () => {
    expect(isValidTimeOfDay(0, 0, 0)).toBe(true);
    expect(isValidTimeOfDay(23, 59, 59)).toBe(true);
    expect(isValidTimeOfDay(14, 30)).toBe(true);
    expect(isValidTimeOfDay(24, 0, 0)).toBe(false);
    expect(isValidTimeOfDay(10, 60, 0)).toBe(false);
    expect(isValidTimeOfDay(10, 0, 60)).toBe(false);
  });
});

describe('readMonth', () => {
  it.each([
    ['Januari', 1], ['january', 1], ['Jan', 1],
    ['Pebruari', 2], ['Feb', 2],
    ['Maret', 3], ['Mei', 5], ['May', 5], ['Juni', 6], ['Juli', 7],
    ['Agustus', 8], ['Agt', 8], ['Agu', 8], ['Ags', 8], ['Aug', 8],
    ['Sept', 9], ['Oktober', 10], ['Okt', 10], ['Nopember', 11], ['Nop', 11],
    ['Desember', 12], ['Des', 12], ['DEC', 12], ['Des.', 12],
  ])('should read %s as month %i', (name, month) => {
    expect(readMonth(name)).toBe(month);
  });

  it.each(['Foo', 'Ju', '', 'constructor', 'toString'])("should not read '%s' as a month", (name) => {
    expect(readMonth(name)).toBeNull();
  });

  it('should hold every month with at least one Indonesian and one English name', () => {
    // Act
    const months = new Set(MONTHS.values());

    // Assess
    expect([...months].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(MONTHS.get('januari')).toBe(MONTHS.get('january'));
    expect(MONTHS.get('desember')).toBe(MONTHS.get('december'));
  });
});

describe('readOffset', () => {
  it.each([
    ['+0700', 420], ['+07:00', 420], ['+07', 420], ['-05:30', -330], ['+0000', 0],
    ['Z', 0], ['z', 0], ['GMT', 0], ['UT', 0], ['UTC', 0], ['EST', -300], ['PDT', -420],
    ['WIB', 420], ['wita', 480], ['WIT', 540],
  ])('should read %s as %i minutes', (zone, minutes) => {
    expect(readOffset(zone)).toBe(minutes);
  });

  it.each(['XYZ', 'constructor', 'hasOwnProperty', '+7', ''])("should not read '%s' as an offset", (zone) => {
    expect(readOffset(zone)).toBeNull();
  });
});

describe('timezoneOfAbbreviation', () => {
  it.each([
    ['WIB', 'Asia/Jakarta'],
    ['wita', 'Asia/Makassar'],
    ['WIT', 'Asia/Jayapura'],
  ])('should name the IANA zone for %s, a known zone with the same offset', (abbreviation, zone) => {
    // Act
    const named = timezoneOfAbbreviation(abbreviation);

    // Assess
    expect(named).toBe(zone);
    expect(isKnownTimezone(zone)).toBe(true);
    expect(zoneOffsetMinutes(zone, Date.UTC(2021, 0, 1))).toBe(readOffset(abbreviation));
  });

  it.each(['GMT', 'EST', 'Asia/Jakarta', 'constructor'])('should name no zone for %s', (abbreviation) => {
    expect(timezoneOfAbbreviation(abbreviation)).toBeNull();
  });
});
