import { describe, expect, it } from 'vitest';
import type { EntityResult, OrganizationEntity, PersonEntity } from '../../../lambdas/shared/types.js';
import { normalizeName, scoreArticle, summarizeScores } from './gold-scorer.js';
import type { Gold } from './gold-scorer.js';

/** A person prediction with defaults. */
function person(name: string, extra: Partial<PersonEntity> = {}): PersonEntity {
  return { name, aliases: [], titles: [], organization: null, official: false, mentions: [], ...extra };
}

/** An organization prediction with defaults. */
function org(name: string, extra: Partial<OrganizationEntity> = {}): OrganizationEntity {
  return { name, acronym: null, aliases: [], government: false, mentions: [], ...extra };
}

/** A result with only the given parts. */
function result(parts: Partial<EntityResult>): EntityResult {
  return { people: [], organizations: [], locations: [], sectors: [], quotes: [], ...parts };
}

/** A location prediction. */
function place(name: string) {
  return { name, kind: 'city', code: null, mentions: [] };
}

/** A sector prediction. */
function sector(code: string) {
  return { code, label: code, keywords: [], mentions: [] };
}

const gold: Gold = {
  title: 'Menteri Yuddy',
  dateline: 'Jakarta',
  people: [
    { name: 'Yuddy Chrisnandi', aliases: ['Yuddy'], titles: ['Menteri PANRB'], organization: 'Kementerian PANRB', official: true },
    { name: 'Samsul Arif', aliases: ['Samsul'], titles: [], organization: 'Persib Bandung', official: false },
    { name: 'Angie', aliases: [], titles: [], organization: null, official: null },
  ],
  organizations: [
    { name: 'Kementerian PANRB', aliases: ['Kemenpan RB', 'Kemenpan-RB'], government: true },
    { name: 'Persib Bandung', aliases: ['Persib'], government: false },
  ],
  locations: ['Jakarta', { name: 'Jawa Barat', aliases: ['Jabar'] }],
  sectors: { must: ['O', 'R'], optional: ['J'] },
  quotes: [
    { speaker: 'Yuddy Chrisnandi', startsWith: 'Orang-orang yang tidak' },
    { speaker: null, startsWith: 'Dia menyewa' },
    { speaker: 'Persib', startsWith: 'Kami harus menang' },
  ],
  ignore: ['Gedung KPK'],
  mustNot: ['Kompas.com', 'PNS'],
};

describe('normalizeName', () => {
  it('should fold case, accents and punctuation', () => {
    expect(normalizeName('Kemenpan-RB')).toBe('kemenpan rb');
    expect(normalizeName('  Bünyamin  Yılmaz ')).toBe('bunyamin yilmaz');
    expect(normalizeName('Wicky V. Olindo')).toBe('wicky v olindo');
  });
});

