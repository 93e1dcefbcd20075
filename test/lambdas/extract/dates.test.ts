import { describe, expect, it } from 'vitest';
import { parseNewsDate, parseRelativeDate, splitUpdatedDate, zoneOffsetMinutes } from '../../../lambdas/extract/dates.js';

describe('parseNewsDate', () => {
  it.each([
    ['Kamis, 11 November 2021 14:30 WITA', '2021-11-11T14:30:00+08:00'],
    ['Kamis, 05 Nov 2015 10:00 WIB', '2015-11-05T10:00:00+07:00'],
    ['Senin, 20 Desember 2021 08:15 WIT', '2021-12-20T08:15:00+09:00'],
    ['09 Aug 21 | 07:44', '2021-08-09T07:44:00+07:00'],
    ['2021/11/11 14:30:00', '2021-11-11T14:30:00+07:00'],
    ['2021-08-09T07:44:00+07:00', '2021-08-09T07:44:00+07:00'],
    ['2016-02-16T13:01:52+0700', '2016-02-16T13:01:52+07:00'],
    ['Kamis, 05/11/2015 10:08 WIB', '2015-11-05T10:08:00+07:00'],
    ['on 16 Feb 2016 at 09:10 WIB', '2016-02-16T09:10:00+07:00'],
    ['Jumat , 17 February 2017, 13:16 WIB', '2017-02-17T13:16:00+07:00'],
    ['Wednesday, 04 November, 2015 | 07:28 WIB', '2015-11-04T07:28:00+07:00'],
    ["Jum'at, 17 Februari 2017 - 13:30 wib", '2017-02-17T13:30:00+07:00'],
    ['Rabu, 4 Mei 2022 pukul 19.05 WIB', '2022-05-04T19:05:00+07:00'],
    ['12 Agt 2020 10:00', '2020-08-12T10:00:00+07:00'],
    ['3 Agu 2020 10:00', '2020-08-03T10:00:00+07:00'],
    ['1 Okt 2020 10:00', '2020-10-01T10:00:00+07:00'],
    ['5 Nop 2019 23:59', '2019-11-05T23:59:00+07:00'],
    ['24 Des 2019 00:00', '2019-12-24T00:00:00+07:00'],
    ['November 4, 2015 07:28', '2015-11-04T07:28:00+07:00'],
  ])('should parse %j as %s', (input, expected) => {
    // Act
    const result = parseNewsDate(input);
    // Assert
    expect(result).toBe(expected);
  });

  it('should give a date without zone the offset of the source time zone', () => {
    // Act
    const makassar = parseNewsDate('2021/11/11 14:30:00', 'Asia/Makassar');
    const jayapura = parseNewsDate('11 November 2021 14:30', 'Asia/Jayapura');
    // Assert
    expect(makassar).toBe('2021-11-11T14:30:00+08:00');
    expect(jayapura).toBe('2021-11-11T14:30:00+09:00');
  });

  it('should keep the zone a page states over the source time zone', () => {
    // Act
    const result = parseNewsDate('Kamis, 11 November 2021 14:30 WIB', 'Asia/Makassar');
    // Assert
    expect(result).toBe('2021-11-11T14:30:00+07:00');
  });

  it('should show a UTC date in the source zone, same instant', () => {
    // Act
    const result = parseNewsDate('2016-02-16T02:10:56Z', 'Asia/Jakarta');
    // Assert
    expect(result).toBe('2016-02-16T09:10:56+07:00');
    expect(Date.parse(result!)).toBe(Date.parse('2016-02-16T02:10:56Z'));
  });

  it('should follow daylight saving through Intl for a zone that has it', () => {
    // Act
    const winter = parseNewsDate('2021-01-15 12:00', 'Europe/Amsterdam');
    const summer = parseNewsDate('2021-07-15 12:00', 'Europe/Amsterdam');
    // Assert
    expect(winter).toBe('2021-01-15T12:00:00+01:00');
    expect(summer).toBe('2021-07-15T12:00:00+02:00');
  });

  it('should give a plain calendar date when the text has no time, never an invented time', () => {
    // Act
    const result = parseNewsDate('Kamis, 5 November 2015');
    // Assert
    expect(result).toBe('2015-11-05');
  });

  it.each([
    [''],
    [null],
    [undefined],
    ['bukan tanggal'],
    ['31 Februari 2021 10:00'],
    ['2021-13-01T10:00:00'],
    ['2021-11-11T25:00:00'],
    ['12 Foo 2020 10:00'],
    ['1.229 Views'],
  ])('should return null for invalid input %j', (input) => {
    // Act
    const result = parseNewsDate(input as string | null);
    // Assert
    expect(result).toBeNull();
  });

  it('should read zone offsets from Intl', () => {
    // Act + Assert
    expect(zoneOffsetMinutes('Asia/Jakarta', Date.UTC(2021, 0, 1))).toBe(420);
    expect(zoneOffsetMinutes('Asia/Makassar', Date.UTC(2021, 0, 1))).toBe(480);
    expect(zoneOffsetMinutes('Asia/Jayapura', Date.UTC(2021, 0, 1))).toBe(540);
  });
});

