/**
 * The customer lifetime value model with cost-to-serve (issue 8, DOMAIN.md): what a customer is worth
 * today after the cost of serving and of winning them.
 *
 * Timing (stated on the page, because other textbooks use others): the acquisition cost is paid now;
 * the customer brings the annual contribution `margin` at the end of each year they stay; the first
 * year is certain, after that they stay each year with the retention rate b; future amounts are
 * discounted at the rate z. The expected discounted contribution of year t is then
 * margin · b^(t−1) / (1 + z)^t, and the sum over all years is margin / (1 + z − b).
 *
 * Outputs (data-output names):
 * - margin       = u · m − k · kk                annual contribution after cost-to-serve, €
 * - lifetime     = 1 / (1 − b)                   expected years; none when b = 100 %
 * - clvGross     = margin / (1 + z − b)          present value of all contributions; none when 1 + z − b = 0
 * - clv          = clvGross − ac                 worth after acquisition cost; none with clvGross
 * - maxContacts  = (u · m − ac · (1 + z − b)) / kk   contacts per year at which clv is 0; none when kk = 0 or 1 + z − b = 0
 * - ltvCac       = (clv + ac) / ac               none when ac = 0 or clv is none
 * - paybackYear  first whole year at whose end the cumulative discounted contribution covers ac;
 *                0 when ac = 0; none when that never happens within PAYBACK_MAX_YEARS
 *
 * The German texts (field labels, help texts, the sentences of the results) are in customer-value-copy.ts.
 */
import type { InputSpec } from './fields';
import { finiteOrNull, noNegativeZero, pct } from './math';

export type CustomerValueKey = 'u' | 'm' | 'k' | 'kk' | 'b' | 'z' | 'ac';

/** Amounts in euro per customer; percent inputs in percent (m = 40 means 40 %). */
export type CustomerValueInputs = Record<CustomerValueKey, number>;

/** The inputs: unit, default and valid range; their German texts are in customer-value-copy.ts. */
export const CUSTOMER_VALUE_INPUTS: readonly InputSpec<CustomerValueKey>[] = [
  { name: 'u', unit: 'eur', default: 1200, min: 0, max: 1e9 },
  { name: 'm', unit: 'percent', default: 40, min: 0, max: 100 },
  { name: 'k', unit: 'count', default: 2, min: 0, max: 10000 },
  { name: 'kk', unit: 'eur', default: 8, min: 0, max: 1e6 },
  { name: 'b', unit: 'percent', default: 80, min: 0, max: 100 },
  { name: 'z', unit: 'percent', default: 10, min: 0, max: 100 },
  { name: 'ac', unit: 'eur', default: 150, min: 0, max: 1e9 },
];

export interface CustomerValueResult {
  margin: number;
  lifetime: number | null;
  clvGross: number | null;
  clv: number | null;
  maxContacts: number | null;
  ltvCac: number | null;
  paybackYear: number | null;
}

/** The payback is looked for this many years ahead; later than that it counts as never. */
export const PAYBACK_MAX_YEARS = 100;

/** Expected discounted contribution of year t ≥ 1 (end of the year, certain in year 1). */
function yearValue(margin: number, b: number, z: number, t: number): number {
  // b^0 is 1 even for b = 0: the first year is certain.
  return (margin * b ** (t - 1)) / (1 + z) ** t;
}

/** The outputs above, unrounded. */
export function computeCustomerValue(inputs: CustomerValueInputs): CustomerValueResult {
  const { u, k, kk, ac } = inputs;
  const m = pct(inputs.m);
  const b = pct(inputs.b);
  const z = pct(inputs.z);

  const margin = u * m - k * kk;
  const denominator = 1 + z - b;
  const clvGross = denominator === 0 ? null : finiteOrNull(margin / denominator);
  const clv = clvGross === null ? null : finiteOrNull(clvGross - ac);

  return {
    margin: noNegativeZero(margin),
    lifetime: b === 1 ? null : finiteOrNull(1 / (1 - b)),
    clvGross,
    clv,
    maxContacts: kk === 0 || denominator === 0 ? null : finiteOrNull((u * m - ac * denominator) / kk),
    ltvCac: ac === 0 || clvGross === null ? null : finiteOrNull(clvGross / ac),
    paybackYear: paybackYear(margin, b, z, ac),
  };
}

function paybackYear(margin: number, b: number, z: number, ac: number): number | null {
  if (ac === 0) return 0;
  if (margin <= 0) return null;
  let sum = 0;
  for (let t = 1; t <= PAYBACK_MAX_YEARS; t += 1) {
    sum += yearValue(margin, b, z, t);
    if (sum >= ac) return t;
  }
  return null;
}

export interface ValuePoint {
  year: number;
  /** Cumulative discounted contribution up to the end of this year, minus the acquisition cost. */
  value: number;
}

/** The chart covers at least this many years, and at most the second. */
const HORIZON = { min: 5, max: 40 } as const;

/**
 * The cumulative discounted contribution minus acquisition cost, from year 0 (−ac) to a horizon
 * where later years add little (their expected discounted weight b^t/(1+z)^t falls below 1 %),
 * at least to the payback year, within 5 to 40 years.
 */
export function valueCurve(inputs: CustomerValueInputs): ValuePoint[] {
  const b = pct(inputs.b);
  const z = pct(inputs.z);
  const { margin, paybackYear: payback } = computeCustomerValue(inputs);
  const q = b / (1 + z);
  const fading = q <= 0 ? 1 : q >= 1 ? HORIZON.max : Math.ceil(Math.log(0.01) / Math.log(q));
  const horizon = Math.min(HORIZON.max, Math.max(HORIZON.min, fading, payback ?? 0));
  const points: ValuePoint[] = [{ year: 0, value: noNegativeZero(-inputs.ac) }];
  let sum = -inputs.ac;
  for (let t = 1; t <= horizon; t += 1) {
    sum += yearValue(margin, b, z, t);
    points.push({ year: t, value: noNegativeZero(sum) });
  }
  return points;
}
