/**
 * @module utils
 * Shared helpers of the generic extractor and the site profiles: text normalisation, JSON-LD and meta reading, URLs,
 * titles, bylines and datelines. Profiles are mostly wiring over these (Fundus's `parser/utility.py` idea).
 */
import type { CheerioAPI } from 'cheerio/slim';
import {
  AUTHOR_LABEL, AUTHOR_SEPARATOR, OUTLET_NAME,
} from './selectors.js';
import { MAX_DATELINE_PLACE_WORDS, MAX_DATELINE_PREFIX_CHARS, MAX_TITLE_CHARS } from './settings.js';
import { parseNewsDate } from './dates.js';
import { readNodeText, selectAll, selectFirst } from './page-index.js';

/** A JSON-LD node (object) as parsed. */
export type JsonLdNode = Record<string, unknown>;

/** Per-document caches: the JSON-LD and meta tags are read by many field readers; parse / walk them once. */
const JSON_LD_CACHE = new WeakMap<CheerioAPI, JsonLdNode[]>();
const META_CACHE = new WeakMap<CheerioAPI, Map<string, string[]>>();

/** JSON-LD @type values that describe an article. */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|ReviewNewsArticle|BackgroundNewsArticle|LiveBlogPosting|Report|WebPage)$/;

/**
 * Fold whitespace (incl. NBSP and zero-width characters) to single spaces and trim.
 * @example normaliseText(' a\u00a0 b\n') // 'a b'
 */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * Every JSON-LD node of the page, flattened (arrays, @graph), skipping blocks that do not parse.
 * @example readJsonLdNodes($).filter(isArticleNode)
 */
export function readJsonLdNodes($: CheerioAPI): JsonLdNode[] {
  const cached = JSON_LD_CACHE.get($);
  if (cached) return cached;
  const nodes: JsonLdNode[] = [];
  JSON_LD_CACHE.set($, nodes);
  for (const el of selectAll($, 'script[type="application/ld+json"]')) {
    const raw = readNodeText(el).trim();
    if (!raw) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      try {
        // Some CMSs leave raw newlines or tabs inside strings; JSON forbids them.
        data = JSON.parse(raw.replace(/[\n\r\t]+/g, ' '));
      } catch {
        continue;
      }
    }
    collectJsonLd(data, nodes);
  }
  return nodes;
}

/** Push every object of a JSON-LD value (and of its @graph) onto `out`. */
function collectJsonLd(data: unknown, out: JsonLdNode[]): void {
  if (Array.isArray(data)) {
    for (const item of data) collectJsonLd(item, out);
    return;
  }
  if (!data || typeof data !== 'object') return;
  const node = data as JsonLdNode;
  out.push(node);
  if (node['@graph']) collectJsonLd(node['@graph'], out);
}

/** True for NewsArticle / Article / ReportageNewsArticle (and kin) nodes; WebPage only when it has a headline. */
export function isArticleNode(node: JsonLdNode): boolean {
  const types = ([] as unknown[]).concat(node['@type'] ?? []).map(String);
  return types.some((t) => ARTICLE_TYPES.test(t) && (t !== 'WebPage' || typeof node.headline === 'string'));
}

/**
 * The first article node of the page's JSON-LD, or null.
 * @example readJsonLdArticle($)?.datePublished
 */
export function readJsonLdArticle($: CheerioAPI): JsonLdNode | null {
  const nodes = readJsonLdNodes($).filter(isArticleNode);
  return nodes.find((n) => !String(n['@type']).includes('WebPage')) ?? nodes[0] ?? null;
}

/** A string field of a JSON-LD node, or null. */
export function readJsonLdString(node: JsonLdNode | null, key: string): string | null {
  const value = node?.[key];
  if (typeof value === 'string') return normaliseText(value) || null;
  if (Array.isArray(value) && typeof value[0] === 'string') return normaliseText(value[0]) || null;
  return null;
}

/**
 * Person names of a JSON-LD author/creator field (object, array or string), organisations skipped.
 * @example readJsonLdPeople({ author: [{ '@type': 'Person', name: 'Corry Anestia' }] }, 'author') // ['Corry Anestia']
 */
export function readJsonLdPeople(node: JsonLdNode | null, key: string): string[] {
  const value = node?.[key];
  const names: string[] = [];
  for (const item of ([] as unknown[]).concat(value ?? [])) {
    if (typeof item === 'string') names.push(item);
    else if (item && typeof item === 'object') {
      const obj = item as JsonLdNode;
      if (String(obj['@type'] ?? 'Person') !== 'Person') continue;
      if (typeof obj.name === 'string') names.push(obj.name);
    }
  }
  return names;
}

/**
 * Content of the first non-empty meta tag with one of the given names / properties / itemprops.
 * @example readMeta($, 'og:title', 'twitter:title')
 */
export function readMeta($: CheerioAPI, ...keys: string[]): string | null {
  for (const key of keys) {
    const values = readMetaAll($, key);
    if (values.length) return values[0];
  }
  return null;
}

