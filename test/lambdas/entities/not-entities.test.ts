import { describe, expect, it } from 'vitest';
import {
  findBylineSpans,
  findCommonSenseAcronyms,
  findCreditSpans,
  findEventAcronyms,
  findFestivalNames,
  findHeadingLines,
  findProductForms,
  findInitials,
  findSentenceOpeners,
  findSpelledAbbreviations,
  isNotEntity,
  isOutletName,
} from '../../../lambdas/entities/not-entities.js';
import { extractEntities } from '../../../lambdas/entities/index.js';

describe('isOutletName', () => {
  it('should know outlets and platforms in their written forms', () => {
    expect(isOutletName('ANTARA News')).toBe(true);
    expect(isOutletName('kompas.com')).toBe(true);
    expect(isOutletName('WhatsApp Channel')).toBe(true);
    expect(isOutletName('Budi Wahyudi')).toBe(false);
  });
});

describe('findCreditSpans', () => {
  it('should mark the outlet of a dateline with a province and a parenthesis as a credit', () => {
    const text = 'Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan.';
    expect(findCreditSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['ANTARA News']);
  });

  it('should mark an outlet after a credit word but not one the text is about', () => {
    const text = 'Hal itu dikatakan Budi kepada IDN Times. Tempo menerbitkan laporan investigasi itu pekan lalu.';
    expect(findCreditSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['IDN Times']);
  });

  it('should mark every mention of the outlet whose credit opens the story, and leave another outlet the story is about', () => {
    const text = 'Jakarta, CNBC Indonesia - Startup Panenku melakukan PHK. Surat elektronik itu diterima CNBC Indonesia, Selasa. Tempo menerbitkan laporan serupa.';
    expect(findCreditSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['CNBC Indonesia', 'CNBC Indonesia']);
  });
});

describe('findProductForms', () => {
  it('should read product names after a cue word, lists included', () => {
    const forms = findProductForms('Ban merek Aspira Premio meliputi tiga tipe Urbano, Sportivo, dan Sportivo RS.');
    expect([...forms]).toEqual(expect.arrayContaining(['Aspira Premio', 'Urbano', 'Sportivo', 'Sportivo RS']));
  });

  it('should read a capitalised run holding a model code, and its part from the code on', () => {
    expect([...findProductForms('Galaxy S6 Edge memiliki 11 celah keamanan.')]).toEqual(['Galaxy S6 Edge', 'S6 Edge']);
  });

  it('should read the name of a show after "acara" and of a doll after "boneka" as works, no one', () => {
    expect([...findProductForms('Ia ikut dalam acara Supermama Selebconcert dan selalu mendapat boneka Elmo dari fansnya.')]).toEqual([
      'Supermama Selebconcert',
      'Elmo',
    ]);
    expect(extractEntities('Ia ikut dalam acara Supermama Selebconcert dan selalu mendapat boneka Elmo dari fansnya.').people).toEqual([]);
  });

  it('should read a full name after "lagu" as the artist, a title as a title', () => {
    expect([...findProductForms('Ia menyanyikan lagu Janet Jackson dan film London Love Story.')]).toEqual(['London Love Story']);
  });

  it('should leave known companies out', () => {
    expect([...findProductForms('Dia membeli ponsel Samsung kemarin.')]).toEqual([]);
  });
});

describe('findProductForms on works named before their kind and on characters', () => {
  it('should take a title written before ", film ..." (the dateline\'s place left out) and a character before "yang diperankan"', () => {
    const forms = findProductForms('Jakarta London Love Story, film kedua dari Screenplay Production. Dave yang diperankan Dimas Anggara.');
    expect(forms.has('London Love Story')).toBe(true);
    expect(forms.has('Dave')).toBe(true);
    expect(forms.has('Dimas Anggara')).toBe(false);
  });
});

describe('findHeadingLines', () => {
  it('should find short Title Case lines without a final period', () => {
    const text = 'Budi pulang ke rumah.\nPengaruh Media Sosial\nIa lalu tidur.';
    expect(findHeadingLines(text).map((s) => text.slice(s.start, s.end))).toEqual(['Pengaruh Media Sosial']);
  });
});

