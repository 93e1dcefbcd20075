import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody, detectCharset, readUtf8Shape, resolveCharsetLabel } from '../../../lambdas/fetch/charset.js';

const latinPage = (meta: string): Buffer => iconv.encode(`<html><head>${meta}</head><body>Café “Samarinda” – ok</body></html>`, 'windows-1252');

describe('detectCharset', () => {
  it('should take the Content-Type charset first', () => {
    expect(detectCharset('text/html; charset="ISO-8859-1"', Buffer.from('<meta charset="utf-8">'))).toEqual({ charset: 'windows-1252', source: 'header' });
  });

  it('should let a byte-order mark override the header', () => {
    expect(detectCharset('text/html; charset=iso-8859-1', Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ charset: 'utf-8', source: 'bom' });
  });

  it('should read <meta charset> and http-equiv within the first 2 KB', () => {
    expect(detectCharset(null, Buffer.from('<html><head><meta charset=windows-1252>'))).toEqual({ charset: 'windows-1252', source: 'meta' });
    expect(detectCharset('text/html', Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'))).toEqual({
      charset: 'iso-8859-2',
      source: 'meta',
    });
    expect(detectCharset(null, Buffer.from(`${' '.repeat(2100)}<meta charset="windows-1252">`)).source).toBe('default');
  });

  it('should read an XML declaration', () => {
    expect(detectCharset('application/rss+xml', Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>')).charset).toBe('windows-1252');
  });

  it('should fall back to utf-8 for unknown labels without throwing', () => {
    expect(detectCharset('text/html; charset=klingon-9', Buffer.from('<meta charset="x-nonsense">'))).toEqual({ charset: 'utf-8', source: 'default' });
    expect(resolveCharsetLabel('')).toBeNull();
  });
});

describe('decodeBody', () => {
  it('should decode windows-1252 bytes named by the header', () => {
    const decoded = decodeBody(latinPage(''), 'text/html; charset=windows-1252');
    expect(decoded.text).toContain('Café “Samarinda” – ok');
  });

  it('should decode iso-8859-1 bytes named by a meta tag', () => {
    const decoded = decodeBody(latinPage('<meta http-equiv="content-type" content="text/html; charset=iso-8859-1">'), 'text/html');
    expect(decoded).toMatchObject({ charset: 'windows-1252', source: 'meta' });
    expect(decoded.text).toContain('Café “Samarinda”');
  });

  it('should strip a UTF-8 BOM and keep utf-8 text intact', () => {
    const decoded = decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kalimantan Timur — ✓')]), null);
    expect(decoded.text).toBe('Kalimantan Timur — ✓');
  });

  it('should decode UTF-16LE with a BOM', () => {
    const decoded = decodeBody(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>halo</p>', 'utf16le')]), 'text/html');
    expect(decoded).toMatchObject({ charset: 'utf-16le', text: '<p>halo</p>' });
  });
});

describe('labels the bytes contradict', () => {
  const utf8Page = Buffer.from('<html><body><p>“Kami siap,” kata Wali Kota — Balikpapan, Café</p></body></html>');

  it('should read valid multi-byte UTF-8 served as iso-8859-1 as UTF-8', () => {
    const decoded = decodeBody(utf8Page, 'text/html; charset=iso-8859-1');
    expect(decoded).toMatchObject({ charset: 'utf-8', source: 'sniffed' });
    expect(decoded.text).toContain('“Kami siap,” kata Wali Kota — Balikpapan, Café');
  });

  it('should read windows-1252 bytes served as utf-8 as windows-1252, or as the meta tag says', () => {
    const decoded = decodeBody(latinPage(''), 'text/html; charset=utf-8');
    expect(decoded).toMatchObject({ charset: 'windows-1252', source: 'sniffed' });
    expect(decoded.text).toContain('Café “Samarinda” – ok');
    const latin2 = Buffer.concat([Buffer.from('<meta charset="iso-8859-2"><p>'), iconv.encode('Łódź', 'iso-8859-2')]);
    expect(decodeBody(latin2, 'text/html; charset=utf-8')).toMatchObject({ charset: 'iso-8859-2', source: 'sniffed', text: expect.stringContaining('Łódź') });
    expect(decodeBody(latinPage(''), null)).toMatchObject({ charset: 'windows-1252', source: 'sniffed' });
  });

  it('should keep the label for mixed bytes, plain ASCII and a body cut inside a character', () => {
    const mixed = Buffer.concat([Buffer.from('Café '), Buffer.from([0x93, 0x41, 0x94])]);
    expect(detectCharset('text/html; charset=utf-8', mixed)).toEqual({ charset: 'utf-8', source: 'header' });
    expect(detectCharset('text/html; charset=iso-8859-1', Buffer.from('plain ascii'))).toEqual({ charset: 'windows-1252', source: 'header' });
    const cut = Buffer.from('Wali Kota — B').subarray(0, 12);
    expect(readUtf8Shape(cut)).toBe('ascii');
    expect(readUtf8Shape(Buffer.concat([Buffer.from('é'), cut]))).toBe('utf-8');
  });

  it('should classify byte shapes', () => {
    expect(readUtf8Shape(Buffer.from('abc'))).toBe('ascii');
    expect(readUtf8Shape(Buffer.from('☕ kopi'))).toBe('utf-8');
    expect(readUtf8Shape(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x41]))).toBe('not-utf-8');
    expect(readUtf8Shape(Buffer.from([0x43, 0x61, 0x66, 0xe9]))).toBe('ascii'); // cut at the end: not held against it
    expect(readUtf8Shape(Buffer.from([0xc0, 0xaf]))).toBe('not-utf-8');
    expect(readUtf8Shape(Buffer.from([0xed, 0xa0, 0x80]))).toBe('not-utf-8');
  });
});
