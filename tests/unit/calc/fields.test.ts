// Tests of field validation and of reading and writing share-link parameters.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  choiceMessage,
  plainNumber,
  readParams,
  validateField,
  writeParams,
  type ChoiceSpec,
  type FieldSpec,
} from '../../../src/lib/calc/fields';
import { CROSS_SELLING_FIELDS } from '../../../src/lib/calc/cross-selling-copy';

const NBSP = '\u00a0';

const euroField: FieldSpec = {
  name: 'u', label: 'Umsatz', unit: 'eur', default: 1200, min: 0, max: 1e9, help: 'Umsatz pro Jahr.', group: 'A',
};
const percentField: FieldSpec = {
  name: 'm', label: 'Marge', unit: 'percent', default: 40, min: 0, max: 100, help: 'Marge.', group: 'A',
};
const countField: FieldSpec = {
  name: 'k', label: 'Kontakte', unit: 'count', default: 2.5, min: 0, max: 10000, help: 'Kontakte.', group: 'B',
};
const seatsField: FieldSpec = {
  name: 'n', label: 'Plätze', unit: 'count', default: 5, min: 1, max: 50, help: 'Plätze.', group: 'B', integer: true,
};
const specs = [euroField, percentField, countField, seatsField];

describe('validateField', () => {
  it('accepts German notation within the range', () => {
    expect(validateField(euroField, '1.234,56 €')).toEqual({ ok: true, value: 1234.56 });
    expect(validateField(percentField, '12,5 %')).toEqual({ ok: true, value: 12.5 });
    expect(validateField(countField, '0')).toEqual({ ok: true, value: 0 });
    expect(validateField(euroField, '1.000.000.000')).toEqual({ ok: true, value: 1e9 });
  });

  it('says that a value may not be negative when the minimum is 0', () => {
    expect(validateField(euroField, '-5')).toEqual({ ok: false, error: 'Der Wert darf nicht negativ sein.' });
    expect(validateField(percentField, '−0,5')).toEqual({ ok: false, error: 'Der Wert darf nicht negativ sein.' });
  });

  it('names the whole range for a percentage above its maximum', () => {
    expect(validateField(percentField, '101')).toEqual({ ok: false, error: `Bitte einen Wert von 0 bis 100${NBSP}% eingeben.` });
  });

  it('names the maximum with its unit for a value that is too large', () => {
    expect(validateField(euroField, '2.000.000.000')).toEqual({ ok: false, error: `Höchstens 1.000.000.000${NBSP}€.` });
    expect(validateField(countField, '10001')).toEqual({ ok: false, error: 'Höchstens 10.000.' });
  });

  it('names the range when a value is below a minimum other than 0', () => {
    expect(validateField(seatsField, '0')).toEqual({ ok: false, error: 'Bitte einen Wert von 1 bis 50 eingeben.' });
  });

  it('asks for a whole number in an integer field', () => {
    expect(validateField(seatsField, '2,5')).toEqual({ ok: false, error: 'Bitte eine ganze Zahl eingeben.' });
    expect(validateField(seatsField, '3')).toEqual({ ok: true, value: 3 });
  });

  it('passes the parser errors through', () => {
    expect(validateField(euroField, '')).toEqual({ ok: false, error: 'Bitte geben Sie eine Zahl ein.' });
    expect(validateField(euroField, 'viel')).toEqual({ ok: false, error: '„viel“ ist keine Zahl. Beispiel: 1.234,56' });
  });
});

describe('readParams', () => {
  it('gives every field its default when the link has no parameters', () => {
    expect(readParams(specs, new URLSearchParams())).toEqual({
      values: { u: 1200, m: 40, k: 2.5, n: 5 },
      choices: {},
      ignored: [],
    });
  });

  it('reads valid parameters and silently keeps the defaults of missing ones', () => {
    const { values, ignored } = readParams(specs, new URLSearchParams('u=500&k=0.25'));
    expect(values).toEqual({ u: 500, m: 40, k: 0.25, n: 5 });
    expect(ignored).toEqual([]);
  });

  it('falls back to the default for invalid parameters and lists them with a German reason', () => {
    const { values, ignored } = readParams(specs, new URLSearchParams('u=abc&m=150&k=-1&n=2.5'));
    expect(values).toEqual({ u: 1200, m: 40, k: 2.5, n: 5 });
    expect(ignored).toEqual([
      { name: 'u', raw: 'abc', reason: '„abc“ ist keine Zahl. Beispiel: 1.234,56' },
      { name: 'm', raw: '150', reason: `Bitte einen Wert von 0 bis 100${NBSP}% eingeben.` },
      { name: 'k', raw: '-1', reason: 'Der Wert darf nicht negativ sein.' },
      { name: 'n', raw: '2.5', reason: 'Bitte eine ganze Zahl eingeben.' },
    ]);
  });

  it('lists unknown parameters as ignored without changing any value', () => {
    const { values, ignored } = readParams(specs, new URLSearchParams('utm_source=news&u=7'));
    expect(values).toEqual({ u: 7, m: 40, k: 2.5, n: 5 });
    expect(ignored).toEqual([{ name: 'utm_source', raw: 'news', reason: 'unbekannter Parameter' }]);
  });

  it('lists an empty parameter as ignored and keeps the default', () => {
    const { values, ignored } = readParams(specs, new URLSearchParams('u='));
    expect(values['u']).toBe(1200);
    expect(ignored).toEqual([{ name: 'u', raw: '', reason: 'kein Wert angegeben' }]);
  });

  it('uses the first of repeated parameters and lists the others', () => {
    const { values, ignored } = readParams(specs, new URLSearchParams('u=1&u=2'));
    expect(values['u']).toBe(1);
    expect(ignored).toEqual([{ name: 'u', raw: '2', reason: 'mehrfach angegeben, der erste Wert gilt' }]);
  });

  it('reads link values in JS notation first, so a written 1.234 is not taken for 1234', () => {
    expect(readParams(specs, new URLSearchParams('k=1.234')).values['k']).toBe(1.234);
  });

  it('also accepts German notation in hand-edited links', () => {
    expect(readParams(specs, new URLSearchParams('k=6,95&u=1.234,5')).values).toMatchObject({ k: 6.95, u: 1234.5 });
  });
});