describe('findSpelledAbbreviations', () => {
  it('should find the terms a common abbreviation spells out, and no body spelled out by its acronym', () => {
    const text = 'dari Anggaran Pendapatan dan Belanja Daerah (APBD). Bantuan Langsung Tunai (BLT) cair. Kepala Badan Pusat Statistik (BPS) hadir.';
    expect(findSpelledAbbreviations(text).map((s) => text.slice(s.start, s.end))).toEqual(['Anggaran Pendapatan dan Belanja Daerah', 'Bantuan Langsung Tunai']);
  });

  it('should take no village police or army officer\'s role, school-admission system or programme for a body or a person', () => {
    const result = extractEntities(
      'Ombudsman menerima aduan Sistem Penerimaan Murid Baru (SPMB). Patroli dilakukan bersama Bhabinkamtibmas dan Babinsa. Ia menegaskan TMMD bukan proyek fisik.',
    );
    expect(result.people).toEqual([]);
    expect(result.organizations.map((o) => o.name)).toEqual(['Ombudsman Republik Indonesia']);
  });

  it('should take a hajj flight group\'s embarkation code for no body ("kloter BPN 01")', () => {
    const result = extractEntities('Jemaah kloter BPN 01 berasal dari Kota Samarinda, sedangkan kloter BPN 02 berisi jemaah asal Balikpapan.');
    expect(result.organizations).toEqual([]);
  });

  it('should keep a budget spelled out from the organizations', () => {
    const result = extractEntities('Bupati mengalokasikan Rp 1,8 miliar dari Anggaran Pendapatan dan Belanja Daerah (APBD) untuk kegiatan itu.');
    expect(result.organizations).toEqual([]);
  });
});

describe('isNotEntity', () => {
  const context = { outlets: [], credits: [], bylines: [], headings: [], openers: [], initials: [], phraseShortForms: new Set<string>(), spelledAbbreviations: [], products: new Set(['Aspira Premio']), models: [], channels: [] };

  it('should reject products, model codes, events and common-noun abbreviations', () => {
    for (const surface of ['Aspira Premio', 'S6', 'Bali Island Cup', 'Piala Dunia', 'KUHP', 'Puskesmas']) {
      expect(isNotEntity(surface, { start: 0, end: surface.length }, context)).toBe(true);
    }
  });

  it('should accept ordinary names', () => {
    expect(isNotEntity('Budi Wahyudi', { start: 0, end: 12 }, context)).toBe(false);
  });

  it('should leave the programmes, funds and permits of local-government news out of the organizations', () => {
    const text = 'Pedagang memakai QRIS. Siswa menerima KIP dan KIS. PAD naik, TKD dipotong. SK diteken. RTH dan TPA dibangun. PPDB dibuka.';
    expect(extractEntities(text).organizations).toEqual([]);
    expect(extractEntities('Ketua KONI Kaltim berharap atlet terbaik Porprov dipersiapkan untuk PON.').people).toEqual([]);
  });
});

describe('findSentenceOpeners', () => {
  it('should find a dictionary word opening a sentence before a comma', () => {
    const text = 'Earlier, Retno met Soini. Kemarin, ia pulang.\nNamun, hujan turun.';
    const openers = findSentenceOpeners(text).map((s) => text.slice(s.start, s.end));
    expect(openers).toEqual(['Earlier', 'Kemarin', 'Namun']);
  });

  it('should leave names, words inside a sentence and words without a comma alone', () => {
    const text = 'Budi, warga Bontang, pulang. Earlier reports said so. Kata Jokowi, ia setuju.';
    expect(findSentenceOpeners(text)).toEqual([]);
  });
});

describe('findProductForms on terms spelled out in lower case', () => {
  it('should read an acronym that spells lower-case words as a term, and a body\'s acronym as none', () => {
    const text = 'Penerimaan pungutan wisatawan asing (PWA) naik. Program peremajaan sawit rakyat (PSR) lambat. Komisi Pemberantasan Korupsi (KPK) hadir.';
    const forms = findProductForms(text);
    expect(['PWA', 'PSR', 'KPK'].filter((f) => forms.has(f))).toEqual(['PWA', 'PSR']);
  });
});

