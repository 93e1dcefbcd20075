/**
 * PantauStack: composes the article store, the ingestion pipeline and the search API; no resources of its own.
 *
 * @module
 */
import { Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { DEFAULT_CONFIG, HANDLER_ENTRIES, SERVICE_NAMES } from './config.js';
import type { PantauConfig } from './config.js';
import { ArticleStore } from './constructs/article-store.js';
import { IngestionPipeline } from './constructs/ingestion-pipeline.js';
import { SearchApi } from './constructs/search-api.js';

/** Properties of the Pantau stack. */
export interface PantauStackProps extends StackProps {
  /**
   * Deployment settings.
   * @default DEFAULT_CONFIG
   */
  readonly config?: PantauConfig;
}

/** The whole Pantau deployment. */
export class PantauStack extends Stack {
  /** DynamoDB table and raw-page bucket. */
  public readonly store: ArticleStore;
  /** Schedule, discover, queue, ingest, alarms. */
  public readonly pipeline: IngestionPipeline;
  /** IAM-authenticated search endpoint. */
  public readonly searchApi: SearchApi;

  constructor(scope: Construct, id: string, props: PantauStackProps = {}) {
    super(scope, id, props);
    const config = props.config ?? DEFAULT_CONFIG;
    const alarmAction = config.alarmTopicArn
      ? new SnsAction(Topic.fromTopicArn(this, 'AlarmTopic', config.alarmTopicArn))
      : undefined;

    this.store = new ArticleStore(this, 'Store', {
      rawPagePrefix: config.rawPagePrefix,
      serverAccessLogs: config.serverAccessLogs,
    });

    this.pipeline = new IngestionPipeline(this, 'Ingestion', {
      store: this.store,
      discoverEntry: HANDLER_ENTRIES.discover,
      ingestEntry: HANDLER_ENTRIES.ingest,
      serviceNames: { discover: SERVICE_NAMES.discover, ingest: SERVICE_NAMES.ingest },
      scheduleRateMinutes: config.scheduleRateMinutes,
      batchSize: config.ingestBatchSize,
      maxBatchingWindow: config.ingestMaxBatchingWindow,
      ingestConcurrency: config.ingestConcurrency,
      reserveIngestConcurrency: config.reserveIngestConcurrency,
      maxReceiveCount: config.maxReceiveCount,
      deadLetterRetention: config.deadLetterRetention,
      discoverMemorySize: config.discover.memorySize,
      discoverTimeout: config.discover.timeout,
      ingestMemorySize: config.ingest.memorySize,
      ingestTimeout: config.ingest.timeout,
      userAgent: config.userAgent,
      sourcesKey: config.sourcesKey,
      logRetention: config.logRetention,
      tracing: config.tracing,
      alarmAction,
    });

    this.searchApi = new SearchApi(this, 'Search', {
      store: this.store,
      entry: HANDLER_ENTRIES.search,
      serviceName: SERVICE_NAMES.search,
      memorySize: config.search.memorySize,
      timeout: config.search.timeout,
      logRetention: config.logRetention,
      tracing: config.tracing,
      alarmAction,
    });
  }
}
