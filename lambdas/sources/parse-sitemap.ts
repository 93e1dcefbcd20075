/**
 * @module parse-sitemap
 * Entries of a sitemap <urlset> (with Google News extensions) and child sitemaps of a <sitemapindex>.
 *
 * A plain sitemap's <lastmod> is a modification time, not a publication date: it goes to `lastModified`, and
 * `publishedAt` stays null unless the entry carries news:publication_date. Child sitemap URLs are resolved but not
 * canonicalised: they are fetch targets, not article identities.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { canonicalizeUrl } from './canonical-url.js';
import { cleanText } from './clean-text.js';
import type { DiscoveredLink } from './discovery.js';
import { createLinkCollector } from './link-collector.js';
import { parseFeedDate } from './parse-date.js';
import type { ReadOptions } from './parse-feed.js';
import type { XmlNames } from './xml-names.js';
import { childText, childrenNamed } from './xml-names.js';

/** Say whether a <urlset> is a Google News sitemap (declares the news namespace or has news:news entries). */
export function isNewsSitemap(root: Element, names: XmlNames): boolean {
  if (names.declares('news')) return true;
  const newsNames = names.qualified('news', 'news');
  return childrenNamed(root, ownNames(names, 'url')).some((url) => childrenNamed(url, newsNames).length > 0);
}

/** Read the <url> entries of a <urlset> into canonical, de-duplicated links. */
export function readUrlset($: CheerioAPI, root: Element, names: XmlNames, options: ReadOptions): DiscoveredLink[] {
  const collector = createLinkCollector();
  for (const entry of childrenNamed(root, ownNames(names, 'url'))) {
    const loc = childText($, entry, ownNames(names, 'loc'));
    const url = loc ? canonicalizeUrl(loc, options.baseUrl) : null;
    if (!url) continue;
    const news = childrenNamed(entry, names.qualified('news', 'news'))[0];
    const lastmod = parseFeedDate(childText($, entry, ownNames(names, 'lastmod')), options.timeZone);
    collector.add({
      url,
      title: news ? cleanText(childText($, news, names.qualified('news', 'title'))) : null,
      publishedAt: news
        ? parseFeedDate(childText($, news, names.qualified('news', 'publication_date')), options.timeZone)
        : null,
      ...(lastmod ? { lastModified: lastmod } : {}),
    });
  }
  return collector.list();
}

/** Read the child sitemap URLs of a <sitemapindex>: resolved against the base, http(s) only, de-duplicated. */
export function readSitemapIndex($: CheerioAPI, root: Element, names: XmlNames, baseUrl: string): string[] {
  const found = new Set<string>();
  for (const sitemap of childrenNamed(root, ownNames(names, 'sitemap'))) {
    const loc = childText($, sitemap, ownNames(names, 'loc'));
    const url = loc ? resolveHttpUrl(loc, baseUrl) : null;
    if (url) found.add(url);
  }
  return [...found];
}

/** Names of a sitemap element, unprefixed and with the root's own prefix (for <sm:urlset> documents). */
function ownNames(names: XmlNames, local: string): string[] {
  return names.ownPrefix ? [local, `${names.ownPrefix}:${local}`] : [local];
}

/** Resolve url against base; null unless the result is http(s). Only the fragment is dropped. */
function resolveHttpUrl(url: string, base: string): string | null {
  try {
    const resolved = new URL(url.trim(), base);
    if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null;
    resolved.hash = '';
    return resolved.toString();
  } catch {
    return null;
  }
}
