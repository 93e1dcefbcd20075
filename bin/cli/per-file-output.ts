/** Output of the per-file commands (`extract`, `entities`): one JSON document, or JSON lines with a `file` field. */

/**
 * Run `analyse` on each file and print its result. A file that fails keeps its line (with `error`) in JSON-lines
 * output and is named on stderr, so a batch over many files loses nothing. Returns the exit code (1 if any failed).
 */
export async function printPerFile(files: string[], jsonl: boolean, analyse: (file: string) => Promise<object>): Promise<number> {
  let failures = 0;
  for (const file of files) {
    try {
      const result = await analyse(file);
      process.stdout.write(jsonl ? JSON.stringify({ file, ...result }) + '\n' : JSON.stringify(result, null, 2) + '\n');
    } catch (error) {
      failures++;
      const message = error instanceof Error ? error.message : String(error);
      if (jsonl) process.stdout.write(JSON.stringify({ file, error: message }) + '\n');
      process.stderr.write(`${file}: ${message}\n`);
    }
  }
  return failures ? 1 : 0;
}
