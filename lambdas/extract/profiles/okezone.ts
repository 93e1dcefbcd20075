/**
 * Okezone (okezone.com: news., lifestyle., celebrity., ...). Layouts of 2015 and 2017: headline ".titles h1" (2015,
 * after two logo <h1>s) or ".title-detail h1" (2017); date "time.tgl" / ".title-detail span" ("Jum'at, 17 Februari
 * 2017 - 13:30 wib") and, in 2017, JSON-LD without zone; writer ".nmreporter div" or JSON-LD author; body #contentx
 * (2015) or .ctn-desc (2017), ending with an editor code "(ren)".
 *
 * Layout of 2024-2026 (version 2), from SOURCES-REFERENCE.md evidence NW (news-watch okezone.py @360f625,
 * 2026-08-08): headline `.title-article h1`; writer `.journalist a[title]` (the name is the title attribute); date in
 * `.journalist span` ("Jurnalis-Nama | Jum'at, 11 November 2021 14:30 WIB"); body `.c-detail.read` with `inject-*` and
 * `banner*` blocks and the lines "Baca juga:", "Follow ... WhatsApp Channel", "Telusuri berita ... lainnya"
 * (../noise-lines.ts); section the last `.breadcrumb a`.
 * Assumptions: captions in `figure` / `.caption-img`.
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { splitAuthors } from '../utils.js';

const V2_SELECTORS: ProfileSelectors = {
  title: ['.title-article h1'],
  body: ['.c-detail.read'],
  authors: ['.journalist a[title]'],
  date: ['.journalist span'],
  section: ['.breadcrumb a'],
  tags: ['.detail-tag a', '.tag a'],
  noise: ['[class^="inject-"]', '[class*=" inject-"]', '[class^="banner"]', '[class*=" banner"]', 'figure', 'figcaption', '.caption-img'],
};

/** The title attribute of the journalist link (its text may be cut), else its text. */
function readOkezoneAuthors(ctx: PageContext): string[] {
  for (const el of ctx.$(V2_SELECTORS.authors.join(',')).toArray()) {
    const names = splitAuthors(ctx.$(el).attr('title') || ctx.$(el).text());
    if (names.length) return names;
  }
  return [];
}

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
  versions: [
    {
      version: 2,
      validFrom: '2024-01-01',
      markers: ['.c-detail.read'],
      selectors: V2_SELECTORS,
      fields: makeFields(V2_SELECTORS, 'id', { authors: readOkezoneAuthors }),
    },
    { version: 1, validFrom: '2015-01-01', markers: ['#contentx', '.ctn-desc', '.titles h1', '.title-detail h1'], selectors: V1_SELECTORS, fields: makeFields(V1_SELECTORS, 'id') },
  ],
};
