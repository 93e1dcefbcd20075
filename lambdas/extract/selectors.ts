/**
 * @module selectors
 * Token and selector lists of the generic extractor, kept as data. Site profiles add their own on top.
 * Evidence: the fixture pages under test/fixtures/sites (anpandu/indonesian-news-scraper 2015-2017, IDN Times 2021).
 */

/** Elements never part of an article's text. */
export const ALWAYS_DROP = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'video', 'audio',
  'form', 'input', 'button', 'select', 'textarea', 'link', 'meta', 'img', 'picture', 'source', 'map',
  'ins.adsbygoogle', 'fb\\:comments', 'fb\\:like',
];

/**
 * Page furniture removed before scoring and from any body: captions and credits (figcaption, "caption" classes),
 * share bars, ads, related lists, comments. Seen in the fixtures: idntimes div.inarticle-ads / div.editors-pick,
 * liputan6 div.baca-juga, viva blockquote.twitter-tweet, okezone .caption-img-ab, kompas .kcm-read-terkait.
 */
export const NOISE_SELECTORS = [
  'header', 'footer', 'nav', 'aside', 'figcaption',
  '[class*="caption"]', '[class*="share"]', '[class*="social"]', '[class*="sosmed"]',
  '[class*="related"]', '[class*="terkait"]', '[class*="baca-juga"]', '[class*="bacajuga"]',
  '[class*="editors-pick"]', '[class*="inarticle-ads"]', '[class*="comment"]', '[class*="komentar"]',
  '[class*="newsletter"]', '[class*="breadcrumb"]', '[class*="tags"]', '[class*="advert"]',
  '[id*="div-gpt-ad"]', 'blockquote.twitter-tweet', 'blockquote.instagram-media',
];

/**
 * Class / id tokens (split on space, "-" and "_") that make a container more likely the article body: readability's
 * "positive" list plus the Indonesian "detail", "isi", "berita", "konten" and "tubuh" (tempo's "tubuh-berita").
 */
export const POSITIVE_TOKENS = /^(?:article|articlebody|artikel|body|content|contentx|entry|main|post|story|text|detail|detnews|dtlnews|isi|berita|konten|tubuh|read|news)$/i;

/**
 * Tokens that mark side furniture ("terkait" = related, "populer"/"terpopuler" = most read, "iklan" = ad,
 * "lainnya" = others). Matched per token so "read-page" is not taken for an "ad".
 */
export const NEGATIVE_TOKENS =
  /^(?:comments?|komentar|sidebar|side|sidebarleft|footer|header|menu|nav|navigation|related|relateds|terkait|populer|terpopuler|trending|trends|widget|share|social|sosmed|promo|sponsor|iklan|banner|ads?|breadcrumb|breadcome|tags?|tagging|caption|credits?|copyright|newsletter|recommend|rekomendasi|lainnya|headline|topik|photodesc|thumb|thumbs|list|index|indeks|login|modal|popup)$/i;

/** Elements that start a new paragraph when walking a body. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody',
  'td', 'th', 'thead', 'tr', 'ul', 'br', 'body', 'html', 'summary', 'caption',
]);

/** Paragraph-like elements whose text is scored as article prose. */
export const SCORED_TAGS = new Set(['p', 'div', 'td', 'pre', 'article', 'section', 'span', 'blockquote', 'li']);

/**
 * Whole-line boilerplate inside article bodies (Indonesian portals): "Baca Juga: ...", "Berita Terkait", "Lihat Juga",
 * "Simak juga video ...", "Saksikan ...", "ADVERTISEMENT", "Scroll to continue with content", "Editor's picks".
 */
export const BOILERPLATE_LINE =
  /^(?:baca juga|baca selengkapnya|baca:|berita terkait|artikel terkait|lihat juga|simak(?: juga)?\b|saksikan\b|tonton juga|advertisement|scroll to continue|lanjutkan membaca|editor['’]s picks?|follow (?:idn times|us)|ikuti (?:kami|berita)|dapatkan (?:update|informasi)|download aplikasi|klik di sini|copyright ©|hak cipta)/i;

/** A bare section heading after which only furniture follows ("Jangan Lewatkan!", "Berita Terkait", "Related News"). */
export const END_OF_BODY_HEADING =
  /^(?:jangan lewatkan|berita terkait|artikel terkait|berita lainnya|related news|foto terkait|video terkait|baca juga|topik terkait|tag|tags)\W*$/i;

/** Label lines of bylines and credits: "Editor: ...", "Pewarta: ...", "Sumber : Antara", "Red: ...". */
export const CREDIT_LINE = /^(?:editor|penulis|pewarta|reporter|fotografer|kontributor|sumber|red|redaktur|penerjemah|translator|copy ?editor|produser)\s*:/i;

/** Editor sign-off codes at the end of Indonesian stories: "(fyk/ash)", "(Cas/Isk)", "(kpl/pur/tch)", "(ren)". */
export const SIGN_OFF_CODE = /^\(?\s*[a-z*]{2,6}(?:\s*\/\s*[a-z*]{2,6})*\s*\)$/i;

/** Agency credit alone on the last line ("ANTARA", "Antara", "REUTERS"). */
export const AGENCY_CREDIT_LINE = /^(?:antara(?: news)?|reuters|afp|ap|xinhua|bernama|dpa|(?:sumber\s*:\s*)?antara)$/i;

/** A photo caption or credit that slipped into the text: "... Foto: Grammy", "(Foto: Usnews)", "Image: TEMPO/...". */
export const CAPTION_LINE = /(?:^|[\s(.])(?:foto|photo|image|gambar|ilustrasi)\s*:\s*\S/i;

/**
 * Outlet names that are not people: dropped from author lists and recognised in datelines.
 * ("IDN Times", "Kompas.com", "KompasOtomotif", "ANTARA News", "Liputan6.com", "TEMPO.CO", "REPUBLIKA.CO.ID", ...)
 */
export const OUTLET_NAME =
  /(?:idn ?times|kompas(?:\.com|[a-z]*)|antara(?: news)?|antara\/[a-z]+|prnewswire|liputan6(?:\.com)?|detik(?:com|[a-z]+)?|tempo(?:\.co)?|okezone(?:\.com)?|republika(?:\.co\.id)?|ihram(?:\.co\.id)?|kapanlagi(?:\.com)?|viva(?:\.co\.id)?|tribun(?:news)?(?:\.com)?|cnn indonesia|kumparan|suara\.com|[a-z0-9-]+\.(?:com|co\.id|co|id|net)\b)/i;

/** Labels in front of names in bylines ("Penulis:", "Oleh", "By", "Pewarta:", "Kontributor Lhokseumawe,"). */
export const AUTHOR_LABEL = /^(?:penulis|pewarta|reporter|oleh|by|ditulis oleh|laporan|wartawan|fotografer|photographer|author)\s*:?\s*/i;

/** Author-list separators: "A dan B", "A & B", "A, B", "A and B". */
export const AUTHOR_SEPARATOR = /\s*(?:,|;|&|\/|\bdan\b|\band\b)\s*/i;
