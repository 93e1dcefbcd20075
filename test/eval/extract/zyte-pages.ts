/**
 * @module zyte-pages
 * Where the Zyte benchmark lives (`<repo>/../shared/bench/zyte`, or $PANTAU_SHARED/bench/zyte) and how to load it:
 * the 181 gzipped pages, their URLs and gold bodies, and the published systems' predictions.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readBodies } from './zyte-scorer.js';

/** One bench page: id (file hash), URL from the ground truth, HTML and gold body. */
export interface ZytePage {
  id: string;
  url: string;
  html: string;
  gold: string;
}

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Published systems shipped with the bench, with the F1 the benchmark publishes for each. */
export const PUBLISHED_SYSTEMS: Record<string, number> = {
  readability_js: 0.947,
  trafilatura: 0.958,
  rs_trafilatura: 0.97,
  AutoExtract: 0.97,
};

/**
 * The bench folder, or null when /work/shared (or $PANTAU_SHARED) is not beside the clone.
 * @example findZyteDir() // '/work/shared/bench/zyte'
 */
export function findZyteDir(): string | null {
  const shared = process.env.PANTAU_SHARED ? resolve(process.env.PANTAU_SHARED) : resolve(REPO_ROOT, '..', 'shared');
  const dir = join(shared, 'bench', 'zyte');
  return existsSync(join(dir, 'ground-truth.json')) ? dir : null;
}

/**
 * Every page of the bench with its URL and gold body, in id order.
 * @example loadZytePages(findZyteDir()!).length // 181
 */
export function loadZytePages(dir: string): ZytePage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string; articleBody?: string }>;
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      const html = gunzipSync(readFileSync(join(dir, 'html', f))).toString('utf8');
      return { id, url: truth[id]?.url ?? '', html, gold: truth[id]?.articleBody ?? '' };
    });
}

/** `{ id: gold body }` of the bench. */
export function loadGold(dir: string): Record<string, string> {
  return readBodies(JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')));
}

/** `{ id: predicted body }` of one published system (plain or {version, output} wrapped). */
export function loadPublished(dir: string, system: string): Record<string, string> {
  return readBodies(JSON.parse(readFileSync(join(dir, 'published', `${system}.json`), 'utf8')));
}
