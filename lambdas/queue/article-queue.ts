/** The SQS contract between the discover and ingest Lambdas: one message per discovered article URL. */
import { SQSClient, SendMessageBatchCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { IngestRequest } from '../pipeline/ingest-article.js';

/** A queue message: the article to ingest, and how often it was put off while its host asked for time. */
export interface IngestMessage extends IngestRequest {
  deferrals?: number;
  /** The id of the message first put off; its delayed copies carry it (see ingest-message.ts). */
  episode?: string;
}

/** SQS's longest message delay. */
export const MAX_DELAY_SECONDS = 900;

/** Parse and check one queue message body; throws with a clear message for a malformed message. */
export function parseIngestMessage(body: string): IngestMessage {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new Error(`queue message is not JSON: ${body.slice(0, 80)}`);
  }
  const v = value as Partial<IngestRequest>;
  if (typeof v.url !== 'string' || typeof v.source !== 'string' || typeof v.timezone !== 'string') {
    throw new Error('queue message needs string fields url, source and timezone');
  }
  const deferrals = (value as { deferrals?: unknown }).deferrals;
  if (deferrals !== undefined && !(Number.isInteger(deferrals) && (deferrals as number) >= 0)) {
    throw new Error('queue message field deferrals must be a whole number >= 0');
  }
  const episode = (value as { episode?: unknown }).episode;
  if (episode !== undefined && !(typeof episode === 'string' && episode.length > 0 && episode.length <= 128)) {
    throw new Error('queue message field episode must be a string of 1 to 128 characters');
  }
  return {
    url: v.url,
    source: v.source,
    timezone: v.timezone,
    ...(deferrals ? { deferrals: deferrals as number } : {}),
    ...(episode ? { episode: episode as string } : {}),
  };
}

/** Send one message again with a delay (seconds, 0..900): the ingest Lambda puts an article off this way. */
export async function sendDelayed(client: SQSClient, queueUrl: string, message: IngestMessage, delaySeconds: number): Promise<void> {
  const seconds = Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil(delaySeconds)));
  await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(message), DelaySeconds: seconds }));
}

/** Send ingest requests in batches of 10 (the SQS maximum); throws if any entry failed, naming how many. */
export async function enqueueArticles(client: SQSClient, queueUrl: string, requests: IngestRequest[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 10) {
    const batch = requests.slice(i, i + 10);
    const result = await client.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: batch.map((r, j) => ({ Id: String(j), MessageBody: JSON.stringify(r) })),
      }),
    );
    if (result.Failed?.length) throw new Error(`SQS refused ${result.Failed.length} of ${batch.length} messages: ${result.Failed[0]?.Message}`);
  }
}