describe('choice parameters', () => {
  const framework: ChoiceSpec = { name: 'f', label: 'Raster', choices: ['bant', 'meddpicc', 'champ'], default: 'bant' };
  const rating: ChoiceSpec = { name: 'r', label: 'Bewertung', choices: ['0', '1', '2'] };
  const mixed = [euroField, framework, rating];

  it('names the allowed values in German', () => {
    expect(choiceMessage(framework)).toBe('Erlaubt sind bant, meddpicc oder champ.');
    expect(choiceMessage({ name: 'x', label: 'X', choices: ['ja'] })).toBe('Erlaubt ist ja.');
  });

  it('takes the default of an absent choice and leaves a choice without default unset', () => {
    expect(readParams(mixed, new URLSearchParams())).toEqual({ values: { u: 1200 }, choices: { f: 'bant' }, ignored: [] });
  });

  it('reads allowed values, ignoring case and spaces, next to number parameters', () => {
    expect(readParams(mixed, new URLSearchParams('f=%20CHAMP&r=2&u=5'))).toEqual({
      values: { u: 5 },
      choices: { f: 'champ', r: '2' },
      ignored: [],
    });
  });

  it('falls back for a value that is not allowed and names the allowed ones', () => {
    const { choices, ignored } = readParams(mixed, new URLSearchParams('f=spin&r=3&r=1'));
    expect(choices).toEqual({ f: 'bant' });
    expect(ignored).toEqual([
      { name: 'f', raw: 'spin', reason: 'Erlaubt sind bant, meddpicc oder champ.' },
      { name: 'r', raw: '3', reason: 'Erlaubt sind 0, 1 oder 2.' },
      { name: 'r', raw: '1', reason: 'mehrfach angegeben, der erste Wert gilt' },
    ]);
  });

  it('writes a choice only when it is set and differs from the default', () => {
    expect(writeParams(mixed, { u: 1200 }, { f: 'bant', r: undefined }).toString()).toBe('');
    expect(writeParams(mixed, { u: 7 }, { f: 'champ', r: '0' }).toString()).toBe('u=7&f=champ&r=0');
  });

  it('round-trips any choices through the link', () => {
    fc.assert(
      fc.property(fc.constantFrom('bant', 'meddpicc', 'champ'), fc.option(fc.constantFrom('0', '1', '2'), { nil: undefined }), (f, r) => {
        const back = readParams(mixed, writeParams(mixed, { u: 1200 }, { f, r }));
        expect(back.ignored).toEqual([]);
        expect(back.choices).toEqual(r === undefined ? { f } : { f, r });
      }),
    );
  });
});

describe('writeParams', () => {
  it('writes only values that differ from the default, in spec order, in plain JS notation', () => {
    const params = writeParams(specs, { n: 7, k: 6.95, m: 40, u: 1200 });
    expect(params.toString()).toBe('k=6.95&n=7');
  });

  it('writes an empty query for the defaults', () => {
    expect(writeParams(specs, { u: 1200, m: 40, k: 2.5, n: 5 }).toString()).toBe('');
  });

  it('never writes exponent notation, which the reader would reject', () => {
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(-1.5e-7)).toBe('-0.00000015');
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(1.25e22)).toBe('12500000000000000000000');
    expect(plainNumber(6.95)).toBe('6.95');
    expect(plainNumber(-0)).toBe('0');
  });

  it('writes every finite number so that Number() reads back the same value', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const text = plainNumber(value);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(value === 0 ? 0 : value);
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips arbitrary valid calculator values through the link exactly', () => {
    const record = Object.fromEntries(
      CROSS_SELLING_FIELDS.map((spec) => [spec.name, fc.double({ min: spec.min, max: spec.max, noNaN: true })]),
    );
    fc.assert(
      fc.property(fc.record(record), (values) => {
        const link = writeParams(CROSS_SELLING_FIELDS, values).toString();
        const back = readParams(CROSS_SELLING_FIELDS, new URLSearchParams(link));
        expect(back.ignored).toEqual([]);
        const expected = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === 0 ? 0 : v]));
        expect(back.values).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips values with two decimals, as the form produces them', () => {
    const record = Object.fromEntries(
      CROSS_SELLING_FIELDS.map((spec) => [
        spec.name,
        fc.integer({ min: spec.min * 100, max: Math.min(spec.max * 100, 2 ** 31 - 1) }).map((n) => n / 100),
      ]),
    );
    fc.assert(
      fc.property(fc.record(record), (values) => {
        const back = readParams(CROSS_SELLING_FIELDS, writeParams(CROSS_SELLING_FIELDS, values));
        expect(back).toEqual({ values, choices: {}, ignored: [] });
      }),
    );
  });
});
