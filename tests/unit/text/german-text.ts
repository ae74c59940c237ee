/** Text arbitraries for the property tests of folding and slugs. */
import fc from 'fast-check';

/** German-looking text: umlauts, ß, accents, combining marks, soft hyphens, dashes, odd spaces. */
const germanLike = fc.string({
  unit: fc.constantFrom(...'aAeoOuUzZ09 äÄöÖüÜßẞéÉçñ\u0308\u0301\u00ad\u00a0\t-‐–—/&()'.split('')),
  maxLength: 30,
});

/** German-looking text or any text, one grapheme at a time. */
export const germanText = fc.oneof(germanLike, fc.string({ unit: 'grapheme', maxLength: 30 }));
