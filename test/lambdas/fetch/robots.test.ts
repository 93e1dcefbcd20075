import { describe, expect, it } from 'vitest';
import { isPathAllowed, normalisePath, parseRobots, selectPolicy } from '../../../lambdas/fetch/robots.js';

describe('parseRobots', () => {
  it('should split user-agent groups, rules, crawl-delay and sitemaps', () => {
    // Prepare
    const text = [
      '\uFEFF# comment line',
      'User-agent: Googlebot',
      'User-agent: Bingbot',
      'Disallow: /search # inline comment',
      '',
      'User-agent: *',
      'Crawl-delay: 2.5',
      'Allow: /berita/',
      'Disallow: /',
      'Sitemap: https://example.com/sitemap.xml',
    ].join('\r\n');

    // Act
    const robots = parseRobots(text);

    // Assess
    expect(robots.groups).toEqual([
      { userAgents: ['googlebot', 'bingbot'], rules: [{ allow: false, pattern: '/search' }], crawlDelaySeconds: null },
      {
        userAgents: ['*'],
        rules: [
          { allow: true, pattern: '/berita/' },
          { allow: false, pattern: '/' },
        ],
        crawlDelaySeconds: 2.5,
      },
    ]);
    expect(robots.sitemaps).toEqual(['https://example.com/sitemap.xml']);
  });

  it('should ignore rules before any user-agent, empty disallows and junk lines', () => {
    const robots = parseRobots('Disallow: /a\nno colon here\nUser-agent: *\nDisallow:\nCrawl-delay: soon\n');
    expect(robots.groups).toEqual([{ userAgents: ['*'], rules: [], crawlDelaySeconds: null }]);
  });

  it('should start a new group when a user-agent line follows rules', () => {
    const robots = parseRobots('User-agent: a\nDisallow: /x\nUser-agent: b\nDisallow: /y');
    expect(robots.groups.map((group) => group.userAgents)).toEqual([['a'], ['b']]);
  });
});

describe('selectPolicy', () => {
  it('should prefer groups naming our product token, case-insensitively, and merge them', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: pantaubot\nDisallow: /a\n\nUser-agent: PANTAUBOT/2.0\nDisallow: /b\nCrawl-delay: 3');
    const policy = selectPolicy(robots, 'PantauBot/0.1 (+https://github.com/pantau-news/pantau)');
    expect(policy.rules.map((rule) => rule.pattern)).toEqual(['/a', '/b']);
    expect(policy.crawlDelaySeconds).toBe(3);
  });

  it('should fall back to the * group and then to no rules', () => {
    expect(selectPolicy(parseRobots('User-agent: *\nDisallow: /x')).rules).toHaveLength(1);
    expect(selectPolicy(parseRobots('User-agent: otherbot\nDisallow: /x')).rules).toHaveLength(0);
  });
});

describe('isPathAllowed', () => {
  const robots = parseRobots(
    [
      'User-agent: *',
      'Disallow: /',
      'Allow: /berita/',
      'Disallow: /berita/*/print',
      'Allow: /dokumen/',
      'Disallow: /dokumen/*.pdf$',
      'Allow: /tag$',
      'Disallow: /same',
      'Allow: /same',
      'Disallow: /daerah/kalimantan-timur',
    ].join('\n'),
  );

  it.each([
    ['/berita/ekonomi/1', true],
    ['/berita/ekonomi/1/print', false],
    ['/', false],
    ['/lain', false],
    ['/dokumen/laporan.pdf', false],
    ['/dokumen/laporan.pdf?x=1', true],
    ['/dokumen/laporan.pdf.html', true],
    ['/tag', true],
    ['/tag/x', false],
    ['/same', true],
    ['/robots.txt', true],
  ])('should decide %s as allowed=%s by the longest match', (path, allowed) => {
    expect(isPathAllowed(robots, path)).toBe(allowed);
  });

  it('should allow everything when no rule matches or no group applies', () => {
    expect(isPathAllowed(parseRobots(''), '/anything')).toBe(true);
    expect(isPathAllowed(parseRobots('User-agent: googlebot\nDisallow: /'), '/anything')).toBe(true);
  });

  it('should match patterns with raw UTF-8 against percent-encoded paths', () => {
    const rules = parseRobots('User-agent: *\nDisallow: /berita/ekonomi dan bisnis\nDisallow: /kota/balikpapan-é');
    expect(isPathAllowed(rules, '/berita/ekonomi%20dan%20bisnis/1')).toBe(false);
    expect(isPathAllowed(rules, new URL('https://x.id/kota/balikpapan-é').pathname)).toBe(false);
    expect(normalisePath('/a%2fb')).toBe('/a%2Fb');
  });

  it('should treat a lone * and several wildcards sensibly', () => {
    const rules = parseRobots('User-agent: *\nDisallow: /*?*utm_*=');
    expect(isPathAllowed(rules, '/a?b=1&utm_source=x')).toBe(false);
    expect(isPathAllowed(rules, '/a?b=1')).toBe(true);
  });
});
