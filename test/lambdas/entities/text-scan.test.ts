import { describe, expect, it } from 'vitest';
import { LETTER_END, LETTER_START, ROMAN_NUMERAL, WORD_END, WORD_START, anyWordGate, buildAlternation, clashesWith, initialsOf, insideLonger, latinPartOf, literalGroups, literalMatcher, overlapsAny, spelledBefore, textWords, wholeWordsAt, withCountedLetters, withinAny, wordChar, wordStartMatcher, wordStarts } from '../../../lambdas/entities/text-scan.js';
import { tokenize } from '../../../lambdas/entities/tagger-features.js';

/** Every code point of the Basic Multilingual Plane and a sample of the others, surrogates excluded. */
const CODE_POINTS: number[] = [];
for (let c = 0; c < 0x10000; c += 1) if (c < 0xd800 || c > 0xdfff) CODE_POINTS.push(c);
for (let c = 0x10000; c <= 0x10ffff; c += 97) CODE_POINTS.push(c);

describe('latinPartOf', () => {
  it('should list the Latin characters of a Unicode class as ranges', () => {
    const digits = new RegExp(`^[${latinPartOf(/\p{N}/u)}]$`, 'u');
    expect(['0', '9', '²', '½'].every((d) => digits.test(d))).toBe(true);
    expect(['a', '.', 'Ⅻ'].some((d) => digits.test(d))).toBe(false);
  });
});

