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

/** An English page of an unknown site: a menu, the given article markup, a footer. */
function makeEnglishPage(article: string): string {
  const menu = Array.from({ length: 20 }, (_, i) => `<li><a href="/section/${i}">Section number ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta property="og:title" content="Ten things in tech you need to know today"></head><body>
    <nav><ul>${menu}</ul></nav>
    <main>${article}</main>
    <footer><p>Copyright 2019 Example Media. All rights reserved, including the right to reproduce this page.</p></footer>
  </body></html>`;
}

const SENTENCE = 'The company confirmed on Tuesday that it had been contacted by regulators about the plan';
const URL_OF = 'https://news.example.com/2019/11/19/ten-things';

describe('generic body heuristics', () => {
  it('should keep a list of linked headlines with their summaries as story text', () => {
    // Arrange: every item starts with a linked headline (half the item's text is link text)
    const items = Array.from({ length: 6 }, (_, i) =>
      `<li><strong><a href="/story-${i}">The state attorney general opens an inquiry into the office-sharing company, case ${i}</a>.</strong> ${SENTENCE}, item ${i}.</li>`,
    ).join('');
    const html = makeEnglishPage(`<h1>Ten things in tech you need to know today</h1><div class="kona">
      <p>Good morning! This is the tech news you need to know this Tuesday.</p><ol>${items}</ol>
      <p>Have a device at home? Now you can hear these ten things each morning in your briefing settings, said the team.</p></div>`);

    // Act
    const article = extractArticle(html, { url: URL_OF });

    // Assert
    for (let i = 0; i < 6; i++) expect(article.body).toContain(`item ${i}.`);
  });

  it('should drop a hover card of headline links written inside a sentence', () => {
    // Arrange
    const card = `<span class="people"><a href="/people/omar">Ilhan Omar</a><span class="people-block">${Array.from({ length: 3 }, (_, i) => `<a href="/news/${i}">Latest headline about the lawmaker, story number ${i}</a> `).join('')}<a href="/people/omar">MORE</a></span></span>`;
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>${SENTENCE}, paragraph ${i}.</p>`).join('');
    const html = makeEnglishPage(`<article><div class="field-item"><p>A man pleaded guilty to threatening to kill Rep. ${card} (D-Minn.), the office announced on Monday.</p>${paragraphs}</div></article>`);

    // Act
    const article = extractArticle(html, { url: URL_OF });

    // Assert
    expect(article.body).toContain('A man pleaded guilty to threatening to kill Rep.');
    expect(article.body).toContain('the office announced on Monday.');
    expect(article.body).not.toContain('Latest headline about the lawmaker');
  });

  it('should drop a list of other stories whose excerpts end in an ellipsis', () => {
    // Arrange
    const teasers = Array.from({ length: 4 }, (_, i) =>
      `<li><a href="/other-${i}">Another story headline ${i}</a> <span>NEW DELHI: The minister said on Wednesday that the government will restore the service once the local administration is...</span></li>`,
    ).join('');
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>${SENTENCE}, and the officials added detail ${i} in the statement.</p>`).join('');
    const html = makeEnglishPage(`<div class="content"><div class="breaking"><h3>Breaking News</h3><ul>${teasers}</ul></div>
      <div class="article">${paragraphs}</div></div>`);

    // Act
    const article = extractArticle(html, { url: URL_OF });

    // Assert
    expect(article.body).toContain('detail 4 in the statement.');
    expect(article.body).not.toContain('the minister said');
    expect(article.body).not.toContain('Another story headline');
  });

  it('should widen a short pick to the article container when the rest is a table', () => {
    // Arrange: one intro paragraph beside a standings table of short cells
    const rows = ['Kyle Busch', 'Martin Truex Jr.', 'Kevin Harvick', 'Denny Hamlin', 'Joey Logano', 'Ryan Blaney', 'Kyle Larson', 'Chase Elliott']
      .map((name, i) => `<tr><td>${i + 1}</td><td>${name}</td><td>${5040 - i * 5}</td><td>${i}</td></tr>`).join('');
    const html = makeEnglishPage(`<div class="articleBody"><p>On this page you will always find the updated standings of the series up to the last race of the season!</p>
      <table><tr><th>Pos.</th><th>Driver</th><th>Points</th><th>Wins</th></tr>${rows}</table></div>`);

    // Act
    const article = extractArticle(html, { url: URL_OF });

    // Assert
    expect(article.body).toContain('updated standings');
    expect(article.body).toContain('Kyle Busch');
    expect(article.body).toContain('Chase Elliott');
  });

  it('should leave the article header (standfirst, byline) out of the body', () => {
    // Arrange
    const paragraphs = Array.from({ length: 5 }, (_, i) => `<p>${SENTENCE}, said the spokesperson in part ${i}.</p>`).join('');
    const html = makeEnglishPage(`<article class="story"><header><h1>Ten things in tech you need to know today</h1>
      <h2 class="sub-head">There are more devices, platforms and services to choose from than ever before, here is how to choose.</h2>
      <p>By Sarah Needleman | Nov 19, 2019</p></header>${paragraphs}</article>`);

    // Act
    const article = extractArticle(html, { url: URL_OF });

    // Assert
    expect(article.body).toContain('in part 4.');
    expect(article.body).not.toContain('There are more devices');
  });

  it('should drop web furniture lines: advert labels, raw shortcodes, reprint notices, write-to lines', () => {
    // Arrange
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>${SENTENCE}, according to the filing number ${i}.</p>`).join('');
    const html = makeEnglishPage(`<div class="article-body">${paragraphs}<p>Advert</p>
      <p>[button link="http://example.com/submit/" type="big"] Send us YOUR kit review[/button]</p>
      <p>This copy is for your personal, non-commercial use only. To order presentation-ready copies visit the reprints site.</p>
      <p>Text size</p><p>Write to Al Root at allen.root@example.com</p></div>`);

    // Act
    const article = extractArticle(html, { url: URL_OF });

    // Assert
    expect(article.body).toContain('filing number 3.');
    for (const noise of ['Advert', 'Send us YOUR kit review', 'personal, non-commercial', 'Text size', 'Write to Al Root']) {
      expect(article.body).not.toContain(noise);
    }
  });
});
