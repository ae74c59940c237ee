import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entryWords, readingMinutes, readingTimeLabel, WORDS_PER_MINUTE } from '../../../src/lib/reading/reading-time';

describe('readingMinutes', () => {
  it('reads 200 words per minute, rounded to the nearest minute', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
    expect(readingMinutes(400)).toBe(2);
    expect(readingMinutes(499)).toBe(2);
    expect(readingMinutes(500)).toBe(3);
    expect(readingMinutes(1200)).toBe(6);
  });

  it('never says less than one minute, also for empty or bad input', () => {
    for (const words of [0, 1, 99, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(readingMinutes(words)).toBe(1);
  });

  it('is a whole number of at least 1 for any word count', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), (words) => {
        const minutes = readingMinutes(words);
        expect(Number.isInteger(minutes)).toBe(true);
        expect(minutes).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('never decreases when the text gets longer', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), (a, b) => {
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        expect(readingMinutes(shorter)).toBeLessThanOrEqual(readingMinutes(longer));
      }),
    );
  });

  it('stays within half a minute of the exact time, above one minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 100_000 }), (words) => {
        expect(Math.abs(readingMinutes(words) - words / WORDS_PER_MINUTE)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

describe('entryWords', () => {
  it('counts definition, key points and text, without MDX tags and link targets', () => {
    const entry = {
      summary: 'Verkauf ergänzender Produkte.',
      keyPoints: ['Eins zwei', 'Drei'],
      body: '## Abschnitt\n\n<Tipp>\n\nSiehe [Qualifizierung](/glossar/qualifizierung/).\n\n</Tipp>',
    };
    expect(entryWords(entry)).toBe(3 + 3 + 3);
  });
});

describe('readingTimeLabel', () => {
  it('writes the German short form', () => {
    expect(readingTimeLabel(4)).toBe('4 Min. Lesezeit');
  });
});
