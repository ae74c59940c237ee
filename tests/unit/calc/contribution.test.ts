// Tests of the contribution and break-even model: hand-checked examples, none rules, sentences, chart lines, invariants.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CONTRIBUTION_INPUTS,
  breakEvenLines,
  computeContribution,
  explainContribution,
  isWholeUnits,
  wholeUnitsUp,
  type ContributionInputs,
  type ContributionKey,
  type ContributionResult,
} from '../../../src/lib/calc/contribution';
import { CONTRIBUTION_FIELDS, CONTRIBUTION_SENTENCES } from '../../../src/lib/calc/contribution-copy';
import { defaultValues, readParams, writeParams } from '../../../src/lib/calc/fields';
import { fillTemplate } from '../../../src/lib/calc/math';
import { niceTicks } from '../../../src/lib/calc/chart';

const OUTPUT_KEYS = [
  'contributionPerUnit', 'marginRatio', 'contributionTotal', 'operatingResult', 'breakEvenQuantity',
  'breakEvenUnits', 'breakEvenRevenue', 'safetyMargin', 'extraVolume', 'extraUnits',
] as const;
const NEVER_NULL = new Set<string>(['contributionPerUnit', 'contributionTotal', 'operatingResult']);

const DEFAULTS: ContributionInputs = defaultValues(CONTRIBUTION_INPUTS);

/** The operating result at another quantity, all else equal: the line the break-even chart draws. */
function operatingResultAt(inputs: ContributionInputs, quantity: number): number {
  return computeContribution({ ...inputs, x: quantity }).operatingResult;
}

function inputs(overrides: Partial<ContributionInputs> = {}): ContributionInputs {
  return { ...DEFAULTS, ...overrides };
}

/** Expects each given output within a thousandth (or exactly null). */
function expectOutputs(result: ContributionResult, expected: Partial<Record<keyof ContributionResult, number | null>>) {
  for (const [key, value] of Object.entries(expected)) {
    const actual = result[key as keyof ContributionResult];
    if (value === null) {
      expect(actual, key).toBeNull();
    } else {
      expect(actual, key).not.toBeNull();
      expect(Math.abs((actual as number) - value), `${key}: ${actual} vs ${value}`).toBeLessThan(0.001);
    }
  }
}

function fieldOf(name: ContributionKey) {
  const spec = CONTRIBUTION_FIELDS.find((f) => f.name === name);
  if (!spec) throw new Error(`no field ${name}`);
  return spec;
}

/** Valid inputs: every field anywhere inside its range (the quantity a whole number), including 0 and the maximum. */
const validInputs: fc.Arbitrary<ContributionInputs> = fc.record({
  p: fc.double({ min: 0, max: 1e9, noNaN: true }),
  r: fc.double({ min: 0, max: 100, noNaN: true }),
  kv: fc.double({ min: 0, max: 1e9, noNaN: true }),
  x: fc.integer({ min: 0, max: 1e9 }),
  kf: fc.double({ min: 0, max: 1e12, noNaN: true }),
});

/** Valid inputs as readers type them: cents, whole percent steps, realistic sizes, and the range ends. */
const typedInputs: fc.Arbitrary<ContributionInputs> = fc.record({
  p: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100), fc.constantFrom(0, 2000, 1e9)),
  r: fc.oneof(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100), fc.constantFrom(0, 10, 100)),
  kv: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100), fc.constantFrom(0, 1400, 1e9)),
  x: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(0, 1, 500, 1e9)),
  kf: fc.oneof(fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 100), fc.constantFrom(0, 240000, 1e12)),
});

const anyInputs = fc.oneof(validInputs, typedInputs);

