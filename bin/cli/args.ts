/** Argument parsing shared by every CLI command: node:util parseArgs with a help text and clear usage errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A usage error: printed with the command's help hint, exit code 2. */
export class UsageError extends Error {}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Lines describing each option, for --help. */
  help: string[];
  allowPositionals?: boolean;
}

/** Parsed options of a command: option name -> string (string options) or boolean (flags). */
export interface ParsedCommandArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Parse argv for one command; returns null when --help was asked (help already printed). */
export function parseCommandArgs(spec: CommandSpec, argv: string[]): ParsedCommandArgs | null {
  let parsed: ParsedCommandArgs;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: spec.allowPositionals ?? false,
      strict: true,
    }) as ParsedCommandArgs;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nRun 'pantau ${spec.name} --help' for usage.`);
  }
  if (parsed.values.help) {
    process.stdout.write(formatHelp(spec));
    return null;
  }
  return parsed;
}

/** The --help text of a command. */
export function formatHelp(spec: CommandSpec): string {
  return `${spec.summary}\n\nUsage: ${spec.usage}\n\nOptions:\n${[...spec.help, '  -h, --help            show this help'].join('\n')}\n`;
}

/** Parse a positive integer option, with an error naming the option. */
export function parsePositiveInt(value: string | undefined, option: string, fallback: number, max = 10_000): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${option} must be a whole number from 1 to ${max}, got '${value}'`);
  return n;
}
