/**
 * Recorded news sites served on loopback, so the demo and the integration tests run the real pipeline offline.
 *
 * Each recorded site (test/fixtures/sites/<site>/, real pages saved from the publishers; credits in
 * test/fixtures/SOURCES.md) gets its own HTTP server on 127.0.0.1 with robots.txt, its article pages at their original
 * paths, and a discovery document of the kind the real site offers: the site's real RSS file where one was recorded
 * (test/fixtures/feeds/; its channel kept, its items replaced by items for the recorded pages), or an Atom feed, a
 * Google News sitemap, a sitemap index or a listing page. A few entries are there to show that nothing is dropped
 * silently: index pages ("not an article"), a removed article (404) and a path robots.txt disallows.
 */
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { SourceConfig } from '../../lambdas/sources/config.js';

/** Where the recorded pages live. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

type DiscoveryKind = 'rss' | 'atom' | 'news-sitemap' | 'sitemap-index' | 'listing';

interface RecordedSiteSpec {
  id: string;
  name: string;
  dir: string;
  discovery: DiscoveryKind;
  /** A real RSS file whose channel the served feed keeps. */
  rssTemplate?: string;
  language?: string;
  timezone?: string;
  /** Extra feed entries that must end as recorded skips, never as records. */
  extras?: Array<'removed-article' | 'robots-disallowed'>;
}

/** The recorded sites: one per publisher folder in test/fixtures/sites. */
export const RECORDED_SITES: readonly RecordedSiteSpec[] = [
  { id: 'antaranews', name: 'Antara (recorded)', dir: 'antaranews', discovery: 'rss', rssTemplate: 'antaranews/anpandu-antara-terkini-rss-2015.xml' },
  { id: 'detik', name: 'Detik (recorded)', dir: 'detik', discovery: 'rss', rssTemplate: 'detik/anpandu-detik-rss.xml', extras: ['removed-article'] },
  { id: 'kapanlagi', name: 'KapanLagi (recorded)', dir: 'kapanlagi', discovery: 'rss', rssTemplate: 'kapanlagi/anpandu-kapanlagi-rss.xml' },
  { id: 'republika', name: 'Republika (recorded)', dir: 'republika', discovery: 'rss', rssTemplate: 'republika/anpandu-republika-rss.xml' },
  { id: 'kompas', name: 'Kompas (recorded)', dir: 'kompas', discovery: 'news-sitemap', extras: ['robots-disallowed'] },
  { id: 'okezone', name: 'Okezone (recorded)', dir: 'okezone', discovery: 'sitemap-index' },
  { id: 'liputan6', name: 'Liputan6 (recorded)', dir: 'liputan6', discovery: 'atom' },
  { id: 'idntimes', name: 'IDN Times (recorded)', dir: 'idntimes', discovery: 'news-sitemap' },
  { id: 'viva', name: 'VIVA (recorded)', dir: 'viva', discovery: 'listing' },
  { id: 'tempo', name: 'Tempo (recorded)', dir: 'tempo', discovery: 'rss' },
  { id: 'tempo-english', name: 'Tempo English (recorded)', dir: 'tempo-english', discovery: 'rss', language: 'en' },
];

interface RecordedPage {
  path: string;
  file: string;
  title: string;
}

export interface RecordedSitesServer {
  /** Sources config pointing at the local servers, ready for runPass / `pantau run --sources`. */
  sources: SourceConfig[];
  /** Number of URLs the site's discovery document offers, per site id (index pages and the special entries included). */
  offered: Record<string, number>;
  /** Base URL per site id. */
  baseUrls: Record<string, string>;
  close(): Promise<void>;
}

export interface RecordedSitesOptions {
  /** First port to try; site i listens on basePort + i. 0 = any free port (URLs then change between runs). */
  basePort?: number;
  /** Politeness interval the generated sources ask for (the servers are ours, on loopback). */
  minIntervalMs?: number;
  /** Only these site ids. */
  only?: string[];
}

