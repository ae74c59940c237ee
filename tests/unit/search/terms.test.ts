import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchClass } from '../../../src/lib/search/rank';
import { mergeResults, TERM_KEYS, termFiles, termKey, termMatches, type TermEntry } from '../../../src/lib/search/terms';
import { foldLoose } from '../../../src/lib/text/fold';

/** Strings from the characters that folding treats specially: umlauts, ß, accents, hyphens, spaces, soft hyphens, digits. */
const germanish = (minLength = 0) => fc.string({ unit: fc.constantFrom('a', 'Z', 'Ä', 'ü', 'ß', 'é', '-', '–', '/', ' ', '\u00ad', '4', '§'), minLength });

const entry = (title: string, synonyms: string[] = [], category = 'Vertrieb'): TermEntry => ({
  url: `/glossar/${foldLoose(title).replace(/ /g, '-')}/`,
  title,
  category,
  synonyms,
});

const crossSelling = entry('Cross-Selling', ['Querverkauf', 'Zusatzverkauf'], 'Profitabilität & Kennzahlen');
const crossBuying = entry('Cross-Buying', ['Zusatzkauf']);
const upSelling = entry('Up-Selling');
const aerger = entry('Ärger', ['4P']);
const glossary = [crossSelling, crossBuying, upSelling, aerger];

describe('termKey', () => {
  it('is the first letter of the folded text, 0 for a digit or sign, null for nothing', () => {
    expect(termKey('Zusatzverkauf')).toBe('z');
    expect(termKey('  ärger')).toBe('a');
    expect(termKey('-Selling')).toBe('s');
    expect(termKey('4P')).toBe('0');
    expect(termKey('§ 5')).toBe('0');
    expect(termKey(' - ')).toBeNull();
    expect(termKey('')).toBeNull();
  });

  it('is one of TERM_KEYS', () => {
    fc.assert(
      fc.property(germanish(), (text) => {
        expect([...TERM_KEYS, null]).toContain(termKey(text));
      }),
    );
  });

  it('is the same for a label and every query that the label starts with (property)', () => {
    fc.assert(
      fc.property(germanish(1), fc.nat(), (label, cut) => {
        const query = label.slice(0, 1 + (cut % label.length));
        if (matchClass(query, { title: label, synonyms: [] }) < 4) expect(termKey(query)).toBe(termKey(label));
      }),
    );
  });
});

describe('termFiles', () => {
  it('puts an entry into the file of each of its labels, once, and has a file for every key', () => {
    const files = termFiles(glossary);
    expect([...files.keys()]).toEqual([...TERM_KEYS]);
    expect(files.get('c')).toEqual([crossSelling, crossBuying]);
    expect(files.get('z')).toEqual([crossSelling, crossBuying]);
    expect(files.get('q')).toEqual([crossSelling]);
    expect(files.get('a')).toEqual([aerger]);
    expect(files.get('0')).toEqual([aerger]);
    expect(files.get('x')).toEqual([]);
  });
});

describe('termMatches', () => {
  it('finds entries by the start of a title or synonym, in reader order', () => {
    expect(termMatches('cross', glossary)).toEqual([crossBuying, crossSelling]);
    expect(termMatches('Zusatzverkauf', glossary)).toEqual([crossSelling]);
    expect(termMatches('Zusatz', glossary)).toEqual([crossBuying, crossSelling]);
    expect(termMatches('selling', glossary)).toEqual([]);
  });
});

describe('mergeResults', () => {
  const hit = (e: TermEntry, excerpt: string) => ({ ...e, excerpt });
  const pagefind = [hit(upSelling, 'mehr <mark>Cross</mark>'), hit({ ...crossSelling, title: 'Cross-Selling (Seite)' }, 'das <mark>Cross</mark>-Selling')];

  it('keeps the instant rows on top in the same order, with Pagefind’s excerpts, and adds the rest below', () => {
    const matches = termMatches('cross', glossary);
    const merged = mergeResults('cross', matches, pagefind);
    expect(merged.map((h) => h.url)).toEqual([crossBuying.url, crossSelling.url, upSelling.url]);
    expect(merged.slice(0, matches.length).map((h) => h.url)).toEqual(matches.map((m) => m.url));
    // The term list's title stays (the row does not change its text); the excerpt is Pagefind's.
    expect(merged[1]).toEqual({ ...crossSelling, excerpt: 'das <mark>Cross</mark>-Selling' });
    // A match Pagefind did not return stays, with an empty excerpt.
    expect(merged[0]).toEqual({ ...crossBuying, excerpt: '' });
  });

  it('gives the same list whether or not the term list was there (one row per URL)', () => {
    expect(mergeResults('up', termMatches('up', glossary), [hit(upSelling, 'x')])).toEqual([hit(upSelling, 'x')]);
    expect(mergeResults('up', [], [hit(upSelling, 'x')])).toEqual([hit(upSelling, 'x')]);
  });
});
