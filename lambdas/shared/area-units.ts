/**
 * @module shared/area-units
 * The words for the administrative units below a regency that a place's name may be written with ("Kecamatan
 * Balikpapan Utara", "Desa Sumber Sari"), and the location kind each gives. The entity finders read places by them
 * and file "Kecamatan X" and "X" as one place; the store drops them from location keys for the same reason. Both
 * read this one list, so the two cannot drift apart.
 */

/** Each unit word as written at the start of a name, and the location kind it gives. */
export const AREA_UNIT_KIND: Readonly<Record<string, 'district' | 'village'>> = {
  Kecamatan: 'district',
  Distrik: 'district',
  Kelurahan: 'village',
  Desa: 'village',
  Dusun: 'village',
  Nagari: 'village',
  // A nagari's parts in Sumatera Barat: a Jorong (in most regencies) or a Korong (Padang Pariaman), places people live in.
  Jorong: 'village',
  Korong: 'village',
  Gampong: 'village',
  // Yogyakarta's own names (Perdais 1/2018): a Kapanewon (a kecamatan, headed by a Panewu) and a Kalurahan (a desa).
  Kapanewon: 'district',
  Kalurahan: 'village',
  // The village of Berau, Kutai Timur, Kutai Barat and Mahakam Ulu ("Kampung Tanjung Batu", headed by a Kepala Kampung).
  Kampung: 'village',
  // Simalungun's village, headed by a Pangulu ("Nagori Haranggaol").
  Nagori: 'village',
  // Lampung's villages: a Tiyuh in Tulang Bawang Barat ("Tiyuh Mulya Kencana"), a Pekon in Tanggamus and Pesisir Barat.
  Tiyuh: 'village',
  Pekon: 'village',
  // Rokan Hilir's village, headed by a Datuk Penghulu ("Kepenghuluan Teluk Nilap").
  Kepenghuluan: 'village',
  // The Kei islands' village (Maluku Tenggara, Tual: "Ohoi Rumadian", headed by a Kepala Ohoi).
  Ohoi: 'village',
};

/** The unit words, in the order above. */
export const AREA_UNIT_WORDS: readonly string[] = Object.keys(AREA_UNIT_KIND);

/** A unit word opening a name, and the spaces after it ("Desa ", "Kelurahan "). */
export const AREA_UNIT_LEAD = new RegExp(`^(?:${AREA_UNIT_WORDS.join('|')})[ \\t]+`);
