import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lambdas/extract/index.js';

const PARAGRAPH = 'Pemerintah Kota Balikpapan, Kalimantan Timur, menggelar sosialisasi peningkatan daya saing industri bagi para pelaku usaha, Kamis, dengan peserta dari berbagai sektor.';

/** A page of an unknown site: nav with many links, the story, a related list, a footer. */
function makePage(head: string, extraBody = ''): string {
  const nav = Array.from({ length: 30 }, (_, i) => `<li><a href="/kanal/${i}">Kanal berita nomor ${i} yang panjang sekali</a></li>`).join('');
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/read/${i}">Berita lain yang juga menarik untuk dibaca nomor ${i}, sangat panjang</a></li>`).join('');
  return `<!doctype html><html lang="id"><head>${head}</head><body>
    <div class="menu"><ul>${nav}</ul></div>
    <div class="main-content"><h1>Pemkot Balikpapan Tingkatkan Daya Saing Industri</h1>
      <div class="article-body">
        <p>Balikpapan, Warta Kaltim - ${PARAGRAPH}</p>
        <p>${PARAGRAPH} Kedua.</p>
        <p>Baca Juga: <a href="/read/9">Judul berita lain</a></p>
        <p>${PARAGRAPH} Ketiga.</p>
        <div class="ads">ADVERTISEMENT</div>
        <p>${PARAGRAPH} Keempat.</p>
      </div>
      ${extraBody}
    </div>
    <div class="sidebar related"><h3>Berita Terkait</h3><ul>${related}</ul></div>
    <footer><p>Copyright © 2021 Warta Kaltim. Semua hak dilindungi undang-undang, termasuk hak cipta atas seluruh konten.</p></footer>
  </body></html>`;
}

describe('generic extractor', () => {
  it('should read metadata from a JSON-LD @graph and say jsonld+generic', () => {
    // Arrange
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Warta Kaltim' },
        {
          '@type': ['NewsArticle'],
          headline: 'Pemkot Balikpapan Tingkatkan Daya Saing Industri',
          datePublished: '2021-11-11 14:30',
          author: [{ '@type': 'Person', name: 'Budi Santoso dan Ani Wijaya' }, { '@type': 'Organization', name: 'Warta Kaltim' }],
          articleSection: 'Ekonomi',
          keywords: ['industri', 'UMKM'],
        },
      ],
    };
    const html = makePage(`<script type="application/ld+json">${JSON.stringify(graph)}</script>`);

    // Act
    const article = extractArticle(html, { url: 'https://wartakaltim.example/ekonomi/123/pemkot', timezone: 'Asia/Makassar' });

    // Assert
    expect(article.extraction.method).toBe('jsonld+generic');
    expect(article.title).toBe('Pemkot Balikpapan Tingkatkan Daya Saing Industri');
    expect(article.publishedAt).toBe('2021-11-11T14:30:00+08:00');
    expect(article.authors).toEqual(['Budi Santoso', 'Ani Wijaya']);
    expect(article.section).toBe('Ekonomi');
    expect(article.tags).toEqual(['industri', 'UMKM']);
    expect(article.language).toBe('id');
  });

  it('should read an OpenGraph-only page, strip the site name and keep no guessed date', () => {
    // Arrange
    const html = makePage(
      '<meta property="og:title" content="Pemkot Balikpapan Tingkatkan Daya Saing Industri - Warta Kaltim">' +
        '<meta property="og:site_name" content="Warta Kaltim">' +
        '<meta property="og:url" content="https://wartakaltim.example/ekonomi/123/pemkot#top">',
    ).replace('<h1>Pemkot Balikpapan Tingkatkan Daya Saing Industri</h1>', '<h1>Warta Kaltim</h1>');

    // Act
    const article = extractArticle(html);

    // Assert
    expect(article.extraction.method).toBe('generic');
    expect(article.title).toBe('Pemkot Balikpapan Tingkatkan Daya Saing Industri');
    expect(article.canonicalUrl).toBe('https://wartakaltim.example/ekonomi/123/pemkot');
    expect(article.publishedAt).toBeNull();
    expect(article.extraction.warnings).toContain('no date found');
  });

  it('should take the prose as body, not the link-heavy nav, related list or footer', () => {
    // Arrange
    const html = makePage('<title>Pemkot Balikpapan Tingkatkan Daya Saing Industri | Warta Kaltim</title>');

    // Act
    const article = extractArticle(html, { url: 'https://wartakaltim.example/ekonomi/123/pemkot' });
    const paragraphs = article.body.split('\n\n');

    // Assert
    expect(paragraphs).toHaveLength(4);
    expect(article.body.startsWith('Balikpapan, Warta Kaltim - Pemerintah Kota Balikpapan')).toBe(true);
    expect(article.body).not.toMatch(/Kanal berita|Baca Juga|ADVERTISEMENT|Berita Terkait|Berita lain|Copyright/);
    expect(article.body).not.toContain('Pemkot Balikpapan Tingkatkan Daya Saing Industri');
    expect(article.dateline).toBe('Balikpapan');
  });

  it('should split br-separated text into paragraphs and decode entities', () => {
    // Arrange
    const html = `<html><head><title>Banjir Rendam Samarinda - Warta</title></head><body>
      <div id="content_news">Samarinda &ndash; ${PARAGRAPH}<br><br>&quot;Kami siaga,&quot; kata dia.&nbsp;${PARAGRAPH}<br/><br/><br/>${PARAGRAPH}</div>
      <div class="terkait"><a href="/a">Lain</a></div></body></html>`;

    // Act
    const article = extractArticle(html, { url: 'https://warta.example/read/1/banjir' });

    // Assert
    const paragraphs = article.body.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1].startsWith('"Kami siaga," kata dia. Pemerintah')).toBe(true);
    expect(article.title).toBe('Banjir Rendam Samarinda');
    expect(article.dateline).toBe('Samarinda');
  });

  it('should fall back to generic with a warning when a profile finds nothing', () => {
    // Arrange: an idntimes URL with a layout the idntimes profile does not know
    const html = makePage('<meta property="og:title" content="Pemkot Balikpapan Tingkatkan Daya Saing Industri">');

    // Act
    const article = extractArticle(html, { url: 'https://kaltim.idntimes.com/news/kaltim/ilham/pemkot-balikpapan' });

    // Assert
    expect(article.extraction.method).toBe('generic');
    expect(article.extraction.warnings.some((w) => w.includes('profile idntimes'))).toBe(true);
    expect(article.body).toContain('Kedua.');
  });
});