describe('findInitials', () => {
  it('should find the initials a crime report gives instead of a name', () => {
    const text = 'Tersangka berinisial AS (34) dan dua pelaku berinisial MR dan RK ditahan. Presiden AS hadir.';
    expect(findInitials(text).map((s) => text.slice(s.start, s.end))).toEqual(['AS', 'MR dan RK']);
  });

  it('should find initials given an age without "berinisial", again where they recur, and no acronym with a year', () => {
    const text = 'Polisi menangkap MHN (34) dan AS (29). Tersangka MHN ditahan, kuasa hukum AS membantah, kata Presiden AS. KPK (2024) mencatat.';
    expect(findInitials(text).map((s) => [text.slice(s.start, s.end), s.start])).toEqual([
      ['MHN', text.indexOf('MHN')],
      ['AS', text.indexOf('AS')],
      ['MHN', text.indexOf('MHN', 30)],
      ['AS', text.indexOf('hukum AS') + 6],
    ]);
  });

  it('should find the initials English copy gives ("identified only as AS", "identified as TH and WK"), and no lower-case word', () => {
    const text = 'A former director, identified only as AS, and two executives, identified as TH and WK, were named. AS and TH were detained. A man identified as the driver fled.';
    expect(findInitials(text).map((s) => text.slice(s.start, s.end))).toEqual(['AS', 'TH and WK', 'AS', 'TH']);
    expect(extractEntities(text).locations).toEqual([]);
  });
});

describe('words of an entertainment site that are no names', () => {
  it('should read neither "Makasih" (thanks) nor "KLovers" (the readers of KapanLagi) as a person', () => {
    // Sentences of two KapanLagi pages (test/fixtures/sites/kapanlagi), where the tagger read both as names.
    const caption =
      'Dian pun menuliskan caption yang berbunyi, "Inilah aku saat masih berusia 13 tahun. Sekian. Makasih untuk teman-teman ' +
      'yang sudah mengenalku sejak aku masih bukan siapa-siapa. Makasih untuk persahabatan sejati kalian selama ini."';
    const advice = 'Tapi selama masih ada aturan tertulis maupun tidak di masyarakat, kita seharusnya menghargai hal tersebut. ' +
      'Respect is a must, KLovers. If you wanna some respect anyway.';
    expect(extractEntities(caption).people.map((p) => p.name)).not.toContain('Makasih');
    expect(extractEntities(advice).people.map((p) => p.name)).not.toContain('KLovers');
  });
});

describe('bylines and photo credits', () => {
  it('should find byline lines as one span and photo credits in parentheses', () => {
    const text = 'Isi berita.\n(Foto: ANTARA/Dimas Arya Saputra)\nPenulis: Zulfikar Ahmad Tanjung\nEditor: Yusuf Tandi Padang';
    expect(findBylineSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '(Foto: ANTARA/Dimas Arya Saputra)\nPenulis: Zulfikar Ahmad Tanjung\nEditor: Yusuf Tandi Padang',
    ]);
  });

  it('should name no one and no place from the page\'s staff', () => {
    const result = extractEntities(
      'Bupati Berau Sri Juniarsih meresmikan dermaga di Tanjung Redeb. (Foto: BERAU POST/Syahrul Ramadhan)\n\nPenulis: Zulfikar Ahmad Tanjung\nEditor: Yusuf Tandi Padang',
    );
    expect(result.people.map((p) => p.name)).toEqual(['Sri Juniarsih']);
    expect(result.locations.map((l) => l.name)).not.toContain('Padang');
  });
});

describe('an outlet\'s name read in part as a person', () => {
  it('should read no person "Post" in "Kaltim Post mewawancarai ..."', () => {
    const result = extractEntities('Kaltim Post mewawancarai General Manager External Affairs & Sustainable Development KPC, Hotman Parulian Simanjuntak, di kantornya.');
    expect(result.people.map((p) => p.name)).toEqual(['Hotman Parulian Simanjuntak']);
  });
});

describe('technical and budget documents\' abbreviations', () => {
  it('should read no body in a refinery unit, a transmission line or a budget system spelled with its abbreviation', () => {
    const result = extractEntities(
      'Proyek RDMP menambah unit Residual Fluid Catalytic Cracking (RFCC). PLN membangun Saluran Udara Tegangan Tinggi (SUTT) 150 kV. ' +
        'Usulan diinput ke Sistem Informasi Pemerintahan Daerah (SIPD) dan dokumen Rencana Kerja dan Anggaran (RKA).',
    );
    expect(result.organizations.map((o) => o.name)).toEqual(['PT Perusahaan Listrik Negara (Persero)']);
  });
});

