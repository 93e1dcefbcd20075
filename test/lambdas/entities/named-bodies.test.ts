import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lambdas/entities/index.js';
import { cutNameRun, findNamedBodies } from '../../../lambdas/entities/named-bodies.js';

const namesOf = (text: string): string[] => findNamedBodies(text).map((b) => b.name);

describe('findNamedBodies', () => {
  it('should find hospitals and faculties joined by a hyphen as two bodies', () => {
    const text = 'Staf Fakultas Kedokteran Universitas Indonesia-Rumah Sakit Cipto Mangunkusumo dr Wisman mengungkap.';
    const bodies = findNamedBodies(text);
    expect(bodies.map((b) => b.name)).toEqual(['Fakultas Kedokteran Universitas Indonesia', 'Rumah Sakit Cipto Mangunkusumo']);
    for (const b of bodies) expect(text.slice(b.start, b.end)).toBe(b.name);
    expect(bodies[1]!.government).toBe(true);
  });

  it('should read "Pemerintah kota X" of a place outside the region list', () => {
    const text = 'Pemerintah kota Cekmekoy, Istanbul, meresmikan kontes.';
    const [body] = findNamedBodies(text);
    expect(body).toMatchObject({ name: 'Pemerintah Kota Cekmekoy', government: true });
    expect(text.slice(body!.start, body!.end)).toBe('Pemerintah kota Cekmekoy');
  });

  it('should read no foreign town\'s government inside another body\'s name ("Asosiasi Pemerintah Kota Seluruh Indonesia")', () => {
    expect(namesOf('Ketua Asosiasi Pemerintah Kota Seluruh Indonesia hadir.')).not.toContain('Pemerintah Kota Seluruh Indonesia');
    const result = extractEntities('Ketua Asosiasi Pemerintah Kota Seluruh Indonesia Eri Cahyadi hadir.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Eri Cahyadi', 'Asosiasi Pemerintah Kota Seluruh Indonesia']]);
  });

  it('should not read a known region after "Pemerintah Kota" as a foreign town', () => {
    expect(namesOf('Pemerintah Kota Balikpapan mendorong UMKM.')).toEqual([]);
  });

  it('should find associations, committees, "Kepresidenan X", "UMKM X" and English ministries', () => {
    const text =
      'Panglima Komite Peralihan Aceh (KPA) hadir. Sponsor dari Kepresidenan Turki. Antara Dapur Pro dan UMKM Maju Stamp. ' +
      'The Ministry of Social Affairs knew. Ketua Asosiasi Logistik Indonesia Budi Santoso berkata.';
    expect(namesOf(text)).toEqual(
      expect.arrayContaining(['Komite Peralihan Aceh', 'Kepresidenan Turki', 'UMKM Maju Stamp', 'Ministry of Social Affairs', 'Asosiasi Logistik Indonesia']),
    );
  });

  it('should not take a region after UMKM as a business name', () => {
    expect(namesOf('Pelaku UMKM Balikpapan diajak hadir.')).toEqual([]);
  });
});

describe('findNamedBodies after a country name', () => {
  it('should not read the last word of a country ("Amerika Serikat") as the head of a body', () => {
    const result = extractEntities('Mantan Presiden Amerika Serikat Donald Trump bertemu Serikat Pekerja Pertamina .');
    expect(result.organizations.map((o) => o.name)).toEqual(['Serikat Pekerja Pertamina']);
    expect(result.people.map((p) => p.name)).toEqual(['Donald Trump']);
  });
});

describe('findNamedBodies of village and civic groups', () => {
  it('should find farmer groups, youth groups and village enterprises, and no city hall', () => {
    const text = 'Kelompok Tani Maju Jaya dan Karang Taruna Tunas Muda bertemu di Balai Kota Balikpapan bersama Forum Komunikasi Umat Beragama.';
    const names = findNamedBodies(text).map((b) => b.name);
    expect(names).toEqual(expect.arrayContaining(['Kelompok Tani Maju Jaya', 'Karang Taruna Tunas Muda', 'Forum Komunikasi Umat Beragama']));
    expect(names.some((n) => n.includes('Balai'))).toBe(false);
  });

  it('should read farmer and fishermen groups named with everyday words, and their chairs', () => {
    expect(namesOf('Bantuan diserahkan kepada Kelompok Tani Sumber Rejeki di Desa Bukit Raya.')).toEqual(['Kelompok Tani Sumber Rejeki']);
    const result = extractEntities('Ketua Kelompok Nelayan Bontang Kuala, Rudiansyah, mengaku hasil tangkapan turun.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Rudiansyah', 'Kelompok Nelayan Bontang Kuala']]);
  });
});

describe('government offices named by their seat', () => {
  it('should name a land office by its region, however the region is written', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);
    expect(names('Kepala Kantor Pertanahan PPU Ahmad Aspar Rahim hadir.')).toEqual(['Kantor Pertanahan Penajam Paser Utara']);
    expect(names('Kantor Pertanahan Kabupaten Penajam Paser Utara mengukur lahan.')).toEqual(['Kantor Pertanahan Penajam Paser Utara']);
    expect(names('Kantor Pertanahan Kota Samarinda dan Kantor Pertanahan Samarinda')).toEqual(['Kantor Pertanahan Samarinda']);
    // The class is no part of the name: "Kantor Imigrasi Kelas I Samarinda" is the Samarinda immigration office.
    expect(names('Kantor Imigrasi Kelas I Samarinda mendeportasi dua WNA.')).toEqual(['Kantor Imigrasi Samarinda']);
    // A name that goes on past the region is the office's own name.
    expect(names('KPP Pratama Samarinda Ulu menagih pajak.')).toEqual(['KPP Pratama Samarinda Ulu']);
  });
});

describe('findNamedBodies with "dan" inside the name', () => {
  it('should keep a field joined by "dan" where the name goes on to "Indonesia" or to its short form', () => {
    expect(namesOf('Ketua Asosiasi Logistik dan Forwarder Indonesia (ALFI) Kaltim hadir.')).toContain('Asosiasi Logistik dan Forwarder Indonesia');
    const result = extractEntities('Ketua Asosiasi Perhotelan dan Restoran Indonesia (PHRI) Kukar Teguh Budi berharap festival diperpanjang.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Teguh Budi', 'Asosiasi Perhotelan dan Restoran Indonesia Kutai Kartanegara'],
    ]);
  });

  it('should end the name before "dan" that joins it to another body', () => {
    expect(namesOf('Asosiasi Logistik Indonesia dan Kadin Kaltim menolak.')).toEqual(['Asosiasi Logistik Indonesia']);
    expect(namesOf('Fakultas Teknik dan Fakultas Pertanian dibuka.')).toEqual(['Fakultas Teknik', 'Fakultas Pertanian']);
  });

  it('should keep a faculty\'s second field up to its university, and no title after "dan"', () => {
    expect(namesOf('Mahasiswi Fakultas Perikanan dan Ilmu Kelautan UHO itu lulus.')).toContain('Fakultas Perikanan dan Ilmu Kelautan');
    const result = extractEntities('Nur Faizah, mahasiswi Fakultas Ilmu Tarbiyah dan Keguruan UIN Syarif Hidayatullah Jakarta, bersyukur.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Fakultas Ilmu Tarbiyah dan Keguruan', 'UIN Syarif Hidayatullah Jakarta']);
    expect(result.people.map((p) => p.name)).toEqual(['Nur Faizah']);
    expect(namesOf('Fakultas Teknik dan Rektor Unhas hadir.')).toEqual(['Fakultas Teknik']);
  });

  it('should keep a hero\'s name after "Universitas" inside a faculty\'s name, no person (s29a-09)', () => {
    const result = extractEntities('Peneliti Fakultas Pertanian Universitas Sam Ratulangi, Prof. Dr. Ir. Jeanette Pangemanan, M.Sc, menyebut harga kopra turun.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Fakultas Pertanian Universitas Sam Ratulangi']);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Jeanette Pangemanan', 'Fakultas Pertanian Universitas Sam Ratulangi']]);
  });
});

