/**
 * CNN Indonesia (www.cnnindonesia.com). No saved page exists here. SOURCES-REFERENCE.md documents only its feeds
 * (https://www.cnnindonesia.com/{nasional,...}/rss, evidence NW cnnindonesia.py @ff66955, 2026-04-27: news-watch reads
 * the RSS, needs a browser User-Agent, and never parses an article page) and its zone (WIB). The selectors below come
 * from public scraper code seen on 2026-11-28 (not from the reference, undated, so each is treated as an assumption):
 * - layout of 2023+ (Tailwind classes): headline `h1`, date `.text-cnn_grey.text-sm`, body `.detail-text` with
 *   "BACA JUGA:" lines (xilogs/Scraper cnnnews.js; rmzq/python-news-scraper webs.py: `h1.mb-2`, `.detail-text`);
 * - layout of 2015-2022: headline `.title`, body `.detail_text`, byline `.detail_text > b` (a Mercury extractor of
 *   FinalProject-KeyPoint/mozilla-extension); image captions `.para_caption` (a jsoup strategy for the site).
 * Further assumptions: NewsArticle JSON-LD read first; the byline "Nama | CNN Indonesia" (the outlet after "|" and the
 * collective "Tim" are not persons); the dateline "Jakarta, CNN Indonesia -- "; embed markers "[Gambas:Video CNN]"
 * and sign-off codes "(nma/ugo)" inside the body; long stories split with a "/2" path suffix as on detik (same
 * group). Tested on synthetic pages (test/fixtures/sites/cnnindonesia/synthetic-*.html).
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { readBodyOrScored } from '../fallback-body.js';
import { readJsonLdPeople, readTexts, splitAuthors } from '../utils.js';

const V2_SELECTORS: ProfileSelectors = {
  title: ['h1.mb-2', 'article h1', 'h1'],
  body: ['.detail-text', '.detail-wrap'],
  authors: ['.detail-wrap .text-cnn_red', '.author'],
  date: ['.text-cnn_grey.text-sm', 'time[datetime]'],
  section: ['.breadcrumb a', 'nav[aria-label="breadcrumb"] a'],
  tags: ['.detail-wrap .flex.flex-wrap.gap-3 a', '.tags a'],
  noise: ['.para_caption', '.linksisip', 'table.linksisip', '.detail-text .embed', '.paradetail', '.ads', 'figure', 'figcaption', '.pagination'],
};

const V1_SELECTORS: ProfileSelectors = {
  title: ['.content_detail h1.title', 'h1.title', '.title'],
  body: ['.detail_text', '#detikdetailtext'],
  authors: ['.detail_text > b', '.author'],
  date: ['.content_detail .date', '.date'],
  section: ['.breadcrumb a'],
  tags: ['.detail_tag a'],
  noise: ['.para_caption', '.linksisip', 'table.linksisip', '.pic_artikel', '.ads', 'figure', 'figcaption'],
};

/** Collective bylines that name no person. */
const COLLECTIVE_BYLINE = /^(?:tim|redaksi|tim redaksi|admin)$/i;

/** JSON-LD Person authors, else the byline before "|" ("Nama | CNN Indonesia"); "Tim" is not a person. */
function readCnnAuthors(ctx: PageContext, selectors: readonly string[]): string[] {
  const keep = (names: string[]) => names.filter((n) => !COLLECTIVE_BYLINE.test(n));
  const fromJsonLd = keep(readJsonLdPeople(ctx.jsonLd, 'author').flatMap((n) => splitAuthors(n.split('|')[0])));
  if (fromJsonLd.length) return fromJsonLd;
  for (const text of readTexts(ctx.$, selectors)) {
    const names = keep(splitAuthors(text.split('|')[0]));
    if (names.length) return names;
  }
  return [];
}

/** Field readers of one CNN Indonesia layout. */
function makeCnnFields(selectors: ProfileSelectors) {
  return makeFields(selectors, 'id', {
    authors: (ctx) => readCnnAuthors(ctx, selectors.authors),
    body: (ctx) => readBodyOrScored(ctx, selectors),
  });
}

export const cnnindonesia: SiteProfile = {
  id: 'cnnindonesia',
  name: 'CNN Indonesia',
  domains: ['cnnindonesia.com'],
  language: 'id',
  // /{kanal}/{14-digit timestamp}-{kanal id}-{id}/{slug}
  articleUrlPattern: /^\/[a-z-]+\/\d{14}-\d+-\d+\//,
  versions: [
    { version: 2, validFrom: '2023-01-01', markers: ['.detail-text'], selectors: V2_SELECTORS, fields: makeCnnFields(V2_SELECTORS) },
    { version: 1, validFrom: '2015-01-01', validUntil: '2022-12-31', markers: ['.detail_text'], selectors: V1_SELECTORS, fields: makeCnnFields(V1_SELECTORS) },
  ],
};
