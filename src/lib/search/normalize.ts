/** Folding of German text for matching: case, diacritics and the ae/oe/ue/ss spellings. */

/** Lower case, umlauts and ß spelled out (ä → ae, ß → ss), other diacritics removed, whitespace squeezed. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s\u00ad]+/g, ' ')
    .trim();
}

/** Like fold, and hyphens count as spaces: "Cross Selling" matches "Cross-Selling". */
export function foldLoose(text: string): string {
  return fold(text.replace(/[-‐‑–—/]+/g, ' '));
}
