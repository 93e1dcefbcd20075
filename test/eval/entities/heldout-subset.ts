/**
 * @module test/eval/entities/heldout-subset
 * One summary line for the held-out stories whose id starts with one of the prefixes, scored with the code of another
 * checkout: how a set scored before the fixes its reports led to. The checkout's own gold-set loader, scorer and
 * entities stage are used, so copy the stories into its `test/eval/entities/heldout/` first.
 *
 * Run: npx tsx test/eval/entities/heldout-subset.ts <checkout> <prefix> [prefix ...]
 * @example npx tsx test/eval/entities/heldout-subset.ts /tmp/start s20d s20e
 */
import { resolve } from 'node:path';

const [checkout, ...prefixes] = process.argv.slice(2);
if (!checkout || prefixes.length === 0) {
  process.stderr.write('usage: npx tsx test/eval/entities/heldout-subset.ts <checkout> <prefix> [prefix ...]\n');
  process.exit(2);
}
const root = resolve(checkout);
const { loadGoldSet } = await import(`${root}/test/eval/entities/gold-set.ts`);
const { scoreArticle, summarizeScores } = await import(`${root}/test/eval/entities/gold-scorer.ts`);
const { extractEntities } = await import(`${root}/lambdas/entities/index.ts`);

interface HeldOut {
  id: string;
  text: string;
  gold: { title?: string; dateline?: string };
}
const set = (loadGoldSet('heldout') as HeldOut[]).filter((a) => prefixes.some((p) => a.id.startsWith(p)));
if (set.length === 0) {
  process.stderr.write(`no held-out story of ${root} starts with ${prefixes.join(' or ')}\n`);
  process.exit(1);
}
const s = summarizeScores(set.map((a) => scoreArticle(extractEntities(a.text, { title: a.gold.title, dateline: a.gold.dateline }), a.gold)));
const f = (v: number | null): string => (v === null ? ' -  ' : v.toFixed(3));
process.stdout.write(
  `${prefixes.join('+')} (${set.length}): people ${f(s.people.precision)}/${f(s.people.recall)} orgs ${f(s.organizations.precision)}/${f(s.organizations.recall)} ` +
    `locs ${f(s.locations.precision)}/${f(s.locations.recall)} official ${f(s.official)} govt ${f(s.government)} link ${f(s.personOrganization)} ` +
    `sector ${f(s.sectorMustRecall)} outside ${s.sectorOutside} quotes ${f(s.quotes)} mustNot ${s.mustNotViolations}\n`,
);
