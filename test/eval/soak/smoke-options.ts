/** The small soak configuration `npm test` runs (soak-smoke.test.ts): a few hosts, every fault kind, 200 ms per host. */
import type { SoakOptions } from './soak-run.js';

/** Options of the smoke soak; about 20 s here. */
export function smokeSoakOptions(overrides: Partial<SoakOptions> = {}): SoakOptions {
  return {
    hosts: 6,
    articlesPerHost: 8,
    seed: 7,
    minIntervalMs: 200,
    // The breaker's cool-down scaled with the 3 s visibility timeout, as the bench scales it (lib/: 60 s vs 550 s).
    fetcher: { timeoutMs: 2_000, idleTimeoutMs: 1_500, retries: 2, retryBaseDelayMs: 50, maxRetryDelayMs: 2_000, circuitBreaker: { failureThreshold: 5, coolDownMs: 1_000 } },
    queue: { visibilityTimeoutMs: 4_000, maxReceiveCount: 3 },
    deferral: { baseDelayMs: 500, maxDelayMs: 1_000, maxDeferrals: 3 },
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
    hardCapMs: 75_000,
    // npm test runs this beside other test files on 2 cores, where the hosts' own thread can stamp an arrival late: a
    // gap down to 80% of the interval passes here (a broken pacer gives gaps near 0). The bench checks at tolerance 0.
    politenessToleranceMs: 40,
    crawlDelayEvery: 0,
    coverAllFaults: true,
    includeRecorded: false,
    ...overrides,
  };
}
