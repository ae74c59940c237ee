/**
 * Numbers as CRM and ERP exports write them: German ("1.234,56", "12,5 %", "1.234 €", "1.234,56-")
 * or English ("1,234.56"). Which of the two a file uses is detected from its cells; the reader can
 * switch it. Parsing is strict: "12.5" is not a German number, so a wrong format shows up as skipped
 * rows instead of silently wrong figures.
 */

export type NumberFormat = 'de' | 'en';

export const NUMBER_FORMATS: Readonly<Record<NumberFormat, { label: string; example: string }>> = {
  de: { label: 'deutsch', example: '1.234,56' },
  en: { label: 'englisch', example: '1,234.56' },
};

/** A cell: empty (nothing written), a number, or text that is not a number in the format. */
export type Cell = { kind: 'empty' } | { kind: 'number'; value: number; percent: boolean } | { kind: 'invalid' };

const EMPTY: Cell = { kind: 'empty' };
const INVALID: Cell = { kind: 'invalid' };

const DIGITS = /^\d+$/;
const PATTERN: Readonly<Record<NumberFormat, RegExp>> = {
  de: /^(?:\d{1,3}(?:\.\d{3})+|\d+)?(?:,\d+)?$/,
  en: /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/,
};

/** Strips currency, per cent, spaces (also as thousands separators) and the sign; null for an empty cell. */
function split(text: string): { body: string; negative: boolean; percent: boolean } | null {
  let s = text.trim();
  // Empty, or a dash that exports write for "nothing".
  if (s === '' || /^[-–—]$/.test(s)) return null;
  const percent = s.includes('%');
  s = s.replace(/%|€|\beur\b|\beuro\b/gi, '').replace(/[\s\u00a0\u202f']/g, '');
  let negative = false;
  if (/^[-−]/.test(s)) {
    negative = true;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  else if (/[-−]$/.test(s)) {
    // SAP writes negative amounts with the sign at the end: "1.234,56-".
    negative = true;
    s = s.slice(0, -1);
  }
  return { body: s, negative, percent };
}

/** One cell read in `format`. */
export function parseCell(text: string, format: NumberFormat): Cell {
  if (DIGITS.test(text)) return { kind: 'number', value: Number(text), percent: false };
  const parts = split(text);
  if (!parts) return EMPTY;
  const { body, negative, percent } = parts;
  if (!/\d/.test(body) || !PATTERN[format].test(body)) return INVALID;
  const plain = format === 'de' ? body.replace(/\./g, '').replace(',', '.') : body.replace(/,/g, '');
  const value = Number(plain);
  if (!Number.isFinite(value)) return INVALID;
  // No −0: "-0" is zero.
  return { kind: 'number', value: negative && value !== 0 ? -value : value, percent };
}

/** Whether `text` reads as a number in `format`. */
const reads = (text: string, format: NumberFormat) => parseCell(text, format).kind === 'number';

/**
 * The format that reads more of `cells` as numbers where the two formats disagree ("12,5", "1.234,56"
 * are German, "12.5", "1,234.56" English). Where nothing tells them apart ("1234", "1.234"), German.
 */
export function detectNumberFormat(cells: Iterable<string>): NumberFormat {
  let de = 0;
  let en = 0;
  for (const cell of cells) {
    if (DIGITS.test(cell)) continue;
    const d = reads(cell, 'de');
    const e = reads(cell, 'en');
    if (d && !e) de++;
    else if (e && !d) en++;
  }
  return en > de ? 'en' : 'de';
}

/**
 * A number as German Excel reads it in a CSV: decimal comma, no thousands separator, at most
 * `decimals` decimals ("4768,00" with 2, "12,5" with 1 for 12.5).
 */
export function excelNumber(value: number, decimals = 2): string {
  const rounded = Math.round(value * 10 ** decimals) / 10 ** decimals;
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(decimals).replace('.', ',');
}
