/**
 * One soak run, all local and bounded in time: simulated news hosts with injected faults (their own thread), the
 * embedded stores with SDK-level throttling and S3 errors, the real discoverAndEnqueue feeding a local SQS stand-in,
 * ingest workers running the Lambda's per-record logic (one of them killed mid-batch, some URLs enqueued twice),
 * then a second pass; and the count of what was stored, recorded, lost or duplicated, judged from the stores and from
 * what the hosts saw.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startEmbeddedStores } from '../../../lambdas/local/embedded-stores.js';
import { ArticleStore } from '../../../lambdas/store/article-store.js';
import { PoliteFetcher } from '../../../lambdas/fetch/polite-fetcher.js';
import { decodeBody } from '../../../lambdas/fetch/charset.js';
import { discoverAndEnqueue, type SourceDiscoveryReport } from '../../../lambdas/pipeline/discover-and-enqueue.js';
import { buildArticleRecord } from '../../../lambdas/pipeline/build-record.js';
import type { IngestRequest } from '../../../lambdas/pipeline/ingest-article.js';
import type { IngestMessage } from '../../../lambdas/queue/article-queue.js';
import type { SourceConfig } from '../../../lambdas/sources/config.js';
import { mapWithConcurrency } from '../../../lambdas/shared/concurrency.js';
import { buildFaultPlan, readRecordedPage, type HostPlan } from '../../helpers/faults/fault-plan.js';
import { startNewsHosts, expectedTitleOf, type NewsHosts, type RunningHost } from '../../helpers/faults/news-hosts.js';
import { startNewsHostsInThread } from '../../helpers/faults/hosts-thread.js';
import { addKillSwitch, injectStoreFaults } from '../../helpers/faults/sdk-faults.js';
import { createRandom } from '../../helpers/faults/seeded-random.js';
import { LocalQueue, type QueueStats } from './local-queue.js';
import { runIngestWorkers, type WorkerPoolStats } from './ingest-workers.js';
import { countSoakOutcome, type OfferedArticle, type SoakCounts } from './soak-count.js';
import { judgePoliteness, type PolitenessReport } from './soak-politeness.js';

export interface SoakOptions {
  hosts: number;
  articlesPerHost: number;
  seed?: number;
  /** The fetcher's per-host interval (the product default is 1000). */
  minIntervalMs: number;
  fetcher: {
    timeoutMs: number;
    idleTimeoutMs: number;
    retries: number;
    retryBaseDelayMs: number;
    maxRetryDelayMs: number;
    /** The per-host circuit breaker's settings (the product default when absent: 5 failures, 60 s cool-down). */
    circuitBreaker?: { failureThreshold?: number; coolDownMs?: number };
  };
  queue: { visibilityTimeoutMs: number; maxReceiveCount: number };
  /**
   * Put off articles of hosts with an open circuit as the ingest Lambda does (delays scaled to the soak's cool-down);
   * absent: every fail-fast uses a receive, as before.
   */
  deferral?: { baseDelayMs: number; maxDelayMs: number; maxDeferrals: number };
  workers: number;
  batchSize: number;
  /** Sources discovered at once. */
  discoveryConcurrency: number;
  /** Share of SDK attempts that fail (DynamoDB throttling; S3 InternalError/SlowDown). */
  dynamoFaultRate: number;
  s3FaultRate: number;
  /** Share of enqueued URLs sent a second time (two workers take the same URL). */
  duplicateShare: number;
  /** Share of stored articles sent again in the second pass (a re-fetch of unchanged pages). */
  refetchShare: number;
  killWorker: boolean;
  /** The first enqueue of one source fails (SQS refuses), so discovery must release its URLs. */
  failOneEnqueue: boolean;
  /**
   * Hard cap on the whole run (ms from its start): each pass drains the queue (every message deleted or in the DLQ)
   * before it is counted; only at this cap do the workers stop pulling, and what is left is reported as in flight and
   * counted as lost.
   */
  hardCapMs: number;
  /** Passes at most: two, plus catch-up discovery passes while a pass left links for the next run. @default 4 */
  maxPasses?: number;
  politenessToleranceMs: number;
  /** Run the hosts in a worker thread (timestamps unaffected by the crawler's event loop). @default true */
  hostsInThread?: boolean;
  includeRecorded?: boolean;
  /** Every n-th host asks for Crawl-delay: 2 (0: none). @default 10 */
  crawlDelayEvery?: number;
  /** One article of each fault kind at least. @default false */
  coverAllFaults?: boolean;
  /** Batch of worker 0 in which it dies, and after how many DynamoDB calls of it. @default 2, 30 */
  killOnBatch?: number;
  killAfterDynamoCalls?: number;
  onProgress?: (line: string) => void;
}

