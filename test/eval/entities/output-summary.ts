/**
 * @module test/eval/entities/output-summary
 * One line per text and entity kind of what the entities stage finds, over the gold pages, the probe stories in
 * `probes/` and `heldout/`, the item descriptions of the recorded RSS feeds and the NERGrit splits: run it before and after a change
 * and diff the two files to see every output the change moved, wanted or not. A tool, not a test: the lines are
 * whatever the code finds today.
 *
 * Run: npx tsx test/eval/entities/output-summary.ts > before.txt   (change the code)
 *      npx tsx test/eval/entities/output-summary.ts > after.txt; diff before.txt after.txt
 * Options: --no-nergrit leaves the NERGrit splits out (most of the lines).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../../../lambdas/entities/index.js';
import { locateNergrit, parseNergrit } from './nergrit-eval.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const REPO_ROOT = resolve(HERE, '../../..');

/** Texts by id: "<folder>/<file>" for files, "feed/<site>#<n>" for feed items, "<split>#<n>" for NERGrit sentences. */
function collectTexts(withNergrit: boolean): [string, string][] {
  const texts: [string, string][] = [];
  for (const folder of ['pages', 'probes', 'heldout'].filter((f) => existsSync(resolve(HERE, f)))) {
    const dir = resolve(HERE, folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) texts.push([`${folder}/${file}`, readFileSync(resolve(dir, file), 'utf8')]);
  }
  const shared = process.env.PANTAU_SHARED ? resolve(process.env.PANTAU_SHARED) : resolve(REPO_ROOT, '..', 'shared');
  const feeds = resolve(shared, 'corpus', 'feeds');
  if (existsSync(feeds)) {
    for (const site of readdirSync(feeds).sort()) {
      for (const file of readdirSync(resolve(feeds, site)).sort()) {
        const xml = readFileSync(resolve(feeds, site, file), 'utf8');
        let n = 0;
        for (const m of xml.matchAll(/<description>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/description>/g)) {
          const text = m[1]!.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ').replace(/\s+/g, ' ').trim();
          if (text.length >= 60) texts.push([`feed/${site}#${(n += 1)}`, text]);
        }
      }
    }
  }
  const nergrit = withNergrit ? locateNergrit() : null;
  if (nergrit) {
    for (const split of ['train', 'valid', 'test']) {
      parseNergrit(readFileSync(resolve(nergrit, `${split}_preprocess.txt`), 'utf8')).forEach((s, i) => texts.push([`${split}#${i}`, s.tokens.join(' ')]));
    }
  }
  return texts;
}

const spans = (mentions: readonly { start: number; end: number }[]): string => mentions.map((m) => `${m.start}-${m.end}`).join(',');

for (const [id, text] of collectTexts(!process.argv.includes('--no-nergrit'))) {
  const r = extractEntities(text);
  const people = r.people.map((p) => `${p.name}[${p.titles.join(';')}]${p.official ? '*' : ''}>${p.organization}@${spans(p.mentions)}`);
  const orgs = r.organizations.map((o) => `${o.name}${o.government ? '*' : ''}@${spans(o.mentions)}`);
  const places = r.locations.map((l) => `${l.name}(${l.kind})@${spans(l.mentions)}`);
  process.stdout.write(`${id}\tP ${people.join(' | ')}\n${id}\tO ${orgs.join(' | ')}\n${id}\tL ${places.join(' | ')}\n`);
  process.stdout.write(`${id}\tQ ${r.quotes.map((q) => q.speaker).join('; ')} S ${r.sectors.map((s) => s.code).join(' ')}\n`);
}