describe('CONTRIBUTION_FIELDS', () => {
  it('describes the five inputs with their URL names, units, defaults and ranges', () => {
    expect(CONTRIBUTION_FIELDS.map((f) => [f.name, f.unit, f.default, f.min, f.max, f.integer ?? false])).toEqual([
      ['p', 'eur', 2000, 0, 1e9, false],
      ['r', 'percent', 10, 0, 100, false],
      ['kv', 'eur', 1400, 0, 1e9, false],
      ['x', 'count', 500, 0, 1e9, true],
      ['kf', 'eur', 240000, 0, 1e12, false],
    ]);
  });

  it('gives every input a German label, a one-sentence help text and one of two groups', () => {
    for (const field of CONTRIBUTION_FIELDS) {
      expect(field.label.length, field.name).toBeGreaterThan(3);
      expect(field.help, field.name).toMatch(/^[A-ZÄÖÜ][^!?]*\.$/);
    }
    expect(new Set(CONTRIBUTION_FIELDS.map((f) => f.group))).toEqual(new Set(['Je Einheit', 'Im Zeitraum']));
  });

  it('reads a share link and writes back only the values that differ from the defaults', () => {
    const { values, ignored } = readParams(CONTRIBUTION_FIELDS, new URLSearchParams('p=20000&kv=13000&x=20&kf=90000&r=10'));
    expect(ignored).toEqual([]);
    expect(values).toEqual({ p: 20000, r: 10, kv: 13000, x: 20, kf: 90000 });
    expect(writeParams(CONTRIBUTION_FIELDS, values).toString()).toBe('p=20000&kv=13000&x=20&kf=90000');
  });

  it('takes no fractional quantity from a link', () => {
    const { values, ignored } = readParams(CONTRIBUTION_FIELDS, new URLSearchParams('x=12.5'));
    expect(values.x).toBe(500);
    expect(ignored).toEqual([{ name: 'x', raw: '12.5', reason: 'Bitte eine ganze Zahl eingeben.' }]);
  });
});

