/**
 * Run the simulated news hosts in a worker thread, so their request timestamps are taken on an event loop the
 * crawler (cheerio, entity extraction, the SDK) cannot block: a gap the host measures is the gap on the wire.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HostPlan } from './fault-plan.js';
import type { HostLog, NewsHosts, RunningHost } from './news-hosts.js';

/**
 * Start the hosts of `plans` in a worker thread (loaded through tsx) and return the same handle as startNewsHosts.
 * @example const hosts = await startNewsHostsInThread(buildFaultPlan({ hosts: 3, articlesPerHost: 5 }))
 */
export async function startNewsHostsInThread(plans: HostPlan[]): Promise<NewsHosts> {
  // A worker does not inherit the parent's TypeScript loader: register tsx in the thread, then load the entry.
  const tsxDir = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./hosts-thread-entry.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: { plans } });
  const pending = new Map<number, (logs: HostLog[]) => void>();
  let nextId = 1;
  const hosts = await new Promise<RunningHost[]>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: { type: string; id?: number; hosts?: RunningHost[]; logs?: HostLog[] }) => {
      if (message.type === 'started') resolve(message.hosts ?? []);
      else if (message.id !== undefined) {
        pending.get(message.id)?.(message.logs ?? []);
        pending.delete(message.id);
      }
    });
  });
  const ask = (type: 'logs' | 'close'): Promise<HostLog[]> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ type, id });
    });
  return {
    hosts,
    collectLogs: () => ask('logs'),
    close: async () => {
      const logs = await ask('close');
      await worker.terminate();
      return logs;
    },
  };
}
