/**
 * Tempo (tempo.co and its channels: gaya., nasional., ..., and the English edition en.tempo.co). Layouts of 2015:
 * Indonesian pages have ".artikel h1", ".block-tanggal" and JSON-LD datePublished, body ".artikel" paragraphs, and the
 * reporter's name in capitals as the last line ("DINI TEJA"); English pages have ".judul-konten", the article date in
 * ".kolom-2-kolom > .tanggal" (the sidebar's .tanggal belong to other stories) and body ".tubuh-berita", ending with the
 * agency credit ("ANTARA").
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields, readBody, readLanguage } from '../fields.js';
import { AGENCY_CREDIT_LINE } from '../selectors.js';
import { hostOf, normaliseText, toTitleCase } from '../utils.js';

const V1_SELECTORS: ProfileSelectors = {
  title: ['.artikel > h1', '.judul-konten', 'article h1'],
  body: ['.artikel', '.tubuh-berita'],
  authors: [],
  date: ['.block-tanggal', '.kolom-2-kolom > .tanggal'],
  section: ['.block-kanal-map a', '.home-map a'],
  tags: ['.topik-terkait a'],
  noise: ['h1', '.block-kanal-map', '.block-tanggal', '.block-display', '.deskripsi', '.share-konten', '.blocking', 'ul'],
};

/** The reporter's sign-off: a last line of 2-4 capitalised words that is not an agency ("DINI TEJA"). */
const REPORTER_LINE = /^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){1,3}$/;

/** Body without the trailing reporter line (it is the byline, read by readTempoAuthors). */
function readTempoBody(ctx: PageContext): string[] {
  const paragraphs = readBody(ctx, V1_SELECTORS.body, V1_SELECTORS.noise);
  const last = paragraphs[paragraphs.length - 1];
  return last && REPORTER_LINE.test(last) && !AGENCY_CREDIT_LINE.test(last) ? paragraphs.slice(0, -1) : paragraphs;
}

/** The capitalised name in the last <strong> of the body, title-cased; agencies are credits, not authors. */
function readTempoAuthors(ctx: PageContext): string[] {
  for (const selector of V1_SELECTORS.body) {
    const strongs = ctx.$(`${selector} strong`).toArray().map((el) => normaliseText(ctx.$(el).text())).filter(Boolean);
    const last = strongs[strongs.length - 1];
    if (last && REPORTER_LINE.test(last) && !AGENCY_CREDIT_LINE.test(last)) return [toTitleCase(last)];
  }
  return [];
}

/** en.tempo.co is English whatever its <html lang> says. */
function readTempoLanguage(ctx: PageContext): string | null {
  const host = hostOf(ctx.canonicalUrl) ?? hostOf(ctx.url);
  return host?.startsWith('en.') ? 'en' : readLanguage(ctx, 'id');
}

export const tempo: SiteProfile = {
  id: 'tempo',
  name: 'Tempo',
  domains: ['tempo.co'],
  language: 'id',
  articleUrlPattern: /\/read\//,
  versions: [
    {
      version: 1,
      validFrom: '2015-01-01',
      selectors: V1_SELECTORS,
      fields: makeFields(V1_SELECTORS, 'id', { body: readTempoBody, authors: readTempoAuthors, language: readTempoLanguage }),
    },
  ],
};