describe('computeContribution: worked examples', () => {
  it('computes the coffee-machine dealer of the Deckungsbeitrag entry (the defaults)', () => {
    // p = 2000, r = 10 %, kv = 1400, x = 500, kf = 240000
    // db = 2000 · 0.9 − 1400 = 1800 − 1400 = 400;  m = (2000 − 1400) / 2000 = 30 %
    // total = 400 · 500 = 200000;  result = 200000 − 240000 = −40000
    // x_BE = 240000 / 400 = 600;  revenue at BE = 600 · 1800 = 1080000
    // safety = (500 − 600) / 500 = −20 %
    // extra volume = 0.10 / (0.30 − 0.10) = 50 %;  extra units = 500 · 0.5 = 250 (the entry's 750 machines)
    expectOutputs(computeContribution(DEFAULTS), {
      contributionPerUnit: 400,
      marginRatio: 30,
      contributionTotal: 200000,
      operatingResult: -40000,
      breakEvenQuantity: 600,
      breakEvenUnits: 600,
      breakEvenRevenue: 1080000,
      safetyMargin: -20,
      extraVolume: 50,
      extraUnits: 250,
    });
  });

  it('computes the same dealer without the discount', () => {
    // db = 2000 − 1400 = 600; total = 300000; result = 60000 (the entry's figure)
    // x_BE = 240000 / 600 = 400; revenue = 400 · 2000 = 800000; safety = (500 − 400) / 500 = 20 %
    expectOutputs(computeContribution(inputs({ r: 0 })), {
      contributionPerUnit: 600,
      marginRatio: 30,
      contributionTotal: 300000,
      operatingResult: 60000,
      breakEvenQuantity: 400,
      breakEvenUnits: 400,
      breakEvenRevenue: 800000,
      safetyMargin: 20,
      extraVolume: 0,
      extraUnits: 0,
    });
  });

  it('computes the field sales position of the Break-even entry, with and without the discount', () => {
    // p = 20000 per order, 35 % contribution ratio → kv = 13000; kf = 90000; 400000 € planned = 20 orders
    // Without discount: db = 7000; x_BE = 90000 / 7000 = 12.857142…, 13 whole orders;
    //   revenue at BE = 12.857142… · 20000 = 257142.857…; safety = (20 − 12.857142…) / 20 = 35.714…%
    const example = { p: 20000, kv: 13000, kf: 90000, x: 20 };
    expectOutputs(computeContribution(inputs({ ...example, r: 0 })), {
      contributionPerUnit: 7000,
      marginRatio: 35,
      contributionTotal: 140000,
      operatingResult: 50000,
      breakEvenQuantity: 12.857142857,
      breakEvenUnits: 13,
      breakEvenRevenue: 257142.857142857,
      safetyMargin: 35.714285714,
      extraVolume: 0,
      extraUnits: 0,
    });
    // With 10 %: db = 18000 − 13000 = 5000; x_BE = 18; revenue = 18 · 18000 = 324000;
    //   safety = (20 − 18) / 20 = 10 %; extra volume = 0.10 / (0.35 − 0.10) = 40 %, 20 · 0.4 = 8 orders
    expectOutputs(computeContribution(inputs({ ...example, r: 10 })), {
      contributionPerUnit: 5000,
      contributionTotal: 100000,
      operatingResult: 10000,
      breakEvenQuantity: 18,
      breakEvenUnits: 18,
      breakEvenRevenue: 324000,
      safetyMargin: 10,
      extraVolume: 40,
      extraUnits: 8,
    });
  });

  it('reproduces the extra-volume table of the Deckungsbeitrag entry', () => {
    // d / (m − d) for m = 20, 30, 50 % and d = 5, 10, 15 %, e.g. 0.05 / 0.15 = 33.3 %, 0.15 / 0.35 = 42.9 %
    const table: [number, number, number][] = [
      [20, 5, 100 / 3], [20, 10, 100], [20, 15, 300],
      [30, 5, 20], [30, 10, 50], [30, 15, 100],
      [50, 5, 100 / 9], [50, 10, 25], [50, 15, 300 / 7],
    ];
    for (const [m, d, expected] of table) {
      const result = computeContribution(inputs({ p: 100, kv: 100 - m, r: d }));
      expect(result.extraVolume, `m ${m} d ${d}`).toBeCloseTo(expected, 9);
    }
  });

  it('rounds a fractional extra volume up to whole units', () => {
    // 0.05 / (0.20 − 0.05) = 1/3; 100 units · 1/3 = 33.3… → 34 more units
    expectOutputs(computeContribution(inputs({ p: 100, kv: 80, r: 5, x: 100 })), { extraVolume: 100 / 3, extraUnits: 34 });
  });
});

