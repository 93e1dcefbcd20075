/**
 * Kompas.com family (regional., nasional., internasional., bola., otomotif., ...). Layouts of 2015-2016: the <h1> is the
 * channel name, the headline is the <h2> of .kcm-read-top / .kcm-read-content-top (otomotif: .baca-content h1);
 * date ".kcm-date" / ".msmall.grey" "Selasa, 16 Februari 2016 | 14:38 WIB"; body .kcm-read-text (br- or p-separated);
 * writer in the "Penulis" row of the credits table (the "Editor" row is not an author).
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { readLabelled, splitAuthors } from '../utils.js';

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
      version: 1,
      validFrom: '2015-01-01',
      selectors: V1_SELECTORS,
      // Kompas 2015-2016 pages have no JSON-LD or date metas: the visible date is the only one.
      fields: makeFields(V1_SELECTORS, 'id', { authors: readKompasAuthors }),
    },
  ],
};
