import { describe, expect, it } from 'vitest';
import { TAGS, type TaggedSpan, type TaggerModel, decodeTags, harmonizeLists, markActive, tagText, tidySpan, useTaggerModel } from '../../../lambdas/entities/tagger.js';
import {
  CONTEXT_TEMPLATE_COUNT,
  WORD_OFFSETS,
  type WordEntry,
  extractFeatures,
  hashFeatureKey,
  hashFeatures,
  isDerivedNoun,
  isDictionaryWord,
  knownNameMarks,
  tokenize,
  useWordClasses,
  wordFeatureHashes,
} from '../../../lambdas/entities/tagger-features.js';
import shippedModel from '../../../lambdas/entities/data/ner-model.json' with { type: 'json' };

const SHIPPED_CLASSES = shippedModel.classes as Record<string, string[]>;

describe('hashFeatures', () => {
  it('should give the hashes of the feature strings training stores, context features in rows, word features by word', () => {
    // Prepare
    const words = tokenize('Kata Wali Kota Balikpapan | Rahmad Mas’ud , di Jakarta dan Hamparan Perak .').map((t) => t.text);
    const hints = words.map((_, i) => (i === 3 ? 'L' : '-')) as ('L' | '-')[];
    const out = new Int32Array(words.length * CONTEXT_TEMPLATE_COUNT);
    const entries: WordEntry[] = [];
    // Act
    hashFeatures(words, hints, undefined, out, entries);
    const strings = extractFeatures(words, hints);
    // Assert
    words.forEach((_, i) => {
      const fromStrings = strings[i]!.map((f) => hashFeatureKey(f)).sort();
      const context = [...out.subarray(i * CONTEXT_TEMPLATE_COUNT, (i + 1) * CONTEXT_TEMPLATE_COUNT)].filter((h) => h !== 0);
      // The word at offset o from token i (or the edge beyond the line) sits at entries[i + 2 + o].
      const ofWords = WORD_OFFSETS.flatMap((offset) => wordFeatureHashes(entries[i + 2 + offset]!, offset, entries[i + 2]!.cap));
      expect([...context, ...ofWords].sort()).toEqual(fromStrings);
    });
  });

  it('should give inactive tokens no context features', () => {
    const out = new Int32Array(3 * CONTEXT_TEMPLATE_COUNT).fill(7);
    hashFeatures(['ia', 'pulang', 'Budi'], ['-', '-', '-'], [false, false, true], out);
    expect(out.subarray(0, 2 * CONTEXT_TEMPLATE_COUNT).every((h) => h === 0)).toBe(true);
    expect(out.subarray(2 * CONTEXT_TEMPLATE_COUNT).some((h) => h !== 0)).toBe(true);
  });
});

describe('hashFeatureKey', () => {
  it('should reject keys of unknown templates or with the wrong number of parts', () => {
    expect(hashFeatureKey('zz=a')).toBeNull();
    expect(hashFeatureKey('pw=only')).toBeNull();
    expect(hashFeatureKey('w=budi')).not.toBeNull();
  });
});

describe('decodeTags', () => {
  it('should decode a run between forced "O" tokens as the whole line would', () => {
    // Prepare: pseudo-random scores, tokens 0 and 5 forced to "O"
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10 - 5;
    const onlyO = [0, -Infinity, -Infinity, -Infinity, -Infinity, -Infinity, -Infinity];
    const transitions = Array.from({ length: 8 }, () => Array.from({ length: 7 }, random));
    for (let trial = 0; trial < 20; trial += 1) {
      const inner = Array.from({ length: 4 * 7 }, random);
      // Act
      const whole = decodeTags(Float64Array.from([...onlyO, ...inner, ...onlyO]), transitions);
      const run = decodeTags(Float64Array.from(inner), transitions, true, true);
      // Assert
      expect(run).toEqual(whole.slice(1, 5));
    }
  });
});