describe('messaging apps named as a channel', () => {
  it('should read no company in "grup WhatsApp" or "melalui pesan singkat WhatsApp", and keep one that acts', () => {
    const text = 'Orang tua termakan kabar bohong di grup WhatsApp. Dinas membuka pengaduan melalui pesan singkat WhatsApp. WhatsApp mengumumkan fitur baru.';
    expect(extractEntities(text).organizations.map((o) => [o.name, o.mentions.length])).toEqual([['WhatsApp', 1]]);
  });

  it('should read English channels the same way: "over WhatsApp", "a Telegram group", "WhatsApp messages"', () => {
    const text =
      'The suspects sent fake wedding invitations over WhatsApp. Victims were added to a Telegram group. WhatsApp messages spread fast. WhatsApp said it had removed the accounts.';
    expect(extractEntities(text).organizations.map((o) => [o.name, o.mentions.length])).toEqual([['WhatsApp', 1]]);
  });
});

describe('common terms of several words', () => {
  it('should hold no person inside "La Nina" or "El Niño", so a later "kata dia" goes to the named speaker', () => {
    const result = extractEntities(
      'Menurut Andriani, fenomena La Nina lemah dan El Niño menambah uap air. "Warga di bantaran sungai harus waspada," kata dia.',
    );
    expect(result.people.map((p) => p.name)).toEqual(['Andriani']);
    expect(result.locations).toEqual([]);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['Andriani']);
  });

  it('should read budget papers and the land tax as no body or place, and "PBB" in a land-tax story as no United Nations', () => {
    const result = extractEntities(
      'Kebijakan Umum Perubahan Anggaran (KUPA) dibahas bersama para pimpinan OPD. Realisasi Pajak Bumi dan Bangunan di Limboto rendah. Target PBB belum sampai separuh.',
    );
    expect(result.organizations).toEqual([]);
    expect(result.locations.map((l) => l.name)).toEqual(['Limboto']);
    // Where the story writes the United Nations' name, "PBB" is it.
    expect(extractEntities('Perserikatan Bangsa-Bangsa (PBB) menyoroti pajak bumi dan bangunan. PBB meminta data.').organizations.map((o) => o.name)).toEqual([
      'Perserikatan Bangsa-Bangsa',
    ]);
  });
});

describe('regional papers in a dateline', () => {
  it('should read "BIMA, Lombok Post –" and "Kalteng Pos" as outlets, no place Lombok or Kalimantan Tengah', () => {
    const result = extractEntities('BIMA, Lombok Post – Kejari Bima menahan seorang kepala desa. Berita ini dikutip dari Kalteng Pos.');
    expect(result.locations.map((l) => l.name)).toEqual(['Bima']);
  });
});

describe('religions', () => {
  it('should read no person in "umat Khonghucu dan Tao"', () => {
    expect(extractEntities('Umat Khonghucu dan Tao merayakan Cap Go Meh di Singkawang.').people).toEqual([]);
  });

  it('should read no body or person in God\'s names ("tempat pertama Allah hadir")', () => {
    const result = extractEntities('"Natal mengingatkan bahwa keluarga adalah tempat pertama Allah hadir," ujar Pdt. Daniel Lawing.');
    expect(result.organizations).toEqual([]);
    expect(result.people.map((p) => p.name)).toEqual(['Daniel Lawing']);
  });
});

describe('funds, taxes and schemes by their short forms', () => {
  it('should read no body in "Bantuan Operasional Perguruan Tinggi Negeri (BOPTN)" nor in "PPnBM DTP"', () => {
    const result = extractEntities('Kampus itu menerima dana Bantuan Operasional Perguruan Tinggi Negeri (BOPTN) senilai Rp10 miliar. Insentif PPnBM DTP diperpanjang.');
    expect(result.organizations).toEqual([]);
  });
});

