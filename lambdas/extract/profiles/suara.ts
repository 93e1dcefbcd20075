/**
 * Suara.com (suara.com and its channels: www., jatim., jogja., kaltim. ...). No saved page exists here; the profile is
 * built from the sources below and tested on a synthetic page (test/fixtures/sites/suara/synthetic-*.html).
 *
 * From SOURCES-REFERENCE.md, evidence NW (okkymabruri/news-watch suara.py, the reference's row "Suara", 2026-07-26):
 * - article URLs `suara.com/{section}/YYYY/MM/DD/{slug}`;
 * - headline the page's `h1`; date in `span.mt-10` or a `span[class*=date]`, written "Kamis, 11 November 2021 | 14:30
 *   WIB" (the "|" separates date and time); body `div.article-content`, else `div.detail-content`; no writer read.
 * - pitfalls 4 and 5: the site needs a browser-like client and blocks cloud IPs (a fetch concern, not extraction).
 * Assumptions (not in the reference): JSON-LD NewsArticle / article:published_time metas as on other Indonesian
 * portals (read first when present); the writer in `.detail-author a` / `.writer a`; "Baca Juga:" lines and
 * `.baca-juga` boxes inside the body; long stories split with "?page=2" and "Halaman Selanjutnya" (../pagination.ts).
 * When no body selector matches, the generic scored body is used under this profile's metadata.
 */
import type { ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { readBodyOrScored } from '../fallback-body.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['.detail-title h1', 'article h1', 'h1'],
  body: ['div.article-content', 'div.detail-content', 'div.detail--content'],
  authors: ['.detail-author a', '.writer a', '.detail-author'],
  date: ['span.mt-10', 'span[class*="date"]', 'time[datetime]'],
  section: ['.breadcrumb a'],
  tags: ['.tag-detail a', '.tags a'],
  noise: ['.baca-juga', '.ads', '.ads_detail', '.image-caption', '.caption', 'figure', 'figcaption', '.pagination', '.paging'],
};

export const suara: SiteProfile = {
  id: 'suara',
  name: 'Suara.com',
  domains: ['suara.com'],
  language: 'id',
  articleUrlPattern: /^\/.+\/\d{4}\/\d{2}\/\d{2}\/.+/,
  versions: [
    {
      version: 1,
      validFrom: '2020-01-01',
      markers: ['div.article-content', 'div.detail-content'],
      selectors: V1_SELECTORS,
      fields: makeFields(V1_SELECTORS, 'id', { body: (ctx) => readBodyOrScored(ctx, V1_SELECTORS) }),
    },
  ],
};
