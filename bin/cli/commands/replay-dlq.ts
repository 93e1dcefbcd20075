/**
 * `pantau replay-dlq`: give failed articles another chance. In AWS (a DLQ URL and a queue URL, from flags or
 * PANTAU_DLQ_URL / PANTAU_QUEUE_URL) it moves messages from the dead-letter queue back to the ingest queue; locally
 * (the embedded stores have no queue) it re-ingests the recorded failures whose reason may pass with time.
 */
import { SQSClient } from '@aws-sdk/client-sqs';
import { replayDeadLetters, type QueueClient, type ReplayReport } from '../../../lambdas/queue/replay-dead-letters.js';
import { replayRecordedFailures, type ReplayFailuresReport } from '../../../lambdas/queue/replay-recorded-failures.js';
import { defaultSources, loadSources } from '../../../lambdas/sources/config.js';
import { ENV } from '../../../lambdas/shared/env.js';
import { parseCommandArgs, parsePositiveInt, UsageError, type CommandSpec } from '../args.js';
import { openStore } from '../store-context.js';
import { fetcherForSources } from './run.js';

/** Environment variable of the dead-letter queue URL (the queue URL uses ENV.queueUrl, PANTAU_QUEUE_URL). */
export const DLQ_URL_ENV = 'PANTAU_DLQ_URL';

export const replayDlqSpec: CommandSpec = {
  name: 'replay-dlq',
  summary: 'Retry failed articles: move dead-letter messages back to the ingest queue (AWS), or re-ingest recorded retryable failures (local).',
  usage: 'pantau replay-dlq [--dlq-url URL --queue-url URL] [--dry-run] [--max N] [--data DIR] [--sources FILE] [--allow-private-hosts] [--json]',
  options: {
    'dlq-url': { type: 'string' },
    'queue-url': { type: 'string' },
    'dry-run': { type: 'boolean' },
    max: { type: 'string' },
    data: { type: 'string' },
    sources: { type: 'string' },
    'allow-private-hosts': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  help: [
    `  --dlq-url URL         dead-letter queue (default $${DLQ_URL_ENV}); with --queue-url: AWS mode`,
    `  --queue-url URL       ingest queue to move messages to (default $${ENV.queueUrl})`,
    '  --dry-run             list what would be retried; nothing is sent, deleted or fetched',
    '  --max N               most messages / recorded failures to take (default 100)',
    '  --data DIR            local mode: data folder of the embedded stores (default .pantau, or $PANTAU_DATA)',
    '  --sources FILE        local mode: sources JSON file, for time zones and per-host intervals (default: bundled)',
    '  --allow-private-hosts local mode: allow loopback/private addresses (local test sites)',
    '  --json                print the report as JSON',
  ],
};

/** Which mode the flags and environment ask for; throws UsageError when only one of the two queue URLs is known. */
export function resolveReplayMode(values: Record<string, string | boolean | undefined>, env: NodeJS.ProcessEnv = process.env): { mode: 'aws'; dlqUrl: string; queueUrl: string } | { mode: 'local' } {
  const dlqUrl = (values['dlq-url'] as string | undefined) || env[DLQ_URL_ENV] || undefined;
  const queueUrl = (values['queue-url'] as string | undefined) || env[ENV.queueUrl] || undefined;
  if (dlqUrl && queueUrl) return { mode: 'aws', dlqUrl, queueUrl };
  if (dlqUrl || queueUrl) {
    throw new UsageError(`AWS mode needs both queues: ${dlqUrl ? `--queue-url (or $${ENV.queueUrl})` : `--dlq-url (or $${DLQ_URL_ENV})`} is missing`);
  }
  return { mode: 'local' };
}

/** Human summary of an AWS replay. */
export function formatQueueReplay(report: ReplayReport): string {
  const lines = report.messages.map((m) => `${m.outcome.padEnd(13)} ${m.url ?? '(not an ingest message)'}${m.detail ? `  ${m.detail}` : ''}`);
  const head = report.dryRun
    ? `${report.messages.filter((m) => m.outcome === 'would-move').length} message(s) would move (dry run, nothing changed)`
    : `${report.moved} message(s) moved back to the ingest queue`;
  const tail = [
    report.sendFailed && `${report.sendFailed} not accepted by the ingest queue (still in the DLQ)`,
    report.deleteFailed && `${report.deleteFailed} sent but not deleted from the DLQ (will be replayed again; ingest is idempotent)`,
    report.malformed && `${report.malformed} not ingest messages (left in the DLQ)`,
  ].filter(Boolean);
  return `${lines.join('\n')}${lines.length ? '\n\n' : ''}${[head, ...tail].join('\n')}\n`;
}

/** Human summary of a local replay. */
export function formatLocalReplay(report: ReplayFailuresReport): string {
  const lines = report.items.filter((i) => i.outcome !== 'permanent').map((i) => `${i.outcome.padEnd(13)} ${i.url}  ${i.reason}${i.outcome === 'still-failing' ? `: ${i.message}` : ''}`);
  const head = report.dryRun
    ? `${report.items.filter((i) => i.outcome === 'would-retry').length} recorded failure(s) would be retried (dry run)`
    : `${report.recovered} of ${report.retried} retried article(s) stored; ${report.stillFailing} still failing`;
  return `${lines.join('\n')}${lines.length ? '\n\n' : ''}${head}; ${report.permanent} permanent failure(s) left alone.\n`;
}

/** Run `pantau replay-dlq`; `deps.sqs` replaces the SQS client (tests). Exit 1 when something could not be retried. */
export async function replayDlqCommand(argv: string[], deps: { sqs?: QueueClient } = {}): Promise<number> {
  const parsed = parseCommandArgs(replayDlqSpec, argv);
  if (!parsed) return 0;
  const v = parsed.values;
  const max = parsePositiveInt(v.max as string | undefined, 'max', 100, 100_000);
  const dryRun = Boolean(v['dry-run']);
  const mode = resolveReplayMode(v);
  if (mode.mode === 'aws') {
    const sqs = deps.sqs ?? new SQSClient({});
    try {
      const report = await replayDeadLetters(sqs, { dlqUrl: mode.dlqUrl, queueUrl: mode.queueUrl, max, dryRun });
      process.stdout.write(v.json ? JSON.stringify(report, null, 2) + '\n' : formatQueueReplay(report));
      return report.sendFailed || report.deleteFailed ? 1 : 0;
    } finally {
      if (!deps.sqs) (sqs as SQSClient).destroy();
    }
  }
  const sources = v.sources ? await loadSources(String(v.sources)) : defaultSources();
  const context = await openStore(v.data as string | undefined);
  const fetcher = fetcherForSources(sources, Boolean(v['allow-private-hosts']));
  try {
    const timezones = Object.fromEntries(sources.map((s) => [s.id, s.timezone]));
    const report = await replayRecordedFailures({ store: context.store, fetcher, timezones, max, dryRun });
    process.stdout.write(v.json ? JSON.stringify(report, null, 2) + '\n' : formatLocalReplay(report));
    return report.stillFailing ? 1 : 0;
  } finally {
    fetcher.close();
    await context.close();
  }
}