describe('computeContribution: edge cases', () => {
  it('has no margin, no break-even and no extra volume at a price of 0', () => {
    // db = 0 − 1400 = −1400; total = −700000; result = −700000 − 240000
    expectOutputs(computeContribution(inputs({ p: 0 })), {
      contributionPerUnit: -1400,
      marginRatio: null,
      contributionTotal: -700000,
      operatingResult: -940000,
      breakEvenQuantity: null,
      breakEvenUnits: null,
      breakEvenRevenue: null,
      safetyMargin: null,
      extraVolume: null,
      extraUnits: null,
    });
    const free = computeContribution(inputs({ p: 0, kv: 0, kf: 0 }));
    expect(free.contributionPerUnit).toBe(0);
    expect(Object.is(free.operatingResult, 0)).toBe(true);
  });

  it('has a negative margin and no break-even when the variable cost exceeds the price', () => {
    // m = (100 − 150) / 100 = −50 %; db = 90 − 150 = −60
    expectOutputs(computeContribution(inputs({ p: 100, kv: 150, r: 10, x: 10, kf: 0 })), {
      contributionPerUnit: -60,
      marginRatio: -50,
      operatingResult: -600,
      breakEvenQuantity: null,
      extraVolume: null,
    });
  });

  it('has no break-even and no extra volume at a discount of 100 %', () => {
    expectOutputs(computeContribution(inputs({ r: 100 })), {
      contributionPerUnit: -1400,
      marginRatio: 30,
      breakEvenQuantity: null,
      safetyMargin: null,
      extraVolume: null,
      extraUnits: null,
    });
    // Nothing to pay for either: a unit then contributes exactly 0, which is still no break-even.
    expectOutputs(computeContribution(inputs({ r: 100, kv: 0 })), { contributionPerUnit: 0, breakEvenQuantity: null, extraVolume: null });
  });

  it('treats a discount equal to the margin as "no volume is enough", despite float noise in p · (1 − d)', () => {
    // 1e9 · (1 − 0.07) − 9.3e8 is −1.2e-7 in doubles; 100 · (1 − 0.3) − 70 and 2000 · 0.7 − 1400 are 0.
    for (const [p, kv, r] of [[1e9, 9.3e8, 7], [100, 70, 30], [2000, 1400, 30], [3, 2.7, 10]] as const) {
      const result = computeContribution(inputs({ p, kv, r, x: 1e9 }));
      expect(result.contributionPerUnit, `${p} ${kv} ${r}`).toBe(0);
      expect(result.contributionTotal).toBe(0);
      expect(result.breakEvenQuantity).toBeNull();
      expect(result.extraVolume).toBeNull();
    }
  });

  it('needs no volume to break even without fixed costs', () => {
    expectOutputs(computeContribution(inputs({ kf: 0 })), {
      operatingResult: 200000,
      breakEvenQuantity: 0,
      breakEvenUnits: 0,
      breakEvenRevenue: 0,
      safetyMargin: 100,
    });
  });

  it('has no safety margin and no extra units to speak of at a quantity of 0, and no -0', () => {
    const result = computeContribution(inputs({ x: 0 }));
    expectOutputs(result, {
      contributionTotal: 0,
      operatingResult: -240000,
      breakEvenQuantity: 600,
      safetyMargin: null,
      extraVolume: 50,
      extraUnits: 0,
    });
    const loss = computeContribution(inputs({ x: 0, kf: 0, p: 0 }));
    expect(Object.is(loss.contributionTotal, 0)).toBe(true);
    expect(Object.is(loss.operatingResult, 0)).toBe(true);
  });

  it('returns none rather than Infinity when the contribution per unit is vanishingly small', () => {
    const result = computeContribution({ p: 1e-300, r: 0, kv: 0, x: 1e9, kf: 1e12 });
    expect(result.breakEvenQuantity).toBeNull();
    expect(result.breakEvenRevenue).toBeNull();
  });
});

