/**
 * @module xml-names
 * Small helpers to read namespaced XML with cheerio's htmlparser2 (xml mode), where an element's name is its
 * qualified name as written ("news:publication_date", "dc:date"). Prefixes are looked up from the root element's
 * xmlns declarations, with the conventional prefix as a fallback, so a feed that binds Dublin Core to "dcterms" or a
 * sitemap that binds the news namespace to "n" still reads.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';

export const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;

export type NamespaceKey = keyof typeof NAMESPACES;

/** Qualified names to try for each namespaced element, resolved once per document. */
export interface XmlNames {
  /** prefix of the root element itself ("" when unprefixed), for documents written as <atom:feed> */
  readonly ownPrefix: string;
  /** candidate qualified names (lower-case) of `local` in namespace `ns` */
  qualified(ns: NamespaceKey, local: string): string[];
  /** say whether the document declares namespace `ns` on its root */
  declares(ns: NamespaceKey): boolean;
}

/** Read the root's xmlns declarations into an XmlNames resolver. */
export function readXmlNames(root: Element): XmlNames {
  const declared = new Map<string, string>();
  for (const [attribute, value] of Object.entries(root.attribs ?? {})) {
    if (attribute.toLowerCase().startsWith('xmlns:')) declared.set(value.trim(), attribute.slice(6).toLowerCase());
  }
  const colon = root.name.indexOf(':');
  return {
    ownPrefix: colon < 0 ? '' : root.name.slice(0, colon).toLowerCase(),
    qualified(ns, local) {
      const names = [`${declared.get(NAMESPACES[ns]) ?? ns}:${local}`, `${ns}:${local}`];
      return [...new Set(names.map((name) => name.toLowerCase()))];
    },
    declares(ns) {
      return declared.has(NAMESPACES[ns]);
    },
  };
}

/** The local part of a qualified name, lower-cased ("rdf:RDF" -> "rdf"). */
export function localName(qualifiedName: string): string {
  return qualifiedName.slice(qualifiedName.indexOf(':') + 1).toLowerCase();
}

/** Element children of el whose lower-cased name is one of names, in document order. */
export function childrenNamed(el: Element, names: readonly string[]): Element[] {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return el.children.filter(
    (child): child is Element => child.type === 'tag' && wanted.has((child as Element).name.toLowerCase()),
  );
}

/** Trimmed text of the first child named one of names that has non-blank text; null when none. */
export function childText($: CheerioAPI, el: Element, names: readonly string[]): string | null {
  for (const child of childrenNamed(el, names)) {
    const text = $(child).text().trim();
    if (text !== '') return text;
  }
  return null;
}

/** Every element in the document whose lower-cased name is one of names, in document order. */
export function elementsNamed($: CheerioAPI, names: readonly string[]): Element[] {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return ($('*').toArray() as Element[]).filter((el) => wanted.has(el.name.toLowerCase()));
}
