import { RemovalPolicy } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { ArticleStore, TABLE_WRITE_ACTIONS } from '../../../lib/constructs/article-store.js';
import { GSIS } from '../../../lambdas/store/table-design.js';
import { listPolicyStatements, synthTemplate } from '../cdk-test-app.js';

/** A role to receive grants in tests. */
function createLambdaRole(scope: ConstructorParameters<typeof Role>[0], id: string): Role {
  return new Role(scope, id, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
}

describe('ArticleStore', () => {
  it('should create one GSI per entry of the store table design, string keys, with its projection', () => {
    // Act
    const template = synthTemplate((stack) => new ArticleStore(stack, 'Store'));
    // Assess
    const table = Object.values(template.findResources('AWS::DynamoDB::Table'))[0] as {
      Properties: { GlobalSecondaryIndexes: Array<{ IndexName: string }>; AttributeDefinitions: Array<{ AttributeType: string }> };
    };
    expect(table.Properties.GlobalSecondaryIndexes.map((gsi) => gsi.IndexName)).toEqual(GSIS.map((gsi) => gsi.indexName));
    expect(new Set(table.Properties.AttributeDefinitions.map((attribute) => attribute.AttributeType))).toEqual(new Set(['S']));
  });

  it('should retain table and bucket by default and honour an explicit removal policy', () => {
    // Act
    const retained = synthTemplate((stack) => new ArticleStore(stack, 'Store'));
    const destroyed = synthTemplate((stack) => new ArticleStore(stack, 'Store', { removalPolicy: RemovalPolicy.DESTROY }));
    // Assess
    retained.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain' });
    retained.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain' });
    destroyed.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Delete' });
  });

  it('should write access logs to a separate bucket through a bucket policy, not an ACL, when asked', () => {
    // Act
    const withLogs = synthTemplate((stack) => new ArticleStore(stack, 'Store', { serverAccessLogs: true }));
    const withoutLogs = synthTemplate((stack) => new ArticleStore(stack, 'Store'));
    // Assess
    withLogs.resourceCountIs('AWS::S3::Bucket', 2);
    withLogs.allResourcesProperties('AWS::S3::Bucket', {
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    expect(JSON.stringify(withLogs.toJSON())).not.toContain('LogDeliveryWrite');
    withLogs.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: 's3:PutObject', Principal: { Service: 'logging.s3.amazonaws.com' } }),
        ]),
      },
    });
    withoutLogs.resourceCountIs('AWS::S3::Bucket', 1);
    withoutLogs.hasResourceProperties('AWS::S3::Bucket', { LoggingConfiguration: Match.absent() });
  });

  it('should tier only the configured raw-page prefix and reject a prefix without a trailing slash', () => {
    // Act
    const template = synthTemplate((stack) => new ArticleStore(stack, 'Store', { rawPagePrefix: 'pages/' }));
    // Assess
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ Prefix: 'pages/' })]) },
    });
    expect(() => synthTemplate((stack) => new ArticleStore(stack, 'Store', { rawPagePrefix: 'pages' }))).toThrow(/end with/);
  });

  it('should grant reads on the table and each named index, without write actions or index wildcards', () => {
    // Act
    const template = synthTemplate((stack) => {
      const store = new ArticleStore(stack, 'Store');
      store.grantTableRead(createLambdaRole(stack, 'Reader'));
    });
    // Assess
    const [statement] = listPolicyStatements(template);
    expect(statement!.actions.some((action) => (TABLE_WRITE_ACTIONS as readonly string[]).includes(action))).toBe(false);
    expect(statement!.resources).toHaveLength(1 + GSIS.length);
    expect(JSON.stringify(statement!.resources)).not.toContain('*');
    for (const gsi of GSIS) expect(JSON.stringify(statement!.resources)).toContain(`/index/${gsi.indexName}"`);
  });

  it('should grant raw-page get/put under the prefix only, and one exact key for the sources file', () => {
    // Act
    const template = synthTemplate((stack) => {
      const store = new ArticleStore(stack, 'Store');
      store.grantRawPagesReadWrite(createLambdaRole(stack, 'Ingest'));
      store.grantObjectRead(createLambdaRole(stack, 'Discover'), 'config/sources.json');
    });
    // Assess
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^Ingest') }],
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^StoreBucket'), 'Arn'] }, '/raw/*']] },
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^Discover') }],
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: {
              'Fn::Join': ['', [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^StoreBucket'), 'Arn'] }, '/config/sources.json']],
            },
          },
        ],
      },
    });
  });
});
