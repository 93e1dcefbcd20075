/**
 * @module host-scheduler
 * Per-host politeness: tasks for one host run one at a time, and each starts at least `intervalMs` after the previous
 * one started (start to start). Tasks for different hosts do not wait for each other.
 *
 * A task may report when its request really left (`markSent`): a new connection, a TLS handshake or a busy event
 * loop can hold a request back after it was started, and the host only sees it then. The next task waits from the
 * later of the two, so the gap the host sees is never shorter than the interval.
 */

/** Clock used for waiting; injectable so tests can record waits instead of sleeping. */
export interface SchedulerClock {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Sleep with a real timer. */
export function sleepFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Serialises work per host and spaces its starts. */
export class HostScheduler {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly lastStarts = new Map<string, number>();

  constructor(private readonly clock: SchedulerClock = { now: Date.now, sleep: sleepFor }) {}

  /**
   * Run `task` for `host` once every earlier task for that host has finished and `intervalMs` has passed since the
   * previous start. Resolves or rejects with the task's own outcome.
   * @example await scheduler.run('example.com', 1000, () => sendRequest(spec))
   */
  run<T>(host: string, intervalMs: number, task: (markSent: () => void) => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    const result = previous.then(async () => {
      await this.waitForTurn(host, intervalMs);
      this.lastStarts.set(host, this.clock.now());
      const markSent = (): void => {
        this.lastStarts.set(host, Math.max(this.lastStarts.get(host) ?? 0, this.clock.now()));
      };
      return task(markSent);
    });
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(host, tail);
    void tail.then(() => {
      if (this.tails.get(host) === tail) this.tails.delete(host);
    });
    return result;
  }

  /** When the previous task for `host` started (epoch ms), or undefined if none yet. */
  lastStartOf(host: string): number | undefined {
    return this.lastStarts.get(host);
  }

  private async waitForTurn(host: string, intervalMs: number): Promise<void> {
    const lastStart = this.lastStarts.get(host);
    if (lastStart === undefined) return;
    const wait = lastStart + intervalMs - this.clock.now();
    if (wait > 0) await this.clock.sleep(wait);
  }
}
