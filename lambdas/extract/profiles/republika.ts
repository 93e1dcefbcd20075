/**
 * Republika (republika.co.id and ihram.co.id). Layouts of 2016-2017: headline ".jdl-detail h2" / ".h5.global-detail";
 * photo pages show "In Picture: X" where meta[name=title] holds the plain headline, so the meta comes first;
 * date ".date-detail" / ".date-pic"; body .content-detail / .teaser-pic / .teaser. The only byline is "Red:" /
 * "Redaktur" (the editor), which is not an author.
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { cleanTitle, readLabelled, readMeta, readText, splitAuthors } from '../utils.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['.jdl-detail h2', '.h5.global-detail', '.jdl-pic'],
  body: ['.content-detail', '.teaser-pic', '.teaser.global-detail'],
  authors: ['.reporter', '.by-author'],
  date: ['.date-detail', '.date-pic'],
  section: ['.breadcome a'],
  tags: ['.tagging a'],
  noise: ['.red', '.social', '.caption', '.cap-foto', '.ads-160'],
};

/** meta[name=title] without " - Republika Online", else the visible headline without "In Picture:". */
function readRepublikaTitle(ctx: PageContext): string | null {
  const meta = cleanTitle(readMeta(ctx.$, 'title'));
  if (meta) return meta;
  return cleanTitle(readText(ctx.$, V1_SELECTORS.title)?.replace(/^In Picture:\s*/i, ''));
}

/** Only a "Reporter"/"Penulis" label names a writer here; "Red"/"Redaktur" is the editor. */
function readRepublikaAuthors(ctx: PageContext): string[] {
  return splitAuthors(readLabelled(ctx.$, '.red tr, .red div, .wp-reset div, .by-author', /^(?:rep|reporter|penulis|wartawan)$/i));
}

export const republika: SiteProfile = {
  id: 'republika',
  name: 'Republika',
  domains: ['republika.co.id', 'ihram.co.id'],
  language: 'id',
  articleUrlPattern: /\/berita\//,
  versions: [
    {
      version: 1,
      validFrom: '2016-01-01',
      selectors: V1_SELECTORS,
      fields: makeFields(V1_SELECTORS, 'id', { title: readRepublikaTitle, authors: readRepublikaAuthors }),
    },
  ],
};
