import type { StoreConfig } from '../store/clients.js';

/** Environment variable names shared by the CDK stack (which sets them) and the Lambda handlers (which read them). */
export const ENV = {
  tableName: 'PANTAU_TABLE_NAME',
  bucketName: 'PANTAU_BUCKET_NAME',
  queueUrl: 'PANTAU_QUEUE_URL',
  /** Optional: S3 key of a sources JSON file in the bucket that replaces the bundled default list. */
  sourcesKey: 'PANTAU_SOURCES_KEY',
  userAgent: 'PANTAU_USER_AGENT',
  /** 'true' lets the fetcher reach loopback/private addresses: for tests only, never set by the stack. */
  allowPrivateHosts: 'PANTAU_ALLOW_PRIVATE_HOSTS',
  /** Optional endpoints (embedded stores in tests and local runs); unset in AWS. */
  dynamoEndpoint: 'PANTAU_DYNAMODB_ENDPOINT',
  s3Endpoint: 'PANTAU_S3_ENDPOINT',
} as const;

/** Read a required environment variable, with an error that names it. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}

/** The store configuration a Lambda handler runs with, from its environment. */
export function storeConfigFromEnv(): StoreConfig {
  return {
    tableName: requireEnv(ENV.tableName),
    bucketName: requireEnv(ENV.bucketName),
    dynamoEndpoint: process.env[ENV.dynamoEndpoint] || undefined,
    s3Endpoint: process.env[ENV.s3Endpoint] || undefined,
  };
}
