/** Search Lambda behind an IAM-authenticated Function URL: query parameters in, JSON records out. */
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { ArticleStore } from '../store/article-store.js';
import { parseSearchQuery, searchArticles } from '../search/search-articles.js';
import { QueryError } from '../shared/errors.js';
import { storeConfigFromEnv } from '../shared/env.js';
import { logger } from '../shared/logger.js';

const store = new ArticleStore(storeConfigFromEnv());

const json = (statusCode: number, body: unknown): APIGatewayProxyResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

export const handler = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> => {
  try {
    const query = parseSearchQuery(event.queryStringParameters ?? {});
    return json(200, await searchArticles(store, query));
  } catch (error) {
    if (error instanceof QueryError) return json(400, { error: error.message });
    logger.error('search failed', { error: error instanceof Error ? error.message : String(error) });
    return json(500, { error: 'internal error' });
  }
};
