/**
 * IDN Times (idntimes.com and its regional editions: kaltim., jatim., sulsel., ...).
 * Layout of 2021: title h1.title-text; author in JSON-LD and the second meta[name=author] (the first says "IDN Times");
 * date in JSON-LD datePublished; body article#article-content with div.split-page sections; in-body noise "Baca Juga"
 * paragraphs (p > a > strong > em), div.inarticle-ads, div.editors-pick, image credits in .embed-image.
 */
import type { ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';

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
  versions: [{ version: 1, validFrom: '2019-01-01', selectors: V1_SELECTORS, fields: makeFields(V1_SELECTORS, 'id') }],
};
