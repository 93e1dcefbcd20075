/**
 * @module run-extractors
 * The two extractors the bench compares, each as html -> body text: Pantau's extractArticle (NotAnArticleError is an
 * empty output) and Readability.js (@mozilla/readability over linkedom).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../lambdas/extract/index.js';
import { NotAnArticleError } from '../../../lambdas/shared/errors.js';

/**
 * Pantau's body for a page, '' when the extractor says it is not an article.
 * @example runPantau(html, 'https://example.com/a')
 */
export function runPantau(html: string, url: string): string {
  try {
    return extractArticle(html, { url: url || null }).body;
  } catch (error) {
    if (error instanceof NotAnArticleError) return '';
    throw error;
  }
}

/**
 * Readability.js's body for a page: textContent of each block of its result, paragraphs joined by blank lines.
 * @example runReadability(html)
 */
export function runReadability(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return (article?.textContent ?? '').replace(/[ \t]*\n\s*/g, '\n\n').trim();
}
