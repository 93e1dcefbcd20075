import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../lambdas/entities/index.js';
import { findShortFormHits, withCalledNames, withLongerNames } from '../../../lambdas/entities/person-aliases.js';
import { namedHit } from '../../../lambdas/entities/person-names.js';
import type { PersonHit } from '../../../lambdas/entities/types.js';

/** A hit on the first occurrence of `written` in `text`, filed under `name`. */
function hitOf(text: string, written: string, name = written): PersonHit {
  const start = text.indexOf(written);
  return namedHit({ start, end: start + written.length }, name);
}

describe('withLongerNames', () => {
  it('should file a name of fewer whole words under the one longer name that holds them', () => {
    const text = 'Sri Mulyani Indrawati hadir. Sri Mulyani berbicara.';
    const hits = [hitOf(text, 'Sri Mulyani Indrawati'), namedHit({ start: 29, end: 40 }, 'Sri Mulyani')];
    expect(withLongerNames(hits).map((h) => h.name)).toEqual(['Sri Mulyani Indrawati', 'Sri Mulyani Indrawati']);
  });

  it('should file a surname opened by a capitalised particle under the full name that writes it in lower case', () => {
    const text = 'Pelatih Gerard van der Meulen hadir. "Kami siap," kata Van der Meulen.';
    const hits = [hitOf(text, 'Gerard van der Meulen'), hitOf(text, 'Van der Meulen')];
    expect(withLongerNames(hits).map((h) => h.name)).toEqual(['Gerard van der Meulen', 'Gerard van der Meulen']);
  });

  it('should leave a name that two longer names hold, and a truncated word, as written', () => {
    const two = [namedHit({ start: 0, end: 1 }, 'Andi Alifian Mallarangeng'), namedHit({ start: 2, end: 3 }, 'Andi Zulkarnaen Mallarangeng'), namedHit({ start: 4, end: 5 }, 'Andi Mallarangeng')];
    expect(withLongerNames(two).map((h) => h.name)).toEqual(['Andi Alifian Mallarangeng', 'Andi Zulkarnaen Mallarangeng', 'Andi Mallarangeng']);
    const truncated = [namedHit({ start: 0, end: 1 }, 'Andi Harunsyah'), namedHit({ start: 2, end: 3 }, 'Andi Harun')];
    expect(withLongerNames(truncated).map((h) => h.name)).toEqual(['Andi Harunsyah', 'Andi Harun']);
  });
});

describe('withCalledNames', () => {
  it('should add the name a person is called by after "disapa" as an alias hit, and rename its later reading', () => {
    const text = 'Heruressandy Wahyudi, yang akrab disapa Heru, hadir. Menurut Heru, lahan siap.';
    const later = namedHit({ start: text.lastIndexOf('Heru'), end: text.lastIndexOf('Heru') + 4 }, 'Heru');
    const result = withCalledNames(text, [hitOf(text, 'Heruressandy Wahyudi'), later]);
    expect(result.map((h) => [text.slice(h.start, h.end), h.name, h.alias ?? false])).toEqual([
      ['Heruressandy Wahyudi', 'Heruressandy Wahyudi', false],
      ['Heru', 'Heruressandy Wahyudi', false],
      ['Heru', 'Heruressandy Wahyudi', true],
    ]);
  });

  it('should give "X, sapaan akrabnya" to the person named last before it, without a sentence word or honorific', () => {
    const text = 'Menteri Keuangan Sri Mulyani Indrawati hadir. Menurut Ani, sapaan akrabnya, pajak naik.';
    const called = withCalledNames(text, [hitOf(text, 'Sri Mulyani Indrawati')]).filter((h) => h.alias);
    expect(called.map((h) => [text.slice(h.start, h.end), h.name])).toEqual([['Ani', 'Sri Mulyani Indrawati']]);
  });
});

describe('findShortFormHits', () => {
  /** The short forms found, as [written, filed under]. */
  const shortForms = (text: string, known: PersonHit[], guesses: { start: number; end: number; kind: string }[]): string[][] =>
    findShortFormHits(text, known, known, guesses).map((h) => [text.slice(h.start, h.end), h.name]);
  /** The tagger's guess of `kind` on the last occurrence of `written`. */
  const guessOf = (text: string, written: string, kind: string) => ({ start: text.lastIndexOf(written), end: text.lastIndexOf(written) + written.length, kind });

  it('should read a part of a known name as that person where the tagger guessed the very word a body or a place', () => {
    const text = 'Gubernur Bali I Wayan Koster hadir. Koster didampingi istrinya. Menurut Koster, pasar ramai.';
    const known = [hitOf(text, 'I Wayan Koster')];
    const koster = text.indexOf('Koster didampingi');
    const guesses = [{ start: koster, end: koster + 6, kind: 'ORG' }, guessOf(text, 'Koster', 'LOC')];
    expect(shortForms(text, known, guesses)).toEqual([
      ['Koster', 'I Wayan Koster'],
      ['Koster', 'I Wayan Koster'],
    ]);
  });

  it('should leave a guess that holds more than the word, a place the lists know, and a word after a place word', () => {
    const longer = 'Bupati X Budi Koster hadir. Koster Foundation membantu.';
    expect(shortForms(longer, [hitOf(longer, 'Budi Koster')], [guessOf(longer, 'Koster Foundation', 'ORG')])).toEqual([]);
    const region = 'Penyanyi Ermawati br Karo tampil. Musik Karo dikenal luas.';
    expect(shortForms(region, [hitOf(region, 'Ermawati br Karo')], [guessOf(region, 'Karo', 'LOC')])).toEqual([]);
    const district = 'Klan ini didirikan oleh Isa Tomomune dari distrik Isa di Hitachi.';
    expect(shortForms(district, [hitOf(district, 'Isa Tomomune')], [guessOf(district, 'Isa', 'LOC')])).toEqual([]);
  });
});

describe('Balinese names called by a part', () => {
  it('should read "Ngurah Wirawan" and "Gung Raka" as the Balinese names they call, and give them their quotes', () => {
    const text =
      'Bendesa Adat Keramas, I Gusti Ngurah Putu Wirawan, memimpin upacara. Ketua Majelis Desa Adat (MDA) Kabupaten Gianyar, Anak Agung Gede Raka Darmawan, hadir.\n\n' +
      '"Dana berasal dari urunan krama," kata Ngurah Wirawan.\n\n"Dana hibah itu uang rakyat," ujar Gung Raka.';
    const result = extractEntities(text);
    expect(result.people.map((p) => p.name)).toEqual(['I Gusti Ngurah Putu Wirawan', 'Anak Agung Gede Raka Darmawan']);
    expect(result.quotes.map((q) => q.speaker)).toEqual(['I Gusti Ngurah Putu Wirawan', 'Anak Agung Gede Raka Darmawan']);
  });
});
