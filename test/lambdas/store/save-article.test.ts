import { describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';
import { claimVersion, flipLatest, planSave, readLatest, upsertEntities, writeMentions } from '../../../lambdas/store/save-article.js';
import type { ArticleStore } from '../../../lambdas/store/article-store.js';
import type { TableContext } from '../../../lambdas/store/table-io.js';
import { searchArticles } from '../../../lambdas/search/search-articles.js';
import type { ArticleRecord } from '../../../lambdas/shared/types.js';
import { buildRecord, mentionOf } from './build-record.js';

const RAW = { key: 'raw/k.html.gz', contentHash: 'h' };

function contextOf(store: ArticleStore): TableContext {
  return { dynamo: store.dynamo, tableName: store.config.tableName };
}

/** A second version of `canonicalUrl` that mentions Kementerian Perindustrian instead of the Balikpapan agency. */
function buildSecondVersion(canonicalUrl: string, orgName = 'Kementerian Perindustrian', acronym = 'Kemenperin'): ArticleRecord {
  const body = `Jakarta - ${orgName} meninjau pabrik otomotif.`;
  return buildRecord({
    canonicalUrl,
    body,
    people: [],
    organizations: [{ name: orgName, acronym, aliases: [], government: true, mentions: mentionOf(body, orgName) }],
  });
}

async function itemsOf(store: ArticleStore, articleId: string): Promise<Array<Record<string, unknown>>> {
  const page = await store.dynamo.send(new ScanCommand({ TableName: store.config.tableName }));
  return (page.Items ?? []).filter((item) => item.articleId === articleId);
}

describe('saveArticle crash safety', () => {
  const stores = useEmbeddedStores();

  it('should show only the old version when a save dies before the pointer flip, and finish it on retry', async () => {
    // Prepare: v1 stored, then v2's version item, mentions and directory entries written, pointer never flipped
    const store = stores.store();
    const ctx = contextOf(store);
    const url = 'https://example.com/crash-before-flip';
    const { articleId } = await store.saveArticle(buildRecord({ canonicalUrl: url }), RAW);
    const v2 = buildSecondVersion(url);
    const plan = planSave(v2, RAW);
    const claimed = await claimVersion(ctx, plan, await readLatest(ctx, articleId));
    await writeMentions(ctx, plan, claimed!);
    await upsertEntities(ctx, plan.entities);
    // Act (readers during the half state)
    const current = await store.getArticle(articleId);
    const byNewOrg = await searchArticles(store, { org: 'Kemenperin' });
    const byOldOrg = await searchArticles(store, { org: 'KUMKMP' });
    const history = await store.listVersions(articleId);
    // Act (retry)
    const retried = await store.saveArticle(v2, RAW);
    // Assess
    expect(claimed).toBe(2);
    expect(current?.version).toBe(1);
    expect(byNewOrg.map((a) => a.articleId)).not.toContain(articleId);
    expect(byOldOrg.map((a) => a.articleId)).toContain(articleId);
    expect(history.map((v) => v.version)).toEqual([1]);
    expect(retried).toEqual({ articleId, version: 2, outcome: 'updated' });
    expect((await searchArticles(store, { org: 'Kemenperin' })).map((a) => a.articleId)).toContain(articleId);
    expect((await searchArticles(store, { org: 'KUMKMP' })).map((a) => a.articleId)).not.toContain(articleId);
    expect((await store.listVersions(articleId)).map((v) => v.version)).toEqual([1, 2]);
  });

  it('should finish the stale-mention cleanup when a save died right after the flip', async () => {
    // Prepare: v2 committed (pointer flipped) but v1's mentions not yet deleted
    const store = stores.store();
    const ctx = contextOf(store);
    const url = 'https://example.com/crash-after-flip';
    const { articleId } = await store.saveArticle(buildRecord({ canonicalUrl: url }), RAW);
    const v2 = buildSecondVersion(url, 'Kementerian Perhubungan', 'Kemenhub');
    const plan = planSave(v2, RAW);
    const version = await claimVersion(ctx, plan, await readLatest(ctx, articleId));
    await writeMentions(ctx, plan, version!);
    await upsertEntities(ctx, plan.entities);
    expect(await flipLatest(ctx, plan, version!, 1)).toBe(true);
    const staleBefore = (await itemsOf(store, articleId)).filter((item) => item.type === 'mention' && item.version === 1);
    // Act
    const byOldOrg = await searchArticles(store, { org: 'KUMKMP' });
    const retried = await store.saveArticle(v2, RAW);
    // Assess
    expect(staleBefore.length).toBeGreaterThan(0);
    expect(byOldOrg.map((a) => a.articleId)).not.toContain(articleId);
    expect(retried).toEqual({ articleId, version: 2, outcome: 'unchanged' });
    const items = await itemsOf(store, articleId);
    expect(items.filter((item) => item.type === 'mention' && item.version === 1)).toEqual([]);
    expect(items.find((item) => item.sk === 'LATEST')?.cleanupPending).toBeUndefined();
  });

  it('should skip and delete an abandoned version whose content never got committed', async () => {
    // Prepare: an attempt at v2 with content B died after claiming; the next fetch brings content C
    const store = stores.store();
    const ctx = contextOf(store);
    const url = 'https://example.com/abandoned';
    const { articleId } = await store.saveArticle(buildRecord({ canonicalUrl: url }), RAW);
    const planB = planSave(buildSecondVersion(url, 'Kementerian Keuangan', 'Kemenkeu'), RAW);
    await claimVersion(ctx, planB, await readLatest(ctx, articleId));
    await writeMentions(ctx, planB, 2);
    // Act
    const saved = await store.saveArticle(buildSecondVersion(url, 'Kementerian Agama', 'Kemenag'), RAW);
    // Assess
    expect(saved).toEqual({ articleId, version: 3, outcome: 'updated' });
    expect((await store.listVersions(articleId)).map((v) => v.version)).toEqual([1, 3]);
    const items = await itemsOf(store, articleId);
    expect(items.filter((item) => item.version === 2)).toEqual([]);
    expect(await searchArticles(store, { org: 'Kemenkeu' })).toEqual([]);
  });

  it('should refuse to flip the pointer when another save moved it first', async () => {
    // Prepare
    const store = stores.store();
    const ctx = contextOf(store);
    const url = 'https://example.com/conflict';
    await store.saveArticle(buildRecord({ canonicalUrl: url }), RAW);
    const plan = planSave(buildSecondVersion(url), RAW);
    // Act
    const flippedFromWrongVersion = await flipLatest(ctx, plan, 5, 4);
    const flippedAsNew = await flipLatest(ctx, plan, 5, null);
    // Assess
    expect([flippedFromWrongVersion, flippedAsNew]).toEqual([false, false]);
    expect((await store.getArticle(plan.articleId))?.version).toBe(1);
  });
});