describe('extractEntities with foreign place heads and boarding schools', () => {
  it('should read "Prefektur X" as a place and "Ponpes X" as an organization', () => {
    const result = extractEntities('Ia pindah ke Prefektur Fukushima lalu mengajar di Ponpes Darul Ulum Sendung.');
    expect(result.locations.map((l) => l.name)).toContain('Prefektur Fukushima');
    expect(result.organizations.map((o) => o.name)).toContain('Ponpes Darul Ulum Sendung');
    expect(result.people).toEqual([]);
  });
});

describe('extractEntities on companies and initials', () => {
  it('should keep a company name whole when the acronym after it spells it ("PT Kaltim Prima Coal (KPC)")', () => {
    const result = extractEntities('PT Kaltim Prima Coal (KPC) menyalurkan bantuan. KPC juga membangun jalan.');
    expect(result.organizations).toMatchObject([{ name: 'PT Kaltim Prima Coal', acronym: 'KPC' }]);
  });

  it('should not read a suspect\'s initials as a country', () => {
    const result = extractEntities('Polisi menangkap tersangka berinisial AS (34) di Samarinda. Presiden AS Joe Biden berkunjung.');
    expect(result.locations.map((l) => l.name).sort()).toEqual(['Amerika Serikat', 'Samarinda']);
    const usa = result.locations.find((l) => l.name === 'Amerika Serikat')!;
    expect(usa.mentions.map((m) => m.start)).toEqual([69]);
  });
});

describe('findNamedBodies after a word for their kind', () => {
  it('should name the body after "grup musik", "klub" and "perusahaan", without the cue word', () => {
    const text = 'Ia menyanyikan lagu grup musik Pink Floyd, lalu membela klub Persib Bandung dan bekerja di perusahaan Caltex.';
    const names = findNamedBodies(text).map((b) => b.name);
    expect(names).toEqual(expect.arrayContaining(['Pink Floyd', 'Persib Bandung', 'Caltex']));
    expect(names.some((n) => /grup|klub|perusahaan/.test(n))).toBe(false);
  });

  it('should name a group and a paper after "grup", "majalah", "harian" and "kantor berita"', () => {
    const text = 'Ia tampil bersama grup Noah, diwawancarai majalah Gatra dan harian Kompas, lalu kantor berita Reuters.';
    expect(findNamedBodies(text).map((b) => b.name)).toEqual(['Noah', 'Gatra', 'Kompas', 'Reuters']);
  });

  it('should name a group of people after its members ("Aliansi Mahasiswa", "Koalisi Masyarakat Sipil")', () => {
    const text = 'Aliansi Mahasiswa Samarinda Bersatu berdemo. Koalisi Masyarakat Sipil Kaltim menolak revisi itu. Forum Warga Sempaja rapat.';
    expect(findNamedBodies(text).map((b) => b.name)).toEqual([
      'Aliansi Mahasiswa Samarinda Bersatu',
      'Koalisi Masyarakat Sipil Kaltim',
      'Forum Warga Sempaja',
    ]);
  });

  it('should not take a country, a region or a common abbreviation after the cue for a name', () => {
    const text = 'Dua klub Inggris, perusahaan Jepang, band Indonesia, perusahaan BUMN dan klub Balikpapan bertanding.';
    expect(findNamedBodies(text)).toEqual([]);
  });
});

describe('cutNameRun', () => {
  it('should stop before a place head and before a listed two-word name', () => {
    expect(cutNameRun('Angkasa I Bandara Internasional Lombok', false)).toBe('Angkasa I');
    expect(cutNameRun('Evoluzione Alessandro Monzani', false)).toBe('Evoluzione');
  });
});

describe('extractEntities with named bodies and places', () => {
  it('should keep the town of a foreign local government as a place and split chained admin units', () => {
    const text =
      'Pemerintah kota Cekmekoy meresmikan kontes. Pria asal Desa Seuneubok Aceh Kecamatan Paya Bakong, Aceh Utara itu ditangkap.';
    const result = extractEntities(text);
    const places = result.locations.map((l) => l.name);
    expect(places).toEqual(expect.arrayContaining(['Cekmekoy', 'Desa Seuneubok Aceh', 'Kecamatan Paya Bakong']));
    expect(result.organizations.map((o) => o.name)).toContain('Pemerintah Kota Cekmekoy');
  });

  it('should read an acronym bound to a place as that place, not an organization', () => {
    const text = 'Humas Bandara Internasional Lombok (BIL), Eka Asmadi, menyebut penerbangan di BIL dibatalkan.';
    expect(extractEntities(text).organizations.map((o) => o.name)).not.toContain('BIL');
  });

  it('should not report nationality adjectives as places and should find tail-word venues', () => {
    const text = 'The peatland areas are not just an Indonesian problem. Mereka tampil di gedung Staples Center di Los Angeles.';
    const places = extractEntities(text).locations.map((l) => l.name);
    expect(places).not.toContain('Indonesian');
    expect(places).toContain('Staples Center');
  });
});

describe('groups whose name ends in "Bersama"', () => {
  it('should keep "Bersama" ending a cooperative\'s or farmers\' group\'s name', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);
    expect(names('Ketua Koperasi Produsen Sawit Maju Bersama, Sugiyanto, hadir.')).toEqual(['Koperasi Produsen Sawit Maju Bersama']);
    expect(names('Ketua Kelompok Tani Maju Bersama, Sugiyanto, hadir.')).toEqual(['Kelompok Tani Maju Bersama']);
  });
});

describe('sultanates and palaces', () => {
  it('should read "Kesultanan X" and "Keraton X" as bodies, and no person at the end of the sultanate\'s name', () => {
    const result = extractEntities('Kesultanan Kutai Kartanegara Ing Martadipura mengutus Aji Pangeran Harya Kusumanegara. Keraton Yogyakarta juga hadir.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Kesultanan Kutai Kartanegara Ing Martadipura', 'Keraton Yogyakarta']);
    expect(result.people.map((p) => p.name)).toEqual(['Aji Pangeran Harya Kusumanegara']);
  });
});

describe('a water utility named with "Tirta"', () => {
  it('should keep "Tirta" and the name after it in the body\'s name, the official before it titled', () => {
    const result = extractEntities('Ir. Frans Lasi Kolo, M.T., Direktur Perumda Air Minum Tirta Lontar, mengatakan debit turun.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Perumda Air Minum Tirta Lontar']);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([['Frans Lasi Kolo', ['Direktur Perumda Air Minum Tirta Lontar']]]);
  });
});

