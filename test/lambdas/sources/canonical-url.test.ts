import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../../../lambdas/sources/canonical-url.js';

describe('canonicalizeUrl', () => {
  it('should lower-case the host, drop the fragment and the default port', () => {
    expect(canonicalizeUrl('HTTPS://Kaltim.IDNTimes.com:443/news/x#comments')).toBe('https://kaltim.idntimes.com/news/x');
    expect(canonicalizeUrl('http://www.antaranews.com:80/berita/1/a')).toBe('http://www.antaranews.com/berita/1/a');
  });

  it('should keep a non-default port and the path case', () => {
    expect(canonicalizeUrl('http://127.0.0.1:8080/Berita/ABC')).toBe('http://127.0.0.1:8080/Berita/ABC');
  });

  it('should drop tracking parameters and sort the rest', () => {
    const url =
      'https://www.detik.com/kalimantan/berita/d-1/x?utm_source=fb&z=1&fbclid=abc&a=2&gclid=g&_ga=1&mc_cid=c&mc_eid=e&ref=home&tag_from=wp&UTM_Medium=x';
    expect(canonicalizeUrl(url)).toBe('https://www.detik.com/kalimantan/berita/d-1/x?a=2&z=1');
  });

  it('should drop an empty query entirely', () => {
    expect(canonicalizeUrl('https://kompas.com/read/1?utm_campaign=x')).toBe('https://kompas.com/read/1');
    expect(canonicalizeUrl('https://kompas.com/read/1?')).toBe('https://kompas.com/read/1');
  });

  it('should keep page=all, page=N and single=1 because they change the served text', () => {
    expect(canonicalizeUrl('https://kaltim.tribunnews.com/2026/01/02/x?page=all')).toBe(
      'https://kaltim.tribunnews.com/2026/01/02/x?page=all',
    );
    expect(canonicalizeUrl('https://news.detik.com/berita/d-1/x?single=1&page=2')).toBe(
      'https://news.detik.com/berita/d-1/x?page=2&single=1',
    );
  });

  it('should keep the original encoding of kept parameters', () => {
    expect(canonicalizeUrl('https://a.com/search?q=banjir%20samarinda&b=x+y')).toBe(
      'https://a.com/search?b=x+y&q=banjir%20samarinda',
    );
  });

  it('should fold mobile and AMP hosts', () => {
    expect(canonicalizeUrl('https://m.tribunnews.com/nasional/2026/01/02/x')).toBe(
      'https://www.tribunnews.com/nasional/2026/01/02/x',
    );
    expect(canonicalizeUrl('https://m.kaltim.tribunnews.com/2026/01/02/x')).toBe('https://kaltim.tribunnews.com/2026/01/02/x');
    expect(canonicalizeUrl('https://amp.kompas.com/read/1')).toBe('https://www.kompas.com/read/1');
    expect(canonicalizeUrl('https://m.republika.co.id/berita/x')).toBe('https://www.republika.co.id/berita/x');
  });

  it('should fold AMP paths and AMP switches', () => {
    expect(canonicalizeUrl('https://www.tribunnews.com/amp/nasional/2026/01/02/x')).toBe(
      'https://www.tribunnews.com/nasional/2026/01/02/x',
    );
    expect(canonicalizeUrl('https://news.detik.com/berita/d-1/x/amp')).toBe('https://news.detik.com/berita/d-1/x');
    expect(canonicalizeUrl('https://a.com/x?amp=1')).toBe('https://a.com/x');
    expect(canonicalizeUrl('https://a.com/x?amp')).toBe('https://a.com/x');
    expect(canonicalizeUrl('https://a.com/x?outputType=amp&id=3')).toBe('https://a.com/x?id=3');
  });

  it('should not touch a segment that only contains "amp"', () => {
    expect(canonicalizeUrl('https://a.com/kampung/ampera')).toBe('https://a.com/kampung/ampera');
  });

  it('should drop a final index file', () => {
    expect(canonicalizeUrl('https://kaltim.prokal.co/index.html')).toBe('https://kaltim.prokal.co/');
    expect(canonicalizeUrl('https://a.com/berita/index.php?id=4')).toBe('https://a.com/berita/?id=4');
    expect(canonicalizeUrl('https://a.com/berita/index.html.bak')).toBe('https://a.com/berita/index.html.bak');
  });

  it('should keep http and https apart and keep the trailing slash as given', () => {
    expect(canonicalizeUrl('http://a.com/x/')).toBe('http://a.com/x/');
    expect(canonicalizeUrl('https://a.com/x')).toBe('https://a.com/x');
  });

  it('should resolve relative URLs against a base', () => {
    expect(canonicalizeUrl('/berita/1/a?utm_source=rss', 'https://www.antaranews.com/terkini')).toBe(
      'https://www.antaranews.com/berita/1/a',
    );
    expect(canonicalizeUrl('//kaltim.antaranews.com/berita/2', 'https://www.antaranews.com/')).toBe(
      'https://kaltim.antaranews.com/berita/2',
    );
    expect(canonicalizeUrl('  https://a.com/x  ')).toBe('https://a.com/x');
  });

  it('should drop user info', () => {
    expect(canonicalizeUrl('https://user:pw@a.com/x')).toBe('https://a.com/x');
  });

  it('should return null for non-http(s) or unparseable input', () => {
    expect(canonicalizeUrl('mailto:redaksi@kaltimpost.id')).toBeNull();
    expect(canonicalizeUrl('javascript:void(0)')).toBeNull();
    expect(canonicalizeUrl('ftp://a.com/x')).toBeNull();
    expect(canonicalizeUrl('not a url')).toBeNull();
    expect(canonicalizeUrl('/relative/without/base')).toBeNull();
    expect(canonicalizeUrl('')).toBeNull();
    expect(canonicalizeUrl('#top', 'mailto:x@y.z')).toBeNull();
  });

  it('should be idempotent', () => {
    const once = canonicalizeUrl('https://M.Tribunnews.com/amp/nasional/x?z=1&utm_source=a&a=2#p');
    expect(once).toBe('https://www.tribunnews.com/nasional/x?a=2&z=1');
    expect(canonicalizeUrl(once ?? '')).toBe(once);
  });
});
