/**
 * Count what a soak run left behind, from the stores themselves (not from the pipeline's own reports): every article
 * the hosts offered is stored, or recorded with a reason (skip item or DLQ message), or lost; and no article is stored
 * twice (two article ids for one canonical URL, or a second version of content that never changed).
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { articleIdFor, type ArticleStore } from '../../../lambdas/store/article-store.js';
import { hashUrl } from '../../../lambdas/store/keys.js';
import type { ArticlePlan } from '../../helpers/faults/fault-plan.js';

/** One article a host offered, with where it should end up. */
export interface OfferedArticle {
  url: string;
  /** The canonical URL the page declares (its article id is the hash of it). */
  canonicalUrl: string;
  source: string;
  plan: ArticlePlan;
  /** The title the page carries (null for recorded pages). */
  expectedTitle: string | null;
}

export interface SoakCounts {
  articlesOffered: number;
  stored: number;
  recordedFailures: number;
  lost: number;
  /** Of the lost: articles whose message was still in the queue when the run hit its hard cap (not finished in time). */
  inFlight: number;
  duplicates: number;
  /** Offered URLs neither stored nor recorded (first few). */
  lostUrls: string[];
  /** Reasons of the recorded failures. */
  failureReasons: Record<string, number>;
  /** Articles that should have been stored (no fault, transient or benign fault) but ended recorded, by fault. */
  unexpectedFailures: Record<string, number>;
  /** Articles with a permanent fault that were stored anyway, by fault. */
  unexpectedStored: Record<string, number>;
  /** Transient-fault articles stored / all transient-fault articles. */
  transientRecovered: { stored: number; total: number };
  /** Stored charset-fault articles whose title did not decode to the original text, by fault. */
  charsetMangled: Record<string, number>;
  /** Stored articles that still carry a skip item from an earlier failed try. */
  staleSkips: number;
  /** DLQ messages; those of articles not stored with no skip item saying why; those of articles stored after all. */
  dlqMessages: number;
  dlqWithoutReason: number;
  dlqButStored: number;
  /** Article items whose id is not the id of any offered canonical URL. */
  unexpectedArticles: number;
  /** Version items that are not the current version (left by crashed or concurrent saves). */
  leftoverVersionItems: number;
  /** Duplicate details (first few). */
  duplicateDetails: string[];
}

interface ScannedItem {
  pk: string;
  sk: string;
  type?: string;
  articleId?: string;
  version?: number;
  url?: string;
  reason?: string;
  record?: { canonicalUrl?: string; title?: string };
}