describe('a body written in full with its kind\'s short form before its name', () => {
  it('should read "Rumah Sakit Umum Daerah (RSUD) X" as the hospital RSUD X, no person X', () => {
    const aws = extractEntities('Pasien dirujuk ke Rumah Sakit Umum Daerah (RSUD) Abdul Wahab Sjahranie Samarinda kemarin.');
    expect(aws.organizations.map((o) => o.name)).toEqual(['RSUD Abdul Wahab Sjahranie Samarinda']);
    expect(aws.people).toEqual([]);
    const pirngadi = extractEntities('Pasien juga dirawat di Rumah Sakit Umum Daerah (RSUD) dr. Pirngadi Medan.');
    expect(pirngadi.organizations.map((o) => o.name)).toEqual(['RSUD dr. Pirngadi Medan']);
    expect(pirngadi.people).toEqual([]);
  });
});

describe('regional offices, state companies and cooperatives of coastal news', () => {
  it('should read Basarnas\'s regional office by its Indonesian name, its short form in parentheses bound to it', () => {
    const result = extractEntities(
      'Evakuasi dibantu tim Kantor Pencarian dan Pertolongan (Basarnas) Banjarmasin. Kepala Kantor Pencarian dan Pertolongan Banjarmasin I Putu Gede Arsana mengatakan tim siaga.',
    );
    expect(result.organizations.map((o) => o.name)).toEqual(['Kantor Pencarian dan Pertolongan Banjarmasin']);
    expect(result.people.map((p) => p.organization)).toEqual(['Kantor Pencarian dan Pertolongan Banjarmasin']);
  });

  it('should read "(Perindo)" after Perum Perikanan Indonesia, and "Perum Perindo Ambon", as the fishery company, not the party', () => {
    const result = extractEntities(
      'Pelabuhan dioperasikan bersama Perum Perikanan Indonesia (Perindo). Kepala Cabang Perum Perindo Ambon Ricky Matitaputty mengatakan itu.',
    );
    expect(result.organizations.map((o) => o.name)).toEqual(['Perum Perikanan Indonesia', 'Perum Perikanan Indonesia Ambon']);
  });

  it('should read a cooperative named after its members ("Koperasi Nelayan Samudera Bersatu"), no person in it', () => {
    const result = extractEntities('Ketua Koperasi Nelayan Samudera Bersatu, Yance Sahetapy, mengatakan itu.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Koperasi Nelayan Samudera Bersatu']);
    expect(result.people.map((p) => p.name)).toEqual(['Yance Sahetapy']);
  });
});

describe('a regional unit written with its own short form before its class and seat', () => {
  it('should read "Kantor Kesehatan Pelabuhan (KKP) Kelas I Balikpapan" as the port health office, not the fisheries ministry', () => {
    const result = extractEntities('Dokter dari Kantor Kesehatan Pelabuhan (KKP) Kelas I Balikpapan, dr. Christina Wulandari Sinaga, mengatakan pemeriksaan dilakukan.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Kantor Kesehatan Pelabuhan Balikpapan']);
    expect(result.people.map((p) => p.organization)).toEqual(['Kantor Kesehatan Pelabuhan Balikpapan']);
  });
});

describe('a border post named with its head', () => {
  it('should read "Pos Lintas Batas Negara (PLBN) Terpadu Entikong" and "PLBN Motaain" as government bodies, and their administrator as an official', () => {
    const text =
      'Nilai ekspor melalui Pos Lintas Batas Negara (PLBN) Terpadu Entikong, Kabupaten Sanggau, naik. Administrator PLBN Entikong, Wilhelmus Jumadi Ansek, menjelaskan gudang transit.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Wilhelmus Jumadi Ansek', 'PLBN Entikong', true]]);
    expect(result.organizations.every((o) => o.government)).toBe(true);
    expect(extractEntities('Arus barang di PLBN Motaain naik.').organizations.map((o) => o.name)).toEqual(['PLBN Motaain']);
  });
});

describe('a customs office with its type and seat', () => {
  it('should read "KPPBC Tipe Madya Pabean B Bandar Lampung" as the customs office of its seat, with its head, whether named before or after the title', () => {
    const after = extractEntities('Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai Tipe Madya Pabean B Bandar Lampung Eko Prasetyo Wibowo menjelaskan ekspor naik.');
    expect(after.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Eko Prasetyo Wibowo', 'Kantor Pengawasan dan Pelayanan Bea dan Cukai Bandar Lampung', true]]);
    const before = extractEntities('Arif Budiman Tarigan, Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean C Entikong, mengatakan barang diperiksa.');
    expect(before.people.map((p) => [p.titles, p.organization])).toEqual([
      [['Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean C Entikong'], 'Kantor Pengawasan dan Pelayanan Bea dan Cukai Entikong'],
    ]);
  });
});

describe('an agency\'s acronym the text spells as something else', () => {
  it('should read "Pajak Bumi dan Bangunan (PBB)" as the tax: no United Nations there, which stays where spelled as such', () => {
    const tax = extractEntities('Bapenda mencatat tunggakan Pajak Bumi dan Bangunan (PBB) mencapai Rp 12 miliar. Warga diminta melunasi PBB sebelum jatuh tempo.');
    expect(tax.organizations.map((o) => o.name)).not.toContain('Perserikatan Bangsa-Bangsa');
    expect(tax.sectors.map((s) => s.code)).not.toContain('U');
    const un = extractEntities('Perserikatan Bangsa-Bangsa (PBB) menyerukan gencatan senjata. Sekjen PBB hadir di Jenewa.');
    expect(un.organizations.map((o) => o.name)).toContain('Perserikatan Bangsa-Bangsa');
  });
});

describe('a national body\'s regional namesake', () => {
  it('should not give "DPR Papua" the republic\'s alias "DPR RI"', () => {
    const result = extractEntities('Pemerintah Provinsi Papua dan Dewan Perwakilan Rakyat Papua (DPR Papua) menyepakati Raperda APBD Perubahan.');
    const house = result.organizations.find((o) => o.name === 'Dewan Perwakilan Rakyat Papua');
    expect(house?.aliases).toContain('DPR Papua');
    expect(house?.aliases).not.toContain('DPR RI');
  });
});

describe('a water utility named "Tirta" and a word that is also a place\'s head', () => {
  it('should keep "Perumda Air Minum Tirta Taman" whole before its director\'s name', () => {
    const result = extractEntities('Plt Direktur Utama Perumda Air Minum Tirta Taman Dedy Kurniawan Syam mengakui ada gangguan.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Perumda Air Minum Tirta Taman']);
  });
});

describe('a listed company\'s stock code', () => {
  it('should bind "(IDX: ADRO)" to the company, so "saham ADRO" later is Adaro, no body "ADRO"', () => {
    const result = extractEntities('PT Adaro Energy Indonesia Tbk (IDX: ADRO) mencatat laba turun. Saham ADRO melemah 2 persen di Bursa Efek Indonesia.');
    expect(result.organizations.map((o) => [o.name, o.mentions.length])).toEqual([
      ['PT Adaro Energy Indonesia Tbk', 3],
      ['PT Bursa Efek Indonesia', 1],
    ]);
  });
});

describe('a bare PDAM in a story that names the town\'s water utility', () => {
  it('should be that utility, not a second body "Perusahaan Daerah Air Minum"', () => {
    const result = extractEntities('BONTANG - Warga mengeluh air PDAM mati tiga hari. Plt Direktur Utama Perumda Air Minum Tirta Taman Dedy Kurniawan Syam mengakui ada gangguan.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Perumda Air Minum Tirta Taman']);
  });
});

