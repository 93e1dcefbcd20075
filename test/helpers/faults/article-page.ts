/**
 * Generated Indonesian-style news articles for the soak bench: a title, a date, an author and body paragraphs of
 * plausible Bahasa Indonesia sentences, rendered as an article page with JSON-LD (NewsArticle), Open Graph tags and a
 * canonical link, the way regional news CMSes print them. Deterministic from the random source.
 */
import { pickOne, type Random } from './seeded-random.js';

/** What a generated article says. */
export interface GeneratedArticle {
  title: string;
  /** ISO 8601 with +08:00 (WITA). */
  publishedAt: string;
  author: string;
  section: string;
  city: string;
  paragraphs: string[];
}

const CITIES = ['Balikpapan', 'Samarinda', 'Bontang', 'Tenggarong', 'Penajam', 'Tarakan', 'Berau', 'Sangatta', 'Makassar', 'Banjarmasin'];
const SECTIONS = ['Ekonomi', 'Pemerintahan', 'Daerah', 'Hukum', 'Pendidikan', 'Kesehatan', 'Olahraga'];
const AUTHORS = ['Sri Wahyuni', 'Ahmad Fauzi', 'Dewi Lestari', 'Budi Santoso', 'Rina Marlina', 'Hendra Gunawan', 'Yusuf Hamdani'];
const AGENCIES = [
  'Dinas Koperasi UMKM dan Perindustrian',
  'Dinas Pekerjaan Umum',
  'Badan Pendapatan Daerah',
  'Dinas Kesehatan',
  'Dinas Pendidikan dan Kebudayaan',
  'Badan Penanggulangan Bencana Daerah',
  'Dinas Perhubungan',
];
const OFFICIALS = ['Adwar Skenda Putra', 'Muhammad Rizal', 'Siti Rahmawati', 'Andi Harun', 'Rahmad Mas\'ud', 'Nurul Hidayah'];
const TOPICS = [
  'pelatihan pelaku UMKM',
  'perbaikan jalan lingkungan',
  'vaksinasi anak sekolah',
  'penyaluran bantuan sosial',
  'pembangunan pasar rakyat',
  'penanganan banjir musiman',
  'festival budaya daerah',
  'peningkatan pendapatan asli daerah',
];
const OPENERS = [
  'Pemerintah Kota {city} terus mendorong {topic} sepanjang tahun ini.',
  'Kepala {agency} {city}, {official}, mengatakan program {topic} berjalan sesuai rencana.',
  'Sebanyak {n} warga {city} mengikuti kegiatan {topic} yang digelar pada pekan ini.',
];
const MIDDLES = [
  'Menurut dia, anggaran yang disiapkan mencapai Rp {n} juta dan akan dievaluasi setiap triwulan.',
  'Kegiatan tersebut melibatkan perangkat kelurahan, tokoh masyarakat, serta relawan dari berbagai komunitas.',
  '"Kami ingin masyarakat merasakan manfaatnya secara langsung," ujar {official} kepada wartawan di kantornya.',
  'Data {agency} menunjukkan peningkatan partisipasi sekitar {pct} persen dibandingkan tahun sebelumnya.',
  'Ia menambahkan bahwa koordinasi dengan pemerintah provinsi Kalimantan Timur terus diperkuat.',
  'Warga berharap program serupa dapat dilanjutkan agar hasilnya lebih merata hingga ke wilayah pinggiran.',
  'Selain itu, pengawasan di lapangan dilakukan bersama aparat kecamatan untuk memastikan tepat sasaran.',
  'Dewan Perwakilan Rakyat Daerah setempat menyatakan dukungan dan meminta laporan berkala dari dinas terkait.',
];

/**
 * Generate one article; `serial` keeps titles and bodies distinct across a run.
 * @example generateArticle(createRandom(1), 17).title
 */
