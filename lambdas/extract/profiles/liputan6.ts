/**
 * Liputan6.com family (tekno., showbiz., photo., bola., ...). Layout of 2016: h1.read-page--header__title; writer in
 * JSON-LD author and ".read-page--header__author"; date JSON-LD datePublished (UTC "Z", shown here in WIB);
 * body .read-page__content-body with div.baca-juga lists. Photo stories (photo.liputan6.com) have an empty body: their
 * text is the gallery captions, so those are the body there (credits such as "(REUTERS / Danny Moloshok)" dropped).
 * The dateline "Liputan6.com, Jakarta" is the bold lead, sometimes without the dash.
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields, readBody } from '../fields.js';
import { detectDateline, normaliseText } from '../utils.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['h1.read-page--header__title', 'article h1'],
  body: ['.read-page__content-body', '.article-content-body'],
  authors: ['.read-page--header__author .fn', '.read-page--header__author'],
  date: ['time.read-page--header__datetime', 'time'],
  section: ['.read-page--breadcrumb a', '.breadcrumb a'],
  tags: ['.read-page--tags a', '.tags--snippet a'],
  noise: ['.baca-juga', '.read-page--photo-gallery', '.read-page--related'],
};

/** A trailing photo credit in parentheses: "(REUTERS / Danny Moloshok)", "(Liputan6.com/Helmi Fithriansyah)". */
const PHOTO_CREDIT = /\s*\((?:[A-Z][A-Za-z0-9.]*\s*\/\s*[^()]{2,60})\)\s*$/;

/** Article text, or for a photo story the gallery captions without their credits. */
function readLiputan6Body(ctx: PageContext): string[] {
  const captions = ctx.$('.read-page--photo-gallery figcaption')
    .toArray()
    .map((el) => normaliseText(ctx.$(el).text()).replace(PHOTO_CREDIT, ''))
    .filter(Boolean);
  const text = readBody(ctx, V1_SELECTORS.body, V1_SELECTORS.noise);
  if (text.length) return text;
  return /photo\./.test(ctx.canonicalUrl ?? ctx.url ?? '') || captions.length > 1 ? captions : [];
}

/** "Liputan6.com, Jakarta - ..." in the text, or the bold lead "Liputan6.com, Jakarta" without a dash. */
function readLiputan6Dateline(ctx: PageContext, paragraphs: readonly string[]): string | null {
  const fromText = detectDateline(paragraphs[0]);
  if (fromText) return fromText;
  const lead = normaliseText(ctx.$('.read-page__content-body p').first().find('b, strong').first().text());
  return lead ? detectDateline(`${lead.replace(/[-–—]\s*$/, '')} - `) : null;
}

export const liputan6: SiteProfile = {
  id: 'liputan6',
  name: 'Liputan6.com',
  domains: ['liputan6.com'],
  language: 'id',
  articleUrlPattern: /\/read\/\d+|-\d{6,}$/,
  versions: [
    {
      version: 1,
      validFrom: '2016-01-01',
      selectors: V1_SELECTORS,
      fields: makeFields(V1_SELECTORS, 'id', { body: readLiputan6Body, dateline: readLiputan6Dateline }),
    },
  ],
};
