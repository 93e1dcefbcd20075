/** `pantau entities`: people, organizations, places, sectors and quotes of plain-text files. */
import { readFile } from 'node:fs/promises';
import { analysePlainText } from '../../../lambdas/entities/index.js';
import { parseCommandArgs, UsageError, type CommandSpec } from '../args.js';
import { printPerFile } from '../per-file-output.js';

export const entitiesSpec: CommandSpec = {
  name: 'entities',
  summary: 'Print the entities, quotes and sectors of plain-text articles (one document per file).',
  usage: 'pantau entities FILE... [--jsonl]',
  allowPositionals: true,
  options: { jsonl: { type: 'boolean' } },
  help: [
    '  FILE...               UTF-8 text files; the first line is the title; "Baca Juga: ..." / "Follow IDN Times ..." lines are ignored',
    '  --jsonl               one JSON object per line, with a "file" field (the default with several files)',
  ],
};

export async function entitiesCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(entitiesSpec, argv);
  if (!parsed) return 0;
  const files = parsed.positionals;
  if (!files.length) throw new UsageError("entities needs at least one FILE. Run 'pantau entities --help' for usage.");
  const jsonl = Boolean(parsed.values.jsonl) || files.length > 1;
  return printPerFile(files, jsonl, async (file) => {
    const { title, dateline, entities } = analysePlainText(await readFile(file, 'utf8'));
    return { title, dateline, ...entities };
  });
}