export function generateArticle(random: Random, serial: number): GeneratedArticle {
  const city = pickOne(random, CITIES);
  const agency = pickOne(random, AGENCIES);
  const official = pickOne(random, OFFICIALS);
  const topic = pickOne(random, TOPICS);
  const fill = (template: string): string =>
    template
      .replaceAll('{city}', city)
      .replaceAll('{agency}', agency)
      .replaceAll('{official}', official)
      .replaceAll('{topic}', topic)
      .replaceAll('{n}', String(20 + Math.floor(random() * 900)))
      .replaceAll('{pct}', String(5 + Math.floor(random() * 40)));
  const paragraphs = [`${city.toUpperCase()} - ${fill(pickOne(random, OPENERS))} ${fill(pickOne(random, MIDDLES))}`];
  const count = 4 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) paragraphs.push(`${fill(pickOne(random, MIDDLES))} ${fill(pickOne(random, MIDDLES))}`);
  paragraphs.push(`Berita nomor ${serial} ini disusun oleh tim redaksi ${city}.`);
  const day = 1 + (serial % 28);
  const hour = 6 + (serial % 14);
  return {
    title: `${capitalize(topic)} di ${city} terus berlanjut, laporan ${serial}`,
    publishedAt: `2024-05-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(serial % 60).padStart(2, '0')}:00+08:00`,
    author: pickOne(random, AUTHORS),
    section: pickOne(random, SECTIONS),
    city,
    paragraphs,
  };
}

/** How to print the page: clean, or with the markup mistakes real CMSes make. */
export type PageStyle = 'clean' | 'malformed';

/**
 * Render an article page (UTF-8 text; the caller encodes it) with JSON-LD, Open Graph and a canonical link.
 * @example renderArticlePage(article, 'http://127.0.0.1:4100/berita/1', 'Kaltim Pos', 'clean')
 */
export function renderArticlePage(article: GeneratedArticle, url: string, siteName: string, style: PageStyle, charset = 'utf-8'): string {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: article.publishedAt,
    author: [{ '@type': 'Person', name: article.author }],
    articleSection: article.section,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    publisher: { '@type': 'Organization', name: siteName },
    inLanguage: 'id',
  });
  const head = [
    `<meta charset="${charset}">`,
    `<title>${escapeHtml(article.title)} - ${escapeHtml(siteName)}</title>`,
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    `<meta property="og:title" content="${escapeHtml(article.title)}">`,
    `<meta property="og:url" content="${escapeHtml(url)}">`,
    `<meta property="article:published_time" content="${article.publishedAt}">`,
    `<meta name="author" content="${escapeHtml(article.author)}">`,
    `<script type="application/ld+json">${jsonLd}</script>`,
  ].join('\n    ');
  const nav = '<nav class="menu"><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a> <a href="/daerah">Daerah</a></nav>';
  const related = '<aside class="baca-juga"><h3>Baca Juga</h3><ul><li><a href="/berita/lain">Berita lain hari ini</a></li></ul></aside>';
  if (style === 'malformed') {
    // Unclosed paragraphs and divs, a stray closing tag, unquoted attributes, a script holding markup, no </body>.
    const body = article.paragraphs.map((p) => `<p class=isi>${escapeHtml(p)}`).join('\n      ');
    return `<!DOCTYPE html>\n<html lang=id>\n  <head>\n    ${head}\n  <body>\n    ${nav}\n    <div class=container><div class=main>\n    <article>\n      <h1 class=judul>${escapeHtml(article.title)}</h1>\n      <div class=meta>${escapeHtml(article.author)} | <time datetime="${article.publishedAt}">${article.publishedAt}</time></span>\n      <div class=detail>\n      ${body}\n      <script>document.write("</div><p>iklan</p>");</script>\n    </article>\n    ${related}\n`;
  }
  const body = article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n        ');
  return `<!DOCTYPE html>\n<html lang="id">\n  <head>\n    ${head}\n  </head>\n  <body>\n    ${nav}\n    <main>\n      <article>\n        <h1>${escapeHtml(article.title)}</h1>\n        <div class="meta"><span class="author">${escapeHtml(article.author)}</span> <time datetime="${article.publishedAt}">${article.publishedAt}</time></div>\n        <div class="detail">\n        ${body}\n        </div>\n      </article>\n      ${related}\n    </main>\n    <footer>&copy; ${escapeHtml(siteName)}</footer>\n  </body>\n</html>\n`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Escape text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
