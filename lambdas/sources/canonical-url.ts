/**
 * @module canonical-url
 * One spelling per article URL, so the same story found in a feed, a sitemap and a listing is stored once.
 *
 * Choices (each one is a trade between merging true duplicates and keeping distinct pages apart):
 * - Only http(s) URLs; anything else (mailto:, javascript:, data:, unparseable) gives null. User and password dropped.
 * - Host lower-cased, trailing dot dropped, default port dropped, fragment dropped.
 * - Scheme kept as given: http and https are not merged, because the canonical URL is also what gets fetched and a
 *   few regional outlets still answer on http only.
 * - Mobile and AMP hosts folded: "m.", "mobile." and "amp." prefixes are removed, and when what remains is a bare
 *   registrable domain it gets "www." (m.tribunnews.com -> www.tribunnews.com, m.kaltim.tribunnews.com ->
 *   kaltim.tribunnews.com). Limit: m.detik.com/news/... stays a different path from news.detik.com/...
 * - AMP paths folded: every path segment that is exactly "amp" is removed (/amp/nasional/x, /berita/x/amp); the
 *   "amp" query parameter (amp=1, ?amp) and outputType=amp are dropped.
 * - Tracking parameters dropped (data/tracking-params.json: utm_*, fbclid, gclid, _ga, mc_cid, mc_eid, ref, src,
 *   tag_from ...). Remaining parameters sorted by name (then value), keeping their original encoding.
 * - Kept on purpose: page=all, page=N and single=1 (Tribun, Okezone, Detik): they select which text the server
 *   sends, so dropping them would change what a fetch of the canonical URL returns.
 * - A final "index.html", "index.htm" or "index.php" segment is dropped (the directory URL serves the same page);
 *   a trailing slash is otherwise kept as given (servers differ on /x versus /x/).
 */
import { getRegistrableDomain } from './registrable-domain.js';
import trackingParams from './data/tracking-params.json' with { type: 'json' };

const TRACKING_NAMES = new Set(trackingParams.names.map((name) => name.toLowerCase()));
const TRACKING_PREFIXES = trackingParams.prefixes.map((prefix) => prefix.toLowerCase());
const FOLDED_HOST_PREFIXES = ['m.', 'mobile.', 'amp.'];
const INDEX_FILE = /^index\.(?:html?|php)$/i;

/**
 * Normalise a URL for identity (see the module comment for every rule); null for non-http(s) or unparseable input.
 * @example canonicalizeUrl('https://M.Tribunnews.com/amp/nasional/x?utm_source=fb#top') // 'https://www.tribunnews.com/nasional/x'
 * @example canonicalizeUrl('/berita/1/a', 'https://www.antaranews.com/terkini') // 'https://www.antaranews.com/berita/1/a'
 */
export function canonicalizeUrl(url: string, base?: string): string | null {
  const parsed = parseHttpUrl(url, base);
  if (!parsed) return null;
  parsed.username = '';
  parsed.password = '';
  parsed.hash = '';
  parsed.hostname = foldHost(parsed.hostname);
  parsed.pathname = foldPath(parsed.pathname);
  parsed.search = cleanQuery(parsed.search);
  return parsed.toString();
}

/** Parse url (against base when given) and keep it only when it is http(s) with a host. */
function parseHttpUrl(url: string, base?: string): URL | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (trimmed === '') return null;
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  return parsed;
}

/** Lower-case, drop a trailing dot and fold mobile/AMP host prefixes. */
function foldHost(hostname: string): string {
  let host = hostname.toLowerCase().replace(/\.$/, '');
  const prefix = FOLDED_HOST_PREFIXES.find((candidate) => host.startsWith(candidate));
  if (prefix) {
    const rest = host.slice(prefix.length);
    if (rest.includes('.')) host = getRegistrableDomain(rest) === rest ? `www.${rest}` : rest;
  }
  return host;
}

/** Remove "amp" segments and a final index file from a path. */
function foldPath(pathname: string): string {
  const segments = pathname.split('/');
  const kept = segments.filter((segment, index) => index === 0 || segment.toLowerCase() !== 'amp');
  const last = kept.length - 1;
  if (last > 0 && INDEX_FILE.test(kept[last] ?? '')) kept[last] = '';
  const path = kept.join('/');
  return path === '' ? '/' : path;
}

/** Drop tracking and AMP parameters and sort the rest, keeping each pair's original encoding. */
function cleanQuery(search: string): string {
  if (search.length <= 1) return '';
  const pairs = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '')
    .filter((pair) => !isDroppedParam(pair));
  pairs.sort(comparePairs);
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

/** Say whether a raw "name=value" pair is tracking or an AMP switch. */
function isDroppedParam(pair: string): boolean {
  const [rawName = '', rawValue = ''] = splitPair(pair);
  const name = safeDecode(rawName).toLowerCase();
  if (TRACKING_NAMES.has(name)) return true;
  if (TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix))) return true;
  return name === 'outputtype' && safeDecode(rawValue).toLowerCase() === 'amp';
}

/** Order pairs by decoded name, then by raw value. */
function comparePairs(a: string, b: string): number {
  const [nameA = '', valueA = ''] = splitPair(a);
  const [nameB = '', valueB = ''] = splitPair(b);
  const byName = compareStrings(safeDecode(nameA), safeDecode(nameB));
  return byName !== 0 ? byName : compareStrings(valueA, valueB);
}

/** Split "name=value" at the first "=". */
function splitPair(pair: string): [string, string] {
  const equals = pair.indexOf('=');
  return equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
}

/** Plain code-unit comparison (locale-independent, so the order never depends on the machine). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** decodeURIComponent that returns its input on malformed escapes; '+' counts as a space. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
