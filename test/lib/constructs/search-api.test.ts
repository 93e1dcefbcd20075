import { Match } from 'aws-cdk-lib/assertions';
import { AccountPrincipal, Role } from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { HANDLER_ENTRIES } from '../../../lib/config.js';
import { ArticleStore } from '../../../lib/constructs/article-store.js';
import { SearchApi } from '../../../lib/constructs/search-api.js';
import { listPolicyStatements, synthTemplate } from '../cdk-test-app.js';

describe('SearchApi', () => {
  it('should serve search through an AWS_IAM Function URL and output it under a stable key', () => {
    // Act
    const template = synthTemplate((stack) => {
      new SearchApi(stack, 'Api', { store: new ArticleStore(stack, 'Store'), entry: HANDLER_ENTRIES.search });
    });
    // Assess
    template.hasResourceProperties('AWS::Lambda::Url', { AuthType: 'AWS_IAM' });
    template.hasOutput('SearchUrl', { Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('FunctionUrl'), 'FunctionUrl'] } });
    expect(JSON.stringify(template.toJSON())).not.toMatch(/AuthType"\s*:\s*"NONE"/);
  });

  it('should let a granted principal invoke the URL and give the function read-only table access', () => {
    // Act
    const template = synthTemplate((stack) => {
      const api = new SearchApi(stack, 'Api', { store: new ArticleStore(stack, 'Store'), entry: HANDLER_ENTRIES.search });
      api.grantInvokeUrl(new Role(stack, 'Analyst', { assumedBy: new AccountPrincipal('123456789012') }));
    });
    // Assess
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: Match.stringLikeRegexp('^Analyst') }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'lambda:InvokeFunctionUrl',
            Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM' } },
          }),
        ]),
      },
    });
    const searchActions = listPolicyStatements(template)
      .filter((statement) => statement.actions.some((action) => action.startsWith('dynamodb:')))
      .flatMap((statement) => statement.actions);
    expect(searchActions).toContain('dynamodb:Query');
    expect(searchActions.filter((action) => /Put|Update|Delete|Write/.test(action))).toEqual([]);
  });
});
