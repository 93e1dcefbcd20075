/** The DLQ replay's message handling, against an in-memory SQS fake (there is no local SQS to run). */
import { describe, expect, it } from 'vitest';
import { replayDeadLetters } from '../../../lambdas/queue/replay-dead-letters.js';
import { FakeSqs } from './helpers/fake-sqs.js';

const body = (n: number) => JSON.stringify({ url: `https://news.test/berita/${n}`, source: 'news', timezone: 'Asia/Makassar' });

describe('replayDeadLetters', () => {
  it('should move every DLQ message to the ingest queue in batches of ten and delete it from the DLQ', async () => {
    // Prepare
    const sqs = new FakeSqs();
    for (let i = 1; i <= 23; i++) sqs.add('dlq', body(i));

    // Act
    const report = await replayDeadLetters(sqs, { dlqUrl: 'dlq', queueUrl: 'main' });

    // Assess
    expect(report).toMatchObject({ received: 23, moved: 23, sendFailed: 0, deleteFailed: 0, malformed: 0 });
    expect(sqs.queues.get('dlq')).toHaveLength(0);
    expect(sqs.queues.get('main')!.map((m) => JSON.parse(m.Body).url).sort()).toEqual(
      Array.from({ length: 23 }, (_, i) => `https://news.test/berita/${i + 1}`).sort(),
    );
    expect(sqs.calls.filter((c) => c === 'SendMessageBatchCommand')).toHaveLength(3);
  });

  it('should stop at --max', async () => {
    const sqs = new FakeSqs();
    for (let i = 1; i <= 15; i++) sqs.add('dlq', body(i));
    const report = await replayDeadLetters(sqs, { dlqUrl: 'dlq', queueUrl: 'main', max: 12 });
    expect(report.moved).toBe(12);
    expect(sqs.queues.get('dlq')).toHaveLength(3);
    expect(sqs.queues.get('main')).toHaveLength(12);
  });

  it('should keep in the DLQ every message the ingest queue did not accept', async () => {
    const sqs = new FakeSqs();
    for (let i = 1; i <= 4; i++) sqs.add('dlq', body(i));
    sqs.failSendIds.add('/2');
    const report = await replayDeadLetters(sqs, { dlqUrl: 'dlq', queueUrl: 'main' });
    expect(report).toMatchObject({ moved: 3, sendFailed: 1 });
    expect(report.messages.find((m) => m.outcome === 'send-failed')).toMatchObject({ url: 'https://news.test/berita/2', detail: 'try later' });
    expect(sqs.queues.get('dlq')!.map((m) => JSON.parse(m.Body).url)).toEqual(['https://news.test/berita/2']);
  });

  it('should delete nothing when the send itself fails', async () => {
    const sqs = new FakeSqs();
    for (let i = 1; i <= 3; i++) sqs.add('dlq', body(i));
    sqs.sendThrows = true;
    const report = await replayDeadLetters(sqs, { dlqUrl: 'dlq', queueUrl: 'main' });
    expect(report).toMatchObject({ moved: 0, sendFailed: 3 });
    expect(sqs.calls).not.toContain('DeleteMessageBatchCommand');
    expect(sqs.queues.get('dlq')).toHaveLength(3);
  });

  it('should report sent-but-not-deleted messages instead of calling them moved', async () => {
    const sqs = new FakeSqs();
    sqs.add('dlq', body(1));
    sqs.failDelete = true;
    const report = await replayDeadLetters(sqs, { dlqUrl: 'dlq', queueUrl: 'main' });
    expect(report).toMatchObject({ moved: 0, deleteFailed: 1 });
    expect(sqs.queues.get('main')).toHaveLength(1);
  });

  it('should only list in a dry run, leaving both queues as they were and the messages visible again', async () => {
    const sqs = new FakeSqs();
    for (let i = 1; i <= 12; i++) sqs.add('dlq', body(i));
    const report = await replayDeadLetters(sqs, { dlqUrl: 'dlq', queueUrl: 'main', dryRun: true });
    expect(report.messages.filter((m) => m.outcome === 'would-move')).toHaveLength(12);
    expect(report.moved).toBe(0);
    expect(sqs.calls).not.toContain('SendMessageBatchCommand');
    expect(sqs.calls).not.toContain('DeleteMessageBatchCommand');
    expect(sqs.queues.get('dlq')!.every((m) => m.invisibleUntil <= sqs.clock)).toBe(true);
    expect(sqs.queues.get('main')).toHaveLength(0);
  });

  it('should leave messages that are not ingest requests in the DLQ', async () => {
    const sqs = new FakeSqs();
    sqs.add('dlq', 'not json at all');
    sqs.add('dlq', body(1));
    const report = await replayDeadLetters(sqs, { dlqUrl: 'dlq', queueUrl: 'main' });
    expect(report).toMatchObject({ moved: 1, malformed: 1 });
    expect(sqs.queues.get('dlq')!.map((m) => m.Body)).toEqual(['not json at all']);
  });
});
