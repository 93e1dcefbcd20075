/** Environment variable names shared by the CDK stack (which sets them) and the Lambda handlers (which read them). */
export const ENV = {
  tableName: 'PANTAU_TABLE_NAME',
  bucketName: 'PANTAU_BUCKET_NAME',
  queueUrl: 'PANTAU_QUEUE_URL',
  /** Optional: S3 key of a sources JSON file in the bucket that replaces the bundled default list. */
  sourcesKey: 'PANTAU_SOURCES_KEY',
  userAgent: 'PANTAU_USER_AGENT',
} as const;

/** Read a required environment variable, with an error that names it. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is not set`);
  return value;
}
