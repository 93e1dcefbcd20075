/**
 * @module profiles
 * The site registry: every publisher profile, and how a page finds its profile and layout version.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { ProfileVersion, SiteProfile } from '../types.js';
import { selectFirst } from '../page-index.js';
import { antaranews } from './antaranews.js';
import { cnnindonesia } from './cnnindonesia.js';
import { detik } from './detik.js';
import { idntimes } from './idntimes.js';
import { jawapos } from './jawapos.js';
import { kapanlagi } from './kapanlagi.js';
import { kompas } from './kompas.js';
import { liputan6 } from './liputan6.js';
import { merdeka } from './merdeka.js';
import { okezone } from './okezone.js';
import { prokal } from './prokal.js';
import { republika } from './republika.js';
import { suara } from './suara.js';
import { tempo } from './tempo.js';
import { tribunnews } from './tribunnews.js';
import { viva } from './viva.js';

/** Every site profile, alphabetical. */
export const PROFILES: readonly SiteProfile[] = [
  antaranews, cnnindonesia, detik, idntimes, jawapos, kapanlagi, kompas, liputan6, merdeka, okezone, prokal, republika, suara, tempo,
  tribunnews, viva,
];

/**
 * The profile whose domain matches the URL host or the canonical host (subdomains included), or null.
 * @example findProfile('kaltim.idntimes.com', null)?.id // 'idntimes'
 */
export function findProfile(...hosts: (string | null | undefined)[]): SiteProfile | null {
  for (const host of hosts) {
    if (!host) continue;
    const h = host.toLowerCase().replace(/\.$/, '');
    const profile = PROFILES.find((p) => p.domains.some((d) => h === d || h.endsWith(`.${d}`)));
    if (profile) return profile;
  }
  return null;
}

/**
 * Versions to try: a version whose markup markers the page shows first (the page says which layout it is), then the
 * one valid at the fetch date (Fundus picks by crawl date), then the others newest first; versions whose markers the
 * page lacks come last.
 * @example orderVersions(kompas, '2016-02-23T10:00:00Z', $)[0].version
 */
export function orderVersions(profile: SiteProfile, fetchedAt?: string | null, $?: CheerioAPI): ProfileVersion[] {
  const day = fetchedAt ? fetchedAt.slice(0, 10) : null;
  const isValidOn = (v: ProfileVersion) => day !== null && (!v.validFrom || v.validFrom <= day) && (!v.validUntil || day <= v.validUntil);
  const markerRank = (v: ProfileVersion) => {
    if (!v.markers?.length || !$) return 1;
    return v.markers.some((m) => selectFirst($, m) !== null) ? 0 : 2;
  };
  return profile.versions
    .map((version, index) => ({ version, index, rank: markerRank(version) * 2 + (isValidOn(version) ? 0 : 1) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.version);
}
