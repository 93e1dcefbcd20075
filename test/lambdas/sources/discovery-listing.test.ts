import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiscoveryError } from '../../../lambdas/shared/errors.js';
import { defaultSources } from '../../../lambdas/sources/config.js';
import { parseListing } from '../../../lambdas/sources/discovery.js';

/** Read a recorded page from test/fixtures/sites. */
function readPage(relativePath: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/sites/${relativePath}`, import.meta.url)), 'utf8');
}

describe('parseListing with recorded listing pages', () => {
  it('should read the ten headlines of the 2016 Kompas index, across kompas.com subdomains', () => {
    // Prepare
    const html = readPage('kompas/kompas-mainpage.html');
    // Act
    const result = parseListing(html, 'http://indeks.kompas.com/', '.kcm-main-list li h3 a');
    // Assess
    expect(result.kind).toBe('listing');
    expect(result.childSitemaps).toEqual([]);
    expect(result.links).toHaveLength(10);
    expect(result.links[0]).toEqual({
      url: 'http://bisniskeuangan.kompas.com/read/xml/2016/02/23/145448826/OJK.Pelemahan.Saham.Perbankan.Hanya.Temporer',
      title: 'OJK: Pelemahan Saham Perbankan Hanya Temporer',
      publishedAt: null,
    });
    expect(new Set(result.links.map((link) => new URL(link.url).hostname)).size).toBeGreaterThan(3);
  });

  it('should merge the Okezone thumbnail and headline links of one story into one link with a title', () => {
    const html = readPage('okezone/okezone-mainpage.html');
    const result = parseListing(html, 'http://www.okezone.com/', 'a[href*="/read/"]');
    expect(result.links).toHaveLength(22);
    expect(result.links[0]?.url).toBe(
      'http://sports.okezone.com/read/2015/11/05/38/1244234/motor-yamaha-milik-lorenzo-lebih-sering-raih-fastest-lap',
    );
    const airbag = result.links.find((link) => link.url.includes('/1244290/'));
    expect(airbag?.title).toBe('Perangkat Unit Kontrol Airbag Rusak, 126 Ribu Mercy Di-Recall');
    expect(new Set(result.links.map((link) => link.url)).size).toBe(result.links.length);
  });

  it('should keep only same-site links with a broad selector, and the bundled Okezone pattern should find the stories', () => {
    const html = readPage('okezone/okezone-mainpage.html');
    const result = parseListing(html, 'http://www.okezone.com/', 'a[href]');
    expect(result.links.length).toBeGreaterThan(22);
    expect(result.links.every((link) => new URL(link.url).hostname.endsWith('okezone.com'))).toBe(true);
    const okezone = defaultSources().find((source) => source.id === 'okezone');
    const pattern = new RegExp(okezone?.articleUrlPattern ?? '^$');
    expect(result.links.filter((link) => pattern.test(link.url))).toHaveLength(22);
  });

  it('should read the Liputan6 index titles and their time[datetime]', () => {
    const html = readPage('liputan6/liputan6-mainpage.html');
    const result = parseListing(html, 'http://www.liputan6.com/indeks', 'a.articles--rows--item__title-link');
    expect(result.links).toHaveLength(20);
    expect(result.links[0]).toEqual({
      url: 'http://showbiz.liputan6.com/read/2437019/london-love-story-tembus-800-ribu-penonton-ini-rahasianya',
      title: 'London Love Story Tembus 800 Ribu Penonton, Ini Rahasianya',
      publishedAt: '2016-02-16T09:20:00+07:00',
    });
    expect(result.links.every((link) => link.publishedAt?.endsWith('+07:00'))).toBe(true);
  });

  it('should take the links inside selected containers when the selector picks non-links', () => {
    const html = readPage('liputan6/liputan6-mainpage.html');
    const byContainer = parseListing(html, 'http://www.liputan6.com/indeks', 'article.articles--rows--item');
    const byAnchor = parseListing(html, 'http://www.liputan6.com/indeks', 'a.articles--rows--item__title-link');
    const containerUrls = byContainer.links.map((link) => link.url);
    expect(byAnchor.links.every((link) => containerUrls.includes(link.url))).toBe(true);
  });
});

describe('parseListing with inline pages', () => {
  const page = `<!doctype html><html><head><base href="https://www.niaga.asia/arsip/"></head><body>
    <a href="satu/?utm_source=home">Satu</a>
    <a href="/dua/" title="Dua (title)"><img src="x.jpg"></a>
    <a href="https://kaltim.niaga.asia/tiga/"><img src="y.jpg" alt="Tiga (alt)"></a>
    <a href="https://www.facebook.com/sharer.php?u=x">Share</a>
    <a href="javascript:void(0)">JS</a>
    <a href="mailto:redaksi@niaga.asia">Mail</a>
    <a href="#top">Top</a>
    <a href="https://www.niaga.asia/arsip/">Arsip (this page)</a>
    <a href="https://www.niaga.asia/satu/#komentar">Satu again</a>
  </body></html>`;

  it('should resolve against <base href>, keep same-site links only, drop the page itself and merge repeats', () => {
    const result = parseListing(page, 'https://www.niaga.asia/arsip/', 'a');
    expect(result.links).toEqual([
      { url: 'https://www.niaga.asia/arsip/satu/', title: 'Satu', publishedAt: null },
      { url: 'https://www.niaga.asia/dua/', title: 'Dua (title)', publishedAt: null },
      { url: 'https://kaltim.niaga.asia/tiga/', title: 'Tiga (alt)', publishedAt: null },
      { url: 'https://www.niaga.asia/satu/', title: 'Satu again', publishedAt: null },
    ]);
  });

  it('should return no links when nothing matches', () => {
    expect(parseListing(page, 'https://www.niaga.asia/arsip/', '.articleItem a').links).toEqual([]);
  });

  it('should throw DiscoveryError for an invalid selector, an empty page or a bad base URL', () => {
    expect(() => parseListing(page, 'https://www.niaga.asia/', 'a[href')).toThrow(DiscoveryError);
    expect(() => parseListing(page, 'https://www.niaga.asia/', 'a[href')).toThrow(/invalid CSS selector/);
    expect(() => parseListing('   ', 'https://www.niaga.asia/', 'a')).toThrow(DiscoveryError);
    expect(() => parseListing(page, 'https://www.niaga.asia/', '  ')).toThrow(DiscoveryError);
    expect(() => parseListing(page, 'niaga.asia', 'a')).toThrow(DiscoveryError);
  });
});
