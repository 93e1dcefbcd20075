/** `pantau search`: find stored articles by words, entity, sector, source and date, newest first. */
import { parseSearchQuery, searchArticles } from '../../../lambdas/search/search-articles.js';
import type { ArticleStore } from '../../../lambdas/store/article-store.js';
import type { ArticleRecord } from '../../../lambdas/shared/types.js';
import { parseCommandArgs, type CommandSpec } from '../args.js';
import { openStore } from '../store-context.js';

export const searchSpec: CommandSpec = {
  name: 'search',
  summary: 'Search stored articles, newest first.',
  usage: 'pantau search [WORDS] [--org NAME] [--person NAME] [--location NAME] [--sector CODE] [--source ID] [--since DATE] [--until DATE] [--limit N] [--json] [--data DIR]',
  allowPositionals: true,
  options: {
    org: { type: 'string' },
    person: { type: 'string' },
    location: { type: 'string' },
    sector: { type: 'string' },
    source: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    data: { type: 'string' },
  },
  help: [
    '  WORDS                 words that must all appear in the title or body',
    '  --org NAME            organization name, alias or acronym ("Kemenperin" finds "Kementerian Perindustrian")',
    '  --person NAME         person name or alias',
    '  --location NAME       place name',
    '  --sector CODE         KBLI 2020 section A-U, or UMKM / PARIWISATA',
    '  --source ID           source id (see pantau sources)',
    '  --since DATE          published on or after (YYYY-MM-DD or ISO 8601)',
    '  --until DATE          published on or before',
    '  --limit N             at most N results, 1-100 (default 20)',
    '  --json                print a JSON array of records',
    '  --data DIR            data folder of the embedded stores (default .pantau)',
  ],
};

/** Print results as a short table for people. */
export function formatResults(results: Array<ArticleRecord & { articleId: string }>): string {
  if (!results.length) return 'No articles found.\n';
  return results
    .map((r) => {
      const date = (r.publishedAt ?? r.fetchedAt ?? '').slice(0, 10) || '????-??-??';
      const orgs = r.organizations.slice(0, 3).map((o) => o.acronym ?? o.name);
      const people = r.people.filter((p) => p.official).slice(0, 3).map((p) => p.name);
      const who = [...people, ...orgs].join(', ');
      return `${date}  ${(r.source ?? '-').padEnd(14)} ${r.title}\n            ${r.canonicalUrl ?? r.url ?? ''}${who ? `\n            ${who}` : ''}`;
    })
    .join('\n') + `\n${results.length} article(s).\n`;
}

/** Run a search against a store and print it (shared with the demo). */
export async function printSearch(store: ArticleStore, input: Record<string, string | undefined>, json: boolean): Promise<number> {
  const query = parseSearchQuery(input);
  const results = await searchArticles(store, query);
  process.stdout.write(json ? JSON.stringify(results, null, 2) + '\n' : formatResults(results));
  return results.length;
}

export async function searchCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(searchSpec, argv);
  if (!parsed) return 0;
  const v = parsed.values as Record<string, string | boolean | undefined>;
  const input: Record<string, string | undefined> = {
    words: parsed.positionals.length ? parsed.positionals.join(' ') : undefined,
  };
  for (const key of ['org', 'person', 'location', 'sector', 'source', 'since', 'until', 'limit']) input[key] = v[key] as string | undefined;
  // Validate before starting the stores, so a bad query answers at once.
  parseSearchQuery(input);
  const context = await openStore(v.data as string | undefined);
  try {
    await printSearch(context.store, input, Boolean(v.json));
    return 0;
  } finally {
    await context.close();
  }
}
