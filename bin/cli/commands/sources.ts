/** `pantau sources`: list the configured sources; `--check` tries each discovery endpoint and reports what works. */
import { loadSources, defaultSources, type SourceConfig } from '../../../lambdas/sources/config.js';
import { parseFeedOrSitemap, parseListing } from '../../../lambdas/sources/discovery.js';
import { parseCommandArgs, type CommandSpec } from '../args.js';
import { fetcherForSources } from './run.js';

export const sourcesSpec: CommandSpec = {
  name: 'sources',
  summary: 'List the configured news sources; with --check, fetch each feed/sitemap/listing and report what works.',
  usage: 'pantau sources [--sources FILE] [--check] [--json] [--allow-private-hosts]',
  options: { sources: { type: 'string' }, check: { type: 'boolean' }, json: { type: 'boolean' }, 'allow-private-hosts': { type: 'boolean' } },
  help: [
    '  --sources FILE        sources JSON file (default: the bundled list)',
    '  --check               fetch every endpoint (politely) and report links found or the error',
    '  --json                print JSON',
    '  --allow-private-hosts allow loopback/private addresses (for local test sites)',
  ],
};

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

export async function sourcesCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(sourcesSpec, argv);
  if (!parsed) return 0;
  const v = parsed.values;
  const sources = v.sources ? await loadSources(String(v.sources)) : defaultSources();
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
