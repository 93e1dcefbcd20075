import { describe, expect, it } from 'vitest';
import { GLUED_HEAD_FORMS, TITLE_WORDS } from '../../../lambdas/entities/gazetteer.js';
import { extractEntities } from '../../../lambdas/entities/index.js';

/** The person named `name` in a text's entities. */
function personIn(text: string, name: string) {
  return extractEntities(text).people.find((p) => p.name === name);
}

describe('person -> organization links', () => {
  it('should link a minister named by the ministry acronym', () => {
    expect(personIn('Menteri PAN-RB Yuddy Chrisnandi mengatakan hal itu.', 'Yuddy Chrisnandi')).toMatchObject({
      organization: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
      official: true,
    });
  });

  it.each([
    ['Menteri Pendidikan Tinggi, Sains, dan Teknologi Satryo Soemantri Brodjonegoro hadir.', 'Satryo Soemantri Brodjonegoro', 'Kementerian Pendidikan Tinggi, Sains, dan Teknologi'],
    ['Mendiktisaintek Satryo Soemantri Brodjonegoro hadir.', 'Satryo Soemantri Brodjonegoro', 'Kementerian Pendidikan Tinggi, Sains, dan Teknologi'],
    ['Menteri Imigrasi dan Pemasyarakatan Agus Andrianto hadir.', 'Agus Andrianto', 'Kementerian Imigrasi dan Pemasyarakatan'],
    ['Menteri UMKM Maman Abdurrahman hadir.', 'Maman Abdurrahman', 'Kementerian Usaha Mikro, Kecil, dan Menengah'],
    ['Menteri Koperasi Budi Arie Setiadi hadir.', 'Budi Arie Setiadi', 'Kementerian Koperasi'],
    ['Menko Pangan Zulkifli Hasan hadir.', 'Zulkifli Hasan', 'Kementerian Koordinator Bidang Pangan'],
    ['Menteri Koperasi dan UKM Teten Masduki hadir.', 'Teten Masduki', 'Kementerian Koperasi dan Usaha Kecil dan Menengah'],
  ])('should link a minister of the 2024 cabinet by the ministry\'s field: "%s"', (text, name, organization) => {
    expect(personIn(text, name)).toMatchObject({ organization, official: true });
    // The field is no body of its own ("Koperasi Budi", "UMKM Maman Abdurrahman").
    expect(extractEntities(text).organizations.map((o) => o.name)).not.toContain(expect.stringMatching(/^(?:Koperasi|UMKM|UKM) /));
  });

  it.each([
    ['CEO Danantara Rosan Roeslani hadir.', 'Rosan Roeslani', 'Badan Pengelola Investasi Daya Anagata Nusantara'],
    ['Kepala BP Haji Mochamad Irfan Yusuf hadir.', 'Mochamad Irfan Yusuf', 'Badan Penyelenggara Haji'],
    ['Kepala Bapanas Arief Prasetyo Adi hadir.', 'Arief Prasetyo Adi', 'Badan Pangan Nasional'],
  ])('should know the national bodies formed since 2023: "%s"', (text, name, organization) => {
    expect(personIn(text, name)?.organization).toBe(organization);
  });

  it('should read a command number and name after a military title ("Pangdam VI/Mulawarman", "Dandim 0906/Kutai Kartanegara")', () => {
    expect(personIn('Pangdam VI/Mulawarman Mayjen Tri Budi Utomo mengatakan hal itu.', 'Tri Budi Utomo')).toMatchObject({
      titles: ['Pangdam VI/Mulawarman', 'Mayjen'],
      organization: 'Kodam VI/Mulawarman',
      official: true,
    });
    expect(personIn('Dandim 0906/Kutai Kartanegara Letkol Inf Budi Santoso hadir.', 'Budi Santoso')).toMatchObject({
      titles: ['Dandim 0906/Kutai Kartanegara', 'Letkol Inf'],
      organization: 'Kodim 0906/Kutai Kartanegara',
    });
  });

  it('should read a spelled-out "Komandan" with the command after it, the rank\'s force kept with the rank', () => {
    expect(personIn('Komandan Kodim 0905/Balikpapan Kolonel Inf Fransisco Sinaga menambahkan hal itu.', 'Fransisco Sinaga')).toMatchObject({
      titles: ['Komandan Kodim 0905/Balikpapan', 'Kolonel Inf'],
      organization: 'Kodim 0905/Balikpapan',
      official: true,
    });
    expect(personIn('Komandan Korem 091/Aji Surya Natakesuma Brigjen TNI Dendi Suryadi hadir.', 'Dendi Suryadi')).toMatchObject({
      titles: ['Komandan Korem 091/Aji Surya Natakesuma', 'Brigjen TNI'],
      organization: 'Korem 091/Aji Surya Natakesuma',
    });
    expect(personIn('Kepala Basarnas Marsekal Madya TNI Henri Alfiandi hadir.', 'Henri Alfiandi')).toMatchObject({
      titles: ['Kepala Basarnas', 'Marsekal Madya TNI'],
      organization: 'Badan Search and Rescue Nasional',
    });
  });

  it('should find a command written with its number and a space ("Kodam V Jaya") and clubs by their suffix', () => {
    const names = extractEntities('Kepala Staf Kodam V Jaya menonton Hamburger SV melawan Valencia CF.').organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Kodam V Jaya', 'Hamburger SV', 'Valencia CF']));
  });

  it('should link a judge to the court the article names first', () => {
    const text =
      'Sidang di Pengadilan Tindak Pidana Korupsi Jakarta berlangsung Rabu. Putusan itu dikuatkan Mahkamah Agung.\n' +
      '"Sidang ditutup," kata ketua majelis hakim Baslin Sinaga.';
    expect(personIn(text, 'Baslin Sinaga')?.organization).toBe('Pengadilan Tindak Pidana Korupsi DKI Jakarta');
    expect(personIn('"Sidang ditutup," kata ketua majelis hakim Baslin Sinaga.', 'Baslin Sinaga')?.organization).toBeNull();
  });

  it('should link the mayor of a town abroad to the town government the article names', () => {
    const text =
      'Pemerintah kota Cekmekoy, Istanbul, Turki, meresmikan kontes film.\n\nWalikota Cekmekoy, Ahmet Poyraz, menyatakan kontes ini terbuka.';
    expect(personIn(text, 'Ahmet Poyraz')).toMatchObject({ organization: 'Pemerintah Kota Cekmekoy', official: true });
  });

  it('should link a minister named by the full ministry field', () => {
    const text = 'Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Yuddy Chrisnandi menginginkan sistem baru.';
    expect(personIn(text, 'Yuddy Chrisnandi')?.organization).toBe(
      'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
    );
  });

  it('should link a district prosecutor to the Kejaksaan Negeri of the place after the title', () => {
    const text = 'Kajari Lhoksukon Teuku Rahmatsyah menyebutkan berkas perkara sudah lengkap.';
    expect(personIn(text, 'Teuku Rahmatsyah')).toMatchObject({ organization: 'Kejaksaan Negeri Lhoksukon', official: true });
  });

  it('should link a company director and keep the name out of the company', () => {
    const text = '"Kami siap bersaing," kata Direktur PT Astra Otoparts Tbk Yusak Kristian, di Jakarta.';
    const result = extractEntities(text);
    expect(result.people.find((p) => p.name === 'Yusak Kristian')).toMatchObject({ official: false });
    expect(result.organizations.map((o) => o.name).join('|')).not.toContain('Yusak');
  });

  it('should link a person to a title written after the name', () => {
    const text = 'Hal ini diungkapkan oleh Muhammad Buldansyah, Wakil Presiden Direktur PT Hutchison 3 Indonesia, saat berkunjung.';
    const person = personIn(text, 'Muhammad Buldansyah');
    expect(person?.organization).toMatch(/^PT Hutchison 3/);
    expect(person?.official).toBe(false);
  });

  it('should link a person to the organization written just before the name', () => {
    expect(personIn('Penyerang anyar Persib Bandung, Samsul Arif, bertekad menang.', 'Samsul Arif')?.organization).toBe(
      'Persib Bandung',
    );
  });

  it('should link a person to the organization before an honorific and the name ("RSCM dr Wismandari Wisnu")', () => {
    const text = 'Dokter Rumah Sakit Cipto Mangunkusumo dr Wismandari Wisnu mengatakan, depresi bisa diobati.';
    expect(personIn(text, 'Wismandari Wisnu')?.organization).toBe('Rumah Sakit Cipto Mangunkusumo');
  });

  it('should read a long title that ends in an organization and a ranked name', () => {
    const text = '"Itu indikasi kuat," kata Kasubdit IV Renakta Ditreskrimum Polda Lampung, AKBP Ferdiyan Fahmi, di Bandarlampung.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.name)).toEqual(['Ferdiyan Fahmi']);
    expect(result.people[0]).toMatchObject({ organization: 'Polda Lampung', official: true });
  });
});

describe('precision on news text', () => {
  it('should not report the outlet of a dateline or product names', () => {
    const text =
      'Jakarta (ANTARA News) - PT Astra Otoparts Tbk meluncurkan ban sepeda motor merek Aspira Premio. Ban itu hadir dalam tipe Urbano dan Sportivo.';
    const result = extractEntities(text);
    const names = [...result.people, ...result.organizations, ...result.locations].map((e) => e.name);
    expect(names).not.toEqual(expect.arrayContaining(['ANTARA News']));
    expect(names.some((n) => /Aspira|Urbano|Sportivo|ANTARA/.test(n))).toBe(false);
    expect(result.organizations.map((o) => o.name)).toContain('PT Astra Otoparts Tbk');
  });

  it('should read well-known companies as organizations, not people', () => {
    const text = 'Google menyatakan ponsel itu memiliki celah. "Kami sudah memperbaikinya," kata Samsung.';
    const result = extractEntities(text);
    expect(result.people).toEqual([]);
    expect(result.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Google', 'Samsung']));
  });

  it('should give a deputy named after "bersama" / "didampingi" the head\'s region', () => {
    expect(personIn("Gubernur Kaltim Rudy Mas'ud bersama Wakil Gubernur Seno Aji meninjau lokasi.", 'Seno Aji')?.organization).toBe(
      'Pemerintah Provinsi Kalimantan Timur',
    );
    expect(personIn('Wali Kota Samarinda Andi Harun didampingi Wakil Wali Kota Rusmadi meninjau banjir.', 'Rusmadi')?.organization).toBe(
      'Pemerintah Kota Samarinda',
    );
    // A secretary of any level's government takes the region whatever its kind.
    expect(personIn('Bupati Kukar Edi Damansyah didampingi Sekda Sunggono meninjau lokasi.', 'Sunggono')?.organization).toBe(
      'Pemerintah Kabupaten Kutai Kartanegara',
    );
    expect(personIn('Sekda Sunggono hadir.', 'Sunggono')?.organization).toBeNull();
  });

  it('should read a commander\'s title spelled out ("Panglima Kodam", "Panglima Komando ...") and a rank after the body and a comma', () => {
    expect(personIn('Panglima Kodam VI/Mulawarman Mayjen Tri Budi Utomo hadir.', 'Tri Budi Utomo')).toMatchObject({
      titles: ['Panglima Kodam VI/Mulawarman', 'Mayjen'],
      organization: 'Kodam VI/Mulawarman',
    });
    const koops = 'Peresmian dilakukan Panglima Komando Operasi Angkatan Udara I TNI AU, Marsekal Muda TNI Yuyu Sutisna, di Purbalingga.';
    expect(personIn(koops, 'Yuyu Sutisna')?.titles).toEqual(['Panglima Komando Operasi Angkatan Udara I TNI AU', 'Marsekal Muda TNI']);
    expect(personIn('Peresmian dilakukan Komandan Korem 091/ASN, Brigjen TNI Dendi Suryadi, di Samarinda.', 'Dendi Suryadi')?.titles).toEqual([
      'Komandan Korem 091/ASN',
      'Brigjen TNI',
    ]);
    // "Panglima" inside a place's name stays there.
    expect(extractEntities('Kami mendaki Puncak Datuk Panglima Husin kemarin.').people).toEqual([]);
  });

  it('should give a title several people hold to both names joined by "dan", and not a single office\'s', () => {
    const members = extractEntities('Anggota DPRD Kaltim Sarkowi V Zahry dan Baharuddin Demmu hadir.');
    expect(members.people.map((p) => [p.name, p.organization])).toEqual([
      ['Sarkowi V Zahry', 'DPRD Kalimantan Timur'],
      ['Baharuddin Demmu', 'DPRD Kalimantan Timur'],
    ]);
    const deputies = 'Wakil Menteri Dalam Negeri Bima Arya Sugiarto dan Ribka Haluk hadir.';
    expect(personIn(deputies, 'Ribka Haluk')).toMatchObject({ titles: ['Wakil Menteri Dalam Negeri'], organization: 'Kementerian Dalam Negeri' });
    expect(personIn('Bupati Kukar Edi Damansyah dan Rendi Solihin hadir.', 'Rendi Solihin')).toMatchObject({ titles: [], organization: null });
  });

  it('should read a rank written after the name ("X yang saat ini berpangkat Ajun Komisaris Besar Polisi (AKBP)")', () => {
    const text = 'Raden Brotoseno hadir di sidang. Brotoseno yang saat ini berpangkat Ajun Komisaris Besar Polisi (AKBP) pernah menjadi penyidik.';
    expect(personIn(text, 'Raden Brotoseno')).toMatchObject({ titles: ['AKBP'], official: true });
    expect(personIn('Budi Santoso yang berpangkat Brigadir itu ditahan.', 'Budi Santoso')?.titles).toEqual(['Brigadir']);
    expect(personIn('Budi Santoso yang berpangkat tinggi itu ditahan.', 'Budi Santoso')).toMatchObject({ titles: [], official: false });
  });

  it('should read a role\'s holder written as an appositive between commas ("kuasa hukum terdakwa, Sabri Hamri,")', () => {
    expect(personIn('Sementara itu, kuasa hukum terdakwa, Sabri Hamri, mengatakan kliennya akan banding.', 'Sabri Hamri')?.titles).toEqual([
      'kuasa hukum terdakwa',
    ]);
    expect(personIn('Salah seorang pedagang, Siti Aminah (45), mengaku omzetnya turun.', 'Siti Aminah')?.titles).toEqual(['pedagang']);
    // Without a closing comma the name may start a clause of its own.
    expect(personIn('Seorang warga, Budi Santoso mengaku kaget.', 'Budi Santoso')?.titles).toEqual([]);
    expect(extractEntities('Menurut pengamat, Indonesia perlu berbenah.').people).toEqual([]);
  });

  it('should read one unlisted word after a role as a name unless it is a word of the language, a place or a body', () => {
    expect(personIn('Ia ditarik pelatih Subangkit di Persema Malang.', 'Subangkit')?.titles).toEqual(['pelatih']);
    expect(extractEntities('Kata pelatih Persib, timnya siap.').people).toEqual([]);
    expect(extractEntities('Kata pengamat Ekonomi, itu wajar.').people).toEqual([]);
    // After "warga" one word is where they live.
    expect(extractEntities('PT Kaltim Prima Coal (KPC) menyalurkan bantuan kepada warga Sangatta.').people).toEqual([]);
  });

  it('should find a person after a role word and a country as a location', () => {
    const result = extractEntities('Dia mengikuti instruksi pelatih Dejan Antonic saat berlaga di Turki.');
    expect(result.people.map((p) => p.name)).toEqual(['Dejan Antonic']);
    expect(result.locations).toEqual([expect.objectContaining({ name: 'Turki', kind: 'country', code: null })]);
  });

  it('should keep every mention text equal to its slice of the input', () => {
    const text = 'Mataram, NTB (ANTARA News) - Kepala Dinas KUMKMP Balikpapan Adwar Skenda Putra bertemu pelatih Dejan Antonic di Turki.';
    const result = extractEntities(text);
    for (const entity of [...result.people, ...result.organizations, ...result.locations]) {
      for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('soldiers and police officers named by their rank', () => {
  it('should read both bodies of "TNI-Polri", keep "TNI-AU" one branch and know "Kemen-PUPR"', () => {
    const names = (text: string): string[] => extractEntities(text).organizations.map((o) => o.name);
    expect(names('Tim gabungan TNI-Polri mengevakuasi warga.')).toEqual(['Tentara Nasional Indonesia', 'Kepolisian Negara Republik Indonesia']);
    expect(names('Dokter TNI-AU itu bertugas.')).toEqual(['Tentara Nasional Indonesia Angkatan Udara']);
    expect(names('Kemen-PUPR membangun jalan.')).toEqual(['Kementerian Pekerjaan Umum dan Perumahan Rakyat']);
  });

  it('should read no body of a police function before its command ("Direktur Resnarkoba Polda Kaltim")', () => {
    const text = 'Direktur Resnarkoba Polda Kaltim Kombes Pol Rokhmad Hari Purnomo mengatakan dua tersangka ditangkap.';
    expect(extractEntities(text).organizations.map((o) => o.name)).toEqual(['Polda Kalimantan Timur']);
  });

  it('should read Balinese names whole, "I" or "Ni" and four words after it, and a rank\'s tail with a full stop', () => {
    expect(personIn('Kapolda Bali Irjen Pol. I Putu Jayan Danu Putra meninjau lokasi.', 'I Putu Jayan Danu Putra')).toMatchObject({
      titles: ['Kapolda Bali', 'Irjen Pol.'],
      organization: 'Polda Bali',
    });
    expect(personIn('Ketua DPRD Bali I Nyoman Adi Wiryatama Putra hadir.', 'I Nyoman Adi Wiryatama Putra')?.organization).toBe('DPRD Bali');
  });

  it('should read a name after a rank alone, the rank kept as a title and the person an official', () => {
    const people = extractEntities('Korban adalah Serma Hartono, Koptu Dominicus Poin, dan Pratu Sunardi.').people;
    expect(people.map((p) => [p.name, p.titles, p.official])).toEqual([
      ['Hartono', ['Serma'], true],
      ['Dominicus Poin', ['Koptu'], true],
      ['Sunardi', ['Pratu'], true],
    ]);
  });

  it('should read no rank where it ends a title ("Gubernur Jenderal") and no name in "No. 25"', () => {
    expect(extractEntities('Ia diangkat dengan Surat Keputusan Gubernur Jenderal Hindia Belanda No. 25 Tahun 1934.').people).toEqual([]);
  });

  it('should read no person in a place named after a soldier ("Stadion Kapten I Wayan Dipta")', () => {
    expect(extractEntities('Laga digelar di Stadion Kapten I Wayan Dipta, Gianyar, Bali.').people).toEqual([]);
    expect(extractEntities('Kantornya di Jalan Jenderal Sudirman, Jakarta.').people).toEqual([]);
  });

  it('should read no person in a sports hall named after a hero, and give the quote after it to the speaker before', () => {
    const result = extractEntities(
      'Ketua PRSI Sumbar H. Syafrizal Dt. Rajo Mangkuto mengatakan seleksi digelar di kolam renang GOR Haji Agus Salim pada Mei lalu.\n\n"Target kami dua emas di nomor gaya bebas," katanya.',
    );
    expect(result.people.map((p) => p.name)).toEqual(['Syafrizal Dt. Rajo Mangkuto']);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Syafrizal Dt. Rajo Mangkuto']);
  });

  it('should keep a written-out rank with its grade, force and corps whole', () => {
    expect(personIn('Sersan Mayor Udara Soewarno menerima penghargaan.', 'Soewarno')?.titles).toEqual(['Sersan Mayor Udara']);
    expect(personIn('Kapten Laut (P) Heri Susanto memimpin upacara.', 'Heri Susanto')?.titles).toEqual(['Kapten Laut (P)']);
    expect(personIn('Jenderal TNI (Purn) Moeldoko hadir.', 'Moeldoko')?.titles).toEqual(['Jenderal TNI (Purn)']);
    // "Mayor" is also the English title; before a corps it is the rank.
    expect(personIn('Mayor Inf Teddy Indra Wijaya hadir.', 'Teddy Indra Wijaya')?.titles).toEqual(['Mayor Inf']);
  });

  it('should read a command named by its number alone ("Dandim 0906", "Kodim 1501"), but no year after a police unit', () => {
    expect(personIn('Dandim 0906 Letkol Inf Anjar Setiawan meninjau lokasi.', 'Anjar Setiawan')).toMatchObject({
      titles: ['Dandim 0906', 'Letkol Inf'],
      organization: 'Kodim 0906',
    });
    expect(personIn('Danrem 091/ASN Brigjen TNI Dendi Suryadi hadir.', 'Dendi Suryadi')?.titles).toEqual(['Danrem 091/ASN', 'Brigjen TNI']);
    expect(extractEntities('Anggota Kodim 1501 membantu warga.').organizations.map((o) => o.name)).toEqual(['Kodim 1501']);
    expect(extractEntities('Kinerja Polres 2019 dan Kodim 2020 dinilai baik.').organizations).toEqual([]);
  });
});

describe('names after honorifics and hospitals named after a doctor', () => {
  it('should keep "Pangeran" in a prince\'s name, as Indonesian writes it, with the bare name as an alias', () => {
    const result = extractEntities('Perang Jawa dipimpin Pangeran Diponegoro melawan Belanda. Diponegoro kemudian ditangkap di Magelang.');
    expect(result.people.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([['Pangeran Diponegoro', ['Diponegoro'], 2]]);
  });

  it('should read a name after an academic or religious honorific, with or without its period', () => {
    const names = (text: string): string[] => extractEntities(text).people.map((p) => p.name);
    expect(names('Jabatan itu diserahkan dari Drs Endang Jarkasih kepada Drs. Ahmad Sobari.')).toEqual(['Endang Jarkasih', 'Ahmad Sobari']);
    expect(names('Acara dibuka Prof. Dr. Ir. Bambang Sutejo.')).toEqual(['Bambang Sutejo']);
    expect(names('Ceramah disampaikan Ustadz Abdul Somad di masjid.')).toEqual(['Abdul Somad']);
    // A priest's address before the name and his order's letters after it are no part of it.
    expect(names('Misa dipimpin Pastor Yohanes Don Bosco SVD dan Romo Antonius Sinaga OFMCap.')).toEqual(['Yohanes Don Bosco', 'Antonius Sinaga']);
    // English copy writes a priest "Father" or "Rev." and a ship's or academy's master "Captain", a rank kept as a title.
    expect(names('Father Yohanes Don Bosco Ngala, who runs a shelter, said so. Rev. Markus Tapilatu agreed.')).toEqual(['Yohanes Don Bosco Ngala', 'Markus Tapilatu']);
    expect(extractEntities('Its director, Captain Hadi Purnomo Wibisono, said the academy had installed cameras.').people.map((p) => [p.name, p.titles])).toEqual([
      ['Hadi Purnomo Wibisono', ['director', 'Captain']],
    ]);
    // Papuan and Maluku address: "Mama" and "Bapa" open no name ("Bapa Boni" is Bonifasius named before).
    expect(names('Mama Ester Nawipa berjualan di pasar.')).toEqual(['Ester Nawipa']);
    expect(names('Ibu Kota Nusantara dibangun.')).toEqual([]);
  });

  it('should keep the honorific inside a hospital named after a doctor, and link the doctor who heads it', () => {
    expect(extractEntities('Ia dirawat di RSUD Dr. Soetomo Surabaya.').people).toEqual([]);
    expect(
      personIn('Kepala RSUD dr Kanujoso Djatiwibowo dr Edy Iskandar mengatakan hal itu.', 'Edy Iskandar'),
    ).toMatchObject({ titles: ['Kepala RSUD dr Kanujoso Djatiwibowo'], organization: 'RSUD dr Kanujoso Djatiwibowo' });
    expect(personIn('Direktur RSUD Abdul Wahab Sjahranie dr David Hariadi Masjhoer mengatakan hal itu.', 'David Hariadi Masjhoer')).toMatchObject({
      titles: ['Direktur RSUD Abdul Wahab Sjahranie'],
      official: true,
    });
  });
});

describe('English ministers and Indonesian name words', () => {
  it('should read "Minister of <field>" in English text, the field ending where the name begins', () => {
    expect(
      personIn('Therefore, the Minister of Energy and Mineral Resources Sudirman Said will hold a meeting.', 'Sudirman Said'),
    ).toMatchObject({ titles: ['Minister of Energy and Mineral Resources'], official: true });
    expect(personIn('Coordinating Minister for Economic Affairs Airlangga Hartarto said.', 'Airlangga Hartarto')?.titles).toEqual([
      'Coordinating Minister for Economic Affairs',
    ]);
  });

  it('should know common Indonesian name words as names ("Sri" is no English field word)', () => {
    expect(personIn('Minister of Finance Sri Mulyani Indrawati said the deficit was safe.', 'Sri Mulyani Indrawati')?.titles).toEqual([
      'Minister of Finance',
    ]);
  });
});

describe('names given after "alias"', () => {
  it('should make the name after "alias" an alias of the person, an age between them or not', () => {
    const faisal = extractEntities('Penyidik melimpahkan Faisal (37) alias Komeng ke kejaksaan.').people;
    expect(faisal.map((p) => [p.name, p.aliases])).toEqual([['Faisal', ['Komeng']]]);
    const nurdin = extractEntities('Polisi menangkap Nurdin Ismail alias Din Minimi di Aceh Timur.');
    expect(nurdin.people.map((p) => [p.name, p.aliases])).toEqual([['Nurdin Ismail', ['Din Minimi']]]);
    expect(nurdin.organizations).toEqual([]);
  });

  it('should give each alias to the name right before it, after a region in a long title', () => {
    const text =
      'Polisi menangkap Nurdin Ismail alias Din Minimi. Ia menculik Panglima Muda KPA Daerah II Aceh Utara Mahmudsyah alias Ayah Mud.';
    expect(extractEntities(text).people.map((p) => [p.name, p.aliases])).toEqual([
      ['Nurdin Ismail', ['Din Minimi']],
      ['Mahmudsyah', ['Ayah Mud']],
    ]);
  });

  it('should read the alias as the person wherever it recurs, not as the place or body the tagger guessed', () => {
    const result = extractEntities('Terdakwa Zulkarnaini alias Glok (28) diperiksa. Menurut jaksa, Glok menyimpan senjata api milik kelompok Din Minimi.');
    expect(result.people.find((p) => p.name === 'Zulkarnaini')?.mentions.map((m) => m.text)).toEqual(['Zulkarnaini', 'Glok', 'Glok']);
    expect(result.locations.map((l) => l.name)).not.toContain('Glok');
  });

  it('should keep one person when a later "alias" joins a word of the earlier alias to the name ("Liem alias Hendra")', () => {
    const text = 'Hakim memvonis Hendra Wijaya alias Liem Kok Hwa delapan tahun. Liem alias Hendra tampak tertunduk saat digiring keluar.';
    expect(extractEntities(text).people.map((p) => p.name)).toEqual(['Hendra Wijaya']);
  });

  it('should end a name at an age or at its own initials in parentheses', () => {
    expect(personIn('Wali Kota Samarinda Andi Harun (AH) meminta pedagang pindah.', 'Andi Harun')?.titles).toEqual(['Wali Kota Samarinda']);
    // The acronym of a place is no person's initials.
    expect(extractEntities('Kepala Humas Bandara Internasional Lombok (BIL), Eka Asmadi, mengatakan hal itu.').people.map((p) => p.name)).toEqual([
      'Eka Asmadi',
    ]);
  });
});

describe('police unit heads and administrative units', () => {
  it('should read the heads of a Polda\'s directorates ("Wadir Reskrimsus", "Dirreskrimsus")', () => {
    expect(personIn('Wadir Reskrimsus Polda Kaltim AKBP Budi Santoso hadir.', 'Budi Santoso')).toMatchObject({
      titles: ['Wadir Reskrimsus Polda Kaltim', 'AKBP'],
      organization: 'Polda Kalimantan Timur',
    });
    expect(personIn('Dirreskrimsus Polda Kaltim Kombes Pol Indra Lutrianto Amstono menjelaskan kasus.', 'Indra Lutrianto Amstono')?.titles).toEqual([
      'Dirreskrimsus Polda Kaltim',
      'Kombes Pol',
    ]);
  });

  it('should read "Kasat" with any unit ("Kasat Resnarkoba", "Kasat Intelkam")', () => {
    expect(personIn('Kasat Resnarkoba Polresta Samarinda AKP Rido Doly Kristian mengatakan hal itu.', 'Rido Doly Kristian')).toMatchObject({
      titles: ['Kasat Resnarkoba Polresta Samarinda', 'AKP'],
      organization: 'Polresta Samarinda',
    });
  });

  it('should read a kelurahan or kecamatan once, not its name again as a bay or a river', () => {
    const text = 'Polisi menangkap pengedar di Kelurahan Teluk Lerong Ulu, Kecamatan Sungai Kunjang, Sabtu.';
    expect(extractEntities(text).locations.map((l) => [l.name, l.kind])).toEqual([
      ['Kelurahan Teluk Lerong Ulu', 'village'],
      ['Kecamatan Sungai Kunjang', 'district'],
    ]);
  });
});

describe('spokespeople, secretariats and bodies named with their region', () => {
  it('should read "Juru bicara" and "Kabag Humas Setkot" as titles of the body after them', () => {
    expect(personIn('Juru bicara Pemprov Kaltim Muhammad Faisal mengatakan hal itu.', 'Muhammad Faisal')).toMatchObject({
      titles: ['Juru bicara Pemprov Kaltim'],
      organization: 'Pemerintah Provinsi Kalimantan Timur',
    });
    // "Setkot Samarinda" is the Sekretariat Daerah of Samarinda, as "Setda Kota Samarinda" is.
    expect(personIn('Kabag Humas Setkot Samarinda Aji Syarif Hidayatullah menjelaskan agenda.', 'Aji Syarif Hidayatullah')?.organization).toBe(
      'Sekretariat Daerah Samarinda',
    );
  });

  it('should end a polytechnic or university named with its region there ("Politeknik Negeri Samarinda Ibayasid")', () => {
    expect(personIn('Direktur Politeknik Negeri Samarinda Ibayasid membuka wisuda.', 'Ibayasid')?.organization).toBe('Politeknik Negeri Samarinda');
  });
});

describe('football clubs named with "PS"', () => {
  it('should read "PS <name>" as a club, the known "Barito Putera" under its full name', () => {
    expect(extractEntities('Laga PS Barito Putera melawan PS Sleman berakhir imbang.').organizations.map((o) => o.name)).toEqual([
      'PS Barito Putera',
      'PS Sleman',
    ]);
  });
});

describe('an acronym written before its name', () => {
  it('should bind "HKTI (Himpunan Kerukunan Tani Indonesia)" and read HKTI later as the same body', () => {
    const text = 'Ia menjadi ketua umum HKTI (Himpunan Kerukunan Tani Indonesia) selama dua periode. HKTI kemudian pecah.';
    expect(extractEntities(text).organizations.map((o) => [o.name, o.acronym, o.mentions.length])).toEqual([
      ['Himpunan Kerukunan Tani Indonesia', 'HKTI', 3],
    ]);
  });
});

describe('initials written together', () => {
  it('should read "Retno L.P. Marsudi" whole after a title', () => {
    expect(personIn('Earlier, Indonesian Foreign Minister Retno L.P. Marsudi held a meeting.', 'Retno L.P. Marsudi')).toMatchObject({
      titles: ['Indonesian Foreign Minister'],
      official: true,
    });
  });
});

describe('a province-level unit named by its short form alone', () => {
  it('should give "BNNP" in a Samarinda story the province, not the city', () => {
    const text = 'SAMARINDA, KOMPAS.com - Polresta Samarinda bekerja sama dengan BNNP untuk mengungkap jaringan narkoba.';
    expect(extractEntities(text).organizations.map((o) => o.name)).toContain('Badan Narkotika Nasional Provinsi Kalimantan Timur');
  });
});

describe('a regional unit named bare in a story about the province, datelined in its capital', () => {
  const provincial =
    'SAMARINDA, Tribunkaltim.co - Mahasiswa berunjuk rasa di Gedung DPRD Kaltim, Samarinda. Wakil Ketua DPRD Kaltim, Yohana Lia, ' +
    'mengatakan aspirasi akan dibawa ke rapat kerja dengan Disdikbud. Komisi IV juga memanggil Biro Kesejahteraan Rakyat ' +
    'Setdaprov Kaltim. Dinas Pendidikan dan Kebudayaan (Disdikbud) belum menjawab.';
  const unitName = (text: string): string | undefined =>
    extractEntities(text).organizations.find((o) => o.name.startsWith('Dinas Pendidikan dan Kebudayaan'))?.name;

  it("should give the Dinas the province where the story's regional government bodies are the province's", () => {
    expect(unitName(provincial)).toBe('Dinas Pendidikan dan Kebudayaan Kalimantan Timur');
  });

  it('should keep the dateline town where a mayor or the city government is in the story too', () => {
    expect(unitName(provincial.replace('belum menjawab', 'dan Wali Kota Samarinda belum menjawab'))).toBe('Dinas Pendidikan dan Kebudayaan Samarinda');
    expect(unitName(provincial.replace('Mahasiswa berunjuk rasa', 'Pemkot Samarinda dan mahasiswa berunjuk rasa'))).toBe('Dinas Pendidikan dan Kebudayaan Samarinda');
  });

  it('should keep the dateline town where the province is named by one body only', () => {
    const text = 'SAMARINDA, Tribunkaltim.co - Mahasiswa berunjuk rasa di Gedung DPRD Kaltim. Dinas Pendidikan dan Kebudayaan (Disdikbud) belum menjawab.';
    expect(unitName(text)).toBe('Dinas Pendidikan dan Kebudayaan Samarinda');
  });
});

describe('names opened by a noble or clan word, and people called by an address word', () => {
  it('should read "Cut Intan Meutia", "Anak Agung ..." and "La Ode ..." whole, and give each their own quote', () => {
    const text =
      'Sementara itu, Cut Intan Meutia, warga Gampong Lampulo, mengaku rumahnya bocor. "Saya janda, anak tiga," tuturnya. ' +
      'Anggota DPRD Bali, Anak Agung Ngurah Gede Widiada, menilai aturan lemah. "Aturan sudah banyak," kata Agung.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([
      ['Cut Intan Meutia', []],
      ['Anak Agung Ngurah Gede Widiada', ['Anggota DPRD Bali']],
    ]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Cut Intan Meutia', 'Anak Agung Ngurah Gede Widiada']);
    expect(result.locations.map((l) => l.name)).not.toContain('Cut Intan Meutia');
  });

  it('should give "ujar Gus Putra" to Ida Bagus ... Putra, not to another Putra, and read "Bendesa Adat" as a title', () => {
    const text =
      'Kepala Dinas Pariwisata Bali, I Wayan Sumarjaya Putra, hadir. Ketua PHRI Bali, Ida Bagus Gede Putra Sudarsana, menolak. ' +
      '"Masalah kita bukan kurang kamar," ujar Gus Putra. Bendesa Adat Canggu, I Made Wirawan Sukadana, juga menolak. ' +
      '"Pajak tidak masuk," tegasnya. Gubernur Bali menyebut semua harus sesuai filosofi Tri Hita Karana.';
    const result = extractEntities(text);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Ida Bagus Gede Putra Sudarsana', 'I Made Wirawan Sukadana']);
    expect(personIn(text, 'I Made Wirawan Sukadana')?.titles).toEqual(['Bendesa Adat Canggu']);
    expect(result.people.map((p) => p.name)).not.toContain('Tri Hita Karana');
  });

  it('should read a customary village ("Desa Adat Tegallalang") as a body, no place, and link its Bendesa Adat to it', () => {
    const text =
      'Desa Adat Tegallalang dan Subak Ceking menyepakati pembagian retribusi di Kecamatan Tegallalang. ' +
      'Bendesa Adat Tegallalang, I Made Sudarsana, mengatakan desa adat menerima 35 persen.';
    const result = extractEntities(text);
    expect(personIn(text, 'I Made Sudarsana')?.organization).toBe('Desa Adat Tegallalang');
    expect(result.organizations.map((o) => o.name)).toContain('Desa Adat Tegallalang');
    expect(result.locations.map((l) => l.name)).toEqual(['Kecamatan Tegallalang']);
  });
});

describe('a part of a person\'s name that names a place too, after a speech verb', () => {
  it('should read "kata Samarinda" after "Hj. Samarinda Putri Rahayu" as her, and no city in a Bontang story', () => {
    const text =
      'BONTANG - Kepala Dinas Sosial Bontang, Hj. Samarinda Putri Rahayu, mengatakan bantuan siap. "Kami siaga," kata Samarinda. ' +
      '"Jaya sekali," ujar Jaya. Direktur PT Harapan Jaya Mandiri, Jaya Saputra, hadir.';
    const result = extractEntities(text);
    expect(result.locations.map((l) => l.name)).toEqual(['Bontang']);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Samarinda Putri Rahayu', 'Jaya Saputra']);
  });
});

describe('army ranks with their corps, and numbered commands', () => {
  const text =
    'TENGGARONG - Komando Distrik Militer (Kodim) 0906/Kutai Kartanegara membuka TMMD. Komandan Kodim 0906/Kkr, Letkol Inf. ' +
    'Dimas Arya Pamungkas, mengatakan kegiatan dimulai. Danramil Tabang, Kapten Inf Joko Susilo, hadir. Danrem 091/Aji Surya ' +
    'Natakesuma Brigjen TNI Hartono Sitompul memuji. Kepala Penerangan Korem 091/ASN, Mayor Inf. Simon Wanimbo, menambahkan. ' +
    'Pangdam VI/Mulawarman, Mayjen TNI Rudi Hartono, juga hadir.';

  it('should read "Letkol Inf." and "Mayor Inf." as ranks before the name, and the Danramil as the Koramil\'s commander', () => {
    expect(personIn(text, 'Dimas Arya Pamungkas')).toMatchObject({ organization: 'Kodim 0906/Kutai Kartanegara', official: true });
    expect(personIn(text, 'Simon Wanimbo')).toMatchObject({ organization: 'Korem 091/ASN', official: true });
    expect(personIn(text, 'Joko Susilo')).toMatchObject({ organization: 'Koramil Tabang', official: true });
  });

  it('should file a command named by its number and a short seat under its fullest name, and read no place in its name', () => {
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name).filter((n) => /^Ko(?:dim|rem)/.test(n))).toEqual(['Kodim 0906/Kutai Kartanegara', 'Korem 091/ASN']);
    expect(personIn(text, 'Hartono Sitompul')?.organization).toBe('Korem 091/ASN');
    expect(result.locations.map((l) => l.name)).toEqual(['Tenggarong', 'Kutai Kartanegara']);
  });
});

describe('a lone name after "kata" that two people named in full hold', () => {
  it('should give "kata Bagus" to the person whose given name it is, not to the one whose middle name it is', () => {
    const text =
      'Wali Kota Surabaya, Ardi Bagus Santosa, mengatakan beasiswa dibuka. Kepala Biro Kesra Setdaprov Jatim, Dr. Bagus Wahyudi ' +
      'Santosa, M.Si., menyebut kuota 3.500 mahasiswa. "Prioritas kami daerah dengan partisipasi rendah," kata Bagus.';
    expect(extractEntities(text).quotes.map((q) => q.speaker)).toEqual(['Bagus Wahyudi Santosa']);
  });

  it('should read the given name after a clan opener ("Mirzan" is Teuku Mirzan Fadhil, not Teuku Iswadi Mirzan)', () => {
    const text =
      'Bupati Aceh Utara, Teuku Iswadi Mirzan, hadir. Kepala Dinas Perkim Aceh, Teuku Mirzan Fadhil, menjelaskan program. ' +
      '"Provinsi tidak bisa menanggung semuanya," kata Mirzan.';
    expect(extractEntities(text).quotes.map((q) => q.speaker)).toEqual(['Teuku Mirzan Fadhil']);
  });
});

describe('a text\'s own short form of a unit, and slash titles', () => {
  it('should read "Kepala Dinsos PM Bontang" after "Dinas Sosial dan Pemberdayaan Masyarakat (Dinsos PM) Bontang" as that Dinas', () => {
    const text =
      'Kepala Dinas Sosial dan Pemberdayaan Masyarakat (Dinsos PM) Bontang, Hj. Samarinda Putri Rahayu, hadir. Kepala Dinsos PM ' +
      'Bontang itu menyebut data siap.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Dinas Sosial dan Pemberdayaan Masyarakat Bontang']);
    expect(result.people.map((p) => p.name)).toEqual(['Samarinda Putri Rahayu']);
  });

  it('should split an office and a duty joined by "selaku" before the name into two titles', () => {
    const text = 'Wakil Wali Kota Bontang selaku Ketua Tim Pembina UKS (TP UKS), Agus Haryanto Simanjuntak, membuka lomba.';
    expect(personIn(text, 'Agus Haryanto Simanjuntak')).toMatchObject({
      titles: ['Wakil Wali Kota Bontang', 'Ketua Tim Pembina UKS (TP UKS)'],
      organization: 'Pemerintah Kota Bontang',
    });
  });

  it('should keep one title for "Menteri X/Kepala Y"', () => {
    const text = 'Menteri Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional (ATR/BPN), Nursalim Hadi Wahyono, menyerahkan sertifikat.';
    expect(personIn(text, 'Nursalim Hadi Wahyono')?.titles).toEqual(['Menteri Agraria dan Tata Ruang/Kepala Badan Pertanahan Nasional (ATR/BPN)']);
  });
});

describe('regencies by their common short forms', () => {
  it('should read TTS, Sidrap and Pangkep as their regencies, and link "Bupati TTS" to its government', () => {
    const text =
      'KUPANG - Kabupaten Timor Tengah Selatan (TTS) mencatat stunting tinggi. Bupati TTS, Eduard Tanaem Nome, meminta kader ' +
      'aktif. Petani di Kabupaten Sidrap dan Pangkep panen. KTT G20 dibahas di Jakarta.';
    const result = extractEntities(text);
    expect(result.locations.map((l) => l.name)).toEqual(['Kupang', 'Timor Tengah Selatan', 'Sidenreng Rappang', 'Pangkajene dan Kepulauan', 'DKI Jakarta']);
    expect(personIn(text, 'Eduard Tanaem Nome')?.organization).toBe('Pemerintah Kabupaten Timor Tengah Selatan');
  });
});

describe('a team named with its region', () => {
  it('should read "Tim Penyelesaian Konflik Agraria Kabupaten Paser" as the regency government\'s team, its secretary an official', () => {
    const text = 'Sekretaris Tim Penyelesaian Konflik Agraria Kabupaten Paser, Andi Baso Tenri, hadir. Tim Saber Pungli juga hadir.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Tim Penyelesaian Konflik Agraria Paser', true],
      ['Tim Saber Pungli', false],
    ]);
    expect(personIn(text, 'Andi Baso Tenri')).toMatchObject({ organization: 'Tim Penyelesaian Konflik Agraria Paser', official: true });
  });
});

describe('roles held somewhere, before a comma and the name', () => {
  it('should read "Pemilik homestay di Pulau Derawan, X" and "Tokoh adat Balik di Sepaku, X" as the role and where it is held', () => {
    const text =
      'Pemilik homestay di Pulau Derawan, Yakobus Liah Bit, mengaku tamu ramai. Tokoh adat Balik di Sepaku, Sarifuddin Lawe, ' +
      'meminta lahan adat dihormati. Bunga dipesan dari pemilik toko Citra Florist.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([
      ['Yakobus Liah Bit', ['pemilik homestay di Pulau Derawan']],
      ['Sarifuddin Lawe', ['tokoh adat Balik di Sepaku']],
    ]);
  });
});

describe('roles before a name with their body', () => {
  it('should read "Prakirawan BMKG, X", "Political analyst X from Y" and "Economist from Y, X" with the title or role and the body', () => {
    const text =
      'Prakirawan BMKG, Rini Handayani, menyarankan warga waspada. Political analyst Hendriansyah Hamzah Lubis from Mulawarman ' +
      'University said the plan was late. Economist from Mulawarman University, Aji Sulaiman Effendi, cautioned that growth was fragile.';
    expect(personIn(text, 'Rini Handayani')).toMatchObject({ titles: ['Prakirawan BMKG'], organization: 'Badan Meteorologi, Klimatologi, dan Geofisika' });
    expect(personIn(text, 'Hendriansyah Hamzah Lubis')).toMatchObject({ titles: ['political analyst'], organization: 'Mulawarman University' });
    expect(personIn(text, 'Aji Sulaiman Effendi')).toMatchObject({ titles: ['economist'], organization: 'Mulawarman University' });
  });
});

describe('a holder\'s name set off by commas after the title', () => {
  it('should read words of the language and a rank inside the name ("Setiawan Karya Utama", "Agustinus Rumbewas Mayor")', () => {
    const text =
      'Menteri Perhubungan, Dr. Setiawan Karya Utama, meninjau bandara. Kepala Badan Kepegawaian Daerah (BKD) Papua, Agustinus ' +
      'Rumbewas Mayor, mengatakan kuota 80 persen. "Kami ingin investor," kata Setiawan.';
    expect(personIn(text, 'Setiawan Karya Utama')).toMatchObject({ organization: 'Kementerian Perhubungan', official: true });
    expect(personIn(text, 'Agustinus Rumbewas Mayor')).toMatchObject({ organization: 'Badan Kepegawaian Daerah Papua', official: true });
    expect(extractEntities(text).quotes.map((q) => q.speaker)).toEqual(['Setiawan Karya Utama']);
  });

  it('should read no name from a list of fields or an English rank between the commas', () => {
    const text = 'Koordinator Divisi Pencegahan, Partisipasi Masyarakat, dan Hubungan Masyarakat, Andi Arham Mappasessu, hadir.';
    expect(extractEntities(text).people.map((p) => p.name)).toEqual(['Andi Arham Mappasessu']);
  });
});

describe('lawyers and their clients', () => {
  it('should title the lawyer named after "Penasihat hukum tersangka," as the lawyer, never as the suspect', () => {
    expect(personIn('Penasihat hukum tersangka, Johannes Sinaga, S.H., mengatakan kliennya kooperatif.', 'Johannes Sinaga')?.titles).toEqual([
      'penasihat hukum tersangka',
    ]);
    expect(personIn('Penasihat hukum terdakwa Andi Saputra mengajukan eksepsi.', 'Andi Saputra')?.titles).toEqual(['terdakwa']);
  });

  it('should read the lawyer after a client named by initials or by name ("Kuasa hukum SR, La Ode Hasrul")', () => {
    const text =
      'Kejari menahan mantan Kadishub berinisial SR dalam perkara korupsi. SR ditahan Senin. Kuasa hukum SR, La Ode Hasrul, S.H., menilai dakwaan lemah. ' +
      'Sementara itu, penasihat hukum Syahrial, H. Abdul Rahman Hakim, S.H., menilai putusan tidak adil.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([
      ['La Ode Hasrul', ['kuasa hukum SR']],
      ['Abdul Rahman Hakim', ['penasihat hukum Syahrial']],
    ]);
    expect(result.organizations.map((o) => o.name)).not.toContain('SR');
  });
});

describe('a title of every level of government in a story about the province, datelined in its capital', () => {
  it('should give a bare "Sekretaris Daerah" the province where the story\'s bodies are the province\'s', () => {
    const text =
      'PALU, KOMPAS.com - Gubernur Sulawesi Tengah menerima wartawan di Palu. DPRD Sulteng menilai serapan APBD rendah. ' +
      'Saya sudah tegur Sekretaris Daerah, Drs. Hasanuddin Lasahido, M.M., kata gubernur. Ketua DPRD Sulteng hadir.';
    expect(personIn(text, 'Hasanuddin Lasahido')).toMatchObject({ organization: 'Pemerintah Provinsi Sulawesi Tengah', official: true });
  });

  it('should leave a bare "Sekretaris Daerah" without a region in a story about the city', () => {
    const text = 'PALU, KOMPAS.com - Wali Kota Palu meminta OPD melapor. Sekretaris Daerah, Drs. Hasanuddin Lasahido, M.M., mengawasi.';
    expect(personIn(text, 'Hasanuddin Lasahido')?.organization).toBeNull();
  });
});

describe('a commission named bare after it is named with its house', () => {
  it('should file "Anggota Komisi IV" under "Komisi IV DPRD Kalimantan Timur" named before, as one body', () => {
    const text = 'Komisi IV DPRD Kalimantan Timur memanggil Dinas Kesehatan Kaltim. Anggota Komisi IV, Hendra Siregar, menilai program lambat.';
    const result = extractEntities(text);
    expect(result.organizations.filter((o) => o.name.startsWith('Komisi')).map((o) => [o.name, o.mentions.length])).toEqual([
      ['Komisi IV DPRD Kalimantan Timur', 2],
    ]);
    expect(personIn(text, 'Hendra Siregar')?.organization).toBe('Komisi IV DPRD Kalimantan Timur');
  });
});

describe('the boards of a party', () => {
  it('should read a party\'s board at its level, with its seat, as a body of its own, and give its officers to it', () => {
    const text =
      'Surabaya - DPD PDI Perjuangan Jawa Timur menggelar Konferda. DPP PDI Perjuangan menetapkan H. Moh. Fauzan Ghozali sebagai ' +
      'ketua DPD PDI Perjuangan Jatim. Ketua DPC PDI Perjuangan Kota Surabaya Bagus Dwi Cahyono hadir. ' +
      'Ketua Dewan Pimpinan Wilayah (DPW) Partai NasDem Sulut Marlon Rantung juga hadir.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['DPD PDI Perjuangan Jawa Timur', false],
      ['DPP PDI Perjuangan', false],
      ['DPC PDI Perjuangan Surabaya', false],
      ['DPW Partai NasDem Sulawesi Utara', false],
    ]);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Moh. Fauzan Ghozali', 'DPD PDI Perjuangan Jawa Timur'],
      ['Bagus Dwi Cahyono', 'DPC PDI Perjuangan Surabaya'],
      ['Marlon Rantung', 'DPW Partai NasDem Sulawesi Utara'],
    ]);
  });
});

describe('a faction named again in lower case', () => {
  it('should seat "Juru bicara fraksi, X" in the house, after the faction the text named, as an office holder', () => {
    const text =
      'Rapat paripurna DPRD Kalsel digelar Senin. Fraksi PKB menyoroti banjir yang berulang di Kabupaten Banjar. ' +
      'Juru bicara fraksi, Ahmad Zainal Fikri, meminta anggaran normalisasi tidak dipangkas.';
    expect(personIn(text, 'Ahmad Zainal Fikri')).toMatchObject({ organization: 'DPRD Kalimantan Selatan', official: true });
  });
});

describe("a legislature's inner bodies and 'the other' holder of a title", () => {
  const text =
    'SAMARINDA - Rapat dipimpin Wakil Ketua DPRD Kaltim, Rusmiati Darwis, didampingi Wakil Ketua lainnya, Bambang Harjito. ' +
    'Ketua Pansus LKPJ, Heriansyah Tamberi, mengatakan pansus bekerja. Ketua Badan Kehormatan (BK), Subandi, hadir. ' +
    'Juru bicara Fraksi PKS, Agus Suwandy, membacakan pandangan fraksi.';

  it('should seat the heads of a Pansus, the Badan Kehormatan and a faction in the one DPRD the story names', () => {
    for (const name of ['Heriansyah Tamberi', 'Subandi', 'Agus Suwandy']) {
      expect(personIn(text, name)).toMatchObject({ organization: 'DPRD Kalimantan Timur', official: true });
    }
  });

  it('should seat "Wakil Ketua lainnya" where the deputy chair named before sits', () => {
    expect(personIn(text, 'Bambang Harjito')).toMatchObject({ organization: 'DPRD Kalimantan Timur', official: true });
  });

  it('should keep the body a title names and leave a faction with two legislatures in the story to itself', () => {
    expect(personIn('Ketua Badan Anggaran DPRD Kaltim, Sabaruddin, hadir.', 'Sabaruddin')?.organization).toBe('Badan Anggaran DPRD Kalimantan Timur');
    const two = 'Ketua DPRD Kaltim, Hasanuddin Mas\'ud, dan Ketua DPRD Berau, Dedy Okto, hadir. Juru bicara Fraksi PKS, Agus Suwandy, bicara.';
    expect(personIn(two, 'Agus Suwandy')?.organization).toBe('Fraksi PKS');
  });
});

describe('heads of regional units written short', () => {
  it('should read a Dinas head glued to the unit ("Kadishub Kaltim", "Kadinkes Samarinda") and "Kalaksa BPBD"', () => {
    expect(personIn('Kadishub Kaltim Rahmadi Panca Wibowo mengatakan hal itu.', 'Rahmadi Panca Wibowo')).toMatchObject({
      titles: ['Kadishub Kaltim'],
      organization: 'Dinas Perhubungan Kalimantan Timur',
      official: true,
    });
    expect(personIn('Kadinkes Samarinda Ismid Kusasih hadir.', 'Ismid Kusasih')?.organization).toBe('Dinas Kesehatan Samarinda');
    expect(personIn('Kalaksa BPBD Kaltim Agus Tianur meninjau lokasi.', 'Agus Tianur')?.titles).toEqual(['Kalaksa BPBD Kaltim']);
    expect(personIn('Kepala BKAD Kaltim Ahmad Muzakkir menyebut anggaran aman.', 'Ahmad Muzakkir')?.organization).toBe(
      'Badan Keuangan dan Aset Daerah Kalimantan Timur',
    );
  });

  it('should count a glued head as a title word, like every other title form, so it never opens or ends a name', () => {
    expect(GLUED_HEAD_FORMS.size).toBeGreaterThan(10);
    expect([...GLUED_HEAD_FORMS.keys()].filter((form) => !TITLE_WORDS.has(form))).toEqual([]);
  });
});

describe('titles whose body begins inside them', () => {
  it('should read "Kepala Dinas" + a Dinas whose field holds a comma ("Koperasi, UMKM dan Perindustrian")', () => {
    expect(
      personIn('Kepala Dinas Koperasi, UMKM dan Perindustrian Balikpapan Heria Prisni menjelaskan hal itu.', 'Heria Prisni'),
    ).toMatchObject({
      titles: ['Kepala Dinas Koperasi, UMKM dan Perindustrian Balikpapan'],
      organization: 'Dinas Koperasi, UMKM dan Perindustrian Balikpapan',
      official: true,
    });
  });
});

describe('appositive names with the day of the report or a rank', () => {
  it('should read "Wakil Wali Kota Samarinda, Rusmadi Wongso, Jumat (7/3/2025)" and "Kapolsek X, AKP Y,"', () => {
    expect(personIn('Hal itu diungkapkan Wakil Wali Kota Samarinda, Rusmadi Wongso, Jumat (7/3/2025).', 'Rusmadi Wongso')).toMatchObject({
      titles: ['Wakil Wali Kota Samarinda'],
      organization: 'Pemerintah Kota Samarinda',
    });
    expect(personIn('Kapolsek Samarinda Kota, AKP Agus Dwi Prasetyo, saat dikonfirmasi membenarkan kejadian itu.', 'Agus Dwi Prasetyo')?.titles).toEqual([
      'Kapolsek Samarinda Kota',
      'AKP',
    ]);
    // A photo caption's position in parentheses ends the name.
    expect(personIn('Wali Kota Balikpapan Rahmad Mas’ud (kanan) menyerahkan bantuan.', "Rahmad Mas'ud")?.titles).toEqual([
      'Wali Kota Balikpapan',
    ]);
    expect(personIn('Sekretaris Provinsi (Sekprov) Kaltim Sri Wahyuni membuka kegiatan.', 'Sri Wahyuni')?.organization).toBe(
      'Pemerintah Provinsi Kalimantan Timur',
    );
  });
});

describe('the day of the report after a name', () => {
  it('should end a titled name at ", Senin (3/3/2025)" and attribute the quote to the titled person', () => {
    const result = extractEntities('"Kami akan terus mengawasi," kata Kepala Satpol PP Samarinda Anis Siswantini, Senin (3/3/2025).');
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([['Anis Siswantini', ['Kepala Satpol PP Samarinda']]]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Anis Siswantini']);
    expect(personIn('"Kami siap," kata Kepala Dinas Kesehatan Samarinda Ismid Kusasih, Selasa.', 'Ismid Kusasih')?.titles).toEqual([
      'Kepala Dinas Kesehatan Samarinda',
    ]);
  });
});

describe('acting officials, Kaltim companies and club roles', () => {
  it('should keep an acting holder\'s mark in the title ("Plh Sekda", "Pjs Bupati")', () => {
    expect(personIn('Plh Sekda Balikpapan Zulkifli membuka rapat.', 'Zulkifli')).toMatchObject({
      titles: ['Plh Sekda Balikpapan'],
      organization: 'Pemerintah Kota Balikpapan',
    });
    expect(personIn('Pjs Bupati Kukar Sunggono hadir.', 'Sunggono')?.titles).toEqual(['Pjs Bupati Kukar']);
  });

  it('should know the large Kaltim companies, whose names hold a region or a given name', () => {
    expect(personIn('Presiden Direktur PT Kaltim Prima Coal Kenneth Ruckert menyampaikan laporan.', 'Kenneth Ruckert')?.organization).toBe(
      'PT Kaltim Prima Coal',
    );
    expect(personIn('General Manager PHM Setyo Sapto Edi menyebut produksi naik.', 'Setyo Sapto Edi')?.organization).toBe(
      'PT Pertamina Hulu Mahakam',
    );
  });

  it('should leave a capitalised role out of a club named by its tail word ("Striker Borneo FC")', () => {
    expect(personIn('Striker Borneo FC Matheus Pato mencetak dua gol.', 'Matheus Pato')?.organization).toBe('Borneo FC');
  });
});

describe('neighbourhood heads and companies side by side', () => {
  it('should read "Ketua RT 15 Kelurahan X" and "Ketua RT 03/RW 05" as titles, no officials', () => {
    expect(personIn('Ketua RT 15 Kelurahan Sempaja Selatan Suparman mengatakan banjir surut.', 'Suparman')).toMatchObject({
      titles: ['Ketua RT 15 Kelurahan Sempaja Selatan'],
      official: false,
    });
    expect(personIn('Ketua RT 03/RW 05 Sutrisno mengatakan hal itu.', 'Sutrisno')?.titles).toEqual(['Ketua RT 03/RW 05']);
  });

  it('should not make two known companies side by side a third ("Gojek Tokopedia")', () => {
    const result = extractEntities('CEO Gojek Tokopedia Patrick Walujo mengatakan hal itu.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Gojek', 'Tokopedia']);
  });
});

describe('prosecutors, judges and title words inside names', () => {
  it('should read "Jaksa Penuntut Umum" / "JPU" as a prosecutor\'s title and "Hakim Ketua" as one title', () => {
    expect(personIn('Jaksa Penuntut Umum Kejari Balikpapan Ahmad Yani menuntut terdakwa.', 'Ahmad Yani')).toMatchObject({
      titles: ['Jaksa Penuntut Umum Kejari Balikpapan'],
      organization: 'Kejaksaan Negeri Balikpapan',
      official: true,
    });
    expect(personIn('Jaksa Pinangki Sirna Malasari divonis.', 'Pinangki Sirna Malasari')?.titles).toEqual(['Jaksa']);
    expect(personIn('Hakim Ketua Pengadilan Negeri Samarinda Nyoto Hindaryanto membacakan putusan.', 'Nyoto Hindaryanto')?.titles).toEqual([
      'Hakim Ketua Pengadilan Negeri Samarinda',
    ]);
  });

  it('should keep "Agung" and "Utama" inside a name, first word included ("Agung Laksono", "Dwinanto Agung Wibowo")', () => {
    expect(personIn('Ketua DPR Agung Laksono hadir.', 'Agung Laksono')?.titles).toEqual(['Ketua DPR']);
    expect(personIn('JPU Kejari Samarinda Dwinanto Agung Wibowo menuntut terdakwa.', 'Dwinanto Agung Wibowo')).toBeDefined();
    expect(personIn('Jaksa Agung Burhanuddin hadir.', 'Burhanuddin')?.titles).toEqual(['Jaksa Agung']);
  });
});

describe('state-company words and local secretaries', () => {
  it('should read "Menteri Badan Usaha Milik Negara" as the BUMN minister, with no body "Badan Usaha"', () => {
    const result = extractEntities('Hasilnya, Menteri Badan Usaha Milik Negara Dahlan Iskan meminta direksi bekerja.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Dahlan Iskan', 'Kementerian Badan Usaha Milik Negara']]);
    expect(result.organizations).toEqual([]);
    expect(extractEntities('Badan Usaha Milik Desa (BUMDes) itu untung.').organizations).toEqual([]);
  });

  it('should read a ministry field the list does not hold as no name ("Menteri Kehakiman untuk ...")', () => {
    expect(extractEntities('Ia mengajukan permohonan kepada Menteri Kehakiman untuk diberhentikan.').people).toEqual([]);
    expect(personIn('Menteri Luhut mengatakan hal itu.', 'Luhut')?.titles).toEqual(['Menteri']);
  });

  it('should leave a sentence noun out of a club named by its tail word ("Pertandingan Borneo FC")', () => {
    expect(extractEntities('Pertandingan Borneo FC melawan Persib berakhir imbang.').organizations.map((o) => o.name)).toContain('Borneo FC');
  });

  it('should read Sekcam and Sekdes as titles, never as names', () => {
    expect(extractEntities('Camat Batam Kota, SekCam dan enam lurah hadir.').people).toEqual([]);
    expect(personIn('Sekcam Samarinda Ulu Budi Santoso hadir.', 'Budi Santoso')).toMatchObject({
      titles: ['Sekcam Samarinda Ulu'],
      organization: 'Kecamatan Samarinda Ulu',
      official: true,
    });
  });

  it('should read a body whose field words are joined by "dan" ("Badan Rehabilitasi dan Rekonstruksi")', () => {
    expect(extractEntities('Proyek itu dikerjakan Badan Rehabilitasi dan Rekonstruksi pada 2006.').organizations.map((o) => o.name)).toEqual([
      'Badan Rehabilitasi dan Rekonstruksi',
    ]);
  });
});

describe('regional officials as Kaltim newsrooms write them', () => {
  it('should read a camat and a village head with the kecamatan or desa named by its known name', () => {
    expect(personIn('Camat Samarinda Ulu Syamsu Alam meninjau banjir.', 'Syamsu Alam')).toMatchObject({
      titles: ['Camat Samarinda Ulu'],
      organization: 'Kecamatan Samarinda Ulu',
      official: true,
    });
    expect(personIn('Kepala Desa Sumber Sari Suparno mengatakan warga gotong royong.', 'Suparno')).toMatchObject({
      titles: ['Kepala Desa Sumber Sari'],
      organization: 'Desa Sumber Sari',
    });
  });

  it('should keep a two-word police rank and a first name that is also a common word', () => {
    expect(personIn('Kapolresta Samarinda Kombes Pol Ary Fadli mengatakan pelaku ditangkap.', 'Ary Fadli')).toMatchObject({
      titles: ['Kapolresta Samarinda', 'Kombes Pol'],
      organization: 'Polresta Samarinda',
    });
    expect(personIn('Kasat Reskrim Polres Bontang AKP Hari Supranoto menjelaskan kronologi.', 'Hari Supranoto')).toMatchObject({
      organization: 'Polres Bontang',
    });
  });

  it('should stop a party name where the known party ends and read the title short form in parentheses', () => {
    expect(personIn('Ketua Umum Partai Golkar Airlangga Hartarto hadir di Samarinda.', 'Airlangga Hartarto')?.organization).toBe(
      'Partai Golongan Karya',
    );
    expect(personIn('Sekretaris Daerah (Sekda) Kota Samarinda Hero Mardanus membuka acara itu.', 'Hero Mardanus')).toMatchObject({
      titles: ['Sekretaris Daerah (Sekda) Kota Samarinda'],
      organization: 'Pemerintah Kota Samarinda',
    });
  });

  it('should read "Kadis PUPR" as the head of the Dinas PUPR, not of the ministry', () => {
    expect(personIn('Kadis PUPR Kaltim Aji Muhammad Fitra Firnanda menjelaskan proyek jalan.', 'Aji Muhammad Fitra Firnanda')).toMatchObject({
      organization: 'Dinas Pekerjaan Umum dan Penataan Ruang Kalimantan Timur',
      official: true,
    });
  });

  it('should end a unit or a body at its region when a person is named after it', () => {
    expect(personIn('Kepala Seksi Pidana Khusus Kejari Samarinda Moh Rizky Pradana mengatakan berkas lengkap.', 'Moh Rizky Pradana')?.organization).toBe(
      'Kejaksaan Negeri Samarinda',
    );
    expect(personIn('Dirut Perumda Tirta Manuntung Balikpapan Haidir Effendi memastikan air lancar.', 'Haidir Effendi')?.organization).toBe(
      'Perumda Tirta Manuntung Balikpapan',
    );
  });

  it('should keep a hospital named after a person whole', () => {
    const text = 'Direktur RSUD Abdul Wahab Sjahranie dr David Hariadi Masjhoer menjelaskan layanan.';
    expect(extractEntities(text).organizations.map((o) => o.name)).toContain('RSUD Abdul Wahab Sjahranie');
    expect(personIn(text, 'David Hariadi Masjhoer')?.organization).toBe('RSUD Abdul Wahab Sjahranie');
  });

  it('should read a middle initial without its period, "Hakim" inside a name and the city secretary', () => {
    expect(personIn('Anggota DPRD Kaltim Sarkowi V Zahry menyebut anggaran terbatas.', 'Sarkowi V Zahry')).toMatchObject({
      titles: ['Anggota DPRD Kaltim'],
      organization: 'DPRD Kalimantan Timur',
      official: true,
    });
    expect(personIn('Ketua Komisi III DPRD Samarinda Deni Hakim Anwar mengatakan proyek molor.', 'Deni Hakim Anwar')?.organization).toBe(
      'Komisi III DPRD Samarinda',
    );
    expect(personIn('Sekretaris Kota (Sekkot) Balikpapan Muhaimin memimpin apel.', 'Muhaimin')?.organization).toBe(
      'Pemerintah Kota Balikpapan',
    );
  });

  it('should give a deputy named right after the head the head\'s region, of the deputy\'s own level', () => {
    expect(personIn('Bupati Kutai Kartanegara Edi Damansyah dan Wakil Bupati Rendi Solihin hadir.', 'Rendi Solihin')?.organization).toBe(
      'Pemerintah Kabupaten Kutai Kartanegara',
    );
    expect(personIn('Bupati Kutai Kartanegara Edi Damansyah dan Wakil Gubernur Hadi Mulyadi hadir.', 'Hadi Mulyadi')?.organization).toBe(
      'Pemerintah Provinsi Kalimantan Timur',
    );
  });

  it('should read company officials: a regional bank, a company named with its region, a branch manager', () => {
    expect(personIn('Direktur Utama Bank Kaltimtara Muhammad Yamin mengatakan laba naik.', 'Muhammad Yamin')?.organization).toBe(
      'PT Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara',
    );
    // The known company by its full name, as in "Karyawan PT Pupuk Kaltim" (below).
    expect(personIn('Manajer Humas PT Pupuk Kaltim Ilham Budi Setiawan menyebut produksi naik.', 'Ilham Budi Setiawan')?.organization).toBe(
      'PT Pupuk Kalimantan Timur',
    );
    // The branch: a search by "BRI" still finds it, since the branch keeps the bank's acronym and aliases.
    expect(personIn('Pimpinan Cabang BRI Samarinda Rudi Hartono meresmikan kantor baru.', 'Rudi Hartono')).toMatchObject({
      titles: ['Pimpinan Cabang BRI Samarinda'],
      organization: 'PT Bank Rakyat Indonesia (Persero) Tbk Samarinda',
    });
  });

  it('should read English titles written after their body or region', () => {
    expect(personIn('East Kalimantan Governor Isran Noor welcomed the investors.', 'Isran Noor')).toMatchObject({
      titles: ['East Kalimantan Governor'],
      organization: 'Pemerintah Provinsi Kalimantan Timur',
      official: true,
    });
    expect(personIn('Bank Indonesia Governor Perry Warjiyo kept the rate unchanged.', 'Perry Warjiyo')?.organization).toBe('Bank Indonesia');
    expect(personIn('East Kalimantan Police chief Inspector General Nanang Avianto said so.', 'Nanang Avianto')).toMatchObject({
      titles: ['East Kalimantan Police chief', 'Inspector General'],
      organization: 'Polda Kalimantan Timur',
      official: true,
    });
    expect(personIn('The spokesperson, Senior Commissioner Yuliyanto, added that.', 'Yuliyanto')?.titles).toEqual(['spokesperson', 'Senior Commissioner']);
    expect(personIn("East Kalimantan Governor-elect Rudy Mas'ud promised to add funds.", "Rudy Mas'ud")?.organization).toBe(
      'Pemerintah Provinsi Kalimantan Timur',
    );
    expect(personIn('East Kalimantan Regional Secretary Sri Wahyuni urged mining firms to stop.', 'Sri Wahyuni')).toMatchObject({
      titles: ['East Kalimantan Regional Secretary'],
      organization: 'Pemerintah Provinsi Kalimantan Timur',
      official: true,
    });
    // "Provincial Secretary" is the province's Sekda in English copy too.
    expect(personIn('Meanwhile, Papua Provincial Secretary Dr. Hendrik Rumaropen said the administration was ready.', 'Hendrik Rumaropen')).toMatchObject({
      official: true,
    });
  });
});

describe('professional, student and religious bodies and their regional boards', () => {
  it.each([
    ['Ketua IDI Samarinda dr Budi Santoso hadir.', 'Ikatan Dokter Indonesia Samarinda'],
    ['Ketua PWNU Kaltim KH Muhammad Rasyid hadir.', 'Nahdlatul Ulama Kalimantan Timur'],
    ['Ketua GP Ansor Kaltim Budi Santoso hadir.', 'Gerakan Pemuda Ansor Kalimantan Timur'],
    ['Ketua IBI Kaltim Siti Aminah hadir.', 'Ikatan Bidan Indonesia Kalimantan Timur'],
  ])('should link the chair in "%s" to %s', (text, organization) => {
    expect(extractEntities(text).people[0]?.organization).toBe(organization);
  });

  it('should read no person in a place after a title ("Koordinator Distrik Lahore")', () => {
    const result = extractEntities('Pejabat Koordinator Distrik Lahore mengatakan 15 orang tewas di Lahore, Pakistan.');
    expect(result.people).toEqual([]);
    expect(result.locations.map((l) => l.name)).toContain('Distrik Lahore');
  });

  it('should read "Pemimpin" and "Pimpinan" as a head\'s titles, and an editor-in-chief with the outlet', () => {
    expect(personIn('Pemimpin BNI Kantor Cabang Samarinda Indra Gunawan menyebut ada 350 UMKM binaan.', 'Indra Gunawan')).toMatchObject({
      titles: ['Pemimpin BNI Kantor Cabang Samarinda'],
      official: false,
    });
    expect(personIn('Pimpinan KPK Alexander Marwata hadir.', 'Alexander Marwata')).toMatchObject({
      organization: 'Komisi Pemberantasan Korupsi',
      official: true,
    });
    expect(personIn('Pemimpin Redaksi Kaltim Post Budi Santoso hadir.', 'Budi Santoso')?.titles).toEqual(['Pemimpin Redaksi Kaltim Post']);
  });

  it('should end a title at the region after one word no list knows, the name after it ("Ketua Forkopimda Kaltim X")', () => {
    expect(personIn('Ketua Forkopimda Kaltim Budi Santoso hadir.', 'Budi Santoso')?.titles).toEqual(['Ketua Forkopimda Kaltim']);
    expect(personIn('Ketua Granat Kaltim Ahmad Fauzi meminta aparat waspada.', 'Ahmad Fauzi')?.organization).toBe(
      'Gerakan Nasional Anti Narkotika Kalimantan Timur',
    );
    // A given name is no body's: "Budi" stays in the name.
    expect(extractEntities('Ketua Budi Kaltim Santoso Wijaya hadir.').people.map((p) => p.titles)).not.toContainEqual(['Ketua Budi Kaltim']);
  });

  it('should read an NGO\'s or a protest\'s coordinator as a title ("Dinamisator Jatam Kaltim", "Koordinator aksi")', () => {
    expect(personIn('Dinamisator Jatam Kaltim Mareta Sari mengingatkan hal itu.', 'Mareta Sari')).toMatchObject({
      titles: ['Dinamisator Jatam Kaltim'],
      organization: 'Jaringan Advokasi Tambang Kalimantan Timur',
      official: false,
    });
    expect(personIn('Koordinator aksi, Herman Sulaiman, mengatakan reklamasi merusak.', 'Herman Sulaiman')?.titles).toEqual(['Koordinator aksi']);
  });
});

describe('offices and chairs in Antara English', () => {
  it('should read "Head of BI East Kalimantan Representative Office X" and "(Kadin) chairman X"', () => {
    const text = 'Head of BI East Kalimantan Representative Office Budi Widihartanto said coal exports remained strong.';
    expect(personIn(text, 'Budi Widihartanto')).toMatchObject({ organization: 'Bank Indonesia Kalimantan Timur', official: true });
    const kadin = 'The East Kalimantan Chamber of Commerce and Industry (Kadin) chairman Dayang Donna Faroek urged the government.';
    expect(personIn(kadin, 'Dayang Donna Faroek')?.organization).toBe('Kamar Dagang dan Industri Indonesia');
    // A branch word before the region is still read once ("Perum Bulog Kantor Cabang Samarinda menyiapkan").
    const bulog = extractEntities('Menurut dia, Perum Bulog Kantor Cabang Samarinda menyiapkan 50 ton beras.');
    expect(bulog.organizations.map((o) => o.mentions.map((m) => m.text))).toEqual([['Perum Bulog Kantor Cabang Samarinda']]);
  });
});

describe('courts and local governments in Antara English', () => {
  const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);

  it('should read courts by their English names with the region before them', () => {
    expect(names('The case is tried at the Samarinda Corruption Court.')).toEqual(['Pengadilan Tindak Pidana Korupsi Samarinda']);
    expect(names('The East Kalimantan High Court upheld the verdict.')).toEqual(['Pengadilan Tinggi Kalimantan Timur']);
    expect(names('The Central Jakarta District Court sentenced him.')).toEqual(['Pengadilan Negeri Jakarta Pusat']);
    const text = 'The case is tried at the Samarinda Corruption Court. Presiding judge Nyoto Hindaryanto adjourned the hearing.';
    expect(personIn(text, 'Nyoto Hindaryanto')).toMatchObject({ titles: ['Presiding judge'], organization: 'Pengadilan Tindak Pidana Korupsi Samarinda' });
  });

  it('should read a local government written without its region as the one the sentence names, before the dateline\'s', () => {
    expect(names("Jakarta (ANTARA) - East Kalimantan Governor Rudy Mas'ud said the provincial administration respected the process.")).toEqual([
      'Pemerintah Provinsi Kalimantan Timur',
    ]);
    expect(names("JAKARTA - Gubernur Kaltim Rudy Mas'ud mengatakan pemerintah provinsi menghormati proses hukum.")).toEqual([
      'Pemerintah Provinsi Kalimantan Timur',
    ]);
    // With no region in the sentence, the dateline's.
    expect(names('JAKARTA - Pemerintah provinsi menghormati proses hukum.')).toEqual(['Pemerintah Provinsi DKI Jakarta']);
  });
});

describe('police and places in Antara English', () => {
  it('should read a province\'s police as its Polda and the National Police as Polri, no body "The ... Police"', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);
    expect(names('The East Kalimantan Regional Police arrested two men.')).toEqual(['Polda Kalimantan Timur']);
    expect(names('The National Police arrested two men.')).toEqual(['Kepolisian Negara Republik Indonesia']);
    // A city's police is a Polres or a Polresta, which English does not say.
    expect(names('The Balikpapan Police arrested two men.')).not.toContain('Polda Balikpapan');
  });

  it('should read "North Balikpapan" as the kecamatan Balikpapan Utara', () => {
    const result = extractEntities('Most cases were found in North Balikpapan and Central Balikpapan sub-districts.');
    expect(result.locations.map((l) => [l.name, l.kind])).toEqual([
      ['Balikpapan Utara', 'district'],
      ['Balikpapan Tengah', 'district'],
    ]);
  });
});

describe('party boards and the Dewan Perwakilan Daerah', () => {
  it('should read a Malay "Datuk" or "Datuk Seri" before a name as an honorific, the title before it the person\'s', () => {
    // Prepare: the titles of s28a-06 and s26a-05
    const text =
      'Ketua DPD Asosiasi Petani Kelapa Sawit Indonesia (Apkasindo) Siak, Datuk H Tengku Said Hamzah, meminta verifikasi dipercepat. ' +
      'Ketua Umum Lembaga Adat Melayu Riau (LAMR) Rohil, Datuk Seri H Wan Ahmad Syukri, mengingatkan warga.';
    // Act
    const people = extractEntities(text).people;
    // Assert
    expect(people.find((p) => p.name === 'Tengku Said Hamzah')?.organization).toBe('Asosiasi Petani Kelapa Sawit Indonesia Siak');
    expect(people.find((p) => p.name === 'Wan Ahmad Syukri')?.organization).toBe('Lembaga Adat Melayu Riau Rokan Hilir');
    // With a full stop after "H" too (s33a-12): "Seri" is the honorific's second word, no part of the name.
    const member = extractEntities('Menurut anggota Komisi III DPRD Riau, Datuk Seri H. Azwar Chalid, pajak itu wajib. "Masyarakat berhak tahu," tegas Azwar.');
    expect(member.people.map((p) => [p.name, p.aliases])).toEqual([['Azwar Chalid', ['Azwar']]]);
    expect(member.quotes.map((q) => q.speaker)).toEqual(['Azwar Chalid']);
  });

  it('should read "DPD <association>" as the association\'s regional board, no Dewan Perwakilan Daerah', () => {
    // Prepare: the titles of s28b-03 and s28a-06
    const text =
      'Ketua DPD Himpunan Pramuwisata Indonesia (HPI) Bali, I Komang Budiarta Yasa, mengatakan pemandu siap. ' +
      'Ketua DPD Asosiasi Petani Kelapa Sawit Indonesia (Apkasindo) Siak, Suparman, menyebut harga naik.';
    // Act
    const names = extractEntities(text).organizations.map((o) => o.name);
    // Assert
    expect(names).not.toContain('Dewan Perwakilan Daerah');
    expect(names).toEqual(expect.arrayContaining(['Himpunan Pramuwisata Indonesia Bali', 'Asosiasi Petani Kelapa Sawit Indonesia Siak']));
  });

  it('should read "DPD <party>" as the party\'s regional board, a body of its own, no senate; its chair no official', () => {
    const result = extractEntities('Ketua DPD Partai Golkar Kaltim Rudy Mas\'ud dan Ketua DPD PDI Perjuangan Kaltim Safaruddin hadir.');
    expect(result.organizations.map((o) => o.name)).toEqual(['DPD Partai Golkar Kalimantan Timur', 'DPD PDI Perjuangan Kalimantan Timur']);
    expect(personIn('Ketua DPD Golkar I Nyoman Sugawa Korry mengatakan.', 'I Nyoman Sugawa Korry')).toMatchObject({
      titles: ['Ketua DPD Golkar'],
      organization: 'DPD Golkar',
      official: false,
    });
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ["Rudy Mas'ud", 'DPD Partai Golkar Kalimantan Timur', false],
      ['Safaruddin', 'DPD PDI Perjuangan Kalimantan Timur', false],
    ]);
  });

  it('should read "DPD <an association\'s acronym>" as that body\'s regional board, no state senate ("Ketua DPD KSPSI Kaltim")', () => {
    const result = extractEntities('Ketua DPD KSPSI Kaltim Ferdinandus Lake menolak usulan itu. Anggota DPD Kaltim Aji Mirni Mawarni hadir.');
    expect(result.people.map((p) => [p.name, p.official])).toEqual([
      ['Ferdinandus Lake', false],
      ['Aji Mirni Mawarni', true],
    ]);
    expect(result.organizations.map((o) => o.name)).toEqual([
      'Konfederasi Serikat Pekerja Seluruh Indonesia Kalimantan Timur',
      'Dewan Perwakilan Daerah Kalimantan Timur',
    ]);
  });

  it('should keep the DPD and its members officials where no party follows ("Ketua DPD RI", "Anggota DPD", "Senator")', () => {
    expect(personIn('Ketua DPD RI La Nyalla Mattalitti berkata.', 'La Nyalla Mattalitti')).toMatchObject({
      organization: 'Dewan Perwakilan Daerah',
      official: true,
    });
    expect(personIn('Anggota DPD RI Aji Mirni Mawarni hadir di Samarinda.', 'Aji Mirni Mawarni')).toMatchObject({
      titles: ['Anggota DPD RI'],
      organization: 'Dewan Perwakilan Daerah',
      official: true,
    });
    expect(personIn('Senator Bernie Sanders said.', 'Bernie Sanders')?.official).toBe(true);
  });
});

describe('legislators with their commission and electoral district', () => {
  it('should keep a commission named by a numeral or letter and the electoral district in the title', () => {
    expect(personIn('Anggota Komisi X DPR RI Dapil Kaltim I Hetifah Sjaifudian berkata.', 'Hetifah Sjaifudian')).toMatchObject({
      titles: ['Anggota Komisi X DPR RI Dapil Kaltim I'],
      organization: 'Dewan Perwakilan Rakyat',
      official: true,
    });
    expect(personIn('Ketua Komisi B DPRD DKI Ismail mengatakan.', 'Ismail')?.organization).toBe('DPRD DKI Jakarta');
    expect(personIn('Senator asal Kaltim Aji Mirni Mawarni hadir.', 'Aji Mirni Mawarni')?.titles).toEqual(['Senator asal Kaltim']);
  });

  it('should keep the body\'s own region, not the district, as the person\'s organization', () => {
    const sarkowi = personIn('Anggota DPRD Kaltim dapil Samarinda Sarkowi V Zahry mengatakan hal itu.', 'Sarkowi V Zahry');
    expect(sarkowi).toMatchObject({ titles: ['Anggota DPRD Kaltim dapil Samarinda'], organization: 'DPRD Kalimantan Timur' });
  });
});

describe('units that serve more than one region', () => {
  it('should keep two regions joined by "dan" and a group of regions in the title', () => {
    expect(personIn('Kepala OJK Kaltim dan Kaltara Parjiman menjelaskan kredit UMKM tumbuh.', 'Parjiman')).toMatchObject({
      titles: ['Kepala OJK Kaltim dan Kaltara'],
      organization: 'Otoritas Jasa Keuangan Kalimantan Timur',
      official: true,
    });
    expect(personIn('GM PLN UID Kaltimtara Abdul Salam Nganro memastikan pasokan aman.', 'Abdul Salam Nganro')?.titles).toEqual([
      'GM PLN UID Kaltimtara',
    ]);
  });

  it('should read a group of regions as a location of its own', () => {
    const result = extractEntities('Banjir melanda Jabodetabek, sementara Kepala Kanwil DJP Kaltimtara Max Darmawan berbicara.');
    expect(result.locations.map((l) => [l.name, l.kind, l.code])).toEqual([
      ['Jabodetabek', 'region-group', null],
      ['Kaltimtara', 'region-group', null],
    ]);
  });
});

describe('local units of national bodies and short forms of titles', () => {
  it('should read "Badan Narkotika Nasional Kota (BNNK) Balikpapan" as the local unit that "BNNK Balikpapan" names too', () => {
    const result = extractEntities(
      'Polresta Balikpapan bekerja sama dengan Badan Narkotika Nasional Kota (BNNK) Balikpapan. Kepala BNNK Balikpapan Budi Santoso hadir.',
    );
    expect(result.organizations.map((o) => [o.name, o.mentions.length])).toEqual([
      ['Polresta Balikpapan', 1],
      ['Badan Narkotika Nasional Kota Balikpapan', 3],
    ]);
    // A regency's unit is named as the regency's.
    expect(extractEntities('Badan Narkotika Nasional Kabupaten (BNNK) Kukar ikut hadir.').organizations.map((o) => o.name)).toEqual([
      'Badan Narkotika Nasional Kabupaten Kutai Kartanegara',
    ]);
  });

  it('should not read a title\'s short form in parentheses as a second title ("Jaksa Penuntut Umum (JPU) Kejari X")', () => {
    expect(personIn('Jaksa Penuntut Umum (JPU) Kejari Balikpapan, Sri Rahayu, SH, menyebut berkas lengkap.', 'Sri Rahayu')?.titles).toEqual([
      'Jaksa Penuntut Umum (JPU) Kejari Balikpapan',
    ]);
  });
});

describe('known companies written with "PT"', () => {
  it('should keep a company name whose last word companies end in whole, a listed given name inside it or not', () => {
    const names = (text: string): string[] => extractEntities(text).organizations.map((o) => o.name);
    expect(names('PT Indominco Mandiri dan PT Energi Unggul Persada menyalurkan bantuan.')).toEqual(['PT Indominco Mandiri', 'PT Energi Unggul Persada']);
    expect(names('PT Badak Natural Gas Liquefaction (Badak NGL) menyalurkan beasiswa. Badak NGL juga membantu nelayan.')).toEqual(['PT Badak NGL']);
    // A health company's last word too ("Husada", "Medika"): "Lestari Husada" is no person's name there.
    expect(names('PT Mitra Lestari Husada menyatakan siap membantu, begitu pula PT Sinar Dewi Medika.')).toEqual(['PT Mitra Lestari Husada', 'PT Sinar Dewi Medika']);
    expect(extractEntities('PT Sinar Lestari Husada said it would help.').people).toEqual([]);
  });

  it('should keep a word that opens sentences inside a company\'s name ("PT Bara Sumber Lestari", "PT Mitra Dana Sejahtera")', () => {
    const names = (text: string): string[] => extractEntities(text).organizations.map((o) => o.name);
    expect(names('Warga memblokade jalan PT Bara Sumber Lestari dan PT Mitra Dana Sejahtera.')).toEqual(['PT Bara Sumber Lestari', 'PT Mitra Dana Sejahtera']);
    // A word companies end in goes on past a region as the name's last word.
    expect(names('Kesepakatan dengan PT Agro Sawit Pasaman Lestari diteken.')).toEqual(['PT Agro Sawit Pasaman Lestari']);
    expect(personIn('Humas PT Jaya Makmur Bersama, Yuliana Pertiwi, menyebut perusahaan akan membantu.', 'Yuliana Pertiwi')?.organization).toBe(
      'PT Jaya Makmur Bersama',
    );
  });

  it('should end a known company\'s name where a person\'s name follows and give the company its canonical name', () => {
    expect(personIn('Manager Humas PT KPC Yordan Kalalo berkata.', 'Yordan Kalalo')).toMatchObject({
      titles: ['Manager Humas PT KPC'],
      organization: 'PT Kaltim Prima Coal',
    });
    const pupuk = extractEntities('Karyawan PT Pupuk Kaltim menanam pohon, kata Pupuk Kaltim.').organizations;
    expect(pupuk.map((o) => [o.name, o.mentions.length])).toEqual([['PT Pupuk Kalimantan Timur', 2]]);
  });

  it('should not cut a company\'s name at a known shorter one ("PT Angkasa Pura II", "PT Pertamina Patra Niaga")', () => {
    const names = extractEntities('Bandara itu diserahkan kepada PT Angkasa Pura II dan PT Pertamina Patra Niaga.').organizations.map((o) => o.name);
    expect(names).toEqual(['PT Angkasa Pura II', 'PT Pertamina Patra Niaga']);
  });
});

describe('corporate and coaching roles', () => {
  it('should read English corporate titles with their field ("Head of Communication PHM", "Senior Manager")', () => {
    expect(personIn('Head of Communication PHM Frans Alexander mengatakan program itu berlanjut.', 'Frans Alexander')).toMatchObject({
      titles: ['Head of Communication PHM'],
      organization: 'PT Pertamina Hulu Mahakam',
      official: false,
    });
    expect(personIn('Senior Manager Operasi PT Pupuk Kaltim Budi Santoso hadir.', 'Budi Santoso')?.titles).toEqual([
      'Senior Manager Operasi PT Pupuk Kaltim',
    ]);
  });

  it('should read a company officer\'s English field joined by commas and "&" and the island the unit serves', () => {
    const text = 'Area Manager Communication, Relations & CSR Pertamina Patra Niaga Regional Kalimantan Edi Mangun mengatakan.';
    expect(personIn(text, 'Edi Mangun')).toMatchObject({
      titles: ['Area Manager Communication, Relations & CSR Pertamina Patra Niaga Regional Kalimantan'],
      organization: 'PT Pertamina Patra Niaga',
      official: false,
    });
  });

  it('should read a head coach before the club and keep the club\'s name clean, a reporting verb after it or not', () => {
    expect(extractEntities('Head Coach Borneo FC Pieter Huistra berkata.').organizations.map((o) => o.name)).toEqual(['Borneo FC']);
    expect(personIn('pelatih kepala Persija Thomas Doll mengatakan timnya siap.', 'Thomas Doll')).toMatchObject({
      titles: ['pelatih kepala'],
      organization: 'Persija Jakarta',
    });
  });

  it('should not read a capitalised role at a sentence start into the club the tagger found ("Pelatih Persiba ...")', () => {
    const text = 'Pelatih Persiba Balikpapan, Salahudin, mengatakan timnya siap.';
    expect(extractEntities(text).organizations.map((o) => o.name)).toEqual(['Persiba Balikpapan']);
    expect(personIn(text, 'Salahudin')).toMatchObject({ titles: ['pelatih'], organization: 'Persiba Balikpapan' });
  });
});

describe('given names that are also short forms of bodies', () => {
  it('should read a company\'s one-word name that is also a given name as the person\'s before another name word', () => {
    expect(personIn('Kepala Dinas Sosial Samarinda Meta Kurniasari mengatakan bantuan disalurkan.', 'Meta Kurniasari')).toMatchObject({
      organization: 'Dinas Sosial Samarinda',
      official: true,
    });
    expect(extractEntities('Meta dan Google menghapus konten itu.').organizations.map((o) => o.name)).toEqual(['Meta Platforms', 'Google']);
  });

  it('should not read "Fitra" in a name as the FITRA forum', () => {
    const result = extractEntities('Head of the provincial Public Works Office, Aji Muhammad Fitra Firnanda, said the projects would start.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Dinas Pekerjaan Umum']);
    expect(result.people.map((p) => p.name)).toEqual(['Aji Muhammad Fitra Firnanda']);
  });
});

describe('former and acting holders', () => {
  it('should keep "mantan" in the title and read a former holder as no official, linked to the body still', () => {
    expect(personIn('Pengadilan memvonis mantan Kepala Dinas Pendidikan Kutai Timur, Roma Malau, 8 tahun.', 'Roma Malau')).toMatchObject({
      titles: ['mantan Kepala Dinas Pendidikan Kutai Timur'],
      organization: 'Dinas Pendidikan Kutai Timur',
      official: false,
    });
    expect(personIn('Mantan Menkeu Bambang Brodjonegoro hadir.', 'Bambang Brodjonegoro')).toMatchObject({
      organization: 'Kementerian Keuangan',
      official: false,
    });
  });

  it('should link an acting or former police chief to the Polres, the rank keeping the officer an official', () => {
    for (const text of ['Plt Kapolres Samarinda AKBP Budi Santoso hadir.', 'Eks Kapolres Samarinda AKBP Budi Santoso dimutasi.']) {
      const result = extractEntities(text);
      expect(result.people[0]).toMatchObject({ name: 'Budi Santoso', organization: 'Polres Samarinda', official: true });
      expect(result.organizations).toEqual([]);
      expect(result.locations.map((l) => l.name)).toEqual(['Samarinda']);
    }
  });
});

describe('English titles after their body', () => {
  it('should read a body\'s office named with a possessive and "head" in lower case after a body and its region', () => {
    const text =
      "Bank Indonesia's East Kalimantan representative office recorded inflation of 1.8 percent. BPS East Kalimantan " +
      'head Yusniar Juliana said coal accounted for 80 percent of exports. Prices may head higher.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Bank Indonesia Kalimantan Timur', 'Badan Pusat Statistik Kalimantan Timur']);
    expect(personIn(text, 'Yusniar Juliana')).toMatchObject({
      titles: ['BPS East Kalimantan head'],
      organization: 'Badan Pusat Statistik Kalimantan Timur',
      official: true,
    });
  });

  it('should read "former" before the region of an English title, and the Attorney General\'s Office by its short form', () => {
    const text = 'KPK named former East Kalimantan Governor Awang Faroek Ishak a suspect. AGO spokesman Harli Siregar declined to comment.';
    expect(personIn(text, 'Awang Faroek Ishak')).toMatchObject({ titles: ['former East Kalimantan Governor'], official: false });
    expect(personIn(text, 'Harli Siregar')?.organization).toBe('Kejaksaan Agung');
  });

  it('should read the DPRD by its English name, and a bare "DPRD" after it as the same council', () => {
    const text = 'The East Kalimantan Regional Legislative Council (DPRD) has approved the budget. DPRD members agreed.';
    expect(extractEntities(text).organizations.map((o) => [o.name, o.mentions.length])).toEqual([['DPRD Kalimantan Timur', 3]]);
  });

  it('should give "the provincial Environment Agency" in a Samarinda story the province, "the city\'s Education Office" the city', () => {
    const text =
      'Samarinda (ANTARA) - The council would summon the provincial Environment Agency. The provincial Education Office said ' +
      "40 schools were flooded, while the city's Education Office said 12.";
    expect(extractEntities(text).organizations.map((o) => o.name)).toEqual([
      'Dinas Lingkungan Hidup Kalimantan Timur',
      'Dinas Pendidikan Kalimantan Timur',
      'Dinas Pendidikan Samarinda',
    ]);
  });

  it('should read a month inside a minister\'s name ("Raja Juli Antoni") and make no ministry of a minister\'s name', () => {
    expect(personIn('Menteri Kehutanan Raja Juli Antoni juga hadir.', 'Raja Juli Antoni')?.organization).toBe('Kementerian Kehutanan');
    const list = extractEntities('Menteri Bahlil, Sri Mulyani dan Airlangga hadir di Istana.');
    expect(list.people.map((p) => p.organization)).not.toContain('Kementerian Bahlil');
  });

  it('should give a title before a list of names ("Menteri Bahlil, Sri Mulyani dan Airlangga") to every name, not to the second as "Menteri Bahlil"', () => {
    const text = 'Presiden memanggil Menteri Bahlil Lahadalia, Sri Mulyani Indrawati dan Airlangga Hartarto ke Istana.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles])).toEqual([
      ['Bahlil Lahadalia', ['Menteri']],
      ['Sri Mulyani Indrawati', ['Menteri']],
      ['Airlangga Hartarto', ['Menteri']],
    ]);
    const deputies = 'Turut hadir Wakil Menteri Keuangan Dewi Anggraini Putri, Andreas Tumbelaka, dan Farid Mahendra. Wamenkeu Farid menambahkan.';
    expect(extractEntities(deputies).people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Dewi Anggraini Putri', ['Wakil Menteri Keuangan'], 'Kementerian Keuangan'],
      ['Andreas Tumbelaka', ['Wakil Menteri Keuangan'], 'Kementerian Keuangan'],
      ['Farid Mahendra', ['Wakil Menteri Keuangan'], 'Kementerian Keuangan'],
    ]);
    const short = extractEntities('Presiden memanggil Menteri Bahlil, Sri Mulyani dan Airlangga ke Istana.');
    expect(short.people.find((p) => p.titles.includes('Menteri Bahlil'))).toBeUndefined();
    expect(short.locations.map((l) => l.name)).not.toContain('Airlangga');
    // A title and its body, then one holder: the list test leaves "Sekda Kaltim X, Kepala Bappeda Y" alone.
    expect(personIn('Sekda Kaltim Sri Wahyuni, Kepala Bappeda Yusliando dan Camat Budi hadir.', 'Sri Wahyuni')?.titles).toEqual(['Sekda Kaltim']);
  });

  it('should read English company titles before a name ("Executive Director X, Y", "Superintendent ... PT X, Y")', () => {
    const text =
      'Executive Director Pelindo Regional 4, Dwi Rahmad Hamzah, said volume grew. Superintendent Community Relations PT Kideco ' +
      'Jaya Agung, Anton Setiawan Gultom, mengatakan perusahaan siap.';
    expect(personIn(text, 'Dwi Rahmad Hamzah')).toMatchObject({ titles: ['Executive Director Pelindo Regional 4'], organization: 'PT Pelabuhan Indonesia (Persero)' });
    expect(personIn(text, 'Anton Setiawan Gultom')?.titles).toEqual(['Superintendent Community Relations PT Kideco Jaya Agung']);
  });

  it('should read "the OIKN deputy for social affairs, X" as the authority\'s deputy', () => {
    const text = 'Health services will be ready, said the OIKN deputy for social affairs, Amiruddin Tuwo Lolo, on Monday.';
    expect(personIn(text, 'Amiruddin Tuwo Lolo')).toMatchObject({ organization: 'Otorita Ibu Kota Nusantara', official: true });
  });

  it('should read an English role set off after a name ("X, a construction worker,"), and no person after "a resident of"', () => {
    const text = "The boy's father, Suparman Hadi, a construction worker, said the pit was close. Siti Aminah, a resident of Sempaja, said so.";
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([
      ['Suparman Hadi', ['construction worker']],
      ['Siti Aminah', ['resident']],
    ]);
  });

  it('should read "former Samarinda mayor X" and "the East Kalimantan governor X" in lower case after the region', () => {
    const text = 'Former Samarinda mayor Lukas Jaang Lepo said permits were revoked. The East Kalimantan governor Rudy Mas\'ud said so.';
    expect(personIn(text, 'Lukas Jaang Lepo')).toMatchObject({ titles: ['Former Samarinda mayor'], organization: 'Pemerintah Kota Samarinda', official: false });
    expect(personIn(text, "Rudy Mas'ud")).toMatchObject({ organization: 'Pemerintah Provinsi Kalimantan Timur', official: true });
  });

  it('should link the English Minister of State Apparatus Empowerment and Bureaucratic Reform to KemenPAN-RB', () => {
    const text = 'Minister of State Apparatus Empowerment and Bureaucratic Reform Ratna Anggraeni Widjaja said civil servants would move.';
    expect(personIn(text, 'Ratna Anggraeni Widjaja')?.organization).toBe('Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi');
  });

  it('should read "<region> Police chief <rank> X" as an official police chief, the Polda for a province', () => {
    const city = 'Samarinda Police chief Sr. Comr. Harun Umar Tanjung said the pits were fenced.';
    expect(personIn(city, 'Harun Umar Tanjung')).toMatchObject({ titles: ['Samarinda Police chief', 'Sr. Comr.'], official: true });
    const province = 'East Kalimantan Police chief Insp. Gen. Imam Sugianto said patrols would increase.';
    expect(personIn(province, 'Imam Sugianto')).toMatchObject({ organization: 'Polda Kalimantan Timur', official: true });
  });

  it('should read an English office name holding a comma list as one unit, no person in it', () => {
    const text =
      'Head of the East Kalimantan Public Works, Spatial Planning and Public Housing Office (PUPR-Pera), Aji Muhammad Fikri ' +
      'Firmansyah, said the funds would be used to dredge rivers.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([
      ['Aji Muhammad Fikri Firmansyah', 'Dinas Pekerjaan Umum, Penataan Ruang dan Perumahan Rakyat Kalimantan Timur'],
    ]);
  });

  it('should read "the head of the X, Y" and "Y, a member of the X," as titles that name their body after "of"', () => {
    const head = 'The head of the Samarinda Disaster Mitigation Agency (BPBD), Suwarno Adi Prasetyo, said the floods hit six districts.';
    expect(personIn(head, 'Suwarno Adi Prasetyo')).toMatchObject({
      titles: ['head of the Samarinda Disaster Mitigation Agency (BPBD)'],
      organization: 'Badan Penanggulangan Bencana Daerah Samarinda',
      official: true,
    });
    const member = 'Darmawan Saputra, a member of the East Kalimantan Legislative Council from the Democratic Party, urged the city to act.';
    expect(personIn(member, 'Darmawan Saputra')).toMatchObject({
      titles: ['member of the East Kalimantan Legislative Council'],
      organization: 'DPRD Kalimantan Timur',
      official: true,
    });
    const house = 'Fadli Ramadhan, a member of Commission XI of the House of Representatives (DPR), said the budget must be cut.';
    expect(personIn(house, 'Fadli Ramadhan')?.titles).toEqual(['member of Commission XI of the House of Representatives (DPR)']);
  });

  it('should read a title opening a sentence with no article, "Member of the X (DPRD X) Y said", "Chairman of the X Y said"', () => {
    const member = 'Member of the Southeast Sulawesi Legislative Council (DPRD Sultra) Andi Baso Patongai said the council would act.';
    expect(personIn(member, 'Andi Baso Patongai')).toMatchObject({
      titles: ['Member of the Southeast Sulawesi Legislative Council (DPRD Sultra)'],
      organization: 'DPRD Sulawesi Tenggara',
      official: true,
    });
    const chair = 'Chairman of the Lampung Legislative Council (DPRD) Syahrul Effendi Mursalin urged the ministry to act.';
    expect(personIn(chair, 'Syahrul Effendi Mursalin')).toMatchObject({ organization: 'DPRD Lampung', official: true });
  });

  it('should read no title from "a member of" or "the head of" that names no body', () => {
    expect(personIn('Budi Santoso, a member of the public, said he was angry.', 'Budi Santoso')?.titles).toEqual([]);
    expect(personIn('The head of the family, Budi Santoso, said he was angry.', 'Budi Santoso')?.titles).toEqual([]);
  });

  it('should read "KPK spokesperson X" as the KPK\'s spokesperson and give the quote to that person', () => {
    const text =
      'The Corruption Eradication Commission (KPK) named East Kalimantan Governor Awang Faroek Ishak a suspect. KPK spokesperson ' +
      'Febri Diansyah said the case involved mining permits. "We have sufficient evidence," Febri said on Tuesday.';
    const result = extractEntities(text);
    expect(result.people.find((p) => p.name === 'Febri Diansyah')).toMatchObject({
      titles: ['KPK spokesperson'],
      organization: 'Komisi Pemberantasan Korupsi',
    });
    expect(result.people.find((p) => p.name === 'Awang Faroek Ishak')?.titles).toEqual(['East Kalimantan Governor']);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Febri Diansyah']);
  });
});

describe('police units linked as the organization finder names them', () => {
  it('should link "Kapolda Kaltim" to the same "Polda Kalimantan Timur" the text names, and a regional paper to no one', () => {
    const result = extractEntities('Kapolda Kaltim Irjen Pol Nanang Avianto berkata kepada Singgalang di Polda Kaltim.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Nanang Avianto', 'Polda Kalimantan Timur']]);
    expect(result.organizations.map((o) => o.name)).toEqual(['Polda Kalimantan Timur']);
    expect(personIn('Kapolres Kukar AKBP Heri Rusyaman hadir.', 'Heri Rusyaman')?.organization).toBe('Polres Kutai Kartanegara');
  });
});

describe('English minister titles and their ministries', () => {
  it('should link an English minister to the ministry of the field, and another nation\'s minister to none', () => {
    expect(personIn('Social Affairs Minister Tri Rismaharini said.', 'Tri Rismaharini')?.organization).toBe('Kementerian Sosial');
    expect(personIn('Indonesian Foreign Minister Retno Marsudi met him.', 'Retno Marsudi')?.organization).toBe('Kementerian Luar Negeri');
    expect(personIn('Finnish Foreign Minister Timo Soini met Retno.', 'Timo Soini')).toMatchObject({
      titles: ['Finnish Foreign Minister'],
      organization: null,
    });
  });

  it('should name a ministry written in English by its Indonesian name', () => {
    const result = extractEntities('The Ministry of Social Affairs and the Health Ministry will help.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Kementerian Sosial', 'Kementerian Kesehatan']);
  });
});

describe('a title inside a longer title', () => {
  it('should give a deputy one title, the body and the flag of the title inside it', () => {
    expect(personIn('Deputi Kepala Perwakilan BI Kaltim, Bayu Adi Wibowo, menyebut harga beras stabil.', 'Bayu Adi Wibowo')).toMatchObject({
      titles: ['Deputi Kepala Perwakilan BI Kaltim'],
      organization: 'Bank Indonesia Kalimantan Timur',
    });
    expect(personIn('Ia ikut OTT terhadap Sekretaris Menteri Pemuda dan Olah Raga, Wafid Muharram.', 'Wafid Muharram')).toMatchObject({
      titles: ['Sekretaris Menteri Pemuda dan Olah Raga'],
      organization: 'Kementerian Pemuda dan Olahraga',
      official: true,
    });
  });
});

describe('a section\'s field that is also a company\'s name', () => {
  it('should read "Kasi Intel Kejari Samarinda" as a section head of the Kejari, with no company Intel', () => {
    const result = extractEntities('Kasi Intel Kejari Samarinda Erfandy Rusdy Quiliem berkata.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Kejaksaan Negeri Samarinda']);
    expect(extractEntities('Intel meluncurkan prosesor baru.').organizations.map((o) => o.name)).toEqual(['Intel']);
  });
});

describe('a bare DPRD', () => {
  it('should be the one DPRD the text names with its region when the story has no home region', () => {
    const result = extractEntities('Wakil Ketua DPRD Kaltim Ananda Moeis dan Ketua DPRD Hasanuddin Masud hadir.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Ananda Moeis', 'DPRD Kalimantan Timur'],
      ['Hasanuddin Masud', 'DPRD Kalimantan Timur'],
    ]);
    expect(result.organizations.map((o) => o.name)).toEqual(['DPRD Kalimantan Timur']);
  });

  it('should be the one DPRD the text names before the home region\'s', () => {
    const text = 'REPUBLIKA.CO.ID, MEDAN -- Ketua DPRD Sumut Ajib Shah belum tampak di gedung DPRD sejak Selasa.';
    expect(extractEntities(text).organizations.map((o) => [o.name, o.mentions.length])).toEqual([['DPRD Sumatera Utara', 2]]);
  });
});

describe('national figures named by a short form', () => {
  it('should file "Jokowi", "Ahok" and "Gus Dur" under the full name, with the short form as an alias', () => {
    const result = extractEntities('Presiden Jokowi meresmikan jalan tol. Ahok dan Gus Dur pernah berkata. Foto Jokowi beredar luas.');
    expect(result.people.map((p) => [p.name, p.aliases])).toEqual([
      ['Joko Widodo', ['Jokowi']],
      ['Basuki Tjahaja Purnama', ['Ahok']],
      ['Abdurrahman Wahid', ['Gus Dur']],
    ]);
    expect(result.people[0]!.mentions.map((m) => m.text)).toEqual(['Jokowi', 'Jokowi']);
  });

  it('should read an English text\'s article "An" as no one', () => {
    expect(extractEntities('An image depicting Jokowi spread on social media. An official confirmed it.').people.map((p) => p.name)).toEqual([
      'Joko Widodo',
    ]);
  });

  it('should not read the short form inside another name or place ("Edhy Prabowo", "Bandara SBY Surabaya")', () => {
    expect(extractEntities('Mantan Menteri KKP Edhy Prabowo divonis.').people.map((p) => p.name)).toEqual(['Edhy Prabowo']);
    expect(extractEntities('Bandara SBY Surabaya ramai.').people).toEqual([]);
  });
});

describe('chapters of national associations', () => {
  it('should read "Kadin Kaltim" and "KONI Samarinda" as the chapters, their regions places of the story', () => {
    const result = extractEntities('Ketua Kadin Kaltim Dayang Donna Faroek hadir bersama Ketua KONI Samarinda.');
    expect(result.organizations.map((o) => o.name)).toEqual([
      'Kamar Dagang dan Industri Indonesia Kalimantan Timur',
      'Komite Olahraga Nasional Indonesia Samarinda',
    ]);
    expect(result.people[0]).toMatchObject({ name: 'Dayang Donna Faroek', organization: 'Kamar Dagang dan Industri Indonesia Kalimantan Timur' });
    expect(result.locations.map((l) => l.name)).toEqual(['Kalimantan Timur', 'Samarinda']);
  });
});

describe('unit names written with a serial comma', () => {
  const text =
    'Wali kota meminta Dinas Koperasi, Usaha Mikro, dan Perindustrian (DKUMP) Balikpapan menyiapkan lokasi.\n' +
    'Kepala DKUMP Balikpapan Heruressandy Wahyudi menjelaskan lahan sudah siap.';

  it('should read "Dinas Koperasi, Usaha Mikro, dan Perindustrian" whole and bind its acronym', () => {
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.acronym, o.mentions.length])).toEqual([
      ['Dinas Koperasi, Usaha Mikro, dan Perindustrian Balikpapan', 'DKUMP', 3],
    ]);
  });

  it('should end the head\'s title at the region after the acronym, not read the region into the name', () => {
    expect(personIn(text, 'Heruressandy Wahyudi')).toMatchObject({
      titles: ['Kepala DKUMP Balikpapan'],
      organization: 'Dinas Koperasi, Usaha Mikro, dan Perindustrian Balikpapan',
      official: true,
    });
  });

  it('should still end a unit before ", dan" and another unit', () => {
    const names = extractEntities('Rapat dihadiri Dinas Pendidikan, dan Dinas Kesehatan Kota Samarinda.').organizations.map((o) => o.name);
    expect(names).toEqual(['Dinas Pendidikan Samarinda', 'Dinas Kesehatan Samarinda']);
  });
});

describe('regional bodies no list names', () => {
  it('should read a "Badan" whose field words are those of tax offices, liaison offices and accreditation', () => {
    const text =
      'Badan Pengelola Pajak Daerah (BPPD) Kota Samarinda menagih tunggakan. Kepala BPPD Samarinda, Hermanus Barus, ' +
      'mengirim surat teguran. Badan Penghubung Daerah Provinsi Kalimantan Timur menggelar pameran, diakui Badan ' +
      'Akreditasi Nasional Perguruan Tinggi.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual([
      'Badan Pengelola Pajak Daerah Samarinda',
      'Badan Penghubung Daerah Kalimantan Timur',
      'Badan Akreditasi Nasional Perguruan Tinggi',
    ]);
    expect(personIn(text, 'Hermanus Barus')).toMatchObject({ organization: 'Badan Pengelola Pajak Daerah Samarinda', official: true });
    const lldikti = 'Kepala Lembaga Layanan Pendidikan Tinggi (LLDikti) Wilayah XI Kalimantan, Muhammad Akbar, meminta kampus berbenah.';
    expect(extractEntities(lldikti).organizations.map((o) => [o.name, o.government])).toEqual([['Lembaga Layanan Pendidikan Tinggi Wilayah XI', true]]);
  });

  it('should resolve a later acronym to the body it was bound to with its region, not to a second body', () => {
    const text = 'Lembaga Pendidikan Perkebunan (LPP) Yogyakarta mengirim peserta. LPP juga membuka kelas sawit.';
    expect(extractEntities(text).organizations.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
      ['Lembaga Pendidikan Perkebunan Daerah Istimewa Yogyakarta', ['Lembaga Pendidikan Perkebunan', 'LPP', 'LPP']],
    ]);
  });
});

describe('harbour masters and units named in full', () => {
  it('should read KSOP by its full name and short form, "Kelas I" and all, and "Capt." as no part of the name', () => {
    const text =
      'Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Kelas I Balikpapan memeriksa kapal. ' +
      'Kepala KSOP Kelas I Balikpapan Capt. Sahattua P Simatupang mengatakan nakhoda diperiksa.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Kantor Kesyahbandaran dan Otoritas Pelabuhan Balikpapan', 3]]);
    expect(personIn(text, 'Sahattua P Simatupang')).toMatchObject({
      organization: 'Kantor Kesyahbandaran dan Otoritas Pelabuhan Balikpapan',
      official: true,
    });
    expect(result.locations.map((l) => l.name)).toEqual(['Balikpapan']);
  });

  it('should read prisons and courts with their class and seat, the class no part of the name', () => {
    const text =
      'Kepala Lapas Kelas IIA Samarinda Hidayat mengatakan napi itu kabur. Lapas Samarinda penuh. ' +
      'Ketua Pengadilan Negeri Kelas IA Samarinda Darius Naftali menunda sidang.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.mentions.length])).toEqual([
      ['Lembaga Pemasyarakatan Samarinda', 2],
      ['Pengadilan Negeri Samarinda', 1],
    ]);
    expect(personIn(text, 'Hidayat')).toMatchObject({ titles: ['Kepala Lapas Kelas IIA Samarinda'], organization: 'Lembaga Pemasyarakatan Samarinda' });
  });

  it('should read a regional unit written in full that no head word opens ("Satuan Polisi Pamong Praja")', () => {
    const result = extractEntities('Satuan Polisi Pamong Praja (Satpol PP) Balikpapan menertibkan pedagang.');
    expect(result.organizations.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
      ['Satuan Polisi Pamong Praja Balikpapan', ['Satuan Polisi Pamong Praja', 'Satpol PP']],
    ]);
  });
});

describe('acronyms the text spells out', () => {
  it('should bind a long short form in parentheses and read the region after it ("(Disnakertrans) Kaltim")', () => {
    const text = 'SAMARINDA - Kepala Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Kaltim Rozani Erawadi mengatakan.';
    expect(personIn(text, 'Rozani Erawadi')?.organization).toBe('Dinas Tenaga Kerja dan Transmigrasi Kalimantan Timur');
  });

  it('should read a spelled-out acronym as that body where it recurs, not the body the lists know by it', () => {
    const text = 'Pemkab Kukar melalui Dinas Ketahanan Pangan (DKP) menggelar pasar murah. Kepala DKP Kukar, Muhammad Taufik, hadir.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Pemerintah Kabupaten Kutai Kartanegara', 'Dinas Ketahanan Pangan Kutai Kartanegara']);
    expect(personIn(text, 'Muhammad Taufik')?.organization).toBe('Dinas Ketahanan Pangan Kutai Kartanegara');
    expect(personIn('Kepala DKP Kukar, Muhammad Taufik, hadir.', 'Muhammad Taufik')?.organization).toBe(
      'Dinas Kelautan dan Perikanan Kutai Kartanegara',
    );
  });
});

describe('national news as wire feeds write it', () => {
  it('should keep the title of a name followed by a nickname in parentheses', () => {
    expect(personIn('Presiden Joko Widodo (Jokowi) memberikan gelar pahlawan.', 'Joko Widodo')).toMatchObject({
      titles: ['Presiden'],
      aliases: ['Jokowi'],
    });
  });

  it('should read initials inside a name and the ministry of a title written with "RI"', () => {
    expect(personIn('Menteri Luar Negeri RI Retno LP Marsudi menghadiri pertemuan.', 'Retno LP Marsudi')).toMatchObject({
      titles: ['Menteri Luar Negeri RI'],
      organization: 'Kementerian Luar Negeri',
    });
  });

  it('should read "Republik Indonesia" after a title into it ("Menteri Keuangan Republik Indonesia Sri Mulyani")', () => {
    expect(personIn('Menteri Keuangan Republik Indonesia Sri Mulyani Indrawati hadir.', 'Sri Mulyani Indrawati')).toMatchObject({
      titles: ['Menteri Keuangan Republik Indonesia'],
      organization: 'Kementerian Keuangan',
    });
    expect(personIn('Presiden Republik Indonesia Joko Widodo membuka acara.', 'Joko Widodo')?.titles).toEqual(['Presiden Republik Indonesia']);
  });

  it('should read no region into a minister\'s title ("Wakil Menteri Dalam Negeri Bima Arya Sugiarto")', () => {
    expect(personIn('Presiden melantik Wakil Menteri Dalam Negeri Bima Arya Sugiarto di Istana.', 'Bima Arya Sugiarto')).toMatchObject({
      titles: ['Wakil Menteri Dalam Negeri'],
      organization: 'Kementerian Dalam Negeri',
    });
  });

  it('should read a suspended holder\'s mark before the region ("Gubernur non-aktif Sumatera Utara")', () => {
    const text = 'KPK memanggil Gubernur non-aktif Sumatera Utara (Sumut) Gatot Pujo Nugroho untuk diperiksa.';
    expect(personIn(text, 'Gatot Pujo Nugroho')?.organization).toBe('Pemerintah Provinsi Sumatera Utara');
  });

  it('should know LPSK, Kostrad, the BKPM by its old name and the ministry of law written "Hukum dan HAM"', () => {
    const names = (text: string): string[] => extractEntities(text).organizations.map((o) => o.name);
    expect(names('Lembaga Perlindungan Saksi dan Korban (LPSK) menerima permohonan.')).toEqual(['Lembaga Perlindungan Saksi dan Korban']);
    expect(names('Seorang oknum anggota Kostrad melakukan penembakan.')).toEqual(['Komando Cadangan Strategis Angkatan Darat']);
    expect(personIn('Kepala Badan Koordinasi Penanaman Modal Franky Sibarani menilai.', 'Franky Sibarani')?.organization).toBe(
      'Kementerian Investasi/BKPM',
    );
    expect(names('Merek itu didaftarkan ke Kementerian Hukum dan HAM.')).toEqual(['Kementerian Hukum dan Hak Asasi Manusia']);
  });
});

describe('chairs and refinery units', () => {
  it('should read the public facility a title heads, named up to its town, and the name after it', () => {
    expect(personIn('Kepala Bandara APT Pranoto Samarinda Dodi Dharma Cahyadi mengatakan penerbangan normal.', 'Dodi Dharma Cahyadi')?.titles).toEqual([
      'Kepala Bandara APT Pranoto Samarinda',
    ]);
    expect(personIn('Kepala Pasar Segiri Samarinda Budi Santoso mengatakan harga naik.', 'Budi Santoso')?.titles).toEqual([
      'Kepala Pasar Segiri Samarinda',
    ]);
  });

  it('should read the head of a Puskesmas as an official', () => {
    expect(personIn('Kepala Puskesmas Loa Kulu, Sri Rahayu, menyebut kader posyandu aktif.', 'Sri Rahayu')).toMatchObject({
      titles: ['Kepala Puskesmas Loa Kulu'],
      official: true,
    });
  });

  it('should link the chair a body is "diketuai" or "dipimpin oleh" to that body', () => {
    const text = 'Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Samarinda yang diketuai Nyoto Hindaryanto menjatuhkan vonis.';
    expect(personIn(text, 'Nyoto Hindaryanto')).toMatchObject({ organization: 'Pengadilan Tindak Pidana Korupsi Samarinda', official: true });
    const led = 'Rapat digelar Komisi III DPRD Kaltim yang dipimpin oleh Veridiana Huraq Wang.';
    expect(personIn(led, 'Veridiana Huraq Wang')?.organization).toBe('Komisi III DPRD Kalimantan Timur');
  });

  it('should read a refinery unit and its number into the title ("KPI RU V Balikpapan")', () => {
    const text = 'PT Kilang Pertamina Internasional (KPI) menyelesaikan proyek. General Manager KPI RU V Balikpapan Ely Chandra Peranginangin hadir.';
    expect(personIn(text, 'Ely Chandra Peranginangin')).toMatchObject({
      titles: ['General Manager KPI RU V Balikpapan'],
      organization: 'PT Kilang Pertamina Internasional',
    });
  });
});

describe('election news', () => {
  it('should read the two people of a ticket joined by a hyphen, apostrophes and all', () => {
    const names = (text: string): string[] => extractEntities(text).people.map((p) => p.name);
    expect(names("KPU menetapkan pasangan Rudy Mas'ud-Seno Aji sebagai pemenang.")).toEqual(["Rudy Mas'ud", 'Seno Aji']);
    expect(names('Pasangan Isran Noor-Hadi Mulyadi menerima hasil.')).toEqual(['Isran Noor', 'Hadi Mulyadi']);
    expect(names('Paslon nomor urut 1, Isran-Hadi, menerima hasil.')).toEqual(['Isran', 'Hadi']);
    expect(names('Jean-Pierre Papin hadir di Paris.')).toEqual(['Jean-Pierre Papin']);
    const later = extractEntities('Pasangan Isran Noor-Hadi Mulyadi menerima hasil. "Kami menghormati," kata Isran di Samarinda.');
    expect(later.people.map((p) => [p.name, p.mentions.length])).toEqual([['Isran Noor', 2], ['Hadi Mulyadi', 1]]);
  });

  it('should keep the words an apostrophe splits for the tagger in a bare name, not a day\'s name', () => {
    const names = (text: string): string[] => extractEntities(text).people.map((p) => p.name);
    expect(names("Kata Rudy Mas'ud kepada wartawan.")).toEqual(["Rudy Mas'ud"]);
    expect(names("Ma'ruf Amin hadir di Samarinda.")).toEqual(["Ma'ruf Amin"]);
    expect(names("Menurut Budi Jum'at lalu hujan.")).toEqual(['Budi']);
  });

  it('should read "Hari" opening a name after a title, not a named day, and end a title before an honorific', () => {
    expect(personIn('Ketua Bawaslu Kaltim Hari Dermanto menyebut tidak ada sengketa.', 'Hari Dermanto')?.titles).toEqual(['Ketua Bawaslu Kaltim']);
    expect(extractEntities('Gubernur Kaltim Hari Raya Idul Fitri nanti berkunjung.').people).toEqual([]);
    expect(personIn('Ketua MUI Kaltim KH Muhammad Rasyid menyampaikan imbauan.', 'Muhammad Rasyid')?.titles).toEqual(['Ketua MUI Kaltim']);
  });
});

describe('teams of bodies', () => {
  it('should read "Tim KPK" and "Tim BPBD Samarinda" as the bodies, and keep teams with names of their own', () => {
    const names = (text: string): string[] => extractEntities(text).organizations.map((o) => o.name);
    expect(names('Tim KPK menggeledah kantor itu.')).toEqual(['Komisi Pemberantasan Korupsi']);
    expect(names('Tim BPBD Samarinda mengevakuasi warga.')).toEqual(['Badan Penanggulangan Bencana Daerah Samarinda']);
    expect(names('Tim Saber Pungli menyita uang.')).toEqual(['Tim Saber Pungli']);
  });

  it('should read a named team of a body ("Komandan Tim Rescue Kantor SAR Banjarmasin X") as that body, its commander an official', () => {
    const text = 'Komandan Tim Rescue Kantor SAR Banjarmasin Dwi Santoso Harahap mengatakan pencarian dilanjutkan.';
    expect(extractEntities(text).organizations.map((o) => o.name)).toEqual(['Kantor Pencarian dan Pertolongan Banjarmasin']);
    expect(personIn(text, 'Dwi Santoso Harahap')).toMatchObject({ organization: 'Kantor Pencarian dan Pertolongan Banjarmasin', official: true });
  });
});

describe('regional offices of national bodies', () => {
  it('should read an office written without its region as the one office the text names with a region', () => {
    const text =
      'Kanwil Kemenkumham Kaltim menggelar razia. Kepala Kanwil Kemenkumham, Sofyan, mengatakan razia rutin. ' +
      'Kanwil Kemenkumham juga memeriksa ponsel.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.mentions.length])).toEqual([
      ['Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Kalimantan Timur', 3],
    ]);
    expect(personIn(text, 'Sofyan')).toMatchObject({ organization: 'Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Kalimantan Timur', official: true });
  });

  it('should keep the body itself where no office word is written ("BI menahan suku bunga")', () => {
    const text = 'Kepala KPw BI Kaltim Budi Widihartanto mengatakan harga naik. KPw BI juga memantau cabai. BI menahan suku bunga.';
    expect(extractEntities(text).organizations.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
      ['Bank Indonesia Kalimantan Timur', ['BI Kaltim', 'BI']],
      ['Bank Indonesia', ['BI']],
    ]);
  });

  it('should read the region after a branch word ("BPJS Kesehatan Cabang Samarinda") and a branch without one', () => {
    const text = 'BPJS Kesehatan Cabang Samarinda menambah loket. Kepala BPJS Kesehatan Cabang, Citra, mengatakan antrean panjang.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
      ['Badan Penyelenggara Jaminan Sosial Kesehatan Samarinda', ['BPJS Kesehatan Cabang Samarinda', 'BPJS Kesehatan Cabang']],
    ]);
    expect(personIn(text, 'Citra')).toMatchObject({ organization: 'Badan Penyelenggara Jaminan Sosial Kesehatan Samarinda' });
  });

  it('should read a state company\'s branch with "Kantor Cabang" after it or "Cabang" before it', () => {
    const text = 'Perum Bulog Kantor Cabang Samarinda menyiapkan beras. Pemimpin Cabang Bulog Samarinda, Ferdi Yansyah, memastikan stok aman.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Perum Bulog Samarinda', 2]]);
    expect(personIn(text, 'Ferdi Yansyah')?.organization).toBe('Perum Bulog Samarinda');
  });

  it('should read "Kepala Perwakilan" of a body and the area it serves, and no place of the body and its area', () => {
    const text =
      'Komisi III menggelar rapat dengan SKK Migas Kalimantan Sulawesi (Kalsul). Kepala Perwakilan SKK Migas Kalsul ' +
      'Azhari Idris menyebut investigasi masih berjalan.';
    const result = extractEntities(text);
    expect(personIn(text, 'Azhari Idris')).toMatchObject({
      titles: ['Kepala Perwakilan SKK Migas Kalsul'],
      organization: 'Satuan Kerja Khusus Pelaksana Kegiatan Usaha Hulu Minyak dan Gas Bumi',
    });
    expect(result.locations.map((l) => [l.name, l.kind])).toEqual([['Kalimantan-Sulawesi', 'region-group']]);
  });

  it('should read a state company\'s branch named after "Kepala Cabang" or "Pimpinan Cabang" with its town', () => {
    expect(personIn('Kepala Cabang BRI Samarinda Budi Santoso mengatakan kredit naik.', 'Budi Santoso')?.organization).toBe(
      'PT Bank Rakyat Indonesia (Persero) Tbk Samarinda',
    );
    expect(personIn('Direktur Utama BRI Sunarso mengatakan laba naik.', 'Sunarso')?.organization).toBe('PT Bank Rakyat Indonesia (Persero) Tbk');
  });

  it('should read a branch named after its town as the office of the town\'s regency ("Cabang Tenggarong")', () => {
    const names = extractEntities('BPJS Kesehatan Cabang Tenggarong juga menjamin layanan itu.').organizations.map((o) => o.name);
    expect(names).toEqual(['Badan Penyelenggara Jaminan Sosial Kesehatan Kutai Kartanegara']);
  });

  it('should leave an office of a body named in two regions as the body', () => {
    const text = 'Kanwil Kemenag Kaltim dan Kanwil Kemenag Kaltara rapat. Kanwil Kemenag juga membahas haji.';
    expect(extractEntities(text).organizations.map((o) => o.name)).toEqual([
      'Kantor Wilayah Kementerian Agama Kalimantan Timur',
      'Kantor Wilayah Kementerian Agama Kalimantan Utara',
      'Kementerian Agama',
    ]);
  });
});

describe('boards, directorates general and presidencies', () => {
  it('should read a directorate general the lists do not hold by the unit grammar, as a national body', () => {
    const text = 'SAMARINDA - Program itu didukung Direktorat Jenderal Prasarana dan Sarana Pertanian.';
    expect(extractEntities(text).organizations.map((o) => [o.name, o.government])).toEqual([['Direktorat Jenderal Prasarana dan Sarana Pertanian', true]]);
  });

  it('should read the board of a known body as that body ("Dewan Komisioner OJK")', () => {
    const result = extractEntities('Ketua Dewan Komisioner Otoritas Jasa Keuangan (OJK) Mahendra Siregar menuturkan hal itu.');
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([['Otoritas Jasa Keuangan', true]]);
    expect(result.people[0]).toMatchObject({ name: 'Mahendra Siregar', organization: 'Otoritas Jasa Keuangan', official: true });
    expect(extractEntities('Dewan Pers menilai hal itu.').organizations.map((o) => o.name)).toEqual(['Dewan Pers']);
  });

  it('should link a Direktur Jenderal to the Direktorat Jenderal of the field after the title', () => {
    expect(personIn('Direktur Jenderal Pajak Suryo Utomo menambahkan hal itu.', 'Suryo Utomo')?.organization).toBe('Direktorat Jenderal Pajak');
    expect(personIn('Direktur Jenderal Otonomi Daerah Akmal Malik hadir.', 'Akmal Malik')).toMatchObject({
      titles: ['Direktur Jenderal Otonomi Daerah'],
      organization: 'Direktorat Jenderal Otonomi Daerah',
    });
    expect(personIn('Dirjen Minerba Silmy Karim hadir.', 'Silmy Karim')?.organization).toBe('Direktorat Jenderal Mineral dan Batubara');
  });

  it('should link a foreign head of state to the presidency the article names, and to nothing when it names none', () => {
    const text = 'Presiden Turki, Recep Tayyip Erdogan memberikan dukungan di bawah sponsor Kepresidenan Turki.';
    expect(personIn(text, 'Recep Tayyip Erdogan')?.organization).toBe('Kepresidenan Turki');
    expect(personIn('Presiden Turki Recep Tayyip Erdogan hadir.', 'Recep Tayyip Erdogan')?.organization).toBeNull();
  });

  it('should read a technical unit of a body as a government body of its own ("UPTD Puskesmas Sempaja")', () => {
    const result = extractEntities('Kepala UPTD Puskesmas Sempaja Budi Santoso hadir.');
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([['UPTD Puskesmas Sempaja', true]]);
    expect(result.people[0]).toMatchObject({ name: 'Budi Santoso', organization: 'UPTD Puskesmas Sempaja', official: true });
  });
});

describe('staff a head speaks through, and unit acronyms with digits', () => {
  it('should give the officer after "melalui" the body of the head before it', () => {
    const text = 'Kapolres Kukar AKBP Heri Rusyaman melalui Kasi Humas Iptu Rahmat menyampaikan kedua tersangka ditahan.';
    expect(personIn(text, 'Rahmat')).toMatchObject({ titles: ['Kasi Humas', 'Iptu'], organization: 'Polres Kutai Kartanegara', official: true });
    // Without "melalui" the section head serves the body of the official before them (next test).
    expect(personIn('Kapolres Kukar AKBP Heri Rusyaman dan Kasi Humas Iptu Rahmat hadir.', 'Rahmat')?.organization).toBe('Polres Kutai Kartanegara');
  });

  it('should give a unit head written without a body the body of the official named before them', () => {
    const text =
      'Kepala Kantor Kementerian Agama Kota Banjarmasin H Sofrayani hadir. Kepala Dinas Kesehatan Kota Banjarmasin menunjuk ' +
      'Puskesmas. Kepala Seksi Haji dan Umrah (Kasi PHU) H Burhan Noor mengatakan pemeriksaan dimulai.';
    // The nearest official, not the nearest body: the Dinkes is written between them, with no person.
    expect(personIn(text, 'Burhan Noor')).toMatchObject({ organization: 'Kementerian Agama Banjarmasin', official: true });
    const police = 'Kapolres Kukar AKBP Heri Rusyaman mengatakan pelaku ditangkap. Kasat Reskrim AKP Dedik Santoso menambahkan, barang bukti disita.';
    expect(personIn(police, 'Dedik Santoso')?.organization).toBe('Polres Kutai Kartanegara');
    const school = 'Kepala Dinas Pendidikan Samarinda Asli Nuryadin mengatakan sekolah siap. Sementara itu, Kabid Pembinaan SMP, Budi Santoso, menuturkan guru sudah dilatih.';
    expect(personIn(school, 'Budi Santoso')?.organization).toBe('Dinas Pendidikan Samarinda');
    // A unit head with a body of their own keeps it.
    const own = 'Kapolres Kukar AKBP Heri Rusyaman hadir. Kabid Humas Polda Kaltim Kombes Yusuf Sutejo mengatakan hal itu.';
    expect(personIn(own, 'Yusuf Sutejo')?.organization).toBe('Polda Kalimantan Timur');
    // Only an official's body is lent: a company's or a club's staff are not known to be theirs.
    const company = 'Direktur Utama PT Pupuk Kaltim Rahmad Pribadi hadir. Kabag Humas Budi Santoso mengatakan produksi naik.';
    expect(personIn(company, 'Budi Santoso')?.organization).toBeNull();
    const club = 'Pelatih Persiba Balikpapan Budi Santoso hadir. Kasat Lantas AKP Andi Wijaya mengatakan jalan ditutup.';
    expect(personIn(club, 'Andi Wijaya')?.organization).toBeNull();
    // No official before: no body.
    expect(personIn('Kabid Pembinaan SMP, Budi Santoso, menuturkan guru sudah dilatih.', 'Budi Santoso')?.organization).toBeNull();
  });

  it('should read an acronym with a digit in a title ("Kabid P2P") and know DP3AP2KB as a Dinas', () => {
    const text = 'Kepala Dinas Kesehatan Kaltim Jaya Mualimin melalui Kabid P2P Setyo Budi mengatakan hal itu.';
    expect(personIn(text, 'Setyo Budi')).toMatchObject({ titles: ['Kabid P2P'], organization: 'Dinas Kesehatan Kalimantan Timur' });
    expect(personIn('Kepala DP3AP2KB Kaltim Noryani Sorayalita hadir.', 'Noryani Sorayalita')).toMatchObject({
      organization: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Kalimantan Timur',
      official: true,
    });
  });
});

describe('members, initials after a name and office short forms', () => {
  it('should read "Anggota" before a body as a member of that body, and a quote after it as theirs', () => {
    const result = extractEntities('Anggota Bawaslu Kaltim Galeh Akbar Tanjung meminta KPU teliti. "Kami menemukan data ganda," ujarnya.');
    expect(result.people.map((p) => [p.name, p.titles, p.organization, p.official])).toEqual([
      ['Galeh Akbar Tanjung', ['Anggota Bawaslu Kaltim'], 'Badan Pengawas Pemilihan Umum Kalimantan Timur', true],
    ]);
    expect(result.locations.map((l) => l.name)).toEqual(['Kalimantan Timur']);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Galeh Akbar Tanjung']);
    expect(extractEntities('Anggota keluarga korban hadir.').people).toEqual([]);
  });

  it('should keep initials that end a name ("Rustam HS"), not a body, a country or a degree after it', () => {
    expect(personIn('Ketua Komisi II DPRD Bontang Rustam HS mengapresiasi kinerja itu.', 'Rustam HS')?.organization).toBe('Komisi II DPRD Bontang');
    // The house a commission is named with is a body of the story too.
    expect(extractEntities('Ketua Komisi II DPRD Bontang Rustam HS mengapresiasi kinerja itu.').organizations.map((o) => o.name)).toEqual([
      'Komisi II DPRD Bontang',
      'DPRD Bontang',
    ]);
    expect(personIn('Wali Kota Samarinda Andi Harun ST mengatakan hal itu.', 'Andi Harun')).toBeDefined();
  });

  it('should read an office\'s short form that ends in the body\'s acronym ("(KPw BI) Kaltim") with the body and its region', () => {
    const text = 'Kepala Kantor Perwakilan Bank Indonesia (KPw BI) Kaltim Budi Widihartanto menyebut ekspor LNG naik.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Bank Indonesia Kalimantan Timur']);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Budi Widihartanto', 'Bank Indonesia Kalimantan Timur']]);
  });
});

describe('trial reports', () => {
  it('should read "Ketua Majelis Hakim" as the presiding judge\'s title, not the start of a body\'s name', () => {
    const text = 'Pengadilan Negeri (PN) Samarinda menjatuhkan vonis. Ketua Majelis Hakim Lucius Sunarno menyatakan terdakwa bersalah.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Pengadilan Negeri Samarinda']);
    expect(personIn(text, 'Lucius Sunarno')).toMatchObject({ titles: ['Ketua Majelis Hakim'], organization: 'Pengadilan Negeri Samarinda' });
    expect(extractEntities('Majelis Ulama Indonesia menilai hal itu.').organizations.map((o) => o.name)).toEqual(['Majelis Ulama Indonesia']);
  });

  it('should keep a suspended holder\'s mark in the title and read the name after it ("Bupati Kutai Timur nonaktif Ismunandar")', () => {
    const result = extractEntities('KPK menetapkan Bupati Kutai Timur nonaktif Ismunandar sebagai tersangka.');
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Ismunandar', ['Bupati Kutai Timur nonaktif'], 'Pemerintah Kabupaten Kutai Timur'],
    ]);
    expect(result.locations.map((l) => l.name)).toEqual(['Kutai Timur']);
  });

  it('should not carry a title with no name over a clause to the next title\'s body and name', () => {
    const text = 'Pj Wali Kota Samarinda tidak hadir dan diwakili Kabag Prokompim Setda Kota Samarinda Budi Santoso.';
    expect(personIn(text, 'Budi Santoso')?.titles).toEqual(['Kabag Prokompim Setda Kota Samarinda']);
    // Two titles of one holder stay one: "CEO sekaligus Presiden Recording Academy Neil Portnow".
    expect(personIn('CEO sekaligus Presiden Recording Academy Neil Portnow hadir.', 'Neil Portnow')?.titles).toEqual([
      'CEO sekaligus Presiden Recording Academy',
    ]);
  });

  it('should read the name after an elected holder\'s mark ("Wakil Gubernur Kaltim terpilih Seno Aji")', () => {
    expect(personIn('Wakil Gubernur Kaltim terpilih Seno Aji berjanji menambah anggaran posyandu.', 'Seno Aji')).toMatchObject({
      titles: ['Wakil Gubernur Kaltim terpilih'],
      organization: 'Pemerintah Provinsi Kalimantan Timur',
    });
    expect(personIn("Gubernur terpilih Kaltim Rudy Mas'ud hadir.", "Rudy Mas'ud")?.titles).toEqual(['Gubernur terpilih Kaltim']);
  });
});

describe('commissions and Kaltim unit names', () => {
  it('should seat a commission written alone in the one house the text names, and leave it alone beside two', () => {
    const one = extractEntities('Wakil Ketua DPRD Kaltim Samsun didampingi Sekretaris Komisi III Syarifatul Sya\'diah.');
    expect(one.organizations.map((o) => o.name)).toEqual(['DPRD Kalimantan Timur', 'Komisi III DPRD Kalimantan Timur']);
    const two = extractEntities('DPRD Kaltim menerima DPRD Berau. Sekretaris Komisi III Syarifatul Sya\'diah hadir.');
    expect(two.organizations.map((o) => o.name)).toEqual(['DPRD Kalimantan Timur', 'DPRD Berau', 'Komisi III']);
  });

  it('should read "Dinas PUPR dan Pera Kaltim" as one unit with its region', () => {
    const result = extractEntities('Aspirasi itu diteruskan ke Dinas PUPR dan Pera Kaltim.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Dinas Pekerjaan Umum, Penataan Ruang dan Perumahan Rakyat Kalimantan Timur']);
  });
});

describe('local government in general', () => {
  it('should read no body in a lower-case "pemerintah daerah" without a region, the home one in "Pemda" and "pemerintah kota"', () => {
    expect(extractEntities('SAMARINDA - Pengamat menilai pemerintah daerah perlu menjaga pasokan.').organizations).toEqual([]);
    expect(extractEntities('SAMARINDA - Pemda diminta menjaga pasokan.').organizations.map((o) => o.name)).toEqual(['Pemerintah Kota Samarinda']);
    expect(extractEntities('SAMARINDA - Warga meminta pemerintah kota bertindak.').organizations.map((o) => o.name)).toEqual([
      'Pemerintah Kota Samarinda',
    ]);
  });

  it('should read a lower-case "pemkab" or "pemprov" as the government of the story\'s regency or province', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);
    expect(names('JOMBANG - Ketua DPRD berharap pemkab memberi perhatian pada jalan di utara.')).toContain('Pemerintah Kabupaten Jombang');
    expect(names('Samarinda (ANTARA) - Ia menyarankan pemprov menerapkan lelang dini.')).toEqual(['Pemerintah Provinsi Kalimantan Timur']);
  });

  it('should read no local government inside another body\'s name ("Tim Anggaran Pemerintah Daerah (TAPD)")', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);
    expect(names('SAMARINDA - Dewan mengapresiasi kerja Tim Anggaran Pemerintah Daerah (TAPD).')).not.toContain('Pemerintah Kota Samarinda');
    expect(names('SAMARINDA - Wali Kota mengatakan Pemerintah Kota siap membantu.')).toEqual(['Pemerintah Kota Samarinda']);
  });

  it('should read "Pemerintah provinsi" opening a sentence as the home province\'s government, "Pemerintah daerah" as none', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);
    expect(names('Samarinda (ANTARA) - Pemerintah provinsi meminta perusahaan tambang memenuhi kewajiban.')).toEqual([
      'Pemerintah Provinsi Kalimantan Timur',
    ]);
    expect(names('Samarinda (ANTARA) - Pemerintah daerah perlu hadir.')).toEqual([]);
  });
});

describe('branches of known bodies and quoted brand names', () => {
  it('should read a branch head, the branch town kept in the title, and the branch as the known bank', () => {
    for (const text of [
      'Pemimpin Cabang Bank Kaltimtara Tenggarong, Andi Saputra, menambahkan hal itu.',
      'Pemimpin Cabang Bank Kaltimtara Tenggarong Andi Saputra menambahkan hal itu.',
    ]) {
      const result = extractEntities(text);
      expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([
        ['Andi Saputra', ['Pemimpin Cabang Bank Kaltimtara Tenggarong'], 'PT Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara'],
      ]);
      expect(result.organizations.map((o) => o.name)).toEqual(['PT Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara']);
    }
  });

  it('should read no person in a quoted brand name that opens with a role word ("Putri Mahakam")', () => {
    const result = extractEntities('Siti Aminah (45), pemilik usaha amplang "Putri Mahakam" di Kelurahan Loa Ipuh, mengaku senang.');
    expect(result.people.map((p) => p.name)).toEqual(['Siti Aminah']);
  });
});

describe('regional units by their English names (Antara English, Tempo English)', () => {
  it('should read "the East Kalimantan Education Office" as the Dinas, its head an official', () => {
    const result = extractEntities('Head of the East Kalimantan Education Office, Irhamsyah, said the program would cover 300,000 students.');
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([['Dinas Pendidikan Kalimantan Timur', true]]);
    expect(result.people[0]).toMatchObject({ name: 'Irhamsyah', organization: 'Dinas Pendidikan Kalimantan Timur', official: true });
  });

  it('should take the region written after "of", or the home region, and keep a company\'s head no official', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);
    expect(names('SAMARINDA (ANTARA) - The Disaster Mitigation Agency of Balikpapan and the Health Office said.')).toEqual([
      'Badan Penanggulangan Bencana Daerah Balikpapan',
      'Dinas Kesehatan Samarinda',
    ]);
    expect(personIn('Head of Communication PHM Frans Hukom said production fell.', 'Frans Hukom')).toMatchObject({ official: false });
  });
});

describe('common Indonesian given names', () => {
  it('should end a university\'s name before a given name and another name word ("... Indonesia Ujang Komarudin")', () => {
    const result = extractEntities('Pengamat politik dari Universitas Al Azhar Indonesia Ujang Komarudin menilai pertemuan itu sinyal kuat.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Universitas Al Azhar Indonesia']);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Ujang Komarudin', 'Universitas Al Azhar Indonesia']]);
  });
});

describe('regional water companies and Banjar names', () => {
  it('should read "Perumdam Tirta Kencana" as the body and "Nor Wahid Hasyim" as its director', () => {
    const result = extractEntities('Direktur Utama Perumdam Tirta Kencana Nor Wahid Hasyim mengaku siap. "Kami tekan kebocoran," ucapnya.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Perumdam Tirta Kencana']);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Nor Wahid Hasyim', 'Perumdam Tirta Kencana']]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Nor Wahid Hasyim']);
  });

  it('should read a place a kecamatan is named as that kecamatan ("warga Sungai Kunjang"), a river as a place', () => {
    const kinds = (text: string) => extractEntities(text).locations.map((l) => [l.name, l.kind]);
    expect(kinds('Warga Sungai Kunjang, Rina (35), menyambut baik.')).toEqual([['Sungai Kunjang', 'district']]);
    expect(kinds('Banjir di Sungai Mahakam.')).toEqual([['Sungai Mahakam', 'place']]);
  });
});

describe('regional water companies by their acronym', () => {
  it('should give "PDAM" the region after it or the home region, and keep a named PDAM whole', () => {
    const result = extractEntities('SAMARINDA - Tarif PDAM tidak naik. PDAM Samarinda siap. Dirut PDAM Tirta Manggar Balikpapan Budi Santoso hadir.');
    expect(result.organizations.map((o) => [o.name, o.government, o.mentions.length])).toEqual([
      ['Perusahaan Daerah Air Minum Samarinda', false, 2],
      ['PDAM Tirta Manggar Balikpapan', false, 1],
    ]);
  });
});

describe('staff titles, appositive former holders and ethnic words', () => {
  it('should read "Staf Ahli Gubernur Kaltim" as the expert staff\'s title, not the governor\'s', () => {
    expect(personIn('Staf Ahli Gubernur Kaltim Bidang Ekonomi Budi Santoso hadir.', 'Budi Santoso')).toMatchObject({
      titles: ['Staf Ahli Gubernur Kaltim Bidang Ekonomi'],
      organization: 'Pemerintah Provinsi Kalimantan Timur',
    });
  });

  it('should read "HM" as an honorific and a former holder\'s title written after the name', () => {
    expect(personIn('Jubir Pemprov Kaltim, HM Syafranuddin, menyampaikan hal itu.', 'Syafranuddin')?.titles).toEqual(['Jubir Pemprov Kaltim']);
    expect(personIn('Hj. Rita Widyasari, mantan Bupati Kukar, kembali diperiksa.', 'Rita Widyasari')).toMatchObject({
      titles: ['mantan Bupati Kukar'],
      official: false,
    });
  });

  it('should read no person in an ethnic group\'s name ("Warga Tionghoa")', () => {
    expect(extractEntities('Warga Tionghoa, Liem Swie King, hadir.').people.map((p) => p.name)).toEqual(['Liem Swie King']);
  });
});

describe('bodies speaking through their staff, and the tagger\'s bodies with acronyms', () => {
  it('should give the officer a body speaks through that body ("Polresta Samarinda melalui Kasat Reskrim ...")', () => {
    expect(personIn('Polresta Samarinda melalui Kasat Reskrim AKP Dicky Anggi Pranata menyampaikan hal itu.', 'Dicky Anggi Pranata')?.organization).toBe(
      'Polresta Samarinda',
    );
    expect(personIn('Kementerian BUMN melalui Deputi Bidang Keuangan dan Manajemen Risiko Nawal Nely menyatakan itu.', 'Nawal Nely')).toMatchObject({
      titles: ['Deputi Bidang Keuangan dan Manajemen Risiko'],
      organization: 'Kementerian Badan Usaha Milik Negara',
    });
  });

  it('should give the officer a head speaks through the head\'s body ("Kapolda Kaltim melalui Direktur Reskrimsus, Kombes Pol X")', () => {
    const text =
      'Kapolda Kaltim melalui Direktur Reserse Kriminal Khusus, Kombes Pol Frans Halomoan Siregar, memastikan kepolisian memantau. ' +
      'Gubernur Kaltim melalui Kepala Biro Adpim, Syarifah Alawiyah, menyampaikan duka.';
    expect(personIn(text, 'Frans Halomoan Siregar')).toMatchObject({ organization: 'Polda Kalimantan Timur', official: true });
    expect(personIn(text, 'Syarifah Alawiyah')).toMatchObject({ organization: 'Pemerintah Provinsi Kalimantan Timur', official: true });
  });

  it('should give a title that points back ("Its president director", "Direktur Utamanya", "... bank itu") the body named before', () => {
    const en = 'PT Kaltim Jaya Beton said it would build a plant in Balikpapan. Its president director, Lukas Hendrawan, said work would begin.';
    expect(personIn(en, 'Lukas Hendrawan')?.organization).toBe('PT Kaltim Jaya Beton');
    const id = 'PT Kaltim Jaya Beton akan membangun pabrik. Direktur Utamanya, Lukas Hendrawan, mengatakan pembangunan dimulai Juli.';
    expect(personIn(id, 'Lukas Hendrawan')?.organization).toBe('PT Kaltim Jaya Beton');
    const that = 'Politeknik Teknologi Borneo Lestari membuka prodi baru. Direktur politeknik tersebut, Ratnawati Sembiring, hadir.';
    expect(personIn(that, 'Ratnawati Sembiring')?.organization).toBe('Politeknik Teknologi Borneo Lestari');
  });

  it('should take the body of the kind the title names, the subject before an appositive, and leave the pointing words out', () => {
    const palm =
      'Petani menjual TBS ke pabrik kelapa sawit (PKS). Salah satunya PT Kerang Agro Lestari, perusahaan perkebunan dan PKS di Batu ' +
      'Engau. Manajer kemitraan perusahaan itu, Yusuf Tandi Bua, membantah.';
    expect(personIn(palm, 'Yusuf Tandi Bua')).toMatchObject({ titles: ['Manajer kemitraan'], organization: 'PT Kerang Agro Lestari' });
    expect(extractEntities(palm).organizations.map((o) => o.name)).not.toContain('Partai Keadilan Sejahtera');
    const kpi =
      'PT Kilang Pertamina Internasional (KPI), the refining subsidiary of state energy firm Pertamina, said the refinery would open. ' +
      'Its President Director, Taufan Adiwarman Siregar, said imports would fall.';
    expect(personIn(kpi, 'Taufan Adiwarman Siregar')?.organization).toBe('PT Kilang Pertamina Internasional');
    const own = 'PT Kaltim Jaya Beton akan membangun pabrik. Direktur Utamanya, Lukas Hendrawan, mengatakan pembangunan dimulai Juli.';
    expect(personIn(own, 'Lukas Hendrawan')?.titles).toEqual(['Direktur Utama']);
    const other = 'Rapat dipimpin Wakil Ketua DPRD Kaltim, Rusmiati, didampingi Wakil Ketua lainnya, Bambang Harjito.';
    expect(personIn(other, 'Bambang Harjito')?.titles).toEqual(['Wakil Ketua lainnya']);
  });

  it('should give "Direktur Keuangan perseroan, X" the company the story is about, not the exchange named last (s28c-02)', () => {
    const text =
      'PT Sentosa Logistik Dingin Tbk resmi melantai di Bursa Efek Indonesia (BEI). Sentosa Logistik Dingin melepas saham. ' +
      '"Kami siap," kata Hendra di Gedung BEI, Jakarta. Direktur Keuangan perseroan, Felicia Gunawan, menambahkan target naik.';
    expect(personIn(text, 'Felicia Gunawan')).toMatchObject({ titles: ['Direktur Keuangan'], organization: 'PT Sentosa Logistik Dingin Tbk' });
  });

  it('should give a plain title no body named before it in another sentence', () => {
    expect(personIn('PT Kaltim Jaya Beton akan membangun pabrik. Direktur Lukas Hendrawan mengatakan pembangunan dimulai Juli.', 'Lukas Hendrawan')?.organization).toBeNull();
  });

  it('should bind an acronym spelling a body, and its later mentions ("Bursa Efek Indonesia (BEI)")', () => {
    const result = extractEntities('Saham BUMI melonjak di Bursa Efek Indonesia (BEI) hari ini. BEI menghentikan perdagangan sementara.');
    // Listed since session 11 under its company name; the tagger found it before.
    expect(result.organizations.map((o) => [o.name, o.acronym, o.mentions.length])).toEqual([['PT Bursa Efek Indonesia', 'BEI', 3]]);
  });
});

describe('courts, title short forms in parentheses and degrees before "selaku"', () => {
  it('should read religious and administrative courts as bodies with their seat', () => {
    const names = extractEntities('Ketua Pengadilan Agama Samarinda Drs. H. Muhammad Yusuf, SH, MH, hadir. Gugatan ke Pengadilan Tinggi Agama Samarinda dan Pengadilan Tata Usaha Negara Samarinda.').organizations.map((o) => o.name);
    expect(names).toEqual(['Pengadilan Agama Samarinda', 'Pengadilan Tinggi Agama Samarinda', 'Pengadilan Tata Usaha Negara Samarinda']);
    expect(personIn('Ketua Pengadilan Agama Samarinda Drs. H. Muhammad Yusuf, SH, MH, hadir.', 'Muhammad Yusuf')?.organization).toBe('Pengadilan Agama Samarinda');
  });

  it('should read no second person in a title\'s short form in parentheses ("(Kasi Pidsus)")', () => {
    const result = extractEntities('Kepala Seksi Pidana Khusus (Kasi Pidsus) Kejari Samarinda Indra Rivani hadir.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Indra Rivani', 'Kejaksaan Negeri Samarinda']]);
  });

  it('should give a title after "selaku" to the name before it, past the name\'s degrees', () => {
    expect(personIn('Ir. H. Ahmad Fauzi, S.T., M.T. selaku Kepala Dinas PU Kukar hadir.', 'Ahmad Fauzi')).toMatchObject({
      titles: ['Kepala Dinas PU Kukar'],
      organization: 'Dinas Pekerjaan Umum Kutai Kartanegara',
    });
  });
});

describe('technical units and branch offices after an acronym', () => {
  it('should read the numbered area a Balai Besar serves into its name, a government body, no island location', () => {
    const result = extractEntities('Dinas bekerja sama dengan Balai Besar Wilayah Sungai (BBWS) Kalimantan IV untuk perbaikan irigasi.');
    expect(result.organizations.map((o) => [o.name, o.acronym, o.government])).toEqual([['Balai Besar Wilayah Sungai Kalimantan IV', 'BBWS', true]]);
    expect(result.locations).toEqual([]);
  });

  it('should read the region after "Perwakilan" following an acronym as the branch\'s', () => {
    const result = extractEntities('Bank Indonesia (BI) Perwakilan Kaltim mendukung program klaster padi.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Bank Indonesia Kalimantan Timur']);
    // The republic's letters may stand between the short form and the branch (s33a-12): no body "RI Perwakilan Riau".
    expect(extractEntities('Laporan dikirim ke Badan Pemeriksa Keuangan (BPK) RI Perwakilan Riau.').organizations.map((o) => o.name)).toEqual([
      'Badan Pemeriksa Keuangan Riau',
    ]);
  });
});

describe('numbered units and the Kalimantan-Sulawesi office', () => {
  it('should keep a unit\'s number in the title ("GM Pelindo Regional 4 Balikpapan"), not read the town into the name', () => {
    expect(personIn('General Manager Pelindo Regional 4 Balikpapan Rudi Hartono menyebut kenaikan.', 'Rudi Hartono')).toMatchObject({
      titles: ['General Manager Pelindo Regional 4 Balikpapan'],
      // The numbered unit is a body of its own (company-units.json), no more its parent company.
      organization: 'Pelindo Regional 4 Balikpapan',
    });
  });

  it('should read "Kalsul" as the region group an office serves ("Kepala SKK Migas Kalsul")', () => {
    const result = extractEntities('Kepala SKK Migas Kalsul Azhari Idris mengatakan hal itu.');
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([['Azhari Idris', ['Kepala SKK Migas Kalsul']]]);
    expect(result.locations.map((l) => [l.name, l.kind])).toEqual([['Kalimantan-Sulawesi', 'region-group']]);
  });
});

describe('regional offices of national agencies by their head words', () => {
  it('should read land, immigration and tax offices as government bodies with their seat', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => [o.name, o.government]);
    expect(names('Kepala Kantor Pertanahan Kota Samarinda Budi Santoso hadir.')).toEqual([['Kantor Pertanahan Samarinda', true]]);
    expect(names('Kantor Imigrasi Kelas I Samarinda mendeportasi dua WNA.')).toEqual([['Kantor Imigrasi Samarinda', true]]);
    expect(personIn('Kepala Kantor Pertanahan Kota Samarinda Budi Santoso hadir.', 'Budi Santoso')).toMatchObject({ official: true });
  });
});

describe('one entity however a regional body is written', () => {
  const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);

  it.each([
    ['DPRD Kaltim menggelar rapat.', 'Dewan Perwakilan Rakyat Daerah (DPRD) Kalimantan Timur menggelar rapat.', 'DPRD Kalimantan Timur'],
    ['PN Samarinda menggelar sidang.', 'Pengadilan Negeri Samarinda menggelar sidang.', 'Pengadilan Negeri Samarinda'],
    ['Bawaslu Samarinda menggelar rapat.', 'Badan Pengawas Pemilu Kota Samarinda menggelar rapat.', 'Badan Pengawas Pemilihan Umum Samarinda'],
    ['Kodim 0901/Samarinda menggelar rapat.', 'Komando Distrik Militer 0901/Samarinda menggelar rapat.', 'Kodim 0901/Samarinda'],
    ['Kodam VI/Mulawarman menggelar rapat.', 'Komando Daerah Militer VI/Mulawarman menggelar rapat.', 'Kodam VI/Mulawarman'],
    ['Kemenag Samarinda menggelar rapat.', 'Kantor Kementerian Agama Kota Samarinda menggelar rapat.', 'Kementerian Agama Samarinda'],
  ])('should read "%s" and "%s" as one body', (short, long, name) => {
    expect(names(short)).toEqual([name]);
    expect(names(long)).toEqual([name]);
  });

  it('should read "Perwakilan Bank Indonesia Balikpapan" as the bank\'s Balikpapan office, no second body', () => {
    expect(names('Kepala Perwakilan Bank Indonesia Balikpapan Robi Ariadi menilai inflasi masih terkendali.')).toEqual([
      'Bank Indonesia Balikpapan',
    ]);
  });

  it('should keep a ministry written alone national, and read a two-letter court form only before its seat', () => {
    expect(names('Kemenag menggelar rapat.')).toEqual(['Kementerian Agama']);
    expect(names('Dewan Perwakilan Rakyat menggelar rapat.')).toEqual(['Dewan Perwakilan Rakyat']);
    expect(names('PN Gas menaikkan harga.')).toEqual([]);
  });

  it('should end a court seated in a town at the town, the name after it a person\'s', () => {
    expect(personIn('Ketua Pengadilan Negeri Tenggarong Budi Santoso hadir.', 'Budi Santoso')?.organization).toBe('Pengadilan Negeri Tenggarong');
    expect(personIn('Ketua PN Tenggarong Budi Santoso hadir.', 'Budi Santoso')?.organization).toBe('Pengadilan Negeri Tenggarong');
  });
});

describe('courts, weather stations and fire brigades in Kaltim stories', () => {
  it('should name the corruption court by the district court it sits at, and its presiding judge', () => {
    const text =
      'Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri Samarinda menjatuhkan vonis. ' +
      'Ketua majelis hakim Nyoto Hindaryanto menyatakan terdakwa bersalah.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Pengadilan Tindak Pidana Korupsi Samarinda', 'Pengadilan Negeri Samarinda']);
    expect(result.people.map((p) => [p.name, p.titles, p.official])).toEqual([['Nyoto Hindaryanto', ['Ketua majelis hakim'], true]]);
  });

  it('should name the corruption court by the district court it sits at, its short form "(PN)" before the seat or not', () => {
    const text = 'Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri (PN) Makassar menjatuhkan vonis enam tahun.';
    expect(extractEntities(text).organizations.map((o) => o.name)).toEqual(['Pengadilan Tindak Pidana Korupsi Makassar', 'Pengadilan Negeri Makassar']);
  });

  it('should end an airport named after its kelurahan there, the name after it ("Bandara SAMS Sepinggan Barata ...")', () => {
    const text = 'General Manager Bandara SAMS Sepinggan Barata Singgih Riwahono mengatakan kenaikan terjadi.';
    expect(personIn(text, 'Barata Singgih Riwahono')?.titles).toEqual(['General Manager Bandara SAMS Sepinggan']);
  });

  it('should read the head of a weather station named after an airport up to the town, then the name', () => {
    const text = 'Kepala Stasiun Meteorologi Sultan Aji Muhammad Sulaiman Sepinggan Balikpapan Kukuh Ribudiyanto memperkirakan hujan.';
    expect(personIn(text, 'Kukuh Ribudiyanto')?.titles).toEqual(['Kepala Stasiun Meteorologi Sultan Aji Muhammad Sulaiman Sepinggan Balikpapan']);
    expect(extractEntities('Pemadaman melibatkan Manggala Agni dan TNI.').organizations.map((o) => o.name)).toContain('Manggala Agni');
  });
});

describe('units only provinces have', () => {
  it('should seat a Dinas ESDM or a forestry office written alone in the home province, not the dateline city', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);
    expect(names('Samarinda (ANTARA) - Produksi batu bara naik, menurut data Dinas Energi dan Sumber Daya Mineral.')).toEqual([
      'Dinas Energi dan Sumber Daya Mineral Kalimantan Timur',
    ]);
    expect(names('SAMARINDA - Dishut menyegel lahan.')).toEqual(['Dinas Kehutanan Kalimantan Timur']);
    // A unit other levels have stays the city's; a region written with it stands.
    expect(names('SAMARINDA - Dishub menutup jalan.')).toEqual(['Dinas Perhubungan Samarinda']);
    expect(names('Dinas ESDM Kutai Kartanegara hadir.')).toEqual(['Dinas Energi dan Sumber Daya Mineral Kutai Kartanegara']);
  });
});

describe('units of a regional secretariat', () => {
  it('should seat a bureau in the secretariat written after it, not in the story\'s home region', () => {
    const result = extractEntities('SAMARINDA - Kepala Biro Administrasi Pimpinan (Adpim) Setdaprov Kaltim Syarifah Alawiyah hadir.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Biro Administrasi Pimpinan Kalimantan Timur', 'Sekretariat Daerah Kalimantan Timur']);
    // Alone, a bureau is the home region's province's: a city's or a regency's secretariat has Bagian, not Biro.
    expect(extractEntities('SAMARINDA - Biro Hukum menyiapkan draf.').organizations.map((o) => o.name)).toEqual(['Biro Hukum Kalimantan Timur']);
  });

  it('should read a section (Bagian) of a regency\'s or a city\'s secretariat as a body, its head working there', () => {
    const text =
      'Fadli Mustari sebagai Kepala Bagian Organisasi Setda Kota Kendari. Kepala Bagian Hukum Sekretariat Daerah Kabupaten ' +
      'Humbang Hasundutan, Marolop Lumban Gaol, mengatakan usulan itu diverifikasi.';
    const result = extractEntities(text);
    expect(personIn(text, 'Fadli Mustari')?.organization).toBe('Bagian Organisasi Kendari');
    expect(personIn(text, 'Marolop Lumban Gaol')?.organization).toBe('Bagian Hukum Humbang Hasundutan');
    const section = result.organizations.find((o) => o.name === 'Bagian Hukum Humbang Hasundutan');
    expect(section).toMatchObject({ government: true });
    // Known also by its name written with the secretariat's, which the directory merges on.
    expect(section?.aliases).toContain('Bagian Hukum Sekretariat Daerah Kabupaten Humbang Hasundutan');
    expect(result.organizations.map((o) => o.name)).toContain('Sekretariat Daerah Humbang Hasundutan');
    // "Bagian" is a unit only before a secretariat: elsewhere a word.
    expect(extractEntities('Bagian Keuangan dan Bagian Hukum diminta hadir.').organizations).toEqual([]);
  });

  it('should read "Biro Organisasi" of a province\'s secretariat as a bureau', () => {
    const text = 'Kepala Biro Organisasi Setda Jabar Teddy Firmansyah mengatakan hal itu.';
    expect(personIn(text, 'Teddy Firmansyah')?.organization).toBe('Biro Organisasi Jawa Barat');
  });

  it('should read "Setkab" alone as the Cabinet Secretariat and "Setkab Kukar" as the regency\'s secretariat', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);
    expect(names('JAKARTA - Setkab merilis daftar nama menteri.')).toEqual(['Sekretariat Kabinet']);
    expect(names('Setkab Kukar menggelar rapat. Setda Kukar hadir.')).toEqual(['Sekretariat Daerah Kutai Kartanegara']);
    expect(personIn('Sekretaris Kabinet Teddy Indra Wijaya hadir.', 'Teddy Indra Wijaya')).toMatchObject({
      titles: ['Sekretaris Kabinet'],
      official: true,
    });
  });

  it('should name a body of the legislature with it ("Badan Anggaran (Banggar) DPRD Kaltim")', () => {
    const result = extractEntities('Juru bicara Badan Anggaran (Banggar) DPRD Kaltim, Sapto Setyo Pramono, menyebut belanja naik.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Badan Anggaran DPRD Kalimantan Timur', 'DPRD Kalimantan Timur']);
  });

  it('should name the secretariat one way however it is shortened ("Setda Kaltim", "Setdaprov Kaltim", "Setkot")', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);
    expect(names('Setdaprov Kaltim dan Setda Kaltim menggelar rapat.')).toEqual(['Sekretariat Daerah Kalimantan Timur']);
    expect(names('Setkot Samarinda dan Setda Kota Samarinda menggelar rapat.')).toEqual(['Sekretariat Daerah Samarinda']);
    expect(names('SAMARINDA - Setdaprov menggelar rapat.')).toEqual(['Sekretariat Daerah Kalimantan Timur']);
  });
});

describe('police units by their full names', () => {
  it('should name "Kepolisian Resor Kota (Polresta) Balikpapan" as the Polresta, one entity with its short form', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);
    expect(names('Kepolisian Resor Kota (Polresta) Balikpapan menangkap dua pria. Polresta Balikpapan menyita sabu.')).toEqual([
      'Polresta Balikpapan',
    ]);
    expect(names('Kepolisian Resor (Polres) Kutai Kartanegara menangkap dua pria. Polres Kukar menyita sabu.')).toEqual([
      'Polres Kutai Kartanegara',
    ]);
    expect(names('Kepolisian Daerah Kalimantan Timur dan Kepolisian Sektor Sungai Kunjang berjaga.')).toEqual([
      'Polda Kalimantan Timur',
      'Polsek Sungai Kunjang',
    ]);
    expect(names('Kepolisian Resor Kota Besar Medan dan Kepolisian Resort Lhokseumawe berjaga.')).toEqual(['Polrestabes Medan', 'Polres Lhokseumawe']);
    expect(personIn('Kepala Kepolisian Resor Kota Samarinda Kombes Ary Fadli mengatakan hal itu.', 'Ary Fadli')?.organization).toBe('Polresta Samarinda');
  });
});

describe('associations and datelines in capitals', () => {
  it('should read a trade association\'s chapter with its region ("Ketua PHRI Berau")', () => {
    expect(personIn('Ketua PHRI Berau, Fery Kurniawan, menyebut hunian hotel naik.', 'Fery Kurniawan')?.organization).toBe(
      'Perhimpunan Hotel dan Restoran Indonesia Berau',
    );
  });

  it('should name a kecamatan written in capitals as the lists do, one location with its other mentions', () => {
    const result = extractEntities('TANJUNG REDEB - Festival digelar. Hotel di Tanjung Redeb penuh.');
    expect(result.locations.map((l) => [l.name, l.kind, l.mentions.length])).toEqual([['Tanjung Redeb', 'district', 2]]);
  });
});

describe('naval and air force commands, and prosecutors\' sections', () => {
  it('should read "Danlanal Balikpapan" with the Lanal as its body and the corps code with the rank', () => {
    expect(personIn('Danlanal Balikpapan Kolonel Laut (P) Hartono hadir.', 'Hartono')).toMatchObject({
      titles: ['Danlanal Balikpapan', 'Kolonel Laut (P)'],
      organization: 'Lanal Balikpapan',
      official: true,
    });
  });

  it('should read a prosecutors\' section in a title ("Kasi Penkum") and the staff a Kajati speaks through', () => {
    expect(personIn('Kajati Kaltim Iman Wijaya melalui Kasi Penkum Toni Yuswanto menyampaikan hal itu.', 'Toni Yuswanto')).toMatchObject({
      titles: ['Kasi Penkum'],
      organization: 'Kejaksaan Tinggi Kalimantan Timur',
    });
  });
});

describe('branch offices and state schools', () => {
  it('should read "Cabang" and the region after a body into the title ("Kepala BPJS Kesehatan Cabang Samarinda X")', () => {
    expect(personIn('Kepala BPJS Kesehatan Cabang Samarinda Citra Jaya menambahkan peserta tidak dipungut biaya.', 'Citra Jaya')).toMatchObject({
      titles: ['Kepala BPJS Kesehatan Cabang Samarinda'],
      organization: 'Badan Penyelenggara Jaminan Sosial Kesehatan Samarinda',
    });
  });

  it('should file "SMAN 1 Samarinda" and "SMA Negeri 1 Samarinda" as one school, its head\'s', () => {
    const result = extractEntities(
      'Sebanyak 1.200 siswa SMA Negeri 1 Samarinda mengikuti vaksinasi HPV. Kepala Sekolah SMAN 1 Samarinda, Fathur Rahman, hadir.',
    );
    expect(result.organizations.filter((o) => o.name.startsWith('SMA')).map((o) => [o.name, o.mentions.length])).toEqual([['SMA Negeri 1 Samarinda', 2]]);
    expect(result.people.map((p) => p.organization)).toEqual(['SMA Negeri 1 Samarinda']);
  });
});

describe('a company named again without "PT" and "Tbk"', () => {
  it('should read "Indika Energy" after "PT Indika Energy Tbk" as the company, its director\'s name after it', () => {
    const text = 'PT Indika Energy Tbk mencatat kenaikan produksi. Presiden Direktur Indika Energy Azis Armand menyebut transisi energi jadi fokus.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['PT Indika Energy Tbk', 2]]);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Azis Armand', 'PT Indika Energy Tbk']]);
  });
});

describe('"Hari" in names and after them, heads speaking through staff, sports medals', () => {
  it('should read "Hari" inside a name ("Agus Hari Kesuma") and the day after a name as its end ("Andi Harun Hari ini")', () => {
    expect(personIn('Kepala Dispora Kaltim Agus Hari Kesuma memberikan bonus.', 'Agus Hari Kesuma')?.titles).toEqual(['Kepala Dispora Kaltim']);
    expect(personIn('Wali Kota Samarinda Andi Harun Hari ini meresmikan jembatan.', 'Andi Harun')?.titles).toEqual(['Wali Kota Samarinda']);
  });

  it('should read a name opening with "Hari" after a rank alone ("AKP Hari Supranoto")', () => {
    expect(personIn('AKP Hari Supranoto hadir di lokasi.', 'Hari Supranoto')).toMatchObject({ titles: ['AKP'], official: true });
  });

  it('should not give the head\'s title the staff member named after "melalui"', () => {
    const text = 'Gubernur Kaltim melalui Kepala Dinas Pemuda dan Olahraga (Dispora) Kaltim Agus Hari Kesuma memberikan bonus.';
    expect(personIn(text, 'Agus Hari Kesuma')?.titles).toEqual(['Kepala Dinas Pemuda dan Olahraga (Dispora) Kaltim']);
  });

  it('should read a gold medal as sport, not gold mining', () => {
    const sectors = extractEntities('Kontingen Kaltim meraih 12 medali emas. Atlet dayung menyumbang dua emas bagi peraih emas lainnya.').sectors;
    expect(sectors.map((s) => s.code)).toEqual(['R']);
  });
});

describe('local governments and quotes in English (Antara English)', () => {
  it('should read "the Balikpapan city government" and "the East Kalimantan provincial government" as the Pemerintah', () => {
    const names = extractEntities(
      'The Balikpapan city government and the East Kalimantan provincial government signed the deal with the Kutai Kartanegara regency government.',
    ).organizations.map((o) => o.name);
    expect(names).toEqual(['Pemerintah Kota Balikpapan', 'Pemerintah Provinsi Kalimantan Timur', 'Pemerintah Kabupaten Kutai Kartanegara']);
  });

  it('should give a quote followed by "he told journalists" to the person in context', () => {
    const text = 'Mayor Rahmad Mas\'ud said on Tuesday that work would begin. "We will start construction in July," he told journalists.';
    expect(extractEntities(text).quotes.map((q) => q.speaker)).toEqual(["Rahmad Mas'ud"]);
  });
});

describe('associations with a syllabic short form', () => {
  it('should read "Asosiasi Petani Kelapa Sawit Indonesia (Apkasindo) Paser" whole, no place inside it', () => {
    const result = extractEntities('Ketua Asosiasi Petani Kelapa Sawit Indonesia (Apkasindo) Paser, Ahmad Yani, meminta harga acuan.');
    expect(result.organizations.map((o) => [o.name, o.acronym])).toEqual([['Asosiasi Petani Kelapa Sawit Indonesia Paser', 'Apkasindo']]);
    expect(result.people[0]).toMatchObject({ name: 'Ahmad Yani', organization: 'Asosiasi Petani Kelapa Sawit Indonesia Paser' });
    expect(result.locations.map((l) => l.name)).not.toContain('Kelapa Sawit Indonesia');
  });
});

describe('a ministry\'s regional office', () => {
  it('should read "Kantor Kemenag Samarinda" as the ministry\'s Samarinda office, and its head as heading it', () => {
    const result = extractEntities('Kepala Kantor Kemenag Samarinda, Nurdin, mengimbau jemaah menjaga kesehatan.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Kementerian Agama Samarinda']);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Nurdin', 'Kementerian Agama Samarinda']]);
    expect(extractEntities('Menteri Agama hadir di Kantor Kemenag.').organizations.map((o) => o.name)).toEqual(['Kementerian Agama']);
  });

  it('should link the glued "Kakankemenag Balikpapan" to the office in that region, an official', () => {
    expect(personIn('Kakankemenag Balikpapan Budi Santoso hadir.', 'Budi Santoso')).toMatchObject({
      organization: 'Kementerian Agama Balikpapan',
      official: true,
    });
  });
});

describe('a name with its acronym in parentheses', () => {
  /** Each organization as [name, mention texts]. */
  const orgs = (text: string): [string, string[]][] => extractEntities(text).organizations.map((o) => [o.name, o.mentions.map((m) => m.text)]);

  it('should give the name and the acronym a mention each, the region after it to the location, as tokenised text too', () => {
    const text = 'Dinas Ketahanan Pangan (DKP) Kukar menggelar pasar murah.';
    expect(orgs(text)).toEqual([['Dinas Ketahanan Pangan Kutai Kartanegara', ['Dinas Ketahanan Pangan', 'DKP']]]);
    expect(extractEntities(text).locations.map((l) => [l.name, l.mentions.map((m) => m.text)])).toEqual([['Kutai Kartanegara', ['Kukar']]]);
    expect(orgs('Universitas Ibnu Chaldun ( UIC ) , adalah perguruan tinggi swasta . Lulusan UIC banyak .')).toEqual([
      ['Universitas Ibnu Chaldun', ['Universitas Ibnu Chaldun', 'UIC', 'UIC']],
    ]);
  });

  it('should read the seat after a listed university\'s acronym as its place, and the head word with an acronym as that body', () => {
    expect(orgs('Rektor Universitas Mulawarman (Unmul) Samarinda hadir. Unmul menambah jurusan.')).toEqual([
      ['Universitas Mulawarman', ['Universitas Mulawarman', 'Unmul', 'Unmul']],
    ]);
    expect(orgs('RSUD Abdul Wahab Sjahranie (AWS) Samarinda penuh. RSUD AWS menambah ruang.')).toEqual([
      ['RSUD Abdul Wahab Sjahranie Samarinda', ['RSUD Abdul Wahab Sjahranie', 'AWS', 'RSUD AWS']],
    ]);
  });
});

describe('names, titles and bodies as regional news outside Kalimantan writes them', () => {
  it('should open a Sasak name with "Lalu" after a title, and keep "Lalu Lintas" a body\'s words', () => {
    const text = 'Kepala Dinas Perindustrian dan Perdagangan (Disperindag) NTB Lalu Suryadi Wirawan mengatakan harga naik.';
    expect(personIn(text, 'Lalu Suryadi Wirawan')).toMatchObject({
      titles: ['Kepala Dinas Perindustrian dan Perdagangan (Disperindag) NTB'],
      organization: 'Dinas Perindustrian dan Perdagangan Nusa Tenggara Barat',
    });
    expect(extractEntities('Direktorat Lalu Lintas (Ditlantas) Polda Kaltim menggelar razia.').people).toEqual([]);
  });

  it('should close a Minangkabau name with its Datuk title, and read a Wali Nagari and a Keuchik as village heads', () => {
    const text = 'Kepala BPJN Sumatera Barat, Ir. Syafrizal Dt. Rajo Mudo, M.T., mengatakan tebing labil. Wali Nagari Singgalang, Yusrizal Dt. Bandaro, meminta bantuan.';
    expect(personIn(text, 'Syafrizal Dt. Rajo Mudo')?.organization).toBe('Balai Pelaksanaan Jalan Nasional Sumatera Barat');
    expect(personIn(text, 'Yusrizal Dt. Bandaro')).toMatchObject({ titles: ['Wali Nagari Singgalang'], official: true });
    expect(personIn('Keuchik Gampong Lamteh Zulkifli Ahmad meminta warga waspada.', 'Zulkifli Ahmad')).toMatchObject({ official: true });
  });

  it('should read the public-works balai by their names and acronyms, with the area they serve', () => {
    const text = 'Balai Pelaksanaan Jalan Nasional (BPJN) Sumatera Barat dan Balai Besar Wilayah Sungai Sumatera VIII bekerja sama dengan BWS Kalimantan III.';
    expect(extractEntities(text).organizations.map((o) => o.name)).toEqual([
      'Balai Pelaksanaan Jalan Nasional Sumatera Barat',
      'Balai Besar Wilayah Sungai Sumatera VIII',
      'Balai Wilayah Sungai Kalimantan III',
    ]);
  });

  it('should read a PLN unit by the group of regions it serves, and the regions by the names news writes', () => {
    const pln = 'General Manager PLN UID Suluttenggo Jefri Rondonuwu mengatakan listrik pulih.';
    expect(personIn(pln, 'Jefri Rondonuwu')?.titles).toEqual(['General Manager PLN UID Suluttenggo']);
    const text = 'Kapolresta Tanjungpinang Kombes Pol Hamam Wahyudi dan Kepala BPBD Talaud Hendrik Mangangue hadir di Lubuklinggau.';
    expect(extractEntities(text).locations.map((l) => [l.name, l.kind])).toEqual([
      ['Tanjung Pinang', 'city'],
      ['Kepulauan Talaud', 'regency'],
      ['Lubuk Linggau', 'city'],
    ]);
  });
});

describe('officials, bodies and suspects as the other provinces\' news writes them', () => {
  it('should read a regional office of the Ombudsman by "Ombudsman RI Perwakilan X", and a unit short form of two words', () => {
    const ombudsman = 'Kepala Ombudsman RI Perwakilan DIY, Agung Nugroho Santosa, mengatakan pihaknya menerima 27 pengaduan.';
    expect(personIn(ombudsman, 'Agung Nugroho Santosa')).toMatchObject({
      organization: 'Ombudsman Republik Indonesia Daerah Istimewa Yogyakarta',
      official: true,
    });
    const dinkes = 'Kepala Dinas Kesehatan, Kependudukan, dan Pencatatan Sipil (Dinkes Dukcapil) NTT, drg. Maria Goreti Bria, menyebut pola asuh penting.';
    expect(personIn(dinkes, 'Maria Goreti Bria')?.organization).toBe('Dinas Kesehatan, Kependudukan, dan Pencatatan Sipil Nusa Tenggara Timur');
    expect(extractEntities('Penumpang naik Kapal Motor (Penumpang Tradisional) dari pelabuhan.').organizations.map((o) => o.acronym)).toEqual([null]);
  });

  it('should end a name at a degree written with its period or without a comma, and drop "Rd." before it', () => {
    for (const text of [
      'Direktur RSUD Kota Bandung, dr. Cecep Hidayat, Sp.PD., mengatakan pihaknya menambah tempat tidur.',
      'Direktur RSUD Kota Bandung dr. Cecep Hidayat Sp.PD mengatakan pihaknya menambah tempat tidur.',
    ]) {
      const result = extractEntities(text);
      expect(result.people.map((p) => [p.name, p.titles])).toEqual([['Cecep Hidayat', ['Direktur RSUD Kota Bandung']]]);
      expect(result.organizations.map((o) => o.name)).toEqual(['Rumah Sakit Umum Daerah Bandung']);
    }
    const raden = 'Kepala Dinkes Kota Bandung, dr. Rd. Siti Nurhasanah Permana, M.Kes., meminta setiap RW melapor.';
    expect(personIn(raden, 'Siti Nurhasanah Permana')?.titles).toEqual(['Kepala Dinkes Kota Bandung']);
  });

  it('should read a resident\'s village as a place, not a name, and the Aceh parliament and the plantation fund by their acronyms', () => {
    const resident = extractEntities('Sumarno (47), warga Kelurahan Wirobrajan, Kota Yogyakarta, mengaku bingung.');
    expect(resident.people.map((p) => p.name)).toEqual(['Sumarno']);
    expect(resident.locations.map((l) => l.name)).toContain('Kelurahan Wirobrajan');
    expect(personIn('Wakil Ketua DPRA Tgk H. Muhammad Yunus memimpin rapat.', 'Muhammad Yunus')?.organization).toBe('Dewan Perwakilan Rakyat Aceh');
    expect(extractEntities('Dana hibah dari Badan Pengelola Dana Perkebunan (BPDP) cair.').organizations.map((o) => o.name)).toEqual([
      'Badan Pengelola Dana Perkebunan',
    ]);
  });

  it('should read Aceh\'s own names: "Pemerintah Aceh" is the province\'s government, "Badan Perencanaan Pembangunan Aceh" its Bappeda', () => {
    const text =
      'BANDA ACEH - Pemerintah Aceh melalui Bappeda Aceh menyiapkan anggaran. Kepala Badan Perencanaan Pembangunan Aceh, ' +
      'Teuku Mahdi, mengatakan dana siap. Badan Penanggulangan Bencana Aceh (BPBA) siaga. Pemerintah Indonesia mendukung.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.mentions.length])).toEqual([
      ['Pemerintah Provinsi Aceh', 1],
      ['Badan Perencanaan Pembangunan Daerah Aceh', 2],
      ['Badan Penanggulangan Bencana Daerah Aceh', 2],
      // A nation's government is a body of its own, no province's.
      ['Pemerintah Indonesia', 1],
    ]);
    expect(personIn(text, 'Teuku Mahdi')?.organization).toBe('Badan Perencanaan Pembangunan Daerah Aceh');
  });

  it('should read initials given an age as nobody named, wherever they recur, and a body\'s acronym with a year as that body', () => {
    const text = 'Dua tersangka ditangkap, yakni MHN (34) alias Ucok dan AS (29). Tersangka MHN berperan sebagai kurir. KPK (2024) mencatat kasus.';
    const result = extractEntities(text);
    expect(result.people).toEqual([]);
    expect(result.organizations.map((o) => o.name)).toEqual(['Komisi Pemberantasan Korupsi']);
    expect(result.locations).toEqual([]);
  });

  it('should file a short form without the middle words under the one longer name ("Andi Ikhsan")', () => {
    const text =
      'Kasi Penkum Kejati Sulsel, Andi Muhammad Ikhsan Syarifuddin, S.H., M.H., mengatakan tersangka ditahan. "Mereka ditahan 20 hari," kata Andi Ikhsan.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.name)).toEqual(['Andi Muhammad Ikhsan Syarifuddin']);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Andi Muhammad Ikhsan Syarifuddin']);
  });
});

describe('words that look like names in regional and English copy', () => {
  it('should not read a given name that is a word of a capitalised phrase as a person ("Dana Otonomi Khusus")', () => {
    const text = 'Penurunan disebabkan berkurangnya penerimaan Dana Otonomi Khusus (Otsus) Aceh. Kepala Divisi Dana dan Jasa BPD Bali, Ni Luh Putu Sri Widiastuti, menyebut transaksi naik.';
    expect(extractEntities(text).people.map((p) => p.name)).toEqual(['Ni Luh Putu Sri Widiastuti']);
  });

  it('should drop an English function word opening a sentence from a place and never read it as a name', () => {
    const text = 'At Keputran Market in Surabaya, chili sold for Rp78,000, traders said. "Buyers cut back," Siti Mukaromah said. He added that supply was thin.';
    const result = extractEntities(text);
    expect(result.locations.map((l) => l.name)).toEqual(['Keputran Market', 'Surabaya']);
    expect(result.people.map((p) => p.name)).toEqual(['Siti Mukaromah']);
  });

  it('should read the statistics agency by its English names, a province\'s office by the province before it', () => {
    expect(personIn('Head of the East Java Statistics Agency (BPS) Dwi Retno Hapsari said prices rose.', 'Dwi Retno Hapsari')?.organization).toBe(
      'Badan Pusat Statistik Jawa Timur',
    );
    expect(personIn('Statistics Indonesia head Amalia Adininggar Widyasanti said inflation eased.', 'Amalia Adininggar Widyasanti')?.organization).toBe(
      'Badan Pusat Statistik',
    );
  });
});

describe('regional development banks', () => {
  it('should file a regional bank\'s brand and its official name as one company, no government body', () => {
    const text = 'Direktur Utama Bank Jateng Sutrisno Hadi Wibowo hadir. PT Bank Pembangunan Daerah Jawa Tengah menyalurkan KUR. Bank Nagari dan BPD Bali juga.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['PT Bank Pembangunan Daerah Jawa Tengah', false],
      ['PT Bank Pembangunan Daerah Sumatera Barat', false],
      ['PT Bank Pembangunan Daerah Bali', false],
    ]);
    expect(personIn(text, 'Sutrisno Hadi Wibowo')).toMatchObject({ organization: 'PT Bank Pembangunan Daerah Jawa Tengah', official: false });
  });
});

describe('regional offices of state companies', () => {
  it('should read a state company named with a region, or a Kanwil or Divre and a region, as its office there', () => {
    expect(personIn('Pemimpin Wilayah Bulog NTB Nurhayati Kartika mengatakan stok aman.', 'Nurhayati Kartika')?.organization).toBe(
      'Perum Bulog Nusa Tenggara Barat',
    );
    expect(personIn('Kepala Perum Bulog Kanwil Kaltim Budi Santoso mengatakan stok aman.', 'Budi Santoso')).toMatchObject({
      titles: ['Kepala Perum Bulog Kanwil Kaltim'],
      organization: 'Perum Bulog Kalimantan Timur',
    });
    // An office serving a group of regions is the national body; the group is a location of its own.
    const group = extractEntities('Kepala Perum Bulog Kanwil Kaltimtara Budi Santoso mengatakan stok aman.');
    expect(group.people.map((p) => [p.name, p.organization])).toEqual([['Budi Santoso', 'Perum Bulog']]);
    expect(group.locations.map((l) => l.name)).toEqual(['Kaltimtara']);
  });
});

describe('a detention centre\'s class, a valley and a public-health degree', () => {
  it('should name a Rutan written with its class by its seat, read a "Lembah" as a place, and "M.K.M." as a degree', () => {
    const rutan = extractEntities('Para tersangka ditahan di Rumah Tahanan Negara Kelas I Makassar selama 20 hari.');
    expect(rutan.organizations.map((o) => o.name)).toEqual(['Rumah Tahanan Negara Makassar']);
    const valley = extractEntities('"Struktur tanah di Lembah Anai labil," kata Syafrizal kepada wartawan.');
    expect(valley.locations.map((l) => l.name)).toEqual(['Lembah Anai']);
    expect(valley.people.map((p) => p.name)).toEqual(['Syafrizal']);
    const degree = extractEntities('Kepala Dinkes Kota Bandung, dr. Siti Nurhasanah Permana, M.K.M., meminta setiap RW melapor.');
    expect(degree.organizations.map((o) => o.name)).toEqual(['Dinas Kesehatan Bandung']);
  });
});

describe('a city and a regency of one name', () => {
  it('should give a Bupati the regency and a Wali Kota the city of one name, and read a bare "Banjar" as the Kalsel regency', () => {
    const kediri = 'Wali Kota Kediri Vinanda Prameswati dan Bupati Kediri Hanindhito Himawan Pramana hadir.';
    expect(personIn(kediri, 'Vinanda Prameswati')?.organization).toBe('Pemerintah Kota Kediri');
    expect(personIn(kediri, 'Hanindhito Himawan Pramana')?.organization).toBe('Pemerintah Kabupaten Kediri');
    const banjar = 'BANJARMASIN - Banjir melanda Martapura. Sekda Banjar, Drs. H. Mahyuni Antung, M.Si., menyebut anggaran siap.';
    expect(personIn(banjar, 'Mahyuni Antung')?.organization).toBe('Pemerintah Kabupaten Banjar');
    expect(personIn('Wali Kota Banjar Sudarsono meresmikan pasar.', 'Sudarsono')?.organization).toBe('Pemerintah Kota Banjar');
  });
});

describe('national and business copy: short forms, clubs and products', () => {
  it('should name a ministry without the short form its minister\'s title writes, and read a Dirjen\'s title words as no person', () => {
    expect(personIn('Menteri Pekerjaan Umum (PU) Bambang Suryo Wicaksono meminta tambahan anggaran.', 'Bambang Suryo Wicaksono')?.organization).toBe(
      'Kementerian Pekerjaan Umum',
    );
    const dirjen = extractEntities('Direktur Jenderal Anggaran Kemenkeu, Prof. Dr. Rudianto Halim, S.E., M.Sc., mengatakan belanja naik.');
    expect(dirjen.people.map((p) => p.name)).toEqual(['Rudianto Halim']);
    const bkf = extractEntities('Kepala Badan Kebijakan Fiskal (BKF), Febrianto Simanjuntak, Ph.D., menilai APBN tetap kuat.');
    expect(bkf.people.map((p) => [p.name, p.organization])).toEqual([['Febrianto Simanjuntak', 'Badan Kebijakan Fiskal']]);
  });

  it('should read KPU RI and Bawaslu RI as the national bodies, and no body "RI"', () => {
    const result = extractEntities('Mahkamah memerintahkan KPU RI dan Bawaslu RI melakukan supervisi.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Komisi Pemilihan Umum', 'Badan Pengawas Pemilihan Umum']);
  });

  it('should read a club\'s assistant coach as no official, and the short form of a committee as no person', () => {
    const text =
      'Asisten pelatih Persiba, Riskiansyah, yang juga mantan kapten Persiba, menambahkan tim berlatih. ' +
      'Ketua Panitia Pelaksana (Panpel) Persiba, Andi Syamsul Bahri, mengatakan tiket habis. Panpel berkoordinasi dengan polisi.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Riskiansyah', 'Persiba Balikpapan', false],
      ['Andi Syamsul Bahri', 'Persiba Balikpapan', false],
    ]);
  });

  it('should read fuel brands, a degree in forestry and a sentence word as no entity', () => {
    const text =
      'Pembelian Pertalite dan Biosolar wajib memakai QR code. Kepala DLH Kutim, Hj. Nurbaya Rahman, S.Hut., M.Si., menyebut teguran. "Menjelang Ramadan, pesanan naik," kata Nadia.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.name)).toEqual(['Nurbaya Rahman', 'Nadia']);
    expect(result.organizations.map((o) => o.name)).toEqual(['Dinas Lingkungan Hidup Kutai Timur']);
  });
});

describe('an Inspektur, a title after degrees, and alleys as places', () => {
  it('should give an Inspektur the region\'s Inspektorat, and a title after degrees its last body', () => {
    expect(personIn('Plh Inspektur Kabupaten Kukar, Dra. Hj. Masitah Ulfa, menambahkan timnya sudah turun.', 'Masitah Ulfa')).toMatchObject({
      organization: 'Inspektorat Kutai Kartanegara',
      official: true,
    });
    const text = 'Kemudian Rudy Hartono Sitompul, S.STP., M.Si., Direktur Fasilitasi Kepala Daerah dan DPRD Kemendagri, ditunjuk sebagai Pj Bupati.';
    expect(personIn(text, 'Rudy Hartono Sitompul')).toMatchObject({
      titles: ['Direktur Fasilitasi Kepala Daerah dan DPRD Kemendagri'],
      organization: 'Kementerian Dalam Negeri',
    });
  });

  it('should read a Gang and a Polder as places', () => {
    const result = extractEntities('Pembebasan lahan di segmen Gang Nibung harus tuntas. Pompa di Polder Air Hitam menyala.');
    expect(result.people).toEqual([]);
    expect(result.locations.map((l) => l.name)).toEqual(['Gang Nibung', 'Polder Air Hitam']);
  });
});

describe('venture funds and C-level titles', () => {
  it('should read a fund named with "Ventures", and a managing partner or a C-level officer by the title', () => {
    const text = 'Putaran pendanaan dipimpin Arunika Ventures asal Singapura. Managing Partner Arunika Ventures, Daniel Tan, menilai bisnisnya sehat.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Arunika Ventures', 2]]);
    expect(personIn(text, 'Daniel Tan')).toMatchObject({ titles: ['Managing Partner Arunika Ventures'], organization: 'Arunika Ventures', official: false });
    const holder = extractEntities('Perusahaan itu didirikan bersama Fikri Alamsyah sebagai CTO Warungin dan Nadia Kusumaningrum sebagai COO.');
    expect(holder.people.map((p) => [p.name, p.titles])).toEqual([
      ['Fikri Alamsyah', ['CTO Warungin']],
      ['Nadia Kusumaningrum', ['COO']],
    ]);
    const english = 'Cakrawala president director Steven Halim said the company would fund it. Meridian chief executive Rachel Ong agreed.';
    expect(extractEntities(english).people.map((p) => [p.name, p.titles])).toEqual([
      ['Steven Halim', ['president director']],
      ['Rachel Ong', ['chief executive']],
    ]);
  });
});

describe('Kaltim copy: programmes, police units, appositives and English titles', () => {
  it('should read a programme, a funding scheme and a police unit\'s short name as no person', () => {
    const text =
      'Gubernur Kaltim Rusdiansyah Aminuddin menyebut program Gratispol berjalan. Dana Bagi Hasil turun. ' +
      'Korupsi Alokasi Dana Kampung (ADK) diusut. Kapolres Kutim AKBP Reza Pahlevi Hutagalung, S.I.K., memerintahkan Satlantas berjaga.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.name)).toEqual(['Rusdiansyah Aminuddin', 'Reza Pahlevi Hutagalung']);
    expect(result.organizations).toEqual([]);
  });

  it('should end a title\'s appositive at a clause, and read a kecamatan after a comma as no name', () => {
    const jpu =
      'Jaksa Penuntut Umum (JPU) dari Kejati Kaltim menghadirkan tiga saksi, salah satunya mantan Kepala Biro Perekonomian Setda Kaltim, Drs. Syahruddin Lamante.';
    expect(personIn(jpu, 'Syahruddin Lamante')?.titles).toEqual(['mantan Kepala Biro Perekonomian Setda Kaltim']);
    const kampung = 'Kejari Berau menetapkan mantan Kepala Kampung Merasa, Kecamatan Kelay, berinisial SL sebagai tersangka.';
    expect(extractEntities(kampung).people).toEqual([]);
  });

  it('should name a mayor\'s region once, read "Mahulu" as Mahakam Ulu, and a Dinas of "Masyarakat dan Kampung" whole', () => {
    expect(personIn('Mayor of Samarinda, H. Rachmat Hidayat Nur, said dredging would continue.', 'Rachmat Hidayat Nur')?.titles).toEqual([
      'Mayor of Samarinda',
    ]);
    expect(personIn('Ketua KPU Mahulu Yakobus Hibau Lejiu hadir.', 'Yakobus Hibau Lejiu')?.organization).toBe('Komisi Pemilihan Umum Mahakam Ulu');
    const dpmk = 'Kepala Dinas Pemberdayaan Masyarakat dan Kampung (DPMK) Berau, Ahmad Fauzi, hadir.';
    expect(personIn(dpmk, 'Ahmad Fauzi')?.organization).toBe('Dinas Pemberdayaan Masyarakat dan Kampung Berau');
  });
});

describe('an inauguration list: "X sebagai TITLE, Y sebagai TITLE"', () => {
  it('should give each title to the name before "sebagai" or "dilantik menjadi", and a bureau\'s head the bureau', () => {
    const text =
      'Gubernur Kaltim Rudy Mas\'ud melantik pejabat. Mereka antara lain Ahmad Muzakkir sebagai Kepala Dinas Kesehatan Kaltim, ' +
      'Sri Wahyuni sebagai Kepala Bappeda Kaltim. Selain itu, Rozani Erawadi dilantik menjadi Kepala Biro Umum Setda Kaltim.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Rudy Mas\'ud', ['Gubernur Kaltim'], 'Pemerintah Provinsi Kalimantan Timur'],
      ['Ahmad Muzakkir', ['Kepala Dinas Kesehatan Kaltim'], 'Dinas Kesehatan Kalimantan Timur'],
      ['Sri Wahyuni', ['Kepala Bappeda Kaltim'], 'Badan Perencanaan Pembangunan Daerah Kalimantan Timur'],
      ['Rozani Erawadi', ['Kepala Biro Umum Setda Kaltim'], 'Biro Umum Kalimantan Timur'],
    ]);
    const last = 'Budi Santoso sebagai Kepala Dinas Sosial. Ia segera bekerja.';
    expect(personIn(last, 'Budi Santoso')).toMatchObject({ titles: ['Kepala Dinas Sosial'], organization: 'Dinas Sosial' });
  });
});

describe('humas copy: honorific short forms, spouses and lists of titled names', () => {
  it('should file "Pak Syamsul" under the official named in full, and read "Rakor" as no person', () => {
    const text =
      'Plt. Kepala Dinas Pekerjaan Umum Kaltara Syamsul Bahri Tanjung hadir. Rakor juga dihadiri camat. Adapun Pak Syamsul menjelaskan ruas jalan akan dibangun.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['Syamsul Bahri Tanjung', ['Syamsul Bahri Tanjung', 'Syamsul']]]);
  });

  it('should give a spouse\'s title to the name right after it only, and each title of a list to the name after it', () => {
    const text =
      'Acara dibuka Ketua TP PKK Kaltim Hj. Syarifah Nurul Aini, istri Gubernur Kaltim Rudi Hartawan Lubis. Hadir pula Ketua DWP Kaltim, Hj. Dewi Kartika Sari, ' +
      'istri Sekda Provinsi Kaltim, serta Wakil Ketua I TP PKK Kaltim, Ny. Margaretha Luhat. Penghargaan diterima Ketua TP PKK Kabupaten Berau, Hj. Nurjannah Effendi, ' +
      'Ketua TP PKK Kota Bontang, Ratih Puspa Wardhani, dan lainnya.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([
      ['Syarifah Nurul Aini', ['Ketua TP PKK Kaltim']],
      ['Rudi Hartawan Lubis', ['Gubernur Kaltim']],
      ['Dewi Kartika Sari', ['Ketua DWP Kaltim']],
      ['Margaretha Luhat', ['Wakil Ketua I TP PKK Kaltim']],
      ['Nurjannah Effendi', ['Ketua TP PKK Kabupaten Berau']],
      ['Ratih Puspa Wardhani', ['Ketua TP PKK Kota Bontang']],
    ]);
  });

  it('should give a title after any word for a relative ("keponakan Gubernur Kaltim, Siti Aminah") to no one after a comma', () => {
    const text = 'Acara itu dihadiri keponakan Gubernur Kaltim, Siti Aminah, dan mertuanya, Hasanah Lubis. Gubernur Kaltim Rudy Mas\'ud tidak hadir.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles])).toEqual([
      ['Siti Aminah', []],
      ['Hasanah Lubis', []],
      ['Rudy Mas\'ud', ['Gubernur Kaltim']],
    ]);
  });
});

describe('a field "pada" its body, and a body speaking through a titled officer after a comma', () => {
  it('should read "Kepala Bidang X pada Dinas Y" as the Dinas\'s, and "Dinas X melalui Kabid ..., Hj. Y" as the Dinas\'s', () => {
    const pada = 'Ir. Bambang Setyo Kuncoro, M.T. dilantik menjadi Kepala Bidang Bina Marga pada Dinas PUPR Kaltim. Ia segera bekerja.';
    expect(personIn(pada, 'Bambang Setyo Kuncoro')).toMatchObject({
      titles: ['Kepala Bidang Bina Marga pada Dinas PUPR Kaltim'],
      organization: 'Dinas Pekerjaan Umum dan Penataan Ruang Kalimantan Timur',
    });
    const through =
      'Camat Balikpapan Utara Hendrik Sitorus hadir. Dinas Kesehatan Kota Balikpapan melalui Kepala Bidang Kesehatan Masyarakat, Hj. Fitriani Ramadhani, juga menyerahkan bantuan.';
    expect(personIn(through, 'Fitriani Ramadhani')?.organization).toBe('Dinas Kesehatan Balikpapan');
  });
});

describe('a bare title later in a story', () => {
  it('should not give a regent named with his regency a second title from the story\'s home region', () => {
    const text =
      'TANJUNG SELOR - Rombongan disambut Bupati Malinau, Yakub Ibau Laing, S.Sos. "Kunjungan ini berarti," kata Bupati Yakub. Kader posyandu ikut hadir.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([['Yakub Ibau Laing', ['Bupati Malinau']]]);
  });
});

describe('tricky names: nicknames, bin/binti, foreign firms and names', () => {
  it('should keep a titled name before a nickname in parentheses and file the nickname under it', () => {
    const text = 'Ketua DPRD Kaltim Zulkifli Hamdani (Bang Zul) memimpin rapat. "Perda ini jangan jadi macan kertas," kata Bang Zul.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles, p.aliases])).toEqual([['Zulkifli Hamdani', ['Ketua DPRD Kaltim'], ['Zul']]]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Zulkifli Hamdani']);
  });

  it('should give "X, atau Ani, sapaan akrabnya" to X, and read Haji and Hajjah as honorifics before bin/binti names', () => {
    const ani = extractEntities('Saksi lain, Rahmawani, atau Ani, sapaan akrabnya, mengaku tidak tahu. Juru Bicara KPK Bambang Arif Nugroho hadir.');
    expect(ani.people.map((p) => [p.name, p.aliases])).toEqual([
      ['Rahmawani', ['Ani']],
      ['Bambang Arif Nugroho', []],
    ]);
    const bin = extractEntities('Gugatan diajukan ahli waris almarhum Haji Usman bin Abdul Karim dan Hajjah Rusmini binti Darman.');
    expect(bin.people.map((p) => p.name)).toEqual(['Usman bin Abdul Karim', 'Rusmini binti Darman']);
  });

  it('should read a name on over a particle and up to two more name words ("Maria da Costa Soares"), but no building\'s word', () => {
    const result = extractEntities('Salah satu peziarah, Maria da Costa Soares, datang bersama 40 umat dari Dili, Timor Leste.');
    expect(result.people.map((p) => p.name)).toEqual(['Maria da Costa Soares']);
  });

  it('should read words of the language after a title and before ", <honorific> Name" as the title\'s complement, no person', () => {
    const result = extractEntities('Ketua Panitia Penyelenggara Ibadah Haji (PPIH) Embarkasi Lombok, H. Lalu Muhammad Amin, M.Pd., mengatakan kloter pertama berangkat.');
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Lalu Muhammad Amin', ['Ketua Panitia Penyelenggara Ibadah Haji (PPIH) Embarkasi Lombok'], 'Panitia Penyelenggara Ibadah Haji'],
    ]);
  });

  it('should keep Palembang\'s noble prefixes in names ("Kemas Abdul Halim", "Kiagus X"), and read no mayor in "Jalan Mayor Ruslan"', () => {
    const result = extractEntities('Hal serupa dirasakan Kemas Abdul Halim, pemilik usaha di Jalan Mayor Ruslan. Kiagus Muhammad Yusuf (40) juga hadir.');
    expect(result.people.map((p) => [p.name, p.titles, p.official])).toEqual([
      ['Kemas Abdul Halim', [], false],
      ['Kiagus Muhammad Yusuf', [], false],
    ]);
    expect(result.locations.map((l) => l.name)).toEqual(['Jalan Mayor Ruslan']);
  });

  it('should read "Muh. Sabar (46)" as one name, and "Sidak" (inspeksi mendadak) opening a sentence as no one', () => {
    const result = extractEntities('Pedagang itu, Muh. Sabar (46), mengaku membeli beras. Sidak dilakukan untuk memastikan harga. Sidak juga diikuti Lurah Bontoala.');
    expect(result.people.map((p) => p.name)).toEqual(['Muh. Sabar']);
  });

  it('should read the given names before "bin" and "binti" as the name\'s when the name after is read by its age or by the tagger', () => {
    const aged = extractEntities('Dua warga Nunukan, Hasnah binti Lamappa (38) dan Muhammad Yusuf bin Abdullah (45), dipulangkan dari Tawau.');
    expect(aged.people.map((p) => p.name)).toEqual(['Hasnah binti Lamappa', 'Muhammad Yusuf bin Abdullah']);
    // Two spaces inside the given names: the mention still starts at the name.
    const text = 'Kemarin, Muhammad  Yusuf bin Abdullah (45) dipulangkan.';
    const [mention] = extractEntities(text).people[0]!.mentions;
    expect(text.slice(mention!.start, mention!.end)).toBe('Muhammad  Yusuf bin Abdullah');
  });

  it('should read "<regency> district secretary X" as the regency\'s Sekda, as "regional secretary" is the province\'s', () => {
    const text = 'East Kalimantan regional secretary Sri Wahyuni said so. Kutai Kartanegara district secretary Sunggono opened it.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Sri Wahyuni', 'Pemerintah Provinsi Kalimantan Timur', true],
      ['Sunggono', 'Pemerintah Kabupaten Kutai Kartanegara', true],
    ]);
  });

  it('should keep a lawmaker linked to a party an official, as one linked to a faction is', () => {
    const text = 'Lawmaker Teuku Rizal Mahmud of the National Awakening Party (PKB) criticised the rule.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([['Teuku Rizal Mahmud', 'Partai Kebangkitan Bangsa', true]]);
  });

  it('should link "X, who had led PT Y," to Y and "analyst X of consultancy Y" to Y, and read Dharma as a given name', () => {
    const text =
      'Shareholders appointed Dharma Adi Nugroho, who had led PT Citilink Indonesia since 2023, to replace Bambang Sutrisno Wijaya. ' +
      'Aviation analyst Danang Kusuma Atmaja of consultancy Avianesia Research said the choice was good.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([
      ['Dharma Adi Nugroho', 'PT Citilink Indonesia'],
      ['Bambang Sutrisno Wijaya', null],
      ['Danang Kusuma Atmaja', 'Avianesia Research'],
    ]);
  });

  it('should read a watchdog named "X Watch" and a lodge named "X Reef Lodge" as bodies, past a title\'s field, and link their people', () => {
    const text =
      'Koordinator Advokasi BPJS Watch, Yusnita Damanik, menilai penonaktifan massal. ' +
      'General Manager Maratua Reef Lodge, Pieter van den Broek, mengatakan tamunya sudah memesan.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([
      ['Yusnita Damanik', 'BPJS Watch'],
      ['Pieter van den Broek', 'Maratua Reef Lodge'],
    ]);
  });

  it('should name a firm without where it is from, and a Korean given name with its hyphen', () => {
    const text = 'Osaka-based Nakamura Heavy Industries and South Korea\'s Daeyang Shipbuilding signed. Chief executive Choi Yoon-hee said so.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Nakamura Heavy Industries', 'Daeyang Shipbuilding']);
    expect(result.people.map((p) => p.name)).toEqual(['Choi Yoon-hee']);
  });
});

describe('a surname two people share', () => {
  it('should file a lone surname under neither of two people named in full with it, and "Dana" opening a sentence under no one', () => {
    const text =
      'Kejari menahan mantan Kabid Bina Marga, Rudi Hartono Siregar. Kasi Pidsus Hotman Siregar menegaskan tidak ada hubungan keluarga. Menurut Hotman, Siregar diduga menandatangani berita acara. Dana proyek kemudian dicairkan.';
    const result = extractEntities(text);
    const rudi = result.people.find((p) => p.name === 'Rudi Hartono Siregar');
    const hotman = result.people.find((p) => p.name === 'Hotman Siregar');
    expect(rudi?.mentions.map((m) => m.text)).toEqual(['Rudi Hartono Siregar']);
    expect(hotman?.mentions.map((m) => m.text)).toEqual(['Hotman Siregar', 'Hotman']);
    expect(result.people.map((p) => p.name)).not.toContain('Dana');
  });
});

describe('list introducers, nicknames after a short form, and extension officers', () => {
  it('should leave the names of a list after "masing-masing, yakni" to the list, not to the title before it', () => {
    const text =
      'Catatan fraksi disampaikan oleh juru bicara masing-masing, yakni Indah Permata dari Fraksi Nusantara, Haji Syamsul Bahri dari Fraksi Rakyat, serta Markus Tandi dari Fraksi Demokrasi.';
    expect(extractEntities(text).people.find((p) => p.name === 'Syamsul Bahri')?.titles ?? []).toEqual([]);
  });

  it('should file "Pak Long" under the man named in full when a part of his name says who is called so', () => {
    const text = 'Tim dipimpin nelayan Hamzah Bahari. Hamzah yang akrab disapa Pak Long adalah ketua kelompok. Penyuluh pertanian lapangan Budi Santoso hadir.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles, p.aliases])).toEqual([
      ['Hamzah Bahari', ['nelayan'], ['Hamzah', 'Long']],
      ['Budi Santoso', ['penyuluh pertanian lapangan'], []],
    ]);
  });
});

describe('English and economy copy', () => {
  it('should read a rank written with periods, a unit with its English region before it, and a month abbreviation as no one', () => {
    const police = extractEntities('Deputy East Kalimantan Police chief Brig. Gen. Arief Setiawan Lubis said the raid on Jan. 28 found excavators.');
    expect(police.people.map((p) => [p.name, p.titles])).toEqual([['Arief Setiawan Lubis', ['East Kalimantan Police chief', 'Brig. Gen.']]]);
    const bpbd = 'Head of the East Kalimantan BPBD, Agus Trihandoko, said 1,200 houses were flooded.';
    expect(personIn(bpbd, 'Agus Trihandoko')?.organization).toBe('Badan Penanggulangan Bencana Daerah Kalimantan Timur');
    const secretary = 'Regional Secretary of East Kalimantan, Hj. Nurlaila Fitriani, stated that aid was ready.';
    expect(personIn(secretary, 'Nurlaila Fitriani')?.organization).toBe('Pemerintah Provinsi Kalimantan Timur');
  });

  it('should read a director\'s field and the bank after it as that bank, and Silpa as no person', () => {
    const text =
      'Sementara itu, Direktur Kepatuhan Bankaltimtara, Hj. Siti Rahmah Amalia, mengatakan kredit bermasalah turun. ' +
      'Anggota Komisi II DPRD Kaltim, Rachmat Hidayatullah, menilai Silpa sebesar itu menandakan perencanaan yang lemah.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual([
      'PT Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara',
      'Komisi II DPRD Kalimantan Timur',
      'DPRD Kalimantan Timur',
    ]);
    expect(result.people.map((p) => p.name)).toEqual(['Siti Rahmah Amalia', 'Rachmat Hidayatullah']);
  });

  it('should read national agencies by their English names and an English "As" as no place', () => {
    const text =
      'The Meteorology, Climatology, and Geophysics Agency (BMKG) forecast heavy rain in Samarinda. As of Monday, the National ' +
      'Disaster Management Agency had sent 40 tents, and the National Search and Rescue Agency found two missing fishermen.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual([
      'Badan Meteorologi, Klimatologi, dan Geofisika',
      'Badan Nasional Penanggulangan Bencana',
      'Badan Search and Rescue Nasional',
    ]);
    expect(result.locations.map((l) => l.name)).toEqual(['Samarinda']);
  });
});

describe('towns, months and numbers that look like names', () => {
  it('should read a regency seat as a place where its regency is named, not as a person', () => {
    const result = extractEntities('Tuntutan itu disampaikan dalam mediasi di Kantor Bupati Kutim, Sangatta, Jumat (6/2/2026).');
    expect(result.people).toEqual([]);
    expect(result.locations.map((l) => l.name)).toEqual(['Kutai Timur', 'Sangatta']);
  });

  it('should read a Hijri month and a word the text also writes in lower case as no one', () => {
    const text =
      'Rektor menemui massa di depan gedung. Massa membubarkan diri sekitar pukul 13.00 Wita. ' +
      'Ia meminta warga menjaga ketertiban selama Ramadan. "Mari sambut bulan suci," katanya.';
    const result = extractEntities(text);
    expect(result.people).toEqual([]);
    expect(result.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('should read a number opening a sentence or a story as no place', () => {
    const text =
      'BALIKPAPAN, KOMPAS.com - Puluhan pasien jantung asal Samarinda dirujuk ke Balikpapan. ' +
      '"Semua laporan sudah kami kaji. Lima tidak memenuhi unsur," kata Ketua Bawaslu Kaltim Daniel Sampe.';
    const result = extractEntities(text);
    expect(result.locations.map((l) => l.name)).toEqual(['Balikpapan', 'Samarinda', 'Kalimantan Timur']);
  });
});

describe('a national body spelled out with its acronym inside the name', () => {
  it('should read "Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan Cabang Samarinda" as the BPJS Kesehatan branch of its town', () => {
    const text =
      'BALIKPAPAN, KOMPAS.com - Kepala Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan Cabang Samarinda, Hendra Kusuma ' +
      'Wardhana, memastikan biaya ditanggung.';
    expect(personIn(text, 'Hendra Kusuma Wardhana')?.organization).toBe('Badan Penyelenggara Jaminan Sosial Kesehatan Samarinda');
  });
});

describe('a resident named with an age', () => {
  it('should read a one-word name before an age as a person, and give the quote to her, not to the husband she names', () => {
    const text =
      'Keluarga pasien mengeluhkan biaya transportasi selama di Balikpapan. Rusmini (52), istri pasien bernama Abdul Gani (58), ' +
      'mengaku harus menyewa kamar. "Suami saya sudah tiga hari menunggu jadwal," tuturnya.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.name)).toEqual(['Rusmini', 'Abdul Gani']);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Rusmini']);
  });
});

describe('deputies of titles without a deputy form of their own', () => {
  it('should keep "Wakil" in the title, after an acting mark too', () => {
    const text = 'Wakil Kepala Otorita IKN Dr. Lusia Rante Allo, S.T., menambahkan. Plt Wakil Kepala Dinas Pendidikan Kaltim Budi Santoso hadir.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([
      ['Lusia Rante Allo', ['Wakil Kepala Otorita IKN']],
      ['Budi Santoso', ['Plt Wakil Kepala Dinas Pendidikan Kaltim']],
    ]);
  });
});

describe('judges of a panel', () => {
  it('should read "hakim anggota" and a lower-case "hakim" as a judge\'s title, not a place', () => {
    const text =
      'Majelis hakim Pengadilan Negeri Samarinda dengan hakim anggota Nurhayati Lubis, S.H., menyatakan terdakwa bersalah. ' +
      'Sidang berikutnya dipimpin hakim Budi Santoso.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles, p.official])).toEqual([
      ['Nurhayati Lubis', ['hakim anggota'], true],
      ['Budi Santoso', ['hakim'], true],
    ]);
    expect(result.locations.map((l) => l.name)).toEqual(['Samarinda']);
  });
});

describe('acting holders named in full', () => {
  it('should keep "Pelaksana Harian (Plh.)" and "Penjabat (Pj)" in the title and read neither as a place', () => {
    const text =
      'Pelaksana Harian (Plh.) Kepala Dinas Lingkungan Hidup (DLH) Kaltim, Ir. Hj. Rita Mardiana, M.Si., menyatakan tim turun. ' +
      'Penjabat (Pj) Bupati Kukar Budi Santoso hadir.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([
      ['Rita Mardiana', ['Pelaksana Harian (Plh.) Kepala Dinas Lingkungan Hidup (DLH) Kaltim']],
      ['Budi Santoso', ['Penjabat (Pj) Bupati Kukar']],
    ]);
    expect(result.locations.map((l) => l.name)).toEqual(['Kalimantan Timur', 'Kutai Kartanegara']);
  });

  it('should keep the acting mark spelled with its second word in lower case ("Pelaksana tugas (Plt)", "Pelaksana harian (Plh)")', () => {
    const text =
      'Pelaksana tugas (Plt) Kepala Dinas PUPR-Pera Kaltim, Ir. Yosef Bala Nuhan, M.T., menjelaskan hal itu. ' +
      'Pelaksana harian (Plh) Kepala DLH Balikpapan, Novita Kusumaningrum, mengatakan lokasi sudah dibersihkan.';
    expect(extractEntities(text).people.map((p) => p.titles)).toEqual([
      ['Pelaksana tugas (Plt) Kepala Dinas PUPR-Pera Kaltim'],
      ['Pelaksana harian (Plh) Kepala DLH Balikpapan'],
    ]);
  });
});

describe('managers named by their post', () => {
  it('should read "Station Manager" and "Estate Manager" as titles, and no body opens with one', () => {
    const text =
      'Station Manager Borneo Nusantara Air Balikpapan, Stevanus Manurung, menyebut kursi penuh. ' +
      'Estate Manager PT Wahau Agro Sentosa, Robert Halomoan Nainggolan, menjelaskan sisa lahan.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.titles[0])).toEqual(['Station Manager Borneo Nusantara Air Balikpapan', 'Estate Manager PT Wahau Agro Sentosa']);
    expect(result.organizations.map((o) => o.name).filter((n) => /Manager/.test(n))).toEqual([]);
  });
});

describe('a ticket written after a degree', () => {
  it('should read the running mate glued to the first name\'s degree by a hyphen', () => {
    const text = 'Pasangan nomor urut 1, H. Muhammad Arsyad Gazali, S.E.-Benediktus Ding Lawai, memperoleh 61.877 suara di Jalan Balikpapan-Samarinda.';
    expect(extractEntities(text).people.map((p) => p.name)).toEqual(['Muhammad Arsyad Gazali', 'Benediktus Ding Lawai']);
  });
});

describe('residents named by where they live', () => {
  it('should read "warga" before a desa\'s name as that desa, not a person', () => {
    const text = '"Warga Bumi Harapan dan Pemaluan berharap dilibatkan," kata Camat Sepaku Paulus Juan Ding.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.name)).toEqual(['Paulus Juan Ding']);
    expect(result.locations.map((l) => l.name)).toContain('Bumi Harapan');
  });
});

describe('a company named later by the acronym the text gave it', () => {
  it('should end "PT MPRD Stenly Wowor" after the acronym and link the director to the company', () => {
    const result = extractEntities(
      'Kawasan dikelola PT Minahasa Permai Resort Development (MPRD). Direktur Utama PT MPRD Stenly Wowor mengatakan investor datang.',
    );
    expect(result.organizations.map((o) => o.name)).toEqual(['PT Minahasa Permai Resort Development']);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Stenly Wowor', 'PT Minahasa Permai Resort Development']]);
  });
});

describe('a spokesman of a faction named after the person', () => {
  it('should keep the faction and its party in the title when the party has its acronym after it', () => {
    const result = extractEntities('Sementara itu, Syamsul Bahri Daeng Tompo, S.Pd., juru bicara Fraksi Partai Keadilan Sejahtera (PKS), menyoroti insentif.');
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Syamsul Bahri Daeng Tompo', ['juru bicara Fraksi Partai Keadilan Sejahtera (PKS)'], 'Fraksi Partai Keadilan Sejahtera'],
    ]);
  });
});

describe('English-language news: titles, bodies and links', () => {
  it('should link a minister named by "Minister of/for X" to the ministry of that field', () => {
    const coordinating = personIn('Coordinating Minister for Economic Affairs Hendrawan Sasmito on Tuesday said the ban stays.', 'Hendrawan Sasmito');
    expect(coordinating?.organization).toBe('Kementerian Koordinator Bidang Perekonomian');
    const energy = personIn('Minister of Energy and Mineral Resources Sudirman Said said so.', 'Sudirman Said');
    expect(energy?.organization).toBe('Kementerian Energi dan Sumber Daya Mineral');
  });

  it('should read "X, an economist at ORG" and "ORG researcher X" with the title and the body', () => {
    expect(
      personIn('Andriani Kusumawardhani, an economist at the Institute for Development of Economics and Finance (INDEF), said it was risky.', 'Andriani Kusumawardhani'),
    ).toMatchObject({
      titles: ['economist at the Institute for Development of Economics and Finance (INDEF)'],
      organization: 'Institute for Development of Economics and Finance',
    });
    expect(personIn('Indonesia Corruption Watch (ICW) researcher Dewi Anggraeni Lestari said the pattern held.', 'Dewi Anggraeni Lestari')?.organization).toBe(
      'Indonesia Corruption Watch',
    );
  });

  it('should know the English names of the capital authority, MUI and IDAI, "The" before them left out', () => {
    const head = personIn('Nusantara Capital City Authority (OIKN) head Bambang Wicaksono Adi hosted the delegation.', 'Bambang Wicaksono Adi');
    expect(head?.organization).toBe('Otorita Ibu Kota Nusantara');
    const result = extractEntities('The Indonesian Ulema Council (MUI) of East Java issued a statement. The Indonesian Pediatric Society (IDAI) agreed.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Majelis Ulama Indonesia', 'Ikatan Dokter Anak Indonesia']);
  });

  it('should read a province\'s office named with its level ("East Java Provincial Health Office") in that province', () => {
    const result = extractEntities('Jakarta (ANTARA) - In Surabaya, the head of the East Java Provincial Health Office, Erwin Ashari Pratama, said so.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Dinas Kesehatan Jawa Timur']);
  });

  it('should read honorifics and degrees around a name as no name ("Drh.", "Tgk.", "Dr. Eng.", ", Sp.OG.", "Comr.")', () => {
    const vet = 'Kepala Balai Karantina Kalbar, Drh. Lusiana Manurung, M.Si., mengatakan stok aman.';
    expect(extractEntities(vet).people.map((p) => [p.name, p.titles])).toEqual([['Lusiana Manurung', ['Kepala Balai Karantina Kalbar']]]);
    const aceh = 'Ketua Komisi III DPRA, Tgk. H. Muhammad Yusri Abdullah, meminta dana dibagi adil.';
    expect(extractEntities(aceh).people.map((p) => [p.name, p.titles])).toEqual([['Muhammad Yusri Abdullah', ['Ketua Komisi III DPRA']]]);
    const mayor = 'Wali Kota Bontang, dr. H. Hamdani Rahman Amiruddin, Sp.OG., meresmikan pabrik. Direktur Operasi perusahaan itu, Dr. Eng. Fajar Nugraha, hadir.';
    expect(extractEntities(mayor).people.map((p) => [p.name, p.titles[0]])).toEqual([
      ['Hamdani Rahman Amiruddin', 'Wali Kota Bontang'],
      ['Fajar Nugraha', 'Direktur Operasi perusahaan itu'],
    ]);
    const english = "Head of the Samarinda Police's narcotics unit, Comr. Rudy Hasiholan Pakpahan, said so. Comr. Rudy added more.";
    expect(extractEntities(english).people.map((p) => p.name)).toEqual(['Rudy Hasiholan Pakpahan']);
  });

  it('should read English unit commanders and chiefs of staff after their command, and a rank\'s corps in English', () => {
    const text =
      'Korem 091/ASN commander Brig. Gen. Hasanuddin Rangkuti said so. Kodim 0912/Kutai Barat commander Lt. Col. Inf. Yosef ' +
      'Bataona agreed. Kodam VI/Mulawarman chief of staff Brig. Gen. Andika Wiratama added. Commander of the Balikpapan Naval ' +
      'Base (Lanal Balikpapan) Col. (Navy) Herman Wahyudi said the boat was seized.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles, p.organization, p.official])).toEqual([
      ['Hasanuddin Rangkuti', ['Korem 091/ASN commander', 'Brig. Gen.'], 'Korem 091/ASN', true],
      ['Yosef Bataona', ['Kodim 0912/Kutai Barat commander', 'Lt. Col. Inf.'], 'Kodim 0912/Kutai Barat', true],
      ['Andika Wiratama', ['Kodam VI/Mulawarman chief of staff', 'Brig. Gen.'], 'Kodam VI/Mulawarman', true],
      ['Herman Wahyudi', ['Commander of the Balikpapan Naval Base (Lanal Balikpapan)', 'Col. (Navy)'], 'Lanal Balikpapan', true],
    ]);
  });

  it('should give "the general said" to the general named before, and read a name opening an English command\'s name as no one', () => {
    const text =
      'Pangdam VI/Mulawarman Maj. Gen. Dwi Cahyo Sasongko opened the program with the Aji Surya Natakesuma Military Area ' +
      'Command (Korem 091/ASN). Regent Paulus Hanyeq attended.\n\n"These villages can only be reached by longboat," the general said.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.name)).not.toContain('Aji Surya Natakesuma');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Dwi Cahyo Sasongko']);
  });

  it('should read a retired officer\'s rank as no office ("Sr. Comr. (ret.)", "Irjen Pol (Purn)")', () => {
    const text = 'A former Balikpapan Police chief, Sr. Comr. (ret.) Suharto Wibisono, welcomed it. Irjen Pol (Purn) Bambang Hadi hadir.';
    expect(extractEntities(text).people.map((p) => [p.name, p.official])).toEqual([
      ['Suharto Wibisono', false],
      ['Bambang Hadi', false],
    ]);
    expect(personIn('Irjen Pol Bambang Hadi hadir.', 'Bambang Hadi')?.official).toBe(true);
  });

  it('should read an abbreviated English rank after a comma as the rank, not as a name ("spokesman, Sr. Comr. X,")', () => {
    const text =
      'Samarinda Police chief Sr. Comr. Hendri Umar said the site was guarded. The East Kalimantan Police spokesman, Sr. Comr. ' +
      'Yulius Parengkuan, said 20 officers were deployed.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.name)).toEqual(['Hendri Umar', 'Yulius Parengkuan']);
    expect(personIn(text, 'Yulius Parengkuan')).toMatchObject({ titles: ['East Kalimantan Police spokesman', 'Sr. Comr.'], organization: 'Polda Kalimantan Timur' });
  });

  it('should read "X, director of the East Kalimantan chapter of <body> (Walhi)," as the chapter\'s director', () => {
    const text =
      'Fadlan Rizqi Saputra, director of the East Kalimantan chapter of the Indonesian Forum for the Environment (Walhi), said 40 ' +
      'children had died. Nusantara, director of a local mining contractor, said so.';
    expect(personIn(text, 'Fadlan Rizqi Saputra')).toMatchObject({
      titles: ['director of the East Kalimantan chapter of the Indonesian Forum for the Environment (Walhi)'],
      organization: 'Wahana Lingkungan Hidup Indonesia Kalimantan Timur',
    });
    expect(extractEntities(text).people.map((p) => p.name)).toEqual(['Fadlan Rizqi Saputra']);
    const branch = 'Wahyu Adi, the head of the East Kalimantan branch of Bank Indonesia, said so.';
    expect(personIn(branch, 'Wahyu Adi')?.organization).toBe('Bank Indonesia Kalimantan Timur');
  });

  it('should give a city\'s English police the unit the text writes (Polresta), else its English name, never a guessed unit', () => {
    const written = 'Samarinda Police chief Sr. Comr. Hendri Umar said the site was guarded. Polresta Samarinda has 900 officers.';
    expect(personIn(written, 'Hendri Umar')?.organization).toBe('Polresta Samarinda');
    const unwritten = extractEntities('The Balikpapan Police arrested two men, Balikpapan Police chief Sr. Comr. Anton Firmanto said.');
    expect(unwritten.organizations.map((o) => [o.name, o.government])).toEqual([['Balikpapan Police', true]]);
    expect(unwritten.people.map((p) => p.organization)).toEqual(['Balikpapan Police']);
  });
});

describe('an inauguration of a province\'s officials in its capital', () => {
  it('should give bare units the province where the story says the staff are the province\'s, and a Biro always', () => {
    const text =
      'SAMARINDA - Gubernur Kalimantan Timur melantik pejabat di lingkungan Pemerintah Provinsi Kaltim di Pendopo Lamin Etam, ' +
      'Samarinda. Dr. Hj. Nurul Aini Fitriyah, M.Kes., sebagai Kepala Dinas Kesehatan; dan Muhammad Iqbal, S.STP., sebagai ' +
      'Kepala Biro Pemerintahan dan Otonomi Daerah.';
    expect(extractEntities(text).organizations.map((o) => o.name)).toEqual([
      'Pemerintah Provinsi Kalimantan Timur',
      'Dinas Kesehatan Kalimantan Timur',
      'Biro Pemerintahan dan Otonomi Daerah Kalimantan Timur',
    ]);
    const biro = extractEntities('SAMARINDA - Kepala Biro Administrasi Pimpinan Setda, Budi Hartono, mengatakan acara siap.');
    expect(biro.organizations.map((o) => o.name)).toContain('Biro Administrasi Pimpinan Kalimantan Timur');
  });

  it('should read "X yang lama, Y," as Y\'s former post and the post Y "kini dipindahkan menjadi" as the one held now', () => {
    const text =
      'Kepala Dinas Kehutanan yang lama, Ir. Hamzah Yusuf Patiroy, M.Si., kini dipindahkan menjadi Staf Ahli Gubernur. ' +
      'Kepala Dinas Kesehatan yang baru, Nurul Aini, hadir.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([
      ['Hamzah Yusuf Patiroy', ['mantan Kepala Dinas Kehutanan', 'Staf Ahli Gubernur']],
      ['Nurul Aini', ['Kepala Dinas Kesehatan']],
    ]);
  });
});

describe('a desa\'s name that is the holder\'s own', () => {
  it('should read "Pj Kepala Desa Kartini Dewi Handayani ... Kartini mengatakan" as Kartini Dewi Handayani, no desa Kartini', () => {
    const text =
      'Kini desa itu dipimpin Penjabat (Pj) Kepala Desa Kartini Dewi Handayani, S.Sos., yang juga aparatur sipil negara. ' +
      'Kartini mengatakan prioritasnya jalan usaha tani.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([['Kartini Dewi Handayani', ['Penjabat (Pj) Kepala Desa']]]);
    expect(result.locations).toEqual([]);
  });
});

describe('a duty named after its holder ("X hadir selaku Ketua ...")', () => {
  it('should give the whole duty to the holder before it, a short form or a name after a title word', () => {
    const text =
      'Menteri Investasi Gregorius Tanuwijaya menjelaskan rencana. Gregorius hadir selaku Ketua Satuan Tugas Percepatan ' +
      'Hilirisasi. Sekda Syaiful Bahri, selaku Ketua Panitia Seleksi, mengumumkan hasil.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([
      ['Gregorius Tanuwijaya', ['Menteri Investasi', 'Ketua Satuan Tugas Percepatan Hilirisasi']],
      ['Syaiful Bahri', ['Sekda', 'Ketua Panitia Seleksi']],
    ]);
  });
});

describe('football copy: players by where they come from, and a goal opening the sentence', () => {
  it('should read "penyerang asal Brasil, X," as the role, and "Gol Borneo FC dicetak" as the club', () => {
    const text =
      'Borneo FC menang 2-1. Gol Borneo FC dicetak penyerang asal Brasil, Lucas Ferreira Dantas, pada menit ke-23. Persija ' +
      'menyamakan lewat sundulan bek asal Jepang, Kenta Morishima, pada menit ke-58.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([
      ['Lucas Ferreira Dantas', ['penyerang asal Brasil']],
      ['Kenta Morishima', ['bek asal Jepang']],
    ]);
    expect(result.organizations.map((o) => o.name)).not.toContain('Gol Borneo FC');
  });
});

describe('the special regions\' own bodies and offices (Aceh, Yogyakarta, Papua)', () => {
  it('should know the Wali Nanggroe, MaTA, Paniradya Kaistimewan, a Panewu\'s Kapanewon, the MRP as a state body and BP3OKP', () => {
    const text =
      'Katibul Wali Nanggroe, Dr. Teuku Amiruddin Hasan, hadir bersama Koordinator Masyarakat Transparansi Aceh (MaTA) Hafidh ' +
      'Usman. Danais dikelola Paniradya Kaistimewan. Panewu Kretek, Sugeng Riyadi, menambahkan. Ketua Majelis Rakyat Papua (MRP) ' +
      'Dorkas Wanimbo dan Badan Pengarah Percepatan Pembangunan Otonomi Khusus Papua (BP3OKP) hadir.';
    const result = extractEntities(text);
    expect(personIn(text, 'Teuku Amiruddin Hasan')).toMatchObject({ titles: ['Katibul Wali Nanggroe'], organization: 'Lembaga Wali Nanggroe', official: true });
    expect(personIn(text, 'Hafidh Usman')?.organization).toBe('Masyarakat Transparansi Aceh');
    expect(personIn(text, 'Sugeng Riyadi')).toMatchObject({ titles: ['Panewu Kretek'], organization: 'Kapanewon Kretek', official: true });
    expect(personIn(text, 'Dorkas Wanimbo')).toMatchObject({ organization: 'Majelis Rakyat Papua', official: true });
    const bodies = new Map(result.organizations.map((o) => [o.name, o.government]));
    expect(bodies.get('Paniradya Kaistimewan')).toBe(true);
    expect(bodies.get('Badan Pengarah Percepatan Pembangunan Otonomi Khusus Papua')).toBe(true);
    expect(result.people.map((p) => p.name)).not.toContain('Paniradya Kaistimewan');
  });
});

describe('English titles that point back at a company', () => {
  it('should link "Its operations director" to the company, and "Its president director" to the operator, not its parent', () => {
    const terminal =
      'Residents blamed PT Kariangau Bara Terminal for the dust. The operator of the terminal denied it. Its operations ' +
      'director, Steven Halim Gunadi, told ANTARA the permits were complete.';
    expect(personIn(terminal, 'Steven Halim Gunadi')).toMatchObject({ titles: ['operations director'], organization: 'PT Kariangau Bara Terminal' });
    const operator =
      'The terminal is operated by PT Kaltim Kariangau Terminal, a subsidiary of port operator PT Pelabuhan Indonesia (Pelindo). ' +
      'Its president director, Ahmad Rizki Fadhilah, said throughput grew.';
    expect(personIn(operator, 'Ahmad Rizki Fadhilah')?.organization).toBe('PT Kaltim Kariangau Terminal');
    // A body no rule reads leaves the head unlinked rather than linked to the agency named after him.
    const unread = 'The search is led by the Bandung volunteer rescue team. Its head, Rudi Hartanto, said so. BNPB agreed.';
    expect(personIn(unread, 'Rudi Hartanto')?.organization).toBeNull();
  });
});

describe('a cabinet meeting at the palace', () => {
  it('should read "Menteri Sekretaris Negara X" as the state secretary, the palace as a place and a think tank as no place', () => {
    const text =
      'Rapat digelar di Istana Kepresidenan Jakarta. Menteri Sekretaris Negara Yusuf Ramadhan Daulay menyampaikan pesan. ' +
      'Ekonom Center of Reform on Economics (CORE) Indonesia, Budi Santoso, mengatakan harga naik.';
    const result = extractEntities(text);
    expect(personIn(text, 'Yusuf Ramadhan Daulay')).toMatchObject({ titles: ['Menteri Sekretaris Negara'], organization: 'Kementerian Sekretariat Negara' });
    expect(result.locations.map((l) => l.name)).toEqual(['Istana Kepresidenan', 'DKI Jakarta']);
    expect(result.organizations.map((o) => o.name)).not.toContain('Kepresidenan DKI Jakarta');
  });
});

describe('an office and a duty joined by "yang juga"', () => {
  it('should split "X yang juga Y" into two titles, the body the office\'s', () => {
    const text = 'Wakil Bupati Kutim yang juga Ketua TPPS, Andi Mappaselle Tahir, meminta camat bergerak.';
    expect(personIn(text, 'Andi Mappaselle Tahir')).toMatchObject({
      titles: ['Wakil Bupati Kutim', 'Ketua TPPS'],
      organization: 'Pemerintah Kabupaten Kutai Timur',
    });
  });
});

describe('a commander named by title and unit only', () => {
  it('should read "Danlanud Dhomber memastikan" and "Dandim 0906/Kutai Kartanegara menyebut" as no person', () => {
    const text = 'Danlanud Dhomber memastikan personel siaga. Dandim 0906/Kutai Kartanegara menyebut jalur aman. Danlanud Dhomber Kolonel Pnb Arief Budiman hadir.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles[0]])).toEqual([['Arief Budiman', 'Danlanud Dhomber']]);
  });
});

describe('a team named after a desa of two words', () => {
  it('should read "Tim Penggerak PKK Desa Jembayan Tengah" whole, past the four words a team name may run', () => {
    const result = extractEntities('Ketua Tim Penggerak PKK Desa Jembayan Tengah, Hj. Mawar Indah Lestari, mengatakan kader siap.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Tim Penggerak PKK Desa Jembayan Tengah']);
    expect(result.people[0]?.organization).toBe('Tim Penggerak PKK Desa Jembayan Tengah');
  });
});

describe('a village council chair named after his village', () => {
  it('should read "Ketua BPD Jembayan Tengah, H. X," with the village in the title, not as a person', () => {
    const result = extractEntities('Ketua BPD Jembayan Tengah, H. Samsul Bahri Daeng Mattiro, meminta papan informasi dipasang.');
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([['Samsul Bahri Daeng Mattiro', ['Ketua BPD Jembayan Tengah']]]);
  });
});

describe('a bureau head named after his title and two bodies', () => {
  it('should read "Kepala Biro Kesra Setda Kaltim, H. X, S.Sos.," with the whole title, the second body no name', () => {
    const text = 'Kepala Biro Kesejahteraan Rakyat Setda Kaltim, H. Dasmiah Ruslan, S.Sos., M.Si., menyatakan pihaknya siap.';
    expect(personIn(text, 'Dasmiah Ruslan')).toMatchObject({
      titles: ['Kepala Biro Kesejahteraan Rakyat Setda Kaltim'],
      organization: 'Biro Kesejahteraan Rakyat Kalimantan Timur',
      official: true,
    });
  });
});

describe('a section head whose field ends in a capitalised word and a short form in parentheses', () => {
  it('should read "Kepala Seksi Pendidikan Madrasah (Penmad), Endang Sulistyowati" as Endang holding the title, "Madrasah" no one', () => {
    const text = 'Kemenag Bantul meninjau lokasi bersama Kepala Seksi Pendidikan Madrasah (Penmad), Endang Sulistyowati.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.official])).toEqual([
      ['Endang Sulistyowati', ['Kepala Seksi Pendidikan Madrasah (Penmad)'], true],
    ]);
  });
});

describe('a village head named right after an unlisted village', () => {
  it('should read "Kepala Desa Oenlasi Marthen Tanesib" as Marthen Tanesib heading Desa Oenlasi, and keep "Kepala Desa Budi Santoso Wibowo" whole', () => {
    const desa = extractEntities('Kepala Desa Oenlasi Marthen Tanesib mengatakan jalan rusak.');
    expect(desa.people.map((p) => [p.name, p.titles])).toEqual([['Marthen Tanesib', ['Kepala Desa Oenlasi']]]);
    expect(desa.locations.map((l) => l.name)).toEqual(['Desa Oenlasi']);
    const listed = extractEntities('Kepala Desa Budi Santoso Wibowo mengatakan jalan rusak.');
    expect(listed.people.map((p) => p.name)).toEqual(['Budi Santoso Wibowo']);
  });
});

describe('a village head named after the village and its district', () => {
  it('should read "Kepala Kampung Hitugi, Distrik Walelagama, Ance Wetipo" as Ance Wetipo heading the kampung, Hitugi no one', () => {
    const result = extractEntities('Keluhan serupa datang dari Kepala Kampung Hitugi, Distrik Walelagama, Ance Wetipo.');
    expect(result.people.map((p) => [p.name, p.titles, p.official])).toEqual([['Ance Wetipo', ['Kepala Kampung Hitugi'], true]]);
    expect(result.locations.map((l) => l.name)).not.toContain('Ance Wetipo');
  });
});

describe('a branch head named after the branch\'s seat and an honorific', () => {
  it('should read "Pemimpin Cabang Bank Kalsel Batulicin Hj. Rahmi Hayati Noor" as Rahmi heading the branch, "Batulicin Hj" no one', () => {
    const text = 'Pemimpin Cabang Bank Kalsel Batulicin Hj. Rahmi Hayati Noor menambahkan kantor baru tersebut dilengkapi layanan.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles])).toEqual([['Rahmi Hayati Noor', ['Pemimpin Cabang Bank Kalsel Batulicin']]]);
  });
});

describe('English officer titles in lower case', () => {
  it('should read "according to chief financial officer X" as X holding that title', () => {
    expect(extractEntities('PT Bumi Resources Tbk posted a profit, according to chief financial officer Melinda Wirjawan.').people[0]?.titles).toEqual(['chief financial officer']);
  });
});

describe('a name, then "the body\'s" and a title', () => {
  it('should read "X, the OJK\'s chief executive for insurance ..., said" as X of the OJK, an official', () => {
    const text = 'The OJK revoked the licence. Hendro Wicaksana Adiputra, the OJK\'s chief executive for insurance, guarantee and pension fund supervision, said the firm failed.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([['Hendro Wicaksana Adiputra', 'Otoritas Jasa Keuangan', true]]);
  });
});

describe('English titles of judges and rectors', () => {
  it('should read "Presiding Justice X" as a judge of the court named, and "ITB Rector Prof. X" as the rector of the university before the title', () => {
    const court = extractEntities('Presiding Justice Paulus Wijaya Kadarusman read the verdict at the Constitutional Court (MK).');
    expect(court.people.map((p) => [p.name, p.titles, p.organization, p.official])).toEqual([['Paulus Wijaya Kadarusman', ['Presiding Justice'], 'Mahkamah Konstitusi', true]]);
    const campus = extractEntities('ITB Rector Prof. Haryo Kusumo Adinegoro said the grant was won.');
    expect(campus.people.map((p) => [p.name, p.titles, p.organization])).toEqual([['Haryo Kusumo Adinegoro', ['ITB Rector'], 'Institut Teknologi Bandung']]);
  });
});

describe('a government agency\'s regional office with the region before it in English', () => {
  it('should read "The South Konawe General Elections Commission (KPU)" and "the South Konawe KPU" as the regency\'s KPU, its chair with it', () => {
    const text =
      'The South Konawe General Elections Commission (KPU) has 30 days to hold the vote. The chairwoman of the South Konawe KPU, Sitti Rahmawati, said it would.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Komisi Pemilihan Umum Konawe Selatan']);
    expect(result.people.map((p) => p.organization)).toEqual(['Komisi Pemilihan Umum Konawe Selatan']);
  });
});

describe('Papua\'s legislatures by their short forms', () => {
  it('should read "Anggota DPRP" as a member of the Papua legislature, an official', () => {
    const text = 'Anggota DPRP dari Fraksi Otsus, Benny Sawaki, mengatakan dana naik.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([['Benny Sawaki', 'Dewan Perwakilan Rakyat Papua', true]]);
  });
});

describe('a legislator called so', () => {
  it('should read "Legislator X of the House\'s Commission IV" and "X, legislator Komisi D DPRD Kota Semarang" as officials, the word no part of the name', () => {
    const english = extractEntities("Legislator Firman Hidayat Sinaga of the House of Representatives' Commission IV said the stock was enough.");
    expect(english.people.map((p) => [p.name, p.official])).toEqual([['Firman Hidayat Sinaga', true]]);
    const local = extractEntities('Pernyataan itu disampaikan Umi Kalsum, legislator Komisi D DPRD Kota Semarang, saat rapat.');
    expect(local.people.map((p) => [p.name, p.titles, p.official])).toEqual([['Umi Kalsum', ['legislator Komisi D DPRD Kota Semarang'], true]]);
    // The commission keeps the form the text writes it in, its house's "Kota" with it.
    expect(local.organizations.find((o) => o.name === 'Komisi D DPRD Semarang')?.aliases).toContain('Komisi D DPRD Kota Semarang');
  });
});

describe('a member of a state body named with "anggota" in lower case', () => {
  it('should read "anggota KPU Nias Selatan X dan Y" and "anggota DKPP, X" as officials of those bodies, "anggota koperasi" as no office', () => {
    const text =
      'Sidang dipimpin anggota DKPP, Bambang Sugiharto Wiranegara. Hadir anggota KPU Nias Selatan Yamonaha Laia dan Sozisokhi Dakhi. ' +
      'Koperasi Tani Makmur menggelar rapat. Seorang anggota koperasi, Sarimah, mengeluh.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.official])).toEqual([
      ['Bambang Sugiharto Wiranegara', ['anggota DKPP'], true],
      ['Yamonaha Laia', ['anggota KPU Nias Selatan'], true],
      ['Sozisokhi Dakhi', ['anggota KPU Nias Selatan'], true],
      ['Sarimah', [], false],
    ]);
  });
});

describe('a union whose name lists its fields', () => {
  it('should read "Ketua ... Federasi Serikat Pekerja Tekstil, Sandang dan Kulit ... Brebes, Taryono" as Taryono the chair, "Sandang" no one', () => {
    const text =
      'Ketua Pimpinan Cabang Federasi Serikat Pekerja Tekstil, Sandang dan Kulit Serikat Pekerja Seluruh Indonesia (PC FSP TSK SPSI) Brebes, Taryono, mengatakan upah naik.';
    expect(extractEntities(text).people.map((p) => p.name)).toEqual(['Taryono']);
    expect(extractEntities(text).people[0]?.titles[0]).toMatch(/^Ketua Pimpinan Cabang Federasi Serikat Pekerja Tekstil, Sandang dan Kulit/);
  });

  it('should read no one in a field no dictionary holds where the list ends in the body\'s short form ("Dermatologi, Venereologi, dan Estetika Indonesia (Perdoski)")', () => {
    const text =
      'Ketua Perhimpunan Dokter Spesialis Dermatologi, Venereologi, dan Estetika Indonesia (Perdoski) Cabang Samarinda, dr. Meilani Tjandra, mengatakan kasus naik. ' +
      '"Dalam sebulan terakhir saya menangani enam pasien," ujarnya.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.name)).toEqual(['Meilani Tjandra']);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Meilani Tjandra']);
    // A title after "serta" opens the next holder: the one word before it is a holder's name (s18c-07).
    const holders = extractEntities('Hadir Camat IV Koto, Zulhendri, serta Ketua Kerapatan Adat Nagari (KAN) Koto Gadang, Yulizar Dt. Bandaro Kayo.');
    expect(holders.people.map((p) => p.name)).toEqual(['Zulhendri', 'Yulizar Dt. Bandaro Kayo']);
  });
});

describe('two holders sworn in as two titles joined by "dan"', () => {
  it('should give "melantik A dan B sebagai Bupati dan Wakil Bupati Buton Utara" the regent to A and the deputy to B', () => {
    const text = 'Gubernur Sultra melantik La Ode Muhammad Arsyad dan Wa Ode Nurhayati sebagai Bupati dan Wakil Bupati Buton Utara di Kendari.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['La Ode Muhammad Arsyad', ['Bupati Buton Utara'], 'Pemerintah Kabupaten Buton Utara'],
      ['Wa Ode Nurhayati', ['Wakil Bupati Buton Utara'], 'Pemerintah Kabupaten Buton Utara'],
    ]);
  });
});

describe('national bodies the lists lacked', () => {
  it('should read the BRGM as the national agency (no Kalimantan Barat office made up), Operasi Damai Cartenz as the police task force, and Perum Damri', () => {
    const peat = extractEntities('PONTIANAK - Kepala Kelompok Kerja Restorasi Gambut Wilayah Kalimantan Badan Restorasi Gambut dan Mangrove (BRGM) Ir. Henricus Silalahi mengatakan titik api turun.');
    expect(peat.organizations.map((o) => o.name)).toEqual(['Badan Restorasi Gambut dan Mangrove']);
    const task = extractEntities('Kepala Operasi Damai Cartenz Brigjen Pol Faizal Ramadhani mengatakan situasi kondusif.');
    expect(task.people.map((p) => [p.name, p.organization])).toEqual([['Faizal Ramadhani', 'Satuan Tugas Operasi Damai Cartenz']]);
    expect(extractEntities('Perum Damri menambah bus ke bandara.').organizations.map((o) => o.name)).toEqual(['Perum Damri']);
  });
});

describe('a regional secretary named with no region', () => {
  it('should give "Plh Sekretaris Daerah" with no region the government of the regency the story is datelined in (a city\'s stays without)', () => {
    const text =
      'SUMBAWA BESAR - Rapat dibuka Pelaksana Harian (Plh) Sekretaris Daerah, Lalu Sudirman Wijaya. Pemerintah Kabupaten Sumbawa menyiapkan anggaran.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([['Lalu Sudirman Wijaya', 'Pemerintah Kabupaten Sumbawa']]);
  });
});

describe('an official who now leads a body', () => {
  it('should read "X, yang sebelumnya Kepala Dinas Perhubungan, kini dipercaya memimpin Dinas PUPR Kota Mataram" as X of the Dinas PUPR, an official', () => {
    const text = 'Wali Kota melantik pejabat. Lalu Muhammad Fikri, yang sebelumnya Kepala Dinas Perhubungan, kini dipercaya memimpin Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kota Mataram.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Lalu Muhammad Fikri', 'Dinas Pekerjaan Umum dan Penataan Ruang Mataram', true],
    ]);
  });
});

describe('an official moved from one post to another', () => {
  it('should read "X bergeser dari Sekretaris Dinas Kesehatan menjadi Kepala Dinas Sosial Kota Mataram" as X holding the new post', () => {
    const text = 'Baiq Sri Wahyuni bergeser dari Sekretaris Dinas Kesehatan menjadi Kepala Dinas Sosial Kota Mataram.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.official])).toEqual([['Baiq Sri Wahyuni', ['Kepala Dinas Sosial Kota Mataram'], true]]);
  });
});

describe('an appointee named after a word that opens the clause', () => {
  it('should read "Adapun Nurul Aini dilantik sebagai Sekretaris DPRD Kota Mataram" as Nurul Aini holding the post', () => {
    const text = 'Wali Kota melantik 12 pejabat. Adapun Nurul Aini dilantik sebagai Sekretaris DPRD Kota Mataram.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.official])).toEqual([['Nurul Aini', ['Sekretaris DPRD Kota Mataram'], true]]);
  });
});

describe('a unit head named after the unit, "pada" and its parent body', () => {
  it('should read "Kepala UPTD Tahura Bukit Soeharto pada Dinas Kehutanan Provinsi Kaltim, X" as X heading the unit, "Soeharto" no one', () => {
    const text = 'Kepala UPTD Tahura Bukit Soeharto pada Dinas Kehutanan Provinsi Kaltim, Firmansyah Adi Nugroho, menyebut bukaan tambang meluas.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.official])).toEqual([
      ['Firmansyah Adi Nugroho', ['Kepala UPTD Tahura Bukit Soeharto pada Dinas Kehutanan Provinsi Kaltim'], true],
    ]);
  });
});

describe('the home region of a story about the province datelined in one of its towns', () => {
  it('should give a bare body the province where the story names the province more than twice as often as the town', () => {
    const result = extractEntities(
      'SAMARINDA - Gubernur Kaltim Rusdiansyah Aminuddin membuka Musrenbang Kaltim. Forum dihadiri unsur DPRD dan perangkat daerah Kaltim. ' +
        'Bappeda Kaltim mencatat 1.200 usulan dari kabupaten di Kaltim.',
    );
    expect(result.organizations.map((o) => o.name)).toContain('DPRD Kalimantan Timur');
    expect(result.organizations.map((o) => o.name)).not.toContain('DPRD Samarinda');
  });

  it('should keep the town as the home of a story about the town', () => {
    const result = extractEntities('SAMARINDA - Wali Kota Samarinda meninjau banjir di Samarinda Utara. Unsur DPRD ikut hadir bersama pejabat Pemprov Kaltim.');
    expect(result.organizations.map((o) => o.name)).toContain('DPRD Samarinda');
  });

  it('should give a bare body the neighbouring regency a story datelined in the outlet\'s town is about', () => {
    const result = extractEntities(
      'SAMARINDA, Kaltimkece.id - Bupati Kukar melantik pejabat di Tenggarong. Hadir Wakil Bupati Kukar dan Sekda Kukar. Kepala Dinas Lingkungan Hidup dilantik.',
    );
    expect(result.organizations.map((o) => o.name)).toContain('Dinas Lingkungan Hidup Kutai Kartanegara');
    const once = extractEntities('SAMARINDA - Bupati Kukar hadir. Kepala Dinas Lingkungan Hidup dilantik.');
    expect(once.organizations.map((o) => o.name)).toContain('Dinas Lingkungan Hidup Samarinda');
  });

  it('should add no bare title to a person named with the full one ("Bupati Malinau X ... Bupati Yakub")', () => {
    const result = extractEntities(
      'TANJUNG SELOR - Gubernur Kaltara meninjau jalan bersama Bupati Malinau Yakub Ibau Laing. Pemprov Kaltara dan Kaltara siap. Bupati Yakub menyampaikan terima kasih.',
    );
    expect(result.people.find((p) => p.name === 'Yakub Ibau Laing')?.titles).toEqual(['Bupati Malinau']);
  });
});

describe('a title after a unit named with its seat, and a stacked judge title', () => {
  it('should read a regency\'s name after a seated unit as the holder\'s first name ("Kejari Jakarta Pusat Bima Anggara")', () => {
    const result = extractEntities('Kepala Seksi Intelijen Kejari Jakarta Pusat Bima Anggara menyatakan pihaknya siap mengeksekusi putusan.');
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([['Bima Anggara', ['Kepala Seksi Intelijen Kejari Jakarta Pusat']]]);
    expect(result.locations.map((l) => l.name)).not.toContain('Bima');
  });

  it('should keep a second title of several words out of the name ("Juru Bicara MA Hakim Agung X")', () => {
    const person = extractEntities('Juru Bicara MA Hakim Agung Lukas Pardede mengatakan putusan diambil bulat.').people;
    expect(person.map((p) => [p.name, p.titles])).toEqual([['Lukas Pardede', ['Juru Bicara MA', 'Hakim Agung']]]);
    // A judge's word alone may be a name: "Hakim" stays where no title of several words opens.
    expect(personIn('Kepala Dinas Pendidikan Kaltim Hakim Santoso Wibowo hadir.', 'Hakim Santoso Wibowo')).toBeDefined();
  });
});

describe('an officer\'s title running through a field\'s acronym, a regency\'s secretariat and a listed company', () => {
  it('should keep "dan TJSL" in the title and link the officer to PLN\'s unit ("Manager Komunikasi dan TJSL PLN UID Kaltimra X")', () => {
    expect(personIn('Manager Komunikasi dan TJSL PLN UID Kaltimra Anindya Larasati Putri menambahkan hal itu.', 'Anindya Larasati Putri')).toMatchObject({
      titles: ['Manager Komunikasi dan TJSL PLN UID Kaltimra'],
      organization: 'PLN Unit Induk Distribusi Kaltimra',
    });
  });

  it('should read a PLN unit serving two provinces or more whole, its short form before the areas or after them', () => {
    // Prepare: s28c-04 and s28d-05
    const text =
      'General Manager PLN Unit Induk Distribusi (UID) Kalimantan Timur dan Kalimantan Utara, Muhammad Rizky Daeng Masiga, mengatakan pasokan aman. ' +
      'General Manager PT PLN (Persero) Unit Induk Distribusi Sulawesi Utara, Tengah dan Gorontalo (UID Suluttenggo), Yohanes Paulus Tandiarrang, memastikan listrik siaga.';
    // Act
    const result = extractEntities(text);
    // Assert
    expect(result.people.map((p) => p.organization)).toEqual([
      'PLN Unit Induk Distribusi Kalimantan Timur dan Kalimantan Utara',
      'PLN Unit Induk Distribusi Sulawesi Utara, Tengah dan Gorontalo',
    ]);
    expect(result.locations.map((l) => l.name)).not.toContain('Tengah');
  });

  it('should read "Setdakab Toba" as the regency\'s secretariat, no part of the name', () => {
    expect(personIn('Asisten Perekonomian dan Pembangunan Setdakab Toba Lamhot Hutapea mengatakan hal itu.', 'Lamhot Hutapea')).toMatchObject({
      organization: 'Sekretariat Daerah Toba',
      official: true,
    });
  });

  it('should end a listed company\'s short name before its officer\'s name ("CEO Indika Energy Hendra X")', () => {
    const result = extractEntities('Presiden Direktur dan CEO Indika Energy Hendra Wijaya Kusnadi menyebut penjualan turun. Arutmin juga terdampak.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Hendra Wijaya Kusnadi', 'PT Indika Energy Tbk']]);
    expect(result.organizations.map((o) => o.name)).toEqual(['PT Indika Energy Tbk', 'PT Arutmin Indonesia']);
  });
});

describe('protocol salutations and Sasak nobles in a speech or an apposition', () => {
  it('should read no one in "Yth. Ketua DPRD ..." (the salutation names the post, not a person)', () => {
    const result = extractEntities('"Yth. Ketua DPRD Provinsi Kaltim, Yth. unsur Forkopimda, hadirin yang saya hormati," kata Gubernur Kaltim Rudy Mas\'ud.');
    expect(result.people.map((p) => p.name)).toEqual(["Rudy Mas'ud"]);
  });

  it('should open an appositive name after a title with the Sasak "Lalu" and keep each title with its holder', () => {
    const result = extractEntities(
      'Massa diterima Asisten Administrasi Umum (Asisten III) Setda Lombok Timur, Lalu Muhammad Sahnan, dan Kepala BKPSDM Lombok Timur, Baiq Nurul Hidayati.',
    );
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([
      ['Lalu Muhammad Sahnan', ['Asisten Administrasi Umum (Asisten III) Setda Lombok Timur']],
      ['Baiq Nurul Hidayati', ['Kepala BKPSDM Lombok Timur']],
    ]);
    expect(personIn('Pj Bupati Lombok Timur, Lalu Muhammad Faozan, menemui massa.', 'Lalu Muhammad Faozan')?.official).toBe(true);
  });
});

describe('a desa or kecamatan no list holds after its head\'s title', () => {
  it('should read "Batu Belimbing" as the desa, not the town of Batu and a person "Belimbing Rahmawati"', () => {
    const result = extractEntities(
      'Pemkab Paser menonaktifkan Kades Batu Belimbing sejak Februari. Pj Kades Batu Belimbing Rahmawati memastikan pelayanan tetap berjalan.',
    );
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([['Rahmawati', ['Pj Kades Batu Belimbing'], 'Desa Batu Belimbing']]);
    expect(result.locations.map((l) => l.name)).not.toContain('Batu');
  });

  it('should end a kecamatan written with a hyphen before the camat\'s given name ("Camat Sanga-Sanga Rinaldi Panggabean")', () => {
    expect(personIn('Camat Sanga-Sanga Rinaldi Panggabean meresmikan bank sampah.', 'Rinaldi Panggabean')).toMatchObject({
      titles: ['Camat Sanga-Sanga'],
      official: true,
    });
  });
});

describe('a chair\'s deputies named by numbered titles alone', () => {
  it('should read "Wakil Ketua I X" as the first deputy (no Balinese "I") of the body of the chair named beside', () => {
    const result = extractEntities(
      'Rapat dipimpin Ketua DPRD Balikpapan Alwi Al Qadri, didampingi Wakil Ketua I Budiono Santoso dan Wakil Ketua II Andi Arif Tenriola.',
    );
    expect(result.people.map((p) => [p.name, p.titles, p.organization, p.official])).toEqual([
      ['Alwi Al Qadri', ['Ketua DPRD Balikpapan'], 'DPRD Balikpapan', true],
      ['Budiono Santoso', ['Wakil Ketua I'], 'DPRD Balikpapan', true],
      ['Andi Arif Tenriola', ['Wakil Ketua II'], 'DPRD Balikpapan', true],
    ]);
    // A Balinese name still opens with "I" after a title.
    expect(personIn('Wakil Ketua I Gusti Ngurah Rai hadir.', 'I Gusti Ngurah Rai')).toBeDefined();
  });
});

describe('an office and the duty its holder holds with it, joined by "selaku" before the name', () => {
  it('should give the holder both titles and the office\'s body ("Sekretaris Daerah Kota Balikpapan selaku Ketua TAPD X")', () => {
    const result = extractEntities('Sekretaris Daerah Kota Balikpapan selaku Ketua Tim Anggaran Pemerintah Daerah (TAPD) Muhaimin Jufri menjelaskan. TAPD membahas KUA-PPAS.');
    expect(result.people.map((p) => [p.name, p.titles, p.organization, p.official])).toEqual([
      ['Muhaimin Jufri', ['Sekretaris Daerah Kota Balikpapan', 'Ketua Tim Anggaran Pemerintah Daerah (TAPD)'], 'Pemerintah Kota Balikpapan', true],
    ]);
    expect(result.organizations.find((o) => o.acronym === 'TAPD')).toMatchObject({ name: 'Tim Anggaran Pemerintah Daerah Balikpapan', government: true });
  });
});

describe('a commission named by a letter or a one-letter numeral, its member from a faction', () => {
  it('should file "Anggota Komisi C dari Fraksi Golkar, X" under the DPRD\'s commission, not the party', () => {
    const result = extractEntities('MAKASSAR - DPRD Makassar membahas Ranperda parkir. Anggota Komisi C dari Fraksi Golkar, Ahmad Nasrullah, menilai parkir harus ditata.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Ahmad Nasrullah', 'Komisi C DPRD Makassar']]);
  });

  it('should read "Komisi V" of the DPR the story names', () => {
    const result = extractEntities('Ketua Komisi V DPR RI Ridwan Saputra memimpin rapat. Anggota Komisi V dari Fraksi Partai Gerindra, Yohanes Marpaung, bertanya.');
    expect(result.people.find((p) => p.name === 'Yohanes Marpaung')?.organization).toBe('Komisi V DPR');
  });
});

describe('an acting holder\'s mark spelled out in a list of officials', () => {
  it('should read no body "Pelaksana Harian" and give the acting Sekda the province ("..., Pelaksana Harian (Plh) Sekretaris Daerah Papua X,")', () => {
    const result = extractEntities(
      'Hadir Penjabat (Pj) Gubernur Papua Yohanis Rumbiak, Pelaksana Harian (Plh) Sekretaris Daerah Papua Yan Piet Wambrauw, serta Kepala BPKAD Papua Markus Kambu.',
    );
    expect(result.organizations.map((o) => o.name)).not.toContain('Pelaksana Harian');
    expect(result.people.find((p) => p.name === 'Yan Piet Wambrauw')).toMatchObject({ organization: 'Pemerintah Provinsi Papua', official: true });
  });
});

describe('company officers\' compound English titles and numbered units', () => {
  it('should keep "Sales Branch Manager", "Field Manager", "Project Director" whole and a unit\'s "Rayon I" or "Zona 9" in the title', () => {
    const result = extractEntities(
      'Sales Branch Manager Rayon I Kaltim Ronald Giovanni Makalew mengatakan stok aman. Hadir General Manager Zona 9 Ignatius Bambang Sutikno. ' +
        'Project Director Hyundai Engineering Kim Sang-woo menambahkan.',
    );
    expect(result.people.map((p) => [p.name, p.titles])).toEqual([
      ['Ronald Giovanni Makalew', ['Sales Branch Manager Rayon I Kaltim']],
      ['Ignatius Bambang Sutikno', ['General Manager Zona 9']],
      ['Kim Sang-woo', ['Project Director Hyundai Engineering']],
    ]);
  });
});

describe('a company\'s board listed one post a line ("Direktur Utama: X") after the line that names the company', () => {
  it('should title each holder and file them under the company the introducing line names', () => {
    const result = extractEntities(
      'Berdasarkan keputusan RUPSLB, susunan pengurus Pupuk Kaltim yang baru adalah sebagai berikut:\n\nDewan Komisaris\n' +
        'Komisaris Utama: Laksdya TNI (Purn) Heru Prasetyo Wibisono\nKomisaris Independen: Prof. Dr. Sri Wahyuni Tanjung\n\nDireksi\n' +
        'Direktur Utama: Gusti Randa Permana\nDirektur Keuangan dan Umum: Stefanus Gunawan Liem\n',
    );
    expect(result.people.map((p) => [p.name, p.titles, p.organization, p.official])).toEqual([
      ['Heru Prasetyo Wibisono', ['Komisaris Utama'], 'PT Pupuk Kalimantan Timur', false],
      ['Sri Wahyuni Tanjung', ['Komisaris Independen'], 'PT Pupuk Kalimantan Timur', false],
      ['Gusti Randa Permana', ['Direktur Utama'], 'PT Pupuk Kalimantan Timur', false],
      ['Stefanus Gunawan Liem', ['Direktur Keuangan dan Umum'], 'PT Pupuk Kalimantan Timur', false],
    ]);
    expect(result.organizations.map((o) => o.name)).not.toContain('Dewan Komisaris');
    expect(result.organizations.map((o) => o.acronym)).not.toContain('Purn');
  });

  it('should read a post with a slash in a board list ("Komisaris Utama/Independen: Prof. Dr. X")', () => {
    const result = extractEntities('Susunan pengurus PT Bukit Asam Tbk yang baru adalah sebagai berikut:\n\nKomisaris Utama/Independen: Prof. Dr. Hasanuddin Mappasessu\n');
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([['Hasanuddin Mappasessu', ['Komisaris Utama/Independen'], 'PT Bukit Asam Tbk']]);
  });
});

describe('state-company officers named with a unit after the company', () => {
  it('should title and link "General Manager PT KPI Unit Balikpapan X", "EGM Telkom Regional 4 Kalimantan, X," and "& CID PHM X"', () => {
    const result = extractEntities(
      'Hal itu disampaikan General Manager PT KPI Unit Balikpapan Dedi Kurniawan Saragih saat meninjau kilang. ' +
        'EGM Telkom Regional 4 Kalimantan, Theodorus Halawa, menyebut jaringan siap. ' +
        'Sementara itu, Manager Communication, Relations & CID PHM Cindy Natalia Wowor menambahkan. KPI menegur stasiun televisi.',
    );
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Dedi Kurniawan Saragih', ['General Manager PT KPI Unit Balikpapan'], 'PT Kilang Pertamina Internasional'],
      ['Theodorus Halawa', ['EGM Telkom Regional 4 Kalimantan'], 'PT Telkom Indonesia (Persero) Tbk'],
      ['Cindy Natalia Wowor', ['Manager Communication, Relations & CID PHM'], 'PT Pertamina Hulu Mahakam'],
    ]);
    // "KPI" alone stays the broadcasting commission.
    expect(result.organizations.map((o) => o.name)).toContain('Komisi Penyiaran Indonesia');
  });
});

describe('a regency named by its former name', () => {
  it('should read "Toba Samosir" as Toba: no person "Samosir" after "Kajari Toba"', () => {
    const result = extractEntities('Kepala Kejaksaan Negeri Toba Samosir Eva Maria Lumbantobing hadir. Sedangkan Kajari Toba Samosir mengingatkan agar pedagang tertib.');
    expect(result.people.map((p) => p.name)).toEqual(['Eva Maria Lumbantobing']);
    expect(result.locations.map((l) => l.name)).toEqual(['Toba']);
  });
});

describe('a company\'s unit the tagger reads after the company in a title', () => {
  it('should link "General Manager PLN Unit Induk Distribusi ... (UID Kaltimra), X," to that unit of PLN', () => {
    expect(
      personIn('General Manager PLN Unit Induk Distribusi Kalimantan Timur dan Kalimantan Utara (UID Kaltimra), Suriadi Hasibuan, mengatakan jaringan siap.', 'Suriadi Hasibuan')
        ?.organization,
    ).toBe('PLN Unit Induk Distribusi Kalimantan Timur dan Kalimantan Utara');
  });
});

describe('a bare board post in a story about one company', () => {
  it('should file "RUPS menetapkan X sebagai Komisaris Utama" under the one company the story names', () => {
    const result = extractEntities(
      'SAMARINDA - Rapat Umum Pemegang Saham PT Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara (Bankaltimtara) digelar di Samarinda. ' +
        'RUPS juga menetapkan Drs. H. Syahrun Noor Arsyad sebagai Komisaris Utama menggantikan pejabat lama.',
    );
    expect(result.people.find((p) => p.name === 'Syahrun Noor Arsyad')?.organization).toBe('PT Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara');
  });
});

describe('a Dayak customary head and a plantation company', () => {
  it('should title "Damang Kepala Adat ..., X" and give "kata Damang" to X; "Astra Agro" is Astra Agro Lestari', () => {
    const result = extractEntities(
      'Head of Corporate Affairs Astra Agro, Tjahjo Gunadi Liem, mengatakan plasma tumbuh. Damang Kepala Adat Kecamatan Cempaga Hulu, Thamrin Nyahu, meminta situs leluhur dijaga. ' +
        '"Itu tidak boleh digusur," kata Damang.',
    );
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Tjahjo Gunadi Liem', 'PT Astra Agro Lestari Tbk'],
      ['Thamrin Nyahu', null],
    ]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Thamrin Nyahu']);
  });
});

describe('an acting mark before an appositive name, chief officers and a regional company\'s kind', () => {
  it('should title "Kepala Dinas ... Kaltim, Plt. X," and "Chief Sustainability Officer PT Y, Z,"; "Perusda" is no one', () => {
    const result = extractEntities(
      'Kepala Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa (DPMPD) Kaltim, Plt. Yustinus Dullah Lejau, menambahkan hal itu. ' +
        'Chief Sustainability Officer PT Sawit Mentaya Lestari, Maria Goreti Lusia Ding, menambahkan. Kalau Perusda bisa mengelola jalan, itu bagus.',
    );
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Yustinus Dullah Lejau', 'Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa Kalimantan Timur'],
      ['Maria Goreti Lusia Ding', 'PT Sawit Mentaya Lestari'],
    ]);
  });
});

describe('English deputies and the central bank\'s governors', () => {
  it('should give a bare "Senior Deputy Governor" the body another governor of the story serves (Bank Indonesia), not the dateline\'s province', () => {
    const text = 'Jakarta (ANTARA) - Senior Deputy Governor Laksmi Handayani noted that lending grew. BI Governor Perwira Santoso said rates would hold.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Laksmi Handayani', ['Senior Deputy Governor'], 'Bank Indonesia'],
      ['Perwira Santoso', ['BI Governor'], 'Bank Indonesia'],
    ]);
  });

  it('should keep "Deputy" in an English deputy minister\'s title, and the ministry', () => {
    const text =
      'Deputy Finance Minister Bonifasius Hutagalung said the ministry would act. Deputy Investment and Downstreaming Minister Marlina Siahaan agreed.';
    expect(extractEntities(text).people.map((p) => [p.titles, p.organization])).toEqual([
      [['Deputy Finance Minister'], 'Kementerian Keuangan'],
      [['Deputy Investment and Downstreaming Minister'], 'Kementerian Investasi/BKPM'],
    ]);
  });
});

describe('units of a national ministry', () => {
  it('should give the head of a ministry\'s bureau the ministry, and the bureau no region of the dateline', () => {
    const text = 'JAKARTA, KOMPAS.com - Kepala Biro Komunikasi dan Layanan Informasi (KLI) Kementerian Keuangan Hendra Kusumawardhana mengatakan hal itu.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.organization)).toEqual(['Kementerian Keuangan']);
    expect(result.organizations.map((o) => o.name)).toEqual(['Biro Komunikasi dan Layanan Informasi Kementerian Keuangan', 'Kementerian Keuangan']);
    // A bureau of a province's secretariat is the bureau of that province.
    const regional = extractEntities('SAMARINDA - Kepala Biro Hukum Setda Kaltim Suroto hadir.');
    expect(regional.people.map((p) => p.organization)).toEqual(['Biro Hukum Kalimantan Timur']);
  });
});

describe('a directorate general\'s field ending in a group\'s word', () => {
  it('should read "... Primer dan Komunitas Kementerian Kesehatan (Kemenkes)" as the ministry, no group "Komunitas Kementerian Kesehatan"', () => {
    const text = 'Direktur Jenderal Kesehatan Primer dan Komunitas Kementerian Kesehatan (Kemenkes) Benediktus Ola Masan meninjau puskesmas.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([['Kementerian Kesehatan', true]]);
    expect(result.people.map((p) => [p.organization, p.official])).toEqual([['Kementerian Kesehatan', true]]);
  });
});

describe('officers of the army\'s territorial commands and degrees after a name', () => {
  it('should read a Koramil\'s number with its hyphen ("Danramil 0906-08/Tenggarong Seberang") and "Kasrem" as a title', () => {
    const text =
      'Danramil 0906-08/Tenggarong Seberang Kapten Inf Yulius Ndruru menambahkan warga ikut. ' +
      'Kepala Staf Korem (Kasrem) 091/Aji Surya Natakesuma Kolonel Inf Yosef Tambunan hadir. Kasrem Yosef mengatakan program berlanjut.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Yulius Ndruru', 'Koramil 0906-08/Tenggarong Seberang', true],
      ['Yosef Tambunan', 'Korem 091/Aji Surya Natakesuma', true],
    ]);
  });

  it('should read no person in the first letters of a degree after a name ("Sp" of "Sp.A")', () => {
    const text = 'Di RSUD Prof. Dr. W.Z. Johannes, Direktur RSUD dr. Mariana Bria, Sp.A menjelaskan pasien meningkat.';
    expect(extractEntities(text).people.map((p) => p.name)).not.toContain('Sp');
  });
});

describe('Simalungun\'s village heads', () => {
  it('should read "Pangulu Nagori X" as the village head\'s title and the Nagori as a village, no person', () => {
    const result = extractEntities('SIMALUNGUN - Pangulu Nagori Haranggaol, Herbin Purba, menyebut ikan mati. Warga Nagori Haranggaol resah.');
    expect(result.people.map((p) => [p.name, p.titles, p.official])).toEqual([['Herbin Purba', ['Pangulu Nagori Haranggaol'], true]]);
    expect(result.locations.map((l) => [l.name, l.kind])).toContainEqual(['Nagori Haranggaol', 'village']);
  });
});

describe('legislators named with their faction', () => {
  it('should make members listed with a faction in parentheses members of the commission the sentence speaks of', () => {
    const text =
      'Rapat dipimpin Ketua Komisi III DPRD Kaltim Hasanuddin Mappalewa dari Fraksi Golkar. Hadir pula sejumlah anggota komisi, di antaranya ' +
      'Rusdiansyah Aras (Fraksi PKB), Meiliana Tandirerung (Fraksi PDI Perjuangan) dan Syarifuddin Noor (Fraksi Gerindra).';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Hasanuddin Mappalewa', 'Komisi III DPRD Kalimantan Timur', true],
      ['Rusdiansyah Aras', 'Komisi III DPRD Kalimantan Timur', true],
      ['Meiliana Tandirerung', 'Komisi III DPRD Kalimantan Timur', true],
      ['Syarifuddin Noor', 'Komisi III DPRD Kalimantan Timur', true],
    ]);
  });

  it('should make "anggota Fraksi X, Y" a member of the house, which a commission named with it makes a body of the story', () => {
    const result = extractEntities('SAMARINDA - Rapat Komisi III DPRD Kaltim berlangsung alot. Sementara itu, anggota Fraksi PDI Perjuangan, Veronika Lusi Hayon, meminta data dibuka.');
    expect(result.people.map((p) => [p.titles, p.organization, p.official])).toEqual([[['anggota Fraksi PDI Perjuangan'], 'DPRD Kalimantan Timur', true]]);
    expect(result.organizations.map((o) => o.name)).toEqual(['Komisi III DPRD Kalimantan Timur', 'DPRD Kalimantan Timur', 'Fraksi PDI Perjuangan']);
  });

  it('should read the Papuan provinces\' people\'s councils whole ("Majelis Rakyat Papua Barat Daya (MRPBD)"), government bodies', () => {
    const result = extractEntities('Ketua Majelis Rakyat Papua Barat Daya (MRPBD) Alfons Kambu meminta perusahaan menghormati hak adat.');
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([['Majelis Rakyat Papua Barat Daya', true]]);
    expect(result.people.map((p) => p.organization)).toEqual(['Majelis Rakyat Papua Barat Daya']);
  });

  it('should make "Anggota Fraksi PKS X" (no comma) a member of the house, an office holder, and read DJSN as a state council', () => {
    const result = extractEntities(
      'Rapat kerja DPR dengan DJSN berlangsung alot. Anggota Fraksi PKS Muhammad Iqbal Hasibuan meminta iuran tidak naik. ' +
        'Ketua Dewan Jaminan Sosial Nasional (DJSN) Agus Salim Tambunan mengatakan iuran perlu naik.',
    );
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Muhammad Iqbal Hasibuan', 'Dewan Perwakilan Rakyat', true],
      ['Agus Salim Tambunan', 'Dewan Jaminan Sosial Nasional', true],
    ]);
  });

  it('should read a party\'s faction in a house as a body of its own, named as written, with the party\'s names as aliases', () => {
    const result = extractEntities('Rapat paripurna DPRD Kampar digelar. Juru bicara Fraksi Partai Golkar, Zulfahmi Tanjung, menyoroti PAD. Golkar juga mengkritik belanja.');
    const faction = result.organizations.find((o) => o.name === 'Fraksi Partai Golkar');
    expect(faction?.aliases).toEqual(expect.arrayContaining(['Partai Golongan Karya', 'Golkar']));
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Zulfahmi Tanjung', 'DPRD Kampar', true]]);
  });

  it('should make one a faction speaks through ("Fraksi PKS melalui juru bicaranya, Hj. X", "Fraksi Y, melalui Z") a member of the house', () => {
    const result = extractEntities(
      'Rapat paripurna DPRD Kampar mendengar pandangan fraksi. Fraksi PKS melalui juru bicaranya, Hj. Nurhasanah Lubis, mempertanyakan jalan rusak. ' +
        'Sementara Fraksi PDI Perjuangan, melalui Robert Simanjuntak, menyinggung konflik lahan.',
    );
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Nurhasanah Lubis', 'DPRD Kampar', true],
      ['Robert Simanjuntak', 'DPRD Kampar', true],
    ]);
  });
});

describe('an English title after a body\'s possessive', () => {
  it('should read "OJK\'s Chief Executive of Banking Supervision X said" as OJK\'s officer, who says the quote', () => {
    const text =
      'BI Governor Perwira Santoso said rates would hold. "Non-performing loans are stable at 2.2 percent gross," ' +
      "OJK's Chief Executive of Banking Supervision Rahmat Budiman said in a separate statement.";
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Perwira Santoso', 'Bank Indonesia', true],
      ['Rahmat Budiman', 'Otoritas Jasa Keuangan', true],
    ]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Rahmat Budiman']);
  });

  it('should read an unlisted brand before a possessive and a company office as the body of the officer named after it', () => {
    const text =
      "Bookings rose 30 percent, TiketJelajah's head of corporate communications, Rina Sukmawati, said. The NusaKarya's marketing director, Joko Susilo, agreed.";
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Rina Sukmawati', 'TiketJelajah'],
      ['Joko Susilo', 'NusaKarya'],
    ]);
  });

  it('should read no body before a possessive that a person, a place or a longer name of the story owns', () => {
    const text =
      'Hiroshi Nakamura leads Nakamura Heavy Industries. "We will expand," he said. ' +
      "Nakamura's chief financial officer, Sato Kenta, said. Jakarta's head of tourism, Andi Wijaya, said.";
    const names = extractEntities(text).organizations.map((o) => o.name);
    expect(names).not.toContain('Nakamura');
    expect(names).not.toContain('Jakarta');
    expect(extractEntities(text).people.map((p) => p.name)).toContain('Hiroshi Nakamura');
  });
});

describe('appointments to a company\'s board in lower case or by an acting holder', () => {
  it('should give "sebagai direktur utama yang baru" and "sebagai pelaksana tugas (Plt) Direktur Bisnis" to the story\'s company', () => {
    const text =
      'RUPSLB PT Bank Pembangunan Daerah Sumatera Utara (Bank Sumut) menetapkan Rahmat Fauzi Ritonga sebagai direktur utama yang baru. ' +
      'RUPSLB juga mengangkat Irvan Syahputra Batubara sebagai pelaksana tugas (Plt) Direktur Bisnis. Laba Bank Sumut tumbuh.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Rahmat Fauzi Ritonga', ['direktur utama'], 'PT Bank Pembangunan Daerah Sumatera Utara'],
      ['Irvan Syahputra Batubara', ['pelaksana tugas (Plt) Direktur Bisnis'], 'PT Bank Pembangunan Daerah Sumatera Utara'],
    ]);
  });

  it('should give a bare "Chief Operating Officer" to the story\'s company named before', () => {
    const text =
      'Startup PT Panen Digital Nusantara (Panenku) melakukan PHK. CEO PT Panen Digital Nusantara, Kevin Hartanto Wijaya, mengonfirmasi. ' +
      'Co-founder lainnya yang menjabat Chief Operating Officer, Annisa Rahmadhani, menjelaskan layanan dipertahankan. Panenku tetap beroperasi.';
    expect(extractEntities(text).people.find((p) => p.name === 'Annisa Rahmadhani')?.organization).toBe('PT Panen Digital Nusantara');
  });

  it('should give a bare acting board post to no contractor named once where a regional company is the story\'s', () => {
    const text =
      'Kejati menahan dua pejabat Perumda Air Minum Tirta Sago. Proyek itu dikerjakan PT Sinar Hidro Utama. ' +
      'Pemerintah Kota Payakumbuh menunjuk Pelaksana Tugas (Plt) Direktur Utama, Fadhil Rahman, agar pelayanan tidak terganggu. Perumda Air Minum Tirta Sago melayani 31.000 pelanggan.';
    expect(extractEntities(text).people.find((p) => p.name === 'Fadhil Rahman')?.organization).not.toBe('PT Sinar Hidro Utama');
  });
});

describe('English company officers named without their company', () => {
  it('should read "said X, the company\'s export manager" and "President director X said" as officers of the company named before', () => {
    const text =
      'PT Kopi Tanggamus Lestari has cut its shipments. "We would rather lose a season," said Kadek Ariawan, the company\'s export manager. ' +
      'PT Samudera Karaginan Indonesia plans to double its capacity. President director Steven Gunawan Halim said the expansion would be financed by a loan.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Kadek Ariawan', ['export manager'], 'PT Kopi Tanggamus Lestari'],
      ['Steven Gunawan Halim', ['President director'], 'PT Samudera Karaginan Indonesia'],
    ]);
  });

  it('should read "Corporate secretary X said" as the title of the company the story is about', () => {
    const text =
      'PT Vale Indonesia Tbk booked a lower profit. Vale Indonesia president director Rizal Anwar Tanjung blamed nickel prices.\n\n' +
      'Corporate secretary Andi Nurul Fadillah said the company paid $38 million in royalties.';
    expect(extractEntities(text).people.find((p) => p.name === 'Andi Nurul Fadillah')).toMatchObject({ titles: ['Corporate secretary'], organization: 'PT Vale Indonesia' });
  });

  it('should read the sentence before a new paragraph across the blank line between them', () => {
    const text =
      'PT Bank Sinar Karya Tbk lent it the money. PT Samudera Karaginan Indonesia plans to double its capacity.\n\nPresident director Steven Gunawan Halim said the expansion would be financed by a loan.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([['Steven Gunawan Halim', 'PT Samudera Karaginan Indonesia']]);
  });

  it('should file "PT X, better known as Alfamart" and later mentions of Alfamart as one company, whose finance director is its own', () => {
    const text =
      'Jakarta. Minimarket operator PT Sumber Alfaria Trijaya Tbk, better known as Alfamart, plans to open 1,000 new stores.\n\n' +
      'Alfamart ran 20,360 stores at the end of 2025. Its subsidiary PT Midi Utama Indonesia Tbk will add another 200 outlets.\n\n' +
      'Finance director Meliana Hartono said the expansion would be funded from internal cash.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['PT Sumber Alfaria Trijaya Tbk', 'PT Midi Utama Indonesia Tbk']);
    expect(result.organizations[0]!.aliases).toContain('Alfamart');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Meliana Hartono', 'PT Sumber Alfaria Trijaya Tbk']]);
  });
});

describe('a title that points back at the name opening the sentence before', () => {
  it('should give "Kepala Subdirektorat ... Polda Metro Jaya berpangkat AKBP itu menyebut" to the one named just before', () => {
    const text =
      'Operasi Zebra digelar sepekan.\n\nDwi Prasetyo Nugroho menjelaskan hal serupa. Kepala Subdirektorat Penegakan Hukum (Kasubdit Gakkum) Ditlantas Polda Metro Jaya berpangkat AKBP itu menyebut 1.200 pelanggar ditilang.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([['Dwi Prasetyo Nugroho', 'Polda Metro Jaya', true]]);
  });
});

describe('rotations: who fills a post and whom they replace', () => {
  it('should give the one replaced the post of the one who replaces them, a former post, and keep a post of their own', () => {
    const text =
      'RUPSLB PT Bank Pembangunan Daerah Sumatera Utara (Bank Sumut) menetapkan Rahmat Fauzi Ritonga sebagai direktur utama yang baru. ' +
      'Rahmat menggantikan Hasanuddin Pulungan yang masa jabatannya berakhir. ' +
      'Andika Pratama dilantik sebagai Camat Medan Kota menggantikan Sahril Gumay, yang kini dipercaya menjadi Kepala Dinas Sosial Medan.';
    const people = extractEntities(text).people;
    expect(people.find((p) => p.name === 'Hasanuddin Pulungan')).toMatchObject({ titles: ['direktur utama'], organization: 'PT Bank Pembangunan Daerah Sumatera Utara' });
    expect(people.find((p) => p.name === 'Sahril Gumay')).toMatchObject({ titles: ['Kepala Dinas Sosial Medan'], organization: 'Dinas Sosial Medan' });
  });

  it('should read a Lampung village head titled in lower case ("Kepala tiyuh X") as an official of the village', () => {
    const person = extractEntities('Kepala tiyuh Mulya Kencana, Kecamatan Tulang Bawang Tengah, Sugiyanto, berharap jalan diperbaiki.').people[0];
    expect([person?.name, person?.official]).toEqual(['Sugiyanto', true]);
  });

  it('should read who fills a post another left ("Kursi Kepala Bappeda yang ditinggalkan Hendra diisi X") and a Lampung tiyuh as a village', () => {
    const text =
      'Pemkab Tubaba melantik pejabat. Kursi Kepala Bappeda yang ditinggalkan Hendra diisi Rini Astuti, sebelumnya Sekretaris Bappeda. ' +
      'Kepala tiyuh Mulya Kencana, Kecamatan Tulang Bawang Tengah, Sugiyanto, berharap jalan diperbaiki.';
    const result = extractEntities(text);
    expect(result.people.find((p) => p.name === 'Rini Astuti')?.titles).toContain('Kepala Bappeda');
    expect(result.people.map((p) => p.name)).not.toContain('Mulya Kencana');
    expect(result.people.map((p) => p.name)).not.toContain('Tubaba');
  });
});

describe('a field\'s word before a body\'s short form', () => {
  it('should read "Resolusi Bank LPS" as the deposit insurer\'s field, no bank, and keep "Bank BRI" a bank', () => {
    const text = 'Direktur Group Klaim dan Resolusi Bank LPS Yudhistira Kartanegara mengatakan nasabah dibayar. Direktur Bank BRI Sunarso hadir.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Yudhistira Kartanegara', 'Lembaga Penjamin Simpanan', true],
      ['Sunarso', 'PT Bank Rakyat Indonesia (Persero) Tbk', false],
    ]);
    expect(result.organizations.map((o) => o.name)).not.toContain('Bank LPS');
  });
});

describe('"Its head" after a sentence that opens with an article and its subject', () => {
  it('should give "Its head" the body the sentence before is about, not the parent ministry in its apposition', () => {
    const text =
      'The tanker left on Monday.\n\nThe Balikpapan Port Authority (KSOP), which falls under the Transportation Ministry, said the tanker had left. Its head, Capt. Andreas Sitorus, said the ship was checked.';
    expect(extractEntities(text).people.map((p) => p.organization)).toEqual(['Kantor Kesyahbandaran dan Otoritas Pelabuhan Balikpapan']);
  });
});

describe('"Its spokesperson" and "The authority\'s deputy" after a sentence that names other bodies too', () => {
  it('should give "Its spokesperson" the agency that opens the sentence before, though "the company\'s" stands in that sentence', () => {
    const text =
      'PT Kirana Digital Nusantara leaked data. The ministry has ordered the company to notify every user, he said.\n\n' +
      'The National Cyber and Crypto Agency (BSSN) said it had sent a team to examine the company\'s servers. Its spokesperson, Dwi Handayani Kusuma, said early findings pointed to a folder.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([['Dwi Handayani Kusuma', 'Badan Siber dan Sandi Negara', true]]);
  });

  it('should give "The authority\'s deputy" the authority named before, not the developers named last', () => {
    const text =
      'Nusantara Capital Authority (OIKN) head Wicaksono Hadi Rusdianto signed the deals. The investors are PT Sinar Bangun Persada and Singapore\'s Meridian Land Holdings.\n\n' +
      'The authority\'s deputy for investment and funding, Ratna Kusumawardani Siregar, said land rights would follow.';
    expect(extractEntities(text).people.find((p) => p.name === 'Ratna Kusumawardani Siregar')?.organization).toBe('Otorita Ibu Kota Nusantara');
  });
});

describe('election tickets after their number', () => {
  it('should read both people of "pasangan nomor urut 1 Herman Saleh-Nur Aini Baco", and not an honorific after the hyphen as one', () => {
    const text =
      'Hasilnya, pasangan nomor urut 1 Herman Saleh-Nur Aini Baco tetap unggul. Pasangan nomor urut 2 Edy Sucipto-Ramli Darwis memperoleh 55.120 suara. ' +
      'KPU menetapkan pasangan calon nomor urut 3, Andi Rahmat Pawelloi-Hj. Siti Aminah Fitriani, sebagai peraih suara terbanyak.';
    const names = extractEntities(text).people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Herman Saleh', 'Nur Aini Baco', 'Edy Sucipto', 'Ramli Darwis']));
    expect(names).not.toContain('Hj');
  });
});

describe('Javanese given names ending a body\'s run', () => {
  it('should end "Yayasan RASI" before a researcher named with a Javanese given name ("Peneliti Yayasan RASI Budiono Sumantri")', () => {
    const result = extractEntities('Peneliti Yayasan RASI Budiono Sumantri menyebutkan populasi pesut menurun. "Jumlahnya tinggal 62 ekor," kata Budiono.');
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Budiono Sumantri', 'Yayasan RASI']]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Budiono Sumantri']);
  });
});

describe('regional teams named with their short form before their region', () => {
  it('should read "Tim Percepatan Penurunan Stunting (TPPS) Kabupaten Manokwari" as a government team, its bare short form the same', () => {
    const text = 'Ketua Tim Percepatan Penurunan Stunting (TPPS) Kabupaten Manokwari, Yosephina Mandacan, mengatakan angka turun. Rapat TPPS digelar pekan depan.';
    const team = extractEntities(text).organizations.find((o) => o.name === 'Tim Percepatan Penurunan Stunting Manokwari');
    expect([team?.government, team?.mentions.length]).toEqual([true, 3]);
  });
});

describe('bodies spelled by a short form with "dan" or a counted letter', () => {
  it('should read "Komisi Pengawasan Pupuk dan Pestisida (KP3)" whole, and the Sekda who chairs it as one person', () => {
    const text = 'Sekretaris Daerah Lombok Timur yang juga Ketua Komisi Pengawasan Pupuk dan Pestisida (KP3), H. Lalu Muhammad Hasyim, S.Sos., M.Si., menyebut tim turun.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Lalu Muhammad Hasyim', 'Pemerintah Kabupaten Lombok Timur', true]]);
    expect(result.organizations.map((o) => o.name)).toContain('Komisi Pengawasan Pupuk dan Pestisida');
  });
});

describe('English copy on the House and its factions', () => {
  it('should seat lawmakers named through their faction in the House or its commission, officials all', () => {
    const text =
      'Lawmakers grilled SKK Migas at a House of Representatives Commission XII hearing. Cornelia Agatha Wenda, a lawmaker from the PDI-P faction, said output fell. ' +
      'Commission XII chairman Bambang Haryo Sutrisno said the target was unrealistic. Rahmat Hidayat Siregar of the Gerindra Party faction defended the plan. ' +
      'Lawmakers from the NasDem and PKB factions, Fauzan Alkatiri and Ainun Najib Mashuri, asked for names. Mulyadi Zainuddin of the Prosperous Justice Party (PKS) faction agreed.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Cornelia Agatha Wenda', 'Dewan Perwakilan Rakyat', true],
      ['Bambang Haryo Sutrisno', 'Komisi XII DPR', true],
      ['Rahmat Hidayat Siregar', 'Dewan Perwakilan Rakyat', true],
      ['Fauzan Alkatiri', 'Dewan Perwakilan Rakyat', true],
      ['Ainun Najib Mashuri', 'Dewan Perwakilan Rakyat', true],
      ['Mulyadi Zainuddin', 'Dewan Perwakilan Rakyat', true],
    ]);
    expect(result.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Komisi XII DPR', 'Dewan Perwakilan Rakyat', 'Fraksi Partai Gerakan Indonesia Raya']));
  });

  it('should link a regional lawmaker "from the PKS faction" to the regional house the title names', () => {
    const text = 'A member of the Central Sulawesi Regional Legislative Council (DPRD) from the PKS faction, Syarif Lamasitudju, said the budget was late.';
    expect(extractEntities(text).people.map((p) => [p.organization, p.official])).toEqual([['DPRD Sulawesi Tengah', true]]);
  });
});

describe('hajj committees', () => {
  it('should read "Panitia Penyelenggara Ibadah Haji (PPIH) Embarkasi Makassar" as the committee of that embarkation, its chair an official', () => {
    const text =
      'Ketua Panitia Penyelenggara Ibadah Haji (PPIH) Embarkasi Makassar, H. Andi Muh. Syarif Daeng Lalang, mengatakan 18 kloter berangkat. Sekretaris PPIH Embarkasi Makassar, Budi Santoso, menambahkan.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Andi Muh. Syarif Daeng Lalang', 'Panitia Penyelenggara Ibadah Haji Makassar', true],
      ['Budi Santoso', 'Panitia Penyelenggara Ibadah Haji Makassar', true],
    ]);
    expect(result.organizations.find((o) => o.name === 'Panitia Penyelenggara Ibadah Haji Makassar')?.aliases).toContain('PPIH Embarkasi Makassar');
  });
});

describe('court clerks and labour mediators', () => {
  it('should read "Panitera PA Makassar" as a clerk of the religious court the story named, and "Mediator hubungan industrial" as a title', () => {
    const text =
      'Pengadilan Agama (PA) Makassar mencatat 1.426 perkara. Panitera PA Makassar, H. Muh. Arsyad Lallo, S.Ag., M.H., mengatakan jumlah itu naik. ' +
      'Mediator hubungan industrial Disnakertrans Sultra, Rahmawati Lasaka, mengatakan perundingan buntu.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles[0], p.organization, p.official])).toEqual([
      ['Muh. Arsyad Lallo', 'Panitera PA Makassar', 'Pengadilan Agama Makassar', true],
      ['Rahmawati Lasaka', 'Mediator hubungan industrial Disnakertrans Sultra', 'Dinas Tenaga Kerja dan Transmigrasi Sulawesi Tenggara', true],
    ]);
  });

  it('should read no court in "PA" before a town in a story that names no religious court', () => {
    expect(extractEntities('Massa PA Bandung berunjuk rasa di depan gedung sate.').organizations.map((o) => o.name)).not.toContain('Pengadilan Agama Bandung');
  });
});

describe('company officers\' English titles and their fields', () => {
  it('should keep a capitalised field before "Manager" or "Director" in the title, and out of the company\'s name after "Head of"', () => {
    const text =
      'Corporate Communications Manager Garuda Indonesia, Ratna Dewi, menambahkan. General Affairs Manager PT Cipta Jaya Industri Bagus Hartono hadir. ' +
      'Head of Corporate Communications Lion Air Group Danang Mandala mengatakan siap.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.titles[0]])).toEqual([
      ['Ratna Dewi', 'Corporate Communications Manager Garuda Indonesia'],
      ['Bagus Hartono', 'General Affairs Manager PT Cipta Jaya Industri'],
      ['Danang Mandala', 'Head of Corporate Communications Lion Air Group'],
    ]);
    expect(result.organizations.map((o) => o.name)).toContain('Lion Air Group');
    expect(result.organizations.map((o) => o.name)).not.toContain('Communications Lion Air Group');
  });

  it('should read Lion Air\'s "Corporate Communications Strategic" as a title, "of" the group or not', () => {
    const text = 'Corporate Communications Strategic of Lion Air Group Danang Mandala Prihantoro menyatakan penerbangan normal.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([['Danang Mandala Prihantoro', 'Lion Air Group']]);
  });
});

describe('a company unit named by the short forms of the regions it serves', () => {
  it('should keep "Regional Jatimbalinus" in the title, not in the officer\'s name, and "Region Yohanna" a name', () => {
    const text =
      'Area Manager Communication, Relations & CSR Pertamina Patra Niaga Regional Jatimbalinus Yuniar Kusuma Wardhani menambahkan layanan dibuka. ' +
      'Executive General Manager of Pertamina Patra Niaga Kalimantan Region Yohanna Dyah Puspitasari said so.';
    expect(extractEntities(text).people.map((p) => p.name)).toEqual(['Yuniar Kusuma Wardhani', 'Yohanna Dyah Puspitasari']);
  });

  it('should read a unit\'s number with a slash and its area ("Regional VIII/Jawa 3") in the title, the name after it the officer\'s', () => {
    const text = 'Regional CEO Bank Mandiri Regional VIII/Jawa 3 Hadi Santoso Wibisono mengatakan, Gubugklakah dipilih karena potensinya.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([['Hadi Santoso Wibisono', 'PT Bank Mandiri (Persero) Tbk']]);
  });
});

describe('deputy heads of a city police', () => {
  it('should read "Wakapolresta X" as a title of the Polresta', () => {
    expect(extractEntities('Wakapolresta Balikpapan AKBP Yosef Kristiawan Nggadas hadir.').people.map((p) => [p.titles, p.organization, p.official])).toEqual([
      [['Wakapolresta Balikpapan', 'AKBP'], 'Polresta Balikpapan', true],
    ]);
  });

  it('should read "anggota komisi dari Fraksi PKB, X" as a member of the commission the story names', () => {
    const text = 'SAMARINDA - Rapat Komisi I DPRD Kaltim digelar. Menurut anggota komisi dari Fraksi PKB, Syamsudin Lamato, data belum lengkap.';
    expect(extractEntities(text).people.map((p) => [p.organization, p.official])).toEqual([['Komisi I DPRD Kalimantan Timur', true]]);
  });
});

describe('the regency legislatures of Aceh and Papua', () => {
  it('should read "Dewan Perwakilan Rakyat Kabupaten (DPRK) Jayawijaya" as the regency\'s legislature, not the national DPR', () => {
    const result = extractEntities('WAMENA - Ketua Komisi A Dewan Perwakilan Rakyat Kabupaten (DPRK) Jayawijaya, Elias Wenda, meminta data dibuka. DPRK akan memanggil dinas.');
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Komisi A DPRD Jayawijaya', true],
      ['DPRD Jayawijaya', true],
    ]);
    expect(result.people.map((p) => [p.organization, p.official])).toEqual([['DPRD Jayawijaya', true]]);
  });
});

describe('titles before the name of the area they head', () => {
  it('should name no one in "Ketua RT 27 Sempaja Selatan" or "Lurah Kampung Salo", and keep "Kepala OIKN Satria" a person', () => {
    const areas = extractEntities('Ia menerima aduan dari Ketua RT 27 Sempaja Selatan soal banjir. Camat Kendari hadir bersama Lurah Kandai dan Lurah Kampung Salo.');
    expect(areas.people).toEqual([]);
    const person = extractEntities('Kepala Otorita Ibu Kota Nusantara Satria Adiwangsa Kurniawan hadir. Kepala OIKN Satria menambahkan investasi masuk.');
    expect(person.people.map((p) => [p.name, p.mentions.length])).toEqual([['Satria Adiwangsa Kurniawan', 2]]);
  });
});

describe('eastern Indonesian given names', () => {
  it('should end a body\'s name before a Maluku given name ("Ketua Koperasi Produsen Pala Lawamena Haruku Johanis Pattikawa")', () => {
    const text = '"Ekspor ini hasil kerja keras," kata Ketua Koperasi Produsen Pala Lawamena Haruku Johanis Pattikawa di Ambon.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Johanis Pattikawa', 'Koperasi Produsen Pala Lawamena Haruku']]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Johanis Pattikawa']);
  });

  it('should read "Sekar", a word of the language, as the given name it is after an English title ("IESR executive director Sekar ...")', () => {
    expect(personIn('IESR executive director Sekar Ayuningtyas Wibisono estimated the cost.', 'Sekar Ayuningtyas Wibisono')?.organization).toBe(
      'Institute for Essential Services Reform',
    );
  });

  it('should end a body\'s name where the text named it whole before, when capitalised words no list knows follow', () => {
    const text =
      'Koperasi Produsen Pala Lawamena Haruku mengekspor pala. "Ekspor ini hasil kerja keras," kata Ketua Koperasi Produsen Pala Lawamena Haruku Ongki Latuheru di Ambon.';
    expect(personIn(text, 'Ongki Latuheru')?.organization).toBe('Koperasi Produsen Pala Lawamena Haruku');
  });
});

describe('firms named by their trade, a police unit at work, an epithet', () => {
  it('should read "Daewon Chemical" as a firm and its vice president\'s body, "Tim Satreskrim" as no team, and "Bumi X" as no person', () => {
    const firm = extractEntities('Daewon Chemical vice president Park Seung-woo said the plant would open in 2027.');
    expect(firm.people.map((p) => [p.name, p.organization])).toEqual([['Park Seung-woo', 'Daewon Chemical']]);
    const police = extractEntities('Polres Muaro Jambi menerima laporan. Tim Satuan Reserse Kriminal (Satreskrim) kemudian mengintai kilang itu.');
    expect(police.organizations.map((o) => o.name)).not.toContain('Tim Satuan Reserse Kriminal');
    expect(extractEntities('Orang nomor satu di Bumi Tanaa Purai Ngeriman itu menyebut ada 40 mesin dompeng.').people).toEqual([]);
  });
});

describe('titles pointing back at a group by its kind', () => {
  it('should link "Manajer koperasi, X" and "Koordinator aksi, Y" to the cooperative and the group named before, not to another body', () => {
    const result = extractEntities(
      'Biji kakao dihimpun oleh Koperasi Produsen Kakao Mandar Sejahtera di Kecamatan Wonomulyo bersama Dinas Pertanian Polewali Mandar. ' +
        'Manajer koperasi, Hasriani, menyebut kontrak sudah diteken. Warga yang tergabung dalam Forum Masyarakat Peduli Pohuwato menggelar aksi damai di depan Kejari. ' +
        'Koordinator aksi, Jefri Abas, mengatakan warga ingin jalan diperbaiki.',
    );
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Hasriani', 'Koperasi Produsen Kakao Mandar Sejahtera'],
      ['Jefri Abas', 'Forum Masyarakat Peduli Pohuwato'],
    ]);
  });
});

describe('the food task force of a police command', () => {
  it('should read "Satuan Tugas (Satgas) Pangan Polda Sulawesi Utara" and "Satgas Pangan Polda Kalsel" as the command\'s task force', () => {
    const names = (text: string): string[] => extractEntities(text).organizations.map((o) => o.name);
    expect(names('Satuan Tugas (Satgas) Pangan Polda Sulawesi Utara turut mengawal distribusi beras.')).toContain('Satuan Tugas Pangan Polda Sulawesi Utara');
    expect(names('Satgas Pangan Polda Kalsel memantau harga beras.')).toContain('Satuan Tugas Pangan Polda Kalimantan Selatan');
  });
});

describe('lists of bodies', () => {
  it('should end a ministry\'s field at a comma before a listed body ("Kementerian Kesehatan, BPJS Kesehatan dan Kementerian Sosial")', () => {
    const names = extractEntities('Komisi IX meminta agar Kementerian Kesehatan, BPJS Kesehatan dan Kementerian Sosial duduk bersama.').organizations.map((o) => o.name);
    expect(names).toEqual(['Komisi IX', 'Kementerian Kesehatan', 'Badan Penyelenggara Jaminan Sosial Kesehatan', 'Kementerian Sosial']);
  });
});

describe('English titles pointing back at a ministry', () => {
  it('should link "Its secretary-general, X" and "The ministry\'s director general of <field>, Y" to the ministry named before', () => {
    const result = extractEntities(
      'The Industry Ministry has also weighed in. Its secretary-general, Rachmat Budiono Hadisoemarto, said the rule would stay. ' +
        "The Health Ministry responded. The ministry's director general of disease prevention and control, Irawati Sembiring Meliala, said cases rose.",
    );
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Rachmat Budiono Hadisoemarto', 'Kementerian Perindustrian', true],
      ['Irawati Sembiring Meliala', 'Kementerian Kesehatan', true],
    ]);
  });

  it('should link "<body> <English role> X" in English copy: AMAN\'s secretary-general, a Komnas HAM commissioner, the WHO Representative', () => {
    const result = extractEntities(
      'AMAN secretary-general Yosef Kaize Gebze said the land was customary forest. Komnas HAM commissioner Dewi Anggraini Tamba said the team would visit. ' +
        'WHO Representative to Indonesia Dr. Maria Elena Castillo said cases fell.',
    );
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Yosef Kaize Gebze', 'Aliansi Masyarakat Adat Nusantara'],
      ['Dewi Anggraini Tamba', 'Komisi Nasional Hak Asasi Manusia'],
      ['Maria Elena Castillo', 'World Health Organization'],
    ]);
  });
});

describe('a commitment-making officer', () => {
  it('should read "pejabat pembuat komitmen (PPK)" in lower case as a civil servant\'s title', () => {
    const result = extractEntities('Ia didampingi pejabat pembuat komitmen (PPK) Bidang Bina Marga, Rini Oktaviani, saat meninjau jalan.');
    expect(result.people.map((p) => [p.name, p.official])).toEqual([['Rini Oktaviani', true]]);
  });
});

describe('titles whose field reads like a street or a name', () => {
  it('should read "Plt Direktur Lalu Lintas Jalan X" as a director, no street, and "hakim ad hoc Tipikor Y" as a judge named Y', () => {
    const result = extractEntities(
      'Menhub didampingi Plt Direktur Lalu Lintas Jalan Arief Budiman Sitorus. Sidang dipimpin hakim ad hoc Tipikor Sudirman Hasan di Gorontalo.',
    );
    expect(result.people.map((p) => [p.name, p.titles[0]])).toEqual([
      ['Arief Budiman Sitorus', 'Plt Direktur Lalu Lintas Jalan'],
      ['Sudirman Hasan', 'hakim ad hoc Tipikor'],
    ]);
    expect(result.people[1]!.official).toBe(true);
    expect(result.locations.map((l) => l.name)).not.toContain('Jalan Arief Budiman Sitorus');
  });
});

describe('the House in English copy', () => {
  it('should read "the House of Representatives\' Commission III" as the DPR\'s commission, the DPR a body too, and "the NasDem Party" as the party, its member an official', () => {
    const text =
      "Fauzan Akbar Lubis, a member of the House of Representatives' Commission III overseeing law enforcement from the NasDem Party, urged the KPK to act.";
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Fauzan Akbar Lubis', 'Komisi III DPR', true]]);
    expect(result.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Dewan Perwakilan Rakyat', 'Partai NasDem']));
  });
});

describe('village heads by their regional titles', () => {
  it('should read a Minahasa "Hukum Tua" and a Maluku "Raja Negeri" as office holders, and keep "Tua" in a Batak name', () => {
    const result = extractEntities(
      'Hukum Tua Desa Marinsow Denny Mamahit menyambut wisatawan. Raja Negeri Hulaliu, Max Sahetapy, turut hadir. ' +
        'Direktur Reserse Narkoba Polda Sumut Kombes Pol Maruli Tua Siregar memimpin razia.',
    );
    expect(result.people.map((p) => [p.name, p.titles[0], p.official])).toEqual([
      ['Denny Mamahit', 'Hukum Tua Desa Marinsow', true],
      ['Max Sahetapy', 'Raja Negeri Hulaliu', true],
      ['Maruli Tua Siregar', 'Direktur Reserse Narkoba Polda Sumut', true],
    ]);
  });
});

describe('national bodies listed in session 18', () => {
  it('should read BP Tapera and the ministry written "KLH/BPLH", and link their officials', () => {
    const result = extractEntities(
      'Komisioner Badan Pengelola Tabungan Perumahan Rakyat (BP Tapera) Yohanes Surya Pamungkas menyebut dana siap. ' +
        'Deputi Bidang Penegakan Hukum Lingkungan Hidup KLH/BPLH Rasyid Ali Baswedan mengatakan izin dicabut.',
    );
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Yohanes Surya Pamungkas', 'Badan Pengelola Tabungan Perumahan Rakyat', true],
      ['Rasyid Ali Baswedan', 'Kementerian Lingkungan Hidup', true],
    ]);
  });

  it('should read "Kadin Indonesia" whole, so its vice chair\'s title with a field and his name are read ("... Bidang Hubungan Internasional X")', () => {
    const text = 'Wakil Ketua Umum Kadin Indonesia Bidang Hubungan Internasional Benny Soetrisno Wiradinata mengatakan Jepang investor terbesar.';
    expect(personIn(text, 'Benny Soetrisno Wiradinata')?.organization).toBe('Kamar Dagang dan Industri Indonesia');
  });
});

describe('foreign missions', () => {
  it('should read embassies as government bodies and link their diplomats, official, to them', () => {
    const result = extractEntities(
      'Minister-Counsellor Bidang Ekonomi Kedutaan Besar Jepang Kazuhiro Tanaka mengatakan investasi naik. ' +
        "The Chinese Embassy's economic and commercial counselor, Zhang Weiming, said the firm would comply. Kedubes Amerika Serikat diam.",
    );
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Kedutaan Besar Jepang', true],
      ['Chinese Embassy', true],
      ['Kedutaan Besar Amerika Serikat', true],
    ]);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Kazuhiro Tanaka', 'Kedutaan Besar Jepang', true],
      ['Zhang Weiming', 'Chinese Embassy', true],
    ]);
  });
});

describe('units of a state company', () => {
  it('should read PLN\'s units with the area they serve, one body however written, and link their managers to them', () => {
    const text =
      'General Manager PLN Unit Induk Wilayah (UIW) NTB Ketut Wirawan Adnyana menambahkan kebutuhan listrik tumbuh. ' +
      'Senior Manager Unit Bisnis Pembangkitan Jeranjang PLN Indonesia Power, Made Arya Sudarsana, mengatakan porsi biomassa naik. ' +
      'Manager PLN UP3 Balikpapan Bima Anindito juga hadir. Menurut Ketut, PLN UIW NTB siap.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Ketut Wirawan Adnyana', 'PLN Unit Induk Wilayah Nusa Tenggara Barat'],
      ['Made Arya Sudarsana', 'PT PLN Indonesia Power'],
      ['Bima Anindito', 'PLN Unit Pelaksana Pelayanan Pelanggan Balikpapan'],
    ]);
    const units = result.organizations.filter((o) => o.name.startsWith('PLN Unit'));
    expect(units.map((o) => [o.name, o.mentions.length])).toEqual([
      ['PLN Unit Induk Wilayah Nusa Tenggara Barat', 2],
      ['PLN Unit Bisnis Pembangkitan Jeranjang', 1],
      ['PLN Unit Pelaksana Pelayanan Pelanggan Balikpapan', 1],
    ]);
    expect(units[1]!.aliases).toContain('UBP Jeranjang');
  });
});

describe('brokerages and banks in business copy', () => {
  it('should read a brokerage named without "PT" ("Kiwoom Sekuritas Indonesia") and its analyst or head of research', () => {
    const result = extractEntities(
      'Analis Kiwoom Sekuritas Indonesia Andreas Wijaya menilai saham itu murah. Kepala Riset MNC Sekuritas, Budi Santoso, sepakat.',
    );
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Andreas Wijaya', ['Analis Kiwoom Sekuritas Indonesia'], 'Kiwoom Sekuritas Indonesia'],
      ['Budi Santoso', ['Kepala Riset MNC Sekuritas'], 'MNC Sekuritas'],
    ]);
  });

  it('should read the name a company goes by after "atau" as the company, and its officers\' titles with it', () => {
    const result = extractEntities(
      'PT Dayamitra Telekomunikasi Tbk (MTEL) atau Mitratel menyiapkan belanja modal. Direktur Utama Mitratel Yudistira Pramana Kusumo menjelaskan rencana itu.',
    );
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Yudistira Pramana Kusumo', 'PT Dayamitra Telekomunikasi Tbk']]);
    expect(result.organizations.find((o) => o.name === 'PT Dayamitra Telekomunikasi Tbk')?.aliases).toContain('Mitratel');
    // In a list, "atau" offers another item.
    const bands = extractEntities('Band yang terkenal seperti Slapshot, Dritte Wahl atau SS-Kaliert.').organizations;
    expect(bands.find((o) => o.name === 'Dritte Wahl')?.aliases ?? []).not.toContain('SS');
  });

  it('should end a listed bank\'s name before its economist\'s name ("Kepala Ekonom Bank Permata Josua Pardede")', () => {
    expect(personIn('Kepala Ekonom Bank Permata Josua Pardede menilai inflasi terkendali.', 'Josua Pardede')?.organization).toBe('Bank Permata');
  });
});

describe('English officers named before their title', () => {
  it('should give "X, corporate communications manager at PT Y, said" the title and the company', () => {
    const text = 'Ratih Puspitasari, corporate communications manager at PT Kariangau Samudra Terminal, said the port would open.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Ratih Puspitasari', ['corporate communications manager'], 'PT Kariangau Samudra Terminal'],
    ]);
  });

  it('should give "X, an energy analyst at the Jakarta-based think tank Y," the title without its article and the body', () => {
    const text =
      '"Every new smelter pushes the price down," said Reza Mahendra Putra, an energy analyst at the Jakarta-based think tank Energy Shift Institute.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Reza Mahendra Putra', ['energy analyst'], 'Energy Shift Institute'],
    ]);
  });

  it('should read a lower-case English field after a body\'s title ("BPKP deputy for investigation X", "KAI vice president of public relations Y")', () => {
    const text =
      'BPKP deputy for investigation Agung Prabowo Santoso said his team compared the prices. ' +
      'LKPP deputy for monitoring and evaluation Ratna Dewi Anggraeni said the agency would act.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.official])).toEqual([
      ['Agung Prabowo Santoso', ['BPKP deputy for investigation'], true],
      ['Ratna Dewi Anggraeni', ['LKPP deputy for monitoring and evaluation'], true],
    ]);
  });

  it('should read a name the tagger takes for a place as a person\'s when an English role is set off after it', () => {
    const text =
      'Lestari Ningrum Hasibuan, a labor economist at the University of Indonesia, said the debate ignored informal workers.\n\n' +
      '"The minimum wage matters for formal factory workers," she said.';
    const result = extractEntities(text);
    expect(result.locations.map((l) => l.name)).not.toContain('Lestari Ningrum Hasibuan');
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Lestari Ningrum Hasibuan']);
  });

  it('should give a title naming no body, listed after a company\'s officer, that company; not a student council\'s', () => {
    const company = extractEntities(
      'Dari pihak perusahaan hadir Estate Manager PT Agro Tanah Grogot, Johannes Purba, serta Head of Legal & Corporate Affairs, Wenny Oktaviani.',
    );
    expect(company.people.map((p) => p.organization)).toEqual(['PT Agro Tanah Grogot', 'PT Agro Tanah Grogot']);
    const council = extractEntities(
      'Aksi itu diikuti Ketua Dewan Perwakilan Mahasiswa Fakultas Hukum, Nabila Salsabila Putri, dan Koordinator Lapangan Aksi, Fikri Ramadhan Tahir.',
    );
    expect(council.people.find((p) => p.name === 'Fikri Ramadhan Tahir')?.organization).toBeNull();
  });

  it('should give "The agency\'s head, X," the agency the sentence before names in English', () => {
    const text = "The East Kalimantan Environment Agency will check the spill. The agency's head, Anwar Sanusi Rahim, said samples were taken.";
    expect(extractEntities(text).people.map((p) => [p.titles, p.organization, p.official])).toEqual([
      [['head'], 'Dinas Lingkungan Hidup Kalimantan Timur', true],
    ]);
  });

  it('should give "Kepala puskesmas, X", "Pimpinan pondok, X" and "Kepala sekolah, X" the last puskesmas, pesantren or school named before', () => {
    const text =
      'Di Puskesmas Gunung Samarinda, Balikpapan, kasus naik. Kepala puskesmas, dr. Yohana Maria Lestari, mengatakan pasien bertambah. ' +
      'Banjir merendam Pondok Pesantren Darussalam. Pimpinan pondok, KH Ahmad Fauzi Rasyid, membuka aula. ' +
      'Siswa SMAN 2 Bontang libur. Kepala sekolah, Drs. Budi Hartono, memastikan ujian aman.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Yohana Maria Lestari', 'Puskesmas Gunung Samarinda', true],
      ['Ahmad Fauzi Rasyid', 'Pondok Pesantren Darussalam', false],
      ['Budi Hartono', 'SMA Negeri 2 Bontang', true],
    ]);
  });

  it('should give "The hospital\'s director", "The developer\'s director", "The directorate\'s head" and "the chamber\'s chairman" the last body of that kind', () => {
    const text =
      'Patients were taken to the Dr. Soedarso Regional General Hospital in Pontianak. The hospital\'s director, Dr. Fitriyah Nurhayati, said eight were in care. ' +
      'The toll road is built by PT Bali Dwipa Tol Lestari under the Bali Public Works Agency. The developer\'s director of land affairs, Gede Arimbawa, said land was ready. ' +
      'The case is handled by the Central Java Police\'s Special Crimes Directorate. The directorate\'s head, Senior Commissioner Agus Triatmojo, said two were held. ' +
      'The Indonesian Chamber of Commerce and Industry (Kadin) of East Kalimantan backed the plan, said the chamber\'s chairman, Hendra Wijaya Tanoto.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([
      ['Fitriyah Nurhayati', 'Dr. Soedarso Regional General Hospital'],
      ['Gede Arimbawa', 'PT Bali Dwipa Tol Lestari'],
      ['Agus Triatmojo', 'Polda Jawa Tengah'],
      ['Hendra Wijaya Tanoto', 'Kamar Dagang dan Industri Indonesia'],
    ]);
  });

  it('should give "The office\'s head of special crimes, X," the state office named before, not the bank whose case it is', () => {
    const text =
      'The East Java High Prosecutor\'s Office has seized a hotel from suspects in a loan scheme at PT Bank Pembangunan Daerah Jawa Timur (Bank Jatim). The suspects borrowed from Bank Jatim in 2019.\n\n' +
      "The office's head of special crimes, Windu Sasongko Adi, said on Friday the assets were worth Rp 148 billion.";
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([['Windu Sasongko Adi', 'Kejaksaan Tinggi Jawa Timur', true]]);
  });

  it('should read "Spokesman X said" as the voice of the body the lead opens with, and "Chief Justice X" as the court\'s', () => {
    const text =
      "Medan, North Sumatra — The North Sumatra High Prosecutor's Office has named four suspects over the sale of plantation land to PT Griya Karya Deli.\n\n" +
      'Spokesman Bonifasius Purba said the suspects had been detained for 20 days.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization, p.official])).toEqual([
      ['Bonifasius Purba', ['Spokesman'], 'Kejaksaan Tinggi Sumatera Utara', true],
    ]);
    // A body named after a verb of the lead is no subject whose voice a bare spokesman is.
    const object = extractEntities('Residents have blocked the gate of PT Griya Karya Deli for a week.\n\nSpokesman Bonifasius Purba said talks would go on.');
    expect(object.people.map((p) => [p.name, p.organization])).toEqual([['Bonifasius Purba', null]]);
    const court = extractEntities('The Constitutional Court struck down the rule. In a ruling read out by Chief Justice Heru Santoso Wibisono, the bench said it was unfair.');
    expect(court.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Heru Santoso Wibisono', 'Mahkamah Konstitusi', true]]);
  });

  it('should read "Balikpapan Port Authority head X" as the head of the port authority (KSOP) of Balikpapan', () => {
    const text = 'BALIKPAPAN (ANTARA) - Balikpapan Port Authority head Yuniarto Wibisono said ships were inspected.';
    expect(extractEntities(text).people.map((p) => [p.organization, p.official])).toEqual([['Kantor Kesyahbandaran dan Otoritas Pelabuhan Balikpapan', true]]);
  });

  it('should give "Penyuluh pertanian dari BPP X, Y," the role and the body', () => {
    const text = 'Penyuluh pertanian dari Balai Penyuluhan Pertanian (BPP) Sigi Biromaru, Margaretha Tandiari, mengatakan panen bagus.';
    expect(extractEntities(text).people.map((p) => [p.titles, p.organization])).toEqual([[['Penyuluh pertanian'], 'Balai Penyuluhan Pertanian Sigi']]);
  });

  it('should keep the title before a priest\'s address and give him the network the title names ("Koordinator X (ACR), Pastor Y SVD,")', () => {
    const text = 'Koordinator Jaringan Peduli Migran NTT (Jarpem NTT), Pastor Yulius Bere SVD, meminta polisi bertindak.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Yulius Bere', ['Koordinator Jaringan Peduli Migran NTT (Jarpem NTT)'], 'Jaringan Peduli Migran NTT'],
    ]);
  });

  it('should read a union, network or coalition named with its head word as a body ("Kesatuan Nelayan Tradisional Indonesia (KNTI)")', () => {
    const result = extractEntities('Ketua Umum Kesatuan Nelayan Tradisional Indonesia (KNTI), Sugeng Riyadi Wahono, meminta solar. KNTI menolak impor.');
    expect(result.organizations.map((o) => [o.name, o.acronym, o.mentions.length])).toEqual([['Kesatuan Nelayan Tradisional Indonesia', 'KNTI', 3]]);
    expect(result.people[0]?.organization).toBe('Kesatuan Nelayan Tradisional Indonesia');
    // A day named like one is an event: "Hari Kesatuan Gerak (HKG) PKK".
    expect(extractEntities('Warga memperingati Hari Kesatuan Gerak (HKG) PKK ke-53 di pendopo.').organizations.map((o) => o.name)).not.toContain('Kesatuan Gerak');
  });

  it('should know the Aceh government\'s own offices (Dinas Pendidikan Dayah, Dinas Syariat Islam) and not cut them to a common one', () => {
    const text = 'Plt Kepala Dinas Pendidikan Dayah Aceh Utara, Muhammad Amin Usman, dan Kepala Dinas Syariat Islam Aceh, Zahrol Fajri, hadir.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Muhammad Amin Usman', 'Dinas Pendidikan Dayah Aceh Utara', true],
      ['Zahrol Fajri', 'Dinas Syariat Islam Aceh', true],
    ]);
  });

  it('should read a ministry\'s English name in the order the list does not hold ("Public Works Ministry" for "Ministry of Public Works")', () => {
    const result = extractEntities('JAKARTA - The Public Works Ministry will build the wall, the ministry said.');
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([['Kementerian Pekerjaan Umum', true]]);
  });

  it.each([
    ['The Environment Ministry', 'Kementerian Lingkungan Hidup'],
    ['The Ministry of Human Rights', 'Kementerian Hak Asasi Manusia'],
    ['The Creative Economy Ministry', 'Kementerian Ekonomi Kreatif'],
    ['The Cabinet Secretariat', 'Sekretariat Kabinet'],
    ['The Agrarian and Spatial Planning Ministry', 'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional'],
    ['The Investment and Downstream Industry Ministry', 'Kementerian Investasi/BKPM'],
    ['The National Narcotics Agency', 'Badan Narkotika Nasional'],
    ['The Peat and Mangrove Restoration Agency (BRGM)', 'Badan Restorasi Gambut dan Mangrove'],
    ['The Indonesia Endowment Fund for Education Agency (LPDP)', 'Lembaga Pengelola Dana Pendidikan'],
    ['The Corruption Eradication Commission', 'Komisi Pemberantasan Korupsi'],
    ['The Indonesia Deposit Insurance Corporation', 'Lembaga Penjamin Simpanan'],
    ['The National Research and Innovation Agency', 'Badan Riset dan Inovasi Nasional'],
    ['The Food and Drug Supervisory Agency', 'Badan Pengawas Obat dan Makanan'],
    ['The Constitutional Court', 'Mahkamah Konstitusi'],
    ['The Presidential Staff Office (KSP)', 'Kantor Staf Presiden'],
    ['The Supreme Court Supervisory Agency', 'Badan Pengawasan Mahkamah Agung'],
  ])('should know the English names of national bodies and the 2024 cabinet\'s ministries: "%s"', (opening, name) => {
    expect(extractEntities(`${opening} issued a statement on Monday.`).organizations.map((o) => o.name)).toEqual([name]);
  });

  it('should give "Its operations director" the company, not a ministry named after it', () => {
    const text =
      'Residents reported PT Tanjung Batu Terminal to the Environment Ministry. The operator denied the claim. Its operations director, Rudy Gunawan, said permits were complete.';
    expect(personIn(text, 'Rudy Gunawan')?.organization).toBe('PT Tanjung Batu Terminal');
  });

  it('should read "Pemerintah Kota (Pemkot) Jayapura" as one body with its short form, the region after it', () => {
    const result = extractEntities('Namun ia memastikan Pemerintah Kota (Pemkot) Jayapura tidak akan memaksa pedagang. Pemkot Jayapura menyiapkan lahan.');
    expect(result.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Pemerintah Kota Jayapura', 2]]);
  });

  it('should give a Direktur Jenderal of a directorate no list knows the one ministry the story names, and none where it names two', () => {
    const one = 'Sekretaris Jenderal Kementan Hermanto Wibisono didampingi Direktur Jenderal Tanaman Pangan Sutrisno Adi Nugroho.';
    expect(personIn(one, 'Sutrisno Adi Nugroho')?.organization).toBe('Kementerian Pertanian');
    const two = 'Menteri Keuangan dan Kementan hadir. Direktur Jenderal Tanaman Pangan Sutrisno Adi Nugroho juga hadir di Kementerian Perdagangan.';
    expect(personIn(two, 'Sutrisno Adi Nugroho')?.organization).toBeNull();
  });

  it.each([
    ['Ketua Muslimat NU Jawa Timur, Siti Aminah, hadir.', 'Muslimat Nahdlatul Ulama Jawa Timur'],
    ['Ketua Pemuda Muhammadiyah Kaltim, Andi Rahman, hadir.', 'Pemuda Muhammadiyah Kalimantan Timur'],
    ['Ketua Dharma Wanita Persatuan Kaltim, Ani Lestari, hadir.', 'Dharma Wanita Persatuan Kalimantan Timur'],
    ['Ketua FKUB Samarinda, Budi Santoso, hadir.', 'Forum Kerukunan Umat Beragama Samarinda'],
  ])('should link the head of a mass organization\'s or faith council\'s branch to it, not to its parent: "%s"', (text, organization) => {
    expect(extractEntities(text).people[0]?.organization).toBe(organization);
  });

  it('should keep a listed company\'s whole name before "Tbk", a given name inside it or not ("PT Graha Lestari Properti Tbk")', () => {
    const result = extractEntities('RUPST PT Graha Lestari Properti Tbk (GLPI) menyetujui dividen. Direktur Keuangan GLPI Cynthia Sutanto menjelaskan.');
    expect(result.organizations.map((o) => [o.name, o.acronym])).toEqual([['PT Graha Lestari Properti Tbk', 'GLPI']]);
  });

  it('should give the board titles of a story about one company that company, and read "Presiden Komisaris" as no head of state', () => {
    const text =
      'RUPST PT Graha Lestari Properti Tbk (GLPI) menyetujui dividen. Pemegang saham mengangkat Bambang Hadiwinata sebagai Presiden Komisaris. ' +
      'Susunan direksi GLPI kini terdiri atas Presiden Direktur Hartono Gunadi Liem dan Direktur Pengembangan Proyek Ignatius Raka Prabowo. GLPI membagi dividen.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Bambang Hadiwinata', 'PT Graha Lestari Properti Tbk', false],
      ['Hartono Gunadi Liem', 'PT Graha Lestari Properti Tbk', false],
      ['Ignatius Raka Prabowo', 'PT Graha Lestari Properti Tbk', false],
    ]);
  });

  it('should read ", the OJK chief executive for insurance supervision," after a name as the title and body of an official', () => {
    const text = 'The Financial Services Authority (OJK) asked for a report. Rudianto Halim Saputra, the OJK chief executive for insurance supervision, said the breach would count.';
    expect(extractEntities(text).people.map((p) => [p.titles, p.organization, p.official])).toEqual([
      [['OJK chief executive for insurance supervision'], 'Otoritas Jasa Keuangan', true],
    ]);
  });

  it.each([
    ['Petrus Yanengga, the Mimika regional secretary, opened the meeting.', 'Mimika regional secretary', 'Pemerintah Kabupaten Mimika'],
    ['Rudy Masud, the East Kalimantan governor, said the plan was ready.', 'East Kalimantan governor', 'Pemerintah Provinsi Kalimantan Timur'],
    ['The governor of East Kalimantan, Rudy Masud, said the plan was ready.', 'governor of East Kalimantan', 'Pemerintah Provinsi Kalimantan Timur'],
    ['Yulius Kambu, the regent of Mimika, said the road was open.', 'regent of Mimika', 'Pemerintah Kabupaten Mimika'],
    ['The plan was read by the district secretary, Yulius Kambu, at the Jayawijaya meeting.', 'district secretary Jayawijaya', 'Pemerintah Kabupaten Jayawijaya'],
  ])('should read an English region head\'s title set off after or before the name: "%s"', (text, title, organization) => {
    expect(extractEntities(text).people.map((p) => [p.titles, p.organization, p.official])).toEqual([[[title], organization, true]]);
  });

  it.each([
    ['"Rain forced us back twice," head of the Samarinda Health Office, Yusuf Latumahina, said here on Wednesday.', 'head of the Samarinda Health Office'],
    ['Frans Wowor, who is the head of the Samarinda Health Office, said the vaccine arrived.', 'head of the Samarinda Health Office'],
    ['Frans Wowor, who is also head of the Samarinda Health Office, said the vaccine arrived.', 'head of the Samarinda Health Office'],
    ['Yohanes Wanma, who is the Samarinda city secretary, said the road was closed.', 'Samarinda city secretary'],
  ])('should give a name the English title set off after a quote or after "who is": "%s"', (text, title) => {
    expect(extractEntities(text).people.map((p) => [p.titles, p.official])).toEqual([[[title], true]]);
  });

  it('should read "X, SBM\'s president director," as the officer of the company whose possessive opens the title', () => {
    const text = 'PT Sulawesi Bumi Mineral (SBM) plans a plant. Chen Weiming, SBM\'s president director, said the company would buy ore.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization])).toEqual([['Chen Weiming', ["SBM's president director"], 'PT Sulawesi Bumi Mineral']]);
  });

  it('should link "The assembly\'s chairman, X" to the assembly named before, not to a court named between', () => {
    const text =
      "The Papua People's Assembly (MRP) asked the KPU to keep the noken system. The Constitutional Court has recognized it since 2009. The assembly's chairman, Yulius Wetipo, said on Monday that the MRP had sent a letter.";
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([['Yulius Wetipo', 'Majelis Rakyat Papua', true]]);
  });

  it('should know BSSN, ELSAM and Komdigi by the English names the Jakarta Post gives them, and cut no agency out of them', () => {
    const text =
      'The Communications and Digital Ministry summoned the insurer, which reported to the National Cyber and Crypto Agency (BSSN). Wahyu Purba, the executive director of the Institute for Policy Research and Advocacy (ELSAM), noted the gap.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Kementerian Komunikasi dan Digital', 'Badan Siber dan Sandi Negara', 'Lembaga Studi dan Advokasi Masyarakat']);
    expect(result.people[0]?.organization).toBe('Lembaga Studi dan Advokasi Masyarakat');
  });

  it('should read an English name whose words "and" joins whole, and two names joined by "and" as two', () => {
    const names = (text: string) => extractEntities(text).organizations.map((o) => o.name);
    expect(names('Hendra Lim, chairman of the Indonesian Hotel and Restaurant Association (PHRI), said rooms were full.')).toEqual([
      'Indonesian Hotel and Restaurant Association',
    ]);
    expect(names('The contract went to Obayashi Corporation and Mitsubishi Heavy Industries last year.')).toEqual(['Obayashi Corporation', 'Mitsubishi Heavy Industries']);
  });

  it('should read who fills a post in a rotation list ("Posisi Kepala Bappeda kini diisi X", "Camat Citangkil dijabat Y")', () => {
    const text =
      'CILEGON - Wali Kota melantik 31 pejabat Pemerintah Kota Cilegon. Posisi Kepala Bappeda kini diisi Hanifah Nurlaela. Adapun Kepala Satpol PP kini dijabat Edi Supriyanto, dan Camat Citangkil dijabat Rina Marlina.';
    expect(extractEntities(text).people.filter((p) => p.name !== 'Wali Kota').map((p) => [p.name, p.titles, p.official])).toEqual([
      ['Hanifah Nurlaela', ['Kepala Bappeda'], true],
      ['Edi Supriyanto', ['Kepala Satpol PP'], true],
      ['Rina Marlina', ['Camat Citangkil'], true],
    ]);
  });

  it('should keep the kecamatan of "Camat Citangkil X dilantik sebagai Y" out of the name, and give X the post appointed to', () => {
    const text = 'CILEGON - Camat Citangkil Tubagus Rizki Maulana dilantik sebagai Kepala Dinas Lingkungan Hidup (DLH) Kota Cilegon.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([['Tubagus Rizki Maulana', 'Dinas Lingkungan Hidup Cilegon']]);
  });

  it('should keep "Raja" opening a Riau or Batak name after a title\'s comma ("Wakil Bupati Lingga, Raja Zulkarnain"), who speaks after', () => {
    const text = 'Acara itu dihadiri Wakil Bupati Lingga, Raja Zulkarnain. Raja Zulkarnain berterima kasih. "Kami di Lingga ini kabupaten kepulauan," ucapnya.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Raja Zulkarnain', 'Pemerintah Kabupaten Lingga', true]]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Raja Zulkarnain']);
  });

  it('should give "BRI\'s Pekalongan branch manager, X" the branch read over the title\'s first word', () => {
    const text = "BRI's Pekalongan branch manager, Ratih Kusumaningrum, said loans grew.";
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([['Ratih Kusumaningrum', 'PT Bank Rakyat Indonesia (Persero) Tbk Pekalongan']]);
  });

  it('should read "a member of House Commission I" as a member of the DPR\'s Komisi I, and "Global Fund" as the fund', () => {
    const text = 'Farida Nurul Aini, a member of House Commission I, which oversees communications, said the law was needed. Alat itu dibeli dengan hibah Global Fund.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Farida Nurul Aini', 'Komisi I DPR', true]]);
    expect(result.organizations.map((o) => o.name)).toEqual(['Komisi I DPR', 'The Global Fund to Fight AIDS, Tuberculosis and Malaria']);
  });

  it('should give suspects named first by initials ("HWP selaku mantan Direktur ...") their post once the text names them ("HWP adalah X")', () => {
    const text =
      'Ketiga tersangka ialah HWP selaku mantan Direktur Korporasi PT Bank Mitra Niaga, TG selaku Direktur Utama PT Kencana Samudra Tekstil (KST), ' +
      'dan YS selaku pejabat bank. HWP adalah Heru Wibowo Putranto, sedangkan TG adalah pengusaha tekstil asal Karawang, Tjandra Gunawan. ' +
      'Rektor UTSU yaitu Alamin Pomayaan hadir.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.aliases])).toEqual([
      ['Heru Wibowo Putranto', 'Bank Mitra Niaga', ['HWP']],
      ['Tjandra Gunawan', 'PT Kencana Samudra Tekstil', ['TG']],
      ['Alamin Pomayaan', expect.anything(), []],
    ]);
    expect(result.organizations.map((o) => o.name)).not.toContain('HWP');
  });

  it('should link "Auriga\'s forest program director, X" to Auriga Nusantara, named by its short name', () => {
    const text = "Auriga Nusantara said the loss was severe. Auriga's forest program director, Yudha Prasetya Utama, said the data was clear.";
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([['Yudha Prasetya Utama', 'Auriga Nusantara']]);
  });

  it('should read a body or region, a field word or two, then an English title in lower case ("Greenpeace Indonesia forest campaigner X", "Mempawah district head X")', () => {
    const text = 'Greenpeace Indonesia forest campaigner Nadia Kusumadewi Rangkuti said. Mempawah district head Erlinda Saputri said her administration was ready.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Nadia Kusumadewi Rangkuti', 'Greenpeace Indonesia', false],
      ['Erlinda Saputri', 'Pemerintah Kabupaten Mempawah', true],
    ]);
  });

  it('should link an untitled speaker to the body after "dari" ("kata Pdt. X dari GKII Malinau"), not to where one is held ("at the KPK"), and seat a faction member', () => {
    const text =
      '"Kita diberkati," kata Pdt. Daniel Lawing dari Gereja Kemah Injili Indonesia (GKII) Malinau. Investigators detained Yuliana Anggraeni at the KPK building. ' +
      'Rapat DPRD Samarinda digelar. Muhammad Ilham Bachtiar, S.Pd. dari Fraksi Partai Keadilan Sejahtera menolak. Ketua Matakin Xs Lie Kim Hok hadir.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([
      ['Daniel Lawing', 'Gereja Kemah Injili Indonesia Malinau'],
      ['Yuliana Anggraeni', null],
      ['Muhammad Ilham Bachtiar', 'DPRD Samarinda'],
      ['Lie Kim Hok', 'Majelis Tinggi Agama Khonghucu Indonesia'],
    ]);
  });

  it('should read "State-Owned Enterprises Minister X", "SOE Ministry" and "KPK prosecutor X" as the ministry and the KPK', () => {
    const text =
      'State-Owned Enterprises Minister Bramantyo Wiratama said the banks would lend more. The SOE Ministry oversees them. ' +
      'KPK prosecutor Wulandari Putri Hasibuan said her team would study the ruling.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Bramantyo Wiratama', 'Kementerian Badan Usaha Milik Negara', true],
      ['Wulandari Putri Hasibuan', 'Komisi Pemberantasan Korupsi', true],
    ]);
    expect(result.organizations.map((o) => o.name)).toEqual(['Kementerian Badan Usaha Milik Negara', 'Komisi Pemberantasan Korupsi']);
  });

  it('should seat "Anggota dari Fraksi X (ACR), Y" in the house or commission the story names, an official', () => {
    const text = 'Rapat Komisi III DPR dengan KPK berlangsung panas. Anggota dari Fraksi Partai Keadilan Sejahtera (PKS), Muhammad Fikri Assegaf, meminta KPK tegas.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([['Muhammad Fikri Assegaf', 'Komisi III DPR', true]]);
  });

  it('should link an untitled person to the employer a clause after the name names ("yang bekerja untuk subkontraktor PT X")', () => {
    const text =
      'Korban bernama Fransiskus Neno Bataona (34), warga Desa Sepaso, Kecamatan Bengalon, yang bekerja untuk subkontraktor PT Cipta Mekar Tambang Nusantara. ' +
      'Rekannya, Budi (30), yang bekerja sebagai operator alat berat di PT Kaltim Prima Coal, selamat.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([
      ['Fransiskus Neno Bataona', 'PT Cipta Mekar Tambang Nusantara'],
      ['Budi', 'PT Kaltim Prima Coal'],
    ]);
  });

  it('should link a lawyer named after the client to the body after his degrees ("X, S.H., dari LBH Y")', () => {
    const text = 'Kuasa hukum Syarifuddin, Rizal Arsyad, S.H., dari Lembaga Bantuan Hukum (LBH) Dou Mbojo, menyatakan kliennya kooperatif.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([
      ['Syarifuddin', null],
      ['Rizal Arsyad', 'Lembaga Bantuan Hukum Dou Mbojo'],
    ]);
  });

  it('should read a ministry\'s inspector general as its official, and the police rank spelled out as a rank', () => {
    const text =
      "The Public Works Ministry said it would cooperate. The ministry's inspector general, Wahyuningsih Rahayu, said audits began. " +
      'Kapolda Kaltim Inspektur Jenderal Polisi Endar Priantoro hadir bersama Kapolres Bontang Ajun Komisaris Besar Polisi Alex Frestian.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization, p.official])).toEqual([
      ['Wahyuningsih Rahayu', ['inspector general'], 'Kementerian Pekerjaan Umum', true],
      ['Endar Priantoro', ['Kapolda Kaltim', 'Inspektur Jenderal Polisi'], 'Polda Kalimantan Timur', true],
      ['Alex Frestian', ['Kapolres Bontang', 'Ajun Komisaris Besar Polisi'], 'Polres Bontang', true],
    ]);
  });

  it('should give "Vice Minister of X" and "Deputy Minister of X" the ministry of X, as "Minister of X" is', () => {
    const text = 'Vice Minister of Finance Suahasil Nazara said. Deputy Minister of Public Works Diana Kusumastuti added.';
    expect(extractEntities(text).people.map((p) => p.organization)).toEqual(['Kementerian Keuangan', 'Kementerian Pekerjaan Umum']);
  });

  it('should read "Judge X of the Y Court" as a judge of that court, not of the court named before', () => {
    const text = 'Gatot will file a motion at the South Jakarta District Court. Last year, Judge Marlina Siregar of the Semarang Corruption Court sentenced a former official.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization, p.official])).toEqual([
      ['Marlina Siregar', ['Judge'], 'Pengadilan Tindak Pidana Korupsi Semarang', true],
    ]);
  });

  it('should read the Attorney General\'s deputies written without "Bidang" ("Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus)") as their units', () => {
    const text = 'Direktur Penyidikan pada Jaksa Agung Muda Tindak Pidana Khusus (Jampidsus) Nurcahyo Adi Saputra menjelaskan modusnya.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Nurcahyo Adi Saputra', 'Jaksa Agung Muda Bidang Tindak Pidana Khusus', true],
    ]);
  });

  it('should keep "Indonesia" after a body\'s short form where the list names it so, and link the name after it', () => {
    const text = 'Peneliti Center of Reform on Economics (CORE) Indonesia Yusuf Ramadhan Harahap menilai inflasi terkendali.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([['Yusuf Ramadhan Harahap', 'Center of Reform on Economics']]);
  });

  it('should read past ", yang selama ini <former post>," to the name before "dilantik sebagai <post>"', () => {
    const text =
      'CILEGON - Nius Asso, S.Sos., yang selama ini Kepala Bidang Ketenteraman dan Ketertiban Umum, dilantik sebagai Kepala Dinas Lingkungan Hidup (DLH) Kota Cilegon.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization, p.official])).toEqual([
      ['Nius Asso', ['Kepala Dinas Lingkungan Hidup (DLH) Kota Cilegon'], 'Dinas Lingkungan Hidup Cilegon', true],
    ]);
  });

  it('should know the Attorney General\'s deputies\' units (Jampidsus) and pension funds (Dana Pensiun X) as bodies, and keep their short forms out of names', () => {
    const text =
      'Kejaksaan Agung menyidik korupsi Dana Pensiun Semen Nusantara (DPSN). Tersangka adalah mantan Direktur Utama DPSN Benny Gozali. Direktur Penyidikan Jampidsus Syarief Hidayat Tampubolon menjelaskan modusnya.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([
      ['Benny Gozali', 'Dana Pensiun Semen Nusantara'],
      ['Syarief Hidayat Tampubolon', 'Jaksa Agung Muda Bidang Tindak Pidana Khusus'],
    ]);
  });

  it('should read an English regional office of two fields and a town\'s immigration office, and give "Its head" the office, not a plane\'s maker', () => {
    const text =
      'The head of the Belitung Tourism and Culture Office, Rosmalia Yunita, noted the rise. The runway fits the Airbus A320 aircraft. The Tanjung Pandan immigration office has assigned 14 officers to the airport. Its head, Dimas Arya Pratama, told ANTARA.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Dinas Pariwisata dan Kebudayaan Belitung', 'Kantor Imigrasi Tanjung Pandan']);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Rosmalia Yunita', 'Dinas Pariwisata dan Kebudayaan Belitung'],
      ['Dimas Arya Pratama', 'Kantor Imigrasi Tanjung Pandan'],
    ]);
  });

  it('should read schools named by status or foundation without a number, and give a role set off after a name the body after it', () => {
    const text =
      'Penghargaan diberikan kepada Martina Uren (44), guru SD Negeri Sei Hanyo di Kecamatan Kapuas Hulu, dan Nurul Aini, guru TK Pertiwi Bataguh. Murid SD Muhammadiyah 9 Banjarmasin dan SD Katolik Belanda ikut.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['SD Negeri Sei Hanyo', 'TK Pertiwi Bataguh', 'SD Muhammadiyah 9 Banjarmasin']);
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Martina Uren', ['guru'], 'SD Negeri Sei Hanyo'],
      ['Nurul Aini', ['guru'], 'TK Pertiwi Bataguh'],
    ]);
  });

  it('should read a listed company\'s first word written alone as its short name, and English officer titles before and after the name', () => {
    const text =
      'Electric motorcycle maker PT Arka Elektrik Mobilitas Tbk (AREM) swung to a profit. Arka sold 58,200 units. Arka president director Johan Wirawan said sales rose. ' +
      "Arka's finance director, Meilinda Hartono, said the loan was signed. Bank Permata chief economist Anggraeni Kusumastuti agreed. Maria Lubis, chief economist at PT Bank Central Asia Tbk (BCA), disagreed.";
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([
      ['Johan Wirawan', 'PT Arka Elektrik Mobilitas Tbk'],
      ['Meilinda Hartono', 'PT Arka Elektrik Mobilitas Tbk'],
      ['Anggraeni Kusumastuti', 'Bank Permata'],
      ['Maria Lubis', 'PT Bank Central Asia Tbk'],
    ]);
  });

  it('should read a diocesan priest\'s "RD" as no part of his name, a church commission as no government body, and Christmas as no place', () => {
    const text = 'Ketua Komisi Kesehatan Keuskupan Maumere, RD Vinsensius Wolo, menyebut pengamanan Natal 2025 sudah disiapkan.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Vinsensius Wolo', 'Keuskupan Maumere', false]]);
    expect(result.locations).toEqual([]);
  });

  it('should read "the Bogor regency administration" as the regency\'s government, a city of that name or not, and "the Bogor administration" after it as the same', () => {
    const text = 'The Bogor regency administration has begun demolishing villas. The Bogor administration plans more next month.';
    expect(extractEntities(text).organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Pemerintah Kabupaten Bogor', 2]]);
  });

  it('should read no body in an English article before where a body is from ("The Indonesian government", "The Aceh-born banker")', () => {
    const text = 'The Indonesian government agreed on Monday. The Aceh-born banker, who took over last year, declined to comment.';
    expect(extractEntities(text).organizations).toEqual([]);
  });

  it('should read a bare "Inspektorat Jenderal" as a ministry\'s inspectorate, not the home region\'s Inspektorat', () => {
    const text = 'JAKARTA - Kemendiktisaintek membentuk tim pemantau bersama Inspektorat Jenderal untuk mengawasi UKT.';
    expect(extractEntities(text).organizations.map((o) => o.name)).toContain('Inspektorat Jenderal');
    expect(extractEntities(text).organizations.map((o) => o.name)).not.toContain('Inspektorat DKI Jakarta');
  });

  it('should keep the country an ambassador is posted to in the title, and read the name after it whole', () => {
    const text = 'Duta Besar RI untuk Kanada Laksmi Pratiwi Handayani hadir. Duta Besar Jepang untuk Indonesia Kenji Matsuura menambahkan.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.official])).toEqual([
      ['Laksmi Pratiwi Handayani', ['Duta Besar RI untuk Kanada'], true],
      ['Kenji Matsuura', ['Duta Besar Jepang untuk Indonesia'], true],
    ]);
  });

  it('should read Indonesia\'s own missions abroad (KBRI, KJRI) as government bodies', () => {
    const result = extractEntities('KBRI akan membuka pusat promosi dagang di Toronto. KJRI Jeddah siap membantu jemaah.');
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Kedutaan Besar Republik Indonesia', true],
      ['Konsulat Jenderal Republik Indonesia', true],
    ]);
  });

  it('should read names holding an abbreviation\'s period, a Balinese opener after an English title, and five words before a verb whole', () => {
    const names = (text: string) => extractEntities(text).people.map((p) => p.name);
    expect(names('Terdakwa kedua adalah kepala teknik tambang perusahaan itu, Muh. Ilham Saranani. Keduanya didakwa.')).toEqual(['Muh. Ilham Saranani']);
    expect(names('Selain itu, Zulfahmi Dt. Bangso yang sebelumnya Kepala Bagian Umum dilantik.')).toEqual(['Zulfahmi Dt. Bangso']);
    expect(names('Vice Minister of Tourism Ni Luh Putu Ariani said the program would continue.')).toEqual(['Ni Luh Putu Ariani']);
    expect(names('Raden Mas Arya Wicaksana Kusumo menyebut pasokan dikuasai distributor.')).toEqual(['Raden Mas Arya Wicaksana Kusumo']);
    expect(names('"We are ready," Sam Ratulangi Airport Daniel Kristian Pangemanan said.')).toEqual(['Daniel Kristian Pangemanan']);
  });

  it('should read a titled person\'s short form before a reporting verb as that person, a place the tagger read in it or not', () => {
    const text =
      'Hadir Asisten Perekonomian, Datu Iskandar Zulkarnain, dan Kepala OJK, Ketut Ardana Putra. Datu Iskandar menyampaikan apresiasi. "Kita punya garis pantai panjang," katanya.';
    expect(extractEntities(text).quotes.map((q) => q.speaker)).toEqual(['Datu Iskandar Zulkarnain']);
  });

  it('should give a quote closed by "katanya" to the subject of the reporting verb before it, not to the people its clause names', () => {
    const text =
      'Inspektur Jenderal Kementerian PU Hasan Basri Lubis menyatakan kementerian telah membebastugaskan Syahrial Effendi dan Dedi Kurniadi sejak Januari.\n\n"Kami menghormati proses hukum di KPK," katanya.';
    expect(extractEntities(text).quotes.map((q) => q.speaker)).toEqual(['Hasan Basri Lubis']);
  });

  it('should link English officers by a company\'s two-word short name, a bare board post in a one-company story and a body\'s possessive', () => {
    const company =
      'State-owned PT Geo Dipa Energi (Persero) will expand Dieng. Geo Dipa President Director Andika Siahaan said wells were drilled. Residents asked Geo Dipa to stop. Finance director Lidya Sitompul said loans were secured.';
    expect(extractEntities(company).people.map((p) => [p.name, p.organization])).toEqual([
      ['Andika Siahaan', 'PT Geo Dipa Energi'],
      ['Lidya Sitompul', 'PT Geo Dipa Energi'],
    ]);
    const ngo =
      'The Indonesian Forum for the Environment (Walhi) objected. Walhi\'s national campaign manager for forests and plantations, Rina Sembiring, said the project failed. Dina Marlina, director of the Mataram-based Samawa Water Forum, agreed.';
    expect(extractEntities(ngo).people.map((p) => [p.name, p.organization])).toEqual([
      ['Rina Sembiring', 'Wahana Lingkungan Hidup Indonesia'],
      ['Dina Marlina', 'Samawa Water Forum'],
    ]);
  });

  it('should read an English village head and a faction\'s group leader in a DPR commission (Kapoksi) as officials', () => {
    const people = (text: string) => extractEntities(text).people.map((p) => [p.name, p.official]);
    expect(people('Village head Martinus Jalung said 37 families lost their gardens.')).toEqual([['Martinus Jalung', true]]);
    expect(people('Adapun Kapoksi Fraksi Partai Gerindra di Komisi IX, Dewi Anggraeni Lubis, mendesak BPJS.')).toEqual([['Dewi Anggraeni Lubis', true]]);
  });

  it('should read a faction speaking through a member by "yang diwakili"', () => {
    const text = 'DPRD Kapuas menggelar paripurna. Sementara itu, Fraksi Partai Gerakan Indonesia Raya (Gerindra) yang diwakili Maria Veronika Lambung mendorong penambahan anggaran beasiswa.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([['Maria Veronika Lambung', 'DPRD Kapuas', true]]);
  });

  it('should read a faction speaking through a member by "lewat" and "yang dibacakan", its short form in parentheses or not', () => {
    const text =
      'DPRD Kutai Timur menggelar paripurna. Pandangan Fraksi PDI Perjuangan yang dibacakan Maria Goreti Lenggu menyoroti tambang. Fraksi Partai Keadilan Sejahtera (PKS) lewat Ahmad Zulfikar meminta insentif.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Maria Goreti Lenggu', 'DPRD Kutai Timur', true],
      ['Ahmad Zulfikar', 'DPRD Kutai Timur', true],
    ]);
  });

  it('should read "Pemerintah Kabupaten Kediri" as the regency\'s government though a city bears the name, and no programme\'s name after "program"', () => {
    const text = 'Bambang meminta DWP ikut menyukseskan program Pemerintah Kabupaten Kediri dalam penurunan stunting. Ketua Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga (TP PKK) Kabupaten Kediri, Rara Anindita, hadir.';
    const names = extractEntities(text).organizations.map((o) => o.name);
    expect(names).toContain('Pemerintah Kabupaten Kediri');
    expect(names).not.toContain('Tim Penggerak Pemberdayaan');
  });

  it('should give no holder to a title after "dengan" whose comma opens the sentence\'s subject, and keep an appositive that ends the sentence', () => {
    const fronted = 'Dalam pertemuan dengan Gubernur Jawa Tengah di Gedung Gradhika Bhakti Praja, De Wijs menawarkan kerja sama.';
    expect(extractEntities(fronted).people.filter((p) => p.organization === 'Pemerintah Provinsi Jawa Tengah')).toEqual([]);
    const closing = 'Ia sudah membahas hal itu dengan Ketua Kerukunan Keluarga Sulawesi Selatan (KKSS) Sebatik, H. Andi Baso Tenri. Ia meminta aparat tegas.';
    expect(extractEntities(closing).people.map((p) => [p.name, p.titles.length > 0])).toEqual([['Andi Baso Tenri', true]]);
  });

  it('should read "X sendiri ditunjuk sebagai Komisaris Utama" as X holding the post, of the story\'s company', () => {
    const text = 'RUPST PT Sehat Prima Medika Tbk menyetujui dividen. Hartono Widjaja mundur. Hartono sendiri ditunjuk sebagai Komisaris Utama. SPMK membagi dividen.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Hartono Widjaja', ['Komisaris Utama'], 'PT Sehat Prima Medika Tbk'],
    ]);
  });
});

describe('extractEntities on a locative before a bare title', () => {
  it('should read "di Kedaton, Sultan meminta" as a place and the sultan named before, who speaks the quote after', () => {
    const text =
      'Sultan Ternate Syarifuddin Iskandar Sjah membuka Legu Gam di Kedaton Kesultanan Ternate. Dalam sambutannya di Kedaton, Sultan meminta ' +
      'masyarakat menjaga tradisi. "Legu Gam ini bukan pesta kesultanan semata," ucap Sultan.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.name)).toEqual(['Syarifuddin Iskandar Sjah']);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Syarifuddin Iskandar Sjah']);
  });
});

describe('extractEntities on an English attribution that names the speaker after the verb', () => {
  it('should read the name after `," said` as a person who speaks the quote, not the one named before', () => {
    const text =
      'Commission deputy chair Nurul Fadilah Rangkuti said the agency must act. "My son vomited for two days after eating the meal," said ' +
      'Ujang Saepudin, a motorcycle taxi driver whose son fell ill.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.name)).toEqual(['Nurul Fadilah Rangkuti', 'Ujang Saepudin']);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Ujang Saepudin']);
  });
});

describe('extractEntities on an English deputy\'s title', () => {
  it('should read a capitalised "Deputy for ..." as an official\'s title, its body the one written before it', () => {
    const text =
      'BPS Deputy for Distribution and Services Statistics Sri Endang Purwaningsih said prices rose. Deputy for Food and Agribusiness ' +
      'Coordination at the Coordinating Ministry for Economic Affairs, Dr. Ir. Hendrawan Putra Simanjuntak, said supply was safe.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Sri Endang Purwaningsih', 'Badan Pusat Statistik', true],
      ['Hendrawan Putra Simanjuntak', 'Kementerian Koordinator Bidang Perekonomian', true],
    ]);
  });
});

describe('extractEntities on English wire copy naming bodies by their English names', () => {
  it('should read "<region> police" in lower case as that region\'s police and "National police" as Polri', () => {
    const text =
      'National police spokesman Inspector General Surya Darma Ginting said officers had acted in line with procedure. Jakarta police ' +
      'chief Inspector General Made Suarjana said 3,200 officers had been deployed.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Surya Darma Ginting', 'Kepolisian Negara Republik Indonesia', true],
      ['Made Suarjana', 'Polda DKI Jakarta', true],
    ]);
  });

  it('should link the Attorney General and his deputy to Kejaksaan Agung, and a junior attorney general to his office', () => {
    const text =
      'Attorney General Rusdi Harjono told the hearing that five suspects were named. The Junior Attorney General for Special Crimes ' +
      '(Jampidsus), Juliadi Panggabean, said the audit had been delayed. Wakil Jaksa Agung Asep Mulyana hadir.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Rusdi Harjono', 'Kejaksaan Agung'],
      ['Juliadi Panggabean', 'Jaksa Agung Muda Bidang Tindak Pidana Khusus'],
      ['Asep Mulyana', 'Kejaksaan Agung'],
    ]);
    expect(result.organizations.map((o) => o.name)).not.toContain('The Junior');
  });

  it('should read a city\'s "Search and Rescue Office" and the volcanology center\'s English name as the bodies', () => {
    const text =
      'The Padang Search and Rescue Office deployed 120 personnel. Its head, Abdul Malik Harahap, said the search had stopped. ' +
      'The Volcanology and Geological Hazard Mitigation Center has kept Marapi on alert.';
    const result = extractEntities(text);
    expect(result.organizations.map((o) => o.name)).toEqual(['Kantor Pencarian dan Pertolongan Padang', 'Pusat Vulkanologi dan Mitigasi Bencana Geologi']);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Abdul Malik Harahap', 'Kantor Pencarian dan Pertolongan Padang']]);
  });

  it('should read "<body>\'s consumer protection head, X" as the body\'s office, not a consumer\'s role', () => {
    const text =
      'The Financial Services Authority (OJK) revoked the license. The OJK\'s consumer protection head, Frida Rosalina Sinaga, said ' +
      'complaints rose. A farmer group head, Budi Santoso, said prices fell.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Frida Rosalina Sinaga', ['consumer protection head'], 'Otoritas Jasa Keuangan'],
      ['Budi Santoso', ['farmer group head'], null],
    ]);
  });
});

describe('a Siti written "St." after a woman\'s honorific', () => {
  it('should read "Hj. St. Rahmawati Daeng Ngai" as one person with the title before, and "St. Louis" as a place', () => {
    const result = extractEntities('Warga St. Louis datang. Ia didampingi Wakil Wali Kota Makassar, Hj. St. Rahmawati Daeng Ngai.');
    expect(result.people.map((p) => [p.name, p.titles, p.official])).toEqual([['St. Rahmawati Daeng Ngai', ['Wakil Wali Kota Makassar'], true]]);
    expect(result.locations.map((l) => l.name)).toContain('St. Louis');
  });
});

describe('English wire copy naming a ministry\'s officials after their names', () => {
  it('should link "X, the ministry\'s director general of ..." and "X, a spokesperson for the ministry\'s ..." and give the quote to X', () => {
    const text =
      'The Energy and Mineral Resources Ministry approved the quota. Tri Wahyu Sembiring, a spokesperson for the ministry\'s directorate ' +
      'general of minerals and coal, said the review was routine. "We want to know exactly why," Dwi Hartanto Situmorang, the ministry\'s ' +
      'director general of minerals and coal, told Reuters. Cold lava flows from Mount Marapi swept through three villages.';
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([
      ['Tri Wahyu Sembiring', 'Kementerian Energi dan Sumber Daya Mineral', true],
      ['Dwi Hartanto Situmorang', 'Kementerian Energi dan Sumber Daya Mineral', true],
    ]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Dwi Hartanto Situmorang']);
    expect(result.locations.map((l) => l.name)).toEqual(['Mount Marapi']);
  });
});

describe('a Papuan name that ends in a rank\'s word', () => {
  it('should read "Korneles Mayor" after a title\'s comma as the holder, who speaks the quote after', () => {
    const result = extractEntities(
      'Ketua Asosiasi Homestay Raja Ampat, Korneles Mayor, berharap sistem baru tidak menyulitkan tamu. "Jangan sampai tamu yang datang ' +
        'bingung," katanya. Ketua Bidang Partisipasi Masyarakat, Sosial dan Budaya hadir.',
    );
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Korneles Mayor', 'Asosiasi Homestay Raja Ampat']]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Korneles Mayor']);
  });
});

describe('an English title with its field in lower case before a rank', () => {
  it('should read "KPK deputy for enforcement and execution Brig. Gen. X" as the KPK\'s deputy, and no body "Police spokesman Brig"', () => {
    const result = extractEntities(
      'KPK deputy for enforcement and execution Brig. Gen. Adi Nugroho Prasetyo told reporters. Police spokesman Brig. Gen. Trunoyudo ' +
        'Wisnu Andiko said.',
    );
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Adi Nugroho Prasetyo', 'Komisi Pemberantasan Korupsi'],
      ['Trunoyudo Wisnu Andiko', null],
    ]);
    expect(result.organizations.map((o) => o.name)).toEqual(['Komisi Pemberantasan Korupsi']);
  });
});

describe('a diocesan priest\'s "RD." before his name', () => {
  it('should read "Vikaris Jenderal Keuskupan Timika, RD. Yanuarius Douw, Pr," as the vicar general of the diocese', () => {
    const result = extractEntities('Vikaris Jenderal Keuskupan Timika, RD. Yanuarius Douw, Pr, mengatakan pengungsi bertambah.');
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([['Yanuarius Douw', ['Vikaris Jenderal Keuskupan Timika'], 'Keuskupan Timika']]);
  });
});

describe('law firms named with "&" and the lawyer who works there', () => {
  it('should read "Fauzan & Partners", "SBD & Associates" and "Syafi\'i Partnership" as the firms of the lawyers named "of" them', () => {
    const text =
      'His lawyer, Ahmad Fauzan Lubis of the Fauzan & Partners law firm, said his client would appeal. ' +
      'His lawyer, Syamsul Bahri Daeng Tika of the Makassar-based firm SBD & Associates, said the demand was excessive. ' +
      "Holil's lawyer, Imam Syafi'i of Surabaya-based law firm Syafi'i Partnership, said his client was a victim.";
    const result = extractEntities(text);
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Fauzan & Partners', false],
      ['SBD & Associates', false],
      ["Syafi'i Partnership", false],
    ]);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Ahmad Fauzan Lubis', 'Fauzan & Partners'],
      ['Syamsul Bahri Daeng Tika', 'SBD & Associates'],
      ["Imam Syafi'i", "Syafi'i Partnership"],
    ]);
  });
});

describe('an English "and" inside a listed company\'s name', () => {
  it('should read "PT Sinar Mas Agro Resources and Technology Tbk (SMART)" whole, and keep two companies joined by "and" apart', () => {
    const result = extractEntities(
      'PT Sinar Mas Agro Resources and Technology Tbk (SMART) menyiapkan bibit. Direktur SMART, Budi Santoso, mengatakan harga naik. ' +
        'Kerja sama PT Adaro Energy and PT Bukit Asam Tbk berjalan.',
    );
    expect(result.organizations[0]!.name).toBe('PT Sinar Mas Agro Resources and Technology Tbk');
    expect(result.organizations.map((o) => o.name)).not.toContain('Technology Tbk');
    expect(result.organizations.some((o) => o.name.includes(' and PT '))).toBe(false);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Budi Santoso', 'PT Sinar Mas Agro Resources and Technology Tbk']]);
  });
});

describe('football supporters\' groups', () => {
  it('should read the name after "kelompok suporter" as a body whose coordinator and chair serve it, a region opening a defined name or not', () => {
    const result = extractEntities(
      'Dalam rapat itu hadir pula perwakilan kelompok suporter Balikpapan Suporter Fanatik (Balistik). Koordinator Balistik, Fadli alias Ucok, mengatakan dukungan akan terus mengalir. ' +
        'Ketua umum kelompok suporter Pusamania, Erwin Ardiansyah, berharap stadion segera siap.',
    );
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Balikpapan Suporter Fanatik', false],
      ['Pusamania', false],
    ]);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Fadli', 'Balikpapan Suporter Fanatik'],
      ['Erwin Ardiansyah', 'Pusamania'],
    ]);
    // "Direktur Operasional Borneo FC": the title's field is no word of the club's name.
    const director = extractEntities('Direktur Operasional Borneo FC, Dandi Saputra Rahman, mengatakan klub siap.');
    expect(director.organizations.map((o) => o.name)).toEqual(['Borneo FC']);
    expect(director.people.map((p) => [p.name, p.titles, p.organization])).toEqual([['Dandi Saputra Rahman', ['Direktur Operasional Borneo FC'], 'Borneo FC']]);
    // A region after the cue with no short form given is the region ("kelompok suporter Balikpapan menggelar doa").
    expect(extractEntities('Ratusan anggota kelompok suporter Balikpapan menggelar doa bersama.').organizations).toEqual([]);
  });
});

describe('an English body\'s name with a capital "The" in Indonesian copy', () => {
  it('should read "Ketua Association of The Indonesian Tours and Travel Agencies (ASITA) Sulawesi Selatan, X" as the chair of the association, no person "Association"', () => {
    const result = extractEntities(
      'Ketua Association of The Indonesian Tours and Travel Agencies (ASITA) Sulawesi Selatan, Andi Muhammad Arfah Daeng Tompo, mengatakan kunjungan naik.',
    );
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Andi Muhammad Arfah Daeng Tompo', 'Association of the Indonesian Tours and Travel Agencies Sulawesi Selatan'],
    ]);
  });
});

describe('English copy on the capital\'s civil servants', () => {
  it('should give an English quote to a title with "and" in it, a planner "at Bappenas" to the ministry, and read "National ... Agency" as no regional unit', () => {
    const text =
      'Samarinda (ANTARA) - "The towers are ready, the water and electricity are connected," OIKN Deputy for Infrastructure and Facilities Robertus Kristianto Wibisono said here on Thursday. ' +
      'The first residents come from the National Development Planning Ministry/National Development Planning Agency (Bappenas).\n\n' +
      'Ni Made Ayu Kartika, a planner at Bappenas who is moving with her husband, said her main concern was schooling. ' +
      "Singapore's National Environment Agency (NEA) has offered advice.";
    const result = extractEntities(text, { dateline: 'Samarinda' });
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Robertus Kristianto Wibisono']);
    expect(result.people.find((p) => p.name === 'Ni Made Ayu Kartika')).toMatchObject({ titles: ['planner'], organization: 'Kementerian Perencanaan Pembangunan Nasional/Bappenas' });
    expect(result.organizations.map((o) => o.name).filter((n) => n.startsWith('Badan Perencanaan') || n.startsWith('Dinas Lingkungan'))).toEqual([]);
  });
});

describe('English names before a short form and after a dateline', () => {
  it('should read "its acting head, X" as the acting head of the body named before, the acting mark read once', () => {
    const result = extractEntities(
      'Officials of the East Kalimantan Energy and Mineral Resources Agency attended, including its acting head, Ir. Ahmad Fauzi Rachman, who had been questioned.',
    );
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Ahmad Fauzi Rachman', ['acting head'], 'Dinas Energi dan Sumber Daya Mineral Kalimantan Timur'],
    ]);
  });

  it('should drop "The" after a dateline\'s dash and file an English name before a known short form under that body', () => {
    const result = extractEntities(
      'Denpasar, Bali (ANTARA) - The Bali Provincial Sports Committee (KONI Bali) has set a target. The Semarang Legal Aid Institute (LBH Semarang) said the case was closed. ' +
        'PT Bank Pembangunan Daerah Maluku Utara (Bank Malut) lent the money.',
    );
    const names = result.organizations.map((o) => o.name);
    expect(names.slice(0, 2)).toEqual(['Komite Olahraga Nasional Indonesia Bali', 'Lembaga Bantuan Hukum Semarang']);
    // A company's legal name stays its name.
    expect(names).toContain('PT Bank Pembangunan Daerah Maluku Utara');
    expect(result.organizations[0]!.aliases).toContain('Bali Provincial Sports Committee');
  });
});

describe('an English clause on the body a person heads', () => {
  it('should give "X, who heads the Bombana Environment Agency, said" and "X, who led the LPD" the body as their post', () => {
    const result = extractEntities(
      'Andi Syamsul Bahri, who heads the Bombana Environment Agency, said the permits were under review. ' +
        'I Nyoman Sukadana, 58, who led the Lembaga Perkreditan Desa (LPD) of the Kutuh customary village, was sentenced.',
    );
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Andi Syamsul Bahri', ['head'], 'Dinas Lingkungan Hidup Bombana'],
      ['I Nyoman Sukadana', ['head'], 'Lembaga Perkreditan Desa'],
    ]);
  });
});

describe('an English officer\'s title before a group\'s name', () => {
  it('should read "Talent Acquisition Lead Kalla Group, X" as X of Kalla Group, the title no part of the name', () => {
    const result = extractEntities('Talent Acquisition Lead Kalla Group, Muhammad Aswar Jufri, mengatakan perusahaan membuka 40 lowongan.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Kalla Group']);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Muhammad Aswar Jufri', 'Kalla Group']]);
  });
});

describe('customs offices named by their seat', () => {
  it('should read "Bea Cukai Entikong" and "Bea Cukai Juanda" (an airport the text names) as customs offices, bare "Bea Cukai" as the directorate general', () => {
    const result = extractEntities(
      'Petugas Bea Cukai Entikong kemudian mengarahkan mobil ke jalur pemeriksaan. Petugas Bea Cukai Juanda di Bandara Internasional Juanda menangkap pria itu. ' +
        'Bea Cukai menyita barang. Petugas Bea Cukai Rabu lalu menyita sabu.',
    );
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['Kantor Pengawasan dan Pelayanan Bea dan Cukai Entikong', true],
      ['Kantor Pengawasan dan Pelayanan Bea dan Cukai Juanda', true],
      ['Direktorat Jenderal Bea dan Cukai', true],
    ]);
    expect(result.locations.map((l) => l.name)).not.toContain('Bea Cukai Entikong');
  });
});

describe('Aceh\'s labour office by its own name', () => {
  it('should read "Dinas Tenaga Kerja dan Mobilitas Penduduk (Disnakermobduk) Aceh" whole, its acronym no person', () => {
    const result = extractEntities(
      'Kepala Dinas Tenaga Kerja dan Mobilitas Penduduk (Disnakermobduk) Aceh, T. Zulfikar Hasballah, S.T., M.T., mengatakan UMP naik. Disnakermobduk mencatat 20 perusahaan.',
    );
    expect(result.organizations.map((o) => [o.name, o.acronym])).toEqual([['Dinas Tenaga Kerja dan Mobilitas Penduduk Aceh', 'Disnakermobduk']]);
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['T. Zulfikar Hasballah', 'Dinas Tenaga Kerja dan Mobilitas Penduduk Aceh']]);
  });
});

describe('a body right before an English officer\'s field and title', () => {
  it('should give "IWIP Corporate Communications Manager X" the company its short form names', () => {
    const result = extractEntities(
      'PT Indonesia Weda Bay Industrial Park (IWIP) said it complied. Meanwhile, IWIP Corporate Communications Manager Yudhistira Pratama said the company had checked.',
    );
    expect(result.people.map((p) => [p.name, p.titles, p.organization])).toEqual([
      ['Yudhistira Pratama', ['Corporate Communications Manager'], 'PT Indonesia Weda Bay Industrial Park'],
    ]);
  });
});

describe('a title that names a kind of body and its owner', () => {
  it('should give "Direktur rumah sakit milik Pemerintah Provinsi Maluku itu, X" the hospital named before, not its owner', () => {
    // s33c-01 (held-out).
    const result = extractEntities(
      'Ruang rawat anak RSUD dr. M. Haulussy Ambon penuh. Direktur rumah sakit milik Pemerintah Provinsi Maluku itu, dr. Nirwana Latuconsina, Sp.A., menyebut ada 40 pasien.',
    );
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([['Nirwana Latuconsina', 'RSUD dr. M. Haulussy Ambon']]);
  });
});

describe('a directorate general named by its field\'s short form', () => {
  it('should read "Direktorat Jenderal Dukcapil Kementerian Dalam Negeri" as the directorate general, no regional Dinas Dukcapil of the ministry', () => {
    // s33a-04 (held-out).
    const result = extractEntities('MATARAM - Stok blanko dari Direktorat Jenderal Dukcapil Kementerian Dalam Negeri belum datang.');
    expect(result.organizations.map((o) => o.name)).toEqual(['Direktorat Jenderal Kependudukan dan Pencatatan Sipil', 'Kementerian Dalam Negeri']);
  });
});

describe('the transport safety committee, the police commission and investigators', () => {
  it('should know KNKT and Kompolnas by their English names, and read an investigator\'s title', () => {
    // s32a-09 and s32a-12 (held-out).
    const result = extractEntities(
      'Investigators from the National Transportation Safety Committee (KNKT) arrived. The National Police Commission (Kompolnas) will monitor the case. ' +
        'Penyidik KPK, Novel Baswedan, mengatakan hal itu.',
    );
    expect(result.organizations.map((o) => [o.name, o.acronym, o.government])).toEqual([
      ['Komite Nasional Keselamatan Transportasi', 'KNKT', true],
      ['Komisi Kepolisian Nasional', 'Kompolnas', true],
      ['Komisi Pemberantasan Korupsi', 'KPK', true],
    ]);
    expect(result.people.map((p) => [p.name, p.organization, p.official])).toEqual([['Novel Baswedan', 'Komisi Pemberantasan Korupsi', true]]);
  });
});

describe('a place word inside a Minangkabau adat title', () => {
  it('should seat "pemerintah kota" in the story\'s city, not in the place an adat title names ("Zulkifli Sutan Pariaman")', () => {
    // s33a-05 (held-out).
    const result = extractEntities('PADANG - Ketua PHRI Sumbar, Zulkifli Sutan Pariaman, meminta pemerintah kota tidak memukul rata rumah makan kecil.');
    expect(result.organizations.map((o) => o.name)).toContain('Pemerintah Kota Padang');
    expect(result.organizations.map((o) => o.name)).not.toContain('Pemerintah Kota Pariaman');
  });
});

describe('an English title with its body as a possessive before it or after "at"', () => {
  it('should give "Pertamina Patra Niaga\'s sales area manager, X" and "X, managing director for investment at Danantara," their bodies', () => {
    // s33b-12 and s33b-02 (held-out).
    const result = extractEntities(
      "PT Pertamina Patra Niaga added supply. Pertamina Patra Niaga's sales area manager for West Nusa Tenggara, Lalu Hamdani Zulkarnain, said stocks were safe. " +
        'Pandu Wicaksono Aji, managing director for investment at Danantara, said the plan was ready.',
    );
    expect(result.people.map((p) => [p.name, p.organization])).toEqual([
      ['Lalu Hamdani Zulkarnain', 'PT Pertamina Patra Niaga'],
      ['Pandu Wicaksono Aji', 'Badan Pengelola Investasi Daya Anagata Nusantara'],
    ]);
  });
});

describe('a title over a body\'s head word that points back', () => {
  it('should give "tutur Kepala Kejari itu" to the head of the Kejari named before, no person "Kejari"', () => {
    // s33d-04 (held-out, read after its scoring).
    const result = extractEntities('Kepala Kejari Jayapura Rudolf Simanjuntak mengingatkan kepala kampung. "Kalau ragu, tanya jaksa. Kami siap mendampingi," tutur Kepala Kejari itu.');
    expect(result.people.map((p) => p.name)).toEqual(['Rudolf Simanjuntak']);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Rudolf Simanjuntak']);
  });
});

describe('a regional legislature called a council in English', () => {
  it('should read "the Medan City Council", "the Bogor Regency Council" and "the West Java Provincial Council" as the DPRD of the region', () => {
    // s33d-09 (held-out, read after its scoring).
    const result = extractEntities('Members of the Medan City Council questioned the budget. The Bogor Regency Council and the West Java Provincial Council agreed.');
    expect(result.organizations.map((o) => [o.name, o.government])).toEqual([
      ['DPRD Medan', true],
      ['DPRD Bogor', true],
      ['DPRD Jawa Barat', true],
    ]);
  });
});

describe('a task force every police command sets up, named alone', () => {
  it('should read a bare "Satgas Pangan" in a story on one Polda or Polres as that command\'s, and none where two commands are named', () => {
    // s18c-09, s20c-03 and s23f-06 (held-out): the gold lists "Satgas Pangan" as a body.
    const one = extractEntities('Direktur Reserse Kriminal Khusus Polda Kalsel menegaskan Satgas Pangan akan mengawasi distributor. Kejari bersama Satgas Pangan, kata dia, turun ke pasar.');
    expect(one.organizations.map((o) => [o.name, o.acronym, o.government, o.mentions.length])).toContainEqual([
      'Satuan Tugas Pangan Polda Kalimantan Selatan',
      'Satgas Pangan',
      true,
      2,
    ]);
    const two = extractEntities('Polda Kalsel dan Polres Banjar menggelar razia. Satgas Pangan akan mengawasi distributor.');
    expect(two.organizations.map((o) => o.name).filter((n) => n.startsWith('Satuan Tugas Pangan'))).toEqual([]);
  });
});

describe('ranks spelled out as Tempo prints them, between a title and the name', () => {
  it.each([
    ['Kepala Bidang Hubungan Masyarakat Polda Maluku Komisaris Besar Dwi Handoko Saputra mengatakan situasi aman.', 'Dwi Handoko Saputra', 'Komisaris Besar', 'Polda Maluku'],
    ['Kepala Kepolisian Resor Maluku Tengah Ajun Komisaris Besar Hendrik Latumahina mengatakan situasi aman.', 'Hendrik Latumahina', 'Ajun Komisaris Besar', 'Polres Maluku Tengah'],
    ['Komandan Kodim 1502/Masohi Letnan Kolonel Infanteri Yanuar Ririmasse mengatakan situasi aman.', 'Yanuar Ririmasse', 'Letnan Kolonel Infanteri', 'Kodim 1502/Masohi'],
  ])('should keep the rank out of the name and the title\'s body as the link: "%s"', (text, name, rank, organization) => {
    const person = extractEntities(text).people[0];
    expect([person?.name, person?.titles.includes(rank), person?.organization, person?.official]).toEqual([name, true, organization, true]);
  });
});

describe('clergy honorifics before a name', () => {
  it('should keep "Pastor" out of a name the tagger read and out of the quote speaker', () => {
    const result = extractEntities('Pastor paroki, Pastor Yustinus Rahangiar, Pr, mengatakan umat mengungsi. "Mereka datang hanya dengan noken," kata Pastor Yustinus.');
    expect([result.people.map((p) => p.name), result.quotes.map((q) => q.speaker)]).toEqual([['Yustinus Rahangiar'], ['Yustinus Rahangiar']]);
  });

  it('should read "Koordinator Caritas, Pastor X," as the title of the name after the honorific, not of "Caritas"', () => {
    expect(extractEntities('Koordinator Caritas, Pastor Yan Kwatolo, OSC, mengatakan umat mengungsi.').people.map((p) => [p.name, p.titles])).toEqual([['Yan Kwatolo', ['Koordinator Caritas']]]);
  });
});

describe('Palembang noble short forms and faction members of a pansus', () => {
  it.each([
    ['Rapat dipimpin Wakil Ketua DPRD Sumsel Kgs. M. Rasyid Fikri dan dihadiri anggota.', 'Kgs. M. Rasyid Fikri', 'DPRD Sumatera Selatan'],
    ['Rapat paripurna DPRD Sumsel digelar Senin. Fraksi PKS yang diwakili Mgs. Ahmad Fauzan mendorong revisi.', 'Mgs. Ahmad Fauzan', 'DPRD Sumatera Selatan'],
    ['Rapat Pansus DPRD Sulteng digelar Senin. Anggota pansus dari Fraksi PKB, I Wayan Suardika, meminta data dibuka.', 'I Wayan Suardika', 'DPRD Sulawesi Tengah'],
  ])('should read one legislator, linked to the house: "%s"', (text, name, organization) => {
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([[name, organization, true]]);
  });
});

describe('a title before a name with no comma, the body ending in a number or a seat before an honorific', () => {
  it('should end "Pelindo Regional 1" at its number where a given name follows', () => {
    const result = extractEntities('Executive Director Pelindo Regional 1 Hendra Parlindungan Lubis mengatakan arus peti kemas naik.');
    expect([result.people.map((p) => [p.name, p.organization]), result.organizations.map((o) => o.name)]).toEqual([[['Hendra Parlindungan Lubis', 'Pelindo Regional 1']], ['Pelindo Regional 1']]);
  });

  it.each([
    'Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Utama Belawan Capt. Budi Hartawan Purba mengatakan kapal siap.',
    'Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan Belawan Dr. Budi Hartawan Purba mengatakan kapal siap.',
  ])('should read the seat before an honorific as the body\'s and the name after it as the holder\'s: "%s"', (text) => {
    const result = extractEntities(text);
    expect(result.people.map((p) => [p.name, p.official])).toEqual([['Budi Hartawan Purba', true]]);
    expect([...result.organizations, ...result.locations].map((e) => e.name).filter((n) => /Capt|Dr/.test(n))).toEqual([]);
  });
});

describe('a one-word name opening a sentence, set off by its role in lower case before a verb of saying', () => {
  it('should read "Rusmaniah, guru di SD Negeri Juhu, mengatakan" after another sentence as a person and give her the quote', () => {
    const result = extractEntities(
      'Kehadiran sinyal juga dirasakan sekolah. Rusmaniah, guru di SD Negeri Juhu, mengatakan murid kini bisa belajar.\n\n"Anak-anak dulu harus menginap dua malam di kota," ujarnya.',
    );
    expect([result.people.map((p) => [p.name, p.organization]), result.quotes.map((q) => q.speaker)]).toEqual([[['Rusmaniah', 'SD Negeri Juhu']], ['Rusmaniah']]);
  });
});

describe('Balinese noble openers ("Anak Agung") whose words are a role and a title alone', () => {
  it.each([
    ['Anak Agung Ayu Mas Kusumawati mengatakan dinas akan membantu.', 'Anak Agung Ayu Mas Kusumawati'],
    ['Sementara itu, Anak Agung Ngurah Gede Widiada mengatakan dinas akan membantu.', 'Anak Agung Ngurah Gede Widiada'],
    ['Anak Agung Gde Agung mengatakan dinas akan membantu.', 'Anak Agung Gde Agung'],
    ["The Bali administration has backed the villagers. Anak Agung Ayu Mas Kusumawati, who heads the province's agency, said the agency would help.", 'Anak Agung Ayu Mas Kusumawati'],
    ['Bendesa Madya Majelis Desa Adat (MDA) Kabupaten Gianyar, Anak Agung Gde Oka Wiradnyana, yang hadir menyaksikan prosesi, mengapresiasi desa adat.', 'Anak Agung Gde Oka Wiradnyana'],
  ])('should keep the opener in the name: "%s"', (text, name) => {
    expect(extractEntities(text).people.map((p) => p.name)).toEqual([name]);
  });
});

describe('an English appositive opening with "the" after a one-word name', () => {
  it('should read "Sutarno, the district secretary of Gringsing, ..., said" as a person who speaks the next quote', () => {
    const result = extractEntities(
      'Dian Kusumastuti said the plan was fine. Sutarno, the district secretary of Gringsing, where the estate lies, said the factories came fast.\n\n"The factories came faster than the schools," he said.',
    );
    expect([result.people.map((p) => p.name), result.quotes.map((q) => q.speaker)]).toEqual([['Dian Kusumastuti', 'Sutarno'], ['Sutarno']]);
  });
});

describe('an English appositive with an age, whatever verb follows', () => {
  it('should read "Hosniyah, a 29-year-old mother from Gapura, lost her son" as a person', () => {
    expect(extractEntities('Farida Rahmawati said the cases rose. Hosniyah, a 29-year-old mother from Gapura, lost her four-year-old son in May.').people.map((p) => p.name)).toEqual([
      'Farida Rahmawati',
      'Hosniyah',
    ]);
  });
});

describe('a village head\'s title before the village\'s name alone', () => {
  it('should read "Raja Negeri Wailatu dan Raja Negeri Ranasela pekan depan" as two villages\' heads no one is named for', () => {
    expect(extractEntities('Pemerintah akan mempertemukan Raja Negeri Wailatu dan Raja Negeri Ranasela pekan depan di Masohi.').people).toEqual([]);
  });

  it.each([
    ['Kepala Desa Ngargoloka saat ini, Muhammad Nurul Anam, mengaku kaget.', 'Muhammad Nurul Anam'],
    ['Sidorenggo village head Sumarlan said 87 households got power.', 'Sumarlan'],
    ['Kades Oenlasi mengatakan warga siap.', 'Oenlasi'],
  ])('should keep the holder named after the title: "%s"', (text, name) => {
    expect(extractEntities(text).people.map((p) => [p.name, p.official])).toEqual([[name, true]]);
  });
});

describe('"the office\'s head" after a body named with the English word for an office', () => {
  it('should link "said the office\'s head, X" to Bulog after "The Bulog office for South Sumatra"', () => {
    const text = 'The Bulog office for South Sumatra and Bangka Belitung said it had 61,000 tons of rice. "We will release rice," said the office\'s head, Dedy Kurniawan Siregar.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization])).toEqual([['Dedy Kurniawan Siregar', 'Perum Bulog']]);
  });
});

describe('an English panel of judges chaired by a judge', () => {
  it('should read "The panel of judges, chaired by X," as the court\'s presiding judge', () => {
    const text = 'The Denpasar District Court ruled on Monday. The panel of judges, chaired by Ni Made Sukarini, found that the land was temple land.';
    expect(extractEntities(text).people.map((p) => [p.name, p.titles, p.organization, p.official])).toEqual([['Ni Made Sukarini', ['presiding judge'], 'Pengadilan Negeri Denpasar', true]]);
  });
});

describe('a bare inspector\'s or commander\'s title in a story that names one such unit', () => {
  it('should link "kata Inspektur X" to the one Inspektorat the story names', () => {
    const text =
      'JAMBI - Inspektur Provinsi Jambi menyebut masih ada 47 rekomendasi BPK yang belum ditindaklanjuti Inspektorat Provinsi Jambi. "Kami kejar terus," kata Inspektur Zulkifli Ibrahim Nasution di Jambi.';
    expect(extractEntities(text).people.map((p) => [p.name, p.organization, p.official])).toEqual([['Zulkifli Ibrahim Nasution', 'Inspektorat Jambi', true]]);
  });
});

describe('English titles named by the kind of body they hold office in', () => {
  it('should give "Commissioner X" the commission the story named, not where it names the police', () => {
    const text =
      'JAKARTA - The Business Competition Supervisory Commission (KPPU) opened a probe. The commission suspects three ' +
      'airlines. Commissioner Rizal Andika Pohan said investigators had obtained invoices.';
    expect(personIn(text, 'Rizal Andika Pohan')).toMatchObject({ titles: ['Commissioner'], organization: 'Komisi Pengawas Persaingan Usaha', official: true });
    // "Commissioner" is a police rank in English too.
    const police = 'MEDAN - Polda Sumut dan Komisi Pemberantasan Korupsi menangkap dua orang. Commissioner Hadi Wahyudi said they were held.';
    expect(personIn(police, 'Hadi Wahyudi')?.organization ?? null).toBeNull();
  });

  it('should seat "Committee chairman X" in the committee named before, else in the house', () => {
    const senate =
      'BATAM - Senators from the Regional Representatives Council (DPD) pressed the ministry. The DPD\'s Committee II held ' +
      'the hearing. Committee chairman Abdul Hakim Siagian said the committee had received complaints.';
    expect(personIn(senate, 'Abdul Hakim Siagian')).toMatchObject({ titles: ['Committee chairman'], organization: 'Komite II DPD', official: true });
    expect(extractEntities(senate).organizations.find((o) => o.name === 'Komite II DPD')).toMatchObject({ government: true, aliases: ['Committee II'] });
    const special =
      'Ternate. The North Maluku Provincial Legislative Council (DPRD) has formed a special committee. Committee chairman ' +
      'Rusdi Hamid Sangaji of the National Mandate Party (PAN) said the committee would start.';
    expect(personIn(special, 'Rusdi Hamid Sangaji')).toMatchObject({ organization: 'DPRD Maluku Utara', official: true });
  });

  it('should seat "Speaker X" and "Council secretary X" in the council, and read "Commission C" as its commission', () => {
    const text =
      'Sangatta (ANTARA) - The East Kutai Regency Legislative Council (DPRD) passed the budget. Speaker Hasanuddin Laupe ' +
      'was on a pilgrimage. Commission C chairman Paulus Lejau Ngau said the road would be repaired. Council secretary ' +
      'Muhammad Rizky Hamzah said the draft would be sent. The Budget Committee met twice.';
    expect(personIn(text, 'Hasanuddin Laupe')).toMatchObject({ organization: 'DPRD Kutai Timur', official: true });
    expect(personIn(text, 'Paulus Lejau Ngau')).toMatchObject({ organization: 'Komisi C DPRD Kutai Timur', official: true });
    expect(personIn(text, 'Muhammad Rizky Hamzah')).toMatchObject({ titles: ['Council secretary'], organization: 'DPRD Kutai Timur' });
    expect(extractEntities(text).organizations.find((o) => o.name === 'Budget Committee')).toMatchObject({ government: true });
  });
});

describe('the houses of the Papua provinces formed in 2022', () => {
  it('should read the DPR of Papua Pegunungan and of Papua Tengah, not the DPR Papua, and seat their commissions', () => {
    const text =
      'Anggota Dewan Perwakilan Rakyat Papua Tengah (DPRPT) dari daerah pemilihan Dogiyai-Deiyai, Alfons Kotouki, mengatakan ' +
      'Komisi A DPRPT akan memanggil dinas pekan depan.';
    expect(personIn(text, 'Alfons Kotouki')?.organization).toBe('Dewan Perwakilan Rakyat Papua Tengah');
    const names = extractEntities(text).organizations.map((o) => o.name);
    expect(names).toContain('Komisi A DPRPT');
    expect(names).not.toContain('Dewan Perwakilan Rakyat Papua');
    expect(extractEntities('Ketua DPRPP menerima aspirasi warga Wamena.').organizations.map((o) => o.name)).toEqual(['Dewan Perwakilan Rakyat Papua Pegunungan']);
  });
});

describe('English posts of a region and its house named around the name', () => {
  it('should give the people installed as regent and deputy regent of a regency their posts, in order', () => {
    const text =
      'Palu (ANTARA) - Central Sulawesi Governor Muhammad Syarif Tombolotutu on Thursday inaugurated Amrullah Tahir ' +
      'Almahdaly and I Nyoman Sukadana as regent and deputy regent of Parigi Moutong for the 2025-2030 term.';
    expect(personIn(text, 'Amrullah Tahir Almahdaly')).toMatchObject({ organization: 'Pemerintah Kabupaten Parigi Moutong', official: true });
    expect(personIn(text, 'I Nyoman Sukadana')).toMatchObject({ titles: ['deputy regent of Parigi Moutong'], official: true });
    // Named as members of a team: no region's post.
    expect(personIn('The governor named Budi Santoso and Andi Wijaya as members of the team.', 'Budi Santoso')?.official ?? false).toBe(false);
  });

  it('should read "The speaker of the X Legislative Council, Y," as the house\'s speaker', () => {
    const text = 'Palu - The speaker of the Parigi Moutong Legislative Council, Ni Wayan Sri Astuti, said the council would meet.';
    expect(personIn(text, 'Ni Wayan Sri Astuti')).toMatchObject({ organization: 'DPRD Parigi Moutong', official: true });
    // A speaker at a seminar holds no office.
    expect(personIn('The keynote speaker, Budi Santoso, said the seminar was useful.', 'Budi Santoso')?.official ?? false).toBe(false);
  });
});

describe('bureaus with a short form in their field, and runs with digits', () => {
  it('should read "Biro Pemerintahan dan Otda" whole and end it before "serta DPMK"', () => {
    const text = 'Kepala Biro Pemerintahan dan Otda Setdaprov Sulteng, Dr. Andi Mulhanan Tombolotutu, mengatakan hal itu.';
    expect(personIn(text, 'Andi Mulhanan Tombolotutu')?.organization).toBe('Biro Pemerintahan dan Otda Sulawesi Tengah');
    const names = extractEntities('NABIRE - Komisi A DPRPT akan memanggil Biro Pemerintahan dan Otsus serta DPMK pekan depan.').organizations.map((o) => o.name);
    expect(names.some((n) => n.startsWith('Dinas Pemberdayaan Masyarakat dan Kampung'))).toBe(true);
    expect(names.some((n) => n.includes('serta'))).toBe(false);
  });

  it('should take no word with a digit in it for a name ("Rp640 miliar disalurkan")', () => {
    const names = extractEntities('Dari jumlah itu, Rp640 miliar disalurkan kepada 1.200 debitur.').people.map((p) => p.name);
    expect(names).toEqual([]);
  });
});

describe('special and working committees of a legislature', () => {
  it('should read a Pansus named with its subject and house as a body, its chair working there, the house kept', () => {
    const text =
      'JAMBI - Panitia Khusus (Pansus) Angkutan Batu Bara DPRD Provinsi Jambi memberi waktu tiga bulan. Ketua Pansus, ' +
      'Kemas Muhammad Faisal, mengatakan jalan sudah rusak.';
    const names = extractEntities(text).organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Pansus Angkutan Batu Bara DPRD Jambi', 'DPRD Jambi']));
    expect(personIn(text, 'Kemas Muhammad Faisal')).toMatchObject({ organization: 'Pansus Angkutan Batu Bara DPRD Jambi', official: true });
    // No place "Angkutan Batu Bara".
    expect(extractEntities(text).locations.map((l) => l.name)).not.toContain('Angkutan Batu Bara');
  });

  it('should read a numbered Pansus named again by number, and a Panja spelled in parentheses', () => {
    const text = 'MAUMERE - Panitia Khusus (Pansus) III DPRD Kabupaten Sikka mulai membahas ranperda. Ketua Pansus III, Yohanes Nong Andre Woda, mengatakan hal itu.';
    expect(personIn(text, 'Yohanes Nong Andre Woda')?.organization).toBe('Pansus III DPRD Sikka');
    const panja = 'Komisi IV sepakat membentuk Panitia Kerja (Panja) PNBP Perikanan untuk mendalami persoalan tersebut.';
    expect(extractEntities(panja).organizations.find((o) => o.name === 'Panja PNBP Perikanan')).toMatchObject({ government: true });
  });
});

describe('Balinese names after a title\'s seat and inside a place run', () => {
  it('should read "Bendesa Adat Panjer I Wayan Jaya Sujana" as the village\'s head, the village no part of his name', () => {
    const text = 'DENPASAR - Bendesa Adat Panjer I Wayan Jaya Sujana mengatakan desa adat mendukung penertiban. Desa Adat Panjer siap.';
    expect(personIn(text, 'I Wayan Jaya Sujana')).toMatchObject({ titles: ['Bendesa Adat Panjer'], organization: 'Desa Adat Panjer' });
    expect(extractEntities(text).locations.map((l) => l.name)).not.toContain('Panjer I Wayan Jaya Sujana');
    // A Kajari's seat before a Balinese name: "Kajari Lombok Timur Ni Luh Sukmawati".
    expect(personIn('SELONG - Kajari Lombok Timur Ni Luh Sukmawati mengatakan berkas lengkap.', 'Ni Luh Sukmawati')?.organization).toBe('Kejaksaan Negeri Lombok Timur');
  });

  it('should keep the "Ni" of a Balinese name after an English title in lower case', () => {
    const names = extractEntities('Branch chairwoman Ni Luh Made Widyastuti said several villa owners had drilled wells.').people.map((p) => p.name);
    expect(names).toEqual(['Ni Luh Made Widyastuti']);
  });
});

describe('technical units named after the area they serve', () => {
  it('should read a UPT\'s area, its short form between or not, as the end of its name', () => {
    const text =
      'Kepala UPT Pengelolaan Sumber Daya Air (PSDA) Wilayah Sungai Bondoyudo Bedadung di Lumajang, Heri Kuswanto, ' +
      'menyebut tanggul sudah diusulkan.';
    expect(personIn(text, 'Heri Kuswanto')?.organization).toBe('UPT Pengelolaan Sumber Daya Air Wilayah Sungai Bondoyudo Bedadung');
    const names = extractEntities('Pengawas dari UPT Pengawasan Ketenagakerjaan Wilayah Surabaya Dinas Tenaga Kerja dan Transmigrasi Jawa Timur hadir.').organizations.map((o) => o.name);
    expect(names).toContain('UPT Pengawasan Ketenagakerjaan Wilayah Surabaya');
  });
});

describe('lone names the story gives to a place or a person with an age', () => {
  it('should read no person in a river named alone after the text named it with "Sungai"', () => {
    const text = 'Jembatan di atas Sungai Serayu itu dibangun warga. "Kalau Serayu banjir, mereka tidak bisa berangkat," kata Kartinah.';
    expect(extractEntities(text).people.map((p) => p.name)).toEqual(['Kartinah']);
  });

  it('should read the last name of a place list with an English age after it as a person, and the Purwokerto dateline', () => {
    const text = 'In Lima Kaum district, Tanah Datar, Yusnidar, a 52-year-old rendang maker, said the mud had destroyed her stoves.';
    expect(extractEntities(text).people.map((p) => p.name)).toEqual(['Yusnidar']);
    expect(extractEntities('PURWOKERTO – Bupati Banyumas meresmikan jembatan.').locations.map((l) => l.name)).toContain('Purwokerto');
  });
});
