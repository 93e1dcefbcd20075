/**
 * detik.com family (news., inet., finance., hot., sport., ...). Layout of 2015-2016: headline h1 in .content_detail,
 * byline ".author strong" (photo pages: "Fotografer: ..."), date div.date "Kamis, 05/11/2015 10:08 WIB", body
 * .text_detail (photo pages .text_gal). The meta pubdate "2015-11-05 T10:08:58Z" is WIB wall time wrongly marked UTC,
 * so the visible date comes first and the meta is read as local time.
 */
import type { PageContext, ProfileSelectors, SiteProfile } from '../types.js';
import { makeFields } from '../fields.js';
import { firstDate, readJsonLdString, readMeta } from '../utils.js';

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
function readDetikDate(ctx: PageContext): string | null {
  const dom = V1_SELECTORS.date.map((s) => ctx.$(s).first().text());
  const dropZ = (v: string | null) => (v ? v.replace(/\s*Z$/i, '') : v);
  return firstDate([...dom, readJsonLdString(ctx.jsonLd, 'datePublished'), dropZ(readMeta(ctx.$, 'pubdate')), dropZ(readMeta(ctx.$, 'dateCreated'))], ctx.timezone);
}

export const detik: SiteProfile = {
  id: 'detik',
  name: 'detikcom',
  domains: ['detik.com'],
  language: 'id',
  articleUrlPattern: /\/(?:read|readfoto|berita|d-\d+)/,
  versions: [{ version: 1, validFrom: '2015-01-01', selectors: V1_SELECTORS, fields: makeFields(V1_SELECTORS, 'id', { publishedAt: readDetikDate }) }],
};
