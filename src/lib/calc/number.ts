// Reading numbers the way German readers type them, and formatting results for them (de-DE).

export type ParseResult = { ok: true; value: number } | { ok: false; error: string };

const EMPTY_NUMBER_ERROR = 'Bitte geben Sie eine Zahl ein.';
const TOO_LARGE_ERROR = 'Die Zahl ist zu groß.';

/** The message for input that is not a number; it quotes what the reader typed. */
function notANumberError(trimmedInput: string): string {
  return `„${trimmedInput}“ ist keine Zahl. Beispiel: 1.234,56`;
}

// Units people paste along with the number; the field already knows its unit, so they are only dropped.
const LEADING_CURRENCY = /^(?:€|eur(?:o)?)\s*/i;
const TRAILING_UNIT = /\s*(?:€|eur(?:o)?|%|prozent)$/i;
// "400,-" and "400,–" are the German way of writing whole euros.
const WHOLE_EUROS = /,\s*[-–—]$/;
// Hyphen-minus, the typographic minus (U+2212) and the en dash that word processors put in its place.
const SIGN = /^([-−–+])\s*/;
// Space, no-break space, narrow no-break space and thin space all group digits in German typography.
const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;

/** Digits grouped in threes by `sep`; the first group has no leading zero, or grouping would be meaningless. */
function isGrouped(intPart: string, sep: string): boolean {
  const escaped = sep === '.' ? '\\.' : sep;
  return new RegExp(`^[1-9]\\d{0,2}(?:${escaped}\\d{3})+$`).test(intPart);
}

/**
 * Parses a number as a German reader means it.
 *
 * The rule:
 * - Surrounding whitespace is ignored. A leading "€"/"EUR", a trailing "€", "EUR", "Euro", "%"
 *   or "Prozent" and a trailing ",-" (whole euros, as in "400,-") are dropped.
 * - One optional sign in front: "-", "−" (U+2212), "–" (en dash) or "+". "--5" is not a number.
 * - The comma is the decimal separator ("6,95", "1,234" = 1.234). Only one comma is allowed
 *   unless it groups thousands in an English-style number (see the next point).
 * - When both "." and "," appear, the one that comes last is the decimal separator, it appears
 *   once, and the other one must group the integer part in threes ("1.234,56", "1,234.56").
 * - With only dots: if every dot is followed by exactly three digits and the first group is
 *   1-3 digits without a leading zero, the dots group thousands ("1.234" = 1234,
 *   "1.234.567" = 1234567); otherwise a single dot is a decimal point ("6.95", "0.5", "0.500").
 * - Spaces (also no-break and narrow no-break spaces) may group the integer part in threes
 *   ("1 234,5").
 * - Everything else (letters, "1,2,3", "1.2.3", "1e5", "Infinity", "NaN", a separator without
 *   digits after it) is not a number. Negative zero is returned as 0.
 */
export function parseGermanNumber(input: string): ParseResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: EMPTY_NUMBER_ERROR };
  const fail: ParseResult = { ok: false, error: notANumberError(trimmed) };

  let rest = trimmed;
  let negative = false;
  let signSeen = false;
  const takeSign = (): void => {
    const m = SIGN.exec(rest);
    if (!m) return;
    signSeen = true;
    negative = m[1] !== '+';
    rest = rest.slice(m[0].length);
  };

  // A sign may stand before or after a leading currency ("-€ 5", "€ -5"), but only once.
  takeSign();
  const currency = LEADING_CURRENCY.exec(rest);
  if (currency) {
    rest = rest.slice(currency[0].length);
    if (!signSeen) takeSign();
  }
  rest = rest.replace(TRAILING_UNIT, '');
  rest = rest.replace(WHOLE_EUROS, '').trim();

  // Only digits, separators and grouping spaces, starting and ending with a digit.
  if (!/^\d(?:[\d.,\u0020\u00a0\u202f\u2009]*\d)?$/.test(rest)) return fail;

  const lastDot = rest.lastIndexOf('.');
  const lastComma = rest.lastIndexOf(',');
  let decimalSep: '.' | ',' | null = null;
  let groupSep: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalSep = lastDot > lastComma ? '.' : ',';
    groupSep = decimalSep === '.' ? ',' : '.';
  } else if (lastComma >= 0) {
    decimalSep = ',';
  } else if (lastDot >= 0) {
    const compact = rest.replace(GROUP_SPACES, '');
    if (isGrouped(compact, '.')) groupSep = '.';
    else decimalSep = '.';
  }

  let intPart = rest;
  let fracPart = '';
  if (decimalSep !== null) {
    const at = rest.lastIndexOf(decimalSep);
    intPart = rest.slice(0, at);
    fracPart = rest.slice(at + 1);
    if (!/^\d+$/.test(fracPart)) return fail;
  }
  if (intPart.includes(' ') || /[\u00a0\u202f\u2009]/.test(intPart)) {
    // Space grouping cannot be combined with a separator character in the same integer part.
    if (groupSep !== null && intPart.includes(groupSep)) return fail;
    if (!/^[1-9]\d{0,2}(?:[\u0020\u00a0\u202f\u2009]\d{3})+$/.test(intPart)) return fail;
    intPart = intPart.replace(GROUP_SPACES, '');
  } else if (groupSep !== null && intPart.includes(groupSep)) {
    if (!isGrouped(intPart, groupSep)) return fail;
    intPart = intPart.split(groupSep).join('');
  }
  if (!/^\d+$/.test(intPart)) return fail;

  const value = Number(`${intPart}${fracPart === '' ? '' : `.${fracPart}`}`);
  if (!Number.isFinite(value)) return { ok: false, error: TOO_LARGE_ERROR };
  if (value === 0) return { ok: true, value: 0 };
  return { ok: true, value: negative ? -value : value };
}

