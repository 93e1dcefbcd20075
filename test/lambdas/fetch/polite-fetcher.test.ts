import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_AGENT } from '../../../lambdas/fetch/polite-fetcher.js';
import { sendHtml, withRobots } from './helpers/local-server.js';
import { catchFetchError, useLoopbackFixtures } from './helpers/loopback-fixtures.js';

const PAGE = '<!DOCTYPE html><html><head><title>Berita</title></head><body><p>Balikpapan</p></body></html>';

const { serve, createFetcher } = useLoopbackFixtures();

/** A sleep that returns at once and remembers how long it was asked to wait. */
function recordSleeps(): { waits: number[]; sleep: (ms: number) => Promise<void> } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}

describe('PoliteFetcher robots.txt', () => {
  it('should never request a path robots.txt disallows, and fetch robots.txt once per origin', async () => {
    // Prepare
    const server = await serve(withRobots('User-agent: *\nDisallow: /private/\n', (_, response) => sendHtml(response, PAGE)));
    const fetcher = createFetcher();

    // Act
    const error = await catchFetchError(fetcher.fetch(`${server.origin}/private/secret`));
    const page = await fetcher.fetch(`${server.origin}/public`);

    // Assess
    expect(error).toMatchObject({ reason: 'robots-disallowed', retryable: false, message: `robots.txt disallows ${server.origin}/private/secret` });
    expect(page.body).toContain('Balikpapan');
    expect(server.paths()).toEqual(['/robots.txt', '/public']);
    expect(await fetcher.isAllowed(`${server.origin}/private/x`)).toBe(false);
    expect(await fetcher.isAllowed(`${server.origin}/berita`)).toBe(true);
    expect(server.requests[0]?.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
  });

  it('should allow everything when robots.txt is a 404', async () => {
    const server = await serve(withRobots(null, (_, response) => sendHtml(response, PAGE)));
    const page = await createFetcher().fetch(`${server.origin}/anything`);
    expect(page.status).toBe(200);
  });

  it('should disallow everything when robots.txt answers 5xx, with a retryable error', async () => {
    const server = await serve((request, response) => {
      if (request.url === '/robots.txt') response.writeHead(503).end();
      else sendHtml(response, PAGE);
    });
    const fetcher = createFetcher();
    const error = await catchFetchError(fetcher.fetch(`${server.origin}/page`));
    expect(error).toMatchObject({ reason: 'robots-disallowed', retryable: true });
    expect(error.message).toMatch(/unreachable \(HTTP 503 Service Unavailable\)/);
    expect(server.paths()).toEqual(['/robots.txt']);
  });

  it('should disallow everything when robots.txt is unreachable', async () => {
    const server = await serve(() => undefined);
    const origin = server.origin;
    await server.close();
    const error = await catchFetchError(createFetcher().fetch(`${origin}/page`));
    expect(error.reason).toBe('robots-disallowed');
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it('should follow a robots.txt redirect and keep the rules of a truncated oversized file', async () => {
    const huge = `User-agent: *\nDisallow: /secret\n${'# padding\n'.repeat(60_000)}Disallow: /late\n`;
    const server = await serve((request, response) => {
      if (request.url === '/robots.txt') response.writeHead(301, { location: '/real-robots.txt' }).end();
      else if (request.url === '/real-robots.txt') response.writeHead(200, { 'content-type': 'text/plain' }).end(huge);
      else sendHtml(response, PAGE);
    });
    const fetcher = createFetcher();
    expect(await fetcher.isAllowed(`${server.origin}/secret/1`)).toBe(false);
    expect(await fetcher.isAllowed(`${server.origin}/late`)).toBe(true);
    expect(server.paths()).toEqual(['/robots.txt', '/real-robots.txt']);
  });

  it('should let Crawl-delay raise the gap between requests to the host', async () => {
    // Prepare
    const server = await serve(withRobots('User-agent: PantauBot\nCrawl-delay: 0.2\n', (_, response) => sendHtml(response, PAGE)));
    const fetcher = createFetcher({ minIntervalMs: 20 });

    // Act
    await fetcher.fetch(`${server.origin}/a`);
    await fetcher.fetch(`${server.origin}/b`);

    // Assess
    const times = fetcher.requestLog.map((entry) => entry.at);
    expect(fetcher.requestLog.map((entry) => new URL(entry.url).pathname)).toEqual(['/robots.txt', '/a', '/b']);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(195);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(195);
  });
});

describe('PoliteFetcher politeness', () => {
  it('should space requests to one host while other hosts proceed in parallel', async () => {
    // Prepare
    const handler = withRobots(null, (_, response) => setTimeout(() => sendHtml(response, PAGE), 10));
    const [first, second] = [await serve(handler), await serve(handler)];
    const fetcher = createFetcher({ minIntervalMs: 150 });
    const began = Date.now();

    // Act
    await Promise.all([
      fetcher.fetch(`${first!.origin}/1`),
      fetcher.fetch(`${first!.origin}/2`),
      fetcher.fetch(`${second!.origin}/1`),
      fetcher.fetch(`${second!.origin}/2`),
    ]);

    // Assess
    for (const server of [first!, second!]) {
      const times = fetcher.requestLog.filter((entry) => entry.host === server.host).map((entry) => entry.at);
      expect(times).toHaveLength(3); // robots.txt + two pages
      for (let index = 1; index < times.length; index += 1) expect(times[index]! - times[index - 1]!).toBeGreaterThanOrEqual(147);
    }
    const firstStarts = [first!, second!].map((server) => fetcher.requestLog.find((entry) => entry.host === server.host)!.at);
    expect(Math.abs(firstStarts[0]! - firstStarts[1]!)).toBeLessThan(100);
    expect(Date.now() - began).toBeLessThan(1200);
  });

  it('should use a per-host interval over the default', async () => {
    const server = await serve(withRobots(null, (_, response) => sendHtml(response, PAGE)));
    const fetcher = createFetcher({ minIntervalMs: 0, perHostIntervalMs: { [server.host]: 120 }, respectRobots: false });
    await Promise.all([fetcher.fetch(`${server.origin}/1`), fetcher.fetch(`${server.origin}/2`)]);
    const [a, b] = fetcher.requestLog.map((entry) => entry.at);
    expect(b! - a!).toBeGreaterThanOrEqual(117);
  });
});

describe('PoliteFetcher HTTP errors and retries', () => {
  it('should fail a 404 at once with a non-retryable error', async () => {
    const server = await serve(withRobots(null, (_, response) => response.writeHead(404).end('gone')));
    const error = await catchFetchError(createFetcher({ retries: 2 }).fetch(`${server.origin}/missing`));
    expect(error).toMatchObject({ reason: 'http-error', status: 404, retryable: false, message: `HTTP 404 Not Found for ${server.origin}/missing` });
    expect(server.paths()).toEqual(['/robots.txt', '/missing']);
  });

  it('should wait as Retry-After says and then succeed', async () => {
    // Prepare
    let calls = 0;
    const server = await serve(
      withRobots(null, (_, response) => {
        calls += 1;
        if (calls === 1) response.writeHead(503, { 'retry-after': '3' }).end();
        else sendHtml(response, PAGE);
      }),
    );
    const { waits, sleep } = recordSleeps();

    // Act
    const page = await createFetcher({ retries: 2, sleep }).fetch(`${server.origin}/busy`);

    // Assess
    expect(page.status).toBe(200);
    expect(waits).toEqual([3000]);
    expect(server.paths()).toEqual(['/robots.txt', '/busy', '/busy']);
  });

  it('should give up on a 500 after the retries, with backoff, and a retryable error', async () => {
    const server = await serve(withRobots(null, (_, response) => response.writeHead(500).end()));
    const { waits, sleep } = recordSleeps();
    const error = await catchFetchError(createFetcher({ retries: 2, retryBaseDelayMs: 100, sleep }).fetch(`${server.origin}/broken`));
    expect(error).toMatchObject({ reason: 'http-error', status: 500, retryable: true });
    expect(error.message).toBe(`HTTP 500 Internal Server Error for ${server.origin}/broken (after 3 tries)`);
    expect(server.paths().filter((path) => path === '/broken')).toHaveLength(3);
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(200);
  });

  it('should give up at once, retryable, when Retry-After exceeds the cap', async () => {
    const server = await serve(withRobots(null, (_, response) => response.writeHead(429, { 'retry-after': '120' }).end()));
    const { waits, sleep } = recordSleeps();
    const error = await catchFetchError(createFetcher({ retries: 2, sleep }).fetch(`${server.origin}/slow-down`));
    expect(error).toMatchObject({ reason: 'http-error', status: 429, retryable: true });
    expect(error.message).toMatch(/Retry-After asks for 120 s, more than the 30 s we wait/);
    expect(waits).toEqual([]);
  });

  it('should retry a refused connection and report it', async () => {
    const server = await serve(() => undefined);
    const origin = server.origin;
    await server.close();
    const { waits, sleep } = recordSleeps();
    const fetcher = createFetcher({ retries: 2, respectRobots: false, sleep });
    const error = await catchFetchError(fetcher.fetch(`${origin}/x`));
    expect(error).toMatchObject({ reason: 'network-error', retryable: true });
    expect(error.message).toMatch(/^connect ECONNREFUSED 127\.0\.0\.1:\d+ for http/);
    expect(fetcher.requestLog).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });
});

describe('PoliteFetcher redirects', () => {
  it('should follow a chain of relative and absolute redirects', async () => {
    const server = await serve(
      withRobots(null, (request, response) => {
        if (request.url === '/a') response.writeHead(301, { location: '/b' }).end();
        else if (request.url === '/b') response.writeHead(302, { location: `http://${request.headers.host}/c?x=1` }).end();
        else if (request.url === '/c?x=1') response.writeHead(307, { location: 'd' }).end();
        else sendHtml(response, PAGE);
      }),
    );
    const page = await createFetcher().fetch(`${server.origin}/a#top`);
    expect(page).toMatchObject({ url: `${server.origin}/a#top`, finalUrl: `${server.origin}/d`, status: 200 });
  });

  it('should detect a redirect loop', async () => {
    const server = await serve(
      withRobots(null, (request, response) => response.writeHead(302, { location: request.url === '/x' ? '/y' : '/x' }).end()),
    );
    const error = await catchFetchError(createFetcher().fetch(`${server.origin}/x`));
    expect(error.reason).toBe('too-many-redirects');
    expect(error.message).toBe(`redirect loop: ${server.origin}/x -> ${server.origin}/y -> ${server.origin}/x`);
  });

  it('should follow five redirects and refuse a sixth', async () => {
    const server = await serve(
      withRobots(null, (request, response) => {
        const [, limit, hop] = request.url!.split('/').map(Number);
        if (hop! < limit!) response.writeHead(302, { location: `/${limit}/${hop! + 1}` }).end();
        else sendHtml(response, PAGE);
      }),
    );
    const fetcher = createFetcher();
    await expect(fetcher.fetch(`${server.origin}/5/0`)).resolves.toMatchObject({ finalUrl: `${server.origin}/5/5` });
    const error = await catchFetchError(fetcher.fetch(`${server.origin}/6/0`));
    expect(error).toMatchObject({ reason: 'too-many-redirects', message: `more than 5 redirects from ${server.origin}/6/0` });
    expect(server.paths().filter((path) => path.startsWith('/6/'))).toHaveLength(6);
  });

  it('should refuse non-http schemes, directly and by redirect', async () => {
    const server = await serve(withRobots(null, (_, response) => response.writeHead(301, { location: 'ftp://example.com/file' }).end()));
    const fetcher = createFetcher();
    const direct = await catchFetchError(fetcher.fetch('ftp://example.com/file'));
    expect(direct).toMatchObject({ reason: 'bad-url', retryable: false, message: 'only http and https URLs are fetched, not ftp: ftp://example.com/file' });
    const redirected = await catchFetchError(fetcher.fetch(`${server.origin}/go`));
    expect(redirected.reason).toBe('bad-url');
    expect(redirected.message).toMatch(/redirect from/);
    await expect(fetcher.fetch('not a url')).rejects.toMatchObject({ reason: 'bad-url' });
  });

  it('should check robots.txt on every hop', async () => {
    const server = await serve(withRobots('User-agent: *\nDisallow: /hidden', (_, response) => response.writeHead(302, { location: '/hidden/page' }).end()));
    const error = await catchFetchError(createFetcher().fetch(`${server.origin}/open`));
    expect(error.reason).toBe('robots-disallowed');
    expect(server.paths()).toEqual(['/robots.txt', '/open']);
  });
});

describe('PoliteFetcher limits', () => {
  it('should stop reading a body that exceeds the cap while it streams', async () => {
    // Prepare: a server that never stops sending
    let closed = false;
    const server = await serve(
      withRobots(null, (_, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => response.write(Buffer.alloc(16 * 1024, 0x61)), 1);
        response.on('close', () => {
          clearInterval(timer);
          closed = true;
        });
      }),
    );

    // Act
    const error = await catchFetchError(createFetcher({ maxBytes: 64 * 1024 }).fetch(`${server.origin}/endless`));

    // Assess
    expect(error).toMatchObject({ reason: 'too-large', retryable: false, message: `body exceeds 64 KiB for ${server.origin}/endless` });
    await expect.poll(() => closed).toBe(true);
  });

  it('should refuse a declared Content-Length over the cap without reading', async () => {
    const server = await serve(withRobots(null, (_, response) => response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) }).end()));
    const error = await catchFetchError(createFetcher().fetch(`${server.origin}/huge`));
    expect(error).toMatchObject({ reason: 'too-large', message: `body exceeds 5 MiB for ${server.origin}/huge` });
  });

  it('should apply the cap to the decompressed size (gzip bomb)', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024));
    const server = await serve(withRobots(null, (_, response) => response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb)));
    const error = await catchFetchError(createFetcher({ maxBytes: 1024 * 1024 }).fetch(`${server.origin}/bomb`));
    expect(error).toMatchObject({ reason: 'too-large', message: `body exceeds 1 MiB for ${server.origin}/bomb` });
  });

  it('should time out when the server never answers', async () => {
    const server = await serve(withRobots(null, () => undefined));
    const began = Date.now();
    const fetcher = createFetcher({ timeoutMs: 300, retries: 2 });
    const error = await catchFetchError(fetcher.fetch(`${server.origin}/silent`));
    expect(error).toMatchObject({ reason: 'timeout', retryable: true, message: `timed out after 0.3 s for ${server.origin}/silent` });
    expect(Date.now() - began).toBeLessThan(2000);
    // A timeout is left to the queue's retry, not retried in-process.
    expect(fetcher.requestLog.map((entry) => new URL(entry.url).pathname)).toEqual(['/robots.txt', '/silent']);
  });

  it('should time out when the body stalls', async () => {
    const server = await serve(withRobots(null, (_, response) => response.writeHead(200, { 'content-type': 'text/html' }).write('<html>')));
    const error = await catchFetchError(createFetcher({ idleTimeoutMs: 200, timeoutMs: 5000 }).fetch(`${server.origin}/stall`));
    expect(error).toMatchObject({ reason: 'timeout', retryable: true });
    expect(error.message).toMatch(/no data for 0\.2 s/);
  });
});

