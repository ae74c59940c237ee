// Tests of German number parsing, de-DE formatting and rounding for data-value attributes.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatCount,
  formatDate,
  formatEuro,
  formatPercent,
  parseGermanNumber,
  roundTo2,
} from '../../../src/lib/calc/number';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function parsed(input: string): number {
  const result = parseGermanNumber(input);
  if (!result.ok) throw new Error(`expected "${input}" to parse, got: ${result.error}`);
  return result.value;
}

describe('parseGermanNumber', () => {
  it.each([
    ['1.234,56', 1234.56],
    ['1234,56', 1234.56],
    ['12,5 %', 12.5],
    ['12,5%', 12.5],
    ['400 €', 400],
    ['400€', 400],
    ['400', 400],
    ['6,95', 6.95],
    ['1 234,5', 1234.5],
    [`1${NBSP}234,5`, 1234.5],
    [`1${NNBSP}234,5`, 1234.5],
    ['-5', -5],
    ['−5', -5],
    ['€ 400', 400],
    ['400 EUR', 400],
    ['400,-', 400],
    ['400,- €', 400],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['6.95', 6.95],
    ['0.5', 0.5],
    ['0.500', 0.5],
    ['1,234.56', 1234.56],
    ['1,234', 1.234],
    ['  42  ', 42],
    ['0', 0],
    ['-0', 0],
    ['+7', 7],
    ['-1.234,56 €', -1234.56],
    ['€ -400', -400],
  ])('reads "%s" as %d', (input, expected) => {
    expect(parsed(input)).toBe(expected);
  });

  it('never returns negative zero, so "-0" and "-0,00" are plain 0', () => {
    expect(Object.is(parsed('-0'), 0)).toBe(true);
    expect(Object.is(parsed('−0,00'), 0)).toBe(true);
  });

  it('asks for a number when the input is empty or only whitespace', () => {
    for (const input of ['', '   ', `\t${NBSP}\n`]) {
      expect(parseGermanNumber(input)).toEqual({ ok: false, error: 'Bitte geben Sie eine Zahl ein.' });
    }
  });

  it.each(['abc', '12a', '1,2,3', '1.2.3', '--5', '1e5', 'Infinity', 'NaN', '-', '€', '1.234,5.6', '1234.567,8', '12 34', '400,', ',5', '5-', '1 234.567,8', '1,23 4'])(
    'rejects "%s" with an error that quotes the input and shows an example',
    (input) => {
      expect(parseGermanNumber(input)).toEqual({ ok: false, error: `„${input}“ ist keine Zahl. Beispiel: 1.234,56` });
    },
  );

  it('quotes the trimmed input in the error message', () => {
    expect(parseGermanNumber('  zwölf ')).toEqual({ ok: false, error: '„zwölf“ ist keine Zahl. Beispiel: 1.234,56' });
  });

  it('rejects a number too long to be represented instead of returning Infinity', () => {
    const result = parseGermanNumber('9'.repeat(400));
    expect(result.ok).toBe(false);
  });
});