describe('a kind of body spelled, its short form, then its own name', () => {
  it('should read the name after a short form of syllables or initials ("BUMDes", "Gapoktan", "LBH", "BBWS") as the body\'s own', () => {
    const text =
      'Kuasa hukum dari Lembaga Bantuan Hukum (LBH) Borneo Adil, Fransiskus Bata, hadir. Ketua Gabungan Kelompok Tani (Gapoktan) Tani Makmur, ' +
      'Slamet Riyadi, menerima bantuan. Dana diserahkan ke Badan Usaha Milik Desa (BUMDes) Singa Gembara Mandiri. ' +
      'Balai Besar Wilayah Sungai (BBWS) Pompengan Jeneberang memperbaiki tanggul di Bone. BBWS juga memeriksa bendungan.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Lembaga Bantuan Hukum Borneo Adil', false],
      ['Gabungan Kelompok Tani Tani Makmur', false],
      ['BUMDes Singa Gembara Mandiri', false],
      ['Balai Besar Wilayah Sungai Pompengan Jeneberang', true],
    ]);
    expect(result.people.map((p) => p.organization)).toEqual(['Lembaga Bantuan Hukum Borneo Adil', 'Gabungan Kelompok Tani Tani Makmur']);
  });

  it('should read a short form made of pieces inside the words ("Pokdarwis" of "Kelompok Sadar Wisata"), a BUMK and a Balai Bahasa', () => {
    const text =
      'Kelompok Sadar Wisata (Pokdarwis) Labuan Cermin membersihkan pantai. Ketua Pokdarwis Labuan Cermin, Hasbullah Daeng Nai, mengatakan itu. ' +
      'Wisata dikelola Badan Usaha Milik Kampung (BUMK) Biduk-Biduk Sejahtera. Balai Bahasa Provinsi Kalimantan Timur menyumbang buku.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Kelompok Sadar Wisata Labuan Cermin', false],
      ['BUMK Biduk-Biduk Sejahtera', false],
      ['Balai Bahasa Kalimantan Timur', true],
    ]);
    expect(result.people.map((p) => p.organization)).toEqual(['Kelompok Sadar Wisata Labuan Cermin']);
  });
});

describe('bodies a humas release names in full (session 18 held-out stories)', () => {
  it('should read KAN, DPMN, GMIM, a Perwakilan BKKBN, TP PKK and PTPN IV with their heads, and no degree "STh" as a person', () => {
    const text =
      'Ketua Kerapatan Adat Nagari (KAN) Koto Gadang, Yulizar Dt. Bandaro Kayo, hadir. ' +
      'Kepala Dinas Pemberdayaan Masyarakat dan Nagari (DPMN) Agam, Hendra Gusnadi, mengatakan itu. ' +
      'Ketua Majelis Wilayah Gereja Masehi Injili di Minahasa (GMIM) Sawangan, Pdt. Meiske Sondakh, STh., berdoa. ' +
      'Ia didampingi Kepala Perwakilan BKKBN Provinsi Banten, Rusman Efendi. ' +
      'Ketua Tim Penggerak Pemberdayaan Kesejahteraan Keluarga (TP PKK) Kabupaten Pandeglang, Nia Kurniasih, hadir. ' +
      'Konflik lahan dengan PTPN IV Regional III belum selesai.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Yulizar Dt. Bandaro Kayo', 'Kerapatan Adat Nagari Koto Gadang'],
      ['Hendra Gusnadi', 'Dinas Pemberdayaan Masyarakat dan Nagari Agam'],
      ['Meiske Sondakh', 'Gereja Masehi Injili di Minahasa'],
      ['Rusman Efendi', 'Badan Kependudukan dan Keluarga Berencana Nasional Banten'],
      ['Nia Kurniasih', 'Tim Penggerak Pemberdayaan Kesejahteraan Keluarga Pandeglang'],
    ]);
    expect(result.organizations.map((o) => o.name)).toContain('PT Perkebunan Nusantara IV');
  });

  it('should read a village hall ("Balai Desa Pagat") as a building, no body, and keep the village a place', () => {
    const result = extractEntities('Dinsos HST membuka dapur umum di Balai Desa Pagat untuk pengungsi.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Dinas Sosial Hulu Sungai Tengah']);
    expect(result.locations.map((l) => l.name)).toContain('Desa Pagat');
  });

  it('should read no paper in a currency after "harian" ("retribusi harian Rp 3.000")', () => {
    expect(extractEntities('Pedagang membayar retribusi harian Rp 3.000 hingga Rp 5.000 lewat QRIS.').organizations).toEqual([]);
  });

  it('should keep a Posyandu\'s number in its name ("Posyandu Melati 3"), not a count after it', () => {
    expect(extractEntities('Kader Posyandu Melati 3, Euis Jubaedah, mengatakan balita ditimbang.').organizations.map((o) => o.name)).toEqual(['Posyandu Melati 3']);
    expect(extractEntities('Posyandu Melati 3 kali sebulan buka.').organizations.map((o) => o.name)).toEqual(['Posyandu Melati']);
  });
});

describe('a provincial office\'s branch named by its town', () => {
  it('should read "Cabang Dinas Pendidikan Wilayah Surabaya" as the branch, as a numbered one is', () => {
    const result = extractEntities('Kepala Cabang Dinas Pendidikan Wilayah Surabaya, Dra. Endang Sulistyowati, M.Pd., mengatakan pendaftaran dibuka.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Endang Sulistyowati', 'Cabang Dinas Pendidikan Wilayah Surabaya']]);
  });

  it('should read a numbered branch with its short form and its province as the branch, no Dinas of the province, and its short form after as it', () => {
    const result = extractEntities(
      'Orang tua mendatangi kantor Cabang Dinas Pendidikan dan Kebudayaan (Cabdisdikbud) Wilayah III Kalimantan Timur di Bontang. ' +
        'Kepala Cabdisdikbud Wilayah III, Drs. Hasan Basri, menjelaskan. Di Solo, Kepala Cabang Dinas Pendidikan Wilayah VII Jawa Tengah, Untung Prasetyo, hadir.',
    );
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Hasan Basri', 'Cabang Dinas Pendidikan dan Kebudayaan Wilayah III Kalimantan Timur'],
      ['Untung Prasetyo', 'Cabang Dinas Pendidikan Wilayah VII Jawa Tengah'],
    ]);
    expect(result.organizations.map((o) => [o.name, o.acronym, o.government])).toEqual([
      ['Cabang Dinas Pendidikan dan Kebudayaan Wilayah III Kalimantan Timur', 'Cabdisdikbud', true],
      ['Cabang Dinas Pendidikan Wilayah VII Jawa Tengah', null, true],
    ]);
  });
});

describe('campaigns named as movements', () => {
  it('should read a "Gerakan" launched or multiplied as a campaign, no body, and keep a movement\'s body', () => {
    const text = 'Bupati mencanangkan Gerakan Petik Merah di Pekon Tribudisyukur. DKP diminta memperbanyak Gerakan Pangan Murah. Ketua Gerakan Pemuda Ansor hadir.';
    expect(namesOf(text)).toEqual(['Gerakan Pemuda Ansor']);
  });
});

