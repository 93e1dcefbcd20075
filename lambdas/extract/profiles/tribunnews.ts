/**
 * Tribunnews / Tribun Network (tribunnews.com: www., m., and the regional subdomains kaltim., kaltara., jatim., ...).
 * No saved page of this family exists here; the profile is built from the sources below and tested on synthetic pages
 * (test/fixtures/sites/tribunnews/synthetic-*.html).
 *
 * From SOURCES-REFERENCE.md, evidence EGI-TRIB (public file 60830449294, "verified live 2026-07-24", www only):
 * - JSON-LD is a `@graph` with a NewsArticle: headline, datePublished / dateModified with an explicit +07:00, author as
 *   an array of Person, articleSection, keywords (flat array). JSON-LD therefore comes first for every field.
 * - body `div.side-article.txt-article` (the compound class matters: a `div.side-article.mb5` "Sesuai Minatmu" widget
 *   follows it); noise inside: `blockquote.summary-article` ("Ringkasan Berita:"), `p.baca` ("Baca juga: ..."),
 *   `div.ads-placeholder`, `figure` / `figcaption`;
 * - writer `#penulis a` ("Penulis: <a>X</a>"); `#editor a` is the editor, never an author;
 * - date `time[datetime]` beside the "Tayang:" label ("Jumat, 24 Juli 2026 12:40 WIB");
 * - tags `h5.tagcloud3 a.rd2`;
 * - multi-page: `div.paging` with `span.total-page` "Halaman 1/2" and `a[href$="?page=2"][rel="page-2"]`; canonical and
 *   og:url keep pointing at page 1 (see ../pagination.ts).
 * From SOURCES-REFERENCE.md pitfall 8 (TKALTARA, recent): regional sites such as Tribun Kaltara stamp WIB/WITA/WIT.
 * Assumptions (not in the reference): the regional subdomains (kaltim., kaltara.) serve the same CMS templates as www;
 * the headline element is `h1#arttitle`; the regional dateline reads "TRIBUNKALTIM.CO, SAMARINDA - "; a syndication
 * note "Artikel ini telah tayang di ..." may close the body (dropped by ../noise-lines.ts).
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { readJsonLdPeople, readTexts, splitAuthors } from '../utils.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['h1#arttitle', '#article h1', 'h1.f50'],
  body: ['div.side-article.txt-article', 'div.txt-article'],
  authors: ['#penulis a', '#penulis'],
  date: ['#article time[datetime]', 'time[datetime]', '#article time', '.time'],
  section: ['#breadcrumbs a', '.breadcrumb a'],
  tags: ['h5.tagcloud3 a.rd2', '.tagcloud3 a'],
  noise: ['blockquote.summary-article', 'p.baca', '.ads-placeholder', 'figure', 'figcaption', '.paging', '#editor', '.side-article.mb5'],
};

/** JSON-LD Person authors first (de-duplicated: EGI-TRIB saw the same Person listed twice), then the "Penulis" link; the editor (#editor) is never an author. */
function readTribunAuthors(ctx: PageContext): string[] {
  const fromJsonLd = [...new Set(readJsonLdPeople(ctx.jsonLd, 'author').flatMap(splitAuthors))];
  if (fromJsonLd.length) return fromJsonLd;
  for (const text of readTexts(ctx.$, V1_SELECTORS.authors)) {
    const names = splitAuthors(text);
    if (names.length) return names;
  }
  return [];
}

export const tribunnews: SiteProfile = {
  id: 'tribunnews',
  name: 'Tribunnews (Tribun Network)',
  domains: ['tribunnews.com'],
  language: 'id',
  // /{section}/{numericId}/{slug} and /{section}/{yyyy}/{mm}/{dd}/{slug} (EGI-TRIB, both verified live 2026-07-24)
  articleUrlPattern: /^\/[a-z0-9-]+\/(?:\d{5,}|\d{4}\/\d{2}\/\d{2})\/[a-z0-9-]+\/?$/i,
  versions: [
    {
      version: 1,
      validFrom: '2020-01-01',
      markers: ['div.side-article.txt-article'],
      selectors: V1_SELECTORS,
      fields: makeFields(V1_SELECTORS, 'id', { authors: readTribunAuthors }),
    },
  ],
};
