/** @module store/clients: the DynamoDB document client and S3 client for one store configuration. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';

/** Where the article store lives: AWS (endpoints unset) or the embedded stores (loopback endpoints). */
export interface StoreConfig {
  tableName: string;
  bucketName: string;
  region?: string;
  dynamoEndpoint?: string;
  s3Endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Build the DynamoDB document client (undefined values dropped) and the S3 client (path style for a local endpoint). */
export function createClients(config: StoreConfig): { dynamo: DynamoDBDocumentClient; s3: S3Client } {
  const local = Boolean(config.dynamoEndpoint || config.s3Endpoint);
  // In Lambda the SDK reads AWS_REGION itself; a local endpoint still needs some region to sign with.
  const region = config.region ?? (local ? process.env.AWS_REGION ?? 'us-east-1' : undefined);
  const dynamoClient = new DynamoDBClient({
    region,
    endpoint: config.dynamoEndpoint,
    credentials: config.credentials,
  });
  const dynamo = DynamoDBDocumentClient.from(dynamoClient, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const s3 = new S3Client({
    region,
    endpoint: config.s3Endpoint,
    credentials: config.credentials,
    forcePathStyle: Boolean(config.s3Endpoint),
    // s3rver predates the flexible checksums the SDK now adds by default; only send them when an API requires them.
    ...(config.s3Endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } : {}),
  });
  return { dynamo, s3 };
}