describe('a name after a short form that names the kind of body', () => {
  it('should keep "Malamoi" in "Lembaga Masyarakat Adat (LMA) Malamoi" when the text writes "LMA Malamoi" too, and leave a listed body whole', () => {
    const adat = extractEntities('Ketua Lembaga Masyarakat Adat (LMA) Malamoi, Silas Kalami, menolak izin itu. LMA Malamoi bersama warga menggelar ritual.');
    expect(adat.organizations.map((o) => o.name)).toEqual(['Lembaga Masyarakat Adat Malamoi']);
    const kadin = extractEntities('Kamar Dagang dan Industri (Kadin) Indonesia menggelar forum. Kadin Indonesia mengundang investor.');
    expect(kadin.organizations.map((o) => o.name)).not.toContain('Kamar Dagang dan Industri Indonesia Indonesia');
  });

  it('should keep a vertical office\'s numbered area after its short form, with the town it sits in, and read a Dinas branch as the branch', () => {
    const text =
      'Balai Pelestarian Kebudayaan (BPK) Wilayah XVIII mendata situs. Balai Pemantapan Kawasan Hutan (BPKH) Wilayah I Medan ikut. ' +
      'Kepala Lembaga Layanan Pendidikan Tinggi (LLDikti) Wilayah X, Yusrizal Effendi, hadir.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual([
      'Balai Pelestarian Kebudayaan Wilayah XVIII',
      'Balai Pemantapan Kawasan Hutan Wilayah I Medan',
      'Lembaga Layanan Pendidikan Tinggi Wilayah X',
    ]);
    expect(result.people.map((p) => p.organization)).toEqual(['Lembaga Layanan Pendidikan Tinggi Wilayah X']);
    const branch = extractEntities('Plt. Kepala Cabang Dinas Pendidikan (KCD) Wilayah VII Jabar, Yayan Sopyan, hadir.').organizations.map((o) => o.name);
    expect(branch).toEqual(['Cabang Dinas Pendidikan Wilayah VII Jawa Barat']);
  });

  it('should end a company\'s name at an English possessive, and keep an apostrophe inside a word ("Jum\'at")', () => {
    const text = "The general manager of PT Angkasa Pura Indonesia's I Gusti Ngurah Rai International Airport branch said it. PT Sinar Jum'at Abadi hadir.";
    expect(extractEntities(text).organizations.map((o) => o.name)).toEqual(['PT Angkasa Pura Indonesia', "PT Sinar Jum'at Abadi"]);
  });

  it('should keep a hyphened Arabic name after the short form whole ("Koperasi Pondok Pesantren (Kopontren) Darussalam Al-Muhajirin")', () => {
    const text = 'Koperasi Pondok Pesantren (Kopontren) Darussalam Al-Muhajirin di Bangil mengekspor keripik. Kopontren Darussalam Al-Muhajirin mengirim 12 ton.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Koperasi Pondok Pesantren Darussalam Al-Muhajirin']);
    expect(result.organizations[0]!.mentions.map((m) => m.text)).toContain('Kopontren Darussalam Al-Muhajirin');
  });
});

describe('Aceh\'s zakat bodies', () => {
  it('should read a bare "Baitul Mal" as the one of the story\'s regency, and its secretariat head as its official', () => {
    const text = 'MEUREUDU - Baitul Mal Kabupaten Pidie Jaya menyalurkan zakat. Bantuan diterima Kepala Sekretariat Baitul Mal, Zulfikar Yusuf.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Baitul Mal Pidie Jaya', 2]]);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Zulfikar Yusuf', 'Baitul Mal Pidie Jaya', true]]);
  });
});

describe('a technical unit written in full', () => {
  it('should read "Unit Pelaksana Teknis Daerah (UPTD) Samsat Mamuju" as the unit its head serves, not the parent agency', () => {
    const text = 'Bapenda mengoperasikan mobil Samsat keliling. Kepala Unit Pelaksana Teknis Daerah (UPTD) Samsat Mamuju, Hasnah Lolo, menyebut layanan digelar bergiliran.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([['Hasnah Lolo', 'UPTD Samsat Mamuju', true]]);
  });
});

describe('the board of an association', () => {
  it('should read no body in "Dewan Pengurus Pusat" or "Dewan Pimpinan Wilayah" and link its chair to the association after it', () => {
    const text =
      'Ketua Umum Dewan Pengurus Pusat Real Estat Indonesia (DPP REI) Hendro Gunawan Kusnadi menilai kuota kurang. ' +
      'Ketua Dewan Pimpinan Wilayah Asosiasi Petani Kelapa Sawit Indonesia (Apkasindo) Jambi, Marulam Hutabarat, mengatakan harga turun.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Real Estat Indonesia', 'Asosiasi Petani Kelapa Sawit Indonesia Jambi']);
    expect(result.people.map((p) => p.organization)).toEqual(['Real Estat Indonesia', 'Asosiasi Petani Kelapa Sawit Indonesia Jambi']);
  });
});

describe('a body named in full before a short form of all its words', () => {
  it('should read place words inside the name when the short form spells them ("Danau Toba" of BPODT, "Gunung Rinjani" of BTNGR)', () => {
    const text =
      'SAMOSIR - Badan Pengelola Otorita Danau Toba (BPODT) menggelar festival. Balai Taman Nasional Gunung Rinjani (BTNGR) menutup jalur. ' +
      'Kepala BTNGR Lalu Muhammad Zulhaidi hadir.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.acronym])).toEqual([
      ['Badan Pengelola Otorita Danau Toba', 'BPODT'],
      ['Balai Taman Nasional Gunung Rinjani', 'BTNGR'],
    ]);
    expect(result.people.map((p) => [p.organization, p.official])).toEqual([['Balai Taman Nasional Gunung Rinjani', true]]);
  });
});

describe('a listed company written with "Tbk." and its ticker', () => {
  it('should bind the ticker after "Tbk." ("PT Mahakam Bara Sentosa Tbk. (MBSA)"), so an officer named with it is the company\'s', () => {
    const text = 'Emiten batu bara PT Mahakam Bara Sentosa Tbk. (MBSA) membagikan dividen. Corporate Secretary MBSA Ignatius Rangga Putra menyampaikan jadwal.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.acronym])).toEqual([['PT Mahakam Bara Sentosa Tbk', 'MBSA']]);
    expect(result.people.map((p) => p.organization)).toEqual(['PT Mahakam Bara Sentosa Tbk']);
  });
});

describe('health centres', () => {
  it('should read "Puskesmas X" as a government body its head links to, and no body in "Puskesmas Kecamatan"', () => {
    const result = extractEntities(
      'Kepala Puskesmas Bontang Utara I, drg. Muhammad Arifin Lubis, mengatakan pasien naik. Pasien dirujuk dari Puskesmas Oesapa. Setiap Puskesmas Kecamatan siaga.',
    );
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Puskesmas Bontang Utara I', true],
      ['Puskesmas Oesapa', true],
    ]);
    expect(result.people.map((p) => [p.organization, p.official])).toEqual([['Puskesmas Bontang Utara I', true]]);
  });
});

describe('regional enterprises spelled out', () => {
  it('should read "Perusahaan Umum Daerah (Perumda) Air Minum Lombok Timur" as the Perumda, its director\'s body', () => {
    const text = 'Direktur Utama Perusahaan Umum Daerah (Perumda) Air Minum Lombok Timur, Lalu Ahmad Fathurrahman, mengatakan pasokan air turun.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([['Perumda Air Minum Lombok Timur', false]]);
    expect(result.people.map((p) => p.organization)).toEqual(['Perumda Air Minum Lombok Timur']);
  });
});

