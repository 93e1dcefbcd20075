/**
 * Politeness as the hosts saw it: for each host, the gaps between consecutive request arrivals (server-side,
 * high-resolution clock) against the host's minimum interval (the fetcher's, or robots.txt Crawl-delay), and the
 * requests that reached paths robots.txt disallows.
 */
import type { HostPlan } from '../../helpers/faults/fault-plan.js';
import type { HostLog } from '../../helpers/faults/news-hosts.js';

export interface PolitenessReport {
  /** Consecutive request pairs to one host closer than its interval minus the tolerance. */
  politenessViolations: number;
  /** Requests the hosts received on robots-disallowed paths (robots.txt itself excluded). */
  robotsViolations: number;
  /** Smallest gap seen divided by the host's interval (1.0 = exactly on the interval). */
  minGapRatio: number;
  /** Smallest start-to-start gap in the fetcher's own request log divided by the host's interval (the crawler's view). */
  clientMinGapRatio: number;
  /** Smallest gap on the Crawl-delay hosts, in ms (null when there are none or they got < 2 requests). */
  crawlDelayMinGapMs: number | null;
  toleranceMs: number;
  totalRequests: number;
  /** Responses served with a fault, by fault kind. */
  faultResponses: Record<string, number>;
  faultResponseTotal: number;
  /** First few violations, for the findings file. */
  details: string[];
}

/**
 * Judge the host logs; `toleranceMs` (0 in the bench and smoke) would absorb delivery jitter. A host's Crawl-delay
 * applies to gaps after its robots.txt was first served; before that the crawler's own interval applies.
 */
export function judgePoliteness(
  plans: HostPlan[],
  logs: HostLog[],
  minIntervalMs: number,
  toleranceMs: number,
  clientLog: ReadonlyArray<{ host: string; at: number }> = [],
  hostOfPlan: Record<string, string> = {},
): PolitenessReport {
  const report: PolitenessReport = {
    politenessViolations: 0,
    robotsViolations: 0,
    minGapRatio: Number.POSITIVE_INFINITY,
    clientMinGapRatio: Number.POSITIVE_INFINITY,
    crawlDelayMinGapMs: null,
    toleranceMs,
    totalRequests: 0,
    faultResponses: {},
    faultResponseTotal: 0,
    details: [],
  };
  const planById = new Map(plans.map((p) => [p.id, p]));
  for (const log of logs) {
    const plan = planById.get(log.id);
    if (!plan) continue;
    const crawlDelayInterval = Math.max(minIntervalMs, (plan.crawlDelaySeconds ?? 0) * 1000);
    const requests = [...log.requests].sort((a, b) => a.atMs - b.atMs);
    // A Crawl-delay binds from the first robots.txt the host served: before it the crawler cannot know it.
    const robotsServedAt = requests.find((r) => r.path === '/robots.txt' && !r.fault)?.atMs ?? Number.POSITIVE_INFINITY;
    report.totalRequests += requests.length;
    for (const [i, request] of requests.entries()) {
      if (request.fault) {
        report.faultResponses[request.fault] = (report.faultResponses[request.fault] ?? 0) + 1;
        report.faultResponseTotal++;
      }
      if (request.path.startsWith(plan.disallowPrefix)) {
        report.robotsViolations++;
        if (report.details.length < 20) report.details.push(`${plan.id}: robots-disallowed path fetched: ${request.path}`);
      }
      if (i === 0) continue;
      const gap = request.atMs - requests[i - 1]!.atMs;
      const interval = requests[i - 1]!.atMs >= robotsServedAt ? crawlDelayInterval : minIntervalMs;
      report.minGapRatio = Math.min(report.minGapRatio, gap / interval);
      if (plan.crawlDelaySeconds && interval === crawlDelayInterval) report.crawlDelayMinGapMs = Math.min(report.crawlDelayMinGapMs ?? Number.POSITIVE_INFINITY, gap);
      if (gap < interval - toleranceMs) {
        report.politenessViolations++;
        if (report.details.length < 20) {
          report.details.push(`${plan.id}: ${gap.toFixed(1)} ms between ${requests[i - 1]!.path} and ${request.path} (interval ${interval} ms)`);
        }
      }
    }
  }
  const lastByHost = new Map<string, number>();
  const intervalByHost = new Map(plans.map((p) => [hostOfPlan[p.id] ?? '', Math.max(minIntervalMs, (p.crawlDelaySeconds ?? 0) * 1000)]));
  for (const entry of clientLog) {
    const last = lastByHost.get(entry.host);
    const interval = intervalByHost.get(entry.host);
    if (last !== undefined && interval) report.clientMinGapRatio = Math.min(report.clientMinGapRatio, (entry.at - last) / interval);
    lastByHost.set(entry.host, entry.at);
  }
  if (!Number.isFinite(report.minGapRatio)) report.minGapRatio = 0;
  if (!Number.isFinite(report.clientMinGapRatio)) report.clientMinGapRatio = 0;
  return report;
}
