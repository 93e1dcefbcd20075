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

/**
 * Tags the generic extractor prunes before scoring (never article text on news / blog pages). Evidence: Zyte bench,
 * 181 pages, 2026-11-28 (nav/aside/footer/form hold menus, newsletter boxes, related lists and comment forms).
 */
export const GENERIC_DROP_TAGS = new Set(['nav', 'aside', 'footer', 'figcaption', 'dialog', 'menu', 'form']);

/** Tags of ALWAYS_DROP (media, embeds, form controls): dropped by the generic pruner whatever they hold. */
export const ALWAYS_DROP_TAGS = new Set(ALWAYS_DROP.filter((s) => /^[a-z]+$/.test(s) && s !== 'form'));

/**
 * Class / id words (split on space, "-", "_" and camelCase) of furniture the generic extractor prunes: share bars,
 * related / recommended lists, newsletter and subscribe boxes, comments, ads, captions, breadcrumbs, tag lists,
 * popups. Matched per word, never as a substring of the whole attribute: `[class*="advert"]` removed the whole page
 * on four Zyte pages (a wrapper "m-advertisement-off-canvas--pusher", a post class "tag-advertising"), 2026-11-28.
 * Word matching with the prose-share guard (settings.ts MAX_PRUNED_SHARE): F1 0.918 -> 0.937, empty outputs 9 -> 1.
 */
export const GENERIC_NOISE_WORDS =
  /^(?:social|socials|sosmed|recirc|recirculation|subscribe|subscription|signup|advert|advertisement|advertising|ads?|adv|adunit|dfp|gpt|sponsored|sponsor|promo|promoted|caption|captions|credit|credits|breadcrumbs?|tags?|tagging|topics|sidebar|widget|widgets|modal|overlay|popup|teaser|teasers|cookie|gdpr|cookies|consent|terkait|bacajuga|iklan|trending|popular|populer|terpopuler|nav|navbar|navigation|menu|masthead|toolbar|pagination|pager|byline|timestamp|dateline)$/i;

/** Word pairs of furniture (split words joined by "-"): "baca-juga", "read-more", "more-stories", "editors-pick". */
export const GENERIC_NOISE_PAIRS = /(?:^|-)(?:baca-juga|read-more|more-stories|more-from|editors-pick|inarticle-ads|you-may|also-like|most-read|most-popular|in-case|up-next|next-article|see-also|further-reading)(?:-|$)/i;

/**
 * Class / id words that say "this is the article": an element carrying one is never pruned by its other words
 * ("content-with-sidebar-wrp", "l-sidebar-fixed l-article-body-segment", "box article modal-enabled" on the Zyte
 * bench, 2026-11-28).
 */
export const GENERIC_KEEP_WORDS = /^(?:article|articlebody|body|content|entry|story|storybody|post|text|main)$/i;

/**
 * Class / id words of furniture that is never the article even when it holds most of the page's prose (a long
 * comment thread under a short post: macrumors on the Zyte bench, 2026-11-28; F1 0.936 -> 0.940; "footer" moved here
 * +0.001, indiapost). Pruned unless the element holds
 * nearly all of the page's prose (MAX_PRUNED_SHARE_STRONG).
 */
export const GENERIC_STRONG_NOISE_WORDS =
  /^(?:share|shares|sharing|sharebar|related|relateds|recommended|recommendations?|recommend|newsletter|newsletters|comments?|commentlist|komentar|disqus|outbrain|taboola|cookie|cookies|gdpr|terkait|bacajuga|footer)$/i;

/**
 * Whole-line furniture of English (and some Portuguese / Russian) pages inside a body container, dropped when short:
 * cookie notices, newsletter and follow prompts, comment counters, "Filed under", "Loading ...", reporting credits.
 * Evidence: the lines Pantau kept that the Zyte gold omits (181 pages, 2026-11-28).
 */
export const GENERIC_FURNITURE_LINE =
  /^(?:advertisement|advertisements|sponsored|ad|skip (?:ad|advert)|continue reading|read more|read the full|to read the full|subscribe|sign up|get (?:the|our) (?:latest|best)|follow (?:us|the|@)|like this story|share (?:this|on)|share|tweet|email|print|comments?|\d+ comments?|post (?:a )?comment|leave a (?:comment|reply)|loading|this may take|something went wrong|filed under|tags?\s*:|topics?|теги|related\s*:|see also|you may also like|more from|more on|recommended|get short url|tempo de leitura|key points|this (?:website|site) uses cookies|we use cookies|the cookie settings|(?:any|necessary|non-necessary) cookies|privacy overview|this post may contain affiliate|if you buy something through|atenção: comentários|(?:\(|additional )?reporting by|\w[\w ,.]* contributed (?:reporting|to this report)|(?:the )?associated press (?:writers?|contributed)|image (?:source|credit)|photo(?:graph)?:|getty images|last updated|advert|text size|this slideshow requires javascript|(?:we've|we have) detected you are (?:on|using)|this copy is for your personal,? non-commercial use|write to [\p{L} .,'-]{3,80} at \S+@\S+|tell us what you think|(?:previous|next) (?:post|article|story)|\[javascript protected email address\]|\[(\w+)[^\]]*\].*\[\/\1\]|(?:published|updated|posted)(?: on| at)?\s*:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|an? (?:hour|day|minute)))(?=$|[^\p{L}])/iu;

/** A byline at a body edge: "By Tess Bonn - 11/19/19 06:56 AM EST", "by Patrick Shanley". */
export const GENERIC_BYLINE_LINE = /^(?:(?:written|posted) by|by|por|von|par|oleh)\s+\p{Lu}/iu;

/** A line that is only a URL (share links and image dumps the gold never holds). */
export const GENERIC_URL_LINE = /^(?:https?:\/\/|www\.)\S+(?:\s+\S+){0,12}$/i;

/** A heading after which only furniture follows on English pages ("More From ...", "You may also like", "Tags"). */
export const GENERIC_END_HEADING =
  /^(?:related(?: (?:articles?|stories|posts|coverage|content))?|more (?:from|on|stories)\b.*|you (?:may|might) also like.*|recommended(?: for you)?|read (?:more|next)|tags?|topics|filed under.*|comments?|\d+ comments?|leave a (?:comment|reply)|post (?:a )?comment.*|about the author|share this(?: article| story)?|trending(?: now)?|most (?:read|popular)|latest news|you (?:may|might) be interested in.*|você pode gostar.*)\W*$/i;
