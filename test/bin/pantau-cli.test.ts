/** The `pantau` CLI as a user runs it: a child process, real files, exit codes and messages. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITES = join(ROOT, 'test/fixtures/sites');
const tmp = mkdtempSync(join(tmpdir(), 'pantau-cli-'));

function pantau(args: string[], timeout = 60_000) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/pantau.js'), ...args], { cwd: tmp, encoding: 'utf8', timeout, env: { ...process.env, PANTAU_DATA: join(tmp, 'data') } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('pantau CLI', () => {
  // Six child processes one after another: on a loaded two-core machine they outlast the default 30 s.
  it('should print help for every command', () => {
    for (const command of ['run', 'demo', 'extract', 'entities', 'search', 'sources']) {
      const { code, stdout } = pantau([command, '--help']);
      expect(code, command).toBe(0);
      expect(stdout, command).toMatch(/Usage: pantau /);
    }
  }, 120_000);

  it('should extract one page as a JSON record and several as JSON lines with a file field', () => {
    const one = pantau(['extract', join(SITES, 'kompas/kompas-singlepage2.html')]);
    expect(one.code).toBe(0);
    const record = JSON.parse(one.stdout);
    expect(record.title).toMatch(/Yuddy/);
    expect(record.body.length).toBeGreaterThan(300);
    expect(record.extraction.method).toBeTruthy();

    const garbage = join(tmp, 'garbage.html');
    writeFileSync(garbage, '\u0000\u0001<<<>>> not a page');
    const many = pantau(['extract', join(SITES, 'detik/detik-singlepage.html'), garbage]);
    const lines = many.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].file).toMatch(/detik-singlepage\.html$/);
    expect(lines[1].error).toBeTruthy();
    expect(many.code).toBe(1);
    expect(many.stderr).toContain('garbage.html');
  });

  it('should find the officials of the reference article with pantau entities', () => {
    const { code, stdout } = pantau(['entities', join(ROOT, 'test/fixtures/text/idntimes-balikpapan-daya-saing.txt')]);
    expect(code).toBe(0);
    const names = JSON.parse(stdout).people.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Budi Wahyudi', 'Adwar Skenda Putra', 'Imdaad Hamid']));
  });

  it('should refuse bad input with a clear message', () => {
    const badDate = pantau(['search', '--since', 'kemarin']);
    expect(badDate.code).not.toBe(0);
    expect(badDate.stderr).toMatch(/since/i);

    const unknownFlag = pantau(['search', '--colour', 'red']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toMatch(/colour/);

    const config = join(tmp, 'sources.json');
    writeFileSync(config, JSON.stringify([{ id: 'x', name: 'X', timezone: 'WITA', feeds: ['https://example.com/rss'] }]));
    const badConfig = pantau(['run', '--sources', config]);
    expect(badConfig.code).toBe(1);
    expect(badConfig.stderr).toMatch(/timezone/);

    const unknown = pantau(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command/);
  });

  it('should run the offline demo and let pantau search find what it stored in the same data folder', () => {
    const demo = pantau(['demo', '--port', String(40000 + Math.floor(Math.random() * 20000))], 120_000);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/TOTAL/);
    const search = pantau(['search', '--org', 'KPK', '--json']);
    expect(search.code, search.stderr).toBe(0);
    const results = JSON.parse(search.stdout);
    expect(results.length).toBeGreaterThan(0);
    expect(results[0].source).toBeTruthy();
  }, 150_000);
});
