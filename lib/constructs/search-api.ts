/**
 * SearchApi: the search Lambda behind an IAM-authenticated HTTPS Function URL, with read-only table access.
 *
 * @module
 */
import { CfnOutput, Duration } from 'aws-cdk-lib';
import type { Alarm, IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import type { FunctionUrl } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ENV } from '../../lambdas/shared/env.js';
import type { ArticleStore } from './article-store.js';
import { NewsFunction } from './news-function.js';

/** Properties of a SearchApi. */
export interface SearchApiProps {
  /** The table searched (read-only). */
  readonly store: ArticleStore;
  /** Absolute path of the search handler. */
  readonly entry: string;
  /**
   * Powertools service name.
   * @default 'pantau-search'
   */
  readonly serviceName?: string;
  /**
   * Memory in MB.
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * Timeout of one query.
   * @default Duration.seconds(10)
   */
  readonly timeout?: Duration;
  /**
   * Log retention.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * Active X-Ray tracing.
   * @default false
   */
  readonly tracing?: boolean;
  /**
   * Logical ID of the stack output that carries the URL.
   * @default 'SearchUrl'
   */
  readonly outputName?: string;
  /**
   * Where the errors alarm sends notifications.
   * @default - an alarm without actions
   */
  readonly alarmAction?: IAlarmAction;
}

/** The search endpoint: callers sign requests with SigV4 (Function URL auth AWS_IAM); anonymous calls get 403. */
export class SearchApi extends Construct {
  /** The search function. */
  public readonly search: NewsFunction;
  /** The HTTPS endpoint (auth AWS_IAM). */
  public readonly url: FunctionUrl;
  /** Fires on any search error. */
  public readonly errorsAlarm: Alarm;

  constructor(scope: Construct, id: string, props: SearchApiProps) {
    super(scope, id);
    this.search = new NewsFunction(this, 'Search', {
      entry: props.entry,
      serviceName: props.serviceName ?? 'pantau-search',
      description: 'Pantau: search stored coverage (articles by source, day, entity)',
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      logRetention: props.logRetention,
      tracing: props.tracing,
      // The handler builds its store from both names (shared/env.ts storeConfigFromEnv); the bucket name grants nothing.
      environment: { [ENV.tableName]: props.store.table.tableName, [ENV.bucketName]: props.store.bucket.bucketName },
    });
    props.store.grantTableRead(this.search.function);

    this.url = this.search.function.addFunctionUrl({ authType: FunctionUrlAuthType.AWS_IAM });
    this.errorsAlarm = this.search.addErrorsAlarm('ErrorsAlarm', props.alarmAction);

    const output = new CfnOutput(this, 'SearchUrl', {
      description: 'Search endpoint (HTTPS, requests must be SigV4-signed by a principal allowed lambda:InvokeFunctionUrl)',
      value: this.url.url,
    });
    // A stable output key, so scripts can read it with `--query "Stacks[0].Outputs[?OutputKey=='SearchUrl']"`.
    output.overrideLogicalId(props.outputName ?? 'SearchUrl');
  }

  /** Allow a principal (a team's role or user) to call the search URL. */
  grantInvokeUrl(grantee: IGrantable): void {
    this.url.grantInvokeUrl(grantee);
  }
}