describe('scoreArticle', () => {
  it('should give perfect scores to a perfect result', () => {
    // Prepare
    const perfect = result({
      people: [
        person('Yuddy Chrisnandi', { organization: 'Kementerian PANRB', official: true }),
        person('Samsul Arif', { organization: 'Persib Bandung' }),
        person('Angie'),
      ],
      organizations: [org('Kementerian PANRB', { government: true }), org('Persib Bandung')],
      locations: [place('Jakarta'), place('Jawa Barat')],
      sectors: [sector('O'), sector('R')],
      quotes: [
        { speaker: 'Yuddy Chrisnandi', text: 'Orang-orang yang tidak memiliki kinerja', start: 0, end: 1 },
        { speaker: null, text: 'Dia menyewa 16 pengawal', start: 0, end: 1 },
        { speaker: 'Persib Bandung', text: 'Kami harus menang', start: 0, end: 1 },
      ],
    });
    // Act
    const score = scoreArticle(perfect, gold);
    // Assess
    for (const kind of ['people', 'organizations', 'locations'] as const) {
      expect(score[kind]).toMatchObject({ precision: 1, recall: 1, missed: [], spurious: [] });
    }
    expect(score.official).toMatchObject({ correct: 2, total: 2, accuracy: 1 });
    expect(score.government.accuracy).toBe(1);
    expect(score.personOrganization).toMatchObject({ correct: 2, total: 2 });
    expect(score.sectors).toMatchObject({ mustRecall: 1, outside: [] });
    expect(score.quotes).toMatchObject({ correct: 3, total: 3, found: 3 });
    expect(score.mustNotViolations).toEqual([]);
  });

  it('should match by alias, case and punctuation, and count a gold entity once', () => {
    // Prepare: "kemenpan-rb" and "Kemenpan RB" both name the ministry; the second is a duplicate.
    const predicted = result({
      organizations: [org('kemenpan-rb', { government: true }), org('Kemenpan RB', { government: true }), org('PNS')],
      people: [person('Yuddy')],
    });
    // Act
    const score = scoreArticle(predicted, gold);
    // Assess
    expect(score.organizations).toMatchObject({ truePositives: 1, duplicates: 1, falsePositives: 1, spurious: ['PNS'] });
    expect(score.organizations.precision).toBe(0.5);
    expect(score.organizations.recall).toBe(0.5);
    expect(score.organizations.missed).toEqual(['Persib Bandung']);
    expect(score.people.truePositives).toBe(1);
    expect(score.mustNotViolations).toEqual(['PNS']);
  });

  it('should match a prediction through its acronym when its name differs', () => {
    const score = scoreArticle(result({ organizations: [org('Kementerian Pendayagunaan Aparatur Negara', { acronym: 'Kemenpan-RB' })] }), gold);
    expect(score.organizations.truePositives).toBe(1);
  });

  it('should not count ignored names as false positives', () => {
    const score = scoreArticle(result({ locations: [place('Jakarta'), place('gedung KPK')] }), gold);
    expect(score.locations).toMatchObject({ truePositives: 1, falsePositives: 0, ignored: 1, precision: 1, recall: 0.5 });
  });

  it('should give null precision when nothing is predicted and null recall when the gold has none', () => {
    const score = scoreArticle(result({}), { ...gold, locations: [] });
    expect(score.people.precision).toBeNull();
    expect(score.people.recall).toBe(0);
    expect(score.locations.recall).toBeNull();
  });

  it('should score flags over matched entities only and skip null gold flags', () => {
    // Prepare: Yuddy wrongly not official, Angie (gold null) either way, a spurious person is not scored.
    const predicted = result({ people: [person('Yuddy Chrisnandi', { official: false }), person('Angie', { official: true }), person('Budi', { official: true })] });
    // Act
    const score = scoreArticle(predicted, gold);
    // Assess
    expect(score.official).toMatchObject({ correct: 0, total: 1, accuracy: 0, wrong: ['Yuddy Chrisnandi official=true'] });
  });

  it('should accept a person -> organization link through any form of the gold organization', () => {
    // Prepare: the predicted organization is known by its acronym, a gold alias.
    const predicted = result({
      people: [person('Yuddy', { organization: 'Kemenpan RB' }), person('Samsul Arif', { organization: 'Arema' }), person('Angie', { organization: 'DPR' })],
    });
    // Act
    const score = scoreArticle(predicted, gold);
    // Assess: Angie has no gold organization, so only two links are scored.
    expect(score.personOrganization).toMatchObject({ correct: 1, total: 2, wrong: ['Samsul Arif -> Arema'] });
  });

  it('should resolve a link through the predicted organization aliases', () => {
    const predicted = result({
      people: [person('Yuddy Chrisnandi', { organization: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi' })],
      organizations: [org('Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', { aliases: ['Kemenpan-RB'] })],
    });
    expect(scoreArticle(predicted, gold).personOrganization.accuracy).toBe(1);
  });

  it('should find quotes by their opening words and check speakers', () => {
    // Prepare: leading quote mark and case differ; the null-speaker quote gets a speaker; the third is missing.
    const predicted = result({
      quotes: [
        { speaker: 'Yuddy', text: '“orang-orang yang TIDAK memiliki', start: 0, end: 1 },
        { speaker: 'Zuckerberg', text: 'Dia menyewa 16 pengawal', start: 0, end: 1 },
      ],
    });
    // Act
    const score = scoreArticle(predicted, gold);
    // Assess
    expect(score.quotes).toMatchObject({ correct: 1, total: 3, found: 2 });
    expect(score.quotes.wrong).toHaveLength(2);
  });

  it('should report must sectors missing and codes outside must + optional', () => {
    const score = scoreArticle(result({ sectors: [sector('O'), sector('J'), sector('C')] }), gold);
    expect(score.sectors).toMatchObject({ must: 2, mustFound: 1, mustRecall: 0.5, missing: ['R'], outside: ['C'] });
  });

  it('should find mustNot names inside mention texts as whole words only', () => {
    // Prepare: "KOMPAS.com" as a mention violates; "PNSX" does not contain the word PNS.
    const predicted = result({
      organizations: [org('Kompas', { mentions: [{ start: 0, end: 10, text: 'KOMPAS.com' }] }), org('PNSX')],
    });
    expect(scoreArticle(predicted, gold).mustNotViolations).toEqual(['Kompas.com']);
  });
});

describe('summarizeScores', () => {
  it('should macro-average P/R over defined values and pool accuracies', () => {
    // Prepare: one perfect-ish article and one empty result.
    const a = scoreArticle(result({ people: [person('Yuddy Chrisnandi', { official: true, organization: 'Kemenpan RB' })] }), gold);
    const b = scoreArticle(result({}), gold);
    // Act
    const summary = summarizeScores([a, b]);
    // Assess: people precision only defined for a (1); recall (1/3 + 0) / 2.
    expect(summary.people.precision).toBe(1);
    expect(summary.people.recall).toBeCloseTo(1 / 6);
    expect(summary.official).toBe(1);
    expect(summary.quotes).toBe(0);
    expect(summary.sectorMustRecall).toBe(0);
    expect(summary.articles).toBe(2);
  });
});