describe('tagText', () => {
  it('should find a bare foreign name as a person', () => {
    const text = 'Pertemuan itu juga dihadiri Barack Obama dan sejumlah pejabat lain.';
    const people = tagText(text, []).filter((s) => s.kind === 'PER').map((s) => text.slice(s.start, s.end));
    expect(people).toContain('Barack Obama');
  });

  it('should keep spans inside their line', () => {
    const text = 'Warga Jakarta\nBudi Santoso datang.';
    for (const span of tagText(text, [])) expect(text.slice(span.start, span.end)).not.toContain('\n');
  });

  it('should give each span a margin over "O" that is higher for a clear name than for a doubtful one', () => {
    const text = 'Pertemuan itu juga dihadiri Barack Obama dan sejumlah pejabat lain.';
    const obama = tagText(text, []).find((s) => text.slice(s.start, s.end) === 'Barack Obama');
    expect(obama?.margin).toBeGreaterThan(0);
    expect(Number.isFinite(obama?.margin)).toBe(true);
  });
});

describe('markActive', () => {
  const activeWords = (text: string): string[] => {
    const tokens = tokenize(text);
    const active = markActive(tokens, tokens.map(() => '-'));
    return tokens.filter((_, i) => active[i]).map((t) => t.text);
  };

  it('should leave the lower-case words around a name untagged', () => {
    expect(activeWords('menurut Budi Santoso di kantornya')).toEqual(['Budi', 'Santoso']);
  });

  it('should tag numbers, short runs of words inside names and lower-case heads before them', () => {
    expect(activeWords('siswa SMA Negeri 8 di Stade de la Mosson dan tinggal di desa Kramas')).toEqual(
      ['SMA', 'Negeri', '8', 'di', 'Stade', 'de', 'la', 'Mosson', 'desa', 'Kramas'],
    );
  });

  it('should tag the parts written against a name', () => {
    expect(activeWords('wakil ketua Choi Yoon-hee, yang')).toEqual(['Choi', 'Yoon', '-', 'hee', ',']);
  });
});

describe('tagText on a hyphenated name', () => {
  it('should keep the part after the hyphen', () => {
    const text = 'Daeyang Shipbuilding was represented by vice chairman Choi Yoon-hee, who will oversee construction.';
    const people = tagText(text, []).filter((s) => s.kind === 'PER').map((s) => text.slice(s.start, s.end));
    expect(people).toContain('Choi Yoon-hee');
  });
});

describe('useTaggerModel', () => {
  /** A model of one feature: a word of the region class is a place. Its classes put "kopi" in that class. */
  const regionModel = (regionWords: string[]): TaggerModel => ({
    tags: TAGS,
    transitions: TAGS.map(() => TAGS.map(() => 0)).concat([TAGS.map(() => 0)]),
    classes: { ...Object.fromEntries(Object.keys(SHIPPED_CLASSES).map((letter) => [letter, []])), R: regionWords },
    weights: { 'c=R': `${TAGS.indexOf('B-LOC')}:50` },
  });
  const text = 'Ia bertemu Barack Obama di Kopi .';
  const tagged = (): string[] => tagText(text, []).map((s) => `${s.kind} ${text.slice(s.start, s.end)}`);

  it('should tag with a swapped-in model and the word classes it carries until the shipped one is put back', () => {
    try {
      // Act
      useTaggerModel(regionModel(['kopi']));
      const swapped = tagged();
      useTaggerModel(regionModel([]));
      const withoutClass = tagged();
      useTaggerModel();
      const shipped = tagged();
      // Assert: the class comes from the model, not from the live region list (which has no "kopi")
      expect(swapped).toEqual(['LOC Kopi']);
      expect(withoutClass).toEqual([]);
      expect(shipped).toContain('PER Barack Obama');
    } finally {
      useTaggerModel();
    }
  });

  it('should read words with the classes the shipped model stores, not with later edits of the lists', () => {
    // The class letters a feature of "Gubernur" carries, with the shipped classes and with a title class lacking it.
    const titleClass = (): string => extractFeatures(['Gubernur'], ['-'])[0]!.find((f) => f.startsWith('c='))!;
    try {
      const shipped = titleClass();
      useWordClasses({ ...SHIPPED_CLASSES, T: SHIPPED_CLASSES.T!.filter((w) => w !== 'gubernur') });
      const edited = titleClass();
      expect(shipped).toContain('T');
      expect(edited).not.toContain('T');
    } finally {
      useTaggerModel();
    }
  });

  it('should refuse a model with other tags, or without its word classes, and keep the one in use', () => {
    expect(() => useTaggerModel({ tags: ['O', 'B-X'], transitions: [], classes: SHIPPED_CLASSES, weights: {} })).toThrow(/differ/);
    expect(() => useTaggerModel({ ...regionModel([]), classes: {} })).toThrow(/lack class R/);
    expect(tagged()).toContain('PER Barack Obama');
  });
});

