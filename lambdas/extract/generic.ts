/**
 * @module generic
 * The generic extractor: metadata from JSON-LD / OpenGraph / meta; body in four steps (trafilatura-style): prune
 * furniture by tag and class / id words, pick the container with the most prose and the least else, drop teaser
 * blocks inside it, then drop furniture lines (headline, bylines, cookie / newsletter lines, trailing "More from").
 * Used for unknown sites and when a profile fails. Zyte bench (181 English pages): F1 0.918 -> 0.961 -> 0.975,
 * 2026-11-28 (the second step: inline links, hover cards, excerpt lists, short picks, article headers, furniture lines).
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { PageContext, ProfileFields, ProfileSelectors } from './types.js';
import { cleanParagraphs, collectParagraphs } from './body.js';
import type { RawParagraph } from './body.js';
import { makeFields, readLanguage, readTitleElement } from './fields.js';
import { readNodeText, selectAll, selectFirst } from './page-index.js';
import {
  ALWAYS_DROP_TAGS, BLOCK_TAGS, GENERIC_BYLINE_LINE, GENERIC_DROP_TAGS, GENERIC_END_HEADING, GENERIC_FURNITURE_LINE,
  GENERIC_KEEP_WORDS, GENERIC_NOISE_PAIRS, GENERIC_NOISE_WORDS, GENERIC_STRONG_NOISE_WORDS, GENERIC_URL_LINE,
  NEGATIVE_TOKENS, POSITIVE_TOKENS,
} from './selectors.js';
import {
  CLASS_HINT_CHARS, CLASS_HINT_WEIGHT, EDGE_PARAGRAPHS, MAX_BYLINE_CHARS, MAX_FURNITURE_LINE_CHARS,
  MAX_PROSE_LINK_SHARE, MAX_PRUNED_SHARE, MAX_PRUNED_SHARE_STRONG, MAX_TEASER_PROSE_PER_LINK, MAX_TEASER_SHARE,
  MAX_TITLE_CHARS, MIN_DOM_SHARE_OF_JSONLD, MIN_JSONLD_BODY_CHARS, MIN_SCORED_BLOCK_CHARS,
  MAX_INLINE_CLUSTER_PROSE, MIN_EXCERPT_SHARE, MIN_PICKED_PROSE, MIN_INLINE_CLUSTER_CHARS, MIN_INLINE_CLUSTER_LINKS, MIN_STORY_BEFORE_END_CHARS, MIN_TEASER_LINKS, NON_PROSE_WEIGHT,
} from './settings.js';
import { cleanTitle, hostOf, normaliseText, readJsonLdString, readMeta } from './utils.js';

/** The end of a teaser excerpt: "..." or "…", maybe with a closing bracket or quote. */
const TRUNCATED_END = /(?:\.\.\.|…)\s*[\])"'”’]?\s*$/;

/** Selectors the generic extractor tries for the DOM side of each field. */
export const GENERIC_SELECTORS: ProfileSelectors = {
  title: ['[itemprop="headline"]', 'article h1', 'h1'],
  body: [],
  // One comma-joined selector per field: css-select walks the page once instead of once per selector (authors
  // median 0.36 -> 0.19 ms, tags 0.28 -> 0.22 ms, Zyte bench 2026-11-28); the first match in page order wins.
  authors: ['[itemprop="author"] [itemprop="name"], [rel="author"], [class*="author"], [class*="byline"], [class*="penulis"], [class*="reporter"]'],
  date: ['time[datetime]', '[itemprop="datePublished"]', 'time', '[class*="date"]', '[class*="tanggal"]', '[class*="time"]'],
  section: ['[class*="breadcrumb"] a', '[class*="breadcrumb"] li'],
  tags: ['[class*="tags"] a, [rel="tag"]'],
  noise: [],
};

/** Per-element tallies of the body-picking walk. */
export interface ProseStats {
  /** characters of text below the element */
  total: number;
  /** characters of it in prose segments, links excluded */
  prose: number;
  /** segments that are mostly a link (teaser headlines, menu items) */
  linkLines: number;
  /** prose of segments directly in this element (a <p>'s own text) */
  ownProse: number;
  /** link characters inside prose segments (a linked name or headline in a sentence) */
  inlineLinks: number;
  /** prose segments cut short with an ellipsis ("... the Palestinian territories are...": a teaser excerpt) */
  truncatedLines: number;
  /** prose characters of those segments */
  truncatedProse: number;
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
    publishedAt: (ctx) => TRUSTED_DATE_FIELDS.publishedAt(ctx),
    // Same for the update: scanning every "[class*=date]" / "[class*=time]" element cost 0.65 ms a page (median, Zyte
    // bench 2026-11-28) for dates the generic reader would not trust anyway.
    modifiedAt: (ctx) => TRUSTED_DATE_FIELDS.modifiedAt(ctx),
  });
}

