/**
 * @module settings
 * Thresholds of the extractor, in one place. Each carries the evidence it rests on (the 26 article pages and 6 index
 * pages under test/fixtures/sites, 2015-2021 layouts, checked 2025 by the profiles test).
 */

/** A paragraph-like block shorter than this adds nothing to a container's score (menus, bylines, buttons). */
export const MIN_SCORED_BLOCK_CHARS = 25;

/** Score cap per block from length (1 point per 100 chars): one huge block must not outweigh many real paragraphs. */
export const MAX_LENGTH_POINTS_PER_BLOCK = 3;

/** Share of a block's score given to its grandparent (readability's classic half). */
export const GRANDPARENT_SHARE = 0.5;

/** Bonus / malus for a class or id token that says "content" or "sidebar" (see selectors.ts token lists). */
export const CLASS_HINT_WEIGHT = 25;

/**
 * A body whose cleaned text is shorter than this is not an article. The shortest real body in the fixtures is a
 * detik photo caption page (about 330 chars); index pages yield either nothing or link lists removed as noise.
 */
export const MIN_BODY_CHARS = 120;

/**
 * A paragraph whose text is at least this share link text is a related-article link or a tag list ("Baca Juga: ...",
 * "Jangan Lewatkan" lists); in the fixtures real paragraphs stay under 0.35 (a linked name or film title).
 */
export const MAX_PARAGRAPH_LINK_DENSITY = 0.7;

/** A candidate container whose text is mostly links (menus, index teasers) loses this share of its score. */
export const MAX_CONTAINER_LINK_DENSITY = 0.5;

/** Boilerplate lines ("Simak juga ...", "Saksikan video ...") are only dropped when shorter than this. */
export const MAX_BOILERPLATE_CHARS = 160;

/** A caption-like line ("... Foto: Grammy") is only dropped when shorter than this. */
export const MAX_CAPTION_CHARS = 220;

/** A dateline prefix ("Bandarlampung, Lampung (ANTARA News) -") is at most this long. */
export const MAX_DATELINE_PREFIX_CHARS = 70;

/** A dateline place has at most this many words ("Los Angeles", "Kota Baru Parahyangan"). */
export const MAX_DATELINE_PLACE_WORDS = 4;

/** A title longer than this is not a headline (a paragraph caught by a loose selector). */
export const MAX_TITLE_CHARS = 300;

/** A body line this short that parses as a date is the page's date line ("Kamis, 05 November 2015 | 11:13 WIB"). */
export const MAX_DATE_LINE_CHARS = 60;
