/** `pantau run`: one discover + ingest pass over the configured sources, into the embedded stores or AWS. */
import { loadSources, defaultSources, type SourceConfig } from '../../../lambdas/sources/config.js';
import { PoliteFetcher } from '../../../lambdas/fetch/polite-fetcher.js';
import { runPass, sourceFailed } from '../../../lambdas/pipeline/run-pass.js';
import type { RunRecord } from '../../../lambdas/store/article-store.js';
import { parseCommandArgs, parsePositiveInt, UsageError, type CommandSpec } from '../args.js';
import { openStore, type StoreContext } from '../store-context.js';
import { formatRunSummary, progressPrinter } from '../report.js';

export const runSpec: CommandSpec = {
  name: 'run',
  summary: 'Discover new articles on the configured sources, fetch them politely, extract and store them.',
  usage: 'pantau run [--sources FILE] [--data DIR] [--concurrency N] [--only ID,ID] [--allow-private-hosts] [--verbose]',
  options: {
    sources: { type: 'string' },
    data: { type: 'string' },
    concurrency: { type: 'string' },
    only: { type: 'string' },
    'allow-private-hosts': { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
  },
  help: [
    '  --sources FILE        sources JSON file (default: the bundled lambdas/sources/data/sources.json)',
    '  --data DIR            data folder of the embedded stores (default .pantau, or $PANTAU_DATA);',
    '                        with PANTAU_TABLE_NAME + PANTAU_BUCKET_NAME + AWS_REGION set, writes to AWS instead',
    '  --concurrency N       sources processed at once (default 4); each host still gets >= 1 s between requests',
    '  --only ID,ID          run only these source ids',
    '  --allow-private-hosts allow fetching loopback/private addresses (tests, the offline demo)',
    '  -v, --verbose         one line per stored article',
  ],
};

/** Build the fetcher for a set of sources: each source's minIntervalMs applies to the hosts it names. */
export function fetcherForSources(sources: SourceConfig[], allowPrivateHosts: boolean): PoliteFetcher {
  const perHostIntervalMs: Record<string, number> = {};
  for (const source of sources) {
    if (source.minIntervalMs === undefined) continue;
    const urls = [...source.feeds, ...source.sitemaps, ...source.listings.map((l) => l.url), ...(source.homepage ? [source.homepage] : [])];
    for (const url of urls) {
      const u = new URL(url);
      perHostIntervalMs[u.host] = source.minIntervalMs;
    }
  }
  return new PoliteFetcher({ perHostIntervalMs, allowPrivateHosts, userAgent: process.env.PANTAU_USER_AGENT || undefined });
}

/** Run one pass with progress on `out`; returns the run record. Shared by `run` and `demo`. */
export async function executePass(
  sources: SourceConfig[],
  context: StoreContext,
  options: { concurrency: number; allowPrivateHosts: boolean; verbose: boolean; out: NodeJS.WritableStream },
): Promise<RunRecord> {
  const fetcher = fetcherForSources(sources, options.allowPrivateHosts);
  options.out.write(`Pantau: ${sources.length} source(s) into ${context.description}\n`);
  try {
    return await runPass({ sources, fetcher, store: context.store, concurrency: options.concurrency, onEvent: progressPrinter(options.out, options.verbose) });
  } finally {
    fetcher.close();
  }
}

export async function runCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(runSpec, argv);
  if (!parsed) return 0;
  const v = parsed.values;
  let sources = v.sources ? await loadSources(String(v.sources)) : defaultSources();
  if (v.only) {
    const ids = String(v.only).split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = ids.filter((id) => !sources.some((s) => s.id === id));
    if (unknown.length) throw new UsageError(`--only: unknown source id(s) ${unknown.join(', ')}; see 'pantau sources'`);
    sources = sources.filter((s) => ids.includes(s.id));
  }
  const concurrency = parsePositiveInt(v.concurrency as string | undefined, 'concurrency', 4, 64);
  const context = await openStore(v.data as string | undefined);
  try {
    const run = await executePass(sources, context, {
      concurrency,
      allowPrivateHosts: Boolean(v['allow-private-hosts']),
      verbose: Boolean(v.verbose),
      out: process.stdout,
    });
    process.stdout.write('\n' + formatRunSummary(run));
    const failed = run.sources.filter(sourceFailed);
    if (failed.length) {
      process.stderr.write(`\n${failed.length} source(s) failed: ${failed.map((s) => s.source).join(', ')}\n`);
      return 1;
    }
    return 0;
  } finally {
    await context.close();
  }
}