/** Read every article, version and skip item of the table (all pages). */
async function scanTable(store: ArticleStore): Promise<ScannedItem[]> {
  const items: ScannedItem[] = [];
  let start: Record<string, unknown> | undefined;
  for (let page = 0; page < 10_000; page++) {
    const result = await store.dynamo.send(
      new ScanCommand({
        TableName: store.config.tableName,
        ExclusiveStartKey: start,
        FilterExpression: '#type IN (:a, :v, :s)',
        ProjectionExpression: 'pk, sk, #type, articleId, version, #url, reason, #record.canonicalUrl, #record.title',
        ExpressionAttributeNames: { '#type': 'type', '#url': 'url', '#record': 'record' },
        ExpressionAttributeValues: { ':a': 'article', ':v': 'version', ':s': 'skip' },
      }),
    );
    items.push(...((result.Items ?? []) as ScannedItem[]));
    start = result.LastEvaluatedKey;
    if (!start) break;
  }
  return items;
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/**
 * Count stored / recorded / lost / duplicates for the offered articles. An article not stored whose message is still
 * in the queue (`inFlightUrls`, left by a run stopped at its hard cap) is lost, even with a retryable skip item: it
 * was not finished, and calling it recorded would hide that.
 */
export async function countSoakOutcome(store: ArticleStore, offered: OfferedArticle[], dlqUrls: string[], inFlightUrls: string[] = []): Promise<SoakCounts> {
  const items = await scanTable(store);
  const latest = new Map<string, ScannedItem>();
  const skips = new Map<string, ScannedItem>();
  const versions: ScannedItem[] = [];
  for (const item of items) {
    if (item.type === 'article' && item.sk === 'LATEST' && item.articleId) latest.set(item.articleId, item);
    else if (item.type === 'skip') skips.set(item.pk, item);
    else if (item.type === 'version') versions.push(item);
  }
  const dlq = new Set(dlqUrls);
  const pending = new Set(inFlightUrls);
  const counts: SoakCounts = {
    articlesOffered: offered.length,
    stored: 0,
    recordedFailures: 0,
    lost: 0,
    inFlight: 0,
    duplicates: 0,
    lostUrls: [],
    failureReasons: {},
    unexpectedFailures: {},
    unexpectedStored: {},
    transientRecovered: { stored: 0, total: 0 },
    charsetMangled: {},
    staleSkips: 0,
    dlqMessages: dlqUrls.length,
    dlqWithoutReason: 0,
    dlqButStored: 0,
    unexpectedArticles: 0,
    leftoverVersionItems: 0,
    duplicateDetails: [],
  };
  const offeredIds = new Set<string>();
  for (const article of offered) {
    const id = articleIdFor(article.canonicalUrl);
    offeredIds.add(id);
    const stored = latest.get(id);
    const skip = skips.get(`SKIP#${hashUrl(article.url)}`);
    const transient = article.plan.failTimes > 0 && article.plan.failTimes < Number.MAX_SAFE_INTEGER;
    if (transient) counts.transientRecovered.total++;
    if (stored) {
      counts.stored++;
      if (transient) counts.transientRecovered.stored++;
      if (skip) counts.staleSkips++;
      if (article.plan.expect === 'recorded') bump(counts.unexpectedStored, article.plan.fault);
      if (article.plan.fault.startsWith('charset-') && article.expectedTitle && stored.record?.title !== article.expectedTitle) bump(counts.charsetMangled, article.plan.fault);
      continue;
    }
    if (pending.has(article.url) && !dlq.has(article.url)) {
      counts.lost++;
      counts.inFlight++;
      if (counts.lostUrls.length < 20) counts.lostUrls.push(`${article.url} (fault ${article.plan.fault}, still in flight at the hard cap)`);
      continue;
    }
    if (skip || dlq.has(article.url)) {
      counts.recordedFailures++;
      bump(counts.failureReasons, skip?.reason ?? 'dlq-without-skip');
      if (article.plan.expect === 'stored') bump(counts.unexpectedFailures, `${article.plan.fault}:${skip?.reason ?? 'dlq'}`);
      continue;
    }
    counts.lost++;
    if (counts.lostUrls.length < 20) counts.lostUrls.push(`${article.url} (fault ${article.plan.fault})`);
  }
  const storedUrls = new Set(offered.filter((a) => latest.has(articleIdFor(a.canonicalUrl))).map((a) => a.url));
  for (const url of dlq) {
    if (storedUrls.has(url)) counts.dlqButStored++;
    else if (!skips.has(`SKIP#${hashUrl(url)}`)) counts.dlqWithoutReason++;
  }

  // Duplicates: one canonical URL under two ids, or an unchanged page saved as a second version.
  const idsByCanonical = new Map<string, string[]>();
  for (const item of latest.values()) {
    const canonical = item.record?.canonicalUrl ?? `(no canonical) ${item.articleId}`;
    idsByCanonical.set(canonical, [...(idsByCanonical.get(canonical) ?? []), item.articleId!]);
    if (!offeredIds.has(item.articleId!)) counts.unexpectedArticles++;
    if ((item.version ?? 1) > 1) {
      counts.duplicates++;
      if (counts.duplicateDetails.length < 20) {
        counts.duplicateDetails.push(`${canonical}: version ${item.version} of unchanged content; ${await describeVersionChange(store, item.articleId!, item.version!)}`);
      }
    }
  }
  for (const [canonical, ids] of idsByCanonical) {
    if (ids.length > 1) {
      counts.duplicates += ids.length - 1;
      if (counts.duplicateDetails.length < 20) counts.duplicateDetails.push(`${canonical}: stored under ${ids.length} ids`);
    }
  }
  for (const version of versions) {
    const current = version.articleId ? latest.get(version.articleId) : undefined;
    if (!current || current.version !== version.version) counts.leftoverVersionItems++;
  }
  return counts;
}

/** Which record fields differ between a version and the one before it (to find why an unchanged page got a new version). */
async function describeVersionChange(store: ArticleStore, articleId: string, version: number): Promise<string> {
  const [older, newer] = await Promise.all([store.getArticleVersion(articleId, version - 1), store.getArticleVersion(articleId, version)]);
  if (!older || !newer) return `version ${version - 1} not kept`;
  const before = older as unknown as Record<string, unknown>;
  const after = newer as unknown as Record<string, unknown>;
  const show = (value: unknown) => JSON.stringify(value)?.slice(0, 120);
  const fields = Object.keys(after).filter((key) => key !== 'fetchedAt' && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return `fields that differ: ${fields.map((key) => `${key} (${show(before[key])} -> ${show(after[key])})`).join('; ') || 'none'}`;
}
