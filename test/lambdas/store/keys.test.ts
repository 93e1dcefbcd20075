import { describe, expect, it } from 'vitest';
import { entityKeyFor, foldName } from '../../../lambdas/store/keys.js';

describe('foldName', () => {
  it('should fold a name written with a straight, a curly or no apostrophe to one form', () => {
    const forms = ["Rudy Mas'ud", 'Rudy Mas’ud', 'Rudy Masud', 'RUDY MAS‘UD'];
    expect(new Set(forms.map(foldName))).toEqual(new Set(['rudy masud']));
    expect(entityKeyFor('person', "Ma'ruf Amin")).toBe(entityKeyFor('person', 'Maruf Amin'));
  });

  it('should drop an English possessive and keep other punctuation as a word break', () => {
    expect(foldName("Bank Indonesia's office")).toBe('bank indonesia office');
    expect(foldName('Dinas KUMKMP-Balikpapan')).toBe('dinas kumkmp balikpapan');
    // A quote mark around a word is no apostrophe inside it.
    expect(foldName("'Ahok' hadir")).toBe('ahok hadir');
  });
});
