/**
 * @module entities/settings
 * Thresholds of the entities stage, in one place.
 */

/** Characters looked at before an ambiguous region name for a locative word ("di", "ke", "dari"). */
export const LOCATIVE_WINDOW = 12;

/** A sector is reported only with this much weighted evidence (strong keyword = 2, weak = 1)... */
export const SECTOR_MIN_SCORE = 3;
/** ...spread over at least this many keyword mentions, so one passing word never makes a sector. */
export const SECTOR_MIN_MENTIONS = 2;
/** A keyword in the first (lead) or last (tail) share of the body weighs this factor times its weight. */
export const SECTOR_LEAD_SHARE = 0.2;
export const SECTOR_LEAD_FACTOR = 1.25;
export const SECTOR_TAIL_FACTOR = 0.75;
/** A keyword inside a direct quote weighs this factor times its weight. */
export const SECTOR_QUOTE_FACTOR = 0.5;
/**
 * A sector whose score is below this share of the story's strongest is a side mention ("kapal" in a fisheries port's
 * budget story). 0.1 cut the held-out stories' sectors outside must + optional from 458 to 417 for a must recall of
 * 0.942 to 0.940; 0.15 cost the reference article its mining sector.
 */
export const SECTOR_RELATIVE_FLOOR = 0.1;

/** How far (characters) an appositive name may sit after its title: "Kasi ... Dinas X Balikpapan, Budi Wahyudi." */
export const APPOSITIVE_WINDOW = 260;

/** How far (characters) a title may run before the organization that ends it: "Kasubdit Kasasi ... Mahkamah Agung". */
export const TITLE_ORG_WINDOW = 120;

/** How far after a closing quote the attribution ("katanya", "sebut Budi") may start. */
export const ATTRIBUTION_WINDOW = 160;

/** Quotes shorter than this many words count only when they carry an attribution. */
export const QUOTE_MIN_WORDS = 4;

/** Lines searched for a dateline ("Balikpapan, IDN Times - ..."). */
export const DATELINE_LINES = 4;

/** A one-word name the tagger found counts without other evidence when its margin over "O" is at least this. */
export const TAGGED_NAME_MARGIN = 20;
