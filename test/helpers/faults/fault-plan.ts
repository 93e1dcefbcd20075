/**
 * The soak bench's plan of simulated news hosts: which articles each host lists, how it lists them (RSS, Atom, news
 * sitemap, sitemap index), which faults each response carries, and what the pipeline should end up doing with each
 * article (stored, or recorded with a reason). Plain data, so it can cross into the hosts' worker thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom, pickOne, type Random } from './seeded-random.js';

/** Faults that pass after `failTimes` requests: the fetcher's retries or the queue's redelivery must recover them. */
export const TRANSIENT_FAULTS = ['http-500', 'http-503-retry-after', 'http-429-retry-after', 'reset', 'truncated', 'timeout'] as const;
/** Faults that never pass: the article must end recorded with a reason (skip item or DLQ), never lost. */
export const PERMANENT_FAULTS = ['http-500-always', 'http-503-long-retry-after', 'http-404', 'redirect-loop', 'huge', 'binary', 'robots-disallowed'] as const;
/** Odd but readable pages: the article should still be stored. */
export const BENIGN_FAULTS = ['malformed-html', 'charset-mislabel-utf8', 'charset-mislabel-latin1', 'charset-meta-only', 'redirect-once'] as const;

export type TransientFault = (typeof TRANSIENT_FAULTS)[number];
export type PermanentFault = (typeof PERMANENT_FAULTS)[number];
export type BenignFault = (typeof BENIGN_FAULTS)[number];
export type ArticleFault = 'none' | TransientFault | PermanentFault | BenignFault;

/** One article a host lists. */
export interface ArticlePlan {
  /** Path (and query) on the host, as listed in its feed or sitemap. */
  path: string;
  serial: number;
  fault: ArticleFault;
  /** For transient faults: how many requests fail before the page is served. */
  failTimes: number;
  /** A recorded real page (test/fixtures/sites) served instead of a generated one. */
  recordedFile?: string;
  /** What should happen: 'stored', 'recorded' (skip/DLQ with a reason) or 'either'. */
  expect: 'stored' | 'recorded' | 'either';
}

export type DiscoveryKind = 'rss' | 'atom' | 'news-sitemap' | 'sitemap-index';

/** One simulated news host. */
export interface HostPlan {
  id: string;
  name: string;
  index: number;
  discovery: DiscoveryKind;
  /** robots.txt Crawl-delay in seconds, or null. */
  crawlDelaySeconds: number | null;
  /** Paths under this prefix are disallowed by robots.txt. */
  disallowPrefix: string;
  /** robots.txt answers 503 this many times first (0: never). */
  robotsFailTimes: number;
  /** The feed / sitemap answers 500 this many times first. */
  feedFailTimes: number;
  /** The feed is sloppy XML (unescaped &, no closing tags) that a lenient parser must still read. */
  sloppyXml: boolean;
  /** Discovery cap for this host's source (smaller than the article count: the rest waits for the next pass). */
  maxArticlesPerRun: number;
  articles: ArticlePlan[];
}

export interface FaultPlanOptions {
  hosts: number;
  articlesPerHost: number;
  seed?: number;
  /** Every n-th host asks for Crawl-delay: 2 (and lists half as many articles). @default 10 */
  crawlDelayEvery?: number;
  /** Share of articles with a transient fault. @default 0.12 */
  transientShare?: number;
  /** Share of articles with a permanent fault. @default 0.08 */
  permanentShare?: number;
  /** Share of odd-but-readable pages. @default 0.05 */
  benignShare?: number;
  /** Mix the recorded real pages of test/fixtures/sites in. @default true */
  includeRecorded?: boolean;
  /** Most failTimes of a transient fault (4 needs a queue redelivery to recover). @default 4 */
  maxFailTimes?: number;
  /** Give the first articles one of each fault kind, so a small run still sees every kind. @default false */
  coverAllFaults?: boolean;
}

const ALL_FAULTS: readonly ArticleFault[] = [...TRANSIENT_FAULTS, ...PERMANENT_FAULTS, ...BENIGN_FAULTS];

const FIXTURE_SITES = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));

/** The recorded article pages (single pages only, not front pages). */
export function listRecordedPages(): string[] {
  return readdirSync(FIXTURE_SITES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(FIXTURE_SITES, dir.name))
        .filter((file) => file.endsWith('.html') && !file.includes('mainpage'))
        .map((file) => join(FIXTURE_SITES, dir.name, file)),
    )
    .sort();
}

/** Read a recorded page's bytes. */
export function readRecordedPage(file: string): Buffer {
  return readFileSync(file);
}

/**
 * Build a deterministic plan of hosts, articles and faults.
 * @example buildFaultPlan({ hosts: 40, articlesPerHost: 50 }).length // 40
 */