const NBSP = '\u00a0';

function assertFinite(value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`Not finite: ${value}`);
}

/**
 * A finite value rounded to two decimals, half away from zero on its shortest decimal
 * representation (1.005 → 1.01, as the reader reads it), as sign, integer digits and two decimals.
 * Done by hand rather than with Intl.NumberFormat: the first Intl formatter of a page loads locale
 * data, a blocking task of about 45 ms on this machine (four times that on a throttled phone), on
 * every calculator page before it can respond.
 */
function round2(value: number): { negative: boolean; int: string; frac: string } {
  assertFinite(value);
  const text = String(Math.abs(value));
  let int: string;
  let frac: string;
  if (text.includes('e')) {
    // Exponent notation: below 1e-6 (rounds to 0) or at least 1e21, whose shortest digits are
    // written out with zeros ("1.5e+21" → "1500…0").
    const [mantissa = '', exponent = '0'] = text.split('e');
    const point = (mantissa.indexOf('.') + 1 || mantissa.length + 1) - 1 + Number(exponent);
    [int, frac] = Math.abs(value) < 1 ? ['0', '00'] : [mantissa.replace('.', '').padEnd(point, '0'), '00'];
  } else {
    const [i = '0', f = ''] = text.split('.');
    const digits = BigInt(i + (f + '00').slice(0, 2)) + (f.charCodeAt(2) >= 53 /* '5' */ ? 1n : 0n);
    const all = digits.toString().padStart(3, '0');
    [int, frac] = [all.slice(0, -2), all.slice(-2)];
  }
  // A value that rounds to zero has no sign: never "-0,00".
  return { negative: value < 0 && (int !== '0' || frac !== '00'), int, frac };
}

/** "1.234" from "1234": de-DE thousands grouping. */
const group = (int: string) => int.replace(/\B(?=(\d{3})+$)/g, '.');

/** "-1.234,5": de-DE, up to two decimals, trailing zeros dropped. */
function upTo2(value: number): string {
  const { negative, int, frac } = round2(value);
  const decimals = frac.replace(/0+$/, '');
  return `${negative ? '-' : ''}${group(int)}${decimals ? `,${decimals}` : ''}`;
}

/** "1.234,56 €": always two decimals, with the no-break space Intl puts before the sign. */
export function formatEuro(value: number): string {
  const { negative, int, frac } = round2(value);
  return `${negative ? '-' : ''}${group(int)},${frac}${NBSP}€`;
}

/**
 * "41,25 %" from a value already in percent (41.25, not 0.4125): up to two decimals, trailing zeros
 * dropped ("15 %", "12,5 %"), a no-break space before "%" as in de-DE typography.
 */
export function formatPercent(valueInPercent: number): string {
  return `${upTo2(valueInPercent)}${NBSP}%`;
}

/** "15,5": a count with up to two decimals, trailing zeros dropped. */
export function formatCount(value: number): string {
  return upTo2(value);
}

/**
 * Rounds to two decimals exactly as the formatters round (half away from zero on the shortest
 * decimal representation, so 1.005 becomes 1.01 in both places), and never returns -0.
 */
export function roundTo2(value: number): number {
  const { negative, int, frac } = round2(value);
  const rounded = Number(`${int}.${frac}`);
  return negative ? -rounded : rounded;
}

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** "2. Dezember 2026": a date as German prose writes it (by hand, like the numbers: no Intl locale data to load). */
export function formatDate(date: Date): string {
  return `${date.getDate()}. ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}