/** Date readers limited to machine-readable date elements (time[datetime], itemprop="datePublished"). */
const TRUSTED_DATE_FIELDS = makeFields({ ...GENERIC_SELECTORS, date: ['time[datetime]', '[itemprop="datePublished"]'] }, 'id');

/**
 * Headline for an unknown layout: an <h1> confirmed by og:title / <title> (so a logo or section <h1> is not taken),
 * else og:title or JSON-LD headline without the site name.
 */
export function readGenericTitle(ctx: PageContext): string | null {
  const { $ } = ctx;
  const siteName = readMeta($, 'og:site_name');
  const host = hostOf(ctx.canonicalUrl) ?? hostOf(ctx.url);
  const clean = (t: string | null | undefined) => cleanTitle(t, siteName, host);
  const references = [clean(readMeta($, 'og:title', 'twitter:title')), clean(readJsonLdString(ctx.jsonLd, 'headline')), clean(readTitleElement(ctx))]
    .filter((r): r is string => Boolean(r))
    .map((r) => r.toLowerCase());
  // <h1>s first, <h2>s only when no <h1> matches: pages carry dozens of teaser <h2>s (0.2 ms a page on the Zyte bench).
  for (const selector of ['h1', 'h2']) {
    for (const el of selectAll($, selector)) {
      const text = normaliseText(readNodeText(el));
      const lower = text.toLowerCase();
      // Most of a reference title, not just a word of it: a logo <h1> "Warta Kaltim" must not pass.
      if (text.length >= 10 && text.length <= MAX_TITLE_CHARS && references.some((r) => r.includes(lower) && lower.length >= 0.6 * r.length)) {
        return text;
      }
    }
  }
  return clean(readMeta($, 'og:title', 'twitter:title')) ?? clean(readJsonLdString(ctx.jsonLd, 'headline')) ?? clean(readTitleElement(ctx));
}

/**
 * Body by content scoring: prune furniture, score containers, read the winner's paragraphs.
 * @example readScoredBody(ctx).join('\n\n')
 */
export function readScoredBody(ctx: PageContext): string[] {
  const { $ } = ctx;
  const body = selectFirst($, 'body');
  const root = body ? $(body) : $.root();
  pruneBoilerplate($, root);
  const stats = new Map<Element, ProseStats>();
  const picked = pickBodyNode(root[0], stats);
  if (!picked) return [];
  const best = widenShortPick(picked, stats);
  dropTeaserBlocks(best, stats);
  dropHeaders(best, stats);
  const paragraphs = cleanParagraphs(dropGenericFurniture(collectParagraphs(best)));
  return preferJsonLdBody(paragraphs, readJsonLdString(ctx.jsonLd, 'articleBody'));
}

/**
 * Inside the chosen container, drop <header> elements: the article's own header holds the headline, the standfirst,
 * the byline and the date, never body text. Done after picking, not while pruning: teaser cards carry their headline
 * links in a <header> too, and without those links a list of teasers reads as prose (digg's front-page cards below the
 * story won the pick). Evidence: Zyte bench 2026-11-28, F1 0.9713 -> 0.9735, no page worse (wsj, nbcnews, express,
 * foxbusiness, politifact standfirsts and bylines).
 */
export function dropHeaders(container: Element, stats: ReadonlyMap<Element, ProseStats>): void {
  const cap = (stats.get(container)?.prose ?? 0) * MAX_PRUNED_SHARE;
  const walk = (el: Element) => {
    for (const child of [...el.children]) {
      if (child.type !== 'tag') continue;
      const c = child as Element;
      if (c.name === 'header' && (stats.get(c)?.prose ?? 0) < cap) removeNode(c);
      else walk(c);
    }
  };
  walk(container);
}

/**
 * A pick with little prose under a container the markup calls the article ("articleBody", "entry-content") is one
 * paragraph of a body whose rest the scorer could not see as prose (tables, lists of short lines): take that
 * container. Evidence: autoracing's NASCAR standings (an intro <p> beside the table; empty output -> recall 0.9,
 * Zyte bench 2026-11-28).
 */
