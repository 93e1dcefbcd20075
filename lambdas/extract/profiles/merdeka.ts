/**
 * Merdeka.com (www.merdeka.com and its channels). No saved page exists here, and SOURCES-REFERENCE.md documents only
 * its feed (https://www.merdeka.com/rss/, evidence NW merdeka.py @ddca7ae, 2026-04-28: news-watch reads the RSS and
 * never parses an article page). So this profile is built from the JSON-LD / meta conventions alone and tested on a
 * synthetic page (test/fixtures/sites/merdeka/synthetic-*.html).
 *
 * From the reference: time zone WIB (Asia/Jakarta).
 * Assumptions (not in the reference): NewsArticle JSON-LD with headline, datePublished (offset stated), author
 * Person(s), articleSection, keywords; article:published_time meta; body in `div[itemprop="articleBody"]` or
 * `.article-content` / `.dt-para` (older layout); "Baca Juga" boxes and "Lihat Juga" lines inside; long stories split
 * with "?page=2". When no body selector matches, the generic scored body is used under this profile's metadata.
 */
import type { ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { readBodyOrScored } from '../fallback-body.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['[itemprop="headline"]', 'article h1', '.article-header h1'],
  body: ['div[itemprop="articleBody"]', '.article-content', '.dt-para', '.detail-content'],
  authors: ['[itemprop="author"] [itemprop="name"]', '.article-author a', '.reporter a'],
  date: ['time[datetime]', '[itemprop="datePublished"]', '.article-date', '.date-post'],
  section: ['.breadcrumb a'],
  tags: ['.tags a', '.article-tags a'],
  noise: ['.baca-juga', '.lihat-juga', '.artikel-terkait', '.ads', '.advertisement', 'figure', 'figcaption', '.pagination'],
};

export const merdeka: SiteProfile = {
  id: 'merdeka',
  name: 'Merdeka.com',
  domains: ['merdeka.com'],
  language: 'id',
  articleUrlPattern: /\.html$|\/\d{6,}/,
  versions: [
    {
      version: 1,
      validFrom: '2020-01-01',
      selectors: V1_SELECTORS,
      fields: makeFields(V1_SELECTORS, 'id', { body: (ctx) => readBodyOrScored(ctx, V1_SELECTORS) }),
    },
  ],
};
