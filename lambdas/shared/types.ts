/**
 * The record contract shared by every stage (see ../shared/DESIGN.md, "Record contract").
 *
 * | field          | type                 | meaning                                                                 |
 * |----------------|----------------------|-------------------------------------------------------------------------|
 * | url            | string \| null       | the URL the page was fetched from (null for a file without --url)       |
 * | canonicalUrl   | string \| null       | rel=canonical / og:url, normalised; the article id is derived from it   |
 * | source         | string \| null       | source id from the sources config (null when unknown)                   |
 * | title          | string               | headline, site suffix removed                                           |
 * | publishedAt    | string \| null       | ISO 8601 with the page's offset; null (plus a warning) when not stated  |
 * | modifiedAt     | string \| null       | same, for the last update                                               |
 * | fetchedAt      | string \| null       | when Pantau fetched the page (kept beside a missing date)               |
 * | authors        | string[]             | people who wrote it (not the outlet name)                               |
 * | section        | string \| null       | the site's section / rubric                                             |
 * | tags           | string[]             | the site's own tags / keywords                                          |
 * | language       | string \| null       | BCP 47 language, e.g. "id"                                              |
 * | dateline       | string \| null       | place prefix of the first paragraph ("Balikpapan, IDN Times - ...")     |
 * | body           | string               | paragraphs separated by a blank line; no page noise                     |
 * | extraction     | ExtractionInfo       | which method produced the record, with warnings                         |
 * | people ... quotes | entity lists      | see EntityResult; offsets index into `body`                             |
 */
export interface ArticleRecord extends ExtractedArticle, EntityResult {
  url: string | null;
  source: string | null;
  fetchedAt: string | null;
}

/** How a record was produced. `method` is e.g. "profile:idntimes@1", "jsonld+generic" or "generic". */
export interface ExtractionInfo {
  method: string;
  warnings: string[];
  /**
   * Set when `publishedAt` was resolved from a relative phrase against the fetch time ("2 jam yang lalu"): the phrase.
   * Such a date moves with every fetch, so the content hash does not count it (store/record-hash.ts).
   */
  publishedAtRelative?: string;
}

/** What the extract stage gives for one HTML page (before entities). */
export interface ExtractedArticle {
  canonicalUrl: string | null;
  title: string;
  publishedAt: string | null;
  modifiedAt: string | null;
  authors: string[];
  section: string | null;
  tags: string[];
  language: string | null;
  dateline: string | null;
  body: string;
  extraction: ExtractionInfo;
}

/** A character span into the analysed text: `text === body.slice(start, end)`. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface PersonEntity {
  name: string;
  aliases: string[];
  titles: string[];
  organization: string | null;
  official: boolean;
  mentions: Mention[];
}

export interface OrganizationEntity {
  name: string;
  acronym: string | null;
  aliases: string[];
  government: boolean;
  mentions: Mention[];
}

export interface LocationEntity {
  name: string;
  /**
   * province | regency | city | district | village | place | country | world-region (a continent, "Timur Tengah") |
   * region-group ("Jabodetabek", "Kaltimtara") | island ("Kalimantan") | special-region (Ibu Kota Nusantara, "IKN":
   * a capital region outside the province list) | foreign-region (a state of a neighbouring country: "Sabah", "Johor")
   */
  kind: string;
  /** Kemendagri code where the place is an Indonesian region, else null. */
  code: string | null;
  mentions: Mention[];
}

export interface SectorEntity {
  /** KBLI 2020 section letter A-U, or UMKM / PARIWISATA. */
  code: string;
  label: string;
  keywords: string[];
  mentions: Mention[];
}

export interface QuoteEntity {
  /** The person's name, or an organization's when it gives the statement ("kata Samsung"); null when unknown. */
  speaker: string | null;
  text: string;
  start: number;
  end: number;
}

/** What the entities stage gives for one text. */
export interface EntityResult {
  people: PersonEntity[];
  organizations: OrganizationEntity[];
  locations: LocationEntity[];
  sectors: SectorEntity[];
  quotes: QuoteEntity[];
}

/** Why an article was not stored; kept in run records and skip items so nothing is silently dropped. */
export type SkipReason =
  | 'robots-disallowed'
  | 'http-error'
  | 'network-error'
  | 'too-large'
  | 'not-html'
  | 'not-an-article'
  | 'unchanged'
  | 'duplicate';