describe('tagText on a listed given name before a name', () => {
  const people = (text: string): string[] => tagText(text, []).filter((s) => s.kind === 'PER').map((s) => text.slice(s.start, s.end));

  it('should take a given name that is also a dictionary word into the name ("Aji", "Awang")', () => {
    expect(people('Menurut Aji Mirni Mawarni, rapat ditunda.')).toEqual(['Aji Mirni Mawarni']);
    expect(people('Kemarin Awang Ferdian Hidayat hadir dalam rapat.')).toEqual(['Awang Ferdian Hidayat']);
  });

  it('should not take it after another capitalised word of a name or place ("Masjid Agung Ahmad Dahlan")', () => {
    expect(people('Di Masjid Agung Ahmad Dahlan, jemaah berkumpul.')).toEqual(['Ahmad Dahlan']);
  });
});

describe('tidySpan', () => {
  /** The words of each piece tidySpan keeps of a span over all of `words`. */
  const tidy = (words: string[], kind: 'PER' | 'ORG' | 'LOC'): string[] =>
    tidySpan(words, { first: 0, last: words.length - 1, kind }).map((p) => words.slice(p.first, p.last + 1).join(' '));

  it('should split a place or person run at a joining word, but keep an organization whole', () => {
    expect(tidy(['Sumatra', 'and', 'Kalimantan'], 'LOC')).toEqual(['Sumatra', 'Kalimantan']);
    expect(tidy(['George', 'Roger', 'Waters', 'di', 'Great'], 'PER')).toEqual(['George Roger Waters']);
    expect(tidy(['Dinas', 'Koperasi', 'dan', 'Perindustrian'], 'ORG')).toEqual(['Dinas Koperasi dan Perindustrian']);
    expect(tidy(['AKBP'], 'ORG')).toEqual([]);
  });

  it('should split at a sentence end but not after an initial or "Jr", and drop a lone dictionary word cut off', () => {
    expect(tidy(['Sukhdev', 'Singh', '.', 'Promo'], 'PER')).toEqual(['Sukhdev Singh']);
    expect(tidy(['Arifin', 'C', '.', 'Noer'], 'PER')).toEqual(['Arifin C . Noer']);
    expect(tidy(['Sukhdev', 'Singh', '.', 'Rudi'], 'PER')).toEqual(['Sukhdev Singh', 'Rudi']);
  });

  it('should drop a leading sentence word, title or rank and a trailing degree from a person, not from a place', () => {
    expect(tidy(['Menurut', 'Nangoi'], 'PER')).toEqual(['Nangoi']);
    expect(tidy(['Serma', 'Hartono'], 'PER')).toEqual(['Hartono']);
    expect(tidy(['Abdullah', 'Sitopan', 'BA'], 'PER')).toEqual(['Abdullah Sitopan']);
    expect(tidy(['Kota', 'Milwaukee'], 'LOC')).toEqual(['Kota Milwaukee']);
    expect(tidy(['Menurut'], 'PER')).toEqual([]);
    expect(tidy(['Kapten'], 'PER')).toEqual([]);
  });

  it('should read a place or body that opens with a person\'s honorific as a person, keeping "Ki" and "Nyi"', () => {
    const read = (words: string[], kind: 'PER' | 'ORG' | 'LOC'): string[] =>
      tidySpan(words, { first: 0, last: words.length - 1, kind }).map((p) => `${p.kind} ${words.slice(p.first, p.last + 1).join(' ')}`);
    expect(read(['Ki', 'Hajar', 'Dewantara'], 'LOC')).toEqual(['PER Ki Hajar Dewantara']);
    expect(read(['Nyi', 'Ageng', 'Serang'], 'ORG')).toEqual(['PER Nyi Ageng Serang']);
    expect(read(['KH', 'Hasyim', 'Asyari'], 'LOC')).toEqual(['PER Hasyim Asyari']);
    expect(read(['Ibu', 'Kota', 'Nusantara'], 'LOC')).toEqual(['LOC Ibu Kota Nusantara']);
    expect(read(['Jalan', 'Ki', 'Hajar', 'Dewantara'], 'LOC')).toEqual(['LOC Jalan Ki Hajar Dewantara']);
    expect(read(['Wan', 'Syafrizal'], 'LOC')).toEqual(['PER Wan Syafrizal']);
    expect(read(['Andi', 'Sudirman', 'Sulaiman'], 'ORG')).toEqual(['PER Andi Sudirman Sulaiman']);
  });

  it('should take into a person the "I" or "Ni" before a Balinese name word, and no other "I"', () => {
    const words = ['Menurut', 'I', 'Nyoman', 'Gede', 'Putra', 'dan', 'Kelas', 'I', 'Budi'];
    const read = (first: number, last: number): string[] =>
      tidySpan(words, { first, last, kind: 'PER' }).map((p) => words.slice(p.first, p.last + 1).join(' '));
    expect(read(2, 4)).toEqual(['I Nyoman Gede Putra']);
    expect(read(8, 8)).toEqual(['Budi']);
  });

  it('should split two full names joined by a dash between spaces, not a hyphenated name', () => {
    const pieces = (words: string[], dash: number): string[] =>
      tidySpan(words, { first: 0, last: words.length - 1, kind: 'PER' }, new Set([dash])).map((p) =>
        words.slice(p.first, p.last + 1).join(' '),
      );
    expect(pieces(['Usha', 'Mangeshkar', '-', 'Meena', 'Mangeshkar'], 2)).toEqual(['Usha Mangeshkar', 'Meena Mangeshkar']);
    expect(pieces(['Catherine', 'Zeta', '-', 'Jones'], 2)).toEqual(['Catherine Zeta - Jones']);
    // Without the space around it, the dash is part of one name.
    expect(tidy(['Usha', 'Mangeshkar', '-', 'Meena', 'Mangeshkar'], 'PER')).toEqual(['Usha Mangeshkar - Meena Mangeshkar']);
  });
});

