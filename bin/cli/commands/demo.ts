/**
 * `pantau demo` (`npm run demo`): the real pipeline, offline. Starts the recorded news sites on loopback, runs one pass
 * into the embedded stores under the data folder, prints the per-source summary and an example search.
 */
import { startRecordedSites } from '../recorded-sites.js';
import { parseCommandArgs, parsePositiveInt, type CommandSpec } from '../args.js';
import { openStore } from '../store-context.js';
import { formatRunSummary } from '../report.js';
import { executePass } from './run.js';
import { printSearch } from './search.js';

export const demoSpec: CommandSpec = {
  name: 'demo',
  summary: 'Run the whole pipeline offline on recorded pages of Indonesian news sites, then search what it stored.',
  usage: 'pantau demo [--data DIR] [--port N] [--verbose]',
  options: { data: { type: 'string' }, port: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } },
  help: [
    '  --data DIR            data folder of the embedded stores (default .pantau, shared with pantau search)',
    '  --port N              first port of the recorded sites (default 47800; one port per site)',
    '  -v, --verbose         one line per stored article',
  ],
};

export async function demoCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(demoSpec, argv);
  if (!parsed) return 0;
  // Fixed ports keep the sites' URLs the same between runs, so a second demo finds everything already seen.
  const basePort = parsePositiveInt(parsed.values.port as string | undefined, 'port', 47800, 65000);
  const sites = await startRecordedSites({ basePort, minIntervalMs: 200 });
  const context = await openStore(parsed.values.data as string | undefined);
  try {
    const offered = Object.values(sites.offered).reduce((a, b) => a + b, 0);
    process.stdout.write(`Recorded sites: ${sites.sources.length} on 127.0.0.1, ${offered} recorded pages (test/fixtures/sites).\n`);
    const run = await executePass(sites.sources, context, { concurrency: sites.sources.length, allowPrivateHosts: true, verbose: Boolean(parsed.values.verbose), out: process.stdout });
    process.stdout.write('\n' + formatRunSummary(run));
    process.stdout.write('\nExample search: pantau search --org KPK\n');
    await printSearch(context.store, { org: 'KPK' }, false);
    process.stdout.write('\nExample search: pantau search pariwisata\n');
    await printSearch(context.store, { words: 'pariwisata' }, false);
    process.stdout.write(`\nThe records are in ${context.description}. Try: npx pantau search --help\n`);
    return 0;
  } finally {
    await context.close();
    await sites.close();
  }
}
