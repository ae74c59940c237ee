import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LETTERS, groupByLetter, indexLetter, letterId, sortByTitle } from '../../../src/lib/glossary/alphabet';

const id = (s: string) => s;

describe('indexLetter', () => {
  it('files umlauts under their base letter', () => {
    expect(indexLetter('Ärger')).toBe('A');
    expect(indexLetter('Öffnungsrate')).toBe('O');
    expect(indexLetter('Überzeugung')).toBe('U');
  });

  it('is case-insensitive and ignores leading spaces', () => {
    expect(indexLetter('  churn-Rate')).toBe('C');
  });

  it('collects digits and signs under #', () => {
    expect(indexLetter('4P-Modell')).toBe('#');
    expect(indexLetter('§ 7 UWG')).toBe('#');
    expect(indexLetter('')).toBe('#');
  });
});

describe('sortByTitle', () => {
  it('sorts in German order with umlauts beside their base letter', () => {
    expect(sortByTitle(['Zahl', 'Äpfel', 'Apfel', 'Ober', 'Öl', 'Bank'], id)).toEqual([
      'Apfel',
      'Äpfel',
      'Bank',
      'Ober',
      'Öl',
      'Zahl',
    ]);
  });

  it('ignores case and sorts numbers numerically', () => {
    expect(sortByTitle(['b', 'A', 'Stufe 10', 'Stufe 2'], id)).toEqual(['A', 'b', 'Stufe 2', 'Stufe 10']);
  });
});

describe('groupByLetter', () => {
  it('groups by index letter in A–Z order, # last, and leaves empty letters out', () => {
    const groups = groupByLetter(['Up-Selling', 'Ärger', 'AIDA-Modell', '4P', 'BANT', 'Abschluss'], id);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'B', 'U', '#']);
    expect(groups[0]!.items).toEqual(['Abschluss', 'AIDA-Modell', 'Ärger']);
  });

  it('keeps every item exactly once, under its own letter (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 0, maxLength: 12 })), (titles) => {
        const groups = groupByLetter(titles, id);
        const flat = groups.flatMap((g) => g.items);
        expect(flat.length).toBe(titles.length);
        expect([...flat].sort()).toEqual([...titles].sort());
        for (const group of groups) {
          expect(group.items.length).toBeGreaterThan(0);
          for (const item of group.items) expect(indexLetter(item)).toBe(group.letter);
        }
        const order = groups.map((g) => LETTERS.indexOf(g.letter as (typeof LETTERS)[number]));
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
    );
  });
});

describe('letterId', () => {
  it('gives each letter a readable anchor', () => {
    expect(letterId('A')).toBe('buchstabe-a');
    expect(letterId('#')).toBe('buchstabe-0-9');
  });
});
