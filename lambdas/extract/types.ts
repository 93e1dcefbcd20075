/**
 * @module types
 * Types of the extract stage's own: the page context handed to field readers and the declarative site profile.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { JsonLdNode } from './utils.js';

/** What a field reader gets: the parsed page, its JSON-LD article node, URLs and the source's time zone. */
export interface PageContext {
  $: CheerioAPI;
  jsonLd: JsonLdNode | null;
  url: string | null;
  canonicalUrl: string | null;
  timezone: string;
  /** when the page was fetched (ISO 8601): relative dates ("2 jam yang lalu") resolve against it */
  fetchedAt?: string | null;
  /** warnings a field reader adds (e.g. an approximate date); they end up in `extraction.warnings` */
  warnings?: string[];
  /** the relative phrase the publication date was resolved from, set by the date reader ("2 jam yang lalu") */
  publishedAtRelative?: string;
}

/** Selector constants of one layout version (each list tried in order). */
export interface ProfileSelectors {
  readonly title: readonly string[];
  /** the body container(s); the first that yields text wins */
  readonly body: readonly string[];
  readonly authors: readonly string[];
  readonly date: readonly string[];
  readonly section: readonly string[];
  readonly tags: readonly string[];
  /** elements to drop inside the body before reading it (ads, related links, captions, share bars) */
  readonly noise: readonly string[];
}

/** Per-field readers of a version; each reads JSON-LD / meta first, then the DOM through the selectors. */
export interface ProfileFields {
  title(ctx: PageContext): string | null;
  publishedAt(ctx: PageContext): string | null;
  modifiedAt(ctx: PageContext): string | null;
  authors(ctx: PageContext): string[];
  section(ctx: PageContext): string | null;
  tags(ctx: PageContext): string[];
  language(ctx: PageContext): string | null;
  /** body paragraphs (already cleaned) */
  body(ctx: PageContext): string[];
  dateline(ctx: PageContext, paragraphs: readonly string[]): string | null;
}

/** One dated layout version of a site (Fundus style: `V1`, `V1_1`, ...). */
export interface ProfileVersion {
  /** major version, shown in `extraction.method` ("profile:kompas@1") */
  readonly version: number;
  /** first day this layout is known (ISO date) */
  readonly validFrom?: string;
  /** last day this layout was served (ISO date); undefined while current */
  readonly validUntil?: string;
  /**
   * Markup that identifies this layout (CSS selectors, any one suffices). A page showing a marker gets this version
   * first whatever its fetch date; a version with markers that the page lacks is tried after the others.
   */
  readonly markers?: readonly string[];
  readonly selectors: ProfileSelectors;
  readonly fields: ProfileFields;
}

/** A publisher family: who it is, where it lives, and its layout versions (newest first). */
export interface SiteProfile {
  /** kebab-case id, e.g. "idntimes" */
  readonly id: string;
  readonly name: string;
  /** registrable domains; subdomains match too (kaltim.idntimes.com, regional.kompas.com) */
  readonly domains: readonly string[];
  /** BCP 47 default language of the publisher */
  readonly language: string;
  /** article URLs of this publisher look like this (index and tag pages do not) */
  readonly articleUrlPattern?: RegExp;
  readonly versions: readonly ProfileVersion[];
}
