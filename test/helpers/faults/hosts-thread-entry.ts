/** Worker-thread entry: runs the simulated news hosts on their own event loop (see hosts-thread.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { startNewsHosts } from './news-hosts.js';
import type { HostPlan } from './fault-plan.js';

const port = parentPort;
if (!port) throw new Error('hosts-thread-entry must run in a worker thread');
const hosts = await startNewsHosts((workerData as { plans: HostPlan[] }).plans);
port.on('message', (message: { type: 'logs' | 'close'; id: number }) => {
  if (message.type === 'logs') void hosts.collectLogs().then((logs) => port.postMessage({ type: 'logs', id: message.id, logs }));
  if (message.type === 'close') void hosts.close().then((logs) => port.postMessage({ type: 'closed', id: message.id, logs }));
});
port.postMessage({ type: 'started', hosts: hosts.hosts });