describe('knownNameMarks', () => {
  it('should mark the longest known name from a capitalised word with the letters of its lists', () => {
    // "Hamparan Perak" is a kecamatan and a desa; "Leatherhead" an English town; "Aston Villa" a club.
    const words = tokenize('di Hamparan Perak , Leatherhead dan Aston Villa').map((t) => t.text);
    expect(knownNameMarks(words)).toEqual(['_', 'Bdv', 'Idv', '_', 'Bt', '_', 'Bo', 'Io']);
  });

  it('should not mark lower-case words or unknown names', () => {
    expect(knownNameMarks(['hamparan', 'perak', 'Zxqwv'])).toEqual(['_', '_', '_']);
  });

  it('should match names the tokenizer splits at punctuation', () => {
    const words = tokenize('di Saint-Denis').map((t) => t.text);
    expect(knownNameMarks(words)).toEqual(['_', 'Bt', 'It', 'It']);
  });
});

describe('tagText person names', () => {
  it('should drop a leading possessive ("Wakilnya") and never start a name with a degree', () => {
    const spans = [{ first: 0, last: 3, kind: 'PER' as const }];
    expect(tidySpan(['Wakilnya', 'S', '.', 'Soegianto'], spans[0]!)).toEqual([{ first: 1, last: 3, kind: 'PER' }]);
    expect(tidySpan(['BSc'], { first: 0, last: 0, kind: 'PER' })).toEqual([]);
  });

  it('should keep a generation suffix and drop an honorific written without its period', () => {
    const text = 'Ia lahir dari Harold George Belafonte , Jr . dan bertemu Drs Sabarani .';
    const people = tagText(text, []).filter((s) => s.kind === 'PER').map((s) => text.slice(s.start, s.end));
    expect(people).toContain('Harold George Belafonte , Jr .');
    expect(people).not.toContain('Drs Sabarani');
  });
});

describe('isDictionaryWord', () => {
  it('should know Indonesian and English words in any case, and not names', () => {
    expect(isDictionaryWord('Sekolah')).toBe(true);
    expect(isDictionaryWord('Great')).toBe(true);
    expect(isDictionaryWord('Mangeshkar')).toBe(false);
    expect(isDictionaryWord('Balikpapan')).toBe(false);
  });
});

