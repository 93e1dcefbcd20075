import { Duration } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { HANDLER_ENTRIES } from '../../../lib/config.js';
import { NewsFunction } from '../../../lib/constructs/news-function.js';
import { findNagViolations, listPolicyStatements, synthTemplate } from '../cdk-test-app.js';

describe('NewsFunction', () => {
  it('should default to nodejs22.x on arm64 with 512 MB, 30 s and the Powertools service name', () => {
    // Act
    const template = synthTemplate((stack) => new NewsFunction(stack, 'Fn', { entry: HANDLER_ENTRIES.search, serviceName: 'svc' }));
    // Assess
    template.resourceCountIs('AWS::Lambda::Function', 1);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: 30,
      TracingConfig: Match.absent(),
      Environment: { Variables: { POWERTOOLS_SERVICE_NAME: 'svc', NODE_OPTIONS: '--enable-source-maps' } },
    });
  });

  it('should pass sizing, reserved concurrency and extra environment through', () => {
    // Act
    const template = synthTemplate(
      (stack) =>
        new NewsFunction(stack, 'Fn', {
          entry: HANDLER_ENTRIES.ingest,
          serviceName: 'svc',
          memorySize: 1536,
          timeout: Duration.minutes(2),
          reservedConcurrentExecutions: 3,
          environment: { PANTAU_USER_AGENT: 'ua' },
        }),
    );
    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', {
      MemorySize: 1536,
      Timeout: 120,
      ReservedConcurrentExecutions: 3,
      Environment: { Variables: Match.objectLike({ PANTAU_USER_AGENT: 'ua', POWERTOOLS_SERVICE_NAME: 'svc' }) },
    });
  });

  it('should log to its own retained log group through a role that may write only there', () => {
    // Act
    const template = synthTemplate((stack) => new NewsFunction(stack, 'Fn', { entry: HANDLER_ENTRIES.search, serviceName: 'svc' }));
    // Assess
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^FnLogGroup') } },
    });
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    const statements = listPolicyStatements(template);
    expect(statements).toEqual([
      {
        policyId: expect.any(String),
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [{ 'Fn::GetAtt': [expect.stringMatching(/^FnLogGroup/), 'Arn'] }],
      },
    ]);
  });

  it('should switch on active tracing and still pass cdk-nag', () => {
    // Act
    let violations: ReturnType<typeof findNagViolations> = [];
    const template = synthTemplate((stack) => {
      new NewsFunction(stack, 'Fn', { entry: HANDLER_ENTRIES.search, serviceName: 'svc', tracing: true });
      violations = findNagViolations(stack);
    });
    // Assess
    template.hasResourceProperties('AWS::Lambda::Function', { TracingConfig: { Mode: 'Active' } });
    expect(violations.map((violation) => violation.ruleName)).toEqual([]);
  });

  it('should add an errors alarm with the given action', () => {
    // Act
    const template = synthTemplate((stack) => {
      const fn = new NewsFunction(stack, 'Fn', { entry: HANDLER_ENTRIES.search, serviceName: 'svc' });
      fn.addErrorsAlarm('Errors', { bind: () => ({ alarmActionArn: 'arn:aws:sns:ap-southeast-3:123456789012:ops' }) });
    });
    // Assess
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors',
      Statistic: 'Sum',
      Period: 300,
      AlarmActions: ['arn:aws:sns:ap-southeast-3:123456789012:ops'],
    });
  });
});