/** Contents of every non-empty meta tag with that name / property / itemprop, in page order. */
export function readMetaAll($: CheerioAPI, key: string): string[] {
  let metas = META_CACHE.get($);
  if (!metas) {
    const map = new Map<string, string[]>();
    for (const el of selectAll($, 'meta')) {
      const a = el.attribs;
      const k = (a.property ?? a.name ?? a.itemprop)?.toLowerCase();
      const v = normaliseText(a.content ?? '');
      if (!k || !v) continue;
      const list = map.get(k) ?? [];
      list.push(v);
      map.set(k, list);
    }
    META_CACHE.set($, map);
    metas = map;
  }
  return metas.get(key.toLowerCase()) ?? [];
}

/**
 * Text of the first element matching one of the selectors that has text, or null.
 * @example readText($, ['h1.title-text', 'h1'])
 */
export function readText($: CheerioAPI, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const el of selectAll($, selector)) {
      const text = normaliseText(readNodeText(el));
      if (text) return text;
    }
  }
  return null;
}

/** Texts of every element matching the selectors, de-duplicated, in page order. */
export function readTexts($: CheerioAPI, selectors: readonly string[]): string[] {
  return [...iterateTexts($, selectors)];
}

/**
 * readTexts one text at a time, for readers that stop at the first useful one (a byline reader need not read the
 * text of every "[class*=author]" box of the page).
 * @example for (const text of iterateTexts($, ['.byline'])) if (splitAuthors(text).length) break;
 */
export function* iterateTexts($: CheerioAPI, selectors: readonly string[]): Generator<string> {
  const seen = new Set<string>();
  for (const selector of selectors) {
    for (const el of selectAll($, selector)) {
      const text = normaliseText(readNodeText(el));
      if (!text || seen.has(text)) continue;
      seen.add(text);
      yield text;
    }
  }
}

/**
 * Value of a labelled row ("Penulis : Nabilla Tashandra" in a table or "Editor: X" in a paragraph), or null.
 * @example readLabelled($, '.kcm-read-copy tr', /^penulis$/i) // 'Nabilla Tashandra'
 */
export function readLabelled($: CheerioAPI, rowSelector: string, label: RegExp): string | null {
  for (const el of selectAll($, rowSelector)) {
    const text = normaliseText(readNodeText(el));
    const m = /^([^:]{1,30}?)\s*:\s*(.+)$/.exec(text);
    if (m && label.test(m[1].trim())) return m[2].trim();
  }
  return null;
}

/**
 * Absolute URL without fragment, or null for an empty / unparsable / non-http value.
 * @example toAbsoluteUrl('/a#x', 'https://b.id/c') // 'https://b.id/a'
 */
export function toAbsoluteUrl(href: string | null | undefined, base?: string | null): string | null {
  if (!href || !href.trim()) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.toString();
  } catch {
    return null;
  }
}

/**
 * The page's canonical URL: link[rel=canonical], else og:url, else JSON-LD url / mainEntityOfPage, else the fetched
 * URL; absolute, fragment dropped.
 * @example readCanonicalUrl($, 'https://x.id/a?utm=1')
 */
export function readCanonicalUrl($: CheerioAPI, url?: string | null): string | null {
  const base = url ?? undefined;
  const jsonLd = readJsonLdArticle($);
  const entity = jsonLd?.mainEntityOfPage;
  const entityUrl = typeof entity === 'string' ? entity : (entity as JsonLdNode | undefined)?.['@id'];
  const candidates = [selectFirst($, 'link[rel="canonical"]')?.attribs.href, readMeta($, 'og:url'), readJsonLdString(jsonLd, 'url'), typeof entityUrl === 'string' ? entityUrl : null];
  for (const c of candidates) {
    const abs = toAbsoluteUrl(c, base);
    if (abs) return abs;
  }
  return toAbsoluteUrl(url ?? null);
}

/** Host name of a URL, lower case, or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Strip a site name around a title ("X - Kompas.com Regional", "X | Tempo Gaya", "KapanLagi.com: X").
 * @example cleanTitle('Saat X - ANTARA News') // 'Saat X'
 */
export function cleanTitle(title: string | null | undefined, siteName?: string | null, host?: string | null): string | null {
  if (!title) return null;
  let t = normaliseText(title);
  const site = siteName ? siteName.toLowerCase() : null;
  // "warta" of www.warta.example: a trailing " - Warta" is the site even without og:site_name.
  const brand = host ? host.replace(/^www\./, '').split('.')[0] : null;
  const isSiteSegment = (seg: string) => {
    const s = seg.toLowerCase().trim();
    const squashed = s.replace(/[^a-z0-9]/g, '');
    return (
      (site !== null && s.includes(site)) ||
      (brand !== null && brand.length >= 3 && squashed.startsWith(brand)) ||
      OUTLET_NAME.test(s) ||
      /\bonline\b|\bnews portal\b/.test(s)
    );
  };
  // Trailing segments: " - Site", " | Site", " :: Site", " : Okezone Celebrity".
  for (let i = 0; i < 3; i++) {
    const m = /^(.{8,}?)\s+(?:[-|–—:]|::)\s+([^|–—]{2,80})$/.exec(t);
    if (!m || !isSiteSegment(m[2])) break;
    t = m[1].trim();
  }
  // Leading "KapanLagi.com: X" / "Kapanlagi.com: Musik - X".
  const lead = /^([\w.]+\.(?:com|co\.id|co|id))\s*:\s*(?:[\w ]{1,20}\s+-\s+)?(.+)$/i.exec(t);
  if (lead) t = lead[2].trim();
  if (!t || t.length > MAX_TITLE_CHARS) return null;
  return t;
}

