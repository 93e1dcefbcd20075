/**
 * @module entities/types
 * Internal types of the entities stage (the public shapes live in ../shared/types.ts).
 */

/** A province, regency or city from data/regions.json. */
export interface RegionEntry {
  code: string;
  kind: 'province' | 'regency' | 'city';
  name: string;
  province: string | null;
}

/** A national ministry, agency, state company, party or university from data/agencies.json. */
export interface AgencyEntry {
  name: string;
  acronym: string | null;
  aliases: string[];
  government: boolean;
  kind: string;
  /** A ministry with an office in every region, named by the region alone: "Kemenag Samarinda", "Kemenkumham Kaltim". */
  offices?: boolean;
  /** A minister's titles that no short form spells ("Menteri Sekretaris Negara", "Mensesneg"). */
  ministerTitles?: string[];
}

/** An official or professional title from data/titles.json. `org` says how the person's organization follows. */
export interface TitleEntry {
  title: string;
  kind: string;
  official: boolean | 'org';
  org: string | null;
  variants: string[];
  /** The area a village or district head heads ("Camat" -> "Kecamatan"): its name follows the title. */
  area?: string;
  /** A head of a unit inside a body ("Kepala Seksi", "Kabid"): written without the body, they serve the body of the
   * government official the story named before them. */
  unit?: boolean;
  /** The one body the title's holder serves whatever follows it ("Katibul Wali Nanggroe" -> Lembaga Wali Nanggroe). */
  body?: string;
}

/** A regional government unit abbreviation ("Disdik" -> "Dinas Pendidikan") from data/regional-units.json. */
export interface RegionalUnitEntry {
  abbr: string;
  name: string;
  /** False for a regional company ("PDAM"); a unit of the regional government otherwise. */
  government?: boolean;
  /** The name the unit goes by once its region is known: "Setdaprov Kaltim" is the "Sekretariat Daerah" of Kaltim. */
  withRegion?: string;
  /** A unit only provinces have (energy and mines, forestry: UU 23/2014): written alone, it is the home province's. */
  province?: boolean;
  /** Other names news gives the unit ("Kantor SAR" for the Kantor Pencarian dan Pertolongan). */
  aliases?: string[];
  /** The unit's official name writes its seat after "di" ("Balai Besar POM di Samarinda", "Loka POM di Kabupaten Kutai Timur"). */
  seatAfterDi?: boolean;
}

/** A KBLI section (or UMKM / PARIWISATA) with weighted keywords from data/sectors.json. */
export interface SectorEntry {
  code: string;
  label: string;
  keywords: { k: string; w: number }[];
}

/** A half-open character range into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** A region found in the text. */
export interface RegionHit extends Span {
  region: RegionEntry;
}

/** An organization mention before entities are merged. */
export interface OrgHit extends Span {
  /** Canonical name without region ("Dinas Pendidikan", "Pemerintah Kota"). */
  base: string;
  acronym: string | null;
  aliases: string[];
  government: boolean;
  region: RegionEntry | null;
  /** Whether the unit is regional, so a missing region may be filled from context. */
  regional: boolean;
  /** Set when the mention names the unit only by an acronym ("Dinas KUMKMP"). */
  acronymOnly: string | null;
  /** Set when the text spells the acronym out in parentheses after the name ("Dinas Ketahanan Pangan (DKP)"). */
  spelled?: boolean;
  /** Set on a regional office or branch of a national body ("Kanwil Kemenkumham", "BPJS Kesehatan Cabang"). */
  office?: boolean;
  /** Set on a body written after "Kantor Wilayah" or "Kanwil": named with its region, it is that regional office. */
  regionalOffice?: true;
  /** Set on a unit whose name ends with its seat, the region kept in the name ("Kejari Jakarta Pusat", "Polres Bontang"). */
  seated?: boolean;
  /** Set on the house read inside a commission's name ("DPRD Kaltim" of "Komisi III DPRD Kaltim"): titles point at the commission. */
  houseOfCommission?: true;
  priority: number;
}

/** A person mention before entities are merged. */
export interface PersonHit extends Span {
  name: string;
  title: string | null;
  titleEntry: TitleEntry | null;
  region: RegionEntry | null;
  /** Organization hit found inside the title, if any. */
  org: OrgHit | null;
  rank: string | null;
  /** Set on the name written after "alias" ("Zulkarnaini alias Glok"): a further name of the person. */
  alias?: true;
  /** Set when the title's region was filled from the story's home region ("Bupati Yakub" in a Bulungan story). */
  homeRegionTitle?: true;
  /** Where the title is written, when a rule read one: its words are no one's name ("CTO Warungin"). */
  titleSpan?: Span;
  /** Set on a later mention by one part of a name the text gave in full ("Koster" after "I Wayan Koster"). */
  shortForm?: true;
  /** The kecamatan or desa the person's title heads, named in the title ("Camat Sungai Pinang"). */
  area?: Span & { kind: 'district' | 'village'; unit: string };
  /** Set when the title is a former one ("mantan Kepala Dinas X", "eks Bupati"): no office held now. */
  former?: true;
  /** Set when the title is a post the holder is appointed to ("X dilantik sebagai Kepala Dinas"): the one held now. */
  appointed?: true;
}
