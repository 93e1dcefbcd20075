/**
 * @module link-collector
 * Collects discovered links in document order, one per canonical URL. When a URL comes back (a listing's thumbnail
 * link and then its headline link), the first position is kept and a missing title or date is filled from the later
 * occurrence.
 */
import type { DiscoveredLink } from './discovery.js';

export interface LinkCollector {
  /** Add a link; a repeat of a known URL only fills that link's missing fields. */
  add(link: DiscoveredLink): void;
  /** The links collected so far, in first-seen order. */
  list(): DiscoveredLink[];
}

/** Create an empty collector. */
export function createLinkCollector(): LinkCollector {
  const byUrl = new Map<string, DiscoveredLink>();
  return {
    add(link) {
      const known = byUrl.get(link.url);
      if (!known) {
        byUrl.set(link.url, { ...link });
        return;
      }
      known.title ??= link.title;
      known.publishedAt ??= link.publishedAt;
      if (known.lastModified === undefined && link.lastModified !== undefined) known.lastModified = link.lastModified;
    },
    list() {
      return [...byUrl.values()];
    },
  };
}
