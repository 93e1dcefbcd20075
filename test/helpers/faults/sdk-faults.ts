/**
 * Store-side fault injection for the soak bench: SDK middleware on an ArticleStore's clients that answers a fraction
 * of calls with a fabricated error response before anything is sent (DynamoDB ProvisionedThroughputExceededException,
 * S3 500 InternalError / 503 SlowDown). The fake response goes through the SDK's real deserializer and retry
 * strategy, exactly as a real throttle would, so what reaches the pipeline is what AWS would make reach it.
 * Also a kill switch that freezes a store's DynamoDB calls forever, to simulate a worker dying mid-write.
 */
import { Readable } from 'node:stream';
import type { ArticleStore } from '../../../lambdas/store/article-store.js';
import type { Random } from './seeded-random.js';

/** Counts of what the middleware did. */
export interface SdkFaultCounts {
  dynamoCalls: number;
  s3Calls: number;
  dynamoThrottles: number;
  s3InternalErrors: number;
  s3SlowDowns: number;
}

export interface SdkFaultInjector {
  /** Switch injection off (e.g. while the bench counts what was stored). */
  enabled: boolean;
  readonly counts: SdkFaultCounts;
}

export interface SdkFaultOptions {
  /** Share of DynamoDB attempts answered with a throttling error. */
  dynamoRate: number;
  /** Share of S3 attempts answered with InternalError or SlowDown. */
  s3Rate: number;
  random: Random;
}

type Handler = (args: { request: unknown; input: unknown }) => Promise<{ response: unknown; output?: unknown }>;
type Middleware = (next: Handler) => Handler;
interface MiddlewareStackLike {
  add(middleware: Middleware, options: { step: 'deserialize'; priority: 'low'; name: string; override?: boolean }): void;
}

/** A fabricated HTTP response (the shape the SDK's deserializers read). */
function fakeResponse(statusCode: number, headers: Record<string, string>, body: string): unknown {
  return { statusCode, reason: undefined, headers, body: Readable.from([Buffer.from(body)]) };
}

function dynamoThrottle(): unknown {
  const body = JSON.stringify({
    __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
    message: 'The level of configured provisioned throughput for the table was exceeded (injected by the soak bench).',
  });
  return fakeResponse(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'SOAK' }, body);
}

function s3Error(code: 'InternalError' | 'SlowDown'): unknown {
  const status = code === 'SlowDown' ? 503 : 500;
  const message = code === 'SlowDown' ? 'Please reduce your request rate.' : 'We encountered an internal error. Please try again.';
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>SOAK</RequestId><HostId>soak</HostId></Error>`;
  return fakeResponse(status, { 'content-type': 'application/xml', 'x-amz-request-id': 'SOAK' }, body);
}

/**
 * Add fault middleware to both clients of a store. Sits below the retry middleware (deserialize step, low priority),
 * so each SDK attempt rolls the dice and the SDK's own retries see the errors first.
 * @example const faults = injectStoreFaults(store, { dynamoRate: 0.05, s3Rate: 0.05, random: createRandom(7) })
 */
export function injectStoreFaults(store: ArticleStore, options: SdkFaultOptions): SdkFaultInjector {
  const injector: SdkFaultInjector = {
    enabled: true,
    counts: { dynamoCalls: 0, s3Calls: 0, dynamoThrottles: 0, s3InternalErrors: 0, s3SlowDowns: 0 },
  };
  const dynamoFault: Middleware = (next) => async (args) => {
    injector.counts.dynamoCalls++;
    if (injector.enabled && options.random() < options.dynamoRate) {
      injector.counts.dynamoThrottles++;
      return { response: dynamoThrottle() };
    }
    return next(args);
  };
  const s3Fault: Middleware = (next) => async (args) => {
    injector.counts.s3Calls++;
    if (injector.enabled && options.random() < options.s3Rate) {
      const slowDown = options.random() < 0.5;
      if (slowDown) injector.counts.s3SlowDowns++;
      else injector.counts.s3InternalErrors++;
      return { response: s3Error(slowDown ? 'SlowDown' : 'InternalError') };
    }
    return next(args);
  };
  (store.dynamo.middlewareStack as unknown as MiddlewareStackLike).add(dynamoFault, { step: 'deserialize', priority: 'low', name: 'soakDynamoFault' });
  (store.s3.middlewareStack as unknown as MiddlewareStackLike).add(s3Fault, { step: 'deserialize', priority: 'low', name: 'soakS3Fault' });
  return injector;
}

/** Freezes a store's clients: once armed, after `afterCalls` more DynamoDB calls every DynamoDB and S3 call hangs forever. */
export interface KillSwitch {
  arm(afterCalls: number): void;
  readonly frozen: boolean;
  /** Resolves when the first call froze. */
  readonly froze: Promise<void>;
}

/**
 * Add a kill switch to a store's clients (the "process" stops in the middle of a save; nothing more is sent).
 * @example const kill = addKillSwitch(store); kill.arm(3); // the 4th DynamoDB call from now never returns
 */
export function addKillSwitch(store: ArticleStore): KillSwitch {
  let remaining: number | null = null;
  let frozen = false;
  let signal: () => void = () => {};
  const froze = new Promise<void>((resolve) => {
    signal = resolve;
  });
  const hang = (): Promise<never> => new Promise<never>(() => {});
  const dynamo: Middleware = (next) => async (args) => {
    if (frozen) return hang();
    if (remaining !== null) {
      if (remaining <= 0) {
        frozen = true;
        signal();
        return hang();
      }
      remaining--;
    }
    return next(args);
  };
  const s3: Middleware = (next) => async (args) => (frozen ? hang() : next(args));
  (store.dynamo.middlewareStack as unknown as MiddlewareStackLike).add(dynamo, { step: 'deserialize', priority: 'low', name: 'soakKillSwitch' });
  (store.s3.middlewareStack as unknown as MiddlewareStackLike).add(s3, { step: 'deserialize', priority: 'low', name: 'soakKillSwitch' });
  return {
    arm(afterCalls: number) {
      remaining = afterCalls;
    },
    get frozen() {
      return frozen;
    },
    froze,
  };
}
