import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBody, detectCharset, resolveCharsetLabel } from '../../../lambdas/fetch/charset.js';

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