describe('word boundaries', () => {
  it('should equal the plain \\p{L} / \\p{N} lookarounds and classes on every character', () => {
    // Prepare: the fast forms and the plain forms they stand for
    const pairs = [
      [new RegExp(`${WORD_START}x${WORD_END}`, 'u'), /(?<![\p{L}\p{N}])x(?![\p{L}\p{N}])/u],
      [new RegExp(`${LETTER_START}x${LETTER_END}`, 'u'), /(?<!\p{L})x(?!\p{L})/u],
      [new RegExp(`${LETTER_START}x${LETTER_END}`, 'iu'), /(?<!\p{L})x(?!\p{L})/iu],
      [new RegExp(`x${wordChar("'’-")}`, 'u'), /x[\p{L}\p{N}'’-]/u],
    ] as const;
    // Act: the character before and after "x"
    const differing = CODE_POINTS.filter((c) => {
      const char = String.fromCodePoint(c);
      return pairs.some(([fast, plain]) => [`${char}x`, `x${char}`].some((s) => fast.test(s) !== plain.test(s)));
    });
    // Assert
    expect(differing).toEqual([]);
  });
});

describe('tokenize', () => {
  it('should equal the regex /[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]/gu on every character', () => {
    const plain = (text: string): string[] => [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => `${m.index}:${m[0]}`);
    const scanned = (text: string): string[] => tokenize(text).map((t) => `${t.start}:${t.text}`);
    const differing = CODE_POINTS.filter((c) => {
      const text = `a${String.fromCodePoint(c)}b ${String.fromCodePoint(c)}`;
      return scanned(text).join('|') !== plain(text).join('|');
    });
    expect(differing).toEqual([]);
    // A lone surrogate is a token of its own, as the regex has it.
    expect(scanned('x\ud800y')).toEqual(plain('x\ud800y'));
  });

  it('should keep offsets into a text with curly quotes and astral characters', () => {
    const text = '“Kata 😀 Mas’ud”';
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['“', 'Kata', '😀', 'Mas', '’', 'ud', '”']);
  });
});

describe('initialsOf', () => {
  it('should spell the first letters of every word, or of the capitalised ones only', () => {
    expect(initialsOf('Badan Pusat Statistik')).toBe('BPS');
    expect(initialsOf('Kementerian Desa dan  Transmigrasi')).toBe('KDdT');
    expect(initialsOf('Kementerian Desa dan Transmigrasi', true)).toBe('KDT');
  });
});

describe('spelledBefore', () => {
  it('should give the last capitalised words before a short form when their initials spell it', () => {
    expect(spelledBefore('tunggakan Pajak Bumi dan Bangunan ', 'PBB')).toBe('Pajak Bumi Bangunan');
    expect(spelledBefore('lahan PT Sawit Bumi Benuaq ', 'SBB')).toBe('Sawit Bumi Benuaq');
  });

  it('should give null when the words before spell something else or are too few', () => {
    expect(spelledBefore('warga Seram Bagian Barat ', 'SBT')).toBeNull();
    expect(spelledBefore('di Bumi ', 'PBB')).toBeNull();
  });
});

describe('span relations', () => {
  it('should tell overlapping, clashing, lying within and lying inside a longer span apart', () => {
    // Prepare: a body's span and spans at, inside, across and beside it
    const body = { start: 10, end: 30 };
    const inner = { start: 12, end: 20 };
    const across = { start: 25, end: 35 };
    const beside = { start: 30, end: 40 };

    // Assert: touching ends do not overlap; an inner span lies inside, the same span does not lie inside itself
    expect([inner, across, beside].map((s) => overlapsAny(s, [body]))).toEqual([true, true, false]);
    expect([inner, across, body].map((s) => insideLonger(s, [body]))).toEqual([true, false, false]);
    expect([inner, across, body].map((s) => withinAny(s, [body]))).toEqual([true, false, true]);
    expect([inner, across].map((s) => clashesWith(s, [body]))).toEqual([true, true]);
    expect(clashesWith(body, [inner])).toBe(false);
  });
});

describe('ROMAN_NUMERAL', () => {
  const whole = new RegExp(`^${ROMAN_NUMERAL}$`);
  it('reads the numerals a unit, a school or a cooperative is numbered with, and no other run of I, V and X', () => {
    expect(['I', 'II', 'IV', 'VIII', 'IX', 'XII', 'XIV', 'XIX', 'XXIV', 'XXX'].filter((n) => whole.test(n))).toHaveLength(10);
    expect(['IIII', 'VV', 'IVX', 'XXXX', 'VX', ''].filter((n) => whole.test(n))).toEqual([]);
  });
  it('reads a numeral at the end of a name whole, the tens with it', () => {
    expect(new RegExp(`${ROMAN_NUMERAL}$`).exec('SMA Negeri XIV')?.[0]).toBe('XIV');
  });
});

describe('buildAlternation', () => {
  it('should match the longest literal at a position, as a longest-first list does, with shared starts written once', () => {
    const literals = ['Kota', 'Kota Baru', 'Wali Kota', 'Wakil Wali Kota', 'PT Bank Pembangunan Daerah Bali', 'PT Bank Pembangunan Daerah Jawa Timur'];
    const pattern = buildAlternation(literals);
    const re = new RegExp(`(?:${pattern})(?![\\p{L}])`, 'gu');
    const text = 'Wakil Wali Kota hadir di Kota Baru, Kota lama, dan PT Bank Pembangunan Daerah Jawa Timur.';
    expect([...text.matchAll(re)].map((m) => m[0])).toEqual(['Wakil Wali Kota', 'Kota Baru', 'Kota', 'PT Bank Pembangunan Daerah Jawa Timur']);
    expect(pattern.match(/PT Bank Pembangunan Daerah /g)).toHaveLength(1);
    expect(buildAlternation(['a.b', '(x)'])).toBe('(?:\\(x\\)|a\\.b)');
  });
});

describe('wordStarts and wordStartMatcher', () => {
  it('should start words where WORD_START holds before a letter or digit, astral letters and curly quotes included', () => {
    const text = 'Di “Kota-Balikpapan”, 2024 𝐀bc x𝐀 Ⅻ é';
    const plain = [...text.matchAll(new RegExp(`${WORD_START}[\\p{L}\\p{N}]`, 'gu'))].map((m) => m.index);
    expect([...wordStarts(text)]).toEqual(plain);
    expect([...wordStarts('Di Kota-Balikpapan, 2024')]).toEqual([0, 3, 8, 20]);
  });

  it('should find what a whole-text scan with WORD_START finds, overlaps resolved the same way, on every character around', () => {
    const forms = ['Kota', 'Kota Baru', 'Baru', 'kota', 'Bima', '2024', 'Éa'];
    const body = `(?:${buildAlternation(forms)})${WORD_END}`;
    const scan = (text: string): string[] => [...text.matchAll(new RegExp(`${WORD_START}${body}`, 'gu'))].map((m) => `${m.index}:${m[0]}`);
    const matcher = wordStartMatcher(body, forms);
    const found = (text: string): string[] => matcher(text).map((m) => `${m.index}:${m[0]}`);
    const base = 'Kota Baru dan kota Bima, xKota, Kota2024 2024 Éa Baru';
    expect(found(base)).toEqual(scan(base));
    expect(found(base)).toContain('0:Kota Baru');
    // Any character before a form or after it: the matcher agrees with the scan on all of them.
    const differing = CODE_POINTS.filter((c, i) => i % 7 === 0).filter((c) => {
      const char = String.fromCodePoint(c);
      const text = `${char}Kota Baru${char}Bima ${char}2024${char}`;
      return found(text).join() !== scan(text).join();
    });
    expect(differing).toEqual([]);
  });

  it('should refuse an opener that is no Latin letter or digit, and take both cases under the flag "i"', () => {
    expect(() => wordStartMatcher('\\(x\\)', ['(x)'])).toThrow(/no Latin letter or digit/);
    expect(wordStartMatcher('kota', ['kota'], 'iu')('di KOTA').map((m) => m.index)).toEqual([3]);
  });
});

describe('literalMatcher', () => {
  it('should find what one whole trie finds, with the literals cut into patterns below the size V8 optimises', () => {
    // Prepare: 4,000 literals (a trie of about 60 KB), spread over every opening letter and digit
    let seed = 11;
    const next = (): number => (seed = (seed * 16807) % 2147483647);
    const openers = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const literals = Array.from({ length: 4000 }, () => {
      const length = 3 + (next() % 12);
      return openers[next() % openers.length]! + Array.from({ length }, () => 'aeiourstnk '[next() % 11]).join('').trim();
    });
    const text = Array.from({ length: 300 }, () => (next() % 3 === 0 ? literals[next() % literals.length] : 'kata')).join(' ');
    const after = '(?![\\p{L}\\p{N}])';
    const whole = wordStartMatcher(`(?:${buildAlternation(literals)})${after}`, literals);
    // Act
    const matcher = literalMatcher(literalGroups(literals), after);
    // Assert
    expect(buildAlternation(literals).length).toBeGreaterThan(20_480);
    expect(matcher.all(text).map((m) => `${m.index}:${m[0]}`)).toEqual(whole(text).map((m) => `${m.index}:${m[0]}`));
    const first = matcher.all(text)[0]!;
    expect(matcher.at(text, first.index)?.[0]).toBe(first[0]);
    expect(matcher.at(text, first.index + first[0].length)).toBeNull(); // the space after it
  });

  it('should refuse a literal that opens with no Latin letter or digit', () => {
    expect(() => literalGroups(['(x)'])).toThrow(/no Latin letter or digit/);
  });
});

describe('withCountedLetters', () => {
  it('should spell a digit in a short form as its letter that many times', () => {
    expect([withCountedLetters('KP3'), withCountedLetters('P2TP2A'), withCountedLetters('BPBD')]).toEqual(['KPPP', 'PPTPPA', 'BPBD']);
  });
});

describe('wholeWordsAt', () => {
  it('should list where a literal stands as a whole word, not inside a longer one, and nothing for an empty one', () => {
    expect(wholeWordsAt('BI dan BIN, (BI) dan SBI', 'BI')).toEqual([0, 13]);
    expect(wholeWordsAt('Kanwil Ditjenpas Jambi', 'Ditjenpas')).toEqual([7]);
    expect(wholeWordsAt('teks', '')).toEqual([]);
  });
});

describe('anyWordGate', () => {
  it('passes a text that holds a phrase\'s first word as a run of letters, whatever bounds it', () => {
    const englishOffice = anyWordGate(['Office', 'Agency', 'River Basin']);
    expect(englishOffice('the Samarinda City Office said')).toBe(true);
    expect(englishOffice('2Agency-run')).toBe(true);
    expect(englishOffice('the River flooded')).toBe(true);
    expect(englishOffice('Kantor Dinas PU Samarinda')).toBe(false);
    // A word inside a longer one is no mention of it.
    expect(englishOffice('Officer Budi')).toBe(false);
  });

  it('gives a pattern\'s matches only where it lets the pattern run', () => {
    // The gate is a necessary condition: wherever the pattern matches, the gate passes.
    const pattern = new RegExp(`${WORD_START}(?:Regional[ \\t]+)?[Pp]olice${WORD_END}`, 'gu');
    const police = anyWordGate(['Police', 'police']);
    for (const text of ['East Kalimantan Regional Police', 'the police, 3police', 'Polda Kaltim', 'Policeman']) {
      expect(police(text) || !pattern.test(text)).toBe(true);
      pattern.lastIndex = 0;
    }
  });

  it('refuses a first word with marks other than letters', () => {
    expect(() => anyWordGate(['Co. Ltd'])).toThrow(/no plain word/);
    expect(() => anyWordGate(['A320'])).toThrow(/no plain word/);
  });

  it('reads the words of the text once, as runs of letters', () => {
    expect([...textWords('Kota-Balikpapan, 2024 A320')]).toEqual(['Kota', 'Balikpapan', 'A']);
  });
});