describe('community groups named after their short form in parentheses', () => {
  it('should read "Kelompok Tani Hutan (KTH) Sumber Rezeki" whole, though its name opens with a sentence word or a place word', () => {
    const text = 'Bupati meninjau kebun Kelompok Tani Hutan (KTH) Sumber Rezeki dan Kelompok Tani Hutan (KTH) Pantai Lestari.';
    const names = findNamedBodies(text).map((h) => [h.name, h.acronym]);
    expect(names).toContainEqual(['Kelompok Tani Hutan Sumber Rezeki', 'KTH']);
    expect(names).toContainEqual(['Kelompok Tani Hutan Pantai Lestari', 'KTH']);
  });

  it('should read "Koperasi Unit Desa (KUD) Sumber Rejeki" whole and give its chair to it (s28a-06)', () => {
    const text = 'Ketua Koperasi Unit Desa (KUD) Sumber Rejeki, Kampung Jati Baru, Kecamatan Bunga Raya, Suparman, menyebut anggota sudah siap.';
    expect(findNamedBodies(text).map((h) => [h.name, h.acronym])).toContainEqual(['Koperasi Unit Desa Sumber Rejeki', 'KUD']);
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Suparman', 'Koperasi Unit Desa Sumber Rejeki']]);
  });

  it('should read a zakat body named after its type\'s short form whole, its name opening with a word of the language (s29c-05)', () => {
    const result = extractEntities('Baznas bekerja sama dengan Lembaga Amil Zakat (LAZ) Dompet Dhuafa dan sejumlah perusahaan.');
    expect(result.organizations.map((o) => o.name)).toContain('Lembaga Amil Zakat Dompet Dhuafa');
    expect(result.people).toEqual([]);
  });
});

describe('the levels and units of the scout movement', () => {
  it('should read a Kwartir by its level and a Saka by its field, and give no scout unit a person\'s quote', () => {
    const text =
      'Ketua Kwartir Cabang (Kwarcab) Gerakan Pramuka Balikpapan, Yusri Hamzah, hadir. Anggota Satuan Karya (Saka) Bhayangkara berbaris. "Kami siap membantu polisi di lapangan," kata Kapolresta Balikpapan Kombes Pol Dimas Wirawan.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Kwarcab Gerakan Pramuka Balikpapan', 'Saka Bhayangkara']));
    expect(result.people.map((p) => p.name)).not.toContain('Saka Bhayangkara');
    expect(result.people.find((p) => p.name === 'Yusri Hamzah')?.organization).toBe('Kwarcab Gerakan Pramuka Balikpapan');
  });
});

describe('customary, church and village bodies of eastern Indonesia, Bali and Aceh', () => {
  it.each([
    ['Klian Subak Tegal Sari, I Nyoman Rai (62), menyambut lega.', 'Subak Tegal Sari'],
    ['Ketua Tuha Peuet Gampong Meunasah Reuleut, Bakhtiar Hasan, menolak.', 'Tuha Peuet Gampong Meunasah Reuleut'],
    ['Keputusan diambil setelah Saniri Negeri Hatuamet menggelar rapat.', 'Saniri Negeri Hatuamet'],
    ['Kepala Pos Angkatan Laut Tanjung Luar, Letda Laut (P) Komang Ardana, hadir.', 'Pos Angkatan Laut Tanjung Luar'],
    ['Ketua Sinode GMIST, Pdt Welmi Manumpil, berdoa.', 'Gereja Masehi Injili Sangihe Talaud'],
  ])('should read the body in "%s"', (text, name) => {
    expect(extractEntities(text).organizations.map((o) => o.name)).toContain(name);
  });
});

describe('government flags of bodies named with a head word', () => {
  it('should flag a church synod\'s board as no government body, and a navy post as one', () => {
    const result = extractEntities(
      'Badan Pekerja Majelis Sinode (BPMS) Gereja Masehi Injili Sangihe Talaud (GMIST) membuka posko. Kepala Pos Angkatan Laut Tanjung Luar, Letda Laut (P) Komang Ardana, hadir.',
    );
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Badan Pekerja Majelis Sinode', false],
      ['Gereja Masehi Injili Sangihe Talaud', false],
      ['Pos Angkatan Laut Tanjung Luar', true],
    ]);
  });
});

describe('the seat of a body no list knows', () => {
  it('should give a body the region written with its kind after its name, and its bare mentions the same body', () => {
    const result = extractEntities(
      'Ketua Forum Bank Sampah Kota Yogyakarta, Sumarni Wulandari, menyebut harga turun. Majelis Latupati Kabupaten Maluku Tengah menggelar rapat. Ketua Majelis Latupati, Johan Tuhumury, hadir.',
    );
    expect(result.organizations.map((o) => [o.name, o.mentions.length])).toEqual([
      ['Forum Bank Sampah Yogyakarta', 1],
      ['Majelis Latupati Maluku Tengah', 2],
    ]);
    expect(result.people.map((p) => p.organization)).toEqual(['Forum Bank Sampah Yogyakarta', 'Majelis Latupati Maluku Tengah']);
  });
});

describe('meetings named after a body', () => {
  it('should read no body in a meeting\'s name ("Rapat Dewan Komisioner Bulanan")', () => {
    expect(namesOf('OJK menggelar Rapat Dewan Komisioner Bulanan pada Selasa.')).toEqual([]);
  });
});

describe('state madrasahs', () => {
  it('should read a madrasah by its short or spelled kind, named in full, its town no place of the story', () => {
    const result = extractEntities('Madrasah Aliyah Negeri (MAN) 1 Bone meresmikan laboratorium. Guru MAN 1 Bone dan siswa MTsN 2 Samarinda hadir.');
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Madrasah Aliyah Negeri 1 Bone', true],
      ['Madrasah Tsanawiyah Negeri 2 Samarinda', true],
    ]);
    expect(result.locations).toEqual([]);
  });
});

describe('football bodies of a region', () => {
  it('should name PSSI\'s regional associations by their short form and region, no government body, and read football schools (SSB)', () => {
    const result = extractEntities(
      'Ketua Asosiasi Kota (Askot) PSSI Kota Pontianak, Hendrikus Ajong, membuka turnamen. Laga mempertemukan SSB Khatulistiwa Muda melawan SSB Tunas Borneo.',
    );
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Askot PSSI Pontianak', false],
      ['SSB Khatulistiwa Muda', false],
      ['SSB Tunas Borneo', false],
    ]);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Hendrikus Ajong', 'Askot PSSI Pontianak', false]]);
  });
});

describe('academic honorifics written without their periods', () => {
  it('should end a faculty\'s name before "Prof Dr Ir" and keep the degree "MP" out of the dean\'s name', () => {
    const result = extractEntities('Tiga nama lolos, yakni Dekan Fakultas Kehutanan Prof Dr Ir Theresia Apui Lahai MP dengan 31 suara.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Theresia Apui Lahai', 'Fakultas Kehutanan']]);
  });
});

describe('schools and kitchens of the free-meal programme named with their numbers and foundations', () => {
  it('should keep a kitchen\'s number before a function word and a school\'s number after its place', () => {
    const names = extractEntities('Makanan dipasok dari SPPG Cikajang 2 yang dikelola yayasan. Siswa SD Negeri Oesao 1 dan SD Negeri Oesao 2 kali muntah.')
      .organizations.map((o) => o.name);
    expect(names).toEqual(['SPPG Cikajang 2', 'SD Negeri Oesao 1', 'SD Negeri Oesao']);
  });

  it('should read a private school by its own name or its foundation\'s short form, not a time word or a person after "SMP"', () => {
    const result = extractEntities(
      'Kepala SD YPK Bethel Entrop, Agustina Mebri, menyebut. Siswa SMPN 1 Cikajang, MTs Al-Ikhlas dan SMK Bina Putra Cikajang dirawat. ' +
        'Saat SMP Mita sudah menyanyi. Ia masuk SMA Unggulan tahun lalu.',
    );
    expect(result.organizations.map((o) => o.name)).toEqual(['SD YPK Bethel Entrop', 'SMP Negeri 1 Cikajang', 'MTs Al-Ikhlas', 'SMK Bina Putra Cikajang']);
    expect(result.people.find((p) => p.name === 'Agustina Mebri')?.organization).toBe('SD YPK Bethel Entrop');
    expect(result.locations.map((l) => l.name)).not.toContain('SMK Bina Putra Cikajang');
  });
});

