/**
 * Folding of German text, in one place: slugs, search, auto-links, the A–Z index and the editorial
 * checks build their keys from these functions. Each starts with NFC, so a „ü“ typed as one
 * character and a „u“ followed by the combining diaeresis U+0308 (as some editors and macOS file
 * names write it) fold alike.
 *
 * No imports, and only erasable TypeScript: the scripts in scripts/ import it directly (Node strips
 * the types).
 */

const SPELLED_OUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** The text in Unicode NFC, the form every comparison starts from. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** NFC, then lower case by German rules: names that differ only in case or composition become equal. */
export function lowerCase(text: string): string {
  return nfc(text).toLocaleLowerCase('de-DE');
}

/**
 * Lower case with umlauts and ß spelled out (ä → ae, ß → ss, as German writes them without the
 * letters) and every other diacritic dropped (é → e): "Größe" → "groesse", "Café" → "cafe".
 */
export function foldLetters(text: string): string {
  return lowerCase(text)
    .replace(/[äöüß]/g, (letter) => SPELLED_OUT[letter]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The search key of a text: foldLetters, whitespace and soft hyphens squeezed to one space, trimmed. */
export function fold(text: string): string {
  return foldLetters(text).replace(/[\s\u00ad]+/g, ' ').trim();
}

/** Like fold, and hyphens, dashes and slashes count as spaces: "Cross Selling" matches "Cross-Selling". */
export function foldLoose(text: string): string {
  return fold(text.replace(/[-‐‑–—/]+/g, ' '));
}
