/**
 * @module http-request
 * One HTTP GET exchange over node:http / node:https, without redirects or retries (the fetcher does those): total
 * and idle timeouts, a body cap enforced while streaming (after decompression), and errors turned into FetchError
 * with a message a person understands.
 */
import http from 'node:http';
import https from 'node:https';
import { pipeline } from 'node:stream/promises';
import type { IncomingHttpHeaders } from 'node:http';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { FetchError } from '../shared/errors.js';
import { BlockedAddressError } from './address-guard.js';
import { createDecoder } from './decompress.js';

/** What to send and the limits to apply. */
export interface RequestSpec {
  url: URL;
  headers: Record<string, string>;
  timeoutMs: number;
  idleTimeoutMs: number;
  maxBytes: number;
  /** Keep the first maxBytes instead of failing (robots.txt: RFC 9309 asks to parse at least 500 KiB). */
  truncate?: boolean;
  /** Decide from status and headers whether to read the body; when false the response is discarded unread. */
  wantsBody: (status: number, headers: IncomingHttpHeaders) => boolean;
  /** DNS lookup for the socket (the address guard); default dns.lookup. */
  lookup?: LookupFunction;
  agents?: { http: http.Agent; https: https.Agent };
  /**
   * Called once the request has been handed to the operating system (after connect and TLS), which is when the
   * host can first see it: politeness is paced from here, not from when the request was started.
   */
  onSent?: () => void;
}

/** A response: status, headers and the decompressed body (null when not read). */
export interface RawResponse {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: Buffer | null;
  truncated: boolean;
}

/** Thrown inside the body reader to stop at the cap when truncating. */
const STOP_READING = Symbol('stop-reading');

/**
 * Send one GET and read the response per `spec`. Rejects with FetchError (timeout, too-large, network-error,
 * blocked-address); HTTP error statuses resolve normally.
 * @example const response = await sendRequest({ url: new URL('https://example.com/'), ... })
 */
export function sendRequest(spec: RequestSpec): Promise<RawResponse> {
  const href = spec.url.href;
  return new Promise<RawResponse>((resolve, reject) => {
    let failure: FetchError | null = null;
    const client = spec.url.protocol === 'https:' ? https : http;
    const request = client.request(spec.url, {
      method: 'GET',
      headers: spec.headers,
      agent: spec.agents ? (spec.url.protocol === 'https:' ? spec.agents.https : spec.agents.http) : undefined,
      ...(spec.lookup ? { lookup: spec.lookup } : {}),
    });
    const abort = (error: FetchError): void => {
      failure ??= error;
      request.destroy(error);
    };
    const totalTimer = setTimeout(
      () => abort(new FetchError(`timed out after ${formatSeconds(spec.timeoutMs)} for ${href}`, 'timeout', undefined, true)),
      spec.timeoutMs,
    );
    const settle = (error: unknown, response?: RawResponse): void => {
      clearTimeout(totalTimer);
      if (response && !failure) resolve(response);
      else reject(failure ?? toFetchError(error, href));
    };
    request.setTimeout(spec.idleTimeoutMs, () =>
      abort(new FetchError(`no data for ${formatSeconds(spec.idleTimeoutMs)} from ${href} (timed out)`, 'timeout', undefined, true)),
    );
    request.on('error', (error) => settle(error));
    if (spec.onSent) request.once('finish', spec.onSent);
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const base = { status, statusText: response.statusMessage || http.STATUS_CODES[status] || '', headers: response.headers };
      if (!spec.wantsBody(status, response.headers)) {
        response.destroy();
        settle(null, { ...base, body: null, truncated: false });
        return;
      }
      readBody(response, spec).then(
        ({ body, truncated }) => settle(null, { ...base, body, truncated }),
        (error: unknown) => {
          if (error instanceof FetchError) failure ??= error;
          request.destroy();
          settle(error);
        },
      );
    });
    request.end();
  });
}

/** Read (and decompress) a response body, enforcing the cap on the bytes that come out. */
async function readBody(response: Readable & { headers: IncomingHttpHeaders }, spec: RequestSpec): Promise<{ body: Buffer; truncated: boolean }> {
  const href = spec.url.href;
  const encoding = response.headers['content-encoding'];
  const decoder = createDecoder(encoding);
  if (decoder === undefined) throw new FetchError(`unsupported Content-Encoding "${encoding}" for ${href}`, 'network-error');
  const declared = Number(response.headers['content-length']);
  if (!decoder && !spec.truncate && declared > spec.maxBytes) throw tooLarge(spec);
  let decoderFailed = false;
  decoder?.once('error', () => {
    decoderFailed = true;
  });
  const chunks: Buffer[] = [];
  let total = 0;
  let truncated = false;
  let capError: FetchError | null = null;
  const collect = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      if (total + chunk.length > spec.maxBytes) {
        if (!spec.truncate) throw (capError = tooLarge(spec));
        chunks.push(chunk.subarray(0, spec.maxBytes - total));
        total = spec.maxBytes;
        truncated = true;
        throw STOP_READING;
      }
      chunks.push(chunk);
      total += chunk.length;
    }
  };
  try {
    if (decoder) await pipeline(response, decoder, collect);
    else await pipeline(response, collect);
  } catch (error) {
    if (error !== STOP_READING && !truncated) {
      // Destroying the decoder at the cap can make it fail too; the cap is the real reason.
      if (capError) throw capError;
      if (error instanceof FetchError) throw error;
      if (decoderFailed) {
        throw new FetchError(`could not decompress ${encoding} body of ${href}: ${(error as Error).message}`, 'network-error');
      }
      throw error;
    }
  }
  return { body: Buffer.concat(chunks, total), truncated };
}

/** Map a socket / DNS error to FetchError; unknown errors are treated as retryable network failures. */
export function toFetchError(error: unknown, href: string): FetchError {
  if (error instanceof FetchError) return error;
  if (error instanceof BlockedAddressError) return new FetchError(error.message, 'blocked-address');
  const code = (error as { code?: string } | null)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  // A name that does not exist will not exist in a minute either; a DNS hiccup (EAI_AGAIN) may clear.
  const permanent = code === 'ENOTFOUND' || code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('UNABLE_TO');
  const retryable = !permanent;
  return new FetchError(`${message || code || 'network error'} for ${href}`, 'network-error', undefined, retryable);
}

/** "20 s", "0.05 s". */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** "5 MiB", "512 KiB", "100 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

function tooLarge(spec: RequestSpec): FetchError {
  return new FetchError(`body exceeds ${formatBytes(spec.maxBytes)} for ${spec.url.href}`, 'too-large');
}
