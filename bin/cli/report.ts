/** What the CLI prints for people: progress lines during a pass and the per-source summary table after it. */
import type { RunRecord } from '../../lambdas/store/article-store.js';
import type { PassEvent } from '../../lambdas/pipeline/run-pass.js';
import { sourceFailed } from '../../lambdas/pipeline/run-pass.js';

/** A progress printer: one line per source milestone and per failed article (articles stored are counted, not listed, unless verbose). */
export function progressPrinter(out: NodeJS.WritableStream, verbose = false): (event: PassEvent) => void {
  return (event) => {
    switch (event.type) {
      case 'discovered':
        out.write(`  ${event.source.padEnd(16)} discovered ${event.newLinks} new of ${event.found} found${event.errors.length ? `, ${event.errors.length} discovery error(s)` : ''}\n`);
        for (const e of event.errors) out.write(`  ${event.source.padEnd(16)}   ! ${e}\n`);
        break;
      case 'article':
        if (verbose) out.write(`  ${event.source.padEnd(16)}   ${event.outcome.status.padEnd(9)} ${truncate(event.outcome.title, 70)}\n`);
        break;
      case 'article-failed':
        out.write(`  ${event.source.padEnd(16)}   skipped (${event.reason}${event.willRetry ? ', will retry' : ''}) ${event.url}\n`);
        break;
      case 'source-done':
        out.write(`  ${event.summary.source.padEnd(16)} done: ${event.summary.stored} stored, ${event.summary.unchanged} unchanged, ${event.summary.skipped} skipped\n`);
        break;
      default:
        break;
    }
  };
}

/** The per-source summary table of a run, with skip reasons and errors spelled out. */
export function formatRunSummary(run: RunRecord): string {
  const header = ['source', 'discovered', 'fetched', 'stored', 'unchanged', 'skipped', 'skip reasons / errors'];
  const rows = run.sources.map((s) => [
    s.source + (sourceFailed(s) ? ' (FAILED)' : ''),
    String(s.discovered),
    String(s.fetched),
    String(s.stored),
    String(s.unchanged),
    String(s.skipped),
    [
      ...Object.entries(s.skipReasons).map(([reason, n]) => `${reason}: ${n}`),
      ...s.errors.map((e) => `error: ${truncate(e, 90)}`),
    ].join('; ') || '-',
  ]);
  const totals = run.sources.reduce(
    (t, s) => ({ discovered: t.discovered + s.discovered, fetched: t.fetched + s.fetched, stored: t.stored + s.stored, unchanged: t.unchanged + s.unchanged, skipped: t.skipped + s.skipped }),
    { discovered: 0, fetched: 0, stored: 0, unchanged: 0, skipped: 0 },
  );
  rows.push(['TOTAL', String(totals.discovered), String(totals.fetched), String(totals.stored), String(totals.unchanged), String(totals.skipped), '']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.slice(0, -1).map((r) => (i === 6 ? 0 : r[i]!.length)), rows.at(-1)![i]!.length));
  const line = (cells: string[]) => cells.map((c, i) => (i === 6 ? c : i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [`Run ${run.runId} (${run.startedAt} .. ${run.finishedAt})`, line(header), ...rows.map(line)].join('\n') + '\n';
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
