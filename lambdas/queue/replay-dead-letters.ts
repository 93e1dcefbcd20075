/**
 * @module queue/replay-dead-letters
 * Move messages from the dead-letter queue back to the ingest queue, in batches of ten: receive, send, and delete
 * from the DLQ only the messages the ingest queue accepted. A crash between send and delete leaves a message in both
 * queues; ingest is idempotent, so the worst case is one extra, harmless ingest, never a lost article.
 */
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
} from '@aws-sdk/client-sqs';
import type { Message, SendMessageBatchRequestEntry } from '@aws-sdk/client-sqs';
import { parseIngestMessage } from './article-queue.js';

/** The part of SQSClient the replay needs (a fake in tests). */
export interface QueueClient {
  send(command: ReceiveMessageCommand | SendMessageBatchCommand | DeleteMessageBatchCommand | ChangeMessageVisibilityBatchCommand): Promise<unknown>;
}

/** What to move and how. */
export interface ReplayDeadLettersOptions {
  dlqUrl: string;
  queueUrl: string;
  /** Most messages to take from the DLQ in this call. @default 1000 */
  max?: number;
  /** List what would move; nothing is sent or deleted, and the messages are made visible again at the end. */
  dryRun?: boolean;
  /** How long received messages stay hidden from other consumers while we move them. @default 60 */
  visibilityTimeoutSeconds?: number;
  /** Long-poll wait of each receive; the DLQ counts as empty when one receive returns nothing. @default 1 */
  waitTimeSeconds?: number;
}

/** One message looked at. */
export interface ReplayedMessage {
  messageId: string;
  /** The article URL, or null for a body that is not an ingest request. */
  url: string | null;
  outcome: 'moved' | 'would-move' | 'send-failed' | 'delete-failed' | 'malformed';
  detail?: string;
}

/** What a replay did. */
export interface ReplayReport {
  dryRun: boolean;
  received: number;
  moved: number;
  /** Not accepted by the ingest queue: they stay in the DLQ (visible again after the visibility timeout). */
  sendFailed: number;
  /** Sent but not deleted from the DLQ: they will be replayed again (harmless: ingest is idempotent). */
  deleteFailed: number;
  /** Bodies that are not ingest requests: left in the DLQ for a person to look at. */
  malformed: number;
  messages: ReplayedMessage[];
}

/**
 * Move up to `max` messages from the DLQ to the ingest queue (or, with dryRun, only list them).
 * @example await replayDeadLetters(new SQSClient({}), { dlqUrl, queueUrl, max: 100 })
 */
export async function replayDeadLetters(sqs: QueueClient, options: ReplayDeadLettersOptions): Promise<ReplayReport> {
  const max = options.max ?? 1000;
  const report: ReplayReport = { dryRun: Boolean(options.dryRun), received: 0, moved: 0, sendFailed: 0, deleteFailed: 0, malformed: 0, messages: [] };
  const seen = new Set<string>();
  const heldBack: Message[] = [];
  while (report.received < max) {
    const batch = await receiveBatch(sqs, options, Math.min(10, max - report.received));
    const fresh = batch.filter((m) => m.MessageId && m.ReceiptHandle && !seen.has(m.MessageId));
    if (fresh.length === 0) break;
    for (const message of fresh) seen.add(message.MessageId!);
    report.received += fresh.length;
    const valid: Array<{ message: Message; url: string }> = [];
    for (const message of fresh) {
      const url = readUrl(message.Body);
      if (url === null) {
        report.malformed++;
        report.messages.push({ messageId: message.MessageId!, url: null, outcome: 'malformed', detail: (message.Body ?? '').slice(0, 80) });
        heldBack.push(message);
      } else valid.push({ message, url });
    }
    if (options.dryRun) {
      for (const { message, url } of valid) report.messages.push({ messageId: message.MessageId!, url, outcome: 'would-move' });
      heldBack.push(...valid.map((v) => v.message));
      continue;
    }
    if (valid.length) await moveBatch(sqs, options, valid, report);
  }
  // Whatever we only looked at goes back at once instead of hiding for the visibility timeout.
  await releaseMessages(sqs, options.dlqUrl, heldBack);
  return report;
}

