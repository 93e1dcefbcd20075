/**
 * @module fields
 * Default per-field readers built from a version's selector constants. A profile takes these and overrides the few
 * fields its site does differently, so a profile file is mostly data.
 */
import type { AnyNode, Element } from 'domhandler';
import type { ProfileFields, ProfileSelectors, PageContext } from './types.js';
import { parseRelativeDate, splitUpdatedDate } from './dates.js';
import { dropNoiseLines } from './noise-lines.js';
import { cleanParagraphs, collectParagraphs, dropNoise } from './body.js';
import {
  cleanTitle, detectDateline, firstDate, normaliseText, readJsonLdPeople, readJsonLdString, readMeta, readMetaAll,
  iterateTexts, readJsonLdNodes, readText, readTexts, splitAuthors, toAbsoluteUrl,
} from './utils.js';
import { OUTLET_NAME } from './selectors.js';
import { readNodeText, selectAll, selectFirst } from './page-index.js';

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
    cleanTitle(readTitleElement(ctx), siteName)
  );
}

/**
 * Publication date: JSON-LD datePublished, then date metas, then the article's own date elements (never one inside a
 * sidebar, a teaser list, a link to another page or a script; a "Diperbarui ..." part is the update, not the
 * publication). Only when none of these states a date, a relative date of the article's date element ("2 jam yang
 * lalu") is resolved against the fetch time and flagged as approximate in the warnings.
 */
export function readPublishedAt(ctx: PageContext, selectors: readonly string[]): string | null {
  const { $ } = ctx;
  // The date elements are looked up only when JSON-LD and meta state no full timestamp (lazy candidates).
  let elements: Element[] | null = null;
  const readElements = () => (elements ??= selectArticleDateElements(ctx, selectors));
  function* candidates() {
    yield readJsonLdString(ctx.jsonLd, 'datePublished');
    yield readJsonLdString(ctx.jsonLd, 'dateCreated');
    for (const k of PUBLISHED_META) yield readMeta($, k);
    for (const el of readElements()) {
      yield el.attribs.datetime;
      yield el.attribs.content;
      yield splitUpdatedDate(readElementText(el)).published;
    }
  }
  const absolute = firstDate(candidates(), ctx.timezone);
  if (absolute) return absolute;
  for (const el of readElements()) {
    const relative = parseRelativeDate(splitUpdatedDate(readElementText(el)).published, ctx.fetchedAt, ctx.timezone);
    if (relative) {
      ctx.warnings?.push(`publishedAt is approximate (relative date '${relative.phrase}')`);
      ctx.publishedAtRelative = relative.phrase;
      return relative.iso;
    }
  }
  return null;
}

/** Last update: JSON-LD dateModified, then modification metas, then the "Diperbarui"/"Update:" part of a date line. */
export function readModifiedAt(ctx: PageContext, selectors: readonly string[] = []): string | null {
  function* candidates() {
    yield readJsonLdString(ctx.jsonLd, 'dateModified');
    for (const k of MODIFIED_META) yield readMeta(ctx.$, k);
    for (const el of selectArticleDateElements(ctx, selectors)) yield splitUpdatedDate(readElementText(el)).modified;
  }
  return firstDate(candidates(), ctx.timezone);
}

/** How many date elements per selector are read (the article's own date comes first on every layout seen). */
const DATE_ELEMENTS_PER_SELECTOR = 3;

/**
 * Class / id words of page parts that carry other stories' dates: sidebars, related and most-read lists, widgets,
 * menus, footers, comments. A date inside one is never the article's.
 */
const OTHER_STORIES_WORDS =
  /^(?:sidebar|side|aside|related|relateds|terkait|populer|terpopuler|trending|widget|widgets|recommended|recommendation|recommendations|rekomendasi|lainnya|terbaru|terkini|latest|most|popular|footer|menu|nav|navbar|comments?|komentar|bacajuga)$/i;

/**
 * The elements matching the date selectors that belong to the article itself: not inside aside / nav / footer or a
 * sidebar-like container, not inside a link to another page, not inside a list item that links elsewhere (a teaser).
 * @example selectArticleDateElements(ctx, ['time[datetime]']).length
 */
export function selectArticleDateElements(ctx: PageContext, selectors: readonly string[]): Element[] {
  const out: Element[] = [];
  for (const selector of selectors) {
    let taken = 0;
    for (const node of selectAll(ctx.$, selector)) {
      if (taken >= DATE_ELEMENTS_PER_SELECTOR) break;
      const el = node as Element;
      if (el.type !== 'tag' || !isArticleOwnElement(ctx, el)) continue;
      taken++;
      if (!out.includes(el)) out.push(el);
    }
  }
  return out;
}

