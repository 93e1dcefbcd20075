/**
 * @module parse-listing
 * Article links of an HTML listing page (index, section hub, homepage) picked by a CSS selector.
 *
 * A selected element with an href is a link; any other selected element contributes the a[href] inside it (so both
 * "ul.lsi > li h3 a" and ".articleItem" work). Hrefs resolve against the page's <base href> when present, then are
 * canonicalised. Kept: same-site links only (same registrable domain as the page, so indeks.kompas.com may list
 * nasional.kompas.com), never the page itself. Title: the link text, else its title attribute, else an image alt.
 * Date: the time[datetime] of the enclosing <article> or <li>, when that holds exactly one distinct value.
 */
import { load } from 'cheerio/slim';
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { canonicalizeUrl } from './canonical-url.js';
import { cleanText } from './clean-text.js';
import type { DiscoveredLink } from './discovery.js';
import { DiscoveryError } from '../shared/errors.js';
import { createLinkCollector } from './link-collector.js';
import { parseFeedDate } from './parse-date.js';
import { isSameSite } from './registrable-domain.js';

/** Read the links matched by linkSelector on an HTML page fetched from pageUrl. */
export function readListingLinks(
  html: string,
  pageUrl: string,
  linkSelector: string,
  timeZone?: string,
): DiscoveredLink[] {
  const $ = load(html);
  const documentBase = resolveDocumentBase($, pageUrl);
  const pageHost = new URL(pageUrl).hostname;
  const pageItself = canonicalizeUrl(pageUrl);
  const collector = createLinkCollector();
  for (const anchor of selectAnchors($, linkSelector)) {
    const href = anchor.attribs['href'];
    const url = href ? canonicalizeUrl(href, documentBase) : null;
    if (!url || url === pageItself || !isSameSite(new URL(url).hostname, pageHost)) continue;
    const $anchor = $(anchor);
    collector.add({ url, title: readTitle($anchor), publishedAt: readNearbyDate($, $anchor, timeZone) });
  }
  return collector.list();
}

/** The page's <base href> resolved against its URL, else the URL itself. */
function resolveDocumentBase($: CheerioAPI, pageUrl: string): string {
  const base = $('base[href]').first().attr('href');
  if (!base) return pageUrl;
  try {
    return new URL(base.trim(), pageUrl).toString();
  } catch {
    return pageUrl;
  }
}

/** Elements with an href that the selector picks (itself or the a[href] inside it), in document order. */
function selectAnchors($: CheerioAPI, linkSelector: string): Element[] {
  let selected: Cheerio<Element>;
  try {
    selected = $(linkSelector) as Cheerio<Element>;
  } catch (error) {
    throw new DiscoveryError(`invalid CSS selector '${linkSelector}': ${(error as Error).message}`, { cause: error });
  }
  const anchors: Element[] = [];
  selected.each((_, el) => {
    if (el.attribs?.['href'] !== undefined) anchors.push(el);
    else anchors.push(...$(el).find('a[href]').toArray());
  });
  return anchors;
}

/** Link text, else title attribute, else the alt of an image inside. */
function readTitle($anchor: Cheerio<Element>): string | null {
  return (
    cleanText($anchor.text()) ??
    cleanText($anchor.attr('title')) ??
    cleanText($anchor.find('img[alt]').first().attr('alt'))
  );
}

/** The single time[datetime] of the link's enclosing article or list item, as ISO 8601; null otherwise. */
function readNearbyDate($: CheerioAPI, $anchor: Cheerio<Element>, timeZone?: string): string | null {
  const container = $anchor.closest('article, li');
  if (container.length === 0) return null;
  const values = new Set(
    container
      .find('time[datetime]')
      .toArray()
      .map((time) => $(time).attr('datetime')?.trim() ?? ''),
  );
  if (values.size !== 1) return null;
  return parseFeedDate([...values][0], timeZone);
}
