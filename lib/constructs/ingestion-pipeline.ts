/**
 * IngestionPipeline: schedule -> discover Lambda -> SQS queue (+ DLQ) -> ingest Lambda, with alarms.
 *
 * @module
 */
import { Annotations, CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../lambdas/shared/env.js';
import type { ArticleStore } from './article-store.js';
import { NewsFunction } from './news-function.js';

/** AWS guidance: queue visibility timeout at least six times the consumer's timeout (plus the batching window). */
export const VISIBILITY_TIMEOUT_FACTOR = 6;

/**
 * The source-health metric the discover handler publishes (Powertools Metrics, EMF): namespace `Pantau`, name
 * `SourcesFailing` (sources whose discovery failed in that run), dimension `service` = the discover service name.
 */
export const SOURCE_HEALTH_METRIC = { namespace: 'Pantau', metricName: 'SourcesFailing', serviceDimension: 'service' } as const;

/** EventBridge Scheduler's ceiling for a target's maximum event age (24 hours). */
const MAX_EVENT_AGE_MINUTES = 24 * 60;

/** Properties of an IngestionPipeline. */
export interface IngestionPipelineProps {
  /** Table and bucket the functions read and write. */
  readonly store: ArticleStore;
  /** Absolute path of the discover handler. */
  readonly discoverEntry: string;
  /** Absolute path of the ingest handler. */
  readonly ingestEntry: string;
  /**
   * Powertools service names of the two functions.
   * @default { discover: 'pantau-discover', ingest: 'pantau-ingest' }
   */
  readonly serviceNames?: { readonly discover: string; readonly ingest: string };
  /**
   * How often discover runs, in minutes.
   * @default 15
   */
  readonly scheduleRateMinutes?: number;
  /**
   * Messages per ingest invocation (must be > 1 for batching to pay off).
   * @default 5
   */
  readonly batchSize?: number;
  /**
   * Longest wait to fill a batch.
   * @default Duration.seconds(10)
   */
  readonly maxBatchingWindow?: Duration;
  /**
   * Most ingest copies running at once, so news sites and the table are not flooded. Applied as the event source's
   * maximum concurrency (SQS pollers, at least 2) and, with `reserveIngestConcurrency`, as reserved concurrency.
   * @default 2
   */
  readonly ingestConcurrency?: number;
  /**
   * Also reserve `ingestConcurrency` for ingest. Turn off in new accounts whose concurrency quota is still 10
   * (Lambda keeps 10 unreserved), the event source cap still applies.
   * @default true
   */
  readonly reserveIngestConcurrency?: boolean;
  /**
   * Deliveries of a message before it goes to the dead-letter queue.
   * @default 5
   */
  readonly maxReceiveCount?: number;
  /**
   * Retention of the dead-letter queue.
   * @default Duration.days(14)
   */
  readonly deadLetterRetention?: Duration;
  /**
   * Memory of discover in MB.
   * @default 512
   */
  readonly discoverMemorySize?: number;
  /**
   * Timeout of discover; keep it below the schedule interval so runs do not overlap (a warning says so otherwise).
   * @default Duration.minutes(5)
   */
  readonly discoverTimeout?: Duration;
  /**
   * Memory of ingest in MB.
   * @default 1024
   */
  readonly ingestMemorySize?: number;
  /**
   * Timeout of one ingest batch; the queue's visibility timeout is six times this plus the batching window.
   * @default Duration.seconds(90)
   */
  readonly ingestTimeout?: Duration;
  /**
   * User-Agent of the fetcher (env PANTAU_USER_AGENT).
   * @default - the handler's own default
   */
  readonly userAgent?: string;
  /**
   * S3 key of a sources file that discover reads instead of the bundled list.
   * @default - the bundled list, and no bucket access for discover
   */
  readonly sourcesKey?: string;
  /**
   * Log retention of both functions.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * Active X-Ray tracing.
   * @default false
   */
  readonly tracing?: boolean;
  /**
   * Consecutive discover runs in which some source failed before the source-health alarm fires (a blip is one run).
   * @default 3
   */
  readonly sourceFailingRuns?: number;
  /**
   * Where alarms send notifications (for example an SnsAction on an ops topic).
   * @default - alarms without actions
   */
  readonly alarmAction?: IAlarmAction;
}

/** The scheduled discover -> queue -> ingest flow. */
export class IngestionPipeline extends Construct {
  /** Discovers new article URLs and queues them. */
  public readonly discover: NewsFunction;
  /** Fetches, extracts and stores queued articles. */
  public readonly ingest: NewsFunction;
  /** Article URLs waiting for ingest. */
  public readonly queue: Queue;
  /** Messages that failed `maxReceiveCount` times. */
  public readonly deadLetterQueue: Queue;
  /** Runs discover every N minutes. */
  public readonly schedule: Schedule;
  /** The role EventBridge Scheduler assumes to invoke discover (this account's schedules only). */
  public readonly scheduleRole: Role;
  /** Fires when the dead-letter queue holds any message. */
  public readonly deadLetterAlarm: Alarm;
  /** Fire on any discover / ingest error. */
  public readonly errorAlarms: readonly Alarm[];
  /** Fires when some source's discovery failed in each of the last `sourceFailingRuns` runs. */
  public readonly sourceHealthAlarm: Alarm;

  constructor(scope: Construct, id: string, props: IngestionPipelineProps) {
    super(scope, id);
    const batchSize = props.batchSize ?? 5;
    const maxBatchingWindow = props.maxBatchingWindow ?? Duration.seconds(10);
    const ingestTimeout = props.ingestTimeout ?? Duration.seconds(90);
    const concurrency = props.ingestConcurrency ?? 2;
    const rateMinutes = props.scheduleRateMinutes ?? 15;
    const discoverTimeout = props.discoverTimeout ?? Duration.minutes(5);
    validatePipelineProps({ batchSize, rateMinutes, concurrency, maxReceiveCount: props.maxReceiveCount ?? 5 });
    const serviceNames = props.serviceNames ?? { discover: 'pantau-discover', ingest: 'pantau-ingest' };
    const { store } = props;

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: props.deadLetterRetention ?? Duration.days(14),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(
        ingestTimeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR + maxBatchingWindow.toSeconds(),
      ),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 5 },
    });

    const userAgentEnv: Record<string, string> = props.userAgent ? { [ENV.userAgent]: props.userAgent } : {};
    const sourcesEnv: Record<string, string> = props.sourcesKey ? { [ENV.sourcesKey]: props.sourcesKey } : {};
    // Every handler builds its store from both names (shared/env.ts storeConfigFromEnv); a name grants nothing.
    const storeEnv = { [ENV.tableName]: store.table.tableName, [ENV.bucketName]: store.bucket.bucketName };
    // Both crawling functions send to the queue: discover its finds, ingest the articles it puts off (a host that
    // asked for time: open circuit, long Retry-After).
    const crawlerEnv = { ...storeEnv, [ENV.queueUrl]: this.queue.queueUrl, ...userAgentEnv };

    this.discover = new NewsFunction(this, 'Discover', {
      entry: props.discoverEntry,
      serviceName: serviceNames.discover,
      description: 'Pantau: discover new article URLs from feeds and sitemaps, queue them for ingest',
      memorySize: props.discoverMemorySize ?? 512,
      timeout: discoverTimeout,
      // The next scheduled run rediscovers whatever a failed run missed; retries would only overlap with it.
      retryAttempts: 0,
      logRetention: props.logRetention,
      tracing: props.tracing,
      environment: { ...crawlerEnv, ...sourcesEnv },
    });
    store.grantTableReadWrite(this.discover.function);
    this.queue.grantSendMessages(this.discover.function);
    if (props.sourcesKey) store.grantObjectRead(this.discover.function, props.sourcesKey);

    this.ingest = new NewsFunction(this, 'Ingest', {
      entry: props.ingestEntry,
      serviceName: serviceNames.ingest,
      description: 'Pantau: fetch queued articles politely, store raw page, extract article and entities, write records',
      memorySize: props.ingestMemorySize ?? 1024,
      timeout: ingestTimeout,
      reservedConcurrentExecutions: (props.reserveIngestConcurrency ?? true) ? concurrency : undefined,
      logRetention: props.logRetention,
      tracing: props.tracing,
      environment: crawlerEnv,
    });
    store.grantTableReadWrite(this.ingest.function);
    this.queue.grantSendMessages(this.ingest.function);
    store.grantRawPagesReadWrite(this.ingest.function);
    this.ingest.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize,
        maxBatchingWindow,
        reportBatchItemFailures: true,
        maxConcurrency: concurrency,
      }),
    );

    this.scheduleRole = new Role(this, 'ScheduleRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: 'EventBridge Scheduler: invoke the Pantau discover function',
    });
    const discoverLogicalId = Stack.of(this).getLogicalId(this.discover.function.node.defaultChild as CfnElement);
    Validations.of(this.scheduleRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${discoverLogicalId}.Arn>:*]`,
      reason: 'lambda:InvokeFunction on the versions and aliases (:*) of the one discover function, added by grantInvoke.',
    });
    this.schedule = new Schedule(this, 'DiscoverSchedule', {
      description: `Pantau: run discover every ${rateMinutes} minutes`,
      schedule: ScheduleExpression.rate(Duration.minutes(rateMinutes)),
      target: new LambdaInvoke(this.discover.function, {
        role: this.scheduleRole,
        // A run older than one interval is stale: the next one is already due.
        maxEventAge: Duration.minutes(Math.min(rateMinutes, MAX_EVENT_AGE_MINUTES)),
        retryAttempts: 2,
      }),
    });

    if (discoverTimeout.toSeconds() >= rateMinutes * 60) {
      Annotations.of(this).addWarningV2(
        'pantau:discoverOverlap',
        `discover may run ${discoverTimeout.toHumanString()} but is scheduled every ${rateMinutes} minutes: runs can overlap`,
      );
    }

    this.deadLetterAlarm = new Alarm(this, 'DeadLetterAlarm', {
      alarmDescription: 'Pantau: article URLs failed ingest repeatedly and wait in the dead-letter queue',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(5),
        statistic: 'Maximum',
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    if (props.alarmAction) this.deadLetterAlarm.addAlarmAction(props.alarmAction);
    this.errorAlarms = [
      this.discover.addErrorsAlarm('ErrorsAlarm', props.alarmAction),
      this.ingest.addErrorsAlarm('ErrorsAlarm', props.alarmAction),
    ];

    // One datapoint per discover run (the schedule period); Maximum, so one failing source in a run counts.
    const failingRuns = props.sourceFailingRuns ?? 3;
    if (!Number.isInteger(failingRuns) || failingRuns < 1) throw new Error(`sourceFailingRuns must be a whole number >= 1, got ${failingRuns}`);
    this.sourceHealthAlarm = new Alarm(this, 'SourceHealthAlarm', {
      alarmDescription:
        `Pantau: a news source failed discovery in each of the last ${failingRuns} runs (feed or sitemap down, moved or ` +
        "garbled); run 'pantau sources --health' or read the discover logs ('discovery errors')",
      metric: new Metric({
        namespace: SOURCE_HEALTH_METRIC.namespace,
        metricName: SOURCE_HEALTH_METRIC.metricName,
        dimensionsMap: { [SOURCE_HEALTH_METRIC.serviceDimension]: serviceNames.discover },
        period: Duration.minutes(rateMinutes),
        statistic: 'Maximum',
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: failingRuns,
      datapointsToAlarm: failingRuns,
      // No datapoint means discover did not run; its Errors alarm covers that.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    if (props.alarmAction) this.sourceHealthAlarm.addAlarmAction(props.alarmAction);

    // What `pantau replay-dlq` needs (PANTAU_QUEUE_URL, PANTAU_DLQ_URL), under stable output keys.
    new CfnOutput(this, 'IngestQueueUrl', { description: 'Ingest queue (PANTAU_QUEUE_URL for pantau replay-dlq)', value: this.queue.queueUrl }).overrideLogicalId('IngestQueueUrl');
    new CfnOutput(this, 'DeadLetterQueueUrl', { description: 'Dead-letter queue (PANTAU_DLQ_URL for pantau replay-dlq)', value: this.deadLetterQueue.queueUrl }).overrideLogicalId('DeadLetterQueueUrl');
  }
}

/** Reject pipeline settings that CloudFormation or the event source would refuse at deploy time. */
function validatePipelineProps(values: {
  batchSize: number;
  rateMinutes: number;
  concurrency: number;
  maxReceiveCount: number;
}): void {
  if (!Number.isInteger(values.batchSize) || values.batchSize < 2) {
    throw new Error(`batchSize must be a whole number >= 2 (batching with partial failures), got ${values.batchSize}`);
  }
  if (!Number.isInteger(values.rateMinutes) || values.rateMinutes < 1) {
    throw new Error(`scheduleRateMinutes must be a whole number >= 1, got ${values.rateMinutes}`);
  }
  if (!Number.isInteger(values.concurrency) || values.concurrency < 2 || values.concurrency > 1000) {
    throw new Error(`ingestConcurrency must be a whole number in 2..1000 (SQS maximum concurrency), got ${values.concurrency}`);
  }
  if (!Number.isInteger(values.maxReceiveCount) || values.maxReceiveCount < 1) {
    throw new Error(`maxReceiveCount must be a whole number >= 1, got ${values.maxReceiveCount}`);
  }
}
