/**
 * @module zyte-scorer
 * The Zyte (scrapinghub/article-extraction-benchmark) body metric as a pure module: token 4-gram shingles as
 * multisets, per-page tp/fp/fn normalised to sum 1, precision averaged over pages with output, recall over pages with
 * gold, F1 the harmonic mean of those two averages. Reproduces the published figures (readability_js 0.947,
 * trafilatura 0.958, rs_trafilatura 0.970, AutoExtract 0.970).
 */

/** Normalised shingle counts of one page: tp + fp + fn = 1 (all 0 when both texts have no tokens). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Corpus figures. */
export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  /** pages scored (union of gold and prediction ids) */
  pages: number;
}

/** Per-page precision / recall, NaN where undefined (no output / no gold). */
export interface PageScore extends PageCounts {
  id: string;
  precision: number;
  recall: number;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;
const NGRAM = 4;

/**
 * Word-character runs of a text (Python's `\w+` with re.UNICODE).
 * @example tokenize("It's 4:30") // ['It', 's', '4', '30']
 */
export function tokenize(text: string | null | undefined): string[] {
  return text ? (text.match(TOKEN) ?? []) : [];
}

/**
 * Multiset of token n-grams; a text of 1..n-1 tokens gives one shorter shingle, an empty text none.
 * @example countShingles('a b c d e') // Map { 'a b c d' => 1, 'b c d e' => 1 }
 */
export function countShingles(text: string | null | undefined, n = NGRAM): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/**
 * Shingle tp / fp / fn of one prediction against its gold, normalised to sum 1.
 * @example scorePage('a b c d', 'a b c d') // { tp: 1, fp: 0, fn: 0 }
 */
export function scorePage(gold: string | null | undefined, predicted: string | null | undefined): PageCounts {
  const g = countShingles(gold);
  const p = countShingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, gc] of g) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (g.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/** Precision and recall of one page; precision is NaN without output, recall NaN without gold. */
export function pageRatios(c: PageCounts): { precision: number; recall: number } {
  const precision = c.fp === 0 && c.fn === 0 && c.tp > 0 ? 1 : c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : NaN;
  const recall = c.fp === 0 && c.fn === 0 && c.tp > 0 ? 1 : c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : NaN;
  return { precision, recall };
}

/**
 * Per-page scores for every id in gold or predictions (a missing prediction is an empty one).
 * @example scorePages({ a: 'x y' }, { a: 'x y' })[0].recall // 1
 */
export function scorePages(gold: Record<string, string>, predicted: Record<string, string | null | undefined>): PageScore[] {
  const ids = [...new Set([...Object.keys(gold), ...Object.keys(predicted)])].sort();
  return ids.map((id) => {
    const c = scorePage(gold[id], predicted[id]);
    return { id, ...c, ...pageRatios(c) };
  });
}

/**
 * Corpus precision (mean over pages with output), recall (mean over pages with gold) and their harmonic mean.
 * @example scoreCorpus({ a: 'x y z w' }, { a: 'x y z w' }).f1 // 1
 */
export function scoreCorpus(gold: Record<string, string>, predicted: Record<string, string | null | undefined>): CorpusScore {
  return summarise(scorePages(gold, predicted));
}

/** Corpus figures from per-page scores. */
export function summarise(pages: readonly PageScore[]): CorpusScore {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(pages.map((p) => p.precision).filter((x) => !Number.isNaN(x)));
  const recall = mean(pages.map((p) => p.recall).filter((x) => !Number.isNaN(x)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: pages.length };
}

/**
 * `{ id: articleBody }` from a ground-truth or prediction file's parsed JSON (plain or wrapped as {version, output}).
 * @example readBodies(JSON.parse(fs.readFileSync('published/trafilatura.json', 'utf8')))
 */
export function readBodies(data: unknown): Record<string, string> {
  const obj = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const inner = obj.output && typeof obj.output === 'object' && !('articleBody' in obj) ? (obj.output as Record<string, unknown>) : obj;
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(inner)) {
    const body = (value as { articleBody?: unknown } | null)?.articleBody;
    out[id] = typeof body === 'string' ? body : '';
  }
  return out;
}