/**
 * Person names from a byline: labels stripped ("Penulis:", "Oleh", "By"), split on "dan", "&", ",", outlet names
 * and handles dropped, ALL-CAPS names title-cased.
 * @example splitAuthors('Pewarta: Budisantoso Budiman dan Agus S') // ['Budisantoso Budiman', 'Agus S']
 */
export function splitAuthors(byline: string | null | undefined): string[] {
  if (!byline) return [];
  let text = normaliseText(byline).replace(AUTHOR_LABEL, '');
  text = text.replace(/\b(?:editor|redaktur|red)\s*:.*$/i, '').trim();
  // "Kontributor Lhokseumawe, Masriadi": the place belongs to the title, not to the name.
  text = text.replace(/^kontributor\s+[^,]+,\s*/i, '');
  const names: string[] = [];
  for (const part of text.split(AUTHOR_SEPARATOR)) {
    const name = cleanPersonName(part);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** One name, or null when it is not a person (outlet, handle, URL, too long). */
function cleanPersonName(raw: string): string | null {
  let name = normaliseText(raw).replace(AUTHOR_LABEL, '').replace(/^[-–—:|]+|[-–—:|]+$/g, '').trim();
  if (!name || name.length < 3 || name.length > 60) return null;
  if (/https?:|www\.|@|\d/.test(name)) return null;
  if (OUTLET_NAME.test(name)) return null;
  // A byline without any capital letter is a staff handle ("prwir"), not a name.
  if (!/\p{Lu}/u.test(name)) return null;
  if (name.split(' ').length > 6) return null;
  if (name === name.toUpperCase()) name = toTitleCase(name);
  return name;
}

/**
 * "LOS ANGELES" -> "Los Angeles".
 * @example toTitleCase('DINI TEJA') // 'Dini Teja'
 */
export function toTitleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s\-'(])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Place name of a dateline prefix at the start of the first paragraph, or null:
 * "Balikpapan, IDN Times - ..." -> "Balikpapan"; "Liputan6.com, Jakarta - ..." -> "Jakarta";
 * "JAKARTA, KOMPAS.com - ..." -> "Jakarta"; "Mataram, NTB (ANTARA News) - ..." -> "Mataram"; "Kapanlagi.com - ..." -> null.
 * @example detectDateline('Jakarta (ANTARA News) - PT Astra ...') // 'Jakarta'
 */
export function detectDateline(firstParagraph: string | null | undefined): string | null {
  if (!firstParagraph) return null;
  const m = /^(.{2,}?)\s*(?:\s[-–—]+|(?<=\))\s*[-–—]+|[-–—]{2,})\s/.exec(firstParagraph.slice(0, MAX_DATELINE_PREFIX_CHARS + 5) + ' ');
  if (!m || m[1].length > MAX_DATELINE_PREFIX_CHARS) return null;
  const prefix = m[1];
  const pieces = prefix
    .split(/[,()]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const hasOutlet = pieces.some((p) => OUTLET_NAME.test(p));
  const places = pieces.filter((p) => !OUTLET_NAME.test(p) && !/\d/.test(p));
  if (!places.length) return null;
  const place = places[0];
  const words = place.split(/\s+/);
  if (words.length > MAX_DATELINE_PLACE_WORDS) return null;
  if (!words.every((w) => /^[\p{Lu}][\p{L}.'-]*$/u.test(w))) return null;
  // Without an outlet name, only "Place - " or "PLACE - " (a single short piece) counts as a dateline.
  if (!hasOutlet && pieces.length > 2) return null;
  return place === place.toUpperCase() && place.length > 3 ? toTitleCase(place) : place;
}

/**
 * The first date that parses among candidate strings (JSON-LD, meta, DOM), or null. Candidates may come lazily: the
 * ones after a full timestamp are never read.
 * @example firstDate(['', 'Kamis, 5 November 2015 14:56 WIB'], 'Asia/Jakarta')
 */
export function firstDate(candidates: Iterable<string | null | undefined>, timezone: string): string | null {
  let dateOnly: string | null = null;
  for (const c of candidates) {
    const d = parseNewsDate(c, timezone);
    // A bare day ("Selasa, 23 Februari 2016" in a page header) is weaker than a full timestamp further on.
    if (d && d.includes('T')) return d;
    dateOnly ??= d;
  }
  return dateOnly;
}
