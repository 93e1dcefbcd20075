import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../lambdas/shared/errors.js';
import { defaultSources, loadSources, parseSources } from '../../../lambdas/sources/config.js';

/** A valid source entry, with overrides. */
function sourceEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'antara-kaltim',
    name: 'Antara Kaltim',
    timezone: 'Asia/Makassar',
    feeds: ['https://kaltim.antaranews.com/rss/terkini.xml'],
    ...overrides,
  };
}

/** The ConfigError thrown by fn (fails the test when nothing or something else is thrown). */
function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('parseSources', () => {
  it('should apply defaults to a minimal entry', () => {
    expect(parseSources([sourceEntry()])).toEqual([
      {
        id: 'antara-kaltim',
        name: 'Antara Kaltim',
        timezone: 'Asia/Makassar',
        feeds: ['https://kaltim.antaranews.com/rss/terkini.xml'],
        sitemaps: [],
        listings: [],
        language: 'id',
        verified: false,
        maxArticlesPerRun: 50,
      },
    ]);
  });

  it('should accept the { sources: [...] } form and keep optional fields', () => {
    const [source] = parseSources({
      $comment: 'test',
      sources: [
        sourceEntry({
          listings: [{ url: 'https://kaltim.antaranews.com/terkini', linkSelector: 'article h3 a' }],
          homepage: 'https://kaltim.antaranews.com/',
          region: 'Kalimantan Timur',
          minIntervalMs: 0,
          maxArticlesPerRun: 10,
          articleUrlPattern: '^https://kaltim\\.antaranews\\.com/berita/\\d+/',
          notes: 'n',
          verified: true,
          language: 'en-US',
        }),
      ],
    });
    expect(source).toMatchObject({ minIntervalMs: 0, maxArticlesPerRun: 10, verified: true, language: 'en-US', region: 'Kalimantan Timur' });
    expect(source?.listings).toEqual([{ url: 'https://kaltim.antaranews.com/terkini', linkSelector: 'article h3 a' }]);
  });

  it.each([
    ['a missing id', [sourceEntry({ id: undefined })], 'sources[0].id', /is required/],
    ['an id that is not kebab-case', [sourceEntry({ id: 'Antara Kaltim' })], 'sources[0].id', /kebab-case/],
    ['a missing name', [sourceEntry({ name: undefined })], 'sources[0].name', /is required/],
    ['a zone abbreviation', [sourceEntry({ timezone: 'WITA' })], 'sources[0].timezone', /unknown IANA time zone 'WITA' \(for WITA use 'Asia\/Makassar'\)/],
    ['an unknown zone', [sourceEntry({ timezone: 'Asia/Samarinda' })], 'sources[0].timezone', /unknown IANA time zone/],
    ['a relative feed URL', [sourceEntry({ feeds: ['/rss'] })], 'sources[0].feeds[0]', /absolute http\(s\) URL/],
    ['an ftp sitemap URL', [sourceEntry({ sitemaps: ['ftp://a.com/s.xml'] })], 'sources[0].sitemaps[0]', /absolute http\(s\) URL/],
    ['a bad homepage', [sourceEntry({ homepage: 'kaltim.antaranews.com' })], 'sources[0].homepage', /absolute http\(s\) URL/],
    ['a duplicate feed URL', [sourceEntry({ feeds: ['https://a.com/rss', 'https://a.com/rss'] })], 'sources[0].feeds[1]', /duplicate of sources\[0\]\.feeds\[0\]/],
    ['feeds that is not an array', [sourceEntry({ feeds: 'https://a.com/rss' })], 'sources[0].feeds', /must be an array/],
    ['a listing without selector', [sourceEntry({ listings: [{ url: 'https://a.com/' }] })], 'sources[0].listings[0].linkSelector', /is required/],
    ['an invalid selector', [sourceEntry({ listings: [{ url: 'https://a.com/', linkSelector: 'a[href' }] })], 'sources[0].listings[0].linkSelector', /invalid CSS selector/],
    ['an unknown listing key', [sourceEntry({ listings: [{ url: 'https://a.com/', linkSelector: 'a', selector: 'a' }] })], 'sources[0].listings[0].selector', /unknown key/],
    ['a typo key', [sourceEntry({ timeZone: 'Asia/Makassar' })], 'sources[0].timeZone', /unknown key \(did you mean 'timezone'\?\)/],
    ['an unrelated unknown key', [sourceEntry({ priority: 1 })], 'sources[0].priority', /unknown key \(allowed: id, name/],
    ['no discovery method', [sourceEntry({ feeds: [] })], 'sources[0]', /at least one discovery method/],
    ['a negative interval', [sourceEntry({ minIntervalMs: -1 })], 'sources[0].minIntervalMs', />= 0/],
    ['a fractional cap', [sourceEntry({ maxArticlesPerRun: 2.5 })], 'sources[0].maxArticlesPerRun', /whole number >= 1/],
    ['a broken pattern', [sourceEntry({ articleUrlPattern: '([a-z' })], 'sources[0].articleUrlPattern', /invalid regular expression/],
    ['a string for verified', [sourceEntry({ verified: 'yes' })], 'sources[0].verified', /true or false/],
    ['a bad language', [sourceEntry({ language: 'Bahasa Indonesia' })], 'sources[0].language', /language tag/],
    ['an entry that is not an object', [sourceEntry(), 'detik'], 'sources[1]', /must be an object/],
    ['a duplicate id', [sourceEntry(), sourceEntry()], 'sources[1].id', /duplicate id 'antara-kaltim' \(also sources\[0\]\.id\)/],
    ['an empty list', [], 'sources', /at least one source/],
    ['a wrapper without sources', { source: [] }, '(root).source', /unknown key/],
  ])('should reject %s and name the field', (_, json, field, message) => {
    const error = configErrorOf(() => parseSources(json));
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(error.message).toMatch(message);
  });

  it('should report a later bad source by its index', () => {
    const error = configErrorOf(() => parseSources([sourceEntry(), sourceEntry(), sourceEntry(), sourceEntry({ id: 'x', timezone: 'WITA' })]));
    expect(error.message).toMatch(/^sources\[3\]\.timezone: unknown IANA time zone 'WITA'/);
  });

  it('should reject input that is neither an array nor an object', () => {
    expect(() => parseSources('sources')).toThrow(ConfigError);
    expect(() => parseSources(null)).toThrow(ConfigError);
  });
});

describe('loadSources', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pantau-sources-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('should read and validate a file', async () => {
    const path = join(folder, 'ok.json');
    writeFileSync(path, JSON.stringify({ sources: [sourceEntry()] }));
    const sources = await loadSources(path);
    expect(sources.map((source) => source.id)).toEqual(['antara-kaltim']);
  });

  it('should name the file when it cannot be read', async () => {
    const path = join(folder, 'missing.json');
    await expect(loadSources(path)).rejects.toThrow(ConfigError);
    await expect(loadSources(path)).rejects.toThrow(`${path}: cannot read sources file (ENOENT)`);
  });

  it('should give line and column of invalid JSON', async () => {
    const path = join(folder, 'broken.json');
    writeFileSync(path, '[\n  {"id": "a",\n   "name": "A" ,}\n]');
    await expect(loadSources(path)).rejects.toThrow(/broken\.json: invalid JSON at line 3, column 17/);
  });

  it('should keep the field and add the file to validation errors', async () => {
    const path = join(folder, 'bad-zone.json');
    writeFileSync(path, JSON.stringify([sourceEntry({ timezone: 'WIB' })]));
    const error = await loadSources(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).field).toBe('sources[0].timezone');
    expect((error as ConfigError).message).toBe(
      `sources[0].timezone: unknown IANA time zone 'WIB' (for WIB use 'Asia/Jakarta') (in ${path})`,
    );
  });
});

