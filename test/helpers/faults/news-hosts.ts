/**
 * Simulated news hosts for the soak bench: one node:http server per host on 127.0.0.1 (distinct ports are distinct
 * hosts for the fetcher), serving robots.txt, a feed or sitemap and article pages, with the faults of the plan.
 * Every request is recorded on the server side with a high-resolution timestamp, so politeness and robots.txt are
 * judged by the receiver, not by the crawler's own bookkeeping.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { generateArticle, renderArticlePage, escapeHtml, type GeneratedArticle } from './article-page.js';
import { createRandom } from './seeded-random.js';
import { readRecordedPage, type ArticlePlan, type HostPlan } from './fault-plan.js';

/** One request as the host saw it. */
export interface ServedRequest {
  /** process.hrtime.bigint() at arrival, in ms (fractional). */
  atMs: number;
  path: string;
  /** The fault served, or null for a normal answer. */
  fault: string | null;
}

/** What a host saw during the run. */
export interface HostLog {
  id: string;
  requests: ServedRequest[];
}

export interface RunningHost {
  id: string;
  port: number;
  baseUrl: string;
}

export interface NewsHosts {
  hosts: RunningHost[];
  /** The logs so far (copies). */
  collectLogs(): Promise<HostLog[]>;
  close(): Promise<HostLog[]>;
}

/** 20 MB, well over the fetcher's 5 MiB cap. */
const HUGE_BYTES = 20 * 1024 * 1024;
const HUGE_CHUNK = Buffer.from(`<p>${'Paragraf pengisi yang sangat panjang untuk halaman raksasa. '.repeat(1000)}</p>\n`);
const CHARSET_TITLE_SUFFIX = ' \u2013 Caf\u00e9 \u201cSejahtera\u201d';

/** The title a charset-fault page carries (for checking what the pipeline decoded). */
export function expectedTitleOf(article: ArticlePlan): string | null {
  if (article.recordedFile) return null;
  const generated = generateArticle(createRandom(article.serial), article.serial);
  return article.fault.startsWith('charset-') ? generated.title + CHARSET_TITLE_SUFFIX : generated.title;
}

/** Start one server per planned host; resolves when all listen. */
export async function startNewsHosts(plans: HostPlan[]): Promise<NewsHosts> {
  const servers: Server[] = [];
  const logs: HostLog[] = [];
  const hosts: RunningHost[] = [];
  for (const plan of plans) {
    const log: HostLog = { id: plan.id, requests: [] };
    const state = createHostState(plan);
    const server = createServer((req, res) => {
      const atMs = Number(process.hrtime.bigint()) / 1e6;
      const entry: ServedRequest = { atMs, path: req.url ?? '/', fault: null };
      log.requests.push(entry);
      try {
        entry.fault = answer(state, req, res);
      } catch (error) {
        entry.fault = 'host-bug';
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      }
    });
    server.keepAliveTimeout = 5_000;
    const port = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
    state.baseUrl = `http://127.0.0.1:${port}`;
    servers.push(server);
    logs.push(log);
    hosts.push({ id: plan.id, port, baseUrl: state.baseUrl });
  }
  const copyLogs = (): HostLog[] => logs.map((l) => ({ id: l.id, requests: l.requests.map((r) => ({ ...r })) }));
  return {
    hosts,
    collectLogs: async () => copyLogs(),
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
      return copyLogs();
    },
  };
}

interface HostState {
  plan: HostPlan;
  baseUrl: string;
  byPath: Map<string, ArticlePlan>;
  hits: Map<string, number>;
}

function createHostState(plan: HostPlan): HostState {
  return { plan, baseUrl: '', byPath: new Map(plan.articles.map((a) => [a.path, a])), hits: new Map() };
}

/** Count a request to `key` and return how many came before it (this one included). */
function hit(state: HostState, key: string): number {
  const n = (state.hits.get(key) ?? 0) + 1;
  state.hits.set(key, n);
  return n;
}

/** Answer one request; returns the fault served (null when the answer is the normal one). */
function answer(state: HostState, req: IncomingMessage, res: ServerResponse): string | null {
  const url = new URL(req.url ?? '/', 'http://host');
  const { plan } = state;
  if (url.pathname === '/robots.txt') {
    if (hit(state, 'robots') <= plan.robotsFailTimes) {
      res.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' }).end('sedang pemeliharaan');
      return 'robots-503';
    }
    const lines = ['User-agent: *', `Disallow: ${plan.disallowPrefix}`];
    if (plan.crawlDelaySeconds) lines.push(`Crawl-delay: ${plan.crawlDelaySeconds}`);
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`${lines.join('\n')}\n`);
    return null;
  }
  const discovery = serveDiscovery(state, url.pathname, res);
  if (discovery !== undefined) return discovery;
  const article = state.byPath.get(url.pathname);
  if (!article) {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><h1>404 Halaman tidak ditemukan</h1></body></html>');
    return null;
  }
  return serveArticle(state, article, url, res);
}