/** Start one loopback HTTP server per recorded site and return a sources config that points at them. */
export async function startRecordedSites(options: RecordedSitesOptions = {}): Promise<RecordedSitesServer> {
  const specs = RECORDED_SITES.filter((s) => !options.only || options.only.includes(s.id));
  const servers: Server[] = [];
  const sources: SourceConfig[] = [];
  const offered: Record<string, number> = {};
  const baseUrls: Record<string, string> = {};
  for (const [index, spec] of specs.entries()) {
    const pages = loadPages(spec);
    const routes = new Map<string, () => { type: string; body: Buffer | string; status?: number }>();
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname + (new URL(req.url ?? '/', 'http://x').search || '');
      const route = routes.get(path) ?? routes.get(path.split('?')[0]!);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><h1>404 Halaman tidak ditemukan</h1></body></html>');
        return;
      }
      const { type, body, status } = route();
      res.writeHead(status ?? 200, { 'content-type': type }).end(body);
    });
    const port = await listen(server, options.basePort ? options.basePort + index : 0);
    servers.push(server);
    const base = `http://127.0.0.1:${port}`;
    baseUrls[spec.id] = base;
    for (const page of pages) {
      const bytes = readFileSync(page.file);
      routes.set(page.path, () => ({ type: 'text/html', body: bytes }));
    }
    routes.set('/robots.txt', () => ({ type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n' }));
    const entries = pages.map((p) => ({ url: base + p.path, title: p.title }));
    if (spec.extras?.includes('removed-article')) entries.push({ url: `${base}/read/2015/11/05/000000/0000000/10/artikel-yang-sudah-dihapus`, title: 'Artikel yang sudah dihapus' });
    if (spec.extras?.includes('robots-disallowed')) entries.push({ url: `${base}/private/draft-berita-embargo`, title: 'Draf berita (embargo)' });
    offered[spec.id] = entries.length;
    const source: SourceConfig = {
      id: spec.id,
      name: spec.name,
      timezone: spec.timezone ?? 'Asia/Jakarta',
      feeds: [],
      sitemaps: [],
      listings: [],
      language: spec.language ?? 'id',
      verified: true,
      homepage: base + '/',
      minIntervalMs: options.minIntervalMs ?? 200,
      maxArticlesPerRun: 50,
      notes: `Recorded pages of test/fixtures/sites/${spec.dir}, served on loopback.`,
    };
    switch (spec.discovery) {
      case 'rss': {
        const xml = renderRss(spec, base, entries);
        routes.set('/rss', () => ({ type: 'application/rss+xml; charset=utf-8', body: xml }));
        source.feeds = [`${base}/rss`];
        break;
      }
      case 'atom': {
        const xml = renderAtom(spec, base, entries);
        routes.set('/feed.atom', () => ({ type: 'application/atom+xml; charset=utf-8', body: xml }));
        source.feeds = [`${base}/feed.atom`];
        break;
      }
      case 'news-sitemap': {
        const xml = renderNewsSitemap(spec, entries);
        routes.set('/sitemap-news.xml', () => ({ type: 'application/xml; charset=utf-8', body: xml }));
        source.sitemaps = [`${base}/sitemap-news.xml`];
        break;
      }
      case 'sitemap-index': {
        const child = renderNewsSitemap(spec, entries);
        routes.set('/sitemap-news-1.xml', () => ({ type: 'application/xml; charset=utf-8', body: child }));
        const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <sitemap><loc>${base}/sitemap-news-1.xml</loc></sitemap>\n</sitemapindex>\n`;
        routes.set('/sitemap.xml', () => ({ type: 'application/xml; charset=utf-8', body: index }));
        source.sitemaps = [`${base}/sitemap.xml`];
        break;
      }
      case 'listing': {
        const html = renderListing(spec, entries);
        // Not /indeks: that path belongs to the recorded index page, which the listing offers like any other page.
        routes.set('/listing/terbaru', () => ({ type: 'text/html; charset=utf-8', body: html }));
        source.listings = [{ url: `${base}/listing/terbaru`, linkSelector: 'ul.indeks-list li h3 a' }];
        break;
      }
    }
    sources.push(source);
  }
  return {
    sources,
    offered,
    baseUrls,
    close: () => Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(() => undefined),
  };
}

/** The recorded pages of a site, with the path each had on the real site (from rel=canonical / og:url). */
function loadPages(spec: RecordedSiteSpec): RecordedPage[] {
  const dir = join(FIXTURES_DIR, 'sites', spec.dir);
  return readdirSync(dir)
    // Synthetic pages (written to test profiles of sites with no saved page) are not recorded pages: not served.
    .filter((f) => f.endsWith('.html') && !f.startsWith('synthetic-'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const html = readFileSync(file, 'latin1');
      const original = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)/i.exec(html)?.[1] ?? /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)/i.exec(html)?.[1];
      let path = `/berita/${basename(f, '.html')}`;
      if (original) {
        try {
          const u = new URL(original);
          if (u.pathname.length > 1) path = u.pathname + u.search;
        } catch {
          // keep the file-based path
        }
      }
      const title = (/<title[^>]*>([^<]*)/i.exec(html)?.[1] ?? basename(f)).trim();
      return { path, file, title };
    });
}

function escapeXml(s: string): string {
  return s.replace(/&(?!#?\w+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function renderRss(spec: RecordedSiteSpec, base: string, entries: Array<{ url: string; title: string }>): string {
  const items = entries.map((e) => `    <item>\n      <title>${escapeXml(e.title)}</title>\n      <link>${escapeXml(e.url)}</link>\n      <guid isPermaLink="true">${escapeXml(e.url)}</guid>\n    </item>\n`).join('');
  const templatePath = spec.rssTemplate ? join(FIXTURES_DIR, 'feeds', spec.rssTemplate) : null;
  if (templatePath && existsSync(templatePath)) {
    // Keep the recorded channel (title, description, language...), swap its items for the recorded pages.
    const real = readFileSync(templatePath, 'latin1').replace(/encoding=["'][^"']+["']/i, 'encoding="UTF-8"');
    const first = real.indexOf('<item');
    const last = real.lastIndexOf('</item>');
    if (first > 0 && last > first) return real.slice(0, first) + items.trimStart() + real.slice(last + '</item>'.length);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n    <title>${escapeXml(spec.name)}</title>\n    <link>${base}/</link>\n    <description>Recorded pages</description>\n${items}  </channel>\n</rss>\n`;
}

function renderAtom(spec: RecordedSiteSpec, base: string, entries: Array<{ url: string; title: string }>): string {
  const items = entries.map((e, i) => `  <entry>\n    <title>${escapeXml(e.title)}</title>\n    <link rel="alternate" href="${escapeXml(e.url)}"/>\n    <id>${escapeXml(e.url)}</id>\n    <updated>2016-02-${String(10 + i).padStart(2, '0')}T10:00:00+07:00</updated>\n  </entry>\n`).join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <title>${escapeXml(spec.name)}</title>\n  <link href="${base}/"/>\n  <id>${base}/</id>\n  <updated>2016-02-23T10:00:00+07:00</updated>\n${items}</feed>\n`;
}

function renderNewsSitemap(spec: RecordedSiteSpec, entries: Array<{ url: string; title: string }>): string {
  const items = entries.map((e) => `  <url>\n    <loc>${escapeXml(e.url)}</loc>\n    <news:news>\n      <news:publication><news:name>${escapeXml(spec.name)}</news:name><news:language>${spec.language ?? 'id'}</news:language></news:publication>\n      <news:title>${escapeXml(e.title)}</news:title>\n    </news:news>\n  </url>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${items}</urlset>\n`;
}

function renderListing(spec: RecordedSiteSpec, entries: Array<{ url: string; title: string }>): string {
  const items = entries.map((e) => `      <li><h3><a href="${escapeXml(new URL(e.url).pathname + new URL(e.url).search)}">${escapeXml(e.title)}</a></h3></li>\n`).join('');
  return `<!doctype html>\n<html lang="id"><head><meta charset="utf-8"><title>Indeks Berita - ${escapeXml(spec.name)}</title></head>\n<body>\n  <nav><a href="/">Beranda</a> <a href="/listing/terbaru">Terbaru</a></nav>\n  <main>\n    <ul class="indeks-list">\n${items}    </ul>\n  </main>\n</body></html>\n`;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' && port !== 0) {
        // The preferred port is taken: any free port will do (URLs then differ from earlier runs).
        server.listen(0, '127.0.0.1');
        return;
      }
      reject(err);
    };
    server.on('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
