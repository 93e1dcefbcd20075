/** The SQS contract between the discover and ingest Lambdas: one message per discovered article URL. */
import { SQSClient, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { IngestRequest } from '../pipeline/ingest-article.js';

/** Parse and check one queue message body; throws with a clear message for a malformed message. */
export function parseIngestMessage(body: string): IngestRequest {
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
  return { url: v.url, source: v.source, timezone: v.timezone };
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
