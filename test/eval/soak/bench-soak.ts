/**
 * `npm run bench:soak`: the soak bench (project issue 5). 42 simulated news hosts on loopback serving about 2,000
 * articles with faults in well over 10% of responses, DynamoDB throttling and S3 errors through the SDK, a local SQS
 * stand-in with DLQ, ingest workers (one killed mid-batch, some URLs enqueued twice), two passes. Prints progress on
 * stderr, a summary, and ends with ONE JSON line on stdout. Exit code 1 when an invariant breaks (lost, duplicates,
 * politeness or robots violations). Bounded: each pass stops pulling after PANTAU_SOAK_PASS_BUDGET_MS (default 150 s).
 *
 * Options (environment): PANTAU_SOAK_HOSTS (42), PANTAU_SOAK_ARTICLES (50 per host), PANTAU_SOAK_SEED,
 * PANTAU_SOAK_INTERVAL_MS (1000, the fetcher's default).
 */
import { runSoak, type SoakReport } from './soak-run.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// The pipeline logs every skipped article at warn; thousands of injected faults would drown the summary.
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';

const readNumber = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const interval = readNumber('PANTAU_SOAK_INTERVAL_MS', 1_000);
const report: SoakReport = await runSoak({
  hosts: readNumber('PANTAU_SOAK_HOSTS', 42),
  articlesPerHost: readNumber('PANTAU_SOAK_ARTICLES', 50),
  seed: readNumber('PANTAU_SOAK_SEED', 20240512),
  minIntervalMs: interval,
  fetcher: { timeoutMs: 5_000, idleTimeoutMs: 3_000, retries: 2, retryBaseDelayMs: 1_000, maxRetryDelayMs: 30_000 },
  queue: { visibilityTimeoutMs: 20_000, maxReceiveCount: 3 },
  workers: 32,
  batchSize: 4,
  discoveryConcurrency: 42,
  dynamoFaultRate: 0.1,
  s3FaultRate: 0.1,
  duplicateShare: 0.03,
  refetchShare: 0.1,
  killWorker: true,
  killOnBatch: 2,
  killAfterDynamoCalls: 30,
  failOneEnqueue: true,
  passBudgetMs: readNumber('PANTAU_SOAK_PASS_BUDGET_MS', 150_000),
  politenessToleranceMs: Math.max(5, Math.round(interval * 0.05)),
  crawlDelayEvery: 10,
  onProgress: (line) => process.stderr.write(`${line}\n`),
});

const line = (label: string, value: unknown): void => {
  process.stdout.write(`${label.padEnd(28)} ${typeof value === 'string' ? value : JSON.stringify(value)}\n`);
};
process.stdout.write('\nSoak bench\n');
line('hosts', report.hosts);
line('articles offered', report.articlesOffered);
line('stored', report.stored);
line('recorded failures', report.recordedFailures);
line('lost', report.lost);
line('duplicates', report.duplicates);
line('politeness violations', `${report.politenessViolations} (host-side min gap ${report.politeness.minGapRatio.toFixed(3)} x interval, crawler-side ${report.politeness.clientMinGapRatio.toFixed(3)}, tolerance ${report.politeness.toleranceMs} ms)`);
line('event loop delay ms', `max ${report.eventLoopDelayMaxMs}, p99 ${report.eventLoopDelayP99Ms}`);
line('crawl-delay min gap ms', report.politeness.crawlDelayMinGapMs?.toFixed(1) ?? 'n/a');
line('robots violations', report.robotsViolations);
line('faults injected', `${report.faultsInjected} (${report.politeness.faultResponseTotal} of ${report.politeness.totalRequests} responses = ${(report.faultShareOfResponses * 100).toFixed(1)}%; SDK ${JSON.stringify(report.sdkFaults)})`);
line('fault responses by kind', report.politeness.faultResponses);
for (const [i, pass] of report.passes.entries()) {
  const c = pass.counts;
  line(`pass ${i + 1}`, `${(pass.durationMs / 1000).toFixed(1)} s, discovered ${pass.discovered}, enqueued ${pass.enqueued}, discovery errors ${pass.discoveryErrors}, crashes ${pass.discoveryCrashes.length}`);
  line('  queue', pass.queue);
  line('  workers', pass.workers);
  line('  outcomes', pass.outcomes);
  line('  stored/recorded/lost/dup', `${c.stored} / ${c.recordedFailures} / ${c.lost} / ${c.duplicates}`);
  line('  failure reasons', c.failureReasons);
  line('  unexpected failures', c.unexpectedFailures);
  line('  unexpected stored', c.unexpectedStored);
  line('  transient recovered', `${c.transientRecovered.stored} of ${c.transientRecovered.total}`);
  line('  charset mangled', c.charsetMangled);
  line('  stale skips / leftovers', `skips of stored articles ${c.staleSkips}, leftover version items ${c.leftoverVersionItems}, unexpected article ids ${c.unexpectedArticles}`);
  line('  DLQ', `${c.dlqMessages} messages, ${c.dlqButStored} of stored articles, ${c.dlqWithoutReason} without a reason`);
  if (pass.discoveryCrashes.length) line('  discovery crashes', pass.discoveryCrashes.slice(0, 5));
  if (c.lostUrls.length) line('  lost (first)', c.lostUrls.slice(0, 10));
  if (c.duplicateDetails.length) line('  duplicates (first)', c.duplicateDetails.slice(0, 10));
}
if (report.politeness.details.length) line('violations (first)', report.politeness.details.slice(0, 10));
line('peak RSS MB', report.peakRssMb);
line('articles per minute', report.articlesPerMinute);
line('duration s', (report.durationMs / 1000).toFixed(1));

const summary = {
  articlesOffered: report.articlesOffered,
  stored: report.stored,
  recordedFailures: report.recordedFailures,
  lost: report.lost,
  duplicates: report.duplicates,
  politenessViolations: report.politenessViolations,
  robotsViolations: report.robotsViolations,
  faultsInjected: report.faultsInjected,
  peakRssMb: report.peakRssMb,
  articlesPerMinute: report.articlesPerMinute,
  hosts: report.hosts,
  faultShareOfResponses: report.faultShareOfResponses,
  eventLoopDelayMaxMs: report.eventLoopDelayMaxMs,
  discoveryCrashes: report.passes.reduce((n, p) => n + p.discoveryCrashes.length, 0),
  durationMs: report.durationMs,
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
const broken = report.lost > 0 || report.duplicates > 0 || report.politenessViolations > 0 || report.robotsViolations > 0;
process.exitCode = broken ? 1 : 0;
