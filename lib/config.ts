/**
 * Deploy-time configuration of the Pantau CDK app: resource names, Lambda sizing, schedule and queue tuning.
 *
 * Everything that a deployment may want to change lives here, typed and documented, so the constructs stay free of
 * magic numbers. `resolveConfig` merges overrides (from `cdk.json` context or tests) over `DEFAULT_CONFIG`.
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import { Duration } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** The repository root (the folder holding package.json and package-lock.json). */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Lambda entry points; every handler lives in `lambdas/handlers/`. */
export const HANDLER_ENTRIES = {
  discover: fileURLToPath(new URL('../lambdas/handlers/discover-articles.ts', import.meta.url)),
  ingest: fileURLToPath(new URL('../lambdas/handlers/ingest-articles.ts', import.meta.url)),
  search: fileURLToPath(new URL('../lambdas/handlers/search-articles.ts', import.meta.url)),
} as const;

/** Powertools service names (POWERTOOLS_SERVICE_NAME), one per handler, so logs and metrics can be told apart. */
export const SERVICE_NAMES = {
  discover: 'pantau-discover',
  ingest: 'pantau-ingest',
  search: 'pantau-search',
} as const;

/** Sizing of one Lambda function. */
export interface FunctionSizing {
  /** Memory in MB. */
  readonly memorySize: number;
  /** Maximum run time of one invocation. */
  readonly timeout: Duration;
}

/** Everything a Pantau deployment can tune. */
export interface PantauConfig {
  /**
   * CloudFormation stack name.
   * @default 'Pantau'
   */
  readonly stackName: string;
  /**
   * How often the discover Lambda runs, in minutes.
   * @default 15
   */
  readonly scheduleRateMinutes: number;
  /**
   * SQS messages (article URLs) handed to one ingest invocation.
   * @default 5
   */
  readonly ingestBatchSize: number;
  /**
   * How long the event source waits to fill a batch before invoking ingest.
   * @default Duration.seconds(10)
   */
  readonly ingestMaxBatchingWindow: Duration;
  /**
   * Most ingest copies at once (SQS event source maximum concurrency, 2..1000), so news sites and the table are not
   * flooded.
   * @default 2
   */
  readonly ingestConcurrency: number;
  /**
   * Also reserve `ingestConcurrency` as Lambda reserved concurrency. Set false in new accounts whose concurrency quota
   * is still 10 (Lambda keeps 10 unreserved); the event source cap above still applies.
   * @default true
   */
  readonly reserveIngestConcurrency: boolean;
  /**
   * Deliveries of one message before it moves to the dead-letter queue.
   * @default 5
   */
  readonly maxReceiveCount: number;
  /**
   * How long the dead-letter queue keeps failed messages for inspection and redrive.
   * @default Duration.days(14)
   */
  readonly deadLetterRetention: Duration;
  /**
   * Sizing of the discover Lambda (reads feeds and sitemaps of every source, politely, one after another); keep the
   * timeout below the schedule interval.
   * @default { memorySize: 512, timeout: Duration.minutes(5) }
   */
  readonly discover: FunctionSizing;
  /**
   * Sizing of the ingest Lambda (polite fetch, extraction, entities, writes, for one batch).
   * @default { memorySize: 1024, timeout: Duration.seconds(90) }
   */
  readonly ingest: FunctionSizing;
  /**
   * Sizing of the search Lambda.
   * @default { memorySize: 512, timeout: Duration.seconds(10) }
   */
  readonly search: FunctionSizing;
  /**
   * Retention of every function's log group.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention: RetentionDays;
  /**
   * Active X-Ray tracing on the functions.
   * @default false
   */
  readonly tracing: boolean;
  /**
   * User-Agent header that the fetcher sends (identify the bot and a contact, as polite crawlers do).
   * @default 'PantauBot/0.1 (+https://github.com/pantau; news coverage monitor)'
   */
  readonly userAgent: string;
  /**
   * S3 key prefix of raw pages; the lifecycle rule and the ingest grant cover only this prefix.
   * @default 'raw/'
   */
  readonly rawPagePrefix: string;
  /**
   * S3 key of a sources JSON file in the bucket that replaces the bundled source list; discover may read only it.
   * @default undefined (the bundled list)
   */
  readonly sourcesKey: string | undefined;
  /**
   * Write S3 server access logs of the article bucket to a separate log bucket.
   * @default true
   */
  readonly serverAccessLogs: boolean;
  /**
   * ARN of an existing SNS topic that receives alarm notifications.
   * @default undefined (alarms are created without actions)
   */
  readonly alarmTopicArn: string | undefined;
}

/** The defaults of every deployment. */
export const DEFAULT_CONFIG: PantauConfig = {
  stackName: 'Pantau',
  scheduleRateMinutes: 15,
  ingestBatchSize: 5,
  ingestMaxBatchingWindow: Duration.seconds(10),
  ingestConcurrency: 2,
  reserveIngestConcurrency: true,
  maxReceiveCount: 5,
  deadLetterRetention: Duration.days(14),
  discover: { memorySize: 512, timeout: Duration.minutes(5) },
  ingest: { memorySize: 1024, timeout: Duration.seconds(90) },
  search: { memorySize: 512, timeout: Duration.seconds(10) },
  logRetention: RetentionDays.ONE_MONTH,
  tracing: false,
  userAgent: 'PantauBot/0.1 (+https://github.com/pantau; news coverage monitor)',
  rawPagePrefix: 'raw/',
  sourcesKey: undefined,
  serverAccessLogs: true,
  alarmTopicArn: undefined,
};

/** Merge overrides over the defaults and reject values that cannot deploy. */
export function resolveConfig(overrides: Partial<PantauConfig> = {}): PantauConfig {
  const config: PantauConfig = { ...DEFAULT_CONFIG, ...overrides };
  if (!Number.isInteger(config.scheduleRateMinutes) || config.scheduleRateMinutes < 1) {
    throw new Error(`scheduleRateMinutes must be a whole number >= 1, got ${config.scheduleRateMinutes}`);
  }
  if (!Number.isInteger(config.ingestBatchSize) || config.ingestBatchSize < 1 || config.ingestBatchSize > 10_000) {
    throw new Error(`ingestBatchSize must be a whole number in 1..10000, got ${config.ingestBatchSize}`);
  }
  if (!config.rawPagePrefix.endsWith('/')) {
    throw new Error(`rawPagePrefix must end with '/', got '${config.rawPagePrefix}'`);
  }
  return config;
}

/**
 * Read overrides from CDK context (`cdk synth -c pantau:alarmTopicArn=arn:...`); only string-valued settings are
 * read this way, everything else is changed in this file.
 */
export function readContextOverrides(tryGetContext: (key: string) => unknown): Partial<PantauConfig> {
  const overrides: { -readonly [K in keyof PantauConfig]?: PantauConfig[K] } = {};
  const text = (key: string): string | undefined => {
    const value = tryGetContext(`pantau:${key}`);
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  };
  const stackName = text('stackName');
  if (stackName) overrides.stackName = stackName;
  const alarmTopicArn = text('alarmTopicArn');
  if (alarmTopicArn) overrides.alarmTopicArn = alarmTopicArn;
  const sourcesKey = text('sourcesKey');
  if (sourcesKey) overrides.sourcesKey = sourcesKey;
  const userAgent = text('userAgent');
  if (userAgent) overrides.userAgent = userAgent;
  const rate = text('scheduleRateMinutes');
  if (rate) overrides.scheduleRateMinutes = Number(rate);
  return overrides;
}