export function buildFaultPlan(options: FaultPlanOptions): HostPlan[] {
  const random = createRandom(options.seed ?? 20240512);
  const crawlDelayEvery = options.crawlDelayEvery ?? 10;
  const transientShare = options.transientShare ?? 0.12;
  const permanentShare = options.permanentShare ?? 0.08;
  const benignShare = options.benignShare ?? 0.05;
  const maxFailTimes = options.maxFailTimes ?? 4;
  const kinds: DiscoveryKind[] = ['rss', 'atom', 'news-sitemap', 'sitemap-index'];
  const hosts: HostPlan[] = [];
  let serial = 0;
  for (let index = 0; index < options.hosts; index++) {
    const slow = crawlDelayEvery > 0 && index % crawlDelayEvery === crawlDelayEvery - 1;
    const count = slow ? Math.max(1, Math.floor(options.articlesPerHost / 2)) : options.articlesPerHost;
    const articles: ArticlePlan[] = [];
    for (let i = 0; i < count; i++) {
      serial++;
      // Spread the forced kinds over the hosts (article i of host h gets kind i * hosts + h).
      const forced = options.coverAllFaults ? ALL_FAULTS[i * options.hosts + index] : undefined;
      articles.push(planArticle(random, serial, { transientShare, permanentShare, benignShare, maxFailTimes }, forced));
    }
    hosts.push({
      id: `soak-host-${String(index + 1).padStart(2, '0')}`,
      name: `Kabar Soak ${index + 1}`,
      index,
      discovery: kinds[index % kinds.length]!,
      crawlDelaySeconds: slow ? 2 : null,
      disallowPrefix: '/internal/',
      robotsFailTimes: index % 7 === 3 ? 1 : 0,
      feedFailTimes: index % 5 === 2 ? 1 : 0,
      sloppyXml: index % 4 === 0 && index % 8 === 0,
      // Host 2 lists more than one pass takes: the rest must come in the second pass, not be lost.
      maxArticlesPerRun: index === 1 ? Math.ceil(count * 0.6) + 2 : count + 50,
      articles,
    });
  }
  if (options.includeRecorded ?? true) {
    listRecordedPages().forEach((file, i) => {
      const host = hosts[i % hosts.length]!;
      serial++;
      host.articles.push({
        path: `/arsip/${basename(file, '.html')}`,
        serial,
        fault: 'none',
        failTimes: 0,
        recordedFile: file,
        expect: 'either',
      });
    });
  }
  return hosts;
}

function planArticle(
  random: Random,
  serial: number,
  shares: { transientShare: number; permanentShare: number; benignShare: number; maxFailTimes: number },
  forced?: ArticleFault,
): ArticlePlan {
  let roll = random();
  if (forced) {
    const kind = (list: readonly string[]) => list.indexOf(forced) / list.length;
    if ((TRANSIENT_FAULTS as readonly string[]).includes(forced)) roll = shares.transientShare * kind(TRANSIENT_FAULTS);
    else if ((PERMANENT_FAULTS as readonly string[]).includes(forced)) roll = shares.transientShare + shares.permanentShare * kind(PERMANENT_FAULTS);
    else roll = shares.transientShare + shares.permanentShare + shares.benignShare * kind(BENIGN_FAULTS);
  }
  const slug = `kabar-daerah-${serial}`;
  const day = String(1 + (serial % 28)).padStart(2, '0');
  const base = { serial, failTimes: 0 };
  const choose = <T extends ArticleFault>(list: readonly T[]): T => (forced as T | undefined) ?? pickOne(random, list);
  if (roll < shares.transientShare) {
    const fault = choose(TRANSIENT_FAULTS);
    // A timeout is not retried inside one fetch, so one failure already needs a redelivery; keep it to one.
    const failTimes = fault === 'timeout' ? 1 : 1 + Math.floor(random() * shares.maxFailTimes);
    return { ...base, path: `/berita/2024/05/${day}/${slug}`, fault, failTimes, expect: 'stored' };
  }
  if (roll < shares.transientShare + shares.permanentShare) {
    const fault = choose(PERMANENT_FAULTS);
    const path = fault === 'robots-disallowed' ? `/internal/draf/${slug}` : `/berita/2024/05/${day}/${slug}`;
    return { ...base, path, fault, failTimes: Number.MAX_SAFE_INTEGER, expect: 'recorded' };
  }
  if (roll < shares.transientShare + shares.permanentShare + shares.benignShare) {
    const fault = choose(BENIGN_FAULTS);
    return { ...base, path: `/berita/2024/05/${day}/${slug}`, fault, expect: 'stored' };
  }
  return { ...base, path: `/berita/2024/05/${day}/${slug}`, fault: 'none', expect: 'stored' };
}
