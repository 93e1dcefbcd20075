import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiscoveryError } from '../../../lambdas/shared/errors.js';
import { parseFeedOrSitemap } from '../../../lambdas/sources/discovery.js';

/** Read a recorded feed from test/fixtures/feeds. */
function readFeed(relativePath: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/feeds/${relativePath}`, import.meta.url)), 'utf8');
}

describe('parseFeedOrSitemap with recorded RSS feeds', () => {
  it('should read all 20 Antara items with link, title and date in document order', () => {
    // Prepare
    const xml = readFeed('antaranews/anpandu-antara-terkini-rss-2015.xml');
    // Act
    const result = parseFeedOrSitemap(xml, 'http://www.antaranews.com/rss/terkini');
    // Assess
    expect(result.kind).toBe('rss');
    expect(result.childSitemaps).toEqual([]);
    expect(result.links).toHaveLength(20);
    expect(result.links[0]).toEqual({
      url: 'http://www.antaranews.com/berita/527615/29-penerbangan-bandara-internasional-lombok-dibatalkan',
      title: '29 penerbangan Bandara Internasional Lombok dibatalkan',
      publishedAt: '2015-11-05T14:56:43+07:00',
    });
    expect(result.links[1]?.url).toBe('http://www.antaranews.com/berita/527614/mengatasi-kebuntuan-riset-pangan-indonesia');
  });

  it('should take the real Detik article URL from the guid when the link goes through feedsportal', () => {
    const result = parseFeedOrSitemap(readFeed('detik/anpandu-detik-rss.xml'), 'http://rss.detik.com/index.php/detikcom');
    expect(result.kind).toBe('rss');
    expect(result.links).toHaveLength(20);
    expect(result.links[0]).toEqual({
      url: 'http://inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar-kelemahan-galaxy-s6-edge',
      title: 'Google Umbar Kelemahan Galaxy S6 Edge',
      publishedAt: '2015-11-05T03:08:58Z',
    });
    expect(result.links.every((link) => !link.url.includes('feedsportal'))).toBe(true);
  });

  it('should read the Kapanlagi items, decoding entities in titles', () => {
    const result = parseFeedOrSitemap(readFeed('kapanlagi/anpandu-kapanlagi-rss.xml'), 'http://www.kapanlagi.com/feed/');
    expect(result.links).toHaveLength(3);
    expect(result.links[0]).toEqual({
      url: 'http://www.kapanlagi.com/showbiz/asian-star/drama-adaptasi-webtoon-cheese-in-trap-rilis-teaser-perdana-eeddf5.html',
      title: "Drama Adaptasi Webtoon 'Cheese In Trap' Rilis Teaser Perdana",
      publishedAt: '2015-11-05T12:45:00+07:00',
    });
  });

  it('should read the Republika items and ignore the channel atom:link', () => {
    const result = parseFeedOrSitemap(readFeed('republika/anpandu-republika-rss.xml'), 'http://www.republika.co.id/rss/');
    expect(result.links).toHaveLength(10);
    expect(result.links[0]?.url).toBe(
      'http://nasional.republika.co.id/berita/nasional/hukum/15/11/05/nxc181330-sejak-jadi-tersangka-ketua-dprd-sumut-tak-masuk-kerja',
    );
    expect(result.links[0]?.publishedAt).toBe('2015-11-05T15:07:13+07:00');
    expect(result.links.some((link) => link.url === 'http://www.republika.co.id/rss/')).toBe(false);
  });
});

describe('parseFeedOrSitemap with inline documents', () => {
  it('should read an Atom feed: alternate link, relative hrefs, published before updated', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Kaltim Today</title>
        <link rel="self" href="https://kaltimtoday.co/feed/atom/"/>
        <entry>
          <title type="html">Banjir &lt;b&gt;Samarinda&lt;/b&gt; surut</title>
          <link rel="alternate" type="text/html" href="/banjir-samarinda-surut/?utm_source=atom"/>
          <link rel="replies" href="https://kaltimtoday.co/banjir-samarinda-surut/#comments"/>
          <id>tag:kaltimtoday.co,2026:1</id>
          <published>2026-03-23T10:00:00+08:00</published>
          <updated>2026-03-24T08:00:00+08:00</updated>
        </entry>
        <entry>
          <title>Only updated</title>
          <link href="https://kaltimtoday.co/kedua/"/>
          <updated>2026-03-22T07:00:00Z</updated>
        </entry>
        <entry>
          <title>Id only</title>
          <id>https://kaltimtoday.co/ketiga/</id>
        </entry>
      </feed>`;
    const result = parseFeedOrSitemap(xml, 'https://kaltimtoday.co/feed/atom/');
    expect(result.kind).toBe('atom');
    expect(result.links).toEqual([
      { url: 'https://kaltimtoday.co/banjir-samarinda-surut/', title: 'Banjir Samarinda surut', publishedAt: '2026-03-23T10:00:00+08:00' },
      { url: 'https://kaltimtoday.co/kedua/', title: 'Only updated', publishedAt: '2026-03-22T07:00:00Z' },
      { url: 'https://kaltimtoday.co/ketiga/', title: 'Id only', publishedAt: null },
    ]);
  });

  it('should read an RDF (RSS 1.0) feed with dc:date, CDATA titles and duplicate items', () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
        xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://a.co.id/"><title>A</title><link>https://a.co.id/</link></channel>
      <item rdf:about="https://a.co.id/berita/1">
        <title><![CDATA[Gubernur &quot;resmikan&quot; jembatan]]></title>
        <link>https://a.co.id/berita/1</link>
        <dc:date>2026-01-02T09:00:00+08:00</dc:date>
      </item>
      <item rdf:about="https://a.co.id/berita/2"><title>Dua</title></item>
      <item rdf:about="https://a.co.id/berita/1"><title>Repeat</title><link>https://a.co.id/berita/1#x</link></item>
    </rdf:RDF>`;
    const result = parseFeedOrSitemap(xml, 'https://a.co.id/rss');
    expect(result.kind).toBe('rss');
    expect(result.links).toEqual([
      { url: 'https://a.co.id/berita/1', title: 'Gubernur "resmikan" jembatan', publishedAt: '2026-01-02T09:00:00+08:00' },
      { url: 'https://a.co.id/berita/2', title: 'Dua', publishedAt: null },
    ]);
  });

  it('should prefer feedburner:origLink and fall back to a permalink guid', () => {
    const xml = `<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel>
      <item><title>A</title><link>https://feedproxy.google.com/~r/x/1</link>
        <feedburner:origLink>https://www.niaga.asia/satu/</feedburner:origLink></item>
      <item><title>B</title><guid>https://www.niaga.asia/dua/</guid></item>
      <item><title>C</title><guid isPermaLink="false">post-3</guid></item>
      <item><title>D</title><guid ispermalink="false">https://www.niaga.asia/?p=4</guid></item>
      <item><title>E</title><guid>relative/5</guid></item>
    </channel></rss>`;
    const result = parseFeedOrSitemap(xml, 'https://www.niaga.asia/feed/');
    expect(result.links.map((link) => link.url)).toEqual(['https://www.niaga.asia/satu/', 'https://www.niaga.asia/dua/']);
  });

  it('should read naive dates in the given time zone', () => {
    const xml = `<rss version="2.0"><channel><item><link>https://a.com/1</link>
      <pubDate>2026-01-02 09:00:00</pubDate></item></channel></rss>`;
    expect(parseFeedOrSitemap(xml, 'https://a.com/rss', { timeZone: 'Asia/Makassar' }).links[0]?.publishedAt).toBe(
      '2026-01-02T09:00:00+08:00',
    );
    expect(parseFeedOrSitemap(xml, 'https://a.com/rss').links[0]?.publishedAt).toBe('2026-01-02T09:00:00');
  });

  it('should return no links (not an error) for a valid feed without items', () => {
    const xml = '<?xml version="1.0"?><rss version="2.0"><channel><title>Kosong</title></channel></rss>';
    expect(parseFeedOrSitemap(xml, 'https://a.com/rss')).toEqual({ kind: 'rss', links: [], childSitemaps: [] });
  });

  it('should read a sitemap urlset: lastmod is not a publication date', () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
        <url><loc> https://kaltim.tribunnews.com/2026/01/02/satu </loc><lastmod>2026-01-02T10:00:00+08:00</lastmod>
          <image:image><image:loc>https://img.tribunnews.com/1.jpg</image:loc></image:image></url>
        <url><loc>https://m.kaltim.tribunnews.com/2026/01/02/dua?utm_source=sitemap</loc></url>
        <url><loc>https://kaltim.tribunnews.com/2026/01/02/satu</loc></url>
        <url><loc>mailto:redaksi@tribunnews.com</loc></url>
      </urlset>`;
    const result = parseFeedOrSitemap(xml, 'https://kaltim.tribunnews.com/sitemap_web.xml');
    expect(result.kind).toBe('sitemap');
    expect(result.links).toEqual([
      {
        url: 'https://kaltim.tribunnews.com/2026/01/02/satu',
        title: null,
        publishedAt: null,
        lastModified: '2026-01-02T10:00:00+08:00',
      },
      { url: 'https://kaltim.tribunnews.com/2026/01/02/dua', title: null, publishedAt: null },
    ]);
  });

  it('should read a Google News sitemap with titles and publication dates', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url>
          <loc>https://news.detik.com/berita/d-8000001/pemprov-kaltim-gelar-rapat</loc>
          <news:news>
            <news:publication><news:name>detiknews</news:name><news:language>id</news:language></news:publication>
            <news:publication_date>2026-03-23T10:15:00+07:00</news:publication_date>
            <news:title><![CDATA[Pemprov Kaltim Gelar Rapat & Evaluasi]]></news:title>
          </news:news>
        </url>
        <url><loc>https://news.detik.com/berita/d-8000002/dua</loc>
          <news:news><news:publication_date>2026-03-23</news:publication_date><news:title>Dua</news:title></news:news></url>
      </urlset>`;
    const result = parseFeedOrSitemap(xml, 'https://news.detik.com/berita/sitemap_news.xml');
    expect(result.kind).toBe('news-sitemap');
    expect(result.links).toEqual([
      {
        url: 'https://news.detik.com/berita/d-8000001/pemprov-kaltim-gelar-rapat',
        title: 'Pemprov Kaltim Gelar Rapat & Evaluasi',
        publishedAt: '2026-03-23T10:15:00+07:00',
      },
      { url: 'https://news.detik.com/berita/d-8000002/dua', title: 'Dua', publishedAt: '2026-03-23' },
    ]);
  });

  it('should detect a news sitemap by its namespace even with another prefix or no entries', () => {
    const prefixed = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:n="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://a.com/1</loc><n:news><n:title>Satu</n:title><n:publication_date>2026-01-01T00:00:00Z</n:publication_date></n:news></url>
    </urlset>`;
    expect(parseFeedOrSitemap(prefixed, 'https://a.com/news.xml')).toEqual({
      kind: 'news-sitemap',
      childSitemaps: [],
      links: [{ url: 'https://a.com/1', title: 'Satu', publishedAt: '2026-01-01T00:00:00Z' }],
    });
    const empty = '<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>';
    expect(parseFeedOrSitemap(empty, 'https://a.com/news.xml')).toEqual({ kind: 'news-sitemap', links: [], childSitemaps: [] });
  });

  it('should list the child sitemaps of a sitemap index, resolved and de-duplicated', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
      <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>https://kaltara.tribunnews.com/sitemap_news.xml</loc><lastmod>2026-03-23</lastmod></sitemap>
        <sitemap><loc>/sitemap_web.xml</loc></sitemap>
        <sitemap><loc>https://kaltara.tribunnews.com/sitemap_news.xml</loc></sitemap>
        <sitemap><loc>javascript:alert(1)</loc></sitemap>
      </sitemapindex>`;
    const result = parseFeedOrSitemap(xml, 'https://kaltara.tribunnews.com/sitemap.xml');
    expect(result).toEqual({
      kind: 'sitemap-index',
      links: [],
      childSitemaps: ['https://kaltara.tribunnews.com/sitemap_news.xml', 'https://kaltara.tribunnews.com/sitemap_web.xml'],
    });
  });
});

describe('parseFeedOrSitemap with bad input', () => {
  it.each([
    ['an empty string', '', /empty document/],
    ['only whitespace', '  \n\t ', /empty document/],
    ['an HTML page', '<!DOCTYPE html><html><head><title>403</title></head><body>Forbidden</body></html>', /HTML page/],
    ['an HTML page without doctype', '\n<html lang="id"><body>Just a moment...</body></html>', /HTML page/],
    ['XHTML with an XML declaration', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', /HTML page/],
    ['plain text', 'Service Unavailable', /no root element/],
    ['JSON', '{"items": []}', /no root element/],
    ['an unknown XML root', '<?xml version="1.0"?><opml version="2.0"><body/></opml>', /root element <opml>/],
    ['an HTML fragment', '<div class="error">Not found</div>', /root element <div>/],
  ])('should throw DiscoveryError for %s', (_, input, message) => {
    expect(() => parseFeedOrSitemap(input, 'https://a.com/rss')).toThrow(DiscoveryError);
    expect(() => parseFeedOrSitemap(input, 'https://a.com/rss')).toThrow(message);
  });

  it('should throw DiscoveryError for a base URL that is not absolute http(s)', () => {
    expect(() => parseFeedOrSitemap('<rss/>', '/rss')).toThrow(DiscoveryError);
  });
});