/** Feeds and sitemaps; undefined when the path is not a discovery document. */
function serveDiscovery(state: HostState, path: string, res: ServerResponse): string | null | undefined {
  const { plan, baseUrl } = state;
  const documents: Record<string, () => { type: string; body: string }> = {};
  const entries = plan.articles.map((a) => ({ url: baseUrl + a.path, title: titleOf(a), publishedAt: publishedOf(a) }));
  switch (plan.discovery) {
    case 'rss':
      documents['/rss.xml'] = () => ({ type: 'application/rss+xml; charset=utf-8', body: renderRss(plan, baseUrl, entries) });
      break;
    case 'atom':
      documents['/feed.atom'] = () => ({ type: 'application/atom+xml; charset=utf-8', body: renderAtom(plan, baseUrl, entries) });
      break;
    case 'news-sitemap':
      documents['/sitemap-news.xml'] = () => ({ type: 'application/xml; charset=utf-8', body: renderNewsSitemap(plan, entries) });
      break;
    case 'sitemap-index':
      documents['/sitemap.xml'] = () => ({
        type: 'application/xml; charset=utf-8',
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <sitemap><loc>${baseUrl}/sitemap-1.xml</loc></sitemap>\n  <sitemap><loc>${baseUrl}/sitemap-2.xml</loc></sitemap>\n</sitemapindex>\n`,
      });
      documents['/sitemap-1.xml'] = () => ({ type: 'application/xml; charset=utf-8', body: renderNewsSitemap(plan, entries) });
      // A broken child sitemap (it lists nothing offered): discovery must report it and read the other one.
      documents['/sitemap-2.xml'] = () => ({ type: 'application/xml', body: '<?xml version="1.0"?>\n<urlset><url><loc>\u0000\u0001 <<< rusak' });
      break;
  }
  const document = documents[path];
  if (!document) return undefined;
  const isMain = path !== '/sitemap-1.xml' && path !== '/sitemap-2.xml';
  if (isMain && hit(state, `doc:${path}`) <= plan.feedFailTimes) {
    res.writeHead(500, { 'content-type': 'text/html' }).end('<html><body>Internal Server Error</body></html>');
    return 'feed-500';
  }
  const { type, body } = document();
  res.writeHead(200, { 'content-type': type }).end(body);
  if (path === '/sitemap-2.xml') return 'malformed-xml';
  return plan.sloppyXml ? 'sloppy-xml' : null;
}

function titleOf(article: ArticlePlan): string {
  if (article.recordedFile) return `Arsip ${article.path}`;
  return expectedTitleOf(article) ?? '';
}

function publishedOf(article: ArticlePlan): string {
  return generateArticle(createRandom(article.serial), article.serial).publishedAt;
}

function serveArticle(state: HostState, article: ArticlePlan, url: URL, res: ServerResponse): string | null {
  const n = hit(state, `article:${url.pathname}${url.search}`);
  const failing = n <= article.failTimes;
  const canonical = state.baseUrl + article.path;
  switch (article.fault) {
    case 'http-500':
    case 'http-500-always':
      if (!failing) break;
      res.writeHead(500, { 'content-type': 'text/html' }).end('<html><body><h1>500 Internal Server Error</h1></body></html>');
      return article.fault;
    case 'http-503-retry-after':
      if (!failing) break;
      res.writeHead(503, { 'content-type': 'text/html', 'retry-after': '1' }).end('<html><body>Sedang sibuk</body></html>');
      return article.fault;
    case 'http-503-long-retry-after':
      res.writeHead(503, { 'content-type': 'text/html', 'retry-after': '3600' }).end('<html><body>Pemeliharaan</body></html>');
      return article.fault;
    case 'http-429-retry-after':
      if (!failing) break;
      res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': '1' }).end('Too Many Requests');
      return article.fault;
    case 'reset':
      if (!failing) break;
      req_destroy(res);
      return article.fault;
    case 'truncated': {
      if (!failing) break;
      const full = Buffer.from(pageHtml(state, article, canonical));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(full.length) });
      res.write(full.subarray(0, Math.floor(full.length / 3)));
      setTimeout(() => res.socket?.destroy(), 10);
      return article.fault;
    }
    case 'timeout':
      if (!failing) break;
      // Accept and never answer; the client's timeout has to end it.
      return article.fault;
    case 'http-404':
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><h1>Berita sudah dihapus</h1></body></html>');
      return article.fault;
    case 'redirect-loop':
      res.writeHead(302, { location: url.search ? url.pathname : `${url.pathname}?putar=1` }).end();
      return article.fault;
    case 'redirect-once':
      if (url.search) break;
      res.writeHead(301, { location: `${url.pathname}?asal=pindah` }).end();
      return article.fault;
    case 'huge':
      serveHuge(res, article.serial % 2 === 0);
      return article.fault;
    case 'binary': {
      const bytes = Buffer.alloc(64 * 1024);
      const random = createRandom(article.serial);
      for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
      if (article.serial % 2 === 0) {
        res.writeHead(200, { 'content-type': 'image/jpeg' }).end(bytes);
      } else {
        Buffer.from('\x89PNG\r\n\x1a\n', 'latin1').copy(bytes);
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(bytes);
      }
      return article.fault;
    }
    case 'charset-mislabel-utf8':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(iconv.encode(pageHtml(state, article, canonical, 'windows-1252'), 'windows-1252'));
      return article.fault;
    case 'charset-mislabel-latin1':
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from(pageHtml(state, article, canonical, 'utf-8')));
      return article.fault;
    case 'charset-meta-only':
      res.writeHead(200, { 'content-type': 'text/html' }).end(iconv.encode(pageHtml(state, article, canonical, 'windows-1252'), 'windows-1252'));
      return article.fault;
    case 'malformed-html':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(state, article, canonical));
      return article.fault;
    default:
      break;
  }
  if (article.recordedFile) {
    res.writeHead(200, { 'content-type': 'text/html' }).end(readRecordedPage(article.recordedFile));
    return null;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(state, article, canonical));
  return null;
}

function req_destroy(res: ServerResponse): void {
  res.socket?.destroy();
}

/** 20 MB of HTML, declared up front (the client can refuse at once) or streamed chunked (it must cap while reading). */
function serveHuge(res: ServerResponse, declared: boolean): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(declared ? { 'content-length': String(HUGE_BYTES) } : {}) });
  let sent = 0;
  const pump = (): void => {
    while (sent < HUGE_BYTES && !res.destroyed) {
      const chunk = HUGE_CHUNK.subarray(0, Math.min(HUGE_CHUNK.length, HUGE_BYTES - sent));
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  res.on('close', () => {
    sent = HUGE_BYTES;
  });
  pump();
}

function pageHtml(state: HostState, article: ArticlePlan, canonical: string, charset = 'utf-8'): string {
  const random = createRandom(article.serial);
  const generated: GeneratedArticle = generateArticle(random, article.serial);
  if (article.fault.startsWith('charset-')) {
    generated.title += CHARSET_TITLE_SUFFIX;
    generated.paragraphs = generated.paragraphs.map((p) => p.replace(/"([^"]*)"/g, '\u201c$1\u201d'));
  }
  return renderArticlePage(generated, canonical, state.plan.name, article.fault === 'malformed-html' ? 'malformed' : 'clean', charset);
}

function renderRss(plan: HostPlan, base: string, entries: Array<{ url: string; title: string; publishedAt: string }>): string {
  const esc = plan.sloppyXml ? (s: string) => s.replace(/</g, '&lt;') : escapeHtml;
  const items = entries
    .map((e) => `    <item>\n      <title>${esc(e.title)} & lainnya</title>\n      <link>${e.url}</link>\n      <guid isPermaLink="true">${e.url}</guid>\n      <pubDate>${new Date(e.publishedAt).toUTCString()}</pubDate>\n    </item>\n`)
    .join('');
  const head = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n    <title>${escapeHtml(plan.name)}</title>\n    <link>${base}/</link>\n    <description>Berita terkini</description>\n    <language>id</language>\n`;
  // Sloppy: raw "&" in titles and the closing tags missing, as a truncated CMS template would print.
  return plan.sloppyXml ? head + items : `${head}${items.replace(/ & lainnya/g, ' &amp; lainnya')}  </channel>\n</rss>\n`;
}

function renderAtom(plan: HostPlan, base: string, entries: Array<{ url: string; title: string; publishedAt: string }>): string {
  const items = entries
    .map((e) => `  <entry>\n    <title>${escapeHtml(e.title)}</title>\n    <link rel="alternate" href="${e.url}"/>\n    <id>${e.url}</id>\n    <updated>${e.publishedAt}</updated>\n  </entry>\n`)
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <title>${escapeHtml(plan.name)}</title>\n  <link href="${base}/"/>\n  <id>${base}/</id>\n  <updated>2024-05-28T10:00:00+08:00</updated>\n${items}</feed>\n`;
}

function renderNewsSitemap(plan: HostPlan, entries: Array<{ url: string; title: string; publishedAt: string }>): string {
  const items = entries
    .map((e) => `  <url>\n    <loc>${e.url}</loc>\n    <news:news>\n      <news:publication><news:name>${escapeHtml(plan.name)}</news:name><news:language>id</news:language></news:publication>\n      <news:publication_date>${e.publishedAt}</news:publication_date>\n      <news:title>${escapeHtml(e.title)}</news:title>\n    </news:news>\n  </url>\n`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${items}</urlset>\n`;
}
