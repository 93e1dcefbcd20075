import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lambdas/extract/index.js';
import { NotAnArticleError } from '../../../lambdas/shared/errors.js';

/** One page's gold, written by reading the page (see test/fixtures/sites/<site>/expected.json). */
interface Gold {
  /** set on synthetic pages (file name "synthetic-*.html"): what the page was built from */
  synthetic?: string;
  /** the page's own URL where it has no canonical / og:url (taken from its self-link) */
  url?: string;
  /** the source's IANA zone (default Asia/Jakarta) */
  timezone?: string;
  /** when the page was fetched (relative dates resolve against it) */
  fetchedAt?: string;
  /** exact extraction.method, e.g. "profile:idntimes@2" */
  method?: string;
  modifiedAt?: string | null;
  section?: string | null;
  tags?: string[];
  /** warnings extraction.warnings must hold */
  warnings?: string[];
  notAnArticle?: boolean;
  title?: string;
  publishedAt?: string | null;
  authors?: string[];
  dateline?: string | null;
  language?: string;
  bodyStartsWith?: string;
  bodyEndsWith?: string;
  mustNotContain?: string[];
}

const SITES_DIR = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));

const cases = readdirSync(SITES_DIR).flatMap((site) => {
  const goldPath = join(SITES_DIR, site, 'expected.json');
  if (!existsSync(goldPath)) return [];
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, Gold>;
  return Object.entries(gold).map(([file, expected]) => ({ site, file, expected }));
});

describe('site profiles against gold files', () => {
  it('should have a gold entry for every fixture page', () => {
    // Arrange
    const pages = readdirSync(SITES_DIR).flatMap((site) =>
      readdirSync(join(SITES_DIR, site)).filter((f) => f.endsWith('.html')).map((f) => `${site}/${f}`),
    );
    // Act
    const covered = cases.map((c) => `${c.site}/${c.file}`);
    // Assert
    expect(covered.sort()).toEqual(pages.sort());
  });

  it.each(cases)('should extract $site/$file as its gold says', ({ site, file, expected }) => {
    // Arrange
    const html = readFileSync(join(SITES_DIR, site, file), 'utf8');
    const options = { url: expected.url ?? null, timezone: expected.timezone ?? 'Asia/Jakarta', fetchedAt: expected.fetchedAt ?? null };

    // Act + Assert
    if (expected.notAnArticle) {
      expect(() => extractArticle(html, options)).toThrow(NotAnArticleError);
      return;
    }
    const article = extractArticle(html, options);
    expect(article.title).toBe(expected.title);
    expect(article.publishedAt).toBe(expected.publishedAt);
    expect(article.authors).toEqual(expected.authors);
    if (expected.dateline !== undefined) expect(article.dateline).toBe(expected.dateline);
    if (expected.language) expect(article.language).toBe(expected.language);
    expect(article.body.startsWith(expected.bodyStartsWith ?? '')).toBe(true);
    expect(article.body.endsWith(expected.bodyEndsWith ?? '')).toBe(true);
    for (const noise of expected.mustNotContain ?? []) expect(article.body).not.toContain(noise);
    expect(article.body).not.toContain(article.title);
    expect(article.body).not.toMatch(/\n{3,}|^\s|\s$/);
    expect(article.extraction.method).toMatch(/^profile:[a-z0-9-]+@\d+$/);
    if (expected.method) expect(article.extraction.method).toBe(expected.method);
    if (expected.modifiedAt !== undefined) expect(article.modifiedAt).toBe(expected.modifiedAt);
    if (expected.section !== undefined) expect(article.section).toBe(expected.section);
    if (expected.tags) expect(article.tags).toEqual(expected.tags);
    for (const warning of expected.warnings ?? []) expect(article.extraction.warnings).toContain(warning);
    if (!expected.warnings?.some((w) => w.startsWith('publishedAt is approximate'))) {
      expect(article.extraction.warnings.join('\n')).not.toMatch(/approximate/);
    }
  });

  it('should name every synthetic page "synthetic-*.html" and say what it was built from', () => {
    // Arrange
    const synthetic = cases.filter((c) => c.file.startsWith('synthetic-'));
    // Act
    const undocumented = synthetic.filter((c) => !c.expected.synthetic).map((c) => `${c.site}/${c.file}`);
    const misnamed = cases.filter((c) => c.expected.synthetic && !c.file.startsWith('synthetic-')).map((c) => `${c.site}/${c.file}`);
    // Assert
    expect(synthetic.length).toBeGreaterThanOrEqual(13);
    expect(undocumented).toEqual([]);
    expect(misnamed).toEqual([]);
  });
});
