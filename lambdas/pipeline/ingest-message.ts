/**
 * One ingest queue message, as the ingest Lambda (and any other queue consumer) handles it: ingest the article; a
 * permanent failure is recorded with its reason and acknowledged; a retryable one is recorded and thrown, so the queue
 * delivers the message again and, after its last try, keeps it in the dead-letter queue.
 *
 * An article whose host has its circuit open was not tried at all, and one whose server answered "Retry-After: 600"
 * cannot be tried before then. Rather than spend one of the message's few receives on that (enough of them and a good
 * URL lands in the DLQ untried), the consumer may give a `Deferral`: the message is sent again with a delay that
 * reaches past the time given (the breaker's probe, the Retry-After) and doubles each time, and the current delivery
 * is acknowledged. After `maxDeferrals` the usual retries take over. A delivery that comes back while another is
 * still at work (a timed-out batch) must not fork the message: each copy is noted in the table under the message's
 * episode (the id of the message first put off) and step, and a delivery that finds its copy noted sends none.
 */
import { parseIngestMessage, type IngestMessage } from '../queue/article-queue.js';
import { FetchError } from '../shared/errors.js';
import { logger } from '../shared/logger.js';
import { classifyFailure, type FailureInfo } from './failures.js';
import { ingestArticle, type IngestDeps, type IngestOutcome, type IngestRequest } from './ingest-article.js';

/** How often one message may be put off (with the default delays: 30 s doubling to 15 min, about 2 h in all). */
export const DEFAULT_MAX_DEFERRALS = 12;
/** The first delay of a deferral; later ones double it. */
export const DEFAULT_DEFERRAL_BASE_MS = 30_000;
/** The longest delay of one deferral (SQS allows 15 minutes). */
export const DEFAULT_DEFERRAL_MAX_MS = 900_000;

/** How a consumer puts off an article whose host's circuit is open or whose server asked to come back later. */
export interface Deferral {
  /** Send the message again, to be delivered after `delayMs`. */
  send(message: IngestMessage, delayMs: number): Promise<void>;
  maxDeferrals?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
}

/** What became of one message that may be deleted from the queue: stored, permanently failed, or put off. */
export type IngestMessageResult =
  | { request: IngestRequest; outcome: IngestOutcome }
  | { request: IngestRequest; failure: FailureInfo }
  | { request: IngestRequest; deferred: Deferred };

/**
 * The delay of the next deferral: the base doubled per earlier deferral, capped, and never before the breaker lets
 * a probe through.
 * @example deferralDelayMs(2, Date.now(), Date.now(), {}) // 120000
 */
export function deferralDelayMs(
  deferrals: number,
  retryAt: number,
  now: number,
  deferral: Pick<Deferral, 'baseDelayMs' | 'maxDelayMs'>,
): number {
  const base = deferral.baseDelayMs ?? DEFAULT_DEFERRAL_BASE_MS;
  const max = deferral.maxDelayMs ?? DEFAULT_DEFERRAL_MAX_MS;
  return Math.min(max, Math.max(base * 2 ** deferrals, retryAt - now));
}

/** What a queue consumer knows besides the body: how to put a message off, and the delivery's message id. */
export interface IngestMessageOptions {
  deferral?: Deferral;
  messageId?: string;
}

/** Handle one message body; resolves when it may be deleted from the queue, rejects when it must come back. */
export async function ingestMessage(body: string, deps: IngestDeps, options: IngestMessageOptions = {}): Promise<IngestMessageResult> {
  const { deferral, messageId } = options;
  const message = parseIngestMessage(body);
  const request: IngestRequest = { url: message.url, source: message.source, timezone: message.timezone };
  try {
    const outcome = await ingestArticle(request, deps);
    logger.info('article ingested', { url: request.url, source: request.source, status: outcome.status, articleId: outcome.articleId });
    return { request, outcome };
  } catch (error) {
    const deferred = deferral ? await tryDefer(message, error, deferral, deps, messageId) : null;
    if (deferred) return { request, deferred };
    const failure = classifyFailure(error);
    const { reason, retryable } = failure;
    logger.warn('article not stored', { url: request.url, source: request.source, reason, retryable });
    await deps.store.recordSkip({ url: request.url, source: request.source, reason, message: failure.message, retryable });
    if (failure.retryable) throw error;
    return { request, failure };
  }
}

/** What a deferral did: the delay, the message's deferral count after it, and whether this delivery sent the copy. */
type Deferred = { delayMs: number; deferrals: number; copySent: boolean };

/** Put the message off when the fetch said when to try again and deferrals are left; null when it was not put off. */
async function tryDefer(
  message: IngestMessage,
  error: unknown,
  deferral: Deferral,
  deps: IngestDeps,
  messageId: string | undefined,
): Promise<Deferred | null> {
  const done = message.deferrals ?? 0;
  if (!(error instanceof FetchError) || error.retryAt === undefined) return null;
  if (done >= (deferral.maxDeferrals ?? DEFAULT_MAX_DEFERRALS)) return null;
  const delayMs = deferralDelayMs(done, error.retryAt, (deferral.now ?? Date.now)(), deferral);
  const episode = message.episode ?? messageId;
  const step = done + 1;
  try {
    // Another delivery of this message already sent its copy: acknowledge this one, send nothing.
    if (episode && (await deps.store.wasDeferralSent(message.url, episode, step))) return { delayMs, deferrals: step, copySent: false };
    await deferral.send({ ...message, deferrals: step, ...(episode ? { episode } : {}) }, delayMs);
  } catch (sendError) {
    // Not sent: the delivery fails as before, so the queue brings the message back; nothing is lost.
    const reason = sendError instanceof Error ? sendError.message : String(sendError);
    logger.warn('could not put the article off', { url: message.url, error: reason });
    return null;
  }
  // Noted after the send: a crash in between only lets a later delivery send one more copy, never none.
  if (episode) {
    await deps.store.markDeferralSent(message.url, episode, step).catch((markError: unknown) => {
      logger.warn('put-off copy not noted', { url: message.url, error: markError instanceof Error ? markError.message : String(markError) });
    });
  }
  logger.info('article put off: the host asked for time', { url: message.url, source: message.source, delayMs, deferrals: step });
  return { delayMs, deferrals: step, copySent: true };
}
