/**
 * @module store/host-gate
 * Cross-container politeness: one `HOST#<host>` item per host says when the next request to that host may leave
 * (`nextAllowedAt`, epoch ms) and whether a request is on its way (`lockedUntil`). A caller reads the item; when no
 * request is on its way it takes the turn max(now, nextAllowedAt) with a compare-and-set on the item's `version`, so
 * of callers racing for one turn exactly one wins. The winner sleeps until its turn, sends, and then releases the
 * gate with the time the request really left: the next turn starts `interval` after that. A request that leaves late
 * (new connection, TLS handshake, busy event loop) therefore pushes the next one back instead of crowding it.
 * Waiters sleep until the holder's turn would end and read again. A holder that dies keeps the gate only until
 * `lockedUntil` (turn + `sendTimeoutMs`). No transactions (dynalite has none); the item expires by TTL a day after
 * its last use.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from './keys.js';
import { isConditionFailure } from './table-io.js';
import type { TableContext } from './table-io.js';
import { TTL_ATTRIBUTE } from './table-design.js';

/** Settings of a gate; every field has a default. */
export interface TableHostGateOptions {
  /** Longest a caller waits for its turn before giving up (the fetch then fails, retryable). @default 120000 */
  maxWaitMs?: number;
  /** How long a turn's holder may take to send before others may go anyway (a crashed holder). @default 30000 */
  sendTimeoutMs?: number;
  /** Re-read period while a holder is late to release. @default 25 */
  pollMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Call once the request has left (or failed to): the gate's next turn starts `interval` after this moment. */
export type HostGateRelease = () => Promise<void>;

interface GateItem {
  nextAllowedAt?: number;
  lockedUntil?: number;
  version?: number;
}

const GATE_TTL_SECONDS = 86_400;

function sleepFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A host gate over the Pantau table; implements the fetcher's HostGate. */
export class TableHostGate {
  private readonly maxWaitMs: number;
  private readonly sendTimeoutMs: number;
  private readonly pollMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly ctx: TableContext,
    options: TableHostGateOptions = {},
  ) {
    this.maxWaitMs = options.maxWaitMs ?? 120_000;
    this.sendTimeoutMs = options.sendTimeoutMs ?? 30_000;
    this.pollMs = Math.max(1, options.pollMs ?? 25);
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? sleepFor;
  }

  /**
   * Wait for this caller's turn to send to `host`; resolves at the turn with the release to call once the request
   * has left.
   * @example const release = await gate.acquire('kaltim.idntimes.com', 1000); send(); await release();
   */
  async acquire(host: string, intervalMs: number): Promise<HostGateRelease> {
    const key = { pk: keys.hostGate(host), sk: keys.hostGateSk };
    const interval = Math.max(0, intervalMs);
    const deadline = this.now() + this.maxWaitMs;
    for (;;) {
      const result = await this.ctx.dynamo.send(new GetCommand({ TableName: this.ctx.tableName, Key: key, ConsistentRead: true }));
      const item = (result.Item ?? {}) as GateItem;
      const now = this.now();
      if (now > deadline) throw new Error(`waited more than ${this.maxWaitMs} ms for a turn to send to ${host}`);
      if ((item.lockedUntil ?? 0) > now) {
        // A request is on its way: its turn ends at nextAllowedAt at the earliest; read again then (or poll if late).
        await this.sleep(Math.max(this.pollMs, Math.min((item.nextAllowedAt ?? now) - now, item.lockedUntil! - now)));
        continue;
      }
      const turn = Math.max(now, item.nextAllowedAt ?? 0);
      const token = randomUUID();
      const claimed = await this.claim(key, host, item.version, { turn, interval, token });
      if (!claimed) {
        // Someone else took the turn: a short random pause spreads a crowd of contenders.
        await this.sleep(Math.floor(Math.random() * 5));
        continue;
      }
      // Timers may fire a millisecond early: wait until the clock has really reached the turn.
      for (let wait = turn - this.now(); wait > 0; wait = turn - this.now()) await this.sleep(wait);
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        await this.release(key, token, Math.max(turn, this.now()) + interval);
      };
    }
  }

  private async claim(key: { pk: string; sk: string }, host: string, version: number | undefined, turn: { turn: number; interval: number; token: string }): Promise<boolean> {
    const nextAllowedAt = turn.turn + turn.interval;
    try {
      await this.ctx.dynamo.send(
        new PutCommand({
          TableName: this.ctx.tableName,
          Item: {
            ...key,
            type: 'host-gate',
            host,
            nextAllowedAt,
            lockedUntil: turn.turn + this.sendTimeoutMs,
            lockToken: turn.token,
            version: (version ?? 0) + 1,
            [TTL_ATTRIBUTE]: Math.ceil(nextAllowedAt / 1000) + GATE_TTL_SECONDS,
          },
          ...(version === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: 'version = :version', ExpressionAttributeValues: { ':version': version } }),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  private async release(key: { pk: string; sk: string }, token: string, nextAllowedAt: number): Promise<void> {
    try {
      await this.ctx.dynamo.send(
        new UpdateCommand({
          TableName: this.ctx.tableName,
          Key: key,
          UpdateExpression: 'SET nextAllowedAt = :next, lockedUntil = :free, version = version + :one',
          // Only our own turn: if it timed out and someone else holds the gate now, leave theirs alone.
          ConditionExpression: 'lockToken = :token',
          ExpressionAttributeValues: { ':next': nextAllowedAt, ':free': 0, ':one': 1, ':token': token },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}
