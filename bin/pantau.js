#!/usr/bin/env node
// `npx pantau` entry: runs the TypeScript CLI through tsx (no build step). The legacy OpenSSL provider is needed by
// s3rver (the embedded S3) for paginated listings on Node 20.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('./pantau.ts', import.meta.url));
// Resolved from this file, not from the working directory, so `pantau` works from any folder.
const tsx = import.meta.resolve('tsx');
const child = spawn(process.execPath, ['--openssl-legacy-provider', '--import', tsx, cli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
