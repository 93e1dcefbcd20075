import { describe, expect, it } from 'vitest';
import { HostScheduler } from '../../../lambdas/fetch/host-scheduler.js';

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('HostScheduler', () => {
  it('should run tasks for one host one at a time, starts at least the interval apart', async () => {
    // Prepare
    const scheduler = new HostScheduler();
    const events: string[] = [];
    const starts: number[] = [];
    const task = (name: string) => async () => {
      starts.push(Date.now());
      events.push(`start ${name}`);
      await pause(10);
      events.push(`end ${name}`);
    };

    // Act
    await Promise.all([scheduler.run('a.test', 50, task('1')), scheduler.run('a.test', 50, task('2')), scheduler.run('a.test', 50, task('3'))]);

    // Assess
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(48);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(48);
  });

  it('should not make different hosts wait for each other', async () => {
    const scheduler = new HostScheduler();
    const began = Date.now();
    await Promise.all(['a.test', 'b.test', 'c.test'].map((host) => scheduler.run(host, 1000, () => pause(30))));
    await Promise.all(['d.test', 'e.test'].map((host) => scheduler.run(host, 1000, () => pause(30))));
    expect(Date.now() - began).toBeLessThan(500);
  });

  it('should keep going after a task fails and pass the failure to its caller', async () => {
    const scheduler = new HostScheduler();
    const failed = scheduler.run('a.test', 0, () => Promise.reject(new Error('boom')));
    const next = scheduler.run('a.test', 0, () => Promise.resolve('ok'));
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });

  it('should wait through the injected clock', async () => {
    let clock = 1_000;
    const waits: number[] = [];
    const scheduler = new HostScheduler({ now: () => clock, sleep: async (ms) => void (waits.push(ms), (clock += ms)) });
    await scheduler.run('a.test', 300, async () => undefined);
    clock += 100;
    await scheduler.run('a.test', 300, async () => undefined);
    expect(waits).toEqual([200]);
  });
});
