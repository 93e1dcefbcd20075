/**
 * The `pantau` CLI: run passes, extract pages, find entities, search the store, check sources.
 * Each command lives in bin/cli/commands/; this file only dispatches and turns errors into clear messages.
 */
import { PantauError } from '../lambdas/shared/errors.js';
import { UsageError } from './cli/args.js';
import { runCommand, runSpec } from './cli/commands/run.js';
import { demoCommand, demoSpec } from './cli/commands/demo.js';
import { extractCommand, extractSpec } from './cli/commands/extract.js';
import { entitiesCommand, entitiesSpec } from './cli/commands/entities.js';
import { searchCommand, searchSpec } from './cli/commands/search.js';
import { sourcesCommand, sourcesSpec } from './cli/commands/sources.js';
import { replayDlqCommand, replayDlqSpec } from './cli/commands/replay-dlq.js';

const COMMANDS = {
  demo: { spec: demoSpec, run: demoCommand },
  run: { spec: runSpec, run: runCommand },
  extract: { spec: extractSpec, run: extractCommand },
  entities: { spec: entitiesSpec, run: entitiesCommand },
  search: { spec: searchSpec, run: searchCommand },
  sources: { spec: sourcesSpec, run: sourcesCommand },
  'replay-dlq': { spec: replayDlqSpec, run: (argv: string[]) => replayDlqCommand(argv) },
} as const;

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.spec.summary}`);
  return `pantau: coverage monitoring for Indonesian news\n\nUsage: pantau <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'pantau <command> --help' for a command's options.\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name as keyof typeof COMMANDS];
  if (!command) {
    process.stderr.write(`pantau: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`pantau ${name}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof PantauError) {
      process.stderr.write(`pantau ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
