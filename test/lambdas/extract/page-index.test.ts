import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { GENERIC_SELECTORS } from '../../../lambdas/extract/generic.js';
import { readNodeText, selectAll, selectFirst } from '../../../lambdas/extract/page-index.js';
import { PROFILES } from '../../../lambdas/extract/profiles/index.js';
import { NOISE_SELECTORS } from '../../../lambdas/extract/selectors.js';

const SITES = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));

/** Every selector the extractor queries: generic, every profile version's selectors and markers, the noise list. */
function collectSelectors(): string[] {
  const out = new Set<string>(['meta', 'script[type="application/ld+json"]', 'link[rel="canonical"]', 'html', 'body', 'title', 'h1', 'h2']);
  const add = (lists: object) => Object.values(lists).forEach((list) => (list as string[]).forEach((s) => out.add(s)));
  add(GENERIC_SELECTORS);
  for (const profile of PROFILES) {
    for (const version of profile.versions) {
      add(version.selectors);
      version.markers?.forEach((m) => out.add(m));
    }
  }
  NOISE_SELECTORS.forEach((s) => out.add(s));
  return [...out];
}

describe('page index', () => {
  it('should select exactly what cheerio selects, in the same order, on every fixture page', () => {
    // Arrange
    const selectors = collectSelectors();
    const pages = readdirSync(SITES).flatMap((site) =>
      readdirSync(join(SITES, site)).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(SITES, site, f), 'utf8')),
    );
    const mismatches: string[] = [];

    // Act
    for (const html of pages) {
      const $ = load(html);
      for (const selector of selectors) {
        const expected = $(selector).toArray();
        const actual = selectAll($, selector);
        if (expected.length !== actual.length || expected.some((el, i) => el !== actual[i])) mismatches.push(selector);
      }
    }

    // Assert
    expect(pages.length).toBeGreaterThan(40);
    expect(selectors.length).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  });

  it('should match classes as words, attributes by operator, descendants and children', () => {
    // Arrange
    const $ = load(`<html><body>
      <div class="story-body main" id="a"><p class="x">one</p><section><p>two</p></section></div>
      <div class="storybody"><p>three</p></div>
      <script type="Application/LD+JSON">{}</script>
      <a rel="author" href="/u">Ann</a><span itemprop="author"><b itemprop="name">Bo</b></span>
    </body></html>`);
    const texts = (selector: string) => selectAll($, selector).map((el) => readNodeText(el).trim());

    // Act / Assert
    expect(texts('.story-body p')).toEqual(['one', 'two']);
    expect(texts('.story-body > p')).toEqual(['one']);
    expect(texts('div[class*="story"] p.x, div#a section p')).toEqual(['one', 'two']);
    expect(texts('[class^="story"] > p')).toEqual(['one', 'three']);
    expect(texts('[class~="main"] p')).toEqual(['one', 'two']);
    expect(selectAll($, 'script[type="application/ld+json"]')).toHaveLength(1);
    expect(texts('[itemprop="author"] [itemprop="name"], [rel="author"]')).toEqual(['Ann', 'Bo']);
  });

  it('should leave out elements removed from the page after it was indexed', () => {
    // Arrange
    const $ = load('<body><div class="a"><p>keep</p></div><div class="b"><p>gone</p></div></body>');
    expect(selectAll($, 'p')).toHaveLength(2);

    // Act
    $('div.b').remove();

    // Assert
    expect(selectAll($, 'p').map((el) => readNodeText(el))).toEqual(['keep']);
    expect(selectFirst($, '.b p')).toBeNull();
  });

  it('should hand pseudo-classes and sibling combinators to cheerio', () => {
    // Arrange
    const $ = load('<body><ul><li>1</li><li>2</li></ul><h2>t</h2><p>after</p></body>');

    // Act / Assert
    expect(selectAll($, 'li:first-child').map((el) => readNodeText(el))).toEqual(['1']);
    expect(selectAll($, 'h2 + p').map((el) => readNodeText(el))).toEqual(['after']);
    expect(selectFirst($, 'li:last-child')?.children.length).toBe(1);
  });

  it('should read text like cheerio, script text included and comments left out', () => {
    // Arrange
    const $ = load('<div id="d">a <b>b</b><!-- c --><script>var x = 1;</script> &amp; d</div>');

    // Act
    const text = readNodeText(selectFirst($, '#d')!);

    // Assert
    expect(text).toBe($('#d').text());
    expect(text).toBe('a bvar x = 1; & d');
  });
});
