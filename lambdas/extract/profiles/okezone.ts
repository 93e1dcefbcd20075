/**
 * Okezone (okezone.com: news., lifestyle., celebrity., ...). Layouts of 2015 and 2017: headline ".titles h1" (2015,
 * after two logo <h1>s) or ".title-detail h1" (2017); date "time.tgl" / ".title-detail span" ("Jum'at, 17 Februari
 * 2017 - 13:30 wib") and, in 2017, JSON-LD without zone; writer ".nmreporter div" or JSON-LD author; body #contentx
 * (2015) or .ctn-desc (2017), ending with an editor code "(ren)".
 */
import type { ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['.title-detail h1', '.titles h1'],
  body: ['#contentx', '.ctn-desc', '#article-box'],
  authors: ['.nmreporter div', '.title-detail span b', '.namerep'],
  date: ['time.tgl', '.title-detail span', '.namerep b'],
  section: ['.breadcrumb a'],
  tags: ['.detail-tag a'],
  noise: ['.caption-img-ab', '#AdAsia', '.detads', '.banner-belt300x250', '.dtl_banner'],
};

export const okezone: SiteProfile = {
  id: 'okezone',
  name: 'Okezone',
  domains: ['okezone.com'],
  language: 'id',
  articleUrlPattern: /\/read\/\d{4}\//,
  versions: [{ version: 1, validFrom: '2015-01-01', selectors: V1_SELECTORS, fields: makeFields(V1_SELECTORS, 'id') }],
};
