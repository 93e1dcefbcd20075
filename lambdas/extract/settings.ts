/**
 * @module settings
 * Thresholds of the extractor, in one place. Each carries the evidence it rests on (the 26 article pages and 6 index
 * pages under test/fixtures/sites, 2015-2021 layouts, checked 2025 by the profiles test).
 */

/**
 * A text segment shorter than this is not prose (menus, bylines, buttons). Zyte bench 2026-11-28: 15 -> F1 0.958,
 * 25 -> 0.959, 40 -> 0.954, 60 -> 0.941.
 */
export const MIN_SCORED_BLOCK_CHARS = 25;

/** Sign of a class or id token that says "content" or "sidebar" (see selectors.ts token lists), times CLASS_HINT_CHARS. */
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

/**
 * The generic pruner keeps a matched element when it holds at least this share of the page's prose (text outside
 * links): a page-wide wrapper is not furniture. Zyte bench, 2026-11-28: gizmodo's <body> carries "share" and
 * "caption" feature classes, billboard's article "url-breadcrumb", aljazeera wraps the page in an ASP.NET <form>,
 * WordPress posts carry "tag-..." classes, layouts say "content-with-sidebar". Sweep: 0.15 -> F1 0.957, 0.25 -> 0.959,
 * 0.3 / 0.35 -> 0.961, 0.4 -> 0.959.
 */
export const MAX_PRUNED_SHARE = 0.3;

/** A text segment counts as prose when at most this share of it is link text. */
export const MAX_PROSE_LINK_SHARE = 0.5;

/**
 * Each character of non-prose text (links, short lines, menus) under a candidate costs this many prose characters.
 * Zyte bench 2026-11-28 (before the line filters): 1 -> F1 0.931, 2 -> 0.934, 3 -> 0.934, 5 -> 0.919.
 */
export const NON_PROSE_WEIGHT = 2;

/**
 * Characters of prose a class / id hint is worth per CLASS_HINT_WEIGHT (8 x 25 = 200 characters). Zyte bench
 * 2026-11-28: 0 -> F1 0.9586, 4 -> 0.9592, 8 -> 0.9594, 16 -> 0.9591, 30 -> 0.9581.
 */
export const CLASS_HINT_CHARS = 8;

/** Comments / related / share containers are pruned unless they hold at least this share of the page's prose. */
export const MAX_PRUNED_SHARE_STRONG = 0.8;

/** Furniture lines ("Filed under: ...", cookie notices, "Reporting by ...") are only dropped when at most this long. */
export const MAX_FURNITURE_LINE_CHARS = 200;

/** Bylines are only dropped among the first / last this many paragraphs of a body. */
export const EDGE_PARAGRAPHS = 3;

/** A byline line ("By Stefan Becket, Kathryn Watson, Grace Segers") is at most this long. */
export const MAX_BYLINE_CHARS = 120;

/** A block inside the body container with at least this many headline links ... */
export const MIN_TEASER_LINKS = 3;

/** ... and less than this many prose characters per headline link is a teaser list, not story text. */
export const MAX_TEASER_PROSE_PER_LINK = 200;

/** JSON-LD articleBody replaces the DOM body only when it is at least this long ... */
export const MIN_JSONLD_BODY_CHARS = 1000;

/** ... and the DOM body holds less than this share of its length. */
export const MIN_DOM_SHARE_OF_JSONLD = 0.5;

/** A teaser-looking block is kept when it holds at least this share of the container's prose (it is the story). */
export const MAX_TEASER_SHARE = 0.3;

/**
 * An end heading ("You may also like", "More from ...") cuts the body when it comes in the second half of the
 * paragraphs or after at least this much story text (a long teaser list after a short post).
 */
export const MIN_STORY_BEFORE_END_CHARS = 500;

/** An inline element holding only links is a link popup inside a sentence when it has at least this many links ... */
export const MIN_INLINE_CLUSTER_LINKS = 3;

/** ... with at least this many characters of link text (headlines, not a few linked words). */
export const MIN_INLINE_CLUSTER_CHARS = 80;

/** ... and at most this many characters of text outside them (the spaces and separators between the links). */
export const MAX_INLINE_CLUSTER_PROSE = 12;

/** A block whose prose is at least this share excerpts ending in "..." (three or more) is a teaser list. */
export const MIN_EXCERPT_SHARE = 0.5;

/**
 * A picked body with less prose than this widens to the nearest container with a content class hint. Zyte bench
 * 2026-11-28: 200-400 -> F1 0.9713, 500 -> 0.9716, 600 -> 0.9688 (a short post widens into its comment area and
 * empties); the middle of the safe range is taken.
 */
export const MIN_PICKED_PROSE = 300;
