/**
 * Which store the CLI talks to: the embedded stores (dynalite + s3rver on disk under the data folder) by default, or
 * AWS when PANTAU_TABLE_NAME and PANTAU_BUCKET_NAME (and a region) are set.
 */
import { resolve } from 'node:path';
import { ArticleStore } from '../../lambdas/store/article-store.js';
import type { StoreConfig } from '../../lambdas/store/clients.js';
import { startEmbeddedStores } from '../../lambdas/local/embedded-stores.js';
import { ENV } from '../../lambdas/shared/env.js';

/** The data folder shared by `pantau demo`, `pantau run` and `pantau search`. */
export function defaultDataDir(): string {
  return resolve(process.env.PANTAU_DATA ?? '.pantau');
}

export interface StoreContext {
  store: ArticleStore;
  /** Where the records are, for people: "embedded stores in /path/.pantau" or "AWS table X / bucket Y". */
  description: string;
  close(): Promise<void>;
}

/** Open the configured store: AWS when the environment names a table and bucket, else the embedded stores. */
export async function openStore(dataDir?: string): Promise<StoreContext> {
  const tableName = process.env[ENV.tableName];
  const bucketName = process.env[ENV.bucketName];
  if (tableName && bucketName) {
    const config: StoreConfig = { tableName, bucketName, region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION };
    const store = new ArticleStore(config);
    return { store, description: `AWS table ${tableName}, bucket ${bucketName}`, close: async () => store.destroy() };
  }
  const dir = resolve(dataDir ?? defaultDataDir());
  const embedded = await startEmbeddedStores({ dataDir: dir });
  const store = new ArticleStore(embedded.config);
  return {
    store,
    description: `embedded stores in ${dir}`,
    close: async () => {
      store.destroy();
      await embedded.close();
    },
  };
}