describe('extractEntities on common terms the tagger reads as names', () => {
  it('should read holidays joined in one run, a bill\'s short form and a term spelled in lower case as no entity', () => {
    const result = extractEntities(
      'Prices usually rise ahead of Christmas and New Year, she said. Rancangan Undang-Undang (RUU) Perampasan Aset dibahas. RUU itu penting. ' +
        'Adapun rasio loan at risk (LaR) membaik ke 11,2%. Menjelang Natal dan Tahun Baru harga naik.',
    );
    expect([...result.people, ...result.organizations, ...result.locations].map((e) => e.name)).toEqual([]);
  });
});

describe('extractEntities on rites', () => {
  it('should read the name after "ritual" as the rite\'s, no person, unless it names a place ("ritual Bali")', () => {
    const result = extractEntities('Ratusan perahu mengiringi ritual Kololi Kie mengelilingi Pulau Ternate. Warga menggelar ritual Bali di pantai.');
    expect(result.people).toEqual([]);
    expect(result.locations.map((l) => l.name)).toEqual(['Pulau Ternate', 'Bali']);
  });
});

describe('findFestivalNames', () => {
  it('should find a festival of several words, and a region inside it should be no place of the story', () => {
    const text = "Keluarga menggelar upacara Rambu Solo' di kampung adat. Warga Solo ikut datang.";
    expect(findFestivalNames(text).map((s) => text.slice(s.start, s.end))).toEqual(['Rambu Solo']);
    expect(extractEntities(text).locations.map((l) => [l.name, l.mentions.length])).toEqual([['Surakarta', 1]]);
  });
});

describe('findEventAcronyms and finance abbreviations', () => {
  it('should read an event\'s acronym and its later mentions as no body', () => {
    const text = 'Belimbur menutup rangkaian Erau International Folk Art Festival (EIFAF) 2026. Tahun depan EIFAF digelar lagi.';
    expect(findEventAcronyms(text).map((s) => text.slice(s.start, s.end))).toEqual(['EIFAF', 'EIFAF']);
    expect(extractEntities(text).organizations).toEqual([]);
  });

  it('should read EBITDA and a programme\'s PSR as common abbreviations, no body', () => {
    const text =
      '"Kami tidak akan membakar uang untuk subsidi ongkos kirim seperti dulu. Targetnya layanan ini sudah mencetak EBITDA positif dalam 18 bulan," ujar Hendrawan.\n\n' +
      'Jatmiko meminta Badan Pengelola Dana Perkebunan (BPDP) mempermudah persyaratan program Peremajaan Sawit Rakyat (PSR), terutama soal legalitas lahan. ' +
      'Tahun ini Riau mendapat alokasi PSR seluas 24.000 hektare.';
    const names = extractEntities(text).organizations.map((o) => o.name);
    expect(names).not.toContain('EBITDA');
    expect(names).not.toContain('PSR');
  });
});

describe('findCommonSenseAcronyms', () => {
  it('should read PMI as migrant workers in a story on them, and as the Red Cross where the text names it', () => {
    const text =
      'Polisi menangkap perekrut calon pekerja migran ilegal. Kepala BP3MI Jawa Tengah mengatakan Cilacap termasuk lima besar daerah asal PMI di Jawa Tengah.';
    expect(findCommonSenseAcronyms(text).map((s) => text.slice(s.start, s.end))).toEqual(['PMI']);
    expect(extractEntities(text).organizations.map((o) => o.name)).not.toContain('Palang Merah Indonesia');
    const redCross = 'Relawan Palang Merah Indonesia (PMI) membantu pekerja migran yang dipulangkan. PMI menyiapkan ambulans.';
    expect(findCommonSenseAcronyms(redCross)).toEqual([]);
    expect(extractEntities(redCross).organizations.map((o) => o.name)).toContain('Palang Merah Indonesia');
  });
});

describe('trains named after places', () => {
  it('should read "KA Banyubiru" and "KA Ambarawa Ekspres" as trains, no places, and keep the kecamatan named as one', () => {
    const trains = extractEntities('Dengan tambahan itu, KA Banyubiru kini melayani delapan perjalanan per hari. Selain KA Banyubiru, Daop 4 juga menambah satu perjalanan KA Ambarawa Ekspres ke Surabaya.');
    expect(trains.locations.map((l) => l.name)).toEqual(['Surabaya']);
    expect(extractEntities('Warga Kecamatan Banyubiru menolak tambang.').locations.map((l) => l.name)).toEqual(['Kecamatan Banyubiru']);
  });
});
