/**
 * @module entities/text-scan
 * Small text helpers shared by the finders: regex building, sticky matching, name tokens.
 */

/**
 * Escape a literal for use inside a RegExp.
 * @example escapeRegExp('Pj. Bupati') // 'Pj\\. Bupati'
 */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Build a regex alternation from literals, longest first so the longest form wins.
 * @example buildAlternation(['Wali Kota', 'Wakil Wali Kota']) // 'Wakil Wali Kota|Wali Kota'
 */
export function buildAlternation(literals: Iterable<string>): string {
  return [...new Set(literals)]
    .filter((l) => l.length > 0)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join('|');
}

/**
 * Run a sticky regex at one position; null when it does not match there.
 * @example matchAt(/\s+/y, 'a b', 1)?.[0] // ' '
 */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** A word that can be part of a person's name: capitalised, with lower-case letters, or an initial ("S.", or "V" before a name word). */
export const NAME_TOKEN_SOURCE = "(?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)*|[A-Z][a-z]*[A-Z][a-z]+|[A-Z]\\.|[A-Z](?=[ \\t]+[A-Z][a-z]))";

/** Boundaries: no letter or digit right before / after. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * Title-case an all-caps word sequence, leave mixed case alone.
 * @example titleCaseIfUpper('JAKARTA') // 'Jakarta'
 */
export function titleCaseIfUpper(value: string): string {
  if (value !== value.toUpperCase()) return value;
  return value.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * Whether a position lies inside one of the spans.
 * @example isInside(3, [{ start: 0, end: 5 }]) // true
 */
export function isInside(pos: number, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => pos >= s.start && pos < s.end);
}

/**
 * Whether a span clashes with one of the others: overlaps it without being strictly larger and containing it.
 * @example clashesWith({ start: 0, end: 10 }, [{ start: 5, end: 15 }]) // true
 */
export function clashesWith(span: { start: number; end: number }, others: readonly { start: number; end: number }[]): boolean {
  return others.some(
    (o) =>
      span.start < o.end &&
      span.end > o.start &&
      !(span.start <= o.start && span.end >= o.end && span.end - span.start > o.end - o.start),
  );
}
