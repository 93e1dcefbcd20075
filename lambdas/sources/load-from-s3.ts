/** Sources kept in S3, so operators change the list of an AWS deployment without redeploying. */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { ConfigError } from '../shared/errors.js';
import { parseSourcesText, type SourceConfig } from './config.js';

/** Read and validate a sources JSON object from S3; ConfigError naming the s3:// URL on any failure. */
export async function loadSourcesFromS3(s3: S3Client, bucket: string, key: string): Promise<SourceConfig[]> {
  const origin = `s3://${bucket}/${key}`;
  let text: string;
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    text = (await object.Body?.transformToString('utf-8')) ?? '';
  } catch (error) {
    throw new ConfigError(`cannot read sources: ${(error as Error).message}`, origin);
  }
  return parseSourcesText(text, origin);
}