describe('computeContribution: properties', () => {
  it('gives only finite outputs, never -0, and null only where the table allows it, for any valid inputs', () => {
    fc.assert(
      fc.property(anyInputs, (input) => {
        const result = computeContribution(input);
        for (const key of OUTPUT_KEYS) {
          const value = result[key];
          if (value === null) expect(NEVER_NULL.has(key), key).toBe(false);
          else {
            expect(Number.isFinite(value), `${key} = ${value}`).toBe(true);
            expect(Object.is(value, -0), `${key} is -0`).toBe(false);
          }
        }
        for (const key of ['breakEvenUnits', 'extraUnits'] as const) {
          const value = result[key];
          if (value !== null) expect(Number.isInteger(value), `${key} = ${value}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('has a break-even exactly when a unit contributes something after the discount', () => {
    fc.assert(
      fc.property(typedInputs, (input) => {
        const result = computeContribution(input);
        expect(result.breakEvenQuantity !== null).toBe(result.contributionPerUnit > 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('makes the operating result 0 at the break-even quantity, within float tolerance', () => {
    fc.assert(
      fc.property(anyInputs, (input) => {
        const be = computeContribution(input).breakEvenQuantity;
        fc.pre(be !== null);
        const result = operatingResultAt(input, be as number);
        expect(Math.abs(result)).toBeLessThanOrEqual(Math.max(1e-6, input.kf * 1e-12));
      }),
      { numRuns: 1000 },
    );
  });

  it('is in profit (or at zero) at the whole-unit break-even and in loss one unit below it', () => {
    fc.assert(
      fc.property(typedInputs, (input) => {
        const { breakEvenUnits: units } = computeContribution(input);
        fc.pre(units !== null && units >= 1 && units < 1e9);
        const tolerance = Math.max(1e-6, input.kf * 1e-12);
        expect(operatingResultAt(input, units as number)).toBeGreaterThanOrEqual(-tolerance);
        expect(operatingResultAt(input, (units as number) - 1)).toBeLessThan(tolerance);
      }),
      { numRuns: 1000 },
    );
  });

  it('raises the operating result with the quantity when a unit contributes something', () => {
    fc.assert(
      fc.property(anyInputs, fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (input, a, b) => {
        const { contributionPerUnit: db } = computeContribution(input);
        fc.pre(db > 0 && a !== b);
        const [low, high] = a < b ? [a, b] : [b, a];
        const atLow = operatingResultAt(input, low);
        const atHigh = operatingResultAt(input, high);
        expect(atHigh).toBeGreaterThanOrEqual(atLow);
        // Strictly, unless the step is lost in the rounding of the fixed costs.
        if (db * (high - low) > 1e-9 * (input.kf + db * high)) expect(atHigh).toBeGreaterThan(atLow);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the direct computation: the quantity at which the discounted total contribution equals the undiscounted one', () => {
    fc.assert(
      fc.property(anyInputs, (input) => {
        const result = computeContribution(input);
        // Prices below a millionth of a cent (subnormal doubles among them) carry no digits to compare.
        fc.pre(result.extraVolume !== null && input.x > 0 && input.p >= 1e-8);
        const db = result.contributionPerUnit;
        const dbList = input.p - input.kv;
        // x' with db · x' = (p − kv) · x, from the definition alone.
        const needed = (dbList * input.x) / db;
        fc.pre(Number.isFinite(needed));
        const direct = (100 * (needed - input.x)) / input.x;
        const extra = result.extraVolume as number;
        expect(Math.abs(extra - direct)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(direct)));
        // And with the formula of the entries, d / (m − d), where m − d is not lost to rounding.
        const m = dbList / input.p;
        const d = input.r / 100;
        if (m - d > 1e-6) expect(Math.abs(extra - (100 * d) / (m - d))).toBeLessThanOrEqual(1e-6 * Math.max(1, extra));
        // The extra units are the same share of the reader's quantity, rounded up.
        if (result.extraUnits !== null) {
          expect(result.extraUnits).toBeGreaterThanOrEqual((input.x * extra) / 100 - 1e-6 * Math.max(1, input.x * extra));
          expect(result.extraUnits).toBeLessThan((input.x * extra) / 100 + 1 + 1e-6 * input.x * extra);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('has no extra volume exactly when the discount is at least the margin', () => {
    fc.assert(
      fc.property(typedInputs, (input) => {
        const result = computeContribution(input);
        fc.pre(input.p > 0);
        const m = (input.p - input.kv) / input.p;
        const d = input.r / 100;
        // Away from the float noise around d = m (see the module comment), the rule is exact.
        fc.pre(Math.abs(m - d) > 1e-9);
        expect(result.extraVolume === null).toBe(d >= m);
      }),
      { numRuns: 1000 },
    );
  });

  it('never lets the safety margin exceed 100 % and makes it negative below the break-even', () => {
    fc.assert(
      fc.property(anyInputs, (input) => {
        const { safetyMargin, breakEvenQuantity } = computeContribution(input);
        if (safetyMargin === null) return;
        expect(safetyMargin).toBeLessThanOrEqual(100);
        if ((breakEvenQuantity as number) > input.x) expect(safetyMargin).toBeLessThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('whole units', () => {
  it('rounds up, but not float noise around a whole number', () => {
    expect(wholeUnitsUp(12.857142857142858)).toBe(13);
    expect(wholeUnitsUp(12.01)).toBe(13);
    expect(wholeUnitsUp(600)).toBe(600);
    expect(wholeUnitsUp(600 * (1 + 4 * Number.EPSILON))).toBe(600);
    expect(wholeUnitsUp(600.000001)).toBe(601);
    expect(wholeUnitsUp(250.00000000000006)).toBe(250);
    expect(wholeUnitsUp(0)).toBe(0);
    expect(Object.is(wholeUnitsUp(-0), 0)).toBe(true);
    expect(isWholeUnits(12.7)).toBe(false);
    expect(isWholeUnits(13)).toBe(true);
  });
});

describe('breakEvenLines', () => {
  it('draws revenue and total costs from 0 past twice the break-even to a round axis value, crossing there', () => {
    // Defaults: x_BE = 600, twice that is 1200, and the axis (steps of 500) ends at 1500;
    // revenue 1500 · 1800 = 2700000, costs 240000 + 1500 · 1400 = 2340000
    const { revenue, costs } = breakEvenLines(DEFAULTS);
    expect(revenue).toEqual([{ x: 0, y: 0 }, { x: 1500, y: 2700000 }]);
    expect(costs).toEqual([{ x: 0, y: 240000 }, { x: 1500, y: 2340000 }]);
  });

  it('covers the reader\'s quantity and at least 10 units, and leaves a break-even far away off the chart', () => {
    expect(breakEvenLines(inputs({ r: 0, x: 1000 })).revenue[1]?.x).toBe(2000); // 2 · x > 2 · 400
    expect(breakEvenLines(inputs({ p: 0, x: 2 })).revenue[1]?.x).toBe(10); // no break-even
    // x_BE = 240000 / 0.01 = 24 million, more than 100 · 500: the chart ends at 50000
    expect(breakEvenLines(inputs({ r: 0, kv: 1999.99 })).revenue[1]?.x).toBe(50000);
  });

  it('ends on the axis value the chart draws, so the lines reach its right edge', () => {
    fc.assert(
      fc.property(typedInputs, (input) => {
        const end = breakEvenLines(input).revenue[1]!.x;
        expect(niceTicks(0, end, 5).max).toBe(end);
        expect(end).toBeGreaterThanOrEqual(Math.max(10, 2 * input.x));
      }),
      { numRuns: 500 },
    );
  });

  it('has revenue equal to costs at the break-even on the drawn lines, for any valid inputs with one on the chart', () => {
    fc.assert(
      fc.property(typedInputs, (input) => {
        const be = computeContribution(input).breakEvenQuantity;
        const { revenue, costs } = breakEvenLines(input);
        const end = revenue[1]!.x;
        for (const pt of [...revenue, ...costs]) expect(Number.isFinite(pt.y) && !Object.is(pt.y, -0)).toBe(true);
        fc.pre(be !== null && be <= end);
        const at = (line: { x: number; y: number }[], x: number) => line[0]!.y + ((line[1]!.y - line[0]!.y) * x) / end;
        const scale = Math.max(1, Math.abs(costs[1]!.y));
        expect(Math.abs(at(revenue, be as number) - at(costs, be as number))).toBeLessThanOrEqual(scale * 1e-9);
      }),
      { numRuns: 500 },
    );
  });
});

describe('explainContribution', () => {
  const explain = (overrides: Partial<ContributionInputs>) => {
    const input = inputs(overrides);
    return explainContribution(input, computeContribution(input), CONTRIBUTION_SENTENCES);
  };

  it('explains the defaults: a whole break-even, a negative safety margin and the 50 % the discount needs', () => {
    expect(explain({})).toEqual({
      breakEven: 'Die Gewinnschwelle liegt bei 600 Einheiten: Dort sind die Fixkosten genau gedeckt, jede weitere Einheit bringt Gewinn.',
      safety: 'Der Sicherheitsabstand ist negativ (-20\u00a0%): Bis zur Gewinnschwelle fehlen 20\u00a0% Ihrer jetzigen Absatzmenge.',
      extraVolume: 'Den Rabatt von 10\u00a0% holen Sie erst herein, wenn er den Absatz um 50\u00a0% steigert – bei 500 Einheiten um 250 Einheiten.',
    });
  });

  it('rounds a fractional break-even up and names the exact value', () => {
    const s = explain({ p: 20000, kv: 13000, kf: 90000, x: 20, r: 0 });
    expect(s.breakEven).toBe('Die Gewinnschwelle liegt rechnerisch bei 12,86 Einheiten; in ganzen Einheiten sind die Fixkosten ab 13 verkauften Einheiten gedeckt.');
    expect(s.safety).toBe('Sicherheitsabstand 35,71\u00a0%: So weit darf Ihr Absatz sinken, bevor Verlust entsteht.');
    expect(s.extraVolume).toBe('Ohne Rabatt brauchen Sie keinen Mehrabsatz.');
  });

  it('has a sentence for every none case', () => {
    expect(explain({ p: 0 })).toEqual({
      breakEven: CONTRIBUTION_SENTENCES.breakEven.none,
      safety: CONTRIBUTION_SENTENCES.safety.none,
      extraVolume: CONTRIBUTION_SENTENCES.extraVolume.noPrice,
    });
    expect(explain({ p: 1000, r: 0 }).extraVolume).toBe(CONTRIBUTION_SENTENCES.extraVolume.noMargin);
    expect(explain({ r: 30 }).extraVolume).toBe(
      'Mit diesem Rabatt ist kein Absatz groß genug: 30\u00a0% Rabatt zehren die ganze Marge von 30\u00a0% auf, jede Einheit bringt danach keinen positiven Deckungsbeitrag mehr.',
    );
    expect(explain({ r: 100 }).extraVolume).toMatch(/^Mit diesem Rabatt ist kein Absatz groß genug/);
    expect(explain({ kf: 0 }).breakEven).toBe('Ohne Fixkosten bringt schon die erste verkaufte Einheit Gewinn.');
    expect(explain({ x: 0 })).toEqual({
      breakEven: 'Die Gewinnschwelle liegt bei 600 Einheiten: Dort sind die Fixkosten genau gedeckt, jede weitere Einheit bringt Gewinn.',
      safety: 'Ohne Absatzmenge lässt sich kein Sicherheitsabstand angeben.',
      extraVolume: 'Den Rabatt von 10\u00a0% holen Sie erst herein, wenn er den Absatz um 50\u00a0% steigert.',
    });
    expect(explain({ x: 600 }).safety).toBe('Ihre Absatzmenge liegt genau auf der Gewinnschwelle.');
  });

  it('leaves no placeholder unfilled and shows no NaN, Infinity or negative zero, for any valid inputs', () => {
    fc.assert(
      fc.property(anyInputs, (input) => {
        const s = explainContribution(input, computeContribution(input), CONTRIBUTION_SENTENCES);
        for (const text of Object.values(s)) {
          expect(text).not.toMatch(/[{}]|NaN|Infinity|∞|undefined|-0(?![,\d])|−0(?![,\d])/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('fills named placeholders and keeps unknown ones (math.ts fillTemplate)', () => {
    expect(fillTemplate('Ab {n} Einheiten, rechnerisch {x}.', { n: '13', x: '12,86' })).toBe('Ab 13 Einheiten, rechnerisch 12,86.');
    expect(fillTemplate('{a} und {b}', { a: '1' })).toBe('1 und {b}');
  });
});

describe('the field ranges keep every product finite', () => {
  it('multiplies the largest price by the largest quantity without overflow', () => {
    const result = computeContribution({ p: fieldOf('p').max, r: 0, kv: 0, x: fieldOf('x').max, kf: fieldOf('kf').max });
    expect(result.contributionTotal).toBe(1e18);
    expect(result.operatingResult).toBe(1e18 - 1e12);
  });
});