describe('defaultSources', () => {
  const sources = defaultSources();

  it('should validate and hold at least 15 sources', () => {
    expect(sources.length).toBeGreaterThanOrEqual(15);
    expect(new Set(sources.map((source) => source.id)).size).toBe(sources.length);
  });

  it('should list the Kalimantan Timur outlets first, in WITA', () => {
    const kaltim = ['idntimes-kaltim', 'tribun-kaltim', 'kaltim-post', 'prokal-kaltim', 'antara-kaltim'];
    expect(sources.slice(0, kaltim.length).map((source) => source.id)).toEqual(kaltim);
    for (const id of [...kaltim, 'detik-kalimantan', 'idntimes-sulsel', 'idntimes-bali']) {
      expect(sources.find((source) => source.id === id)?.timezone).toBe('Asia/Makassar');
    }
  });

  it('should cover the national outlets the brief names, in WIB', () => {
    const national = ['idntimes', 'detik', 'kompas', 'tribunnews', 'antara', 'liputan6', 'cnn-indonesia', 'tempo', 'republika', 'okezone', 'suara'];
    for (const id of national) expect(sources.find((source) => source.id === id)?.timezone).toBe('Asia/Jakarta');
  });

  it('should carry evidence notes, and mark as verified only sources with a dated live check in the notes', () => {
    for (const source of sources) {
      expect(source.notes?.length ?? 0).toBeGreaterThan(40);
      if (source.verified) expect(source.notes).toMatch(/verified live on \d{4}-\d{2}-\d{2}/i);
      else expect(source.notes).toMatch(/^Unverified from this machine/);
    }
  });

  it('should return a fresh copy on each call', () => {
    const first = defaultSources();
    first[0]?.feeds.push('https://example.com/rss');
    expect(defaultSources()[0]?.feeds).not.toContain('https://example.com/rss');
  });
});