export interface PassReport {
  durationMs: number;
  discovered: number;
  enqueued: number;
  discoveryErrors: number;
  /** Sources whose discovery left links unclaimed for the next run (store failure, refused enqueue). */
  leftForNextRun: number;
  discoveryCrashes: string[];
  queue: QueueStats;
  /** Messages still in the queue when the pass ended (0 unless it hit the hard cap). */
  inFlight: number;
  /** The queue was empty when the pass was counted. */
  drained: boolean;
  workers: WorkerPoolStats;
  outcomes: { created: number; updated: number; unchanged: number; failed: number; deferred: number };
  counts: SoakCounts;
}

export interface SoakReport {
  hosts: number;
  articlesOffered: number;
  stored: number;
  recordedFailures: number;
  lost: number;
  /** Messages still in the queue at the end (only when the hard cap cut the run; their unfinished articles are in `lost`). */
  inFlight: number;
  duplicates: number;
  politenessViolations: number;
  robotsViolations: number;
  faultsInjected: number;
  peakRssMb: number;
  articlesPerMinute: number;
  durationMs: number;
  faultShareOfResponses: number;
  eventLoopDelayMaxMs: number;
  eventLoopDelayP99Ms: number;
  sdkFaults: { dynamoThrottles: number; s3InternalErrors: number; s3SlowDowns: number; dynamoCalls: number; s3Calls: number };
  politeness: PolitenessReport;
  passes: PassReport[];
}

function sourceFor(plan: HostPlan, host: RunningHost): SourceConfig {
  const base = host.baseUrl;
  const feeds = plan.discovery === 'rss' ? [`${base}/rss.xml`] : plan.discovery === 'atom' ? [`${base}/feed.atom`] : [];
  const sitemaps = plan.discovery === 'news-sitemap' ? [`${base}/sitemap-news.xml`] : plan.discovery === 'sitemap-index' ? [`${base}/sitemap.xml`] : [];
  return {
    id: plan.id,
    name: plan.name,
    timezone: 'Asia/Makassar',
    feeds,
    sitemaps,
    listings: [],
    language: 'id',
    verified: true,
    homepage: `${base}/`,
    maxArticlesPerRun: plan.maxArticlesPerRun,
  };
}

/** The offered articles with the canonical URL each page declares (recorded pages point at their real site). */
function listOffered(plans: HostPlan[], hosts: RunningHost[]): OfferedArticle[] {
  return plans.flatMap((plan, i) =>
    plan.articles.map((article) => {
      const url = hosts[i]!.baseUrl + article.path;
      let canonicalUrl = url;
      if (article.recordedFile) {
        try {
          const html = decodeBody(readRecordedPage(article.recordedFile), 'text/html').text;
          canonicalUrl = buildArticleRecord({ html, url, source: plan.id, timezone: 'Asia/Makassar' }).canonicalUrl ?? url;
        } catch {
          canonicalUrl = url;
        }
      }
      return { url, canonicalUrl, source: plan.id, plan: article, expectedTitle: expectedTitleOf(article) };
    }),
  );
}

