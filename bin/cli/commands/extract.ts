/** `pantau extract`: the record (DESIGN.md contract) for saved HTML pages, .html or .html.gz. */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { buildArticleRecord } from '../../../lambdas/pipeline/build-record.js';
import { decodeBody } from '../../../lambdas/fetch/charset.js';
import { parseCommandArgs, UsageError, type CommandSpec } from '../args.js';
import { printPerFile } from '../per-file-output.js';

export const extractSpec: CommandSpec = {
  name: 'extract',
  summary: 'Print the article record (title, dates, authors, body, entities, quotes) of saved HTML pages.',
  usage: 'pantau extract FILE... [--url URL] [--timezone ZONE] [--jsonl]',
  allowPositionals: true,
  options: { url: { type: 'string' }, timezone: { type: 'string' }, jsonl: { type: 'boolean' } },
  help: [
    '  FILE...               .html or .html.gz pages',
    '  --url URL             the page URL (resolves relative links; with one FILE only)',
    '  --timezone ZONE       IANA zone for dates printed without offset (default Asia/Jakarta)',
    '  --jsonl               one JSON object per line, with a "file" field (the default with several files)',
  ],
};

/** Read a saved page as text: gunzip .gz, then decode by BOM / meta charset. */
export async function readSavedPage(file: string): Promise<string> {
  let bytes = await readFile(file);
  if (file.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) bytes = gunzipSync(bytes);
  return decodeBody(bytes, null).text;
}

export async function extractCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(extractSpec, argv);
  if (!parsed) return 0;
  const files = parsed.positionals;
  if (!files.length) throw new UsageError("extract needs at least one FILE. Run 'pantau extract --help' for usage.");
  if (parsed.values.url && files.length > 1) throw new UsageError('--url applies to one FILE only');
  const jsonl = Boolean(parsed.values.jsonl) || files.length > 1;
  const url = (parsed.values.url as string | undefined) ?? null;
  const timezone = parsed.values.timezone as string | undefined;
  return printPerFile(files, jsonl, async (file) => buildArticleRecord({ html: await readSavedPage(file), url, timezone }));
}
