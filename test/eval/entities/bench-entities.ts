/**
 * Entities bench (issue 4). Prints:
 *  (a) the reference IDN Times article: each gold check pass / fail (target 1);
 *  (b) the hand-made gold set (test/eval/entities/gold): macro P/R of people / organizations / locations, flag and
 *      link accuracy, sector must recall, quote attribution, per-article rows and the worst misses;
 *  (b2) the same for the held-out news stories of test/eval/entities/heldout (`--heldout` prints only these);
 *  (c) NERGrit (IndoNLU) span P/R/F1 when test/eval/entities/nergrit-eval.ts and the data are there;
 *  how far the gazetteer lists have moved from the word classes the tagger model was trained with;
 *  (d) speed: median and p90 ms of extractEntities per article after a warm-up, against the 2 ms target;
 * then one JSON line with all figures.
 * Run: npm run bench:entities  (= npx tsx test/eval/entities/bench-entities.ts)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { analysePlainText, extractEntities } from '../../../lambdas/entities/index.js';
import { liveWordClasses } from '../../../lambdas/entities/tagger-features.js';
import shippedModel from '../../../lambdas/entities/data/ner-model.json' with { type: 'json' };
import { loadGoldSet, loadReferenceArticle } from './gold-set.js';
import type { GoldArticle } from './gold-set.js';
import { scoreArticle, summarizeScores } from './gold-scorer.js';
import type { ArticleScore, GoldSetSummary } from './gold-scorer.js';
import { checkAgainstGold } from './reference-checks.js';

const TARGETS = { precision: 0.9, recall: 0.9, flags: 0.9, sectorMustRecall: 0.9, speedMs: 2 };
const SPEED_WARM_UP = 50;
const SPEED_ITERATIONS = 300;
/** Gold pages timed besides the reference article (300-1200 words). */
const SPEED_PAGES = ['tempo-english-tempoen-singlepage', 'antaranews-antara-singlepage3', 'antaranews-antara-singlepage5', 'idntimes-idntimes-business-2021-kisah-inspiratif'];
const WORST_SHOWN = Number(process.env.WORST_SHOWN ?? 40);

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
const fmt = (v: number | null): string => (v === null ? '  -  ' : v.toFixed(3));
const mark = (v: number | null, target: number): string => (v === null ? '' : v >= target ? 'ok' : 'BELOW');

