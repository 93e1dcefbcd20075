import { Duration, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../../lib/config.js';
import { PantauStack } from '../../lib/pantau-stack.js';
import { GSIS, TABLE_KEYS, TTL_ATTRIBUTE } from '../../lambdas/store/table-design.js';
import { createTestApp, findNagViolations, listPolicyStatements } from './cdk-test-app.js';

/** Logical ID of the function whose POWERTOOLS_SERVICE_NAME is `service`. */
function findFunctionId(template: Template, service: string): string {
  const found = template.findResources('AWS::Lambda::Function', {
    Properties: { Environment: { Variables: { POWERTOOLS_SERVICE_NAME: service } } },
  });
  const ids = Object.keys(found);
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

/** Logical ID of the role a function runs as. */
function findRoleId(template: Template, functionId: string): string {
  const fn = template.toJSON().Resources[functionId] as { Properties: { Role: { 'Fn::GetAtt': [string, string] } } };
  return fn.Properties.Role['Fn::GetAtt'][0];
}

/** Policy statements attached to one role. */
function statementsOfRole(template: Template, roleId: string): ReturnType<typeof listPolicyStatements> {
  const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } });
  return listPolicyStatements(template).filter((statement) => statement.policyId in policies);
}

describe('PantauStack', () => {
  let template: Template;
  let stack: PantauStack;
  let cleanup: () => void;

  beforeAll(() => {
    // Prepare
    const testApp = createTestApp();
    cleanup = testApp.cleanup;
    stack = new PantauStack(testApp.app, 'Pantau', { config: DEFAULT_CONFIG });
    // Act
    template = Template.fromStack(stack);
  });

  afterAll(() => cleanup());

  it('should run three functions on nodejs22.x arm64 with their own log groups and service names', () => {
    // Assess
    template.resourceCountIs('AWS::Lambda::Function', 3);
    template.allResourcesProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      LoggingConfig: { LogGroup: { Ref: Match.anyValue() } },
      Environment: { Variables: Match.objectLike({ NODE_OPTIONS: '--enable-source-maps' }) },
    });
    for (const service of ['pantau-discover', 'pantau-ingest', 'pantau-search']) findFunctionId(template, service);
    template.resourceCountIs('AWS::Logs::LogGroup', 3);
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  it('should give every function the environment variables its handler reads', () => {
    // Assess
    const table = { Ref: Match.stringLikeRegexp('^StoreTable') };
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'pantau-discover',
          PANTAU_TABLE_NAME: table,
          PANTAU_BUCKET_NAME: { Ref: Match.stringLikeRegexp('^StoreBucket') },
          PANTAU_QUEUE_URL: { Ref: Match.stringLikeRegexp('^IngestionQueue') },
          PANTAU_USER_AGENT: DEFAULT_CONFIG.userAgent,
        }),
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'pantau-ingest',
          PANTAU_TABLE_NAME: table,
          PANTAU_BUCKET_NAME: { Ref: Match.stringLikeRegexp('^StoreBucket') },
        }),
      },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: {
          POWERTOOLS_SERVICE_NAME: 'pantau-search',
          PANTAU_TABLE_NAME: table,
          PANTAU_BUCKET_NAME: { Ref: Match.stringLikeRegexp('^StoreBucket') },
          NODE_OPTIONS: Match.anyValue(),
        },
      },
    });
  });

  it('should create the table on demand with the store key schema, GSIs, TTL, PITR and deletion protection', () => {
    // Assess
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
        ],
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
        DeletionProtectionEnabled: true,
        GlobalSecondaryIndexes: GSIS.map((gsi) => ({
          IndexName: gsi.indexName,
          KeySchema: [
            { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
            { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
          ],
          Projection: Match.objectLike({ ProjectionType: gsi.projection }),
        })),
      },
    });
  });

  it('should keep the raw-page bucket private, encrypted, versioned, logged and tiered to IA', () => {
    // Assess
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('^StoreAccessLogsBucket') } },
        LifecycleConfiguration: {
          Rules: Match.arrayWith([
            Match.objectLike({
              Prefix: DEFAULT_CONFIG.rawPagePrefix,
              Status: 'Enabled',
              Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 30 }],
            }),
            Match.objectLike({ Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
          ]),
        },
      },
    });
  });

  it('should deny any S3 request that does not use TLS, on every bucket', () => {
    // Assess
    const buckets = Object.keys(template.findResources('AWS::S3::Bucket'));
    expect(buckets).toHaveLength(2);
    for (const bucketId of buckets) {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: bucketId },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    }
  });

  it('should queue URLs in an encrypted queue that redrives to an encrypted 14-day DLQ', () => {
    // Assess
    template.resourceCountIs('AWS::SQS::Queue', 2);
    template.allResourcesProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    template.hasResourceProperties('AWS::SQS::Queue', { MessageRetentionPeriod: 14 * 24 * 3600 });
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestionDeadLetterQueue'), 'Arn'] },
        maxReceiveCount: 5,
      },
    });
    template.resourceCountIs('AWS::SQS::QueuePolicy', 2);
    template.allResourcesProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('should hide a message from other consumers for at least six ingest timeouts', () => {
    // Prepare
    const ingestId = findFunctionId(template, 'pantau-ingest');
    const ingestTimeout = (template.toJSON().Resources[ingestId] as { Properties: { Timeout: number } }).Properties
      .Timeout;
    const queues = template.findResources('AWS::SQS::Queue', { Properties: { RedrivePolicy: Match.anyValue() } });
    // Act
    const [queue] = Object.values(queues) as Array<{ Properties: { VisibilityTimeout: number } }>;
    // Assess
    expect(ingestTimeout).toBe(DEFAULT_CONFIG.ingest.timeout.toSeconds());
    expect(queue!.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * ingestTimeout);
  });

  it('should feed ingest in batches with partial batch failures and capped concurrency', () => {
    // Assess
    const ingestId = findFunctionId(template, 'pantau-ingest');
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: ingestId },
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestionQueue'), 'Arn'] },
      BatchSize: DEFAULT_CONFIG.ingestBatchSize,
      MaximumBatchingWindowInSeconds: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
    expect(DEFAULT_CONFIG.ingestBatchSize).toBeGreaterThan(1);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'pantau-ingest' }) },
      ReservedConcurrentExecutions: 2,
    });
  });

  it('should run discover on an EventBridge Scheduler rate through a role that may only invoke it', () => {
    // Prepare
    const discoverId = findFunctionId(template, 'pantau-discover');
    // Assess
    template.resourceCountIs('AWS::Scheduler::Schedule', 1);
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: `rate(${DEFAULT_CONFIG.scheduleRateMinutes} minutes)`,
      State: 'ENABLED',
      Target: {
        Arn: { 'Fn::GetAtt': [discoverId, 'Arn'] },
        RoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestionScheduleRole'), 'Arn'] },
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }),
      },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^IngestionScheduleRole') }],
      PolicyDocument: {
        Statement: [
          Match.objectLike({
            Action: 'lambda:InvokeFunction',
            Resource: Match.arrayWith([{ 'Fn::GetAtt': [discoverId, 'Arn'] }]),
          }),
        ],
      },
    });
  });

  it('should expose search only through an AWS_IAM Function URL, never an unauthenticated one', () => {
    // Prepare
    const searchId = findFunctionId(template, 'pantau-search');
    // Assess
    template.resourceCountIs('AWS::Lambda::Url', 1);
    template.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'AWS_IAM',
      TargetFunctionArn: { 'Fn::GetAtt': [searchId, 'Arn'] },
    });
    template.hasOutput('SearchUrl', { Value: { 'Fn::GetAtt': [Match.anyValue(), 'FunctionUrl'] } });
    // Neither the Url nor any lambda:InvokeFunctionUrl permission (FunctionUrlAuthType) may be unauthenticated.
    expect(JSON.stringify(template.toJSON())).not.toMatch(/AuthType"\s*:\s*"NONE"/);
    expect(template.findResources('AWS::Lambda::Permission')).toEqual({});
  });

  it('should alarm on any message in the DLQ and on errors of each function', () => {
    // Assess
    template.resourceCountIs('AWS::CloudWatch::Alarm', 5);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        { Name: 'QueueName', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IngestionDeadLetterQueue'), 'QueueName'] } },
      ],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    });
    for (const service of ['pantau-discover', 'pantau-ingest', 'pantau-search']) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: findFunctionId(template, service) } }],
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      });
    }
  });

  it('should alarm when a source failed discovery in each of the last three scheduled runs', () => {
    // Assess: the metric the discover handler publishes (Powertools: namespace Pantau, dimension service)
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'Pantau',
      MetricName: 'SourcesFailing',
      Dimensions: [{ Name: 'service', Value: 'pantau-discover' }],
      Statistic: 'Maximum',
      Period: DEFAULT_CONFIG.scheduleRateMinutes * 60,
      EvaluationPeriods: 3,
      DatapointsToAlarm: 3,
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
      AlarmDescription: Match.stringLikeRegexp('pantau sources --health'),
    });
    // The discover function publishes under the same service name the alarm watches.
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'pantau-discover' }) },
    });
  });

  it('should output both queue URLs for pantau replay-dlq', () => {
    template.hasOutput('IngestQueueUrl', { Value: { Ref: Match.stringLikeRegexp('^IngestionQueue') } });
    template.hasOutput('DeadLetterQueueUrl', { Value: { Ref: Match.stringLikeRegexp('^IngestionDeadLetterQueue') } });
  });

  it('should grant ingest item access and raw-page get/put only: no table admin, no wildcard actions', () => {
    // Prepare
    const statements = statementsOfRole(template, findRoleId(template, findFunctionId(template, 'pantau-ingest')));
    const actions = statements.flatMap((statement) => statement.actions);
    // Assess
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query', 's3:GetObject', 's3:PutObject']));
    expect(actions).not.toContain('dynamodb:DeleteTable');
    expect(actions.filter((action) => action.includes('*'))).toEqual([]);
    expect(actions.filter((action) => action.startsWith('s3:'))).toEqual(['s3:GetObject', 's3:PutObject']);
    const s3Resources = statements.filter((statement) => statement.actions.includes('s3:PutObject')).flatMap((s) => s.resources);
    expect(JSON.stringify(s3Resources)).toContain(`/${DEFAULT_CONFIG.rawPagePrefix}*`);
  });

  it('should grant discover table access and queue send but no bucket access by default', () => {
    // Prepare
    const statements = statementsOfRole(template, findRoleId(template, findFunctionId(template, 'pantau-discover')));
    const actions = statements.flatMap((statement) => statement.actions);
    // Assess
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:GetItem', 'sqs:SendMessage']));
    expect(actions.filter((action) => action.startsWith('s3:'))).toEqual([]);
    expect(actions.filter((action) => action.includes('*') || action === 'dynamodb:DeleteTable')).toEqual([]);
  });

  it('should grant search read-only table access', () => {
    // Prepare
    const statements = statementsOfRole(template, findRoleId(template, findFunctionId(template, 'pantau-search')));
    const actions = statements.flatMap((statement) => statement.actions);
    // Assess
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
    expect(actions.filter((action) => /^(dynamodb:(Put|Update|Delete|BatchWrite)|s3:|sqs:)/.test(action))).toEqual([]);
  });

  it('should attach no AWS managed policy to any role', () => {
    // Assess
    const roles = Object.values(template.findResources('AWS::IAM::Role')) as Array<{ Properties: object }>;
    expect(roles.length).toBe(4);
    for (const role of roles) expect(role.Properties).not.toHaveProperty('ManagedPolicyArns');
  });

  it('should pass cdk-nag AwsSolutions with no unacknowledged error or warning', () => {
    // Act
    const violations = findNagViolations(stack);
    // Assess
    expect(violations.map((violation) => `${violation.ruleName} ${violation.violatingResources[0]?.constructPath}`)).toEqual([]);
  });
});

