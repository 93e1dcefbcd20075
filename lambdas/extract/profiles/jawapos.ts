/**
 * JawaPos network: www.jawapos.com and its regional sites on jawapos.com subdomains, among them Kaltim Post
 * (kaltimpost.jawapos.com). No saved page exists here; tested on a synthetic page
 * (test/fixtures/sites/jawapos/synthetic-*.html).
 *
 * From SOURCES-REFERENCE.md:
 * - Kaltim Post lives on kaltimpost.jawapos.com (pitfall 7); its article URLs are `/{section}/{10-digit id}/{slug}`
 *   (evidence L, public file 61954898218, 2026-09); its zone is WITA (Asia/Makassar). news-watch's "Kaltim Post"
 *   scraper crawls borneo24.com instead (pitfall 3): nothing of it is used here.
 * - JawaPos network conventions, evidence NW jawapos.py @ddca7ae (2026-04-28), "legacy HTML" layout: headline
 *   `h1.read__title`, date `.read__info__date` (with "- " and "| " separators), writer `.read__info__author`, body
 *   `.read__content.clearfix`, related links `strong.read__others*` inside the body, breadcrumb `.breadcrumb__wrap`.
 *   www.jawapos.com itself is now a Next.js page whose article sits in `script#__NEXT_DATA__`
 *   (props.pageProps.article: title, content HTML, published_at, authors[].name): not read here (left to the
 *   generic fallback and JSON-LD / meta; see the report).
 * Assumptions: the regional sites (kaltimpost.) serve the legacy HTML layout; JSON-LD / meta are read first; the
 * dateline "KALTIMPOST.ID, SAMARINDA - " or "SAMARINDA - "; "Baca Juga:" lines inside the body.
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { readBodyOrScored } from '../fallback-body.js';
import { detectDateline, readTexts, splitAuthors, toTitleCase } from '../utils.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['h1.read__title', 'article h1'],
  body: ['.read__content.clearfix', '.read__content'],
  authors: ['.read__info__author a', '.read__info__author'],
  date: ['.read__info__date', 'time[datetime]'],
  section: ['.breadcrumb__wrap a', '.breadcrumb__link'],
  tags: ['.tag__article__link', '.read__tag a'],
  noise: ['[class^="read__others"]', '[class*=" read__others"]', '.read__photo', '.photo__caption', 'figure', 'figcaption', '.ads', '.read__paging'],
};

/** The writer line; "Penulis:"/"Editor:" labels handled, the editor part dropped. */
function readJawaposAuthors(ctx: PageContext): string[] {
  for (const text of readTexts(ctx.$, V1_SELECTORS.authors)) {
    const names = splitAuthors(text.split('|')[0]);
    if (names.length) return names;
  }
  return makeFields(V1_SELECTORS, 'id').authors(ctx);
}

/** "BALIKPAPAN–Pemerintah ...": a capitalised place glued to an en / em dash (JawaPos house style, assumed). */
const GLUED_DATELINE = /^(\p{Lu}[\p{Lu} .']{2,40}?)\s*[–—]\s*(?=\p{Lu})/u;

/** The usual dateline shapes, then the glued "PLACE–Text" of the JawaPos papers. */
function readJawaposDateline(_ctx: PageContext, paragraphs: readonly string[]): string | null {
  const usual = detectDateline(paragraphs[0]);
  if (usual) return usual;
  const m = GLUED_DATELINE.exec(paragraphs[0] ?? '');
  return m ? toTitleCase(m[1].trim()) : null;
}

export const jawapos: SiteProfile = {
  id: 'jawapos',
  name: 'JawaPos network (Kaltim Post and the regional sites)',
  domains: ['jawapos.com'],
  language: 'id',
  articleUrlPattern: /^\/[a-z0-9-]+\/\d{10}\/[a-z0-9-]+/,
  versions: [
    {
      version: 1,
      validFrom: '2020-01-01',
      markers: ['.read__content'],
      selectors: V1_SELECTORS,
      fields: makeFields(V1_SELECTORS, 'id', { authors: readJawaposAuthors, dateline: readJawaposDateline, body: (ctx) => readBodyOrScored(ctx, V1_SELECTORS) }),
    },
  ],
};
