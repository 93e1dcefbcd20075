/**
 * @module local/embedded-stores
 * DynamoDB (dynalite, LevelDB) and S3 (s3rver, plain files) inside this process on loopback ports, so `pantau run`
 * and the tests use the real store code without an AWS account. Both persist under one data folder.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { StoreConfig } from '../store/clients.js';
import { createTableInput } from '../store/table-design.js';

/** Placeholder credentials: the embedded stores accept any signature, the SDK just needs something to sign with. */
const DUMMY_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const LOOPBACK = '127.0.0.1';

export interface EmbeddedStores {
  config: StoreConfig;
  close(): Promise<void>;
}

/** Listen on a free loopback port and return it. */
function listenOnFreePort(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error?: Error) => (error ? reject(error) : resolve()));
    // Keep-alive sockets of clients that were not destroyed would hold the close open.
    server.closeAllConnections();
  });
}

/** Create the table if it is missing (dynalite makes it ACTIVE at once with createTableMs: 0). */
async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException) && (error as Error).name !== 'ResourceNotFoundException') throw error;
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  }
}

/** Create the bucket if it is missing. */
async function ensureBucket(client: S3Client, bucketName: string): Promise<void> {
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucketName }));
  } catch {
    await client.send(new CreateBucketCommand({ Bucket: bucketName }));
  }
}

/**
 * Start dynalite (LevelDB under dataDir/dynamodb, or in memory when dataDir is null) and s3rver (files under
 * dataDir/s3, or a temp dir removed on close) on free loopback ports, create the table and bucket if missing, and
 * return a StoreConfig pointing at them plus close(). Both persist across runs on the same dataDir.
 */
export async function startEmbeddedStores(options: {
  dataDir: string | null;
  tableName?: string;
  bucketName?: string;
}): Promise<EmbeddedStores> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const tableName = options.tableName ?? 'pantau';
  const bucketName = options.bucketName ?? 'pantau-raw';
  if (bucketName.length < 3) throw new Error(`bucket name "${bucketName}" is too short: S3 (and s3rver) need 3+ characters`);

  let dynamoPath: string | undefined;
  let s3Dir: string;
  let tempDir: string | null = null;
  if (options.dataDir) {
    dynamoPath = join(options.dataDir, 'dynamodb');
    s3Dir = join(options.dataDir, 's3');
    await mkdir(dynamoPath, { recursive: true });
    await mkdir(s3Dir, { recursive: true });
  } else {
    tempDir = await mkdtemp(join(tmpdir(), 'pantau-s3-'));
    s3Dir = tempDir;
  }

  const dynamoServer = dynalite({ path: dynamoPath, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const dynamoPort = await listenOnFreePort(dynamoServer);
  const s3Server = new S3rver({ address: LOOPBACK, port: 0, directory: s3Dir, silent: true });
  let s3Port: number;
  try {
    s3Port = (await s3Server.run()).port;
  } catch (error) {
    await closeServer(dynamoServer);
    throw error;
  }

  const config: StoreConfig = {
    tableName,
    bucketName,
    region: 'us-east-1',
    dynamoEndpoint: `http://${LOOPBACK}:${dynamoPort}`,
    s3Endpoint: `http://${LOOPBACK}:${s3Port}`,
    credentials: DUMMY_CREDENTIALS,
  };
  const close = async (): Promise<void> => {
    await s3Server.close();
    await closeServer(dynamoServer);
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };

  const dynamoClient = new DynamoDBClient({ region: config.region, endpoint: config.dynamoEndpoint, credentials: DUMMY_CREDENTIALS });
  const s3Client = new S3Client({
    region: config.region,
    endpoint: config.s3Endpoint,
    credentials: DUMMY_CREDENTIALS,
    forcePathStyle: true,
  });
  try {
    await ensureTable(dynamoClient, tableName);
    await ensureBucket(s3Client, bucketName);
  } catch (error) {
    await close();
    throw error;
  } finally {
    dynamoClient.destroy();
    s3Client.destroy();
  }
  return { config, close };
}
