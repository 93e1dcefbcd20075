/**
 * NewsFunction: the one place that holds Pantau's Lambda defaults (runtime, architecture, bundling, logs, role).
 *
 * @module
 */
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PROJECT_ROOT } from '../config.js';

/** The runtime of every Pantau function: Node 22 on Graviton is the cheapest per GB-second (see TOOLCHAIN.md). */
export const NEWS_FUNCTION_RUNTIME = Runtime.NODEJS_22_X;

/**
 * ESM bundles have no `require`; CommonJS dependencies bundled into them (iconv-lite, parts of cheerio's tree) still
 * call `require` for Node built-ins, and esbuild's shim uses a top-level `require` when one exists. Only `require` is
 * recreated: a banner `__dirname` would clash with ESM modules that declare their own.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __pantauCreateRequire } from 'node:module'; " +
  'const require = __pantauCreateRequire(import.meta.url);';

/** Properties of a NewsFunction. */
export interface NewsFunctionProps {
  /** Absolute path of the handler file (in `lambdas/handlers/`); it must export `handler`. */
  readonly entry: string;
  /** Powertools service name (POWERTOOLS_SERVICE_NAME). */
  readonly serviceName: string;
  /**
   * Description shown in the Lambda console.
   * @default - none
   */
  readonly description?: string;
  /**
   * Extra environment variables (names from `lambdas/shared/env.ts`).
   * @default {}
   */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * Memory in MB.
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * Maximum run time of one invocation.
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;
  /**
   * Reserved concurrency.
   * @default - unreserved
   */
  readonly reservedConcurrentExecutions?: number;
  /**
   * Retries of asynchronous invocations (scheduler, events).
   * @default 2 (the Lambda default)
   */
  readonly retryAttempts?: number;
  /**
   * Retention of the function's log group.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * Active X-Ray tracing.
   * @default false
   */
  readonly tracing?: boolean;
}

/** A Node.js Lambda function bundled with esbuild, with Pantau's defaults, its own log group and its own role. */
export class NewsFunction extends Construct {
  /** The Lambda function. */
  public readonly function: NodejsFunction;
  /** The function's log group (retention set, removed with the stack). */
  public readonly logGroup: LogGroup;
  /** The function's execution role; starts with log-write rights on its own log group only. */
  public readonly role: Role;

  constructor(scope: Construct, id: string, props: NewsFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // An explicit role instead of the AWSLambdaBasicExecutionRole managed policy: that policy allows writing to every
    // log group in the account (cdk-nag AwsSolutions-IAM4); this role may write to its own log group only.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.serviceName}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: NEWS_FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      retryAttempts: props.retryAttempts,
      role: this.role,
      logGroup: this.logGroup,
      tracing: props.tracing ? Tracing.ACTIVE : Tracing.DISABLED,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: `${PROJECT_ROOT}package-lock.json`,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        // Stack traces point at lambdas/*.ts lines instead of the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        // The nodejs22.x runtime ships AWS SDK v3; bundling it would only grow the package and cold start.
        externalModules: ['@aws-sdk/*'],
        minify: true,
        sourceMap: true,
        sourcesContent: false,
      },
    });

    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Runtime pinned to nodejs22.x on purpose (TOOLCHAIN.md: the tested runtime, ESM bundle, SDK v3 provided); ' +
        'moving to a newer Node runtime is a deliberate, tested change.',
    });
    if (props.tracing) {
      Validations.of(this.role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray PutTraceSegments/PutTelemetryRecords do not support resource-level permissions.',
      });
    }
  }

  /** Create an alarm that fires when the function reports any error in a 5-minute period. */
  addErrorsAlarm(id: string, action?: IAlarmAction): Alarm {
    const alarm = new Alarm(this, id, {
      alarmDescription: `${Stack.of(this).stackName}: ${this.node.id} Lambda reported errors`,
      metric: this.function.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    if (action) alarm.addAlarmAction(action);
    return alarm;
  }
}
