/** An in-memory SQS fake (two queues, visibility timeouts, injectable failures): there is no local SQS to run. */
import { expect } from 'vitest';
import type { QueueClient } from '../../../../lambdas/queue/replay-dead-letters.js';

export interface FakeMessage {
  MessageId: string;
  Body: string;
  receipts: number;
  invisibleUntil: number;
}

/** An SQS fake with two queues, visibility timeouts and injectable send/delete failures. */
export class FakeSqs implements QueueClient {
  readonly queues = new Map<string, FakeMessage[]>();
  readonly calls: string[] = [];
  clock = 0;
  failSendIds = new Set<string>();
  failDelete = false;
  sendThrows = false;

  constructor() {
    this.queues.set('dlq', []);
    this.queues.set('main', []);
  }

  add(queue: string, body: string): void {
    const list = this.queues.get(queue)!;
    list.push({ MessageId: `${queue}-${list.length + 1}-${Math.random().toString(36).slice(2, 6)}`, Body: body, receipts: 0, invisibleUntil: 0 });
  }

  async send(command: { constructor: { name: string }; input: any }): Promise<unknown> {
    const name = command.constructor.name;
    const input = command.input;
    this.calls.push(name);
    const queue = this.queues.get(input.QueueUrl)!;
    switch (name) {
      case 'ReceiveMessageCommand': {
        const visible = queue.filter((m) => m.invisibleUntil <= this.clock).slice(0, input.MaxNumberOfMessages);
        for (const m of visible) {
          m.receipts++;
          m.invisibleUntil = this.clock + input.VisibilityTimeout * 1000;
        }
        return { Messages: visible.map((m) => ({ MessageId: m.MessageId, Body: m.Body, ReceiptHandle: `${m.MessageId}#${m.receipts}` })) };
      }
      case 'SendMessageBatchCommand': {
        if (this.sendThrows) throw new Error('AWS.SimpleQueueService.NonExistentQueue');
        expect(input.Entries.length).toBeLessThanOrEqual(10);
        const Successful: unknown[] = [];
        const Failed: unknown[] = [];
        for (const entry of input.Entries) {
          const url = JSON.parse(entry.MessageBody).url as string;
          if ([...this.failSendIds].some((id) => url.endsWith(id))) Failed.push({ Id: entry.Id, Code: 'InternalError', Message: 'try later' });
          else {
            this.add(input.QueueUrl, entry.MessageBody);
            Successful.push({ Id: entry.Id });
          }
        }
        return { Successful, Failed };
      }
      case 'DeleteMessageBatchCommand': {
        if (this.failDelete) return { Successful: [], Failed: input.Entries.map((e: { Id: string }) => ({ Id: e.Id, Code: 'ReceiptHandleIsInvalid' })) };
        for (const entry of input.Entries) {
          const id = entry.ReceiptHandle.split('#')[0];
          const index = queue.findIndex((m) => m.MessageId === id);
          if (index >= 0) queue.splice(index, 1);
        }
        return { Successful: input.Entries.map((e: { Id: string }) => ({ Id: e.Id })), Failed: [] };
      }
      case 'ChangeMessageVisibilityBatchCommand': {
        for (const entry of input.Entries) {
          const m = queue.find((q) => q.MessageId === entry.ReceiptHandle.split('#')[0]);
          if (m) m.invisibleUntil = this.clock + entry.VisibilityTimeout * 1000;
        }
        return {};
      }
      default:
        throw new Error(`unexpected command ${name}`);
    }
  }
}