export function widenShortPick(picked: Element, stats: ReadonlyMap<Element, ProseStats>): Element {
  if ((stats.get(picked)?.prose ?? 0) >= MIN_PICKED_PROSE) return picked;
  for (let node = picked.parent as Element | null; node && node.type === 'tag' && node.name !== 'body'; node = node.parent as Element | null) {
    if (scoreClassHints(node) > 0) return node;
  }
  return picked;
}

/**
 * Inside the chosen container, drop child blocks that read as teaser lists: several headline links with little prose
 * per link (other stories' titles and summaries under the article).
 * Evidence: Zyte bench 2026-11-28, with the JSON-LD fallback below: F1 0.950 -> 0.957 (washingtonexaminer's "More
 * Washington Examiner" P 0.38 -> 0.93, nationalreview, cbssports); the densest paragraph group and blocks of its
 * kind are protected (express splits its story over several div.text-description with "READ MORE" links).
 */
export function dropTeaserBlocks(container: Element, stats: ReadonlyMap<Element, ProseStats>): void {
  // A block holding much of the container's prose, or the densest group of paragraphs, is the story itself, however
  // many link lines it has.
  const cap = (stats.get(container)?.prose ?? 0) * MAX_TEASER_SHARE;
  const protectedNodes = new Set<AnyNode>();
  const densest = findDensestGroup(container, stats);
  for (let n: AnyNode | null = densest; n && n !== container; n = n.parent) protectedNodes.add(n);
  // Story text split over sibling blocks of one kind (express's several div.text-description) is all story.
  const signature = densest?.attribs.class ? `${densest.name}.${densest.attribs.class}` : null;
  const walk = (el: Element) => {
    for (const child of [...el.children]) {
      if (child.type !== 'tag') continue;
      const s = stats.get(child as Element);
      if (!s) continue;
      if (protectedNodes.has(child) || (signature && `${(child as Element).name}.${(child as Element).attribs.class ?? ''}` === signature)) {
        walk(child as Element);
        continue;
      }
      if (s.linkLines >= MIN_TEASER_LINKS && s.prose < s.linkLines * MAX_TEASER_PROSE_PER_LINK && s.prose < cap) removeNode(child);
      else if (isExcerptList(s)) removeNode(child);
      else if (s.linkLines >= MIN_TEASER_LINKS || s.truncatedLines >= MIN_TEASER_LINKS) walk(child as Element);
    }
  };
  walk(container);
}

/**
 * A block made mostly of excerpts cut with an ellipsis ("<a>Headline</a> <span>NEW DELHI: Home Minister ... said
 * that...</span>"): other stories' teasers, however much prose they hold. Evidence: indiapost's "Breaking News" list
 * above the story (precision 0.38 -> 0.96; Zyte bench 2026-11-28).
 */
function isExcerptList(s: ProseStats): boolean {
  return s.truncatedLines >= MIN_TEASER_LINKS && s.truncatedProse >= s.prose * MIN_EXCERPT_SHARE;
}

/** The element below `container` whose own and direct children's own prose is largest (the paragraphs' parent). */
function findDensestGroup(container: Element, stats: ReadonlyMap<Element, ProseStats>): Element | null {
  let best: Element | null = null;
  let bestProse = 0;
  const walk = (el: Element) => {
    let direct = stats.get(el)?.ownProse ?? 0;
    for (const child of el.children) {
      if (child.type !== 'tag') continue;
      // List items are as often teaser lists as story text: they do not make a paragraph group.
      if ((child as Element).name !== 'li') direct += stats.get(child as Element)?.ownProse ?? 0;
      walk(child as Element);
    }
    if (direct > bestProse) {
      best = el;
      bestProse = direct;
    }
  };
  walk(container);
  return best;
}

/**
 * JSON-LD articleBody when the DOM gave much less text than it (a body split the scorer could not see whole).
 * Evidence: Zyte bench 2026-11-28 (moneycontrol: DOM recall 0.20, articleBody 0.92; other pages keep the DOM).
 */
export function preferJsonLdBody(paragraphs: string[], articleBody: string | null): string[] {
  if (!articleBody || articleBody.length < MIN_JSONLD_BODY_CHARS) return paragraphs;
  const domChars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (domChars >= articleBody.length * MIN_DOM_SHARE_OF_JSONLD) return paragraphs;
  return articleBody.split(/\s*\n\s*/).map(normaliseText).filter(Boolean);
}

