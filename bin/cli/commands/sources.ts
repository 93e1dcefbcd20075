/**
 * `pantau sources`: list the configured sources; `--check` tries each discovery endpoint and reports what works;
 * `--health` judges each source from the recorded runs (feed failing, extraction broken) and says why.
 */
import { loadSources, defaultSources, type SourceConfig } from '../../../lambdas/sources/config.js';
import { parseFeedOrSitemap, parseListing } from '../../../lambdas/sources/discovery.js';
import { assessSourceHealth, type SourceHealth } from '../../../lambdas/sources/health.js';
import type { ArticleStore } from '../../../lambdas/store/article-store.js';
import { parseCommandArgs, parsePositiveInt, UsageError, type CommandSpec } from '../args.js';
import { openStore } from '../store-context.js';
import { fetcherForSources } from './run.js';

export const sourcesSpec: CommandSpec = {
  name: 'sources',
  summary: 'List the configured news sources; --check fetches each endpoint, --health judges sources from recorded runs.',
  usage: 'pantau sources [--sources FILE] [--check | --health [--data DIR] [--runs N]] [--json] [--allow-private-hosts]',
  options: {
    sources: { type: 'string' },
    check: { type: 'boolean' },
    health: { type: 'boolean' },
    data: { type: 'string' },
    runs: { type: 'string' },
    json: { type: 'boolean' },
    'allow-private-hosts': { type: 'boolean' },
  },
  help: [
    '  --sources FILE        sources JSON file (default: the bundled list)',
    '  --check               fetch every endpoint (politely) and report links found or the error',
    '  --health              status of each source from the recorded runs: feed failing in the last 3 runs,',
    '                        or extraction broken (pages no longer articles); exit code 1 if any is unhealthy',
    '  --data DIR            data folder of the embedded stores (default .pantau, or $PANTAU_DATA);',
    '                        with PANTAU_TABLE_NAME + PANTAU_BUCKET_NAME set, reads AWS instead',
    '  --runs N              recorded runs to look at for --health (default 20)',
    '  --json                print JSON',
    '  --allow-private-hosts allow loopback/private addresses (for local test sites)',
  ],
};

/** Judge every configured source (plus any other source the runs mention) from the newest `runs` run records. */
export async function readSourceHealth(store: ArticleStore, sources: SourceConfig[], runs = 20): Promise<SourceHealth[]> {
  return assessSourceHealth(await store.listRuns(runs), sources.map((s) => s.id));
}

/** One line per source: status, last success, reasons. */
export function formatSourceHealth(results: SourceHealth[]): string {
  const lines = results.map((h) => {
    const status = h.status === 'ok' ? 'OK       ' : h.status === 'unhealthy' ? 'UNHEALTHY' : 'NO DATA  ';
    const last = h.lastSuccessAt ? `last success ${h.lastSuccessAt}` : h.runs ? 'never succeeded' : 'no run yet';
    return `${status} ${h.source.padEnd(22)} ${last}${h.reasons.length ? `\n          ${h.reasons.join('\n          ')}` : ''}`;
  });
  const unhealthy = results.filter((h) => h.status === 'unhealthy').length;
  return `${lines.join('\n')}\n\n${unhealthy} of ${results.length} source(s) unhealthy.\n`;
}

interface EndpointCheck { source: string; kind: string; url: string; ok: boolean; links: number; error: string | null }

/** Try every discovery endpoint of the sources; one failing endpoint never stops the others. */
export async function checkSources(sources: SourceConfig[], allowPrivateHosts: boolean): Promise<EndpointCheck[]> {
  const fetcher = fetcherForSources(sources, allowPrivateHosts);
  const checks = sources.flatMap((s) => [
    ...s.feeds.map((url) => ({ source: s.id, kind: 'feed', url, selector: null as string | null })),
    ...s.sitemaps.map((url) => ({ source: s.id, kind: 'sitemap', url, selector: null as string | null })),
    ...s.listings.map((l) => ({ source: s.id, kind: 'listing', url: l.url, selector: l.linkSelector })),
  ]);
  const results = await Promise.all(
    checks.map(async (c): Promise<EndpointCheck> => {
      try {
        const doc = await fetcher.fetch(c.url, 'feed');
        const result = c.selector ? parseListing(doc.body, doc.finalUrl, c.selector) : parseFeedOrSitemap(doc.body, doc.finalUrl);
        const links = result.links.length + result.childSitemaps.length;
        return { source: c.source, kind: `${c.kind}:${result.kind}`, url: c.url, ok: links > 0, links, error: links > 0 ? null : 'no links found' };
      } catch (error) {
        return { source: c.source, kind: c.kind, url: c.url, ok: false, links: 0, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  fetcher.close();
  return results;
}

/** Run `pantau sources` (list, --check or --health). */
export async function sourcesCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(sourcesSpec, argv);
  if (!parsed) return 0;
  const v = parsed.values;
  const sources = v.sources ? await loadSources(String(v.sources)) : defaultSources();
  if (v.check && v.health) throw new UsageError("--check and --health do not go together; run them one after the other");
  if (v.health) {
    const runs = parsePositiveInt(v.runs as string | undefined, 'runs', 20, 1000);
    const context = await openStore(v.data as string | undefined);
    try {
      const results = await readSourceHealth(context.store, sources, runs);
      process.stdout.write(v.json ? JSON.stringify(results, null, 2) + '\n' : formatSourceHealth(results));
      return results.some((h) => h.status === 'unhealthy') ? 1 : 0;
    } finally {
      await context.close();
    }
  }
  if (!v.check) {
    if (v.json) process.stdout.write(JSON.stringify(sources, null, 2) + '\n');
    else
      for (const s of sources) {
        const methods = [s.feeds.length && `${s.feeds.length} feed(s)`, s.sitemaps.length && `${s.sitemaps.length} sitemap(s)`, s.listings.length && `${s.listings.length} listing(s)`].filter(Boolean).join(', ');
        process.stdout.write(`${s.id.padEnd(22)} ${s.name.padEnd(28)} ${s.timezone.padEnd(16)} ${methods}${s.verified ? '' : '  (unverified)'}\n`);
      }
    return 0;
  }
  const results = await checkSources(sources, Boolean(v['allow-private-hosts']));
  if (v.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else for (const r of results) process.stdout.write(`${r.ok ? 'OK  ' : 'FAIL'} ${r.source.padEnd(22)} ${r.kind.padEnd(20)} ${r.ok ? `${r.links} links` : r.error}  ${r.url}\n`);
  const failed = results.filter((r) => !r.ok).length;
  process.stdout.write(`\n${results.length - failed} of ${results.length} endpoint(s) work.\n`);
  return failed ? 1 : 0;
}