describe('parseRelativeDate', () => {
  const fetchedAt = '2021-11-11T06:30:00Z'; // 14:30 WITA, 13:30 WIB

  it.each([
    ['2 jam yang lalu', 'Asia/Makassar', '2021-11-11T12:30:00+08:00'],
    ['30 menit lalu', 'Asia/Makassar', '2021-11-11T14:00:00+08:00'],
    ['sejam lalu', 'Asia/Jakarta', '2021-11-11T12:30:00+07:00'],
    ['Diposting 45 detik yang lalu', 'Asia/Jakarta', '2021-11-11T13:29:00+07:00'],
    ['baru saja', 'Asia/Jakarta', '2021-11-11T13:30:00+07:00'],
    ['3 hours ago', 'Asia/Jayapura', '2021-11-11T12:30:00+09:00'],
    ['1 hari yang lalu', 'Asia/Makassar', '2021-11-10'],
    ['kemarin', 'Asia/Jakarta', '2021-11-10'],
    ['2 minggu lalu', 'Asia/Jakarta', '2021-10-28'],
  ])('should resolve %j in %s against the fetch time as %s', (text, zone, expected) => {
    // Act
    const result = parseRelativeDate(text, fetchedAt, zone);
    // Assert
    expect(result?.iso).toBe(expected);
  });

  it('should say which phrase it read, for the approximate-date warning', () => {
    // Act
    const result = parseRelativeDate('Kaltim · 2 jam yang lalu', fetchedAt, 'Asia/Makassar');
    // Assert
    expect(result?.phrase).toBe('2 jam yang lalu');
  });

  it('should take the calendar day in the source zone for "kemarin" just after local midnight', () => {
    // Act: 2021-11-10T16:30Z is 00:30 WITA on the 11th
    const result = parseRelativeDate('kemarin', '2021-11-10T16:30:00Z', 'Asia/Makassar');
    // Assert
    expect(result?.iso).toBe('2021-11-10');
  });

  it.each([
    ['Minggu, 14 November 2021'],
    ['2 jam'],
    ['lalu lintas padat'],
    [''],
  ])('should find no relative date in %j', (text) => {
    // Act + Assert
    expect(parseRelativeDate(text, fetchedAt)).toBeNull();
  });

  it('should give nothing without a usable fetch time', () => {
    // Act + Assert
    expect(parseRelativeDate('2 jam yang lalu', null)).toBeNull();
    expect(parseRelativeDate('2 jam yang lalu', 'kemarin')).toBeNull();
  });
});

describe('splitUpdatedDate', () => {
  it.each([
    ['Kompas.com - 14/08/2026, 14:30 WIB Diperbarui 15/08/2026, 09:05 WIB', 'Kompas.com - 14/08/2026, 14:30 WIB', '15/08/2026, 09:05 WIB'],
    ['Kamis, 11 November 2021 14:30 WITA | Update: Jumat, 12 November 2021 08:00 WITA', 'Kamis, 11 November 2021 14:30 WITA |', 'Jumat, 12 November 2021 08:00 WITA'],
    ['Diperbarui pada 12 Nov 2021 08:00', '', '12 Nov 2021 08:00'],
    ['Kamis, 11 November 2021 14:30 WITA', 'Kamis, 11 November 2021 14:30 WITA', null],
  ])('should split %j', (text, published, modified) => {
    // Act
    const result = splitUpdatedDate(text);
    // Assert
    expect(result).toEqual({ published, modified });
  });

  it('should leave the publication date of a date line with an update to parseNewsDate', () => {
    // Act
    const { published, modified } = splitUpdatedDate('Kamis, 11 November 2021 14:30 WITA Diperbarui Jumat, 12 November 2021 08:00 WITA');
    // Assert
    expect(parseNewsDate(published)).toBe('2021-11-11T14:30:00+08:00');
    expect(parseNewsDate(modified)).toBe('2021-11-12T08:00:00+08:00');
  });
});
