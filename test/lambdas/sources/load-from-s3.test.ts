/** Sources read from S3 (real s3rver): valid files load, bad ones fail with the s3:// URL and the field named. */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { loadSourcesFromS3 } from '../../../lambdas/sources/load-from-s3.js';
import { ConfigError } from '../../../lambdas/shared/errors.js';
import { useEmbeddedStores } from '../../helpers/embedded-stores.js';

const stores = useEmbeddedStores();

async function put(key: string, body: string) {
  await stores.store().s3.send(new PutObjectCommand({ Bucket: stores.config().bucketName, Key: key, Body: body }));
}

describe('loadSourcesFromS3', () => {
  it('should load a valid sources file', async () => {
    await put('config/sources.json', JSON.stringify([{ id: 'antara-kaltim', name: 'Antara Kaltim', timezone: 'Asia/Makassar', feeds: ['https://kaltim.antaranews.com/rss/terkini.xml'] }]));
    const sources = await loadSourcesFromS3(stores.store().s3, stores.config().bucketName, 'config/sources.json');
    expect(sources.map((s) => [s.id, s.timezone])).toEqual([['antara-kaltim', 'Asia/Makassar']]);
  });

  it('should name the object and the bad field of an invalid file', async () => {
    await put('config/bad.json', JSON.stringify([{ id: 'x', name: 'X', timezone: 'WITA', feeds: ['https://example.com/rss'] }]));
    const error = await loadSourcesFromS3(stores.store().s3, stores.config().bucketName, 'config/bad.json').catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/sources\[0\]\.timezone/);
    expect(error.message).toMatch(/s3:\/\/.*config\/bad\.json/);
  });

  it('should say so when the object is missing', async () => {
    const error = await loadSourcesFromS3(stores.store().s3, stores.config().bucketName, 'config/none.json').catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/cannot read sources/);
  });
});
