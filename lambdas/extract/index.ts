/**
 * @module extract
 * The extract stage: one HTML page in, one ExtractedArticle out (or NotAnArticleError with the reason).
 * A matching site profile is tried first; when it yields no title or no body the generic extractor takes over and
 * says so in `extraction.warnings`.
 */
import { load } from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio/slim';
import type { ExtractedArticle } from '../shared/types.js';
import { NotAnArticleError } from '../shared/errors.js';
import type { PageContext, ProfileFields } from './types.js';
import { DEFAULT_TIMEZONE, isKnownTimezone, parseNewsDate } from './dates.js';
import { genericFields } from './generic.js';
import { findProfile, orderVersions } from './profiles/index.js';
import { MAX_DATE_LINE_CHARS, MIN_BODY_CHARS } from './settings.js';
import { hostOf, readCanonicalUrl, readJsonLdArticle } from './utils.js';

export interface ExtractOptions {
  url?: string | null;
  fetchedAt?: string | null;
  /** IANA zone of the source, for dates without offset; default 'Asia/Jakarta' */
  timezone?: string;
}

export { parseNewsDate, parseRelativeDate } from './dates.js';
export { findContinuationPages, mergePages } from './pagination.js';
export type { ContinuationPages } from './pagination.js';
export { PROFILES, findProfile } from './profiles/index.js';
export type { SiteProfile, ProfileVersion, ProfileSelectors, ProfileFields, PageContext } from './types.js';

/** Index, section and search pages: a path of nothing or a single listing word. */
const INDEX_PATH = /^\/(?:(?:indeks|index|terkini|terbaru|engine|search|cari)(?:\/.*)?|(?:tag|topik|kanal)\/[^/.]+\/?|index\.html?)?$/i;

/**
 * Extract the article from one HTML page. Throws NotAnArticleError (from shared/errors.ts) with a clear reason when
 * the page has no title or no body (e.g. an index page, garbage HTML).
 * @example extractArticle(html, { url: 'https://kaltim.idntimes.com/...', timezone: 'Asia/Makassar' }).publishedAt
 */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  assertLooksLikeHtml(html);
  const timezone = options.timezone && isKnownTimezone(options.timezone) ? options.timezone : DEFAULT_TIMEZONE;
  let $ = load(html);
  const canonicalUrl = readCanonicalUrl($, options.url);
  assertNotIndexUrl(options.url ?? null, canonicalUrl, readJsonLdArticle($) !== null);
  const warnings: string[] = [];
  const profile = findProfile(hostOf(options.url), hostOf(canonicalUrl));
  if (profile) {
    for (const version of orderVersions(profile, options.fetchedAt, $)) {
      const ctx = makeContext($, options.url ?? null, canonicalUrl, timezone, options.fetchedAt);
      const result = runFields(ctx, version.fields, `profile:${profile.id}@${version.version}`, warnings);
      if (result) return result;
      $ = load(html); // the attempt pruned the DOM; start clean
    }
    warnings.push(`profile ${profile.id} found no title or body; generic extractor used`);
  }
  const ctx = makeContext($, options.url ?? null, canonicalUrl, timezone, options.fetchedAt);
  const method = ctx.jsonLd ? 'jsonld+generic' : 'generic';
  const result = runFields(ctx, genericFields(), method, warnings);
  if (result) return result;
  throw new NotAnArticleError(describeFailure(load(html), ctx, canonicalUrl));
}

/** Read every field with one set of readers; null when title or body is missing. */
function runFields(ctx: PageContext, fields: ProfileFields, method: string, warnings: string[]): ExtractedArticle | null {
  const title = fields.title(ctx);
  if (!title) return null;
  // Metadata first: reading the body prunes noise from the DOM (breadcrumbs, bylines, date lines).
  ctx.publishedAtRelative = undefined;
  const publishedAt = fields.publishedAt(ctx);
  const modifiedAt = fields.modifiedAt(ctx);
  const authors = fields.authors(ctx);
  const section = fields.section(ctx);
  const tags = fields.tags(ctx);
  const language = fields.language(ctx);
  const paragraphs = dropHeadlineAndDates(fields.body(ctx), title, ctx.timezone);
  const body = paragraphs.join('\n\n');
  if (body.length < MIN_BODY_CHARS) return null;
  const own = [...warnings, ...(ctx.warnings ?? [])];
  if (!publishedAt) own.push('no date found');
  if (!authors.length) own.push('no author found');
  return {
    canonicalUrl: ctx.canonicalUrl,
    title,
    publishedAt,
    modifiedAt,
    authors,
    section,
    tags,
    language,
    dateline: fields.dateline(ctx, paragraphs),
    body,
    extraction: { method, warnings: own, ...(ctx.publishedAtRelative ? { publishedAtRelative: ctx.publishedAtRelative } : {}) },
  };
}

/**
 * The headline and a bare date line are never body text, even when the body container holds them (generic pages:
 * tempo's .artikel and okezone's .title-detail put h1 and date beside the text).
 */
function dropHeadlineAndDates(paragraphs: string[], title: string, timezone: string): string[] {
  const headline = title.toLowerCase();
  return paragraphs.filter(
    (p) => p.toLowerCase() !== headline && !(p.length <= MAX_DATE_LINE_CHARS && parseNewsDate(p, timezone)),
  );
}

function makeContext($: CheerioAPI, url: string | null, canonicalUrl: string | null, timezone: string, fetchedAt?: string | null): PageContext {
  return { $, jsonLd: readJsonLdArticle($), url, canonicalUrl, timezone, fetchedAt: fetchedAt ?? null, warnings: [] };
}

/** Reject empty input and binary junk before parsing. */
function assertLooksLikeHtml(html: string): void {
  if (typeof html !== 'string' || !html.trim()) throw new NotAnArticleError('empty page: no HTML to extract from');
  const sample = html.slice(0, 4096);
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (control / sample.length > 0.05) throw new NotAnArticleError('not an HTML page: the content looks binary');
}

/** The front page or an index / tag listing is never an article, whatever its teasers look like. */
function assertNotIndexUrl(url: string | null, canonicalUrl: string | null, hasArticleJsonLd: boolean): void {
  // A canonical link alone is weaker evidence (some CMSs point every page's og:url at the front page), so it counts
  // only on pages that do not declare themselves an article in JSON-LD.
  const targets = [url, hasArticleJsonLd ? null : canonicalUrl];
  for (const target of targets) {
    if (!target) continue;
    let parsed: URL;
    try {
      parsed = new URL(target);
    } catch {
      continue;
    }
    if (INDEX_PATH.test(parsed.pathname) && !/[?&](?:id|p)=\d/.test(parsed.search)) {
      throw new NotAnArticleError(`index page, not an article: ${target}`);
    }
  }
}

/** A reason a person can act on: what was missing. */
function describeFailure($: CheerioAPI, ctx: PageContext, canonicalUrl: string | null): string {
  const where = canonicalUrl ? ` (${canonicalUrl})` : '';
  const fields = genericFields();
  const freshCtx = makeContext($, ctx.url, canonicalUrl, ctx.timezone);
  if (!fields.title(freshCtx)) return `no title found${where}`;
  return `no article body found${where}: no block of prose of at least ${MIN_BODY_CHARS} characters`;
}

