/**
 * The one CDK test that really bundles: esbuild (local, no Docker) builds each handler into an ESM file, which must
 * parse, export `handler` and load under plain Node with the stack's environment variables. A broken entry point,
 * a missing module or an ESM/CommonJS clash fails here instead of at the first Lambda invocation.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SERVICE_NAMES } from '../../lib/config.js';
import { ESM_REQUIRE_BANNER } from '../../lib/constructs/news-function.js';
import { PantauStack } from '../../lib/pantau-stack.js';
import { createTestApp } from './cdk-test-app.js';

interface FunctionResource {
  Properties: { Code: { S3Key: string }; Environment: { Variables: Record<string, unknown> } };
}

/** Replace CloudFormation references in environment values with plain placeholder strings. */
function flattenEnvironment(variables: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [name, typeof value === 'string' ? value : `placeholder-${name.toLowerCase()}`]),
  );
}

describe('PantauStack bundling (real esbuild)', () => {
  let template: Template;
  let outdir: string;
  let cleanup: () => void;

  beforeAll(() => {
    // Prepare: the assembly sits under node_modules/.cache so the bundles resolve the external @aws-sdk/* packages
    // the way the Lambda runtime provides them.
    const cacheDir = join(PROJECT_ROOT, 'node_modules', '.cache');
    mkdirSync(cacheDir, { recursive: true });
    const testApp = createTestApp({ bundle: true, parentDir: cacheDir });
    outdir = testApp.outdir;
    cleanup = testApp.cleanup;
    // Act
    template = Template.fromStack(new PantauStack(testApp.app, 'Pantau'));
  }, 120_000);

  afterAll(() => cleanup?.());

  it('should bundle each handler into an ESM file that exports handler and loads under Node', () => {
    // Prepare
    const functions = Object.values(template.findResources('AWS::Lambda::Function')) as FunctionResource[];
    expect(functions).toHaveLength(3);
    const services = new Set<unknown>();
    for (const fn of functions) {
      const variables = fn.Properties.Environment.Variables;
      services.add(variables.POWERTOOLS_SERVICE_NAME);
      const bundle = join(outdir, `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, '')}`, 'index.mjs');
      // Assess: built, with the require banner, no AWS SDK inside, syntactically valid
      expect(existsSync(bundle), `${String(variables.POWERTOOLS_SERVICE_NAME)}: ${bundle}`).toBe(true);
      const code = readFileSync(bundle, 'utf8');
      expect(code.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
      expect(code).not.toMatch(/node_modules\/@aws-sdk\/client-/);
      execFileSync(process.execPath, ['--check', bundle]);
      // Act: import it in a clean Node process with the function's environment
      const probe = `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)}); process.stdout.write(typeof m.handler);`;
      const handlerType = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
        env: {
          PATH: process.env.PATH ?? '',
          AWS_REGION: 'ap-southeast-3',
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          ...flattenEnvironment(variables),
        },
        encoding: 'utf8',
        timeout: 30_000,
      });
      // Assess
      expect(handlerType).toBe('function');
    }
    expect(services).toEqual(new Set(Object.values(SERVICE_NAMES)));
  });
});
