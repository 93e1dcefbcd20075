/**
 * Body-extraction bench on the Zyte article-extraction benchmark (181 English news / blog pages).
 * Prints the published systems' F1 (proof of the scorer), Pantau's and Readability.js's P/R/F1 and time per page
 * (same process, same pages, alternating order, after a warm-up), Pantau's worst pages, then the Indonesian gold
 * regression (title / publishedAt / authors / body edges over test/fixtures/sites), then one JSON line of the figures.
 * Run: npm run bench:extract  (= npx tsx test/eval/extract/bench-extract.ts)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../../../lambdas/extract/index.js';
import { NotAnArticleError } from '../../../lambdas/shared/errors.js';
import { runPantau, runReadability } from './run-extractors.js';
import { PUBLISHED_SYSTEMS, findZyteDir, loadGold, loadPublished, loadZytePages } from './zyte-pages.js';
import type { ZytePage } from './zyte-pages.js';
import { scorePages, summarise } from './zyte-scorer.js';

const WARM_UP_PAGES = 20;
const WORST_SHOWN = 10;

/** Median and 90th percentile of a list of milliseconds. */
function percentiles(ms: number[]): { median: number; p90: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p90: at(0.9) };
}

/** Run both extractors over every page, alternating which goes first, and time each call. */
function runBoth(pages: readonly ZytePage[]) {
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    runPantau(page.html, page.url);
    runReadability(page.html);
  }
  const pantau: Record<string, string> = {};
  const readability: Record<string, string> = {};
  const pantauMs: number[] = [];
  const readabilityMs: number[] = [];
  pages.forEach((page, i) => {
    const doPantau = () => {
      const t0 = performance.now();
      pantau[page.id] = runPantau(page.html, page.url);
      pantauMs.push(performance.now() - t0);
    };
    const doReadability = () => {
      const t0 = performance.now();
      readability[page.id] = runReadability(page.html);
      readabilityMs.push(performance.now() - t0);
    };
    if (i % 2 === 0) {
      doPantau();
      doReadability();
    } else {
      doReadability();
      doPantau();
    }
  });
  return { pantau, readability, pantauMs, readabilityMs };
}

/** Gold regression over the Indonesian fixture pages: share of pages whose field matches expected.json. */
function runIndonesianGold() {
  const sitesDir = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));
  const tally = { pages: 0, title: 0, publishedAt: 0, authors: 0, body: 0, notAnArticle: 0, notAnArticleOk: 0 };
  const misses: string[] = [];
  for (const site of readdirSync(sitesDir)) {
    const goldPath = join(sitesDir, site, 'expected.json');
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, Record<string, unknown>>;
    for (const [file, expected] of Object.entries(gold)) {
      const html = readFileSync(join(sitesDir, site, file), 'utf8');
      const options = {
        url: (expected.url as string | undefined) ?? null,
        timezone: (expected.timezone as string | undefined) ?? 'Asia/Jakarta',
        fetchedAt: (expected.fetchedAt as string | undefined) ?? null,
      };
      if (expected.notAnArticle) {
        tally.notAnArticle++;
        try {
          extractArticle(html, options);
          misses.push(`${site}/${file}: extracted, expected NotAnArticleError`);
        } catch (error) {
          if (error instanceof NotAnArticleError) tally.notAnArticleOk++;
        }
        continue;
      }
      tally.pages++;
      try {
        const a = extractArticle(html, options);
        const ok = {
          title: a.title === expected.title,
          publishedAt: a.publishedAt === expected.publishedAt,
          authors: JSON.stringify(a.authors) === JSON.stringify(expected.authors),
          body:
            a.body.startsWith((expected.bodyStartsWith as string | undefined) ?? '') &&
            a.body.endsWith((expected.bodyEndsWith as string | undefined) ?? '') &&
            ((expected.mustNotContain as string[] | undefined) ?? []).every((n) => !a.body.includes(n)),
        };
        for (const k of ['title', 'publishedAt', 'authors', 'body'] as const) {
          if (ok[k]) tally[k]++;
          else misses.push(`${site}/${file}: ${k}`);
        }
      } catch (error) {
        misses.push(`${site}/${file}: threw ${(error as Error).message}`);
      }
    }
  }
  return { tally, misses };
}

const fmt = (x: number) => x.toFixed(3);

