/**
 * @module discovery
 * Turns a fetched feed, sitemap or listing page into candidate article links. Pure: the caller fetches, this parses.
 * The document kind comes from the XML root element: <rss> / <rdf:RDF> (rss), <feed> (atom), <urlset> (sitemap, or
 * news-sitemap when it uses the Google News namespace), <sitemapindex> (sitemap-index). Links are resolved,
 * canonicalised (canonical-url.ts) and de-duplicated in document order; an empty but valid feed gives no links.
 */
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { DiscoveryError } from '../shared/errors.js';
import { readAtomEntries, readRssItems } from './parse-feed.js';
import { readListingLinks } from './parse-listing.js';
import { isNewsSitemap, readSitemapIndex, readUrlset } from './parse-sitemap.js';
import { localName, readXmlNames } from './xml-names.js';

export interface DiscoveredLink {
  url: string;
  title: string | null;
  /** ISO 8601 with the publisher's offset, when the document gives a publication date */
  publishedAt: string | null;
  /** sitemap <lastmod> (ISO 8601), when given; a modification time, not a publication date */
  lastModified?: string;
}

export interface DiscoveryResult {
  links: DiscoveredLink[];
  childSitemaps: string[];
  kind: 'rss' | 'atom' | 'sitemap' | 'sitemap-index' | 'news-sitemap' | 'listing';
}

export interface DiscoveryOptions {
  /** IANA zone for dates written without an offset (the source's timezone); without it such dates stay naive */
  timeZone?: string;
}

const EXPECTED_ROOTS = 'rss, rdf:RDF, feed, urlset or sitemapindex';

/**
 * Parse an RSS 2.0 / Atom / RDF feed, a sitemap (urlset, Google News sitemap) or a sitemap index.
 * Throws DiscoveryError for empty input, HTML, non-XML text or an unknown root element.
 * @example parseFeedOrSitemap(xml, 'https://kaltim.antaranews.com/rss/terkini.xml').links[0]?.url
 */
export function parseFeedOrSitemap(xml: string, baseUrl: string, options: DiscoveryOptions = {}): DiscoveryResult {
  assertBaseUrl(baseUrl);
  const text = stripBom(typeof xml === 'string' ? xml : '');
  if (text.trim() === '') throw new DiscoveryError(`empty document from ${baseUrl}`);
  if (/^\s*(?:<!doctype\s+html|<html[\s>])/i.test(text)) throw htmlServedError(baseUrl);
  const $ = load(text, { xml: true });
  const root = $.root().children().first()[0] as Element | undefined;
  if (!root) throw new DiscoveryError(`not XML from ${baseUrl}: no root element (starts with ${preview(text)})`);
  const names = readXmlNames(root);
  const readOptions = { baseUrl, timeZone: options.timeZone };
  switch (localName(root.name)) {
    case 'rss':
    case 'rdf':
      return { kind: 'rss', links: readRssItems($, names, readOptions), childSitemaps: [] };
    case 'feed':
      return { kind: 'atom', links: readAtomEntries($, root, names, readOptions), childSitemaps: [] };
    case 'urlset':
      return {
        kind: isNewsSitemap(root, names) ? 'news-sitemap' : 'sitemap',
        links: readUrlset($, root, names, readOptions),
        childSitemaps: [],
      };
    case 'sitemapindex':
      return { kind: 'sitemap-index', links: [], childSitemaps: readSitemapIndex($, root, names, baseUrl) };
    case 'html':
      throw htmlServedError(baseUrl);
    default:
      throw new DiscoveryError(
        `unrecognised document from ${baseUrl}: root element <${root.name}>, expected ${EXPECTED_ROOTS}`,
      );
  }
}

/**
 * Links of a listing page matched by a CSS selector: resolved, canonicalised, de-duplicated, same site only.
 * Throws DiscoveryError for an empty page or an invalid selector; a page where nothing matches gives no links.
 * @example parseListing(html, 'https://indeks.kompas.com/', '.articleItem a.article-link[href]').links
 */
export function parseListing(
  html: string,
  baseUrl: string,
  linkSelector: string,
  options: DiscoveryOptions = {},
): DiscoveryResult {
  assertBaseUrl(baseUrl);
  if (typeof html !== 'string' || html.trim() === '') throw new DiscoveryError(`empty page from ${baseUrl}`);
  if (typeof linkSelector !== 'string' || linkSelector.trim() === '') {
    throw new DiscoveryError(`empty link selector for ${baseUrl}`);
  }
  const links = readListingLinks(stripBom(html), baseUrl, linkSelector, options.timeZone);
  return { kind: 'listing', links, childSitemaps: [] };
}

/** Throw DiscoveryError unless baseUrl is an absolute http(s) URL. */
function assertBaseUrl(baseUrl: string): void {
  let parsed: URL | null = null;
  try {
    parsed = new URL(baseUrl);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new DiscoveryError(`base URL is not an absolute http(s) URL: '${String(baseUrl)}'`);
  }
}

/** The error for an HTML page where a feed or sitemap was expected (a moved feed, a bot wall, a 404 page). */
function htmlServedError(baseUrl: string): DiscoveryError {
  return new DiscoveryError(
    `HTML page served instead of a feed or sitemap at ${baseUrl} (moved feed, error page or bot check?)`,
  );
}

/** Drop a leading byte-order mark. */
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The first characters of text, quoted, for error messages. */
function preview(text: string): string {
  return JSON.stringify(text.trim().slice(0, 40));
}
