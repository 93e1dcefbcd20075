/**
 * @module profiles
 * The site registry: every publisher profile, and how a page finds its profile and layout version.
 */
import type { ProfileVersion, SiteProfile } from '../types.js';
import { antaranews } from './antaranews.js';
import { detik } from './detik.js';
import { idntimes } from './idntimes.js';
import { kapanlagi } from './kapanlagi.js';
import { kompas } from './kompas.js';
import { liputan6 } from './liputan6.js';
import { okezone } from './okezone.js';
import { republika } from './republika.js';
import { tempo } from './tempo.js';
import { viva } from './viva.js';

/** Every site profile, alphabetical. */
export const PROFILES: readonly SiteProfile[] = [antaranews, detik, idntimes, kapanlagi, kompas, liputan6, okezone, republika, tempo, viva];

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
 * Versions to try, the one valid at the fetch date first (Fundus picks by crawl date), then the others newest first.
 * @example orderVersions(kompas, '2016-02-23T10:00:00Z')[0].version
 */
export function orderVersions(profile: SiteProfile, fetchedAt?: string | null): ProfileVersion[] {
  const day = fetchedAt ? fetchedAt.slice(0, 10) : null;
  const all = [...profile.versions];
  if (!day) return all;
  const valid = all.filter((v) => (!v.validFrom || v.validFrom <= day) && (!v.validUntil || day <= v.validUntil));
  return [...valid, ...all.filter((v) => !valid.includes(v))];
}