describe('isDerivedNoun', () => {
  it('should know abstract nouns built on a dictionary stem, nasal prefixes included, and no names', () => {
    const nouns = ['Kehakiman', 'Pertahanan', 'Pendidikan', 'Pengawasan', 'Penyuluhan', 'Pembangunan', 'Pertandingan'];
    expect(nouns.filter((w) => !isDerivedNoun(w))).toEqual([]);
    expect(['Kurniawan', 'Setiawan', 'Permana', 'Ketapang', 'Pesan'].filter((w) => isDerivedNoun(w))).toEqual([]);
  });
});

describe('harmonizeLists', () => {
  /** Spans over the given words of `text` with the given kinds. */
  const spansOf = (text: string, items: Array<[string, TaggedSpan['kind']]>): TaggedSpan[] =>
    items.map(([word, kind]) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, kind, margin: 1 }));

  it('should leave a person whose name opens with "Wan", "Andi" or an honorific in a list of places', () => {
    const text = 'di Desa Kualu Nenas, Kecamatan Tambang, Kampar, Wan Syafrizal, mengaku';
    const spans = spansOf(text, [['Desa Kualu Nenas', 'LOC'], ['Kecamatan Tambang', 'LOC'], ['Kampar', 'LOC'], ['Wan Syafrizal', 'PER']]);
    expect(harmonizeLists(text, spans).map((s) => s.kind)).toEqual(['LOC', 'LOC', 'LOC', 'PER']);
  });

  it('should give the odd person in a list of places the places\' kind, and leave short or mixed lists alone', () => {
    // Prepare
    const list = 'melewati Cawas, Trucuk, Pedan dan Karangdowo.';
    const short = 'bersama Budi dan Solo.';
    const mixed = 'Budi, Siti, Solo dan Sragen.';
    // Act
    const kinds = (text: string, items: Array<[string, TaggedSpan['kind']]>) => harmonizeLists(text, spansOf(text, items)).map((s) => s.kind);
    // Assess
    expect(kinds(list, [['Cawas', 'LOC'], ['Trucuk', 'PER'], ['Pedan', 'LOC'], ['Karangdowo', 'LOC']])).toEqual(['LOC', 'LOC', 'LOC', 'LOC']);
    expect(kinds(short, [['Budi', 'PER'], ['Solo', 'LOC']])).toEqual(['PER', 'LOC']);
    expect(kinds(mixed, [['Budi', 'PER'], ['Siti', 'PER'], ['Solo', 'LOC'], ['Sragen', 'LOC']])).toEqual(['PER', 'PER', 'LOC', 'LOC']);
  });

  it('should read a list of unlisted names as places when known places are among them and no given name is', () => {
    // Prepare: the tagger read suburbs as people; Springfield and Hillcrest are known towns, none is a given name.
    const suburbs = 'Pinggiran kota adalah Ngongotaha, Pukehangi, Springfield, Hillcrest dan Owhata.';
    const people = 'Pemainnya adalah Budi, Pukehangi, Springfield, Hillcrest dan Owhata.';
    const kinds = (text: string) =>
      harmonizeLists(text, spansOf(text, ['Ngongotaha', 'Budi', 'Pukehangi', 'Springfield', 'Hillcrest', 'Owhata'].filter((w) => text.includes(w)).map((w) => [w, 'PER'] as [string, TaggedSpan['kind']]))).map((s) => s.kind);
    // Act / Assess: with a listed given name ("Budi") in the list, the people stay people.
    expect(kinds(suburbs)).toEqual(['LOC', 'LOC', 'LOC', 'LOC', 'LOC']);
    expect(kinds(people)).toEqual(['PER', 'PER', 'PER', 'PER', 'PER']);
  });

  it('should not join names that other words separate into one list', () => {
    // Prepare
    const text = 'Cawas dekat Trucuk, lalu Pedan dan Karangdowo.';
    const spans = spansOf(text, [['Cawas', 'LOC'], ['Trucuk', 'PER'], ['Pedan', 'LOC'], ['Karangdowo', 'LOC']]);
    // Act / Assess
    expect(harmonizeLists(text, spans).map((s) => s.kind)).toEqual(['LOC', 'PER', 'LOC', 'LOC']);
  });
});
