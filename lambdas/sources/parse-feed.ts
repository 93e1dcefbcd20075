/**
 * @module parse-feed
 * Items of RSS 2.0 / RSS 0.9x / RDF (RSS 1.0) and Atom feeds.
 *
 * Article URL per RSS item, first found: feedburner:origLink, <link>, an Atom-style <link href> inside the item,
 * a permalink <guid> (isPermaLink not "false"), the item's rdf:about. When the link goes through a known feed
 * redirector (data/feed-redirectors.json), an http(s) guid on another host wins, since it is the real article.
 * Per Atom entry: <link rel="alternate"> (or a link without rel), else an http(s) <id>.
 * Dates: pubDate, dc:date, Atom published; for Atom also updated when published is missing.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { canonicalizeUrl } from './canonical-url.js';
import { cleanText } from './clean-text.js';
import type { DiscoveredLink } from './discovery.js';
import { createLinkCollector } from './link-collector.js';
import { parseFeedDate } from './parse-date.js';
import type { XmlNames } from './xml-names.js';
import { childText, childrenNamed, elementsNamed, localName } from './xml-names.js';
import feedRedirectors from './data/feed-redirectors.json' with { type: 'json' };

const REDIRECTOR_HOSTS: readonly string[] = feedRedirectors.hosts;

/** Options shared by the feed and sitemap readers. */
export interface ReadOptions {
  baseUrl: string;
  /** IANA zone used for dates written without an offset */
  timeZone?: string;
}

/** Read the items of an RSS or RDF feed into canonical, de-duplicated links. */
export function readRssItems($: CheerioAPI, names: XmlNames, options: ReadOptions): DiscoveredLink[] {
  const own = (local: string): string[] => unique([local, names.ownPrefix ? `${names.ownPrefix}:${local}` : local]);
  const collector = createLinkCollector();
  for (const item of elementsNamed($, own('item'))) {
    const url = pickRssUrl($, item, names, options.baseUrl);
    if (!url) continue;
    collector.add({
      url,
      title: cleanText(childText($, item, own('title'))),
      publishedAt: firstDate($, item, [...own('pubDate'), ...names.qualified('dc', 'date')], options.timeZone),
    });
  }
  return collector.list();
}

/** Read the entries of an Atom feed into canonical, de-duplicated links. */
export function readAtomEntries($: CheerioAPI, root: Element, names: XmlNames, options: ReadOptions): DiscoveredLink[] {
  const own = (local: string): string[] => unique([local, names.ownPrefix ? `${names.ownPrefix}:${local}` : local]);
  const collector = createLinkCollector();
  for (const entry of childrenNamed(root, own('entry'))) {
    const url = pickAtomUrl($, entry, own, options.baseUrl);
    if (!url) continue;
    collector.add({
      url,
      title: cleanText(childText($, entry, own('title'))),
      publishedAt:
        firstDate($, entry, [...own('published'), ...own('issued')], options.timeZone) ??
        firstDate($, entry, [...own('updated'), ...own('modified'), ...names.qualified('dc', 'date')], options.timeZone),
    });
  }
  return collector.list();
}

/** Choose and canonicalise the article URL of one RSS item (see the module comment for the order). */
function pickRssUrl($: CheerioAPI, item: Element, names: XmlNames, baseUrl: string): string | null {
  const origLink = childText($, item, names.qualified('feedburner', 'origLink'));
  if (origLink) {
    const url = canonicalizeUrl(origLink, baseUrl);
    if (url) return url;
  }
  const guidElement = childrenNamed(item, ['guid'])[0];
  // A guid is an identifier, not a relative link: only an absolute http(s) guid can be an article URL.
  const guid = guidElement ? canonicalizeUrl($(guidElement).text()) : null;
  const guidIsPermalink = guidElement !== undefined && readAttribute(guidElement, 'isPermaLink')?.trim() !== 'false';
  const link = rssLinkText($, item, baseUrl);
  if (link) {
    if (guid && isRedirector(link) && hostOf(guid) !== hostOf(link)) return guid;
    return link;
  }
  if (guid && guidIsPermalink) return guid;
  const about = Object.entries(item.attribs).find(([name]) => localName(name) === 'about' && name.includes(':'));
  return about ? canonicalizeUrl(about[1], baseUrl) : null;
}

/** The item's own <link> text, or an Atom-style link href inside the item, canonicalised. */
function rssLinkText($: CheerioAPI, item: Element, baseUrl: string): string | null {
  for (const link of item.children.filter((child): child is Element => child.type === 'tag')) {
    if (localName(link.name) !== 'link') continue;
    const text = $(link).text().trim();
    const href = link.attribs['href']?.trim();
    const rel = link.attribs['rel']?.trim().toLowerCase();
    const candidate = text !== '' ? text : rel === undefined || rel === 'alternate' ? href : undefined;
    const url = candidate ? canonicalizeUrl(candidate, baseUrl) : null;
    if (url) return url;
  }
  return null;
}

/** Choose and canonicalise the article URL of one Atom entry. */
function pickAtomUrl(
  $: CheerioAPI,
  entry: Element,
  own: (local: string) => string[],
  baseUrl: string,
): string | null {
  const links = childrenNamed(entry, own('link'));
  const alternate = links.find((link) => (link.attribs['rel'] ?? 'alternate').trim().toLowerCase() === 'alternate');
  const href = alternate?.attribs['href'];
  const fromLink = href ? canonicalizeUrl(href, baseUrl) : null;
  if (fromLink) return fromLink;
  const id = childText($, entry, own('id'));
  return id && /^https?:/i.test(id) ? canonicalizeUrl(id, baseUrl) : null;
}

/** The first child date among names that parses, as ISO 8601; null when none does. */
function firstDate($: CheerioAPI, el: Element, names: readonly string[], timeZone?: string): string | null {
  for (const child of childrenNamed(el, names)) {
    const parsed = parseFeedDate($(child).text(), timeZone);
    if (parsed) return parsed;
  }
  return null;
}

/** An attribute by name, ignoring case (xml mode keeps "isPermaLink" as written, feeds vary). */
function readAttribute(el: Element, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return Object.entries(el.attribs).find(([attribute]) => attribute.toLowerCase() === wanted)?.[1];
}

/** Say whether url's host is (a subdomain of) a known feed redirector. */
function isRedirector(url: string): boolean {
  const host = hostOf(url);
  return REDIRECTOR_HOSTS.some((redirector) => host === redirector || host.endsWith(`.${redirector}`));
}

/** Host of an already-valid URL. */
function hostOf(url: string): string {
  return new URL(url).hostname;
}

/** Drop repeated strings, keeping order. */
function unique(values: string[]): string[] {
  return [...new Set(values)];
}
