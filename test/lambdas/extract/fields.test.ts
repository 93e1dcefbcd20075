import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lambdas/extract/index.js';

const PARAGRAPH = 'Pemerintah Kota Samarinda menambah armada pengangkut sampah untuk melayani permukiman padat di tepi Sungai Mahakam, kata kepala dinas terkait.';

/** An unknown site's article with no date of its own, and dates everywhere around it. */
function makePageWithForeignDates(articleExtra = ''): string {
  return `<!doctype html><html lang="id"><head><title>Samarinda Tambah Armada Sampah</title>
    <meta property="og:title" content="Samarinda Tambah Armada Sampah">
    <script>var pubdate = "2021-11-11T14:30:00+08:00"; window.dataLayer = [{ datePublished: "2021-11-11" }];</script></head>
    <body><header><span class="today">Kamis, 11 November 2021</span></header>
    <main><article><h1>Samarinda Tambah Armada Sampah</h1>${articleExtra}
      <div class="article-body"><p>${PARAGRAPH}</p><p>${PARAGRAPH} Kedua.</p><p>${PARAGRAPH} Ketiga.</p></div>
      <div class="baca-juga"><a href="/read/2"><time datetime="2021-11-09T08:00:00+08:00">9 November 2021</time> Jalan rusak</a></div>
    </article>
    <aside class="sidebar"><h3>Terpopuler</h3><ul>
      <li><a href="/read/3">Banjir di Sempaja</a><time datetime="2021-11-10T09:00:00+08:00">10 November 2021 09:00 WITA</time></li>
      <li><a href="/read/4">Harga cabai</a><span class="date">Rabu, 10 November 2021 11:00 WITA</span></li></ul></aside>
    <div class="related"><ul><li><a href="/read/5">Berita lain</a> <time datetime="2021-11-08T10:00:00+08:00">8 Nov 2021</time></li></ul></div>
    <footer><time datetime="2021-01-01T00:00:00+08:00">2021</time></footer></main></body></html>`;
}

describe('publication dates are never taken from around the article', () => {
  it('should give null and a warning when only the sidebar, related links, a script and the footer hold dates (generic)', () => {
    // Act
    const article = extractArticle(makePageWithForeignDates(), { url: 'https://warta.example/read/1', timezone: 'Asia/Makassar' });
    // Assert
    expect(article.extraction.method).toBe('generic');
    expect(article.publishedAt).toBeNull();
    expect(article.extraction.warnings).toContain('no date found');
  });

  it('should give null and a warning on a profiled site whose sidebar has dates and whose article has none', () => {
    // Arrange: suara.com's date selectors include span[class*=date] and time[datetime]
    const html = makePageWithForeignDates().replace('<div class="article-body">', '<div class="article-content">');
    // Act
    const article = extractArticle(html, { url: 'https://www.suara.com/news/2021/11/11/1/samarinda', timezone: 'Asia/Makassar' });
    // Assert
    expect(article.extraction.method).toBe('profile:suara@1');
    expect(article.publishedAt).toBeNull();
    expect(article.extraction.warnings).toContain('no date found');
  });

  it('should still read the article its own date when it has one', () => {
    // Arrange
    const html = makePageWithForeignDates('<time datetime="2021-11-11T14:30:00+08:00">Kamis, 11 November 2021 14:30 WITA</time>');
    // Act
    const article = extractArticle(html, { url: 'https://warta.example/read/1', timezone: 'Asia/Makassar' });
    // Assert
    expect(article.publishedAt).toBe('2021-11-11T14:30:00+08:00');
  });

  it('should not resolve a relative date of a sidebar teaser', () => {
    // Arrange
    const html = makePageWithForeignDates().replace('<h3>Terpopuler</h3>', '<h3>Terpopuler</h3><span class="date">2 jam yang lalu</span>');
    // Act
    const article = extractArticle(html.replace('<div class="article-body">', '<div class="article-content">'), {
      url: 'https://www.suara.com/news/2021/11/11/1/samarinda', fetchedAt: '2021-11-11T06:30:00Z',
    });
    // Assert
    expect(article.publishedAt).toBeNull();
    expect(article.extraction.warnings.join('\n')).not.toMatch(/approximate/);
  });
});

describe('"Diperbarui" dates', () => {
  it('should put the update of a date line into modifiedAt and keep publishedAt for the publication', () => {
    // Arrange
    const html = `<html><head><title>Samarinda Tambah Armada Sampah</title></head><body>
      <h1 class="detail__title">Samarinda Tambah Armada Sampah</h1>
      <div class="detail__date">Kamis, 11 Nov 2021 14:30 WITA | Diperbarui: Jumat, 12 Nov 2021 08:15 WITA</div>
      <div class="detail__body-text"><p>${PARAGRAPH}</p><p>${PARAGRAPH} Dua.</p></div></body></html>`;
    // Act
    const article = extractArticle(html, { url: 'https://www.detik.com/kalimantan/berita/d-1/samarinda', timezone: 'Asia/Makassar' });
    // Assert
    expect(article.publishedAt).toBe('2021-11-11T14:30:00+08:00');
    expect(article.modifiedAt).toBe('2021-11-12T08:15:00+08:00');
  });

  it('should not take an update-only date line for the publication date', () => {
    // Arrange
    const html = `<html><head><title>Samarinda Tambah Armada Sampah</title></head><body>
      <h1 class="read__title">Samarinda Tambah Armada Sampah</h1>
      <div class="read__time">Diperbarui 12/11/2021, 08:15 WIB</div>
      <div class="read__content"><p>${PARAGRAPH}</p><p>${PARAGRAPH} Dua.</p></div></body></html>`;
    // Act
    const article = extractArticle(html, { url: 'https://regional.kompas.com/read/2021/11/11/1/samarinda' });
    // Assert
    expect(article.publishedAt).toBeNull();
    expect(article.modifiedAt).toBe('2021-11-12T08:15:00+07:00');
  });
});
