/**
 * An in-memory stand-in for SQS with what the ingest flow relies on: visibility timeout, receive count, redrive to a
 * dead-letter queue after maxReceiveCount receives, batches of up to 10, receipt handles (a delete with a stale
 * handle does nothing, as SQS may do), and no ordering promise (messages are handed out in random order).
 */
import { randomUUID } from 'node:crypto';
import type { Random } from '../../helpers/faults/seeded-random.js';

/** A message as a consumer receives it. */
export interface QueueMessage<T> {
  messageId: string;
  receiptHandle: string;
  body: T;
  /** ApproximateReceiveCount: 1 on the first delivery. */
  receiveCount: number;
  sentAt: number;
}

interface StoredMessage<T> {
  messageId: string;
  body: T;
  receiveCount: number;
  visibleAt: number;
  receiptHandle: string | null;
  sentAt: number;
}

export interface LocalQueueOptions {
  visibilityTimeoutMs: number;
  /** Receives after which the next receive moves the message to the DLQ (SQS redrive policy). */
  maxReceiveCount: number;
  random: Random;
  now?: () => number;
}

export interface QueueStats {
  sent: number;
  received: number;
  deleted: number;
  /** Deliveries with receiveCount > 1. */
  redelivered: number;
  /** Deletes with a handle that was no longer current (the message had reappeared and been received again). */
  staleDeletes: number;
  movedToDlq: number;
}

/** The queue and its DLQ. */
export class LocalQueue<T> {
  private readonly messages = new Map<string, StoredMessage<T>>();
  private readonly deadLetters: Array<{ messageId: string; body: T; receiveCount: number }> = [];
  private readonly now: () => number;
  readonly stats: QueueStats = { sent: 0, received: 0, deleted: 0, redelivered: 0, staleDeletes: 0, movedToDlq: 0 };

  constructor(private readonly options: LocalQueueOptions) {
    this.now = options.now ?? Date.now;
  }

  /** SendMessageBatch: each body becomes one message, visible at once or after `delayMs` (DelaySeconds). */
  send(bodies: T[], delayMs = 0): string[] {
    return bodies.map((body) => {
      const messageId = randomUUID();
      const visibleAt = delayMs > 0 ? this.now() + delayMs : 0;
      this.messages.set(messageId, { messageId, body, receiveCount: 0, visibleAt, receiptHandle: null, sentAt: this.now() });
      this.stats.sent++;
      return messageId;
    });
  }

  /** ReceiveMessage: up to `max` (<= 10) visible messages in random order; each becomes invisible for the timeout. */
  receive(max: number): Array<QueueMessage<T>> {
    const now = this.now();
    const visible = [...this.messages.values()].filter((m) => m.visibleAt <= now);
    const out: Array<QueueMessage<T>> = [];
    while (visible.length > 0 && out.length < Math.min(max, 10)) {
      const index = Math.floor(this.options.random() * visible.length);
      const message = visible.splice(index, 1)[0]!;
      if (message.receiveCount >= this.options.maxReceiveCount) {
        this.messages.delete(message.messageId);
        this.deadLetters.push({ messageId: message.messageId, body: message.body, receiveCount: message.receiveCount });
        this.stats.movedToDlq++;
        continue;
      }
      message.receiveCount++;
      message.visibleAt = now + this.options.visibilityTimeoutMs;
      message.receiptHandle = randomUUID();
      this.stats.received++;
      if (message.receiveCount > 1) this.stats.redelivered++;
      out.push({ messageId: message.messageId, receiptHandle: message.receiptHandle, body: message.body, receiveCount: message.receiveCount, sentAt: message.sentAt });
    }
    return out;
  }

  /** DeleteMessage: true when the handle was current and the message is gone. */
  delete(receiptHandle: string): boolean {
    for (const message of this.messages.values()) {
      if (message.receiptHandle === receiptHandle) {
        this.messages.delete(message.messageId);
        this.stats.deleted++;
        return true;
      }
    }
    this.stats.staleDeletes++;
    return false;
  }

  /** Messages not deleted yet (visible or in flight). */
  get size(): number {
    return this.messages.size;
  }

  /** Bodies of the messages not deleted yet (what a stopped run leaves in flight). */
  pendingBodies(): T[] {
    return [...this.messages.values()].map((m) => m.body);
  }

  /** When the next invisible message becomes visible again (epoch ms), or null when none is in flight. */
  nextVisibleAt(): number | null {
    let next: number | null = null;
    for (const m of this.messages.values()) if (next === null || m.visibleAt < next) next = m.visibleAt;
    return next;
  }

  /** The dead-letter queue's contents. */
  get dlq(): ReadonlyArray<{ messageId: string; body: T; receiveCount: number }> {
    return this.deadLetters;
  }
}
