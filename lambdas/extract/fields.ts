/**
 * @module fields
 * Default per-field readers built from a version's selector constants. A profile takes these and overrides the few
 * fields its site does differently, so a profile file is mostly data.
 */
import type { ProfileFields, ProfileSelectors, PageContext } from './types.js';
import { cleanParagraphs, collectParagraphs, dropNoise } from './body.js';
import {
  cleanTitle, detectDateline, firstDate, normaliseText, readJsonLdPeople, readJsonLdString, readMeta, readMetaAll,
  readText, readTexts, splitAuthors,
} from './utils.js';
import { OUTLET_NAME } from './selectors.js';

/** Meta names that carry the publication date, in order of trust. */
const PUBLISHED_META = ['article:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'date', 'og:published_time', 'parsely-pub-date', 'content_PublishedDate'];
const MODIFIED_META = ['article:modified_time', 'dateModified', 'og:updated_time', 'last-modified'];

/**
 * Headline: the page's own headline element first (JSON-LD headlines get cut: IDN Times drops "COVID-19"), then
 * JSON-LD headline, then og:title / twitter:title / <title> without the site name.
 */
export function readTitle(ctx: PageContext, selectors: readonly string[]): string | null {
  const { $ } = ctx;
  const siteName = readMeta($, 'og:site_name');
  const dom = readText($, selectors);
  if (dom) return cleanTitle(dom, siteName);
  return (
    cleanTitle(readJsonLdString(ctx.jsonLd, 'headline'), siteName) ??
    cleanTitle(readMeta($, 'og:title', 'twitter:title', 'title'), siteName) ??
    cleanTitle($('title').first().text(), siteName)
  );
}

/** Publication date: JSON-LD datePublished, then date metas, then the article's own date element. */
export function readPublishedAt(ctx: PageContext, selectors: readonly string[]): string | null {
  const { $ } = ctx;
  return firstDate(
    [
      readJsonLdString(ctx.jsonLd, 'datePublished'),
      readJsonLdString(ctx.jsonLd, 'dateCreated'),
      ...PUBLISHED_META.map((k) => readMeta($, k)),
      ...selectors.flatMap((s) =>
        $(s)
          .slice(0, 3)
          .toArray()
          .flatMap((el) => [$(el).attr('datetime'), $(el).attr('content'), $(el).text()]),
      ),
    ],
    ctx.timezone,
  );
}

/** Last update: JSON-LD dateModified, then modification metas. */
export function readModifiedAt(ctx: PageContext): string | null {
  return firstDate(
    [readJsonLdString(ctx.jsonLd, 'dateModified'), ...MODIFIED_META.map((k) => readMeta(ctx.$, k))],
    ctx.timezone,
  );
}

/** Writers: JSON-LD author persons, then the byline elements, then meta author; outlet names never count. */
export function readAuthors(ctx: PageContext, selectors: readonly string[]): string[] {
  const fromJsonLd = readJsonLdPeople(ctx.jsonLd, 'author').flatMap(splitAuthors);
  if (fromJsonLd.length) return fromJsonLd;
  for (const text of readTexts(ctx.$, selectors)) {
    const names = splitAuthors(text);
    if (names.length) return names;
  }
  return readMetaAll(ctx.$, 'author').flatMap(splitAuthors);
}

/** Section: JSON-LD articleSection, article:section, then the last breadcrumb entry. */
export function readSection(ctx: PageContext, selectors: readonly string[]): string | null {
  const fromMeta = readJsonLdString(ctx.jsonLd, 'articleSection') ?? readMeta(ctx.$, 'article:section');
  if (fromMeta) return fromMeta;
  const crumbs = readTexts(ctx.$, selectors).filter((t) => t.length <= 40 && !/^home$/i.test(t));
  return crumbs.length ? crumbs[crumbs.length - 1] : null;
}

/** Tags: the page's tag links, else JSON-LD keywords (without "Editor:..." entries), else news_keywords / keywords. */
export function readTags(ctx: PageContext, selectors: readonly string[]): string[] {
  const fromDom = readTexts(ctx.$, selectors).map((t) => t.replace(/^#\s*/, '')).filter((t) => t.length <= 60);
  if (fromDom.length) return dedupe(fromDom);
  const keywords = ([] as unknown[]).concat(ctx.jsonLd?.keywords ?? []).flat().map(String).filter((k) => !k.includes(':'));
  if (keywords.length) return dedupe(keywords.flatMap((k) => k.split(',')).map(normaliseText).filter(Boolean));
  const meta = readMeta(ctx.$, 'news_keywords', 'keywords');
  return meta ? dedupe(meta.split(',').map(normaliseText).filter((k) => k && k.length <= 60)) : [];
}

/** Language: html[lang], og:locale, meta language, else the given default. */
export function readLanguage(ctx: PageContext, fallback: string | null): string | null {
  const raw = ctx.$('html').attr('lang') ?? readMeta(ctx.$, 'og:locale', 'language', 'content-language', 'inLanguage');
  return normaliseLanguage(raw) ?? fallback;
}

/** "id_ID" / "In-Id" / "en-US" -> "id" / "id" / "en". */
export function normaliseLanguage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)?\s*$/i.exec(raw);
  if (!m) return null;
  const code = m[1].toLowerCase();
  return code === 'in' ? 'id' : code; // "in" is the retired ISO code for Indonesian
}

/**
 * Body paragraphs from the first body selector that yields text, with site noise dropped.
 * @example readBody(ctx, ['article#article-content'], ['div.editors-pick'])
 */
export function readBody(ctx: PageContext, selectors: readonly string[], noise: readonly string[]): string[] {
  const { $ } = ctx;
  for (const selector of selectors) {
    const root = $(selector).first();
    if (!root.length) continue;
    dropNoise($, root, noise);
    const paragraphs = cleanParagraphs(collectParagraphs(root[0]));
    if (paragraphs.length) return paragraphs;
  }
  return [];
}

/**
 * Field readers for a selector set; `overrides` replaces single fields.
 * @example makeFields(SELECTORS, 'id', { authors: (ctx) => [...] })
 */
export function makeFields(selectors: ProfileSelectors, language: string, overrides: Partial<ProfileFields> = {}): ProfileFields {
  return {
    title: (ctx) => readTitle(ctx, selectors.title),
    publishedAt: (ctx) => readPublishedAt(ctx, selectors.date),
    modifiedAt: (ctx) => readModifiedAt(ctx),
    authors: (ctx) => readAuthors(ctx, selectors.authors),
    section: (ctx) => readSection(ctx, selectors.section),
    tags: (ctx) => readTags(ctx, selectors.tags),
    // The publisher's language, not <html lang>: kapanlagi, kompas and okezone pages of 2015-2017 say "en" while
    // written in Indonesian. Multilingual publishers (tempo: en.tempo.co) override this field.
    language: () => language,
    body: (ctx) => readBody(ctx, selectors.body, selectors.noise),
    dateline: (_ctx, paragraphs) => detectDateline(paragraphs[0]),
    ...overrides,
  };
}

/** True for a name that is the outlet rather than a person. */
export function isOutletName(name: string): boolean {
  return OUTLET_NAME.test(name);
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}
