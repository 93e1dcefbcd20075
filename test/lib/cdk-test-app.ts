/**
 * Test helpers for the CDK app: a fresh App whose cloud assembly goes to a temp dir that is deleted afterwards.
 * Bundling is skipped (context `aws:cdk:bundling-stacks: []`) unless a test asks for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { PolicyViolation } from 'aws-cdk-lib';

/** A test App plus the way to throw its output away. */
export interface TestApp {
  readonly app: App;
  readonly outdir: string;
  /** Delete the cloud assembly folder. */
  readonly cleanup: () => void;
}

/** Create an App that writes to its own temp dir; `bundle: false` (default) skips esbuild. */
export function createTestApp(options: { bundle?: boolean; parentDir?: string } = {}): TestApp {
  const outdir = mkdtempSync(join(options.parentDir ?? tmpdir(), 'pantau-cdk-'));
  const context = options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] };
  const app = new App({ context, outdir });
  return { app, outdir, cleanup: () => rmSync(outdir, { recursive: true, force: true }) };
}

/** Build a construct in a fresh Stack of a fresh App, return its template, and delete the temp dir. */
export function synthTemplate(build: (stack: Stack) => void): Template {
  const { app, cleanup } = createTestApp();
  try {
    const stack = new Stack(app, 'Test');
    build(stack);
    return Template.fromStack(stack);
  } finally {
    cleanup();
  }
}

/** Run cdk-nag's AWS Solutions pack over a construct tree; returns every unacknowledged finding. */
export function findNagViolations(scope: Stack | App): PolicyViolation[] {
  return new AwsSolutionsChecks(undefined, { verbose: false }).validateScope(scope).violations;
}

/** Every IAM policy statement of a template, flattened, with the policy's logical ID. */
export function listPolicyStatements(
  template: Template,
): Array<{ policyId: string; actions: string[]; resources: unknown[] }> {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.entries(policies).flatMap(([policyId, policy]) => {
    const statements = (policy as { Properties: { PolicyDocument: { Statement: Array<Record<string, unknown>> } } })
      .Properties.PolicyDocument.Statement;
    return statements.map((statement) => ({
      policyId,
      actions: ([] as string[]).concat(statement.Action as string | string[]),
      resources: ([] as unknown[]).concat(statement.Resource),
    }));
  });
}
