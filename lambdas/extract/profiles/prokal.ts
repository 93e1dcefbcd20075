/**
 * Prokal (kaltim.prokal.co, the old Kaltim Post host, and its sibling prokal.co subdomains). No saved page exists here;
 * tested on a synthetic page (test/fixtures/sites/prokal/synthetic-*.html).
 *
 * From SOURCES-REFERENCE.md: listing pages `https://kaltim.prokal.co/rubrik/index/{n}-{rubrik}.html` with article
 * links in `.content-artikel a` and `.media-body a`; some requests get 403 (evidence PROKAL-OLD, public file
 * 9387514799, ≈2021, confidence O); zone WITA (Asia/Makassar); Kaltim Post content is now on kaltimpost.jawapos.com
 * (pitfall 7), so Prokal pages are mostly archive.
 * Assumptions (the reference documents no article page): article URLs `/read/news/{id}-{slug}.html`; JSON-LD / meta
 * read first; headline `h1`; date `.tanggal` / `.date` ("Kamis, 11 November 2021 14:30" with or without "WITA";
 * without a zone the source's zone applies); writer `.penulis` / `.author`; body `.content-artikel` / `.isi-berita`,
 * else the generic scored body; dateline "PROKAL.CO, BALIKPAPAN - ".
 */
import type { ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { readBodyOrScored } from '../fallback-body.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['.detail-berita h1', 'article h1', 'h1.title', 'h1'],
  body: ['.isi-berita', '.detail-berita .content-artikel', '.content-artikel', '.post-content'],
  authors: ['.penulis', '.author', '.reporter'],
  date: ['.tanggal', '.date', 'time[datetime]'],
  section: ['.breadcrumb a'],
  tags: ['.tags a'],
  noise: ['.baca-juga', '.ads', 'figure', 'figcaption', '.caption', '.share'],
};

export const prokal: SiteProfile = {
  id: 'prokal',
  name: 'Prokal (Kaltim Post archive)',
  domains: ['prokal.co'],
  language: 'id',
  articleUrlPattern: /\/read\/news\/\d+/,
  versions: [
    {
      version: 1,
      validFrom: '2015-01-01',
      selectors: V1_SELECTORS,
      fields: makeFields(V1_SELECTORS, 'id', { body: (ctx) => readBodyOrScored(ctx, V1_SELECTORS) }),
    },
  ],
};
