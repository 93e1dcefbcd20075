import { Metrics } from '@aws-lambda-powertools/metrics';

/** The one Powertools metrics instance (namespace Pantau); handlers flush it. */
export const metrics = new Metrics({ namespace: 'Pantau', serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'pantau' });
