/**
 * Smoke version of the soak bench (npm run bench:soak runs the full one): a few hosts with every fault kind, SDK
 * throttling and S3 errors, a worker killed mid-batch, duplicate messages and a second pass. Nothing may be lost or
 * stored twice, and the hosts must never see impolite or robots-disallowed requests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runSoak, type SoakReport } from './soak-run.js';
import { smokeSoakOptions } from './smoke-options.js';

let report: SoakReport;

describe('soak smoke run', () => {
  beforeAll(async () => {
    process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
    // Prepare/Act: one bounded run over every fault kind.
    report = await runSoak(smokeSoakOptions());
  }, 120_000);

  it('should account for every offered article: stored or recorded with a reason, none lost', () => {
    expect(report.articlesOffered).toBeGreaterThanOrEqual(40);
    expect(report.lost, JSON.stringify(report.passes.at(-1)?.counts.lostUrls)).toBe(0);
    expect(report.stored + report.recordedFailures).toBe(report.articlesOffered);
    expect(report.inFlight).toBe(0);
    expect(report.passes.every((p) => p.drained)).toBe(true);
  });

  it('should store no article twice, across duplicate messages, the killed worker and the second pass', () => {
    expect(report.duplicates, JSON.stringify(report.passes.map((p) => p.counts.duplicateDetails))).toBe(0);
    expect(report.passes.at(-1)!.counts.unexpectedArticles).toBe(0);
    expect(report.passes[0]!.workers.killedWorker?.died).toBe(true);
  });

  it('should keep every host polite and never fetch a robots-disallowed path', () => {
    expect(report.politenessViolations, JSON.stringify(report.politeness.details)).toBe(0);
    expect(report.robotsViolations).toBe(0);
    expect(report.politeness.clientMinGapRatio).toBeGreaterThanOrEqual(0.99);
  });

  it('should have injected faults of every kind and recovered the transient ones', () => {
    expect(report.faultShareOfResponses).toBeGreaterThanOrEqual(0.1);
    expect(Object.keys(report.politeness.faultResponses).length).toBeGreaterThanOrEqual(18);
    expect(report.sdkFaults.dynamoThrottles).toBeGreaterThan(0);
    const final = report.passes.at(-1)!.counts;
    expect(final.transientRecovered.stored).toBe(final.transientRecovered.total);
    expect(final.unexpectedStored).toEqual({});
  });
});
