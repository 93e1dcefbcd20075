/**
 * ANTARA News (antaranews.com, otomotif.antaranews.com, regional editions). Layouts of 2015-2017: h1.title; date in
 * meta itemprop datePublished and ".date time"; byline ".byline" ("Pewarta: X", "Oleh X"); body #content_news
 * (br-separated) with "Editor:" and "COPYRIGHT" lines at its end. The 2017 JSON-LD names the *editor* as author and the
 * writer as creator, so the visible byline comes first. A lower-case byline ("prwir") is a press-release handle.
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { readJsonLdPeople, readTexts, splitAuthors } from '../utils.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['.bjbrt h1.title', 'h1.title', 'h1.post-title'],
  body: ['#content_news', '.post-content'],
  authors: ['.byline', '.post-author'],
  date: ['.bjbrt .date time', '.bjbrt .date', '.post-date'],
  section: ['.breadcrumb a'],
  tags: ['.tags-wrapper a'],
  noise: ['p.mt10', 'p.date', '.adsbygoogle', '#image_news', '#caption_news', '.quote_old'],
};

/** Byline first ("Pewarta: ..."/"Oleh ..."), then JSON-LD creator (the writer), never the JSON-LD author (editor). */
function readAntaraAuthors(ctx: PageContext): string[] {
  for (const text of readTexts(ctx.$, V1_SELECTORS.authors)) {
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
  versions: [{ version: 1, validFrom: '2015-01-01', selectors: V1_SELECTORS, fields: makeFields(V1_SELECTORS, 'id', { authors: readAntaraAuthors }) }],
};