describe('PantauStack with every option switched', () => {
  it('should still pass cdk-nag with tracing, no access logs, a sources file and an alarm topic', () => {
    // Prepare
    const { app, cleanup } = createTestApp();
    try {
      const config = resolveConfig({
        tracing: true,
        serverAccessLogs: false,
        sourcesKey: 'config/sources.json',
        alarmTopicArn: 'arn:aws:sns:ap-southeast-3:123456789012:pantau-ops',
        ingest: { memorySize: 1536, timeout: Duration.minutes(3) },
      });
      const stack = new PantauStack(app, 'Pantau', { config });
      // Act
      const template = Template.fromStack(stack);
      const violations = findNagViolations(stack);
      // Assess
      expect(violations.map((violation) => violation.ruleName)).toEqual([]);
      template.allResourcesProperties('AWS::Lambda::Function', { TracingConfig: { Mode: 'Active' } });
      template.resourceCountIs('AWS::S3::Bucket', 1);
      template.allResourcesProperties('AWS::CloudWatch::Alarm', {
        AlarmActions: ['arn:aws:sns:ap-southeast-3:123456789012:pantau-ops'],
      });
      template.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 6 * 180 + 10 });
    } finally {
      cleanup();
    }
  });

  it('should synthesize through the cdk-nag validation plugin the way bin/app.ts registers it', () => {
    // Prepare
    const { app, cleanup } = createTestApp();
    try {
      new PantauStack(app, 'Pantau');
      Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
      // Act
      const assembly = app.synth();
      // Assess
      expect(assembly.getStackByName('Pantau').template.Resources).toBeDefined();
    } finally {
      cleanup();
    }
  });
});
