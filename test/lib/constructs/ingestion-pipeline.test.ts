import { Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { HANDLER_ENTRIES } from '../../../lib/config.js';
import { ArticleStore } from '../../../lib/constructs/article-store.js';
import { IngestionPipeline } from '../../../lib/constructs/ingestion-pipeline.js';
import type { IngestionPipelineProps } from '../../../lib/constructs/ingestion-pipeline.js';
import { createTestApp, findNagViolations, synthTemplate } from '../cdk-test-app.js';

/** Build a pipeline over a fresh store. */
function buildPipeline(stack: Stack, props: Partial<IngestionPipelineProps> = {}): IngestionPipeline {
  const store = new ArticleStore(stack, 'Store', { serverAccessLogs: true });
  return new IngestionPipeline(stack, 'Pipeline', {
    store,
    discoverEntry: HANDLER_ENTRIES.discover,
    ingestEntry: HANDLER_ENTRIES.ingest,
    ...props,
  });
}

describe('IngestionPipeline', () => {
  it('should size the visibility timeout at six ingest timeouts plus the batching window', () => {
    // Act
    const template = synthTemplate((stack) =>
      buildPipeline(stack, { ingestTimeout: Duration.seconds(40), maxBatchingWindow: Duration.seconds(20) }),
    );
    // Assess
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: Match.anyValue(),
      VisibilityTimeout: 6 * 40 + 20,
    });
  });

  it('should use the configured batch, receive count, rate and DLQ retention', () => {
    // Act
    const template = synthTemplate((stack) =>
      buildPipeline(stack, {
        batchSize: 8,
        maxReceiveCount: 3,
        scheduleRateMinutes: 30,
        deadLetterRetention: Duration.days(4),
      }),
    );
    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { BatchSize: 8 });
    template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.objectLike({ maxReceiveCount: 3 }) });
    template.hasResourceProperties('AWS::SQS::Queue', { MessageRetentionPeriod: 4 * 24 * 3600 });
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(30 minutes)',
      Target: Match.objectLike({ RetryPolicy: { MaximumEventAgeInSeconds: 1800, MaximumRetryAttempts: 2 } }),
    });
  });

  it('should keep the event source cap but drop reserved concurrency when reservation is off', () => {
    // Act
    const template = synthTemplate((stack) => buildPipeline(stack, { ingestConcurrency: 4, reserveIngestConcurrency: false }));
    // Assess
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { ScalingConfig: { MaximumConcurrency: 4 } });
    template.allResourcesProperties('AWS::Lambda::Function', { ReservedConcurrentExecutions: Match.absent() });
  });

  it('should reject settings that would not batch or not deploy', () => {
    // Assess
    expect(() => synthTemplate((stack) => buildPipeline(stack, { batchSize: 1 }))).toThrow(/batchSize/);
    expect(() => synthTemplate((stack) => buildPipeline(stack, { scheduleRateMinutes: 0 }))).toThrow(/scheduleRateMinutes/);
    expect(() => synthTemplate((stack) => buildPipeline(stack, { ingestConcurrency: 1 }))).toThrow(/ingestConcurrency/);
    expect(() => synthTemplate((stack) => buildPipeline(stack, { maxReceiveCount: 0 }))).toThrow(/maxReceiveCount/);
  });

  it('should let discover read exactly the sources file when one is configured', () => {
    // Act
    const template = synthTemplate((stack) => buildPipeline(stack, { sourcesKey: 'config/sources.json' }));
    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'pantau-discover',
          PANTAU_SOURCES_KEY: 'config/sources.json',
          PANTAU_BUCKET_NAME: { Ref: Match.stringLikeRegexp('^StoreBucket') },
        }),
      },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^PipelineDiscoverRole') }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:GetObject',
            Resource: { 'Fn::Join': ['', [Match.anyValue(), '/config/sources.json']] },
          }),
        ]),
      },
    });
  });

  it('should let ingest send to its own queue (articles of a host with an open circuit are put off with a delay)', () => {
    // Act
    const template = synthTemplate((stack) => buildPipeline(stack));
    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'pantau-ingest',
          PANTAU_QUEUE_URL: { Ref: Match.stringLikeRegexp('^PipelineQueue') },
        }),
      },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^PipelineIngestRole') }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: Match.arrayWith(['sqs:SendMessage']),
            Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^PipelineQueue'), 'Arn'] },
          }),
        ]),
      },
    });
  });

  it('should not let async retries of discover overlap the next scheduled run', () => {
    // Act
    const template = synthTemplate((stack) => buildPipeline(stack));
    // Assess
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: Match.stringLikeRegexp('^PipelineDiscoverFunction') },
      MaximumRetryAttempts: 0,
    });
  });

  it('should send every alarm to the given action and pass cdk-nag on its own', () => {
    // Act
    let violations: ReturnType<typeof findNagViolations> = [];
    const template = synthTemplate((stack) => {
      buildPipeline(stack, { alarmAction: { bind: () => ({ alarmActionArn: 'arn:aws:sns:ap-southeast-3:123456789012:ops' }) } });
      violations = findNagViolations(stack);
    });
    // Assess
    template.resourceCountIs('AWS::CloudWatch::Alarm', 4);
    template.allResourcesProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: ['arn:aws:sns:ap-southeast-3:123456789012:ops'],
    });
    expect(violations.map((violation) => violation.ruleName)).toEqual([]);
  });
});

describe('IngestionPipeline source-health alarm', () => {
  it('should watch SourcesFailing of its discover service, one period per run, over the configured runs', () => {
    const template = synthTemplate((stack) =>
      buildPipeline(stack, { scheduleRateMinutes: 10, sourceFailingRuns: 4, serviceNames: { discover: 'disc', ingest: 'ing' } }),
    );
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'Pantau',
      MetricName: 'SourcesFailing',
      Dimensions: [{ Name: 'service', Value: 'disc' }],
      Period: 600,
      EvaluationPeriods: 4,
      DatapointsToAlarm: 4,
    });
  });

  it('should reject a run count below one', () => {
    expect(() => synthTemplate((stack) => buildPipeline(stack, { sourceFailingRuns: 0 }))).toThrow(/sourceFailingRuns/);
  });
});

describe('IngestionPipeline schedule guard', () => {
  it('should warn when a discover run can outlast the schedule interval', () => {
    // Prepare
    const { app, cleanup } = createTestApp();
    try {
      const quiet = new Stack(app, 'Quiet');
      buildPipeline(quiet, { scheduleRateMinutes: 15, discoverTimeout: Duration.minutes(5) });
      const overlapping = new Stack(app, 'Overlapping');
      buildPipeline(overlapping, { scheduleRateMinutes: 2, discoverTimeout: Duration.minutes(5) });
      // Act
      const quietWarnings = Annotations.fromStack(quiet).findWarning('*', Match.stringLikeRegexp('runs can overlap'));
      const overlapWarnings = Annotations.fromStack(overlapping).findWarning('*', Match.stringLikeRegexp('runs can overlap'));
      // Assess
      expect(quietWarnings).toHaveLength(0);
      expect(overlapWarnings).toHaveLength(1);
    } finally {
      cleanup();
    }
  });
});
