/**
 * ANTARA News (antaranews.com, otomotif.antaranews.com, regional editions). Layouts of 2015-2017: h1.title; date in
 * meta itemprop datePublished and ".date time"; byline ".byline" ("Pewarta: X", "Oleh X"); body #content_news
 * (br-separated) with "Editor:" and "COPYRIGHT" lines at its end. The 2017 JSON-LD names the *editor* as author and the
 * writer as creator, so the visible byline comes first. A lower-case byline ("prwir") is a press-release handle.
 *
 * Layout of 2021-2026 (version 2; www and the regional editions such as kaltim.antaranews.com), from
 * SOURCES-REFERENCE.md evidence NW (news-watch antaranews.py @ff66955, 2026-04-27; file commit d890046): headline
 * `.wrap__article-detail-title`; writer line `.text-muted.mt-2.small` ("Pewarta: X / Editor: Y"); date the last
 * `.list-inline-item.mr-2`; body `.wrap__article-detail-content.post-content` holding `span/p.baca-juga` links and a
 * `.text-muted` credit line; section `.breadcrumbs__item`.
 * Assumptions: the regional editions (kaltim.) share the template and stamp their dates in WITA or without a zone
 * (then the source's zone applies); captions in `.wrap__article-detail-image figcaption`.
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { readJsonLdPeople, readTexts, splitAuthors } from '../utils.js';
import { collectParagraphs } from '../body.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['.bjbrt h1.title', 'h1.title', 'h1.post-title'],
  body: ['#content_news', '.post-content'],
  authors: ['.byline', '.post-author'],
  date: ['.bjbrt .date time', '.bjbrt .date', '.post-date'],
  section: ['.breadcrumb a'],
  tags: ['.tags-wrapper a'],
  noise: ['p.mt10', 'p.date', '.adsbygoogle', '#image_news', '#caption_news', '.quote_old'],
};

const V2_SELECTORS: ProfileSelectors = {
  title: ['.wrap__article-detail-title', 'h1.post-title'],
  body: ['.wrap__article-detail-content.post-content', '.wrap__article-detail-content'],
  authors: ['.wrap__article-detail-content .text-muted', '.text-muted.mt-2.small'],
  date: ['.wrap__article-detail-info .list-inline-item.mr-2', '.list-inline-item.mr-2'],
  section: ['.breadcrumbs__item a', '.breadcrumbs__item'],
  tags: ['.blog-tags a', '.tags-wrapper a'],
  noise: ['.baca-juga', '.text-muted', '.adsbygoogle', 'figure', 'figcaption', '.wrap__article-detail-image'],
};

/** Byline first ("Pewarta: ..."/"Oleh ..."), then JSON-LD creator (the writer), never the JSON-LD author (editor). */
function readAntaraAuthors(ctx: PageContext, selectors: readonly string[] = V1_SELECTORS.authors): string[] {
  // The 2026 credit line is "Pewarta: X<br>Editor: Y": read it line by line so the editor's line stays apart.
  const lines = selectors.flatMap((s) => ctx.$(s).toArray().flatMap((el) => collectParagraphs(el).map((p) => p.text)));
  for (const line of lines) {
    if (/^(?:editor|redaktur)\s*:/i.test(line)) continue;
    const names = splitAuthors(line);
    if (names.length) return names;
  }
  for (const text of readTexts(ctx.$, selectors)) {
    const names = splitAuthors(text);
    if (names.length) return names;
  }
  return readJsonLdPeople(ctx.jsonLd, 'creator').flatMap(splitAuthors);
}

export const antaranews: SiteProfile = {
  id: 'antaranews',
  name: 'ANTARA News',
  domains: ['antaranews.com'],
  language: 'id',
  articleUrlPattern: /\/(?:berita|en\/news)\/\d+/,
  versions: [
    {
      version: 2,
      validFrom: '2021-01-01',
      markers: ['.wrap__article-detail-content'],
      selectors: V2_SELECTORS,
      fields: makeFields(V2_SELECTORS, 'id', { authors: (ctx) => readAntaraAuthors(ctx, V2_SELECTORS.authors) }),
    },
    { version: 1, validFrom: '2015-01-01', markers: ['#content_news', '.bjbrt'], selectors: V1_SELECTORS, fields: makeFields(V1_SELECTORS, 'id', { authors: (ctx) => readAntaraAuthors(ctx) }) },
  ],
};
