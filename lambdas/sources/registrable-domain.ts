/**
 * @module registrable-domain
 * The "site" a host belongs to: the label just under its public suffix (detik.com for news.detik.com,
 * republika.co.id for nasional.republika.co.id). Uses a short list of multi-label suffixes in
 * data/second-level-suffixes.json (the Indonesian .id second levels plus a few neighbours) instead of the full
 * Public Suffix List: Pantau only compares hosts of the news sites it is configured for.
 */
import secondLevelSuffixes from './data/second-level-suffixes.json' with { type: 'json' };

const SECOND_LEVEL = new Set<string>(secondLevelSuffixes);

/**
 * Return the registrable domain of a host name (lower-cased, trailing dot and "www." irrelevant), or the host itself
 * for IP addresses and single-label hosts.
 * @example getRegistrableDomain('kaltim.idntimes.com') // 'idntimes.com'
 * @example getRegistrableDomain('nasional.republika.co.id') // 'republika.co.id'
 */
export function getRegistrableDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(name) || name.includes(':') || name.startsWith('[')) return name;
  const labels = name.split('.');
  if (labels.length <= 2) return name;
  const lastTwo = labels.slice(-2).join('.');
  const keep = SECOND_LEVEL.has(lastTwo) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * Say whether two host names belong to the same site (same registrable domain).
 * @example isSameSite('www.detik.com', 'news.detik.com') // true
 */
export function isSameSite(hostA: string, hostB: string): boolean {
  return getRegistrableDomain(hostA) === getRegistrableDomain(hostB);
}
