/**
 * detik.com family (news., inet., finance., hot., sport., ...). Layout of 2015-2016: headline h1 in .content_detail,
 * byline ".author strong" (photo pages: "Fotografer: ..."), date div.date "Kamis, 05/11/2015 10:08 WIB", body
 * .text_detail (photo pages .text_gal). The meta pubdate "2015-11-05 T10:08:58Z" is WIB wall time wrongly marked UTC,
 * so the visible date comes first and the meta is read as local time.
 *
 * Layout of 2020-2026 (version 2), from SOURCES-REFERENCE.md evidence NW (news-watch detik.py @71d960c, 2026-08-06;
 * the same selectors at its later file commit 67a4d1a): headline `h1.detail__title`, date `div.detail__date`
 * ("Kamis, 11 Nov 2021 14:30 WIB"), body `div.detail__body-text`, writer `div.detail__author`, section
 * `div.detail__category a`. The regional channels (www.detik.com/kalimantan, /sulsel, ...; DETIK-MAP 2026-03) use the
 * same article template (article URLs `www.detik.com/{region}/{section}/d-{id}/{slug}`).
 * Assumptions: the byline reads "Nama Reporter - detikNews" (the channel after " - " is not a person); in-body noise
 * `.parallaxindetail` / `.staticdetail_container` (ads), `table.linksisip` / `.lihatjg` ("Baca juga"), `.para_caption`
 * / `.detail__media-caption` (captions), `.detail__body-tag` (tags), `.detail__long-nav` / `.detail__anchor-numb`
 * (page links "/2"; see ../pagination.ts).
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { firstDate, readJsonLdPeople, readJsonLdString, readMeta, readTexts, splitAuthors } from '../utils.js';

const V2_SELECTORS: ProfileSelectors = {
  title: ['h1.detail__title'],
  body: ['div.detail__body-text'],
  authors: ['div.detail__author'],
  date: ['div.detail__date'],
  section: ['div.detail__category a'],
  tags: ['.detail__body-tag a', '.nav--tag a'],
  noise: [
    '.parallaxindetail', '.staticdetail_container', 'table.linksisip', '.linksisip', '.lihatjg', '.para_caption',
    '.detail__media-caption', '.detail__body-tag', '.detail__long-nav', '.detail__anchor-numb', '.sisip_embed_sosmed', 'figure', 'figcaption',
  ],
};

/** "Nama Reporter - detikNews" and "Nama Reporter, Nama Lain - detikKalimantan": the names before the channel. */
function readDetikAuthors(ctx: PageContext): string[] {
  const dropChannel = (text: string) => text.replace(/\s+[-–|]\s*detik[\w ]*$/i, '');
  const fromJsonLd = readJsonLdPeople(ctx.jsonLd, 'author').flatMap((n) => splitAuthors(dropChannel(n)));
  if (fromJsonLd.length) return fromJsonLd;
  for (const text of readTexts(ctx.$, V2_SELECTORS.authors)) {
    const names = splitAuthors(dropChannel(text));
    if (names.length) return names;
  }
  return [];
}

const V1_SELECTORS: ProfileSelectors = {
  title: ['.content_detail h1', '.detail_profil h1', 'h1.jdl', 'article h1'],
  body: ['.text_detail', '.detail_text', '#detikdetailtext', '.text_gal'],
  authors: ['.content_detail .author strong', '.detail_profil strong.l_blue2_detik', '.author'],
  date: ['.content_detail .date', '.detail_profil .date', '.date'],
  section: ['.breadcrumb a'],
  tags: ['.detail_tag a'],
  noise: ['.pic_artikel', '.leftarticle', '.banner_inside_article', '.label_fokus', '.lihatjg', '.sisip_artikel'],
};

/** Visible date first; then the metas with their bogus "Z" dropped (they hold WIB wall time). */
function readDetikDate(ctx: PageContext, selectors: readonly string[] = V1_SELECTORS.date): string | null {
  const dom = selectors.map((s) => ctx.$(s).first().text());
  const dropZ = (v: string | null) => (v ? v.replace(/\s*Z$/i, '') : v);
  return firstDate([...dom, readJsonLdString(ctx.jsonLd, 'datePublished'), dropZ(readMeta(ctx.$, 'pubdate')), dropZ(readMeta(ctx.$, 'dateCreated'))], ctx.timezone);
}

export const detik: SiteProfile = {
  id: 'detik',
  name: 'detikcom',
  domains: ['detik.com'],
  language: 'id',
  articleUrlPattern: /\/(?:read|readfoto|berita|d-\d+)/,
  versions: [
    {
      version: 2,
      validFrom: '2020-01-01',
      markers: ['div.detail__body-text'],
      selectors: V2_SELECTORS,
      fields: makeFields(V2_SELECTORS, 'id', { publishedAt: (ctx) => readDetikDate(ctx, V2_SELECTORS.date), authors: readDetikAuthors }),
    },
    { version: 1, validFrom: '2015-01-01', validUntil: '2019-12-31', markers: ['.text_detail', '.detail_text', '.text_gal'], selectors: V1_SELECTORS, fields: makeFields(V1_SELECTORS, 'id', { publishedAt: (ctx) => readDetikDate(ctx) }) },
  ],
};