/** True when nothing around the element says it belongs to another story (see selectArticleDateElements). */
function isArticleOwnElement(ctx: PageContext, el: Element): boolean {
  const own = [ctx.url, ctx.canonicalUrl].map((u) => toAbsoluteUrl(u)).filter(Boolean);
  const linksElsewhere = (node: Element) => {
    const href = toAbsoluteUrl(node.attribs.href, ctx.url ?? ctx.canonicalUrl);
    return href !== null && !own.includes(href);
  };
  for (let node: Element | null = el; node && node.type === 'tag'; node = node.parent as Element | null) {
    if (node.name === 'aside' || node.name === 'nav' || node.name === 'footer') return false;
    const words = `${node.attribs.class ?? ''} ${node.attribs.id ?? ''}`.split(/[\s_-]+/).filter(Boolean);
    if (words.some((w) => OTHER_STORIES_WORDS.test(w))) return false;
    if (node.name === 'a' && linksElsewhere(node)) return false;
    if (node.name === 'li' && ctx.$(node).find('a[href]').toArray().some((a) => linksElsewhere(a as Element))) return false;
  }
  return true;
}

/**
 * Text of an element without the text of scripts, styles and templates inside it.
 * @example readElementText($('.date')[0]) // 'Kamis, 11 November 2021 14:30 WITA'
 */
export function readElementText(el: AnyNode): string {
  if (el.type === 'text') return (el as unknown as { data: string }).data;
  if (el.type !== 'tag') return '';
  const tag = el as Element;
  if (tag.name === 'script' || tag.name === 'style' || tag.name === 'noscript' || tag.name === 'template') return '';
  return normaliseText(tag.children.map(readElementText).join(' '));
}

/** Writers: JSON-LD author persons, then the byline elements, then meta author; outlet names never count. */
export function readAuthors(ctx: PageContext, selectors: readonly string[]): string[] {
  const fromJsonLd = readJsonLdPeople(ctx.jsonLd, 'author').flatMap(splitAuthors);
  if (fromJsonLd.length) return fromJsonLd;
  for (const text of iterateTexts(ctx.$, selectors)) {
    const names = splitAuthors(text);
    if (names.length) return names;
  }
  return readMetaAll(ctx.$, 'author').flatMap(splitAuthors);
}

/** Section: JSON-LD articleSection, article:section, then the last breadcrumb entry. */
export function readSection(ctx: PageContext, selectors: readonly string[]): string | null {
  const fromMeta = readJsonLdString(ctx.jsonLd, 'articleSection') ?? readMeta(ctx.$, 'article:section');
  if (fromMeta) return fromMeta;
  const crumbs = readTexts(ctx.$, selectors).filter((t) => t.length <= 40 && !/^(?:home|beranda)$/i.test(t));
  return crumbs.length ? crumbs[crumbs.length - 1] : readJsonLdBreadcrumb(ctx);
}

/** The last named entry of a JSON-LD BreadcrumbList (IDN Times 2026 keeps it in a WebPage node), "Home" skipped. */
function readJsonLdBreadcrumb(ctx: PageContext): string | null {
  for (const node of readJsonLdNodes(ctx.$)) {
    const list = (node['@type'] === 'BreadcrumbList' ? node : (node.breadcrumb as Record<string, unknown> | undefined)) ?? null;
    const items = ([] as unknown[]).concat(list?.itemListElement ?? []);
    const names = items
      .map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>).name ?? ((item as Record<string, unknown>).item as Record<string, unknown> | undefined)?.name : null))
      .filter((n): n is string => typeof n === 'string' && n.trim().length > 0 && n.length <= 40 && !/^(?:home|beranda)$/i.test(n.trim()));
    if (names.length) return normaliseText(names[names.length - 1]);
  }
  return null;
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
  const raw = selectFirst(ctx.$, 'html')?.attribs.lang ?? readMeta(ctx.$, 'og:locale', 'language', 'content-language', 'inLanguage');
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
    const first = selectFirst($, selector);
    if (!first) continue;
    const root = $(first);
    dropNoise($, root, noise);
    const paragraphs = dropNoiseLines(cleanParagraphs(collectParagraphs(root[0])));
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
    modifiedAt: (ctx) => readModifiedAt(ctx, selectors.date),
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

/** Text of the page's <title> element, '' when it has none. */
export function readTitleElement(ctx: PageContext): string {
  const el = selectFirst(ctx.$, 'title');
  return el ? readNodeText(el) : '';
}

/** True for a name that is the outlet rather than a person. */
export function isOutletName(name: string): boolean {
  return OUTLET_NAME.test(name);
}

function dedupe(items: string[]): string[] {
  return [...new Set(items)];
}
