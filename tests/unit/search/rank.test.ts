import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareGerman } from '../../../src/lib/glossary/alphabet';
import { joinSynonyms, matchClass, parseSynonyms, rankResults } from '../../../src/lib/search/rank';

const item = (title: string, synonyms: string[] = []) => ({ title, synonyms });

describe('matchClass', () => {
  it('ranks exact title, exact synonym, title prefix, synonym prefix, other', () => {
    const cs = item('Cross-Selling', ['Querverkauf', 'Zusatzverkauf']);
    expect(matchClass('cross selling', cs)).toBe(0);
    expect(matchClass('Querverkauf', cs)).toBe(1);
    expect(matchClass('Cross', cs)).toBe(2);
    expect(matchClass('Zusatzv', cs)).toBe(3);
    expect(matchClass('Kunde', cs)).toBe(4);
    expect(matchClass('  ', cs)).toBe(4);
  });
});

describe('rankResults', () => {
  it('puts the exact title match first, whatever the full-text order', () => {
    const hits = [item('Kundenbindungsrate'), item('Cross-Selling'), item('Kundenbindung')];
    expect(rankResults('kundenbindung', hits).map((h) => h.title)).toEqual([
      'Kundenbindung',
      'Kundenbindungsrate',
      'Cross-Selling',
    ]);
  });

  it('puts the entry with the synonym before entries that only mention it', () => {
    const hits = [item('Qualifizierung'), item('Up-Selling'), item('Cross-Selling', ['Querverkauf'])];
    expect(rankResults('Querverkauf', hits)[0]!.title).toBe('Cross-Selling');
  });

  it('orders title and synonym matches A–Z within their class, whatever the full-text order', () => {
    const hits = [item('Kundenwert-Rechner'), item('Kundenbindungsrate'), item('Cross-Selling'), item('Kundenbindung'), item('Customer Lifetime Value', ['Kundenwert'])];
    expect(rankResults('kunden', hits).map((h) => h.title)).toEqual(['Kundenbindung', 'Kundenbindungsrate', 'Kundenwert-Rechner', 'Customer Lifetime Value', 'Cross-Selling']);
    // The same rows in the same order from any starting order: instant results and full results agree.
    expect(rankResults('kunden', [...hits].reverse()).slice(0, 4)).toEqual(rankResults('kunden', hits).slice(0, 4));
  });

  it('is a permutation of its input by class; title matches A–Z, the rest stable (property)', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.record({ title: fc.string(), synonyms: fc.array(fc.string(), { maxLength: 3 }) })),
        (query, items) => {
          const ranked = rankResults(query, items);
          expect(ranked).toHaveLength(items.length);
          expect(new Set(ranked)).toEqual(new Set(items));
          const classes = ranked.map((r) => matchClass(query, r));
          expect(classes).toEqual([...classes].sort((a, b) => a - b));
          for (let i = 1; i < ranked.length; i++) {
            if (classes[i] !== classes[i - 1]) continue;
            if (classes[i]! < 4) expect(compareGerman(ranked[i - 1]!.title, ranked[i]!.title)).toBeLessThanOrEqual(0);
            else expect(items.indexOf(ranked[i]!)).toBeGreaterThan(items.indexOf(ranked[i - 1]!));
          }
        },
      ),
    );
  });
});

describe('synonyms meta', () => {
  it('round-trips through the meta field', () => {
    expect(parseSynonyms(joinSynonyms(['Querverkauf', 'Zusatz|verkauf']))).toEqual(['Querverkauf', 'Zusatz/verkauf']);
    expect(parseSynonyms(undefined)).toEqual([]);
    expect(parseSynonyms('')).toEqual([]);
  });
});