function main(): void {
  const dir = findZyteDir();
  if (!dir) {
    console.log('Zyte bench not found (expected ../shared/bench/zyte beside the repo, or set PANTAU_SHARED); nothing to run.');
    process.exit(2);
  }
  const gold = loadGold(dir);
  console.log('Published systems (scorer check):');
  const published: Record<string, number> = {};
  for (const [system, expected] of Object.entries(PUBLISHED_SYSTEMS)) {
    const s = summarise(scorePages(gold, loadPublished(dir, system)));
    published[system] = Number(fmt(s.f1));
    console.log(`  ${system.padEnd(16)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}  (published ${fmt(expected)})`);
  }

  const pages = loadZytePages(dir);
  const run = runBoth(pages);
  const pantauPages = scorePages(gold, run.pantau);
  const pantau = summarise(pantauPages);
  const readability = summarise(scorePages(gold, run.readability));
  const pt = percentiles(run.pantauMs);
  const rt = percentiles(run.readabilityMs);
  const empty = Object.values(run.pantau).filter((b) => !b).length;
  console.log(`\nOn ${pages.length} pages (warm-up ${WARM_UP_PAGES}, alternating order):`);
  console.log(`  Pantau          P ${fmt(pantau.precision)}  R ${fmt(pantau.recall)}  F1 ${fmt(pantau.f1)}  median ${pt.median.toFixed(2)} ms  p90 ${pt.p90.toFixed(2)} ms  (${empty} empty)`);
  console.log(`  Readability.js  P ${fmt(readability.precision)}  R ${fmt(readability.recall)}  F1 ${fmt(readability.f1)}  median ${rt.median.toFixed(2)} ms  p90 ${rt.p90.toFixed(2)} ms`);
  const speedRatio = rt.median / pt.median;
  console.log(`  speed: Pantau median is ${speedRatio.toFixed(1)}x faster than Readability.js (Pantau/Readability ${(pt.median / rt.median).toFixed(2)})`);

  const urls = new Map(pages.map((p) => [p.id, p.url]));
  const f1Of = (p: { precision: number; recall: number }) => {
    const pr = Number.isNaN(p.precision) ? 0 : p.precision;
    return pr + p.recall > 0 ? (2 * pr * p.recall) / (pr + p.recall) : 0;
  };
  console.log(`\nPantau's worst ${WORST_SHOWN} pages:`);
  for (const p of [...pantauPages].sort((a, b) => f1Of(a) - f1Of(b)).slice(0, WORST_SHOWN)) {
    const pr = Number.isNaN(p.precision) ? '  -  ' : fmt(p.precision);
    console.log(`  ${p.id.slice(0, 12)}  P ${pr}  R ${fmt(p.recall)}  ${urls.get(p.id)}`);
  }

  const id = runIndonesianGold();
  const t = id.tally;
  const share = (n: number) => (t.pages ? n / t.pages : 0);
  console.log(`\nIndonesian gold (${t.pages} article pages, ${t.notAnArticle} index pages):`);
  console.log(`  title ${fmt(share(t.title))}  publishedAt ${fmt(share(t.publishedAt))}  authors ${fmt(share(t.authors))}  body edges ${fmt(share(t.body))}  index pages rejected ${t.notAnArticleOk}/${t.notAnArticle}`);
  for (const m of id.misses) console.log(`  miss: ${m}`);

  const figures = {
    published,
    pantau: { precision: Number(fmt(pantau.precision)), recall: Number(fmt(pantau.recall)), f1: Number(fmt(pantau.f1)), medianMs: Number(pt.median.toFixed(2)), p90Ms: Number(pt.p90.toFixed(2)), empty },
    readability: { precision: Number(fmt(readability.precision)), recall: Number(fmt(readability.recall)), f1: Number(fmt(readability.f1)), medianMs: Number(rt.median.toFixed(2)), p90Ms: Number(rt.p90.toFixed(2)) },
    speedRatio: Number(speedRatio.toFixed(2)),
    indonesianGold: { pages: t.pages, title: Number(fmt(share(t.title))), publishedAt: Number(fmt(share(t.publishedAt))), authors: Number(fmt(share(t.authors))), body: Number(fmt(share(t.body))) },
  };
  console.log(`\n${JSON.stringify(figures)}`);
}

main();
