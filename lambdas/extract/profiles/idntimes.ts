/**
 * IDN Times (idntimes.com and its regional editions: kaltim., jatim., sulsel., ...).
 * Layout of 2021: title h1.title-text; author in JSON-LD and the second meta[name=author] (the first says "IDN Times");
 * date in JSON-LD datePublished; body article#article-content with div.split-page sections; in-body noise "Baca Juga"
 * paragraphs (p > a > strong > em), div.inarticle-ads, div.editors-pick, image credits in .embed-image.
 *
 * Layout of 2026 (version 2), from SOURCES-REFERENCE.md evidence EGI-IDN (public file 61155457023, "verified live
 * 2026-07-24", www only): NewsArticle JSON-LD with headline, author (array of {name, url}), datePublished /
 * dateModified with an explicit +07:00, keywords (one sampled page held the placeholder "Update me", dropped here);
 * body in `#article-description p.article-text` (no in-body noise seen on the two sampled pages); no multi-page
 * markup; listing cards `h2[data-cy="ds-card-article-title"]` with `[data-cy="ds-card-article-pubdate"]` ("24 Jul
 * 2026, 16:36 WIB"), which are listing furniture, never an article date. The regional subdomains (kaltim., jatim., ...)
 * run "a DIFFERENT template" (EGI-IDN) that no source here documents: they get version 2 when they show its markers,
 * else version 1, else the generic extractor.
 * Assumptions: the headline is the page's `h1` (JSON-LD headline otherwise); captions sit in `figure`/`figcaption`;
 * the `data-cy="ds-article-*"` author / date / tag hooks mirror the listing cards' naming and may match nothing.
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields, readTags } from '../fields.js';
import { cleanParagraphs, collectParagraphs, dropNoise } from '../body.js';
import { dropNoiseLines } from '../noise-lines.js';

const V2_SELECTORS: ProfileSelectors = {
  title: ['h1[data-testid="article-title"]', 'article h1', 'h1'],
  body: ['#article-description'],
  authors: ['[data-cy="ds-article-author"] a'],
  date: ['[data-cy="ds-article-pubdate"]', 'time[datetime]'],
  section: ['nav[aria-label="breadcrumb"] a', '.breadcrumb a'],
  tags: ['[data-cy="ds-article-tag"] a'],
  noise: ['figure', 'figcaption', '[id^="headline-ads"]', '[id*="-ads-"]', '[data-cy^="ds-widget"]', 'div.editors-pick'],
};

/** Placeholder keywords the CMS leaves in JSON-LD ("Update me", EGI-IDN 2026-07-24). */
const PLACEHOLDER_TAG = /^update me$/i;

/** Version 2 body: only the `p.article-text` paragraphs (and sub-headings) of `#article-description`. */
function readIdnBodyV2(ctx: PageContext): string[] {
  const root = ctx.$(V2_SELECTORS.body[0]).first();
  if (!root.length) return [];
  dropNoise(ctx.$, root, V2_SELECTORS.noise);
  const blocks = root.find('p.article-text, h2, h3, ul > li, blockquote').toArray();
  return dropNoiseLines(cleanParagraphs(blocks.flatMap((el) => collectParagraphs({ children: [el] } as never))));
}

const V1_SELECTORS: ProfileSelectors = {
  title: ['h1.title-text', '.content-post h1'],
  body: ['article#article-content', '.content-post-description'],
  authors: ['.author-name a', '.box-information .author a'],
  date: ['.date', 'time'],
  section: ['ol.breadcrumb li a'],
  tags: ['.content-post .tag-list a'],
  noise: ['div.inarticle-ads', 'div.editors-pick', '.embed-image', '.main-article-source', 'div.show-page', 'p:has(> a > strong > em)'],
};

export const idntimes: SiteProfile = {
  id: 'idntimes',
  name: 'IDN Times',
  domains: ['idntimes.com'],
  language: 'id',
  articleUrlPattern: /^\/[a-z-]+\/[a-z-]+\/[^/]+\/[^/]+/,
  versions: [
    {
      version: 2,
      validFrom: '2026-07-24',
      markers: ['#article-description p.article-text'],
      selectors: V2_SELECTORS,
      fields: makeFields(V2_SELECTORS, 'id', {
        body: readIdnBodyV2,
        tags: (ctx) => readTags(ctx, V2_SELECTORS.tags).filter((t) => !PLACEHOLDER_TAG.test(t)),
      }),
    },
    { version: 1, validFrom: '2019-01-01', markers: ['article#article-content'], selectors: V1_SELECTORS, fields: makeFields(V1_SELECTORS, 'id') },
  ],
};
