/**
 * @module robots
 * RFC 9309 robots.txt: parse into user-agent groups, pick the group for our product token, and decide a path with
 * the longest-match rule (`*` wildcard, `$` end anchor; on a tie, Allow wins). Crawl-delay and Sitemap lines, which
 * RFC 9309 leaves to crawlers, are kept too.
 */

/** One Allow or Disallow line. `pattern` is percent-normalised (see normalisePath). */
export interface RobotsRule {
  allow: boolean;
  pattern: string;
}

/** One group: the user-agent lines that open it and the rules that follow. */
export interface RobotsGroup {
  /** Lower-cased user-agent values as written ("*", "pantaubot", "googlebot-news"). */
  userAgents: string[];
  rules: RobotsRule[];
  /** Crawl-delay in seconds, null when the group states none. */
  crawlDelaySeconds: number | null;
}

/** A parsed robots.txt. */
export interface RobotsRules {
  groups: RobotsGroup[];
  /** Sitemap URLs as written (they do not belong to a group). */
  sitemaps: string[];
}

/** The rules that apply to one crawler, merged from every group that names it (or from `*`). */
export interface RobotsPolicy {
  rules: RobotsRule[];
  crawlDelaySeconds: number | null;
}

/** Our product token: what a site names in `User-agent:` to address Pantau. */
export const ROBOTS_PRODUCT_TOKEN = 'PantauBot';

/** Rules that allow everything (robots.txt missing, 4xx). */
export const ALLOW_ALL: RobotsRules = { groups: [], sitemaps: [] };

/** Rules that disallow everything (robots.txt unreachable: 5xx, network error; RFC 9309 §2.3.1.4). */
export const DISALLOW_ALL: RobotsRules = {
  groups: [{ userAgents: ['*'], rules: [{ allow: false, pattern: '/' }], crawlDelaySeconds: null }],
  sitemaps: [],
};

/**
 * Parse robots.txt text into groups and sitemaps. Unknown lines and lines before the first User-agent are ignored;
 * it never throws.
 * @example parseRobots('User-agent: *\nDisallow: /private/').groups[0].rules // [{ allow: false, pattern: '/private/' }]
 */
export function parseRobots(text: string): RobotsRules {
  const groups: RobotsGroup[] = [];
  const sitemaps: string[] = [];
  let current: RobotsGroup | null = null;
  let collectingAgents = false;
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!current || !collectingAgents) {
        current = { userAgents: [], rules: [], crawlDelaySeconds: null };
        groups.push(current);
      }
      if (value) current.userAgents.push(value.toLowerCase());
      collectingAgents = true;
    } else if (key === 'allow' || key === 'disallow') {
      collectingAgents = false;
      // An empty Disallow allows everything, an empty Allow says nothing: neither is a rule.
      if (current && value) current.rules.push({ allow: key === 'allow', pattern: normalisePath(value) });
    } else if (key === 'crawl-delay') {
      collectingAgents = false;
      const seconds = Number(value);
      if (current && value && Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySeconds = seconds;
    } else if (key === 'sitemap') {
      if (value) sitemaps.push(value);
    }
  }
  return { groups, sitemaps };
}

/**
 * Merge the groups that name our product token (case-insensitive); fall back to the `*` groups; none means allow all.
 * @example selectPolicy(parseRobots('User-agent: PantauBot\nCrawl-delay: 5')).crawlDelaySeconds // 5
 */
export function selectPolicy(robots: RobotsRules, userAgent: string = ROBOTS_PRODUCT_TOKEN): RobotsPolicy {
  const token = extractProductToken(userAgent).toLowerCase();
  let chosen = robots.groups.filter((group) => group.userAgents.some((agent) => extractProductToken(agent) === token));
  if (chosen.length === 0) chosen = robots.groups.filter((group) => group.userAgents.includes('*'));
  const delays = chosen.map((group) => group.crawlDelaySeconds).filter((delay): delay is number => delay !== null);
  return {
    rules: chosen.flatMap((group) => group.rules),
    crawlDelaySeconds: delays.length > 0 ? Math.max(...delays) : null,
  };
}

/**
 * Whether `path` (path plus query, as in a URL) may be fetched by `userAgent` under these rules.
 * The longest matching pattern decides; Allow wins a tie; /robots.txt itself is always allowed.
 * @example isPathAllowed(parseRobots('User-agent: *\nDisallow: /\nAllow: /berita/'), '/berita/1') // true
 */
export function isPathAllowed(robots: RobotsRules, path: string, userAgent: string = ROBOTS_PRODUCT_TOKEN): boolean {
  const target = normalisePath(path || '/');
  if (target === '/robots.txt') return true;
  let best: RobotsRule | null = null;
  for (const rule of selectPolicy(robots, userAgent).rules) {
    if (!matchPattern(target, rule.pattern)) continue;
    const longer = !best || rule.pattern.length > best.pattern.length;
    const tieToAllow = best && rule.pattern.length === best.pattern.length && rule.allow && !best.allow;
    if (longer || tieToAllow) best = rule;
  }
  return best ? best.allow : true;
}

/** The product token of a user-agent string: "PantauBot/0.1 (+https://...)" -> "PantauBot". */
export function extractProductToken(userAgent: string): string {
  return userAgent.trim().split(/[\s/]/)[0] ?? '';
}

/**
 * Percent-encode what a URL would encode (non-ASCII, spaces) and upper-case existing escapes, so that a pattern
 * written with raw UTF-8 matches a path taken from a URL (RFC 9309 §2.2.2).
 * @example normalisePath('/berita/ekonomi%2fbisnis') // '/berita/ekonomi%2Fbisnis'
 */
export function normalisePath(path: string): string {
  let out = '';
  for (const char of path) {
    const code = char.codePointAt(0) ?? 0;
    out += code > 0x20 && code < 0x7f ? char : encodeURIComponent(char);
  }
  return out.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}

/** Match a robots pattern (`*` = any run of characters, trailing `$` = end of path) against the start of a path. */
function matchPattern(path: string, pattern: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  // Positions in `path` reachable after matching a prefix of the pattern; kept sorted and unique.
  let positions = [0];
  for (const char of body) {
    if (char === '*') {
      const from = positions[0] ?? 0;
      positions = Array.from({ length: path.length - from + 1 }, (_, index) => from + index);
      continue;
    }
    positions = positions.filter((position) => path[position] === char).map((position) => position + 1);
    if (positions.length === 0) return false;
  }
  return anchored ? positions.includes(path.length) : true;
}
