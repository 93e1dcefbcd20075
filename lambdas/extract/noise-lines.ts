/**
 * @module noise-lines
 * Whole-line noise that Indonesian portals put inside article bodies and that the shared body cleaner (body.ts) does
 * not know: follow-us prompts, syndication notes, embed markers, the leftovers of embedded tweets. Applied to the
 * paragraphs a site profile reads. Each entry says where it was seen; "assumed" marks a line shape taken from the
 * portal's conventions with no saved page here.
 */

/** One noise line shape and its evidence. */
interface NoiseLine {
  readonly pattern: RegExp;
  readonly evidence: string;
}

/** Lines dropped from profile bodies. */
export const NOISE_LINES: readonly NoiseLine[] = [
  // "Follow/Simak ... WhatsApp Channel", "Telusuri berita ... lainnya": NW okezone.py @360f625, kompas.py @3731dbd (2026).
  { pattern: /^(?:follow|ikuti|simak|gabung|join)\b.{0,120}\b(?:whatsapp|google news|telegram|instagram|tiktok|channel)\b/i, evidence: 'NW okezone.py/kompas.py 2026' },
  { pattern: /^telusuri berita\b.{0,80}\blainnya\b/i, evidence: 'NW okezone.py 2026' },
  // "Ringkasan Berita:" recap block of Tribunnews 2026 (EGI-TRIB 2026-07-24).
  { pattern: /^ringkasan berita\s*:?/i, evidence: 'EGI-TRIB 2026-07-24' },
  // "Baca juga:" written inline without its own element (EGI-TRIB, NW kompas/okezone); "BACA JUGA:" in CNN Indonesia.
  { pattern: /^baca (?:juga|selengkapnya)\b/i, evidence: 'EGI-TRIB 2026-07-24; NW kompas.py, okezone.py' },
  // Syndication notes of the Tribun network: "Artikel ini telah tayang di Tribunnews.com dengan judul ..." (assumed).
  { pattern: /^artikel ini (?:telah )?(?:tayang|terbit|dimuat)\b/i, evidence: 'assumed (Tribun network convention)' },
  // CNN Indonesia embed markers "[Gambas:Video CNN]" (assumed).
  { pattern: /^\[gambas:[^\]]*\]$/i, evidence: 'assumed (CNN Indonesia convention)' },
  // Embedded tweet leftovers when the blockquote lost its class: "— Name (@handle) November 11, 2021", "pic.twitter.com/x".
  { pattern: /^[—–-]\s*.{1,80}\(@\w{1,30}\)\s+\p{L}+\s+\d{1,2},\s+\d{4}$/u, evidence: 'twitter embed markup (publish.twitter.com)' },
  { pattern: /^(?:pic\.twitter\.com|https?:\/\/t\.co)\/\S+$/i, evidence: 'twitter embed markup (publish.twitter.com)' },
  // Pagination and "show all" lines inside bodies: "Halaman selanjutnya", "Tampilkan semua", "Halaman 1/2".
  { pattern: /^(?:halaman (?:selanjutnya|berikutnya|sebelumnya)|selanjutnya|sebelumnya|tampilkan semua|lihat semua halaman|halaman\s*\d+\s*(?:\/|dari)\s*\d+|show all)\W*$/i, evidence: 'EGI-TRIB 2026-07-24 (span.total-page "Halaman 1/2")' },
  // Image credits on their own line: "(Foto: ...)", "Sumber foto: ...", "Dok. Humas ..." (short lines only, see MAX_CREDIT_CHARS).
  { pattern: /^\(?(?:sumber\s+)?(?:(?:foto|photo|ilustrasi|dokumentasi|gambar)\s*:|dok\.)\s*[^.!?]{0,80}\)?$/i, evidence: 'assumed (caption credits of Indonesian portals)' },
];

/** A credit or marker line is short; longer lines are story text even when they start like one. */
export const MAX_NOISE_LINE_CHARS = 200;

/**
 * Paragraphs without the lines NOISE_LINES matches (only lines up to MAX_NOISE_LINE_CHARS are judged).
 * @example dropNoiseLines(['Baca juga: X', 'Teks.']) // ['Teks.']
 */
export function dropNoiseLines(paragraphs: readonly string[]): string[] {
  return paragraphs.filter((p) => p.length > MAX_NOISE_LINE_CHARS || !NOISE_LINES.some((n) => n.pattern.test(p)));
}
