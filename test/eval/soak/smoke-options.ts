/** The small soak configuration `npm test` runs (soak-smoke.test.ts): a few hosts, every fault kind, 50 ms per host. */
import type { SoakOptions } from './soak-run.js';

/** Options of the smoke soak; about 15 s on a laptop. */
export function smokeSoakOptions(overrides: Partial<SoakOptions> = {}): SoakOptions {
  return {
    hosts: 6,
    articlesPerHost: 8,
    seed: 7,
    minIntervalMs: 100,
    fetcher: { timeoutMs: 800, idleTimeoutMs: 600, retries: 2, retryBaseDelayMs: 50, maxRetryDelayMs: 2_000 },
    queue: { visibilityTimeoutMs: 3_000, maxReceiveCount: 3 },
    workers: 4,
    batchSize: 4,
    discoveryConcurrency: 6,
    dynamoFaultRate: 0.05,
    s3FaultRate: 0.05,
    duplicateShare: 0.15,
    refetchShare: 0.3,
    killWorker: true,
    killOnBatch: 0,
    killAfterDynamoCalls: 12,
    failOneEnqueue: true,
    passBudgetMs: 25_000,
    // Loose on purpose: the strict receiver-side check is the bench's (see /tmp/soak-findings.md, dispatch-stamped intervals);
    // this one still catches two requests to one host at once or an ignored interval.
    politenessToleranceMs: 75,
    crawlDelayEvery: 0,
    coverAllFaults: true,
    includeRecorded: false,
    ...overrides,
  };
}
