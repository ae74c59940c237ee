import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SLUG_PATTERN, slugify } from '../../../src/lib/glossary/slug';
import { foldLoose } from '../../../src/lib/text/fold';
import { germanText } from '../text/german-text';

describe('slugify', () => {
  it.each([
    ['Up-Selling', 'up-selling'],
    ['Kundenprofitabilität', 'kundenprofitabilitaet'],
    ['Größe', 'groesse'],
    ['Öl & Übung', 'oel-uebung'],
    ['ÄRGER', 'aerger'],
    ['Kundenakquisitionskosten (CAC)', 'kundenakquisitionskosten-cac'],
    ['  MQL und SQL  ', 'mql-und-sql'],
    ['Break-even-Punkt', 'break-even-punkt'],
    ['Café-Umsatz', 'cafe-umsatz'],
    ['GPCTBA/C&I', 'gpctba-c-i'],
    ['Kosten pro Kontakt – 2026', 'kosten-pro-kontakt-2026'],
  ])('turns "%s" into "%s"', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('handles umlauts written as a base letter and a combining mark', () => {
    expect(slugify('Kundenprofitabilita\u0308t')).toBe('kundenprofitabilitaet');
  });

  it('returns an empty slug for a title without letters or digits', () => {
    expect(slugify(' –?! ')).toBe('');
  });

  it('yields only a-z, 0-9 and single inner hyphens, or nothing, and is stable when applied twice (property)', () => {
    fc.assert(
      fc.property(germanText, (title) => {
        const slug = slugify(title);
        expect(slug === '' || SLUG_PATTERN.test(slug)).toBe(true);
        expect(slugify(slug)).toBe(slug);
      }),
    );
  });

  it('gives the same slug for NFC and NFD input (property)', () => {
    fc.assert(
      fc.property(germanText, (title) => {
        expect(slugify(title.normalize('NFD'))).toBe(slugify(title.normalize('NFC')));
      }),
    );
  });

  it('agrees with search: titles that search alike (foldLoose) get the same slug (property)', () => {
    fc.assert(
      fc.property(germanText, (title) => {
        expect(slugify(foldLoose(title))).toBe(slugify(title));
      }),
    );
  });
});
