/**
 * Kompas.com family (regional., nasional., internasional., bola., otomotif., ...). Layouts of 2015-2016: the <h1> is the
 * channel name, the headline is the <h2> of .kcm-read-top / .kcm-read-content-top (otomotif: .baca-content h1);
 * date ".kcm-date" / ".msmall.grey" "Selasa, 16 Februari 2016 | 14:38 WIB"; body .kcm-read-text (br- or p-separated);
 * writer in the "Penulis" row of the credits table (the "Editor" row is not an author).
 *
 * Layout of 2017-2026 (version 2), from SOURCES-REFERENCE.md evidence NW (news-watch kompas.py @3731dbd,
 * 2026-08-14): headline `.read__title`; date `.read__time` ("Kompas.com - 11/11/2021, 14:30 WIB", sometimes followed by
 * "Diperbarui ..." which is the update: modifiedAt, never publishedAt); writer `.credit-title-name`, else meta
 * content_author / author; body `.read__content` with related boxes `[class^=inject-baca-juga]` and `[class^=kompasidRec]`,
 * and lines "Baca juga: ..." and "Simak ... WhatsApp Channel" (../noise-lines.ts); breadcrumb `.breadcrumb__wrap`;
 * long stories split into pages, "?page=all" shows them all (news-watch fetches every article with it).
 * Assumptions: captions in `.photo__caption` / `figcaption`; page links in `.read__paging` (see ../pagination.ts).
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { readLabelled, readMeta, readTexts, splitAuthors } from '../utils.js';

const V2_SELECTORS: ProfileSelectors = {
  title: ['h1.read__title', '.read__title'],
  body: ['.read__content'],
  authors: ['.credit-title-name', '.read__credit__item'],
  date: ['.read__time'],
  section: ['.breadcrumb__wrap a', '.breadcrumb__link'],
  tags: ['.tag__article__link'],
  noise: ['[class^="inject-baca-juga"]', '[class*=" inject-baca-juga"]', '[class^="kompasidRec"]', '[class*=" kompasidRec"]', '.read__paging', '.photo__caption', '.photo', 'figure', 'figcaption', '.ads-on-body'],
};

/** `.credit-title-name`, else the "Penulis" credit row, else meta content_author / author (outlets dropped). */
function readKompasV2Authors(ctx: PageContext): string[] {
  for (const text of readTexts(ctx.$, ['.credit-title-name'])) {
    const names = splitAuthors(text);
    if (names.length) return names;
  }
  const fromCredits = readKompasAuthors(ctx);
  if (fromCredits.length) return fromCredits;
  return splitAuthors(readMeta(ctx.$, 'content_author', 'author'));
}

const V1_SELECTORS: ProfileSelectors = {
  title: ['.kcm-read-top h2', '.kcm-read-content-top h2', '.baca-content h1', 'h1.read__title', '.read__title'],
  body: ['.kcm-read-text', '.kcm-read-content-text .span6', '.content-text .div-read', '.read__content'],
  authors: ['.read__credit__item', '#penulis'],
  date: ['.kcm-read-top .msmall.grey', '.kcm-read-top .kcm-date', '.kcm-read-content-top .kcm-date', '.baca-content .kcm-date', '.read__time'],
  section: ['.kcm-breadcrumb a', '.breadcrump a', '.bread-c a', '.breadcrumb__link'],
  tags: ['.tag__article__link', '.kcm-read-bottom-topic a'],
  noise: ['.kcm-read-copy', '.penulis-editor', '.kcm-read-bottom-topic', '#nps', '#nps-data', 'table', '.photo'],
};

/** The "Penulis" (writer) row of the credits table; "Kontributor Lhokseumawe, Masriadi" gives "Masriadi". */
function readKompasAuthors(ctx: PageContext): string[] {
  const writer = readLabelled(ctx.$, '.kcm-read-copy tr, .penulis-editor tr, .read__credit__item', /^(?:penulis|reporter)$/i);
  return splitAuthors(writer);
}

export const kompas: SiteProfile = {
  id: 'kompas',
  name: 'Kompas.com',
  domains: ['kompas.com'],
  language: 'id',
  articleUrlPattern: /\/read\//,
  versions: [
    {
      version: 2,
      validFrom: '2017-01-01',
      markers: ['.read__content'],
      selectors: V2_SELECTORS,
      fields: makeFields(V2_SELECTORS, 'id', { authors: readKompasV2Authors }),
    },
    {
      version: 1,
      markers: ['.kcm-read-text', '.kcm-read-content-text', '.kcm-read-top', '.baca-content'],
      validFrom: '2015-01-01',
      selectors: V1_SELECTORS,
      // Kompas 2015-2016 pages have no JSON-LD or date metas: the visible date is the only one.
      fields: makeFields(V1_SELECTORS, 'id', { authors: readKompasAuthors }),
    },
  ],
};
