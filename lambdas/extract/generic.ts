/**
 * @module generic
 * The generic extractor: metadata from JSON-LD / OpenGraph / meta, body by content scoring (readability-style:
 * paragraph length and commas, link density, class/id hints). Used for unknown sites and when a profile fails.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { PageContext, ProfileFields, ProfileSelectors } from './types.js';
import { cleanParagraphs, collectParagraphs, dropNoise } from './body.js';
import { makeFields, readLanguage } from './fields.js';
import { BLOCK_TAGS, NEGATIVE_TOKENS, POSITIVE_TOKENS, SCORED_TAGS } from './selectors.js';
import {
  CLASS_HINT_WEIGHT, GRANDPARENT_SHARE, MAX_CONTAINER_LINK_DENSITY, MAX_LENGTH_POINTS_PER_BLOCK, MIN_SCORED_BLOCK_CHARS,
} from './settings.js';
import { cleanTitle, hostOf, normaliseText, readJsonLdString, readMeta } from './utils.js';

/** Selectors the generic extractor tries for the DOM side of each field. */
export const GENERIC_SELECTORS: ProfileSelectors = {
  title: ['[itemprop="headline"]', 'article h1', 'h1'],
  body: [],
  authors: ['[itemprop="author"] [itemprop="name"]', '[rel="author"]', '[class*="author"]', '[class*="byline"]', '[class*="penulis"]', '[class*="reporter"]'],
  date: ['time[datetime]', '[itemprop="datePublished"]', 'time', '[class*="date"]', '[class*="tanggal"]', '[class*="time"]'],
  section: ['[class*="breadcrumb"] a', '[class*="breadcrumb"] li'],
  tags: ['[class*="tags"] a', '[rel="tag"]'],
  noise: [],
};

/** Per-node tallies of the scoring walk. */
interface NodeStats {
  /** all text below the node */
  textChars: number;
  /** text below the node inside links */
  linkChars: number;
}

/**
 * Generic field readers: the default readers plus a scored body and a cross-checked title.
 * @example genericFields().body(ctx)
 */
export function genericFields(): ProfileFields {
  return makeFields(GENERIC_SELECTORS, 'id', {
    title: readGenericTitle,
    // Unknown site: what the page states (html lang, og:locale, meta language), else nothing rather than a guess.
    language: (ctx) => readLanguage(ctx, null),
    body: readScoredBody,
    // Generic pages have no trusted date element: JSON-LD and meta only, never a sidebar's or another story's date.
    publishedAt: (ctx) => makeFields({ ...GENERIC_SELECTORS, date: ['time[datetime]', '[itemprop="datePublished"]'] }, 'id').publishedAt(ctx),
  });
}

/**
 * Headline for an unknown layout: an <h1> confirmed by og:title / <title> (so a logo or section <h1> is not taken),
 * else og:title or JSON-LD headline without the site name.
 */
export function readGenericTitle(ctx: PageContext): string | null {
  const { $ } = ctx;
  const siteName = readMeta($, 'og:site_name');
  const host = hostOf(ctx.canonicalUrl) ?? hostOf(ctx.url);
  const clean = (t: string | null | undefined) => cleanTitle(t, siteName, host);
  const references = [clean(readMeta($, 'og:title', 'twitter:title')), clean(readJsonLdString(ctx.jsonLd, 'headline')), clean($('title').first().text())]
    .filter((r): r is string => Boolean(r))
    .map((r) => r.toLowerCase());
  let confirmed: string | null = null;
  $('h1, h2').each((_, el) => {
    const text = normaliseText($(el).text());
    const lower = text.toLowerCase();
    // Most of a reference title, not just a word of it: a logo <h1> "Warta Kaltim" must not pass.
    if (text.length >= 10 && references.some((r) => r.includes(lower) && lower.length >= 0.6 * r.length)) {
      confirmed = text;
      return false;
    }
    return undefined;
  });
  if (confirmed) return confirmed;
  return clean(readMeta($, 'og:title', 'twitter:title')) ?? clean(readJsonLdString(ctx.jsonLd, 'headline')) ?? clean($('title').first().text());
}

/**
 * Body by content scoring: prune furniture, score containers, read the winner's paragraphs.
 * @example readScoredBody(ctx).join('\n\n')
 */
export function readScoredBody(ctx: PageContext): string[] {
  const { $ } = ctx;
  const root = $('body').length ? $('body') : $.root();
  pruneBoilerplate($, root);
  const best = pickBodyNode(root[0]);
  if (!best) return [];
  return cleanParagraphs(collectParagraphs(best));
}