describe('PoliteFetcher bodies', () => {
  it.each([
    ['gzip', zlib.gzipSync],
    ['deflate', zlib.deflateSync],
    ['br', zlib.brotliCompressSync],
  ] as const)('should decode a %s body', async (encoding, compress) => {
    const server = await serve(
      withRobots(null, (request, response) => {
        expect(request.headers['accept-encoding']).toContain(encoding);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': encoding }).end(compress(Buffer.from(PAGE)));
      }),
    );
    const page = await createFetcher().fetch(`${server.origin}/zipped`);
    expect(page.body).toBe(PAGE);
    expect(page.bytes.toString('utf8')).toBe(PAGE);
  });

  it('should decode windows-1252 named by the Content-Type header', async () => {
    const bytes = iconv.encode('<html><body>Pemkot “Balikpapan” – café</body></html>', 'windows-1252');
    const server = await serve(withRobots(null, (_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(bytes)));
    const page = await createFetcher().fetch(`${server.origin}/latin`);
    expect(page).toMatchObject({ charset: 'windows-1252', contentType: 'text/html; charset=windows-1252' });
    expect(page.body).toContain('Pemkot “Balikpapan” – café');
    expect(page.bytes.equals(bytes)).toBe(true);
  });

  it('should decode iso-8859-1 named by a meta tag', async () => {
    const bytes = iconv.encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>Señor Kaltim ©</body></html>', 'latin1');
    const server = await serve(withRobots(null, (_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(bytes)));
    const page = await createFetcher().fetch(`${server.origin}/meta`);
    expect(page.charset).toBe('windows-1252');
    expect(page.body).toContain('Señor Kaltim ©');
  });

  it('should refuse image/png for a page and accept RSS for a feed', async () => {
    const server = await serve(
      withRobots(null, (request, response) => {
        if (request.url === '/logo.png') response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        else response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss version="2.0"></rss>');
      }),
    );
    const fetcher = createFetcher();
    const error = await catchFetchError(fetcher.fetch(`${server.origin}/logo.png`, 'page'));
    expect(error).toMatchObject({ reason: 'not-html', retryable: false, message: `expected HTML but got image/png from ${server.origin}/logo.png` });
    await expect(fetcher.fetch(`${server.origin}/feed.xml`, 'page')).rejects.toMatchObject({ reason: 'not-html' });
    await expect(fetcher.fetch(`${server.origin}/feed.xml`, 'feed')).resolves.toMatchObject({ body: expect.stringContaining('<rss') });
  });

  it('should sniff a page without Content-Type', async () => {
    const server = await serve(
      withRobots(null, (request, response) => {
        response.writeHead(200);
        response.end(request.url === '/html' ? PAGE : 'just some bytes');
      }),
    );
    const fetcher = createFetcher();
    await expect(fetcher.fetch(`${server.origin}/html`)).resolves.toMatchObject({ contentType: null, body: PAGE });
    await expect(fetcher.fetch(`${server.origin}/text`)).rejects.toMatchObject({ reason: 'not-html' });
  });

  it('should send a conditional GET and report 304 as not modified', async () => {
    // Prepare
    const etag = '"v1"';
    const lastModified = 'Wed, 01 May 2024 00:00:00 GMT';
    const server = await serve(
      withRobots(null, (request, response) => {
        if (request.headers['if-none-match'] === etag) response.writeHead(304, { etag }).end();
        else sendHtml(response, PAGE, { etag, 'last-modified': lastModified });
      }),
    );
    const fetcher = createFetcher();

    // Act
    const first = await fetcher.fetch(`${server.origin}/article`);
    const second = await fetcher.fetch(`${server.origin}/article`, 'page', { etag: first.etag, lastModified: first.lastModified });

    // Assess
    expect(first).toMatchObject({ etag, lastModified, notModified: false });
    expect(second).toMatchObject({ status: 304, notModified: true, body: '', etag });
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe(lastModified);
  });
});

describe('PoliteFetcher address guard', () => {
  it('should refuse loopback, metadata and names resolving to loopback when private hosts are not allowed', async () => {
    // Prepare
    const server = await serve(withRobots(null, (_, response) => sendHtml(response, PAGE)));
    const fetcher = createFetcher({ allowPrivateHosts: false });
    const port = new URL(server.origin).port;

    // Act
    const literal = await catchFetchError(fetcher.fetch(`${server.origin}/`));
    const metadata = await catchFetchError(fetcher.fetch('http://169.254.169.254/latest/meta-data/'));
    const named = await catchFetchError(fetcher.fetch(`http://localhost:${port}/`));

    // Assess
    expect(literal).toMatchObject({ reason: 'blocked-address', retryable: false });
    expect(literal.message).toMatch(/loopback/);
    expect(metadata.message).toMatch(/cloud metadata/);
    expect(named).toMatchObject({ reason: 'blocked-address' });
    expect(named.message).toMatch(/refusing to connect to localhost/);
    expect(server.requests).toHaveLength(0);
  });
});