describe('the commissions of Aceh\'s and Papua\'s own legislatures', () => {
  it('should name a bare commission after the one DPRA, DPRP or DPRPB the story names, as it does a DPRD\'s', () => {
    const papua = extractEntities('Ketua Komisi V DPRP, Natalis Pahabol, mengatakan beasiswa tertunda, kata Natalis di ruang rapat Komisi V DPRP, Jayapura.');
    expect(papua.organizations.map((o) => o.name)).toEqual(['Komisi V DPRP', 'Dewan Perwakilan Rakyat Papua']);
    const barat = extractEntities('Komisi I Dewan Perwakilan Rakyat Papua Barat (DPRPB) meminta perusahaan merekrut pemuda.');
    expect(barat.organizations.map((o) => o.name)).toEqual(['Komisi I DPRPB', 'Dewan Perwakilan Rakyat Papua Barat']);
  });
});

describe('Java\'s bodies as regional desks write them', () => {
  it('should read "Kulonprogo" as Kulon Progo, the bodies named with it its own', () => {
    const result = extractEntities('Kepala Dinas Pariwisata (Dispar) Kulonprogo, Joko Mursito Adi, mengatakan. Pemkab Kulonprogo menargetkan relokasi.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Dinas Pariwisata Kulon Progo', 'Pemerintah Kabupaten Kulon Progo']);
  });

  it('should keep the place a group\'s members work at in its name, and a namesake\'s initials in a hospital\'s', () => {
    const result = extractEntities(
      'Ketua Paguyuban Pedagang Pantai Glagah, Sri Rejeki, mengatakan lapak dipindah. Korban dirawat di RS Bhayangkara H.S. Samsoeri Mertojoso ' +
        'dan RSI Jemursari.',
    );
    expect(result.organizations.map((o) => o.name)).toEqual(['Paguyuban Pedagang Pantai Glagah', 'RS Bhayangkara H.S. Samsoeri Mertojoso', 'RSI Jemursari']);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Sri Rejeki', 'Paguyuban Pedagang Pantai Glagah']]);
  });

  it('should keep a namesake\'s initials written with spaces between in a hospital\'s name ("RSUD Prof. Dr. W. Z. Johannes", "RSUD S. K. Lerik")', () => {
    const result = extractEntities('Pasien dirujuk ke RSUD Prof. Dr. W. Z. Johannes Kupang dan RSUD S. K. Lerik. Direktur RSUD S. K. Lerik, dr. Marsel Tefa, mengatakan ruang penuh.');
    expect(result.organizations.map((o) => o.name)).toEqual(['RSUD Prof. Dr. W. Z. Johannes Kupang', 'RSUD S. K. Lerik']);
    expect(result.people.map((p) => p.organization)).toEqual(['RSUD S. K. Lerik']);
  });

  it('should keep a namesake\'s initials after his honorifics in a hospital\'s name, even a single one ("RSUP Dr. M. Djamil")', () => {
    const result = extractEntities(
      'Rika, dokter spesialis anak di RSUP Dr. M. Djamil Padang, memaparkan riset. Pasien dirujuk ke RSUP Prof. Dr. I.G.N.G. Ngoerah ' +
        'dan RSUD dr. R. Soedjono Selong.',
    );
    expect(result.organizations.map((o) => o.name)).toEqual(['RSUP Dr. M. Djamil Padang', 'RSUP Prof. Dr. I.G.N.G. Ngoerah', 'RSUD dr. R. Soedjono Selong']);
    expect(result.people.map((p) => p.name)).toEqual(['Rika']);
  });
});

describe('a center named after its work', () => {
  it('should read a center of disaster management or research as a body, its head linked, and a convention center as a place', () => {
    const result = extractEntities(
      'Relawan juga bersiaga. Ketua Muhammadiyah Disaster Management Center (MDMC) Sleman, Ahmad Fauzi Ridwan, mengatakan relawan siaga. ' +
        'Acara digelar di Jakarta Convention Center.',
    );
    expect(result.organizations.map((o) => o.name)).toEqual(['Muhammadiyah Disaster Management Center Sleman']);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Ahmad Fauzi Ridwan', 'Muhammadiyah Disaster Management Center Sleman']]);
    expect(result.locations.map((l) => l.name)).toEqual(['Sleman', 'Jakarta Convention Center']);
  });
});

describe('Perhutani and its forest districts', () => {
  it('should read "Perum Perhutani KPH Malang" as the company\'s unit its Administratur serves, not a court title\'s "KPH Suryo"', () => {
    const result = extractEntities(
      'Administratur Perum Perhutani KPH Malang, Dian Purnama Sari Hutagalung, mengatakan jalur ditutup. Perhutani akan mengevaluasi. ' +
        'KPH Suryo Adiningrat hadir.',
    );
    expect(result.organizations.map((o) => o.name)).toEqual(['Perhutani Kesatuan Pemangkuan Hutan Malang', 'Perum Perhutani']);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Dian Purnama Sari Hutagalung', 'Perhutani Kesatuan Pemangkuan Hutan Malang', false],
      ['Suryo Adiningrat', null, false],
    ]);
  });
});

describe('a village\'s administration named with "Pemerintah"', () => {
  it('should name "Pemerintah Kalurahan Glagah" and "Pemerintah Desa Mataue" so, and link the village heads to them', () => {
    const result = extractEntities(
      'Pendataan pedagang dilakukan bersama Pemerintah Kalurahan Glagah. Lurah Glagah, Suharjono, mengatakan. Kepala Desa Mataue, Yusuf ' +
        'Tandiabang, hadir bersama Pemerintah Desa Mataue. Kasatlantas Polrestabes Surabaya AKBP Herwan Setiadi Panjaitan mengatakan.',
    );
    expect(result.organizations.map((o) => o.name)).toEqual(['Pemerintah Kalurahan Glagah', 'Pemerintah Desa Mataue', 'Polrestabes Surabaya']);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Suharjono', 'Pemerintah Kalurahan Glagah'],
      ['Yusuf Tandiabang', 'Pemerintah Desa Mataue'],
      ['Herwan Setiadi Panjaitan', 'Polrestabes Surabaya'],
    ]);
  });
});

describe('a farmers\' group federation named with everyday words', () => {
  it('should read "Gabungan Kelompok Tani (Gapoktan) Sumber Rejeki" as one body its chair serves, no village', () => {
    const result = extractEntities('Ketua Gabungan Kelompok Tani (Gapoktan) Sumber Rejeki, Sutrisno, mengaku harga gabah turun.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Gabungan Kelompok Tani Sumber Rejeki']);
    expect(result.people.map((p) => p.organization)).toEqual(['Gabungan Kelompok Tani Sumber Rejeki']);
    expect(result.locations).toEqual([]);
  });
});

