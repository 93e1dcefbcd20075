/**
 * ArticleStore: the DynamoDB table of article records and the S3 bucket of raw pages, plus narrow grants on both.
 *
 * The key schema, indexes and TTL attribute come from `lambdas/store/table-design.ts`, so the stack always mirrors
 * what the store code queries.
 *
 * @module
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Grant } from 'aws-cdk-lib/aws-iam';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, StorageClass } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { GSIS, TABLE_KEYS, TTL_ATTRIBUTE } from '../../lambdas/store/table-design.js';

/**
 * DynamoDB actions of a read-only grant. No Scan: every access pattern of lambdas/store is a Get or a Query on the
 * table or a GSI (the entity directory is gsi1 `ENTITIES#<kind>`); add it here only with a pattern that needs it.
 */
export const TABLE_READ_ACTIONS = [
  'dynamodb:BatchGetItem',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
  'dynamodb:GetItem',
  'dynamodb:Query',
] as const;

/** DynamoDB item-write actions; no table-level action (DeleteTable, UpdateTable) is ever granted. */
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:BatchWriteItem',
  'dynamodb:DeleteItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
] as const;

/** CDK feature flag: server access logs get a bucket policy for logging.s3.amazonaws.com instead of an ACL. */
const S3_ACCESS_LOGS_USE_BUCKET_POLICY = '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy';

/** Properties of an ArticleStore. */
export interface ArticleStoreProps {
  /**
   * S3 key prefix of raw pages: the lifecycle rule and `grantRawPagesReadWrite` cover only this prefix.
   * @default 'raw/'
   */
  readonly rawPagePrefix?: string;
  /**
   * Age after which raw pages move to S3 Standard-Infrequent Access.
   * @default Duration.days(30)
   */
  readonly infrequentAccessAfter?: Duration;
  /**
   * Age after which overwritten (noncurrent) object versions are deleted.
   * @default Duration.days(30)
   */
  readonly noncurrentVersionExpiration?: Duration;
  /**
   * Write S3 server access logs of the bucket to a separate, private log bucket.
   * @default false
   */
  readonly serverAccessLogs?: boolean;
  /**
   * What happens to the table and bucket when they leave the stack; they hold the collected coverage.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** The single DynamoDB table and the raw-page bucket of Pantau. */
export class ArticleStore extends Construct {
  /** Single table: articles, versions, mentions, entity directory, seen URLs (TTL), run records. */
  public readonly table: Table;
  /** Raw fetched pages (gzip) and an optional sources file. */
  public readonly bucket: Bucket;
  /** Server access log bucket, when `serverAccessLogs` is on. */
  public readonly accessLogsBucket?: Bucket;
  /** The raw page key prefix. */
  public readonly rawPagePrefix: string;

  constructor(scope: Construct, id: string, props: ArticleStoreProps = {}) {
    super(scope, id);
    // Grant log delivery through a bucket policy, not the legacy LogDeliveryWrite ACL, so ACLs stay disabled
    // (BucketOwnerEnforced) on every bucket. Set on this construct so it holds whatever the app's cdk.json says.
    this.node.setContext(S3_ACCESS_LOGS_USE_BUCKET_POLICY, true);
    this.rawPagePrefix = props.rawPagePrefix ?? 'raw/';
    if (!this.rawPagePrefix.endsWith('/')) throw new Error(`rawPagePrefix must end with '/': ${this.rawPagePrefix}`);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;

    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TTL_ATTRIBUTE,
      deletionProtection: true,
      removalPolicy,
    });
    for (const gsi of GSIS) {
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: { name: gsi.partitionKey, type: AttributeType.STRING },
        sortKey: { name: gsi.sortKey, type: AttributeType.STRING },
        projectionType: gsi.projection === 'KEYS_ONLY' ? ProjectionType.KEYS_ONLY : ProjectionType.ALL,
      });
    }

    if (props.serverAccessLogs) {
      this.accessLogsBucket = new Bucket(this, 'AccessLogsBucket', {
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        encryption: BucketEncryption.S3_MANAGED,
        enforceSSL: true,
        objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
        lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
        removalPolicy,
      });
      Validations.of(this.accessLogsBucket).acknowledge({
        id: 'AwsSolutions-S1',
        reason: 'This is the access log bucket; logging it into itself would loop.',
      });
    }

    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: this.accessLogsBucket ? 'article-bucket/' : undefined,
      lifecycleRules: [
        {
          // S3 bills IA objects as at least 128 KB and, by default, does not transition smaller objects; gzipped pages
          // are often smaller, so this moves only the large ones, which is the cheaper outcome anyway.
          id: 'raw-pages-to-infrequent-access',
          prefix: this.rawPagePrefix,
          transitions: [
            {
              storageClass: StorageClass.INFREQUENT_ACCESS,
              transitionAfter: props.infrequentAccessAfter ?? Duration.days(30),
            },
          ],
        },
        {
          id: 'expire-noncurrent-versions',
          noncurrentVersionExpiration: props.noncurrentVersionExpiration ?? Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      removalPolicy,
    });
    new CfnOutput(this, 'TableName', { description: 'Pantau DynamoDB table', value: this.table.tableName });
    new CfnOutput(this, 'BucketName', { description: 'Pantau raw page bucket', value: this.bucket.bucketName });

    if (!this.accessLogsBucket) {
      Validations.of(this.bucket).acknowledge({
        id: 'AwsSolutions-S1',
        reason: 'Server access logs switched off for this deployment (serverAccessLogs: false in lib/config.ts).',
      });
    }
  }

  /** Grant item reads on the table and each of its indexes (named, no `index/*` wildcard). */
  grantTableRead(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({ grantee, actions: [...TABLE_READ_ACTIONS], resourceArns: this.tableArns() });
  }

  /** Grant item reads and writes on the table and its indexes; never table-level actions. */
  grantTableReadWrite(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS],
      resourceArns: this.tableArns(),
    });
  }

  /** Grant GetObject and PutObject on raw pages (keys under `rawPagePrefix`) and nothing else in the bucket. */
  grantRawPagesReadWrite(grantee: IGrantable): Grant {
    const grant = Grant.addToPrincipal({
      grantee,
      actions: ['s3:GetObject', 's3:PutObject'],
      resourceArns: [this.bucket.arnForObjects(`${this.rawPagePrefix}*`)],
    });
    this.suppressObjectWildcard(grantee, `${this.rawPagePrefix}*`);
    return grant;
  }

  /** Grant GetObject on one exact object key (the sources file). */
  grantObjectRead(grantee: IGrantable, key: string): Grant {
    return Grant.addToPrincipal({ grantee, actions: ['s3:GetObject'], resourceArns: [this.bucket.arnForObjects(key)] });
  }

  /** The table ARN followed by the ARN of every global secondary index. */
  private tableArns(): string[] {
    return [this.table.tableArn, ...GSIS.map((gsi) => `${this.table.tableArn}/index/${gsi.indexName}`)];
  }

  /** Record why a grantee's policy holds an object-key wildcard (cdk-nag AwsSolutions-IAM5). */
  private suppressObjectWildcard(grantee: IGrantable, pattern: string): void {
    const role = grantee.grantPrincipal;
    if (!(role instanceof Construct)) return;
    const bucketLogicalId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnElement);
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${pattern}]`,
      reason: `Raw page keys are per article (hash of the URL), unknown at deploy time; scoped to ${pattern}.`,
    });
  }
}