/**
 * English-page furniture inside the body container: <h1> headlines, short boilerplate lines (cookie notices, "Filed
 * under", newsletter prompts, reporting credits), URL-only lines, bylines at the edges, and everything after an end
 * heading ("More From ...", "You may also like") in the second half of the body.
 * Evidence: Zyte bench 2026-11-28: F1 0.940 -> 0.950 (precision 0.917 -> 0.938); cutting at an end heading after
 * 500 story characters, not only in the second half, +0.002 (mensagensreflexao's "Você pode gostar..." list).
 */
export function dropGenericFurniture(paragraphs: readonly RawParagraph[]): RawParagraph[] {
  const kept: RawParagraph[] = [];
  let keptChars = 0;
  paragraphs.forEach((p, i) => {
    const text = p.text;
    if (p.headlineLevel === 1) return;
    const short = text.length <= MAX_FURNITURE_LINE_CHARS;
    if (short && GENERIC_END_HEADING.test(text) && (i >= paragraphs.length / 2 || keptChars >= MIN_STORY_BEFORE_END_CHARS) && kept.length) {
      paragraphs = paragraphs.slice(0, i);
      return;
    }
    if (i >= paragraphs.length) return;
    if (short && GENERIC_FURNITURE_LINE.test(text)) return;
    if (GENERIC_URL_LINE.test(text)) return;
    const edge = i < EDGE_PARAGRAPHS || i >= paragraphs.length - EDGE_PARAGRAPHS;
    if (edge && text.length <= MAX_BYLINE_CHARS && GENERIC_BYLINE_LINE.test(text)) return;
    kept.push(p);
    keptChars += text.length;
  });
  return kept;
}

/**
 * Drop scripts, forms, navs, footers, share bars, ads, captions and related lists before scoring, in one walk. A
 * matched element is kept when it holds a large share of the page's prose (text outside links): a page-wide wrapper
 * whose tag or class happens to say "form", "sidebar" or "advertisement" is not furniture.
 * @example pruneBoilerplate($, $('body'))
 */
export function pruneBoilerplate($: CheerioAPI, root: ReturnType<CheerioAPI>): void {
  const top = root[0] as Element | undefined;
  if (!top) return;
  const prose = new Map<Element, number>();
  const all = measureProse(top, false, prose);
  const limit = all * MAX_PRUNED_SHARE;
  const strongLimit = all * MAX_PRUNED_SHARE_STRONG;
  const walk = (el: Element) => {
    for (const child of [...el.children]) {
      if (child.type === 'script' || child.type === 'style' || child.type === 'comment' || child.type === 'directive') {
        removeNode(child);
        continue;
      }
      if (child.type !== 'tag') continue;
      const c = child as Element;
      if (ALWAYS_DROP_TAGS.has(c.name)) {
        removeNode(c);
        continue;
      }
      const words = classifyClassWords(c);
      if (words.strongNoise && (prose.get(c) ?? 0) < strongLimit) removeNode(c);
      else if ((GENERIC_DROP_TAGS.has(c.name) || isHiddenElement(c) || isNoiseRole(c) || words.noise) && (prose.get(c) ?? 0) < limit) removeNode(c);
      else if ((prose.get(c) ?? 0) <= MAX_INLINE_CLUSTER_PROSE && !BLOCK_TAGS.has(c.name) && c.name !== 'a' && isInlineLinkCluster(c)) removeNode(c);
      else walk(c);
    }
  };
  walk(top);
}

/**
 * An inline element (not a block, not a link) holding nothing but several links: a hover card or link popup written
 * inside a sentence. Evidence: thehill's "rollover-people-block" spans put a person's three latest headlines inside
 * the paragraph that names them, which made every such paragraph read as a link list (recall 0.30 -> 0.96; Zyte bench
 * 2026-11-28).
 */
function isInlineLinkCluster(el: Element): boolean {
  let links = 0;
  let linkChars = 0;
  let otherChars = 0;
  const walk = (node: AnyNode) => {
    for (const child of (node as Element).children ?? []) {
      if (child.type === 'text') otherChars += countChars((child as unknown as { data: string }).data.trim());
      if (child.type !== 'tag') continue;
      const c = child as Element;
      if (c.name === 'a') {
        links++;
        linkChars += countChars(readNodeText(c).trim());
      } else walk(c);
    }
  };
  walk(el);
  return links >= MIN_INLINE_CLUSTER_LINKS && linkChars >= MIN_INLINE_CLUSTER_CHARS && otherChars <= MAX_INLINE_CLUSTER_PROSE;
}