/** Drop scripts, forms, headers, footers, navs, share bars, ads, captions and related lists before scoring. */
export function pruneBoilerplate($: CheerioAPI, root: ReturnType<CheerioAPI>): void {
  dropNoise($, root);
}

/**
 * The element that most likely holds the article: each paragraph-like block scores 1 + commas + length/100 (capped),
 * credited to its parent (and itself when it holds text directly, as br-separated bodies do) and half to the
 * grandparent; a container's total is cut by its link density and moved by class/id hints.
 */
export function pickBodyNode(root: AnyNode): Element | null {
  const scores = new Map<Element, number>();
  const stats = new Map<Element, NodeStats>();
  const add = (el: Element | null | undefined, points: number) => {
    if (el && el.type === 'tag') scores.set(el, (scores.get(el) ?? 0) + points);
  };
  const visit = (node: AnyNode, inLink: boolean): NodeStats => {
    if (node.type === 'text') {
      const len = normaliseText((node as unknown as { data: string }).data).length;
      return { textChars: len, linkChars: inLink ? len : 0 };
    }
    if (node.type !== 'tag') return { textChars: 0, linkChars: 0 };
    const el = node as Element;
    const total: NodeStats = { textChars: 0, linkChars: 0 };
    let ownText = '';
    let ownLinkChars = 0;
    for (const child of el.children) {
      const childStats = visit(child, inLink || el.name === 'a');
      total.textChars += childStats.textChars;
      total.linkChars += childStats.linkChars;
      if (child.type === 'text') ownText += (child as unknown as { data: string }).data;
      else if (child.type === 'tag' && !BLOCK_TAGS.has((child as Element).name)) {
        ownText += inlineText(child as Element);
        ownLinkChars += (child as Element).name === 'a' ? inlineText(child as Element).length : 0;
      }
    }
    stats.set(el, total);
    scoreBlock(el, normaliseText(ownText), ownLinkChars, add);
    return total;
  };
  visit(root, false);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const s = stats.get(el);
    const density = s && s.textChars ? s.linkChars / s.textChars : 1;
    const score = raw * (1 - Math.min(density, 1)) * (density > MAX_CONTAINER_LINK_DENSITY ? 0.2 : 1) + scoreClassHints(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** Credit one paragraph-like block's own text to itself / its parent / grandparent. */
function scoreBlock(el: Element, own: string, ownLinkChars: number, add: (el: Element | null | undefined, points: number) => void): void {
  if (!SCORED_TAGS.has(el.name) || own.length < MIN_SCORED_BLOCK_CHARS) return;
  // A block that is mostly a link is a teaser or menu item, not prose.
  if (ownLinkChars / own.length > 0.5) return;
  const commas = (own.match(/[,،、]/g) ?? []).length;
  const points = 1 + commas + Math.min(own.length / 100, MAX_LENGTH_POINTS_PER_BLOCK);
  const parent = el.parent as Element | null;
  if (el.name === 'p' || el.name === 'span' || el.name === 'li') {
    add(parent, points);
    add(parent?.parent as Element | null, points * GRANDPARENT_SHARE);
  } else {
    // A div / td holding text itself (br-separated bodies: antaranews, kompas 2015) is a candidate on its own.
    add(el, points);
    add(parent, points * GRANDPARENT_SHARE);
  }
}

/** Text of an inline element (a, b, strong, em, span...) including nested inline elements. */
function inlineText(el: Element): string {
  let out = '';
  for (const child of el.children) {
    if (child.type === 'text') out += (child as unknown as { data: string }).data;
    else if (child.type === 'tag' && !BLOCK_TAGS.has((child as Element).name)) out += inlineText(child as Element);
  }
  return out;
}

/**
 * Class / id hint: "content", "article", "detail", "tubuh-berita" push up; "sidebar", "terkait", "komentar" push down.
 * Tokens are split on space, "-" and "_" so "read-page" is not read as an "ad".
 */
export function scoreClassHints(el: Element): number {
  const tokens = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.split(/[\s_-]+/).filter(Boolean);
  let score = 0;
  if (tokens.some((t) => POSITIVE_TOKENS.test(t))) score += CLASS_HINT_WEIGHT;
  if (tokens.some((t) => NEGATIVE_TOKENS.test(t))) score -= CLASS_HINT_WEIGHT;
  return score;
}
