/** `pantau sources --health`: each source's status, last success and why, from the run records in the data folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSourceHealth } from '../../../bin/cli/commands/sources.js';
import { startEmbeddedStores } from '../../../lambdas/local/embedded-stores.js';
import { ArticleStore, type RunRecord } from '../../../lambdas/store/article-store.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'pantau-health-'));
const dataDir = join(tmp, 'data');
const sourcesFile = join(tmp, 'sources.json');

function summary(source: string, fields: Partial<RunRecord['sources'][number]>): RunRecord['sources'][number] {
  return { source, discovered: 0, fetched: 0, stored: 0, unchanged: 0, skipped: 0, skipReasons: {}, errors: [], ...fields };
}

function pantau(args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/pantau.js'), ...args], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  const base = { timezone: 'Asia/Makassar', sitemaps: [], listings: [], language: 'id', verified: false };
  writeFileSync(
    sourcesFile,
    JSON.stringify([
      { ...base, id: 'sehat', name: 'Sehat', feeds: ['https://sehat.example/rss'] },
      { ...base, id: 'mati', name: 'Mati', feeds: ['https://mati.example/rss'] },
      { ...base, id: 'baru', name: 'Baru', feeds: ['https://baru.example/rss'] },
    ]),
  );
  const stores = await startEmbeddedStores({ dataDir });
  const store = new ArticleStore(stores.config);
  for (let i = 0; i < 4; i++) {
    const startedAt = new Date(Date.UTC(2024, 5, 1, i)).toISOString();
    await store.saveRun({
      runId: `run-${i}`,
      startedAt,
      finishedAt: startedAt,
      sources: [
        summary('sehat', { discovered: 2, fetched: 2, stored: 2 }),
        i === 0 ? summary('mati', { discovered: 1, fetched: 1, stored: 1 }) : summary('mati', { errors: ['https://mati.example/rss: HTTP 503 Service Unavailable'] }),
      ],
    });
  }
  store.destroy();
  await stores.close();
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('pantau sources --health', () => {
  it('should show each source with its status, last success and reason, and exit 1 when one is unhealthy', () => {
    // Act
    const text = pantau(['sources', '--health', '--data', dataDir, '--sources', sourcesFile]);
    const json = pantau(['sources', '--health', '--data', dataDir, '--sources', sourcesFile, '--json']);

    // Assess
    expect(text.stderr).toBe('');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^OK\s+sehat\s+last success 2024-06-01T03:00:00.000Z$/m);
    expect(text.stdout).toMatch(/^UNHEALTHY mati\s+last success 2024-06-01T00:00:00.000Z\n\s+discovery failed in the last 3 runs \(latest: https:\/\/mati.example\/rss: HTTP 503/m);
    expect(text.stdout).toMatch(/^NO DATA\s+baru\s+no run yet$/m);
    expect(text.stdout).toMatch(/1 of 3 source\(s\) unhealthy\./);
    expect(JSON.parse(json.stdout).map((h: { source: string; status: string }) => [h.source, h.status])).toEqual([
      ['sehat', 'ok'],
      ['mati', 'unhealthy'],
      ['baru', 'no-data'],
    ]);
  });

  it('should refuse --check together with --health', () => {
    const result = pantau(['sources', '--health', '--check', '--sources', sourcesFile]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--check and --health do not go together/);
  });

  it('should format an all-healthy list', () => {
    expect(formatSourceHealth([{ source: 'a', status: 'ok', reasons: [], lastSuccessAt: null, lastRunAt: 'x', runs: 1 }])).toMatch(/^OK\s+a\s+never succeeded\n\n0 of 1 source\(s\) unhealthy\.\n$/);
  });
});
