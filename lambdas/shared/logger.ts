import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one logger of Pantau. Handlers set the service name through POWERTOOLS_SERVICE_NAME and append `url` / `source`
 * keys per record. Locally (the CLI) it stays quiet unless PANTAU_LOG_LEVEL asks for more, because the CLI prints its
 * own progress and summary for people.
 */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'pantau',
  logLevel: (process.env.PANTAU_LOG_LEVEL ?? process.env.POWERTOOLS_LOG_LEVEL ?? (process.env.AWS_LAMBDA_FUNCTION_NAME ? 'INFO' : 'SILENT')) as 'INFO',
});
