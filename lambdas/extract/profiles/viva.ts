/**
 * VIVA (viva.co.id: news., life., bola., ...). Layout of 2016: ".article-detail .title h1"; date meta
 * article:published_time ("+0700"); writer ".author b" ("Oleh : Maya Sofia"); body #article-content with centred
 * image + caption blocks ("... Foto: Grammy") and embedded tweets, both dropped.
 */
import type { ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['.article-detail .title h1', 'article h1'],
  body: ['#article-content', '.article-detail .content'],
  authors: ['.article-detail .author b', '.article-detail .author'],
  date: ['.article-detail .date'],
  section: ['.upperdeck-kanal', '.breadcrumb a'],
  tags: ['.tag-detail a'],
  noise: ['.portlet', '#sharebox', 'blockquote.twitter-tweet', 'div[style*="text-align: center"]', '.photodesc'],
};

export const viva: SiteProfile = {
  id: 'viva',
  name: 'VIVA.co.id',
  domains: ['viva.co.id'],
  language: 'id',
  articleUrlPattern: /\/read\/\d+/,
  versions: [{ version: 1, validFrom: '2016-01-01', selectors: V1_SELECTORS, fields: makeFields(V1_SELECTORS, 'id') }],
};
