import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { startEmbeddedStores } from '../../../lambdas/local/embedded-stores.js';
import { ArticleStore } from '../../../lambdas/store/article-store.js';
import { GSIS } from '../../../lambdas/store/table-design.js';
import { searchArticles } from '../../../lambdas/search/search-articles.js';
import { buildRecord } from '../store/build-record.js';

describe('startEmbeddedStores', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('should keep records, raw pages, seen markers and runs across a restart on the same data folder', async () => {
    // Prepare
    const dataDir = await mkdtemp(join(tmpdir(), 'pantau-data-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const first = await startEmbeddedStores({ dataDir });
    const writer = new ArticleStore(first.config);
    const raw = await writer.putRawPage({ source: 'idntimes-kaltim', articleId: 'p1', fetchedAt: '2021-11-13T01:00:00Z', bytes: Buffer.from('<html>persist</html>') });
    const { articleId } = await writer.saveArticle(buildRecord(), raw);
    await writer.markSeen('https://persist.example/a', 'idntimes-kaltim');
    await writer.saveRun({ runId: 'r1', startedAt: '2021-11-13T01:00:00Z', finishedAt: '2021-11-13T01:01:00Z', sources: [] });
    writer.destroy();
    await first.close();
    // Act
    const second = await startEmbeddedStores({ dataDir });
    cleanups.push(() => second.close());
    const reader = new ArticleStore(second.config);
    cleanups.push(async () => reader.destroy());
    // Assess
    expect(second.config.dynamoEndpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await reader.getArticle(articleId))?.title).toBe(buildRecord().title);
    expect((await reader.getRawPage(raw.key)).toString()).toBe('<html>persist</html>');
    expect(await reader.isSeen('https://persist.example/a')).toBe(true);
    expect((await reader.listRuns()).map((r) => r.runId)).toEqual(['r1']);
    expect((await searchArticles(reader, { org: 'KUMKMP' })).map((r) => r.articleId)).toEqual([articleId]);
    expect((await readdir(dataDir)).sort()).toEqual(['dynamodb', 's3']);
  });

  it('should run in memory with the designed table and a bucket when dataDir is null', async () => {
    // Prepare
    const stores = await startEmbeddedStores({ dataDir: null, tableName: 'mem-table', bucketName: 'mem-bucket' });
    cleanups.push(() => stores.close());
    const store = new ArticleStore(stores.config);
    cleanups.push(async () => store.destroy());
    // Act
    const table = await store.dynamo.send(new DescribeTableCommand({ TableName: 'mem-table' }));
    const raw = await store.putRawPage({ source: 's', articleId: 'a', fetchedAt: '2021-11-13T01:00:00Z', bytes: Buffer.from('x') });
    // Assess
    expect(table.Table?.TableStatus).toBe('ACTIVE');
    expect(table.Table?.GlobalSecondaryIndexes?.map((g) => g.IndexName).sort()).toEqual(GSIS.map((g) => g.indexName));
    expect((await store.getRawPage(raw.key)).toString()).toBe('x');
  });

  it('should refuse a bucket name S3 would reject', async () => {
    await expect(startEmbeddedStores({ dataDir: null, bucketName: 'ab' })).rejects.toThrow(/3\+ characters/);
  });
});