describe('the village cooperatives of the Merah Putih programme', () => {
  it('should name a cooperative by its village whatever the village\'s name holds, and a kelurahan with its numeral', () => {
    const result = extractEntities(
      'Ketua Koperasi Kelurahan Merah Putih Tegal Sari Mandala II, Hj. Nurhayati Nasution, mengatakan koperasi siap. Acara di Kelurahan ' +
        'Tegal Sari Mandala II, Medan. Koperasi Desa Merah Putih Desa Sukadana memasok SPPG Pujut 1. Koperasi Desa Merah Putih Sukaraja Baru tumbuh.',
    );
    expect(result.organizations.map((o) => o.name)).toEqual([
      'Koperasi Kelurahan Merah Putih Tegal Sari Mandala II',
      'Koperasi Desa Merah Putih Sukadana',
      'SPPG Pujut 1',
      'Koperasi Desa Merah Putih Sukaraja Baru',
    ]);
    expect(result.people.map((p) => p.organization)).toEqual(['Koperasi Kelurahan Merah Putih Tegal Sari Mandala II']);
    expect(result.locations.map((l) => l.name)).toContain('Kelurahan Tegal Sari Mandala II');
  });

  it('should read Palembang\'s numbered kelurahan ("Kelurahan 30 Ilir", "Kelurahan 3-4 Ulu") as places, no person', () => {
    const result = extractEntities('PALEMBANG - Pemilik usaha di Kelurahan 30 Ilir, Kecamatan Ilir Barat II, dan warga Kelurahan 3-4 Ulu mengaku untung.');
    expect(result.people).toEqual([]);
    expect(result.locations.map((l) => [l.name, l.kind])).toEqual([
      ['Palembang', 'city'],
      ['Kelurahan 30 Ilir', 'village'],
      ['Kecamatan Ilir Barat II', 'district'],
      ['Kelurahan 3-4 Ulu', 'village'],
    ]);
  });
});

describe('an honorific after a body\'s head word', () => {
  it('should read no body "Koperasi Dr." in a title whose field ends before the holder\'s honorific', () => {
    const result = extractEntities('Dari Kementerian Koperasi (Kemenkop), Asisten Deputi Pembiayaan Koperasi Dr. Rachmat Hidayatullah menyebut pencairan naik.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Kementerian Koperasi']);
    expect(result.people.map((p) => [p.name, p.official])).toEqual([['Rachmat Hidayatullah', true]]);
  });
});

describe('volcano observation posts', () => {
  it('should read "Pos Pengamatan Gunung Api (PGA) Marapi" as a government body named after its volcano, no place "Gunung Api"', () => {
    const result = extractEntities('Pos Pengamatan Gunung Api (PGA) Marapi di Bukittinggi mencatat erupsi. Pos Pengamatan Gunung Api (PGA) Lokon mencatat gempa.');
    expect(result.organizations.map((o) => [o.name, o.government, o.aliases.includes(`PGA ${o.name.split(' ').at(-1)}`)])).toEqual([
      ['Pos Pengamatan Gunung Api Marapi', true, true],
      ['Pos Pengamatan Gunung Api Lokon', true, true],
    ]);
    expect(result.locations.map((l) => l.name)).toEqual(['Bukittinggi']);
  });
});

describe('churches named with their short form', () => {
  it('should read an unlisted church whose short form spells it as a body, its chair linked, and leave a listed one to the list', () => {
    const result = extractEntities(
      'Pimpinan Pusat Gereja Kristen Protestan Simalungun (GKPS) menggelar sinode di Pematangsiantar. Ketua GKPS, Pdt. Elias Purba, berbicara. ' +
        'Jemaat Gereja Kemah Injili Indonesia (GKII) Malinau ikut hadir.',
    );
    expect(result.organizations.map((o) => [o.name, o.acronym, o.government])).toEqual([
      ['Gereja Kristen Protestan Simalungun', 'GKPS', false],
      ['Gereja Kemah Injili Indonesia Malinau', 'GKII', false],
    ]);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Elias Purba', 'Gereja Kristen Protestan Simalungun']]);
  });

  it('should read a congregation after the church\'s short form as the church\'s, no place, and link its pastor', () => {
    const result = extractEntities('Pendeta Gereja Kristen Pasundan (GKP) Jemaat Sukaresmi, Pdt. Daniel Tanudjaja, hadir.');
    expect(result.locations).toEqual([]);
    expect(result.organizations.map((o) => [o.name, o.aliases.includes('GKP Jemaat Sukaresmi')])).toEqual([['Gereja Kristen Pasundan', true]]);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Daniel Tanudjaja', 'Gereja Kristen Pasundan']]);
  });
});

describe('hospitals and regional offices named in English', () => {
  it('should read a regional or general hospital with its namesake\'s honorifics, and the regency\'s public works agency', () => {
    const result = extractEntities(
      'The head of the Central Bengkulu Public Works and Public Housing Agency was named a suspect. The director of Adam Malik General ' +
        'Hospital, dr. Sondang Hutagalung, said power returned. Two are treated at the Dr. H. Moh. Anwar Regional Hospital. "Our TC Hillers ' +
        'Regional Hospital is full," she said.',
    );
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Dinas Pekerjaan Umum dan Perumahan Rakyat Bengkulu Tengah', true],
      ['Adam Malik General Hospital', true],
      ['Dr. H. Moh. Anwar Regional Hospital', true],
      ['TC Hillers Regional Hospital', true],
    ]);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Sondang Hutagalung', 'Adam Malik General Hospital', true]]);
  });
});

describe('a trading business named with "UD"', () => {
  it('should read "UD Tani Makmur" as a company, as "CV Maju Jaya" is', () => {
    const result = extractEntities('Tersangka HS (51), pemilik UD Tani Makmur di Desa Sumberejo, dan mitranya dari CV Maju Jaya diperiksa.');
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([['UD Tani Makmur', false], ['CV Maju Jaya', false]]);
    expect(result.locations.map((l) => l.name)).toEqual(['Desa Sumberejo']);
  });
});

describe('a university\'s bureau named with the university\'s short form', () => {
  it('should read "Biro Kemahasiswaan dan Alumni UII" as the university\'s bureau, of no region and no government', () => {
    const result = extractEntities(
      'YOGYAKARTA, KOMPAS.com - Kepala Biro Kemahasiswaan dan Alumni UII, Dr. Ratna Setyaningsih Harahap, berharap vonis berat. ' +
        'Korban adalah mahasiswa Universitas Islam Indonesia (UII).',
      { dateline: 'Yogyakarta' },
    );
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Biro Kemahasiswaan dan Alumni UII', false],
      ['Universitas Islam Indonesia', false],
    ]);
    expect(result.people.map((p) => [p.organization, p.official])).toEqual([['Biro Kemahasiswaan dan Alumni UII', false]]);
  });
});

describe('a numbered school and the place after its number', () => {
  it.each([
    ['Murid SDN 2 Tuwa Mbolo belajar di kelas darurat.', 'SD Negeri 2 Tuwa Mbolo'],
    ['Siswa SMA Negeri 6 Jalan Pasirkaliki berdemo.', 'SMA Negeri 6'],
    ['Kepala SDN 2 Tuwa Yohanes Ngalu mengatakan murid bertambah.', 'SD Negeri 2 Tuwa'],
  ])('should run the place over unlisted words, not over a word of the language or a given name: "%s"', (text, name) => {
    expect(extractEntities(text).organizations.map((o) => o.name)).toEqual([name]);
  });
});
