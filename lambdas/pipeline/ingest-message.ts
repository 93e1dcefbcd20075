/**
 * One ingest queue message, as the ingest Lambda (and any other queue consumer) handles it: ingest the article; a
 * permanent failure is recorded with its reason and acknowledged; a retryable one is recorded and thrown, so the queue
 * delivers the message again and, after its last try, keeps it in the dead-letter queue.
 */
import { parseIngestMessage } from '../queue/article-queue.js';
import { logger } from '../shared/logger.js';
import { classifyFailure, type FailureInfo } from './failures.js';
import { ingestArticle, type IngestDeps, type IngestOutcome, type IngestRequest } from './ingest-article.js';

/** What became of one message that may be deleted from the queue: stored, or permanently failed with its reason. */
export type IngestMessageResult = { request: IngestRequest; outcome: IngestOutcome } | { request: IngestRequest; failure: FailureInfo };

/** Handle one message body; resolves when it may be deleted from the queue, rejects when it must come back. */
export async function ingestMessage(body: string, deps: IngestDeps): Promise<IngestMessageResult> {
  const request = parseIngestMessage(body);
  try {
    const outcome = await ingestArticle(request, deps);
    logger.info('article ingested', { url: request.url, source: request.source, status: outcome.status, articleId: outcome.articleId });
    return { request, outcome };
  } catch (error) {
    const failure = classifyFailure(error);
    logger.warn('article not stored', { url: request.url, source: request.source, reason: failure.reason, retryable: failure.retryable });
    await deps.store.recordSkip({ url: request.url, source: request.source, reason: failure.reason, message: failure.message, retryable: failure.retryable });
    if (failure.retryable) throw error;
    return { request, failure };
  }
}
