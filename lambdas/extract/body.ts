/**
 * @module body
 * Turn a body container into clean paragraphs: walk the DOM (blocks and <br> split paragraphs, inline elements do
 * not), then drop page noise line by line (related links, "Baca Juga", credits, sign-off codes, captions).
 */
import type { CheerioAPI, Cheerio } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import {
  AGENCY_CREDIT_LINE, ALWAYS_DROP, BLOCK_TAGS, BOILERPLATE_LINE, CAPTION_LINE, CREDIT_LINE, END_OF_BODY_HEADING,
  NOISE_SELECTORS, SIGN_OFF_CODE,
} from './selectors.js';
import { MAX_BOILERPLATE_CHARS, MAX_CAPTION_CHARS, MAX_PARAGRAPH_LINK_DENSITY } from './settings.js';
import { normaliseText } from './utils.js';

/** One paragraph as walked, with what the cleaning rules need to know about it. */
export interface RawParagraph {
  text: string;
  /** characters of text inside <a> elements */
  linkChars: number;
  /** characters of text inside <em>/<i> (a caption written in italics) */
  italicChars: number;
  /** true when the paragraph is a heading element (h1-h6) */
  heading: boolean;
  /** 1 for an <h1> headline (the generic reader drops it: the gold body never holds the headline), else 0 */
  headlineLevel?: number;
}

/**
 * Remove elements that are never article text plus the given noise selectors, inside `root`.
 * @example dropNoise($, $('article'), ['div.editors-pick'])
 */
export function dropNoise($: CheerioAPI, root: Cheerio<AnyNode>, extraNoise: readonly string[] = []): void {
  // One query per list: each find() walks the whole subtree.
  root.find([...ALWAYS_DROP, ...NOISE_SELECTORS, ...extraNoise].join(',')).remove();
}

/**
 * Walk a container and return its paragraphs: a block element or a <br> ends a paragraph.
 * @example collectParagraphs($('#content_news')[0]).map((p) => p.text)
 */
export function collectParagraphs(root: AnyNode): RawParagraph[] {
  const out: RawParagraph[] = [];
  let current = { parts: [] as string[], linkChars: 0, italicChars: 0, heading: false, h1: false };
  const flush = () => {
    const text = normaliseText(current.parts.join(''));
    if (text) out.push({ text, linkChars: current.linkChars, italicChars: current.italicChars, heading: current.heading, headlineLevel: current.h1 ? 1 : 0 });
    current = { parts: [], linkChars: 0, italicChars: 0, heading: false, h1: false };
  };
  const walk = (node: AnyNode, inLink: boolean, inItalic: boolean) => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      current.parts.push(data);
      // Only link and italic text is measured (normalising every text node cost 0.04 ms a page on the Zyte bench).
      if (!inLink && !inItalic) return;
      const len = normaliseText(data).length;
      if (inLink) current.linkChars += len;
      if (inItalic) current.italicChars += len;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (name === 'script' || name === 'style' || name === 'noscript' || name === 'template') return;
    if (name === 'br' || name === 'hr') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    const isHeading = /^h[1-6]$/.test(name);
    for (const child of el.children) walk(child, inLink || name === 'a', inItalic || name === 'em' || name === 'i');
    if (isHeading) current.heading = true;
    if (name === 'h1') current.h1 = true;
    if (block) flush();
    else if (name === 'td' || name === 'th') current.parts.push(' ');
  };
  const rootEl = root as Element;
  for (const child of rootEl.children ?? []) walk(child, false, false);
  flush();
  return out;
}

/**
 * Drop noise paragraphs and return clean texts: related links ("Baca Juga"), boilerplate lines, credits, editor codes,
 * captions; stop at a bare "Jangan Lewatkan" / "Berita Terkait" heading.
 * @example cleanParagraphs(collectParagraphs(node))
 */
export function cleanParagraphs(paragraphs: readonly RawParagraph[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    const text = p.text;
    if (END_OF_BODY_HEADING.test(text)) {
      // "Baca Juga" as a bare label sits mid-body (liputan6); the other headings end the story (kapanlagi).
      if (/^baca juga/i.test(text)) continue;
      if (out.length) break;
      continue;
    }
    if (isNoiseParagraph(p)) continue;
    out.push(text);
  }
  return mergeDatelineStub(out);
}

/** True for a paragraph that is page furniture rather than story text. */
function isNoiseParagraph(p: RawParagraph): boolean {
  const text = p.text;
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  if (p.linkChars / text.length >= MAX_PARAGRAPH_LINK_DENSITY) return true;
  if (text.length <= MAX_BOILERPLATE_CHARS && BOILERPLATE_LINE.test(text)) return true;
  if (text.length <= MAX_BOILERPLATE_CHARS && CREDIT_LINE.test(text)) return true;
  if (SIGN_OFF_CODE.test(text)) return true;
  if (AGENCY_CREDIT_LINE.test(text)) return true;
  if (text.length <= MAX_CAPTION_CHARS && p.italicChars / text.length > 0.8 && CAPTION_LINE.test(text)) return true;
  if (/^\(?(?:foto|photo|image|ilustrasi)\s*:/i.test(text) && text.length <= MAX_CAPTION_CHARS) return true;
  return false;
}

/**
 * Join a dateline left alone on its line to the next paragraph: detik writes "<strong>Jakarta</strong> -" before the
 * first <p>, so "Jakarta -" and "Galaxy S6 Edge, ..." would be two paragraphs.
 */
function mergeDatelineStub(paragraphs: string[]): string[] {
  if (paragraphs.length < 2) return paragraphs;
  const first = paragraphs[0];
  if (first.length <= 60 && /[-–—]$/.test(first)) {
    return [`${first} ${paragraphs[1]}`, ...paragraphs.slice(2)];
  }
  return paragraphs;
}