/** Characters of text outside links below each element, recorded in `out`; returns the node's own figure. */
function measureProse(node: AnyNode, inLink: boolean, out: Map<Element, number>): number {
  if (node.type === 'text') return inLink ? 0 : (node as unknown as { data: string }).data.length;
  if (node.type !== 'tag') return 0;
  const el = node as Element;
  let n = 0;
  const link = inLink || el.name === 'a';
  for (const child of el.children) n += measureProse(child, link, out);
  out.set(el, n);
  return n;
}

/** What an element's class / id words say about it (see classifyClassWords). */
interface ClassVerdict {
  /** a word of GENERIC_STRONG_NOISE_WORDS: never the article */
  readonly strongNoise: boolean;
  /** a furniture word or word pair and no keep word */
  readonly noise: boolean;
  /** content (+1) / sidebar (-1) hint for scoring, times CLASS_HINT_WEIGHT */
  readonly hint: number;
}

const NO_CLASS: ClassVerdict = { strongNoise: false, noise: false, hint: 0 };
/**
 * Verdicts by raw "class id" string: pages repeat a few hundred class strings over thousands of elements, and sites
 * repeat them over pages (pruning plus picking 0.26 -> 0.17 ms a page, median, Zyte bench 2026-11-28).
 */
const CLASS_VERDICTS = new Map<string, ClassVerdict>();
const MAX_CLASS_VERDICTS = 20000;

/** The element's class / id verdict, computed once per distinct class / id string. */
function classifyClassWords(el: Element): ClassVerdict {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (!cls && !id) return NO_CLASS;
  const raw = `${cls ?? ''} ${id ?? ''}`;
  let verdict = CLASS_VERDICTS.get(raw);
  if (!verdict) {
    verdict = judgeClassWords(raw);
    if (CLASS_VERDICTS.size >= MAX_CLASS_VERDICTS) CLASS_VERDICTS.clear();
    CLASS_VERDICTS.set(raw, verdict);
  }
  return verdict;
}

function judgeClassWords(raw: string): ClassVerdict {
  // Pruning splits on space, "-", "_" and camelCase; the scoring hint on space, "-" and "_" only.
  const words = raw.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s_-]+/).filter(Boolean);
  const tokens = raw.split(/[\s_-]+/).filter(Boolean);
  const keep = words.some((w) => GENERIC_KEEP_WORDS.test(w));
  const noise = !keep && words.length > 0 && (words.some((w) => GENERIC_NOISE_WORDS.test(w)) || GENERIC_NOISE_PAIRS.test(words.join('-').toLowerCase()));
  let hint = 0;
  if (tokens.some((t) => POSITIVE_TOKENS.test(t))) hint += CLASS_HINT_WEIGHT;
  if (tokens.some((t) => NEGATIVE_TOKENS.test(t))) hint -= CLASS_HINT_WEIGHT;
  return { strongNoise: words.some((w) => GENERIC_STRONG_NOISE_WORDS.test(w)), noise, hint };
}

/** True when a class / id word names furniture that is never the article (comments, related, share, newsletter). */
export function isStrongNoiseByClass(el: Element): boolean {
  return classifyClassWords(el).strongNoise;
}

/** True when the element's class / id / role words name page furniture (see GENERIC_NOISE_WORDS). */
export function isNoiseByClass(el: Element): boolean {
  return isNoiseRole(el) || classifyClassWords(el).noise;
}

/** A landmark role that is never the article: navigation, complementary, contentinfo, banner, dialog, menu, search. */
function isNoiseRole(el: Element): boolean {
  const role = el.attribs.role;
  return Boolean(role) && /^(?:navigation|complementary|contentinfo|banner|dialog|menu|search)$/i.test(role);
}

