/**
 * Test helper: embedded dynalite + s3rver for one test file.
 * @example
 *   const stores = useEmbeddedStores();            // at describe level: starts in beforeAll, stops in afterAll
 *   it('should ...', async () => { const store = stores.store(); ... });
 */
import { afterAll, beforeAll } from 'vitest';
import { startEmbeddedStores } from '../../lambdas/local/embedded-stores.js';
import type { EmbeddedStores } from '../../lambdas/local/embedded-stores.js';
import { ArticleStore } from '../../lambdas/store/article-store.js';
import type { StoreConfig } from '../../lambdas/store/clients.js';

export interface EmbeddedStoresHandle {
  /** The store config of the running embedded stores. */
  config(): StoreConfig;
  /** An ArticleStore over them (one per file, created on first use, destroyed in afterAll). */
  store(): ArticleStore;
}

/** Start in-memory embedded stores (or on `dataDir`) before the tests of the enclosing block and stop them after. */
export function useEmbeddedStores(options: { dataDir?: string | null; tableName?: string; bucketName?: string } = {}): EmbeddedStoresHandle {
  let stores: EmbeddedStores | undefined;
  let store: ArticleStore | undefined;
  beforeAll(async () => {
    stores = await startEmbeddedStores({ dataDir: options.dataDir ?? null, tableName: options.tableName, bucketName: options.bucketName });
  });
  afterAll(async () => {
    store?.destroy();
    await stores?.close();
  });
  return {
    config() {
      if (!stores) throw new Error('embedded stores not started yet (call inside a test or hook)');
      return stores.config;
    },
    store() {
      store ??= new ArticleStore(this.config());
      return store;
    },
  };
}
