// Tests of the customer lifetime value model: the worked example, the none rules, the curve, invariants.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CUSTOMER_VALUE_INPUTS,
  PAYBACK_MAX_YEARS,
  computeCustomerValue,
  valueCurve,
  type CustomerValueInputs,
  type CustomerValueKey,
} from '../../../src/lib/calc/customer-value';
import { CUSTOMER_VALUE_FIELDS } from '../../../src/lib/calc/customer-value-copy';
import { defaultValues, readParams, writeParams } from '../../../src/lib/calc/fields';
import { roundTo2 } from '../../../src/lib/calc/number';

const CUSTOMER_VALUE_DEFAULTS: CustomerValueInputs = defaultValues(CUSTOMER_VALUE_INPUTS);
const inputs = (overrides: Partial<CustomerValueInputs> = {}): CustomerValueInputs => ({ ...CUSTOMER_VALUE_DEFAULTS, ...overrides });

/** Any valid input, each within its field's range. */
const arbInputs: fc.Arbitrary<CustomerValueInputs> = fc.record(
  Object.fromEntries(
    CUSTOMER_VALUE_FIELDS.map((f) => [
      f.name,
      fc.oneof(
        fc.constantFrom(f.min, f.max, f.default),
        fc.double({ min: f.min, max: f.max, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
      ),
    ]),
  ) as Record<CustomerValueKey, fc.Arbitrary<number>>,
);

describe('computeCustomerValue', () => {
  it('gives the issue example: margin 464, lifetime 5, clv 1396.67, maxContacts 54.38, ltvCac 10.31', () => {
    const r = computeCustomerValue({ u: 1200, m: 40, k: 2, kk: 8, b: 80, z: 10, ac: 150 });
    expect(roundTo2(r.margin)).toBe(464);
    expect(roundTo2(r.lifetime!)).toBe(5);
    expect(roundTo2(r.clv!)).toBe(1396.67);
    expect(roundTo2(r.maxContacts!)).toBe(54.38);
    expect(roundTo2(r.ltvCac!)).toBe(10.31);
    // 464 / 0.3 = 1546.67 before acquisition cost; year 1 alone brings 464 / 1.1 = 421.82 > 150.
    expect(roundTo2(r.clvGross!)).toBe(1546.67);
    expect(r.paybackYear).toBe(1);
  });

  it('uses the defaults of the issue', () => {
    expect(CUSTOMER_VALUE_DEFAULTS).toEqual({ u: 1200, m: 40, k: 2, kk: 8, b: 80, z: 10, ac: 150 });
  });

  it('matches the worked examples of the Customer-Lifetime-Value entry', () => {
    // Retention 85 %: 464 / 0.25 = 1856; ten contacts: (480 − 80) / 0.3 = 1333.33.
    expect(roundTo2(computeCustomerValue(inputs({ b: 85 })).clvGross!)).toBe(1856);
    expect(roundTo2(computeCustomerValue(inputs({ k: 10 })).clvGross!)).toBe(1333.33);
  });

  it('has no lifetime at 100 % retention, but a value as long as there is interest', () => {
    const r = computeCustomerValue(inputs({ b: 100 }));
    expect(r.lifetime).toBeNull();
    // 464 / 0.1 − 150
    expect(roundTo2(r.clv!)).toBe(4490);
  });

  it('has no value when retention is 100 % and the discount rate 0 %, so nothing divides by zero', () => {
    const r = computeCustomerValue(inputs({ b: 100, z: 0 }));
    expect(r).toMatchObject({ lifetime: null, clvGross: null, clv: null, maxContacts: null, ltvCac: null });
    expect(r.paybackYear).toBe(1);
  });

  it('has no contact threshold when contacts cost nothing, and no ratio without acquisition cost', () => {
    expect(computeCustomerValue(inputs({ kk: 0 })).maxContacts).toBeNull();
    const free = computeCustomerValue(inputs({ ac: 0 }));
    expect(free.ltvCac).toBeNull();
    expect(free.paybackYear).toBe(0);
  });

  it('puts the threshold below zero when even a customer without contacts does not pay back', () => {
    // u·m = 40 < ac·(1 + z − b) = 150 · 0.3 = 45
    const r = computeCustomerValue(inputs({ u: 100 }));
    expect(r.maxContacts!).toBeLessThan(0);
    expect(r.clv!).toBeLessThan(0);
  });

  it('never pays back a customer whose contribution is not positive', () => {
    expect(computeCustomerValue(inputs({ k: 60 })).paybackYear).toBeNull();
    expect(computeCustomerValue(inputs({ m: 0, k: 0 })).paybackYear).toBeNull();
  });

  it('finds a late payback year and gives up after the maximum', () => {
    // 10 € a year, no churn, no interest: 150 € are back after 15 years.
    expect(computeCustomerValue({ u: 10, m: 100, k: 0, kk: 8, b: 100, z: 0, ac: 150 }).paybackYear).toBe(15);
    expect(computeCustomerValue({ u: 1, m: 100, k: 0, kk: 8, b: 100, z: 0, ac: 150 }).paybackYear).toBeNull();
    expect(PAYBACK_MAX_YEARS).toBe(100);
  });

  it('returns finite numbers or null, never NaN, Infinity or -0, for every valid input', () => {
    fc.assert(
      fc.property(arbInputs, (i) => {
        for (const value of Object.values(computeCustomerValue(i))) {
          if (value === null) continue;
          expect(Number.isFinite(value)).toBe(true);
          expect(Object.is(value, -0)).toBe(false);
        }
      }),
    );
  });

  it('makes the customer worth exactly nothing at maxContacts contacts', () => {
    fc.assert(
      fc.property(arbInputs, (i) => {
        const r = computeCustomerValue(i);
        fc.pre(r.maxContacts !== null && r.clvGross !== null);
        const at = computeCustomerValue({ ...i, k: r.maxContacts! });
        // Rounding errors scale with the largest amount in the sum: the value without contacts.
        const scale = Math.max(1, i.ac, Math.abs(computeCustomerValue({ ...i, k: 0 }).clvGross!));
        expect(Math.abs(at.clv!)).toBeLessThanOrEqual(1e-9 * scale);
      }),
    );
  });

  it('never lowers the value when retention rises or contacts fall', () => {
    fc.assert(
      fc.property(arbInputs, fc.double({ min: 0, max: 1, noNaN: true }), (i, share) => {
        const r = computeCustomerValue(i);
        fc.pre(r.clv !== null && r.margin >= 0);
        const better = computeCustomerValue({ ...i, b: i.b + (100 - i.b) * share, k: i.k * (1 - share) });
        if (better.clv !== null) expect(better.clv).toBeGreaterThanOrEqual(r.clv! - 1e-9 * Math.abs(r.clv!));
      }),
    );
  });

  it('has a ratio of value to acquisition cost that agrees with clv', () => {
    fc.assert(
      fc.property(arbInputs, (i) => {
        const r = computeCustomerValue(i);
        fc.pre(r.ltvCac !== null);
        const gross = r.clv! + i.ac;
        expect(Math.abs(r.ltvCac! * i.ac - gross)).toBeLessThanOrEqual(1e-9 * Math.max(1, i.ac, Math.abs(gross)));
      }),
    );
  });
});

describe('valueCurve', () => {
  it('starts at minus the acquisition cost and climbs towards clv', () => {
    const curve = valueCurve(CUSTOMER_VALUE_DEFAULTS);
    expect(curve[0]).toEqual({ year: 0, value: -150 });
    expect(roundTo2(curve[1]!.value)).toBe(roundTo2(464 / 1.1 - 150));
    const clv = computeCustomerValue(CUSTOMER_VALUE_DEFAULTS).clv!;
    // The horizon ends where later years add less than 1 % of their weight.
    expect(clv - curve.at(-1)!.value).toBeGreaterThan(0);
    expect(clv - curve.at(-1)!.value).toBeLessThan(0.01 * (clv + 150));
  });

  it('covers 5 to 40 years, crosses zero at the payback year, and is finite everywhere', () => {
    fc.assert(
      fc.property(arbInputs, (i) => {
        const curve = valueCurve(i);
        expect(curve.length - 1).toBeGreaterThanOrEqual(5);
        expect(curve.length - 1).toBeLessThanOrEqual(40);
        curve.forEach((p, t) => {
          expect(p.year).toBe(t);
          expect(Number.isFinite(p.value)).toBe(true);
        });
        const payback = computeCustomerValue(i).paybackYear;
        if (payback !== null && payback > 0 && payback < curve.length) {
          expect(curve[payback]!.value).toBeGreaterThanOrEqual(-1e-9 * i.ac);
          expect(curve[payback - 1]!.value).toBeLessThan(0);
        }
      }),
    );
  });
});

describe('the share link of the calculator', () => {
  it('round-trips every valid input', () => {
    fc.assert(
      fc.property(arbInputs, (i) => {
        expect(readParams(CUSTOMER_VALUE_FIELDS, writeParams(CUSTOMER_VALUE_FIELDS, i)).values).toEqual(i);
      }),
    );
  });

  it('names invalid parameters and keeps their defaults', () => {
    const read = readParams(CUSTOMER_VALUE_FIELDS, new URLSearchParams('b=120&u=abc&x=1'));
    expect(read.values).toEqual(CUSTOMER_VALUE_DEFAULTS);
    expect(read.ignored.map((p) => p.name)).toEqual(['b', 'u', 'x']);
  });
});