/** Hidden by markup: the hidden attribute, aria-hidden, or an inline display:none. */
function isHiddenElement(el: Element): boolean {
  const a = el.attribs;
  return 'hidden' in a || a['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style ?? '');
}

/** Detach a node from its parent (cheaper than wrapping it in a cheerio selection). */
function removeNode(node: AnyNode): void {
  const parent = node.parent as Element | null;
  if (!parent) return;
  const i = parent.children.indexOf(node as never);
  if (i >= 0) parent.children.splice(i, 1);
  const prev = node.prev as AnyNode | null;
  const next = node.next as AnyNode | null;
  if (prev) (prev as { next: AnyNode | null }).next = next;
  if (next) (next as { prev: AnyNode | null }).prev = prev;
  (node as { parent: unknown }).parent = null;
}

/**
 * The element that most likely holds the article: the one with the most prose and the least else. Text is cut into
 * segments (a block element or a <br> ends one); a segment of at least MIN_SCORED_BLOCK_CHARS that is not mostly a
 * link is prose. Each element scores prose - NON_PROSE_WEIGHT x other text, moved by class / id hints, so climbing
 * from one paragraph group to the article pays while the extra text is prose and stops when it is menus and teasers.
 * Evidence (Zyte bench, 2026-11-28): readability-style parent / grandparent credit picked one of nytimes' eight
 * "StoryBodyCompanionColumn" groups (recall 0.17); this picks their common <section>. Recall 0.916 -> 0.958,
 * precision 0.961 -> 0.911 before the line filters and teaser drop won it back (F1 0.937 -> 0.934 alone).
 */
export function pickBodyNode(root: AnyNode, statsOut?: Map<Element, ProseStats>): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  measureProseStats(root, (el, stats) => {
    statsOut?.set(el, stats);
    if (stats.prose <= 0) return;
    // Links inside prose sentences are neither prose nor penalised: a list of "<a>Headline</a>. Summary." items is
    // story text (businessinsider's "10 Things in Tech": recall 0.05 -> 1.00; F1 0.9613 -> 0.9638, no page worse,
    // Zyte bench 2026-11-28).
    const other = stats.total - stats.prose - stats.inlineLinks;
    const score = stats.prose - NON_PROSE_WEIGHT * other + scoreClassHints(el) * CLASS_HINT_CHARS;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Walk below `root` and report each block element's prose tallies (children before parents).
 * @example measureProseStats(body, (el, s) => console.log(el.name, s.prose, s.total))
 */
export function measureProseStats(root: AnyNode, onElement: (el: Element, stats: ProseStats) => void): void {
  const visit = (el: Element, inLink: boolean): ProseStats => {
    const stats: ProseStats = { total: 0, prose: 0, linkLines: 0, ownProse: 0, inlineLinks: 0, truncatedLines: 0, truncatedProse: 0 };
    let segChars = 0;
    let segLink = 0;
    let lastText = '';
    const flush = () => {
      if (segChars >= MIN_SCORED_BLOCK_CHARS && segLink / segChars <= MAX_PROSE_LINK_SHARE) {
        const prose = segChars - segLink;
        stats.prose += prose;
        stats.ownProse += prose;
        stats.inlineLinks += segLink;
        if (TRUNCATED_END.test(lastText)) {
          stats.truncatedLines++;
          stats.truncatedProse += prose;
        }
      } else if (segChars > 0 && segLink / segChars > MAX_PROSE_LINK_SHARE) stats.linkLines++;
      segChars = 0;
      segLink = 0;
      lastText = '';
    };
    const inline = (node: AnyNode, link: boolean) => {
      if (node.type === 'text') {
        const data = (node as unknown as { data: string }).data;
        const len = countChars(data);
        if (len) lastText = data;
        segChars += len;
        stats.total += len;
        if (link) segLink += len;
        return;
      }
      if (node.type !== 'tag') return;
      const child = node as Element;
      if (child.name === 'br' || child.name === 'hr') {
        flush();
        return;
      }
      if (BLOCK_TAGS.has(child.name)) {
        flush();
        const inner = visit(child, link);
        stats.total += inner.total;
        stats.prose += inner.prose;
        stats.linkLines += inner.linkLines;
        stats.inlineLinks += inner.inlineLinks;
        stats.truncatedLines += inner.truncatedLines;
        stats.truncatedProse += inner.truncatedProse;
        return;
      }
      for (const c of child.children) inline(c, link || child.name === 'a');
    };
    for (const c of el.children) inline(c, inLink || el.name === 'a');
    flush();
    onElement(el, stats);
    return stats;
  };
  if (root.type === 'tag') visit(root as Element, false);
  else for (const c of (root as unknown as { children?: AnyNode[] }).children ?? []) if (c.type === 'tag') visit(c as Element, false);
}

/** Characters of a text node with whitespace runs counted as one. */
function countChars(data: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!isSpace || !space) n++;
    space = isSpace;
  }
  return n;
}

/**
 * Class / id hint: "content", "article", "detail", "tubuh-berita" push up; "sidebar", "terkait", "komentar" push down.
 * Tokens are split on space, "-" and "_" so "read-page" is not read as an "ad".
 */
export function scoreClassHints(el: Element): number {
  return classifyClassWords(el).hint;
}