/** Run the soak: two passes, each drained before it is counted. Never longer than hardCapMs plus the last batches and counting. */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = Date.now();
  const say = options.onProgress ?? (() => {});
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 200);
  sampler.unref();
  // How long the crawler's event loop was blocked at worst: a request stamped as started waits that long to leave.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();

  const plans = buildFaultPlan({
    hosts: options.hosts,
    articlesPerHost: options.articlesPerHost,
    seed: options.seed,
    includeRecorded: options.includeRecorded,
    crawlDelayEvery: options.crawlDelayEvery,
    coverAllFaults: options.coverAllFaults,
  });
  const newsHosts: NewsHosts = options.hostsInThread === false ? await startNewsHosts(plans) : await startNewsHostsInThread(plans);
  const stores = await startEmbeddedStores({ dataDir: null });
  const store = new ArticleStore(stores.config);
  const random = createRandom((options.seed ?? 1) + 17);
  const sdkFaults = injectStoreFaults(store, { dynamoRate: options.dynamoFaultRate, s3Rate: options.s3FaultRate, random });
  const killedStore = new ArticleStore(stores.config);
  const killSwitch = addKillSwitch(killedStore);
  const fetcher = new PoliteFetcher({ allowPrivateHosts: true, minIntervalMs: options.minIntervalMs, ...options.fetcher });
  try {
    const sources = plans.map((plan, i) => sourceFor(plan, newsHosts.hosts[i]!));
    const offered = listOffered(plans, newsHosts.hosts);
    say(`${plans.length} hosts, ${offered.length} articles offered; stores and hosts up after ${Date.now() - started} ms`);
    const passes: PassReport[] = [];
    let enqueueFailureLeft = options.failOneEnqueue ? 1 : 0;
    // One queue (and DLQ) for the whole run, as SQS: what a pass left in flight is still there for the next one.
    const queue = new LocalQueue<IngestMessage>({ ...options.queue, random });

    const runPass = async (passNo: number, extra: IngestRequest[]): Promise<PassReport> => {
      const passStart = Date.now();
      const statsBefore = { ...queue.stats };
      const outcomes = { created: 0, updated: 0, unchanged: 0, failed: 0, deferred: 0 };
      let sendingDone = false;
      const enqueue = async (requests: IngestRequest[]): Promise<void> => {
        if (enqueueFailureLeft > 0 && requests[0]?.source === plans[2 % plans.length]!.id) {
          enqueueFailureLeft--;
          throw new Error('SQS refused the batch (injected by the soak bench)');
        }
        queue.send(requests);
        const twice = requests.filter(() => random() < options.duplicateShare);
        if (twice.length) queue.send(twice);
      };
      if (extra.length) queue.send(extra);
      const deadlineAt = started + options.hardCapMs;
      const workers = runIngestWorkers({
        queue,
        fetcher,
        store,
        workers: options.workers,
        batchSize: options.batchSize,
        deadlineAt,
        visibilityTimeoutMs: options.queue.visibilityTimeoutMs,
        isSendingDone: () => sendingDone,
        killed: options.killWorker && passNo === 1 ? { store: killedStore, killSwitch, onBatch: options.killOnBatch ?? 2, afterDynamoCalls: options.killAfterDynamoCalls ?? 30 } : undefined,
        deferral: options.deferral,
        onResult: (result) => {
          if ('outcome' in result) outcomes[result.outcome.status]++;
          else if ('deferred' in result) outcomes.deferred++;
          else outcomes.failed++;
        },
      });
      const progress = setInterval(() => {
        say(`  pass ${passNo} +${((Date.now() - passStart) / 1000).toFixed(0)} s: queue ${queue.size}, created ${outcomes.created}, unchanged ${outcomes.unchanged}, failed tries ${outcomes.failed}, put off ${outcomes.deferred}, DLQ ${queue.dlq.length}, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
      }, 10_000);
      progress.unref();
      const crashes: string[] = [];
      const reports = await mapWithConcurrency(sources, options.discoveryConcurrency, (source) =>
        // One source per call so a crash of one (a store error escaping discovery) is seen and the others go on.
        discoverAndEnqueue([source], { fetcher, store, enqueue }).catch((error: unknown): SourceDiscoveryReport[] => {
          crashes.push(`${source.id}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
          return [];
        }),
      );
      sendingDone = true;
      const workerStats = await workers;
      clearInterval(progress);
      const flat = reports.flat();
      sdkFaults.enabled = false;
      const left = queue.pendingBodies();
      const counts = await countSoakOutcome(store, offered, queue.dlq.map((m) => m.body.url), left.map((b) => b.url));
      sdkFaults.enabled = true;
      const report: PassReport = {
        durationMs: Date.now() - passStart,
        discovered: flat.reduce((n, r) => n + r.found, 0),
        enqueued: flat.reduce((n, r) => n + r.enqueued, 0),
        discoveryErrors: flat.reduce((n, r) => n + r.errors.length, 0),
        leftForNextRun: flat.filter((r) => r.errors.some((e) => /left for the next run|released for the next run/.test(e))).length,
        discoveryCrashes: crashes,
        queue: Object.fromEntries(Object.entries(queue.stats).map(([k, v]) => [k, v - statsBefore[k as keyof QueueStats]])) as unknown as QueueStats,
        inFlight: left.length,
        drained: left.length === 0,
        workers: workerStats,
        outcomes,
        counts,
      };
      say(`pass ${passNo} done in ${(report.durationMs / 1000).toFixed(1)} s: stored ${counts.stored}, recorded ${counts.recordedFailures}, lost ${counts.lost} (in flight ${left.length}), duplicates ${counts.duplicates}`);
      return report;
    };

    passes.push(await runPass(1, []));
    // The second pass: discovery again (deferred and released URLs come now) plus a re-fetch of some stored pages.
    const refetch = offered
      .filter(() => random() < options.refetchShare)
      .map((a) => ({ url: a.url, source: a.source, timezone: 'Asia/Makassar' }));
    passes.push(await runPass(2, refetch));
    // Links a pass left unclaimed (the seen store failed, or an enqueue was refused) are the next scheduled run's: run
    // discovery again for them (bounded), as the schedule would, instead of counting them lost.
    // A feed read that failed in this pass (an injected 5xx on the feed itself) also leaves links for the next run: they
    // were never claimed, so the schedule's next discovery finds them. Run it while anything is unaccounted for.
    const unfinished = (pass: PassReport) => pass.leftForNextRun > 0 || pass.counts.lost > 0;
    while (passes.length < (options.maxPasses ?? 4) && unfinished(passes.at(-1)!) && Date.now() < started + options.hardCapMs) {
      passes.push(await runPass(passes.length + 1, []));
    }

    const logs = await newsHosts.collectLogs();
    const hostOfPlan = Object.fromEntries(plans.map((p, i) => [p.id, new URL(newsHosts.hosts[i]!.baseUrl).host]));
    const politeness = judgePoliteness(plans, logs, options.minIntervalMs, options.politenessToleranceMs, fetcher.requestLog, hostOfPlan);
    const final = passes[passes.length - 1]!.counts;
    const sdk = sdkFaults.counts;
    const faultsInjected =
      politeness.faultResponseTotal + sdk.dynamoThrottles + sdk.s3InternalErrors + sdk.s3SlowDowns + (options.failOneEnqueue ? 1 : 0) + (killSwitch.frozen ? 1 : 0);
    const first = passes[0]!;
    return {
      hosts: plans.length,
      articlesOffered: final.articlesOffered,
      stored: final.stored,
      recordedFailures: final.recordedFailures,
      lost: final.lost,
      inFlight: passes[passes.length - 1]!.inFlight,
      duplicates: Math.max(...passes.map((p) => p.counts.duplicates)),
      politenessViolations: politeness.politenessViolations,
      robotsViolations: politeness.robotsViolations,
      faultsInjected,
      peakRssMb: Math.round(Math.max(peakRss, process.memoryUsage().rss) / 2 ** 20),
      articlesPerMinute: Math.round((first.counts.stored / (first.durationMs / 60_000)) * 10) / 10,
      durationMs: Date.now() - started,
      faultShareOfResponses: politeness.totalRequests ? Math.round((politeness.faultResponseTotal / politeness.totalRequests) * 1000) / 1000 : 0,
      sdkFaults: { ...sdk },
      eventLoopDelayMaxMs: Math.round(loopDelay.max / 1e6),
      eventLoopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e6),
      politeness,
      passes,
    };
  } finally {
    clearInterval(sampler);
    loopDelay.disable();
    fetcher.close();
    await newsHosts.close();
    store.destroy();
    // The killed store has calls hanging forever by design; destroying it drops their sockets.
    killedStore.destroy();
    await stores.close();
  }
}