describe('formatters', () => {
  it('formats euro amounts de-DE with two decimals and a no-break space before the sign', () => {
    expect(formatEuro(1234.56)).toBe(`1.234,56${NBSP}€`);
    expect(formatEuro(400)).toBe(`400,00${NBSP}€`);
    expect(formatEuro(-1234.5)).toBe(`-1.234,50${NBSP}€`);
    expect(formatEuro(0.005)).toBe(`0,01${NBSP}€`);
  });

  it('formats percentages with up to two decimals and drops trailing zeros', () => {
    expect(formatPercent(41.25)).toBe(`41,25${NBSP}%`);
    expect(formatPercent(15)).toBe(`15${NBSP}%`);
    expect(formatPercent(12.5)).toBe(`12,5${NBSP}%`);
    expect(formatPercent(1.6)).toBe(`1,6${NBSP}%`);
    expect(formatPercent(33.3333)).toBe(`33,33${NBSP}%`);
  });

  it('formats counts with up to two decimals and thousands grouping', () => {
    expect(formatCount(15.5)).toBe('15,5');
    expect(formatCount(2)).toBe('2');
    expect(formatCount(10000)).toBe('10.000');
    expect(formatCount(9.653125)).toBe('9,65');
  });

  it('rounds half away from zero on the decimal value the reader sees', () => {
    expect(formatEuro(1.005)).toBe(`1,01${NBSP}€`);
    expect(formatEuro(-1.005)).toBe(`-1,01${NBSP}€`);
    expect(formatEuro(2.675)).toBe(`2,68${NBSP}€`);
  });

  it('shows values that round to zero as 0 without a sign', () => {
    expect(formatEuro(-0)).toBe(`0,00${NBSP}€`);
    expect(formatEuro(-0.004)).toBe(`0,00${NBSP}€`);
    expect(formatEuro(-0.001)).toBe(`0,00${NBSP}€`);
    expect(formatPercent(-0.001)).toBe(`0${NBSP}%`);
    expect(formatCount(-0.0049)).toBe('0');
    expect(formatCount(-0)).toBe('0');
  });

  it('throws on non-finite input instead of showing NaN or Infinity', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => formatEuro(bad)).toThrow();
      expect(() => formatPercent(bad)).toThrow();
      expect(() => formatCount(bad)).toThrow();
      expect(() => roundTo2(bad)).toThrow();
    }
  });

  it('never shows NaN, infinity or a signed zero for any finite number', () => {
    const signedZero = /^[-−]0(,0+)?(\u00a0[€%])?$/;
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        for (const text of [formatEuro(value), formatPercent(value), formatCount(value)]) {
          expect(text).not.toMatch(/NaN|∞|Infinity/);
          expect(text).not.toMatch(signedZero);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads back formatEuro output to the same number for values with two decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (cents) => {
        const value = Number(cents) / 100;
        const expected = value === 0 ? 0 : value;
        expect(parsed(formatEuro(value))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back formatPercent and formatCount output for values with two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (hundredths) => {
        const value = hundredths / 100;
        const expected = value === 0 ? 0 : value;
        expect(parsed(formatPercent(value))).toBe(expected);
        expect(parsed(formatCount(value))).toBe(expected);
      }),
    );
  });
});

describe('roundTo2', () => {
  it('rounds to two decimals like the formatters do', () => {
    expect(roundTo2(41.254)).toBe(41.25);
    expect(roundTo2(1.005)).toBe(1.01);
    expect(roundTo2(-1.005)).toBe(-1.01);
    expect(roundTo2(7.2228241242325755)).toBe(7.22);
    expect(roundTo2(123456789.999)).toBe(123456790);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundTo2(-0.001), 0)).toBe(true);
    expect(Object.is(roundTo2(-0), 0)).toBe(true);
  });

  it('agrees with the digits formatEuro shows for any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (value) => {
        const rounded = roundTo2(value);
        expect(Object.is(rounded, -0)).toBe(false);
        expect(formatEuro(rounded)).toBe(formatEuro(value));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the hand-written formatters against Intl.NumberFormat de-DE (the reference they replace)', () => {
  // What the site showed with Intl: signDisplay 'negative' drops the sign of values that round to zero.
  const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', signDisplay: 'negative' });
  const upTo2 = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2, signDisplay: 'negative' });
  const plain2 = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 2 });
  const values = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ noNaN: true, min: -1e7, max: 1e7 }),
    fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000),
    fc.constantFrom(0, -0, 0.005, -0.005, 1.005, 2.675, 999.995, 1e21, -1e21, 1e-7, 5e-324, Number.MAX_VALUE),
  );

  it('show the same text and round to the same number for any finite value', () => {
    fc.assert(
      fc.property(values, (value) => {
        expect(formatEuro(value)).toBe(euro.format(value));
        expect(formatCount(value)).toBe(upTo2.format(value));
        expect(formatPercent(value)).toBe(`${upTo2.format(value)}${NBSP}%`);
        const reference = Number(plain2.format(value));
        expect(roundTo2(value)).toBe(reference === 0 ? 0 : reference);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatDate', () => {
  it('writes a date as German prose does, like Intl de-DE long dates', () => {
    expect(formatDate(new Date(2026, 11, 2))).toBe('2. Dezember 2026');
    expect(formatDate(new Date(2027, 2, 31))).toBe('31. März 2027');
    const long = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' });
    fc.assert(fc.property(fc.date({ min: new Date(1970, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true }), (d) => {
      expect(formatDate(d)).toBe(long.format(d));
    }));
  });
});
