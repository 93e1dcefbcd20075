/**
 * The CDK app of Pantau: one stack, checked by cdk-nag's AWS Solutions rules on every synth.
 * Run with `npx cdk synth -q` (cdk.json: `npx tsx bin/app.ts`).
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readContextOverrides, resolveConfig } from '../lib/config.js';
import { PantauStack } from '../lib/pantau-stack.js';

const app = new App();
const config = resolveConfig(readContextOverrides((key) => app.node.tryGetContext(key)));
const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;

new PantauStack(app, config.stackName, {
  config,
  description: 'Pantau: scheduled monitoring of Indonesian news coverage (discover, ingest, search)',
  env: account || region ? { account, region } : undefined,
});

// cdk-nag 3 runs as a CDK validation plugin (v2's Aspects.of(app).add(...) is gone): any unacknowledged finding fails
// the synth. Acknowledgements (Validations.of(x).acknowledge) sit next to the resources they concern, with reasons.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