async function receiveBatch(sqs: QueueClient, options: ReplayDeadLettersOptions, count: number): Promise<Message[]> {
  const result = (await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: options.dlqUrl,
      MaxNumberOfMessages: count,
      VisibilityTimeout: options.visibilityTimeoutSeconds ?? 60,
      WaitTimeSeconds: options.waitTimeSeconds ?? 1,
      MessageAttributeNames: ['All'],
      MessageSystemAttributeNames: ['MessageGroupId', 'MessageDeduplicationId'],
    }),
  )) as { Messages?: Message[] };
  return result.Messages ?? [];
}

async function moveBatch(
  sqs: QueueClient,
  options: ReplayDeadLettersOptions,
  batch: Array<{ message: Message; url: string }>,
  report: ReplayReport,
): Promise<void> {
  const entries: SendMessageBatchRequestEntry[] = batch.map(({ message }, i) => ({
    Id: String(i),
    MessageBody: message.Body!,
    MessageAttributes: message.MessageAttributes,
    // Only set on FIFO queues; a standard queue never returns them.
    MessageGroupId: message.Attributes?.MessageGroupId,
    MessageDeduplicationId: message.Attributes?.MessageDeduplicationId,
  }));
  let sent: Set<string>;
  const failures = new Map<string, string>();
  try {
    const result = (await sqs.send(new SendMessageBatchCommand({ QueueUrl: options.queueUrl, Entries: entries }))) as {
      Successful?: Array<{ Id?: string }>;
      Failed?: Array<{ Id?: string; Message?: string; Code?: string }>;
    };
    sent = new Set((result.Successful ?? []).map((s) => s.Id!));
    for (const failed of result.Failed ?? []) failures.set(failed.Id!, failed.Message ?? failed.Code ?? 'refused');
  } catch (error) {
    sent = new Set();
    for (const entry of entries) failures.set(entry.Id!, error instanceof Error ? error.message : String(error));
  }
  const toDelete = batch.map((b, i) => ({ ...b, id: String(i) })).filter((b) => sent.has(b.id));
  for (const [i, { message, url }] of batch.entries()) {
    if (!sent.has(String(i))) {
      report.sendFailed++;
      report.messages.push({ messageId: message.MessageId!, url, outcome: 'send-failed', detail: failures.get(String(i)) ?? 'not confirmed' });
    }
  }
  if (toDelete.length === 0) return;
  let deleteFailures = new Map<string, string>();
  try {
    const result = (await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: options.dlqUrl,
        Entries: toDelete.map((b) => ({ Id: b.id, ReceiptHandle: b.message.ReceiptHandle! })),
      }),
    )) as { Failed?: Array<{ Id?: string; Message?: string; Code?: string }> };
    deleteFailures = new Map((result.Failed ?? []).map((f) => [f.Id!, f.Message ?? f.Code ?? 'refused']));
  } catch (error) {
    deleteFailures = new Map(toDelete.map((b) => [b.id, error instanceof Error ? error.message : String(error)]));
  }
  for (const { id, message, url } of toDelete) {
    const failure = deleteFailures.get(id);
    if (failure) {
      report.deleteFailed++;
      report.messages.push({ messageId: message.MessageId!, url, outcome: 'delete-failed', detail: failure });
    } else {
      report.moved++;
      report.messages.push({ messageId: message.MessageId!, url, outcome: 'moved' });
    }
  }
}

async function releaseMessages(sqs: QueueClient, queueUrl: string, messages: Message[]): Promise<void> {
  for (let i = 0; i < messages.length; i += 10) {
    const part = messages.slice(i, i + 10);
    try {
      await sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: queueUrl,
          Entries: part.map((m, j) => ({ Id: String(j), ReceiptHandle: m.ReceiptHandle!, VisibilityTimeout: 0 })),
        }),
      );
    } catch {
      // They become visible anyway when the visibility timeout ends.
    }
  }
}

function readUrl(body: string | undefined): string | null {
  try {
    return parseIngestMessage(body ?? '').url;
  } catch {
    return null;
  }
}
