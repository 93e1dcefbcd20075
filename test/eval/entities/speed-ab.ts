/**
 * @module test/eval/entities/speed-ab
 * Interleaved A/B timing of extractEntities from two checkouts in one process: the reference article, timed, with three
 * gold pages run between the timings so both sides see the same warm machine. The machine here drifts by 10% and more
 * between minutes, so a change's cost is read from the ratio B/A of one run, not from two bench runs apart.
 *
 * Run: npx tsx test/eval/entities/speed-ab.ts <checkout A> <checkout B> [--curly]
 *   e.g. git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *        npx tsx test/eval/entities/speed-ab.ts /tmp/before .
 * --curly times the texts with curly quotes and apostrophes, as many outlets print them.
 */
import { resolve } from 'node:path';
import { loadGoldSet, loadReferenceArticle } from './gold-set.js';

const [a, b] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (!a || !b) {
  process.stderr.write('usage: npx tsx test/eval/entities/speed-ab.ts <checkout A> <checkout B> [--curly]\n');
  process.exit(2);
}
type Extract = (text: string) => unknown;
const load = async (root: string): Promise<Extract> =>
  (await import(resolve(root, 'lambdas/entities/index.ts'))).extractEntities as Extract;
const [extractA, extractB] = [await load(a), await load(b)];

/** Straight quotes and apostrophes made curly. */
function curly(text: string): string {
  let open = false;
  return text.replace(/"/g, () => ((open = !open) ? '“' : '”')).replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
}

const pages = new Set(['antaranews-antara-singlepage5', 'tempo-english-tempoen-singlepage', 'idntimes-idntimes-business-2021-kisah-inspiratif']);
const between = loadGoldSet().filter((g) => pages.has(g.id)).map((g) => g.text);
const texts = [loadReferenceArticle().raw, ...between].map((t) => (process.argv.includes('--curly') ? curly(t) : t));
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

for (const extract of [extractA, extractB]) for (let i = 0; i < 50; i += 1) for (const t of texts) extract(t);
const timesA: number[] = [];
const timesB: number[] = [];
for (let round = 0; round < 300; round += 1) {
  for (const [extract, times] of [
    [extractA, timesA],
    [extractB, timesB],
  ] as const) {
    const start = performance.now();
    extract(texts[0]!);
    times.push(performance.now() - start);
    for (const t of texts.slice(1)) extract(t);
  }
}
const [ma, mb] = [median(timesA), median(timesB)];
process.stdout.write(`A ${ma.toFixed(3)} ms  B ${mb.toFixed(3)} ms  B/A ${(mb / ma).toFixed(3)}\n`);
