import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldLetters, foldLoose, lowerCase, nfc } from '../../../src/lib/text/fold';
import { germanText as text } from './german-text';

const functions = { nfc, lowerCase, foldLetters, fold, foldLoose };

describe('German folding', () => {
  it('lower-cases, spells out umlauts and ß, and drops other diacritics', () => {
    expect(fold('Reziprozität')).toBe('reziprozitaet');
    expect(fold('GRÖSSE Maß')).toBe('groesse mass');
    expect(fold('Café  crème')).toBe('cafe creme');
    expect(fold('Ab\u00adsatz \t menge ')).toBe('ab satz menge');
  });

  it('makes the ä and ae spellings equal', () => {
    expect(fold('Kündigungsrate')).toBe(fold('kuendigungsrate'));
  });

  it('folds a decomposed umlaut like a composed one (u + U+0308 is ü, not u)', () => {
    expect(fold('Kundenprofitabilita\u0308t')).toBe('kundenprofitabilitaet');
    expect(foldLetters('U\u0308bung')).toBe('uebung');
    expect(lowerCase('U\u0308BUNG')).toBe('übung');
  });

  it('foldLoose treats hyphens, dashes and slashes like spaces', () => {
    expect(foldLoose('Cross-Selling')).toBe(foldLoose('cross selling'));
    expect(foldLoose('GPCTBA/C&I')).toBe('gpctba c&i');
  });

  it.each(Object.entries(functions))('%s gives the same result for NFC and NFD input (property)', (_, f) => {
    fc.assert(
      fc.property(text, (t) => {
        expect(f(t.normalize('NFD'))).toBe(f(t.normalize('NFC')));
      }),
    );
  });

  it.each(Object.entries(functions))('%s is idempotent (property)', (_, f) => {
    fc.assert(
      fc.property(text, (t) => {
        expect(f(f(t))).toBe(f(t));
      }),
    );
  });

  it('leaves no capital, umlaut, ß, combining mark or stray space in a search key (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const key = fold(t);
        expect(key).not.toMatch(/[A-ZÄÖÜäöüß\p{M}\u00ad]|^\s|\s$|\s\s|[^\S ]/u);
      }),
    );
  });

  it('spells ä, ö, ü and ß out exactly as a writer without them would (property)', () => {
    const spelled = (t: string) => t.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
    fc.assert(
      fc.property(text, (t) => {
        expect(fold(spelled(nfc(t).toLowerCase()))).toBe(fold(t));
      }),
    );
  });
});
