/** The search Lambda handler over real dynalite: bad queries get 400 with a message, good ones JSON records. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../../lambdas/shared/env.js';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';
import { functionUrlEvent } from '../../helpers/factories.js';
import { buildArticleRecord } from '../../../lambdas/pipeline/build-record.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const stores = useEmbeddedStores();
const PAGE = fileURLToPath(new URL('../../fixtures/sites/republika/republika-singlepage2.html', import.meta.url));

beforeAll(async () => {
  const config = stores.config();
  Object.assign(process.env, {
    [ENV.tableName]: config.tableName,
    [ENV.bucketName]: config.bucketName,
    [ENV.dynamoEndpoint]: config.dynamoEndpoint,
    [ENV.s3Endpoint]: config.s3Endpoint,
    AWS_ACCESS_KEY_ID: config.credentials?.accessKeyId ?? 'local',
    AWS_SECRET_ACCESS_KEY: config.credentials?.secretAccessKey ?? 'local',
  });
  const record = buildArticleRecord({ html: readFileSync(PAGE, 'latin1'), url: 'http://www.republika.co.id/berita/o2zwha283', source: 'republika', fetchedAt: '2016-02-23T10:00:00Z' });
  const raw = await stores.store().putRawPage({ source: 'republika', articleId: 'a1', fetchedAt: '2016-02-23T10:00:00Z', bytes: Buffer.from('<html></html>') });
  await stores.store().saveArticle(record, raw);
});

describe('search-articles handler', () => {
  it('should answer 400 with a message for a bad query', async () => {
    const { handler } = await import('../../../lambdas/handlers/search-articles.js');
    const response = (await handler(functionUrlEvent({ since: '2016-13-45' }))) as { statusCode: number; body: string };
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body).error).toMatch(/since/);
  });

  it('should answer 200 with the matching records', async () => {
    const { handler } = await import('../../../lambdas/handlers/search-articles.js');
    const response = (await handler(functionUrlEvent({ org: 'KPK' }))) as { statusCode: number; body: string };
    expect(response.statusCode).toBe(200);
    const results = JSON.parse(response.body);
    expect(results).toHaveLength(1);
    expect(results[0].source).toBe('republika');
  });
});
