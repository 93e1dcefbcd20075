import { describe, expect, it } from 'vitest';
import { endsSpotName, extendsRuleSpan, withJoinedWords, withKnownPlaceOpening, withoutLeadingRole } from '../../../lambdas/entities/tagged-spans.js';
import { extractEntities } from '../../../lambdas/entities/index.js';

/** The span of `part` in `text`. */
function spanOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

describe('withJoinedWords', () => {
  it('should take in the words the tagger splits at an apostrophe and the other name of a ticket', () => {
    const read = (text: string, part: string): string => {
      const span = withJoinedWords(text, spanOf(text, part));
      return text.slice(span.start, span.end);
    };
    expect(read("Kata Rudy Mas'ud kepada wartawan.", 'Rudy Mas')).toBe("Rudy Mas'ud");
    expect(read("Ma'ruf Amin hadir.", 'Amin')).toBe("Ma'ruf Amin");
    expect(read('Paslon nomor urut 1, Isran-Hadi, menerima hasil.', 'Hadi')).toBe('Isran-Hadi');
    expect(read('Pasangan Isran Noor-Hadi Mulyadi kalah.', 'Hadi Mulyadi')).toBe('Hadi Mulyadi');
    expect(read("Menurut Budi Jum'at lalu hujan.", 'Budi Jum')).toBe('Budi');
    expect(read("Hendra's lawyer said so.", 'Hendra')).toBe('Hendra');
    expect(read('Pejabat dilantik. Lalu Muhammad Fikri, yang sebelumnya Kadishub, kini memimpin Dinas PUPR.', 'Muhammad Fikri')).toBe('Lalu Muhammad Fikri');
    expect(read('Rapat usai. Lalu Budi datang ke kantor.', 'Budi')).toBe('Budi');
  });
});

describe('withKnownPlaceOpening', () => {
  it('should take in the word before a tagged place when the two name a known place, and only then', () => {
    const read = (text: string, part: string): string => {
      const span = withKnownPlaceOpening(text, spanOf(text, part));
      return text.slice(span.start, span.end);
    };
    expect(read('Normalisasi Karang Mumus dari Gelatik sampai Sempaja harus tuntas.', 'Mumus')).toBe('Karang Mumus');
    expect(read('Warga Sempaja mengungsi.', 'Sempaja')).toBe('Sempaja');
  });

  it('should report Karang Mumus whole where a quotation opens with the river', () => {
    // Prepare: the words of s27e-01, the tagger reads only "Mumus" as a place
    const text = '"Normalisasi Karang Mumus dari Gelatik sampai Sempaja harus tuntas tahun depan," kata Andi.';
    // Act
    const names = extractEntities(text).locations.map((l) => l.name);
    // Assert
    expect(names).toContain('Karang Mumus');
    expect(names).not.toContain('Mumus');
  });
});

describe('endsSpotName', () => {
  it('should tell a person that ends the name of a spot named after someone from one after a body', () => {
    const station = 'BMKG Stasiun Meteorologi Sultan Aji Muhammad Sulaiman memprakirakan hujan.';
    expect(endsSpotName(station, spanOf(station, 'Muhammad Sulaiman'))).toBe(true);
    const head = 'Kepala BMKG Balikpapan Muhammad Sulaiman memprakirakan hujan.';
    expect(endsSpotName(head, spanOf(head, 'Muhammad Sulaiman'))).toBe(false);
  });
});

describe('withoutLeadingRole and extendsRuleSpan', () => {
  it('should drop a role word opening a body and tell a police function before its command from a region chain', () => {
    const coach = 'Pelatih Persiba Balikpapan, Salahudin, hadir.';
    const body = withoutLeadingRole(coach, spanOf(coach, 'Pelatih Persiba Balikpapan'));
    expect(coach.slice(body.start, body.end)).toBe('Persiba Balikpapan');
    const police = 'Direktur Resnarkoba Polda Kaltim hadir.';
    expect(extendsRuleSpan(police, spanOf(police, 'Resnarkoba Polda Kaltim'), [spanOf(police, 'Polda Kaltim')])).toBe(true);
    const chain = 'Kabupaten Pati Provinsi Jawa Tengah';
    expect(extendsRuleSpan(chain, spanOf(chain, chain), [spanOf(chain, 'Kabupaten Pati'), spanOf(chain, 'Provinsi Jawa Tengah')])).toBe(false);
  });

  it('should tell a guess joining two names by an English possessive from one name ("West Kalimantan\'s Sanggau")', () => {
    const text = "Bauxite comes from West Kalimantan's Sanggau district.";
    expect(extendsRuleSpan(text, spanOf(text, "West Kalimantan's Sanggau"), [spanOf(text, 'West Kalimantan'), spanOf(text, 'Sanggau')])).toBe(true);
  });
});

describe('extractEntities on places named in English copy', () => {
  it('should read a name before "village" or "district" and one between "in" and its regency as places, no people', () => {
    const result = extractEntities(
      'In Timbulsloko village, fisherman Mashuri, 57, pointed to the sea. Smelters are concentrated in the industrial park in Lelilef, Central Halmahera.',
    );
    expect(result.people.map((p) => p.name)).toEqual(['Mashuri']);
    expect(result.locations.map((l) => l.name)).toEqual(['Timbulsloko', 'Lelilef', 'Halmahera Tengah']);
  });
});

describe('extractEntities on a sentence opened by a common word and a place', () => {
  it('should read "Status Merapi" opening a sentence as the volcano the text names with its head word, no person', () => {
    const result = extractEntities(
      'Warga di lereng Gunung Merapi mengungsi ke barak. Status Merapi masih Siaga atau Level III. Mereka hidup berdampingan dengan Merapi.',
    );
    expect(result.people).toEqual([]);
    expect(result.locations.map((l) => l.name)).toContain('Merapi');
  });
});

describe('extractEntities on Yogyakarta\'s own unit words', () => {
  it('should read "Kalurahan" and "Kapanewon" as village and kecamatan, and file a Lurah\'s village under the word the text writes', () => {
    const result = extractEntities('Lurah Glagaharjo, Heru Santoso, mengatakan warga Kalurahan Glagaharjo, Kapanewon Cangkringan, siap mengungsi.');
    expect(result.locations.map((l) => [l.name, l.kind])).toEqual([
      ['Kalurahan Glagaharjo', 'village'],
      ['Kapanewon Cangkringan', 'district'],
    ]);
  });
});

describe('extractEntities on palaces', () => {
  it('should read a Keraton as the court, a body, and no place besides', () => {
    const result = extractEntities('Keraton Ngayogyakarta Hadiningrat meminta 146 pemilik warung di Pantai Parangtritis mengurus izin.');
    expect(result.organizations.map((o) => o.name)).toContain('Keraton Ngayogyakarta Hadiningrat');
    expect(result.locations.map((l) => l.name)).toEqual(['Pantai Parangtritis']);
  });
});