/** (a) The reference article's gold checks. */
function runReference(): { passed: number; total: number } {
  const { raw, gold } = loadReferenceArticle();
  const checks = checkAgainstGold(analysePlainText(raw), gold);
  out('== (a) reference article: test/fixtures/text/idntimes-balikpapan-daya-saing.txt');
  for (const c of checks) out(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.name}${c.pass || !c.detail ? '' : `  [${c.detail}]`}`);
  const passed = checks.filter((c) => c.pass).length;
  out(`  ${passed}/${checks.length} checks pass`);
  return { passed, total: checks.length };
}

/** Score every gold article. */
function scoreGoldSet(set: readonly GoldArticle[]): { id: string; score: ArticleScore }[] {
  return set.map((a) => ({ id: a.id, score: scoreArticle(extractEntities(a.text, { title: a.gold.title, dateline: a.gold.dateline }), a.gold) }));
}

/** (b) Print the gold-set summary, per-article rows and the worst misses. */
function printGoldSet(rows: readonly { id: string; score: ArticleScore }[], summary: GoldSetSummary, heading: string): void {
  out();
  out(`== ${heading}: ${rows.length} articles`);
  out('  kind           P      R      target');
  for (const kind of ['people', 'organizations', 'locations'] as const) {
    const { precision, recall } = summary[kind];
    out(`  ${kind.padEnd(13)} ${fmt(precision)}  ${fmt(recall)}  P ${mark(precision, TARGETS.precision)} R ${mark(recall, TARGETS.recall)}`);
  }
  out(`  official flag accuracy      ${fmt(summary.official)}  ${mark(summary.official, TARGETS.flags)}`);
  out(`  government flag accuracy    ${fmt(summary.government)}  ${mark(summary.government, TARGETS.flags)}`);
  out(`  person -> organization link ${fmt(summary.personOrganization)}`);
  out(`  sector must recall          ${fmt(summary.sectorMustRecall)}  ${mark(summary.sectorMustRecall, TARGETS.sectorMustRecall)}`);
  out(`  sector codes outside must+optional: ${summary.sectorOutside}`);
  out(`  quote attribution accuracy  ${fmt(summary.quotes)}`);
  out(`  mustNot violations: ${summary.mustNotViolations}`);
  out();
  out('  article                                             perP  perR  orgP  orgR  locP  locR  offc  govt  link  sect  quot  mustNot');
  for (const { id, score: s } of rows) {
    const cells = [
      s.people.precision, s.people.recall, s.organizations.precision, s.organizations.recall,
      s.locations.precision, s.locations.recall, s.official.accuracy, s.government.accuracy,
      s.personOrganization.accuracy, s.sectors.mustRecall, s.quotes.accuracy,
    ].map((v) => (v === null ? '   - ' : v.toFixed(2).padStart(5)));
    out(`  ${id.padEnd(50)} ${cells.join(' ')}  ${s.mustNotViolations.length}`);
  }
  const misses: string[] = [];
  for (const { id, score: s } of rows) {
    for (const kind of ['people', 'organizations', 'locations'] as const) {
      for (const name of s[kind].missed) misses.push(`missed   ${kind.padEnd(13)} ${name}  (${id})`);
      for (const name of s[kind].spurious) misses.push(`spurious ${kind.padEnd(13)} ${name}  (${id})`);
    }
  }
  out();
  out(`  worst misses: gold entities not found / predictions not in gold (${misses.length}; first ${WORST_SHOWN})`);
  for (const line of misses.slice(0, WORST_SHOWN)) out(`    ${line}`);
  const detail = (label: string, pick: (s: ArticleScore) => string[]): void => {
    const all = rows.flatMap(({ id, score }) => pick(score).map((w) => `${w}  (${id})`));
    out(`  ${label} (${all.length})`);
    for (const line of all.slice(0, WORST_SHOWN)) out(`    ${line}`);
  };
  detail('wrong official flags', (s) => s.official.wrong);
  detail('wrong government flags', (s) => s.government.wrong);
  detail('wrong person -> organization links', (s) => s.personOrganization.wrong);
  detail('quotes missed or misattributed', (s) => s.quotes.wrong);
  detail('sectors: must missing', (s) => s.sectors.missing);
  detail('sectors: outside must+optional', (s) => s.sectors.outside);
  detail('mustNot violations', (s) => s.mustNotViolations);
}

/** (c) NERGrit, when ENTITIES-NER's module and the shared data are both there. */
async function runNergrit(): Promise<Record<string, unknown> | null> {
  out();
  out('== (c) NERGrit (IndoNLU test split)');
  const modulePath = fileURLToPath(new URL('./nergrit-eval.ts', import.meta.url));
  if (!existsSync(modulePath)) {
    out('  NERGrit: not available (test/eval/entities/nergrit-eval.ts missing)');
    return null;
  }
  // NERGRIT-HOOK: nergrit-eval.ts is ENTITIES-NER's; this uses locateNergrit / evaluateNergrit / formatReport.
  const nergrit = (await import('./nergrit-eval.js')) as Record<string, unknown>;
  const locate = nergrit.locateNergrit as (() => string | null) | undefined;
  const evaluate = nergrit.evaluateNergrit as ((path: string) => Record<string, unknown>) | undefined;
  const format = nergrit.formatReport as ((split: string, report: never) => string) | undefined;
  const dir = locate?.();
  if (!evaluate || !dir) {
    out('  NERGrit: not available (no evaluateNergrit export or no <repo>/../shared/ner/nergrit data)');
    return null;
  }
  const report = evaluate(resolve(dir, 'test_preprocess.txt'));
  out(format ? format('test', report as never).replace(/^/gm, '  ') : `  ${JSON.stringify(report)}`);
  return report;
}

/**
 * How far today's gazetteer lists have moved from the word classes the shipped tagger model was trained with (the
 * tagger reads the stored ones; the difference reaches it only through a retrain).
 */
function runClassDrift(): { added: number; dropped: number } {
  const live = liveWordClasses();
  const stored = shippedModel.classes as Record<string, string[]>;
  const added: string[] = [];
  const dropped: string[] = [];
  for (const [letter, words] of Object.entries(live)) {
    const old = new Set(stored[letter] ?? []);
    const now = new Set(words);
    for (const w of now) if (!old.has(w)) added.push(`${letter}:${w}`);
    for (const w of old) if (!now.has(w)) dropped.push(`${letter}:${w}`);
  }
  out();
  out('== tagger word classes: today\'s gazetteer lists against those data/ner-model.json was trained with');
  out(`  ${added.length} words added, ${dropped.length} dropped${added.length + dropped.length > 0 ? ' (the tagger sees them after `npx tsx scripts/train-ner.ts`)' : ''}`);
  if (added.length > 0) out(`  added: ${added.slice(0, 20).join(' ')}${added.length > 20 ? ' ...' : ''}`);
  if (dropped.length > 0) out(`  dropped: ${dropped.slice(0, 20).join(' ')}${dropped.length > 20 ? ' ...' : ''}`);
  return { added: added.length, dropped: dropped.length };
}

/** Median and 90th percentile of a list of milliseconds. */
function percentiles(ms: readonly number[]): { median: number; p90: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p90: at(0.9) };
}

/** The text with typographic quotes: “...” for "..." and ’ for an apostrophe between letters (same length). */
function withCurlyQuotes(text: string): string {
  let open = false;
  return text.replace(/"/g, () => ((open = !open) ? '“' : '”')).replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
}

/** (d) Time extractEntities on the reference text and a few gold pages, interleaved, after a warm-up. */
function runSpeed(set: readonly GoldArticle[]) {
  const { raw, gold } = loadReferenceArticle();
  const texts = [
    { id: 'reference', text: raw, title: gold.title, dateline: gold.dateline },
    // The same article as most outlets print it, with curly quotes: a text holding any character beyond Latin-1 is
    // stored two bytes per character, and V8's regexes run differently on it.
    { id: 'reference (curly quotes)', text: withCurlyQuotes(raw), title: gold.title, dateline: gold.dateline },
    ...SPEED_PAGES.flatMap((id) => set.filter((a) => a.id === id)).map((a) => ({ id: a.id, text: a.text, title: a.gold.title, dateline: a.gold.dateline })),
  ];
  for (let i = 0; i < SPEED_WARM_UP; i += 1) for (const t of texts) extractEntities(t.text, { title: t.title, dateline: t.dateline });
  const times = texts.map(() => [] as number[]);
  for (let i = 0; i < SPEED_ITERATIONS; i += 1) {
    texts.forEach((t, k) => {
      const t0 = performance.now();
      extractEntities(t.text, { title: t.title, dateline: t.dateline });
      times[k]!.push(performance.now() - t0);
    });
  }
  out();
  out(`== (d) speed: extractEntities, ${SPEED_WARM_UP} warm-up + ${SPEED_ITERATIONS} timed runs per text (target ${TARGETS.speedMs} ms for ~600 words)`);
  const rows = texts.map((t, k) => {
    const words = t.text.split(/\s+/).filter(Boolean).length;
    const { median, p90 } = percentiles(times[k]!);
    out(`  ${t.id.padEnd(50)} ${String(words).padStart(5)} words  median ${median.toFixed(3)} ms  p90 ${p90.toFixed(3)} ms  (${((median * 600) / words).toFixed(3)} ms / 600 words)`);
    return { id: t.id, words, median, p90 };
  });
  const [reference, curly] = [rows[0]!, rows[1]!];
  const verdict = Math.max(reference.median, curly.median) <= TARGETS.speedMs ? 'ok' : 'ABOVE';
  out(
    `  reference article: median ${reference.median.toFixed(3)} ms, p90 ${reference.p90.toFixed(3)} ms; with curly quotes median ${curly.median.toFixed(3)} ms -> ${verdict} target`,
  );
  return rows;
}

/** (b2) The held-out news stories: written with their gold by helpers who had not run Pantau on them. */
function runHeldOut(): GoldSetSummary | null {
  const set = loadGoldSet('heldout');
  if (set.length === 0) return null;
  const heldRows = scoreGoldSet(set);
  const heldSummary = summarizeScores(heldRows.map((r) => r.score));
  printGoldSet(heldRows, heldSummary, '(b2) held-out news stories (test/eval/entities/heldout)');
  return heldSummary;
}

// --heldout: only the held-out stories (seconds, not the minute of NERGrit and the timings).
if (process.argv.includes('--heldout')) {
  const heldOut = runHeldOut();
  out();
  out(JSON.stringify({ bench: 'entities', heldOut }));
  process.exit(0);
}

const reference = runReference();
const goldSet = loadGoldSet();
const rows = scoreGoldSet(goldSet);
const summary = summarizeScores(rows.map((r) => r.score));
printGoldSet(rows, summary, '(b) gold set (test/eval/entities/gold)');
const heldOut = runHeldOut();
const nergrit = await runNergrit();
const taggerClasses = runClassDrift();
const speed = runSpeed(goldSet);
out();
out(JSON.stringify({ bench: 'entities', reference, goldSet: summary, heldOut, nergrit, taggerClasses, speed, targets: TARGETS }));
