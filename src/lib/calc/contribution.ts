// The contribution and break-even model: inputs, outputs, the cases of the sentences that explain them, the
// chart lines. The German texts (field labels, help texts, sentence templates) are in contribution-copy.ts.

/**
 * What the calculator answers: how much does one unit and the whole volume contribute after the
 * discount, from which volume on are the fixed costs covered, and how much more must a discount sell
 * to earn back what it gives away? Single product, one period, linear costs (Wöhe; Simon/Fassnacht).
 *
 * Inputs (URL parameter = key; the symbols of German cost accounting: p price, k_v variable unit
 * cost, K_f fixed costs, x quantity), percent entered as percent and used as a fraction d = r / 100:
 *
 * | param | meaning                                   | unit  | default | valid                |
 * |-------|-------------------------------------------|-------|---------|----------------------|
 * | `p`   | list price per unit, net                  | €     | 2000    | 0 to 1e9             |
 * | `r`   | discount on the list price                | %     | 10      | 0 to 100             |
 * | `kv`  | variable cost per unit                    | €     | 1400    | 0 to 1e9             |
 * | `x`   | quantity sold in the period               | count | 500     | whole number 0 to 1e9 |
 * | `kf`  | fixed costs in the same period            | €     | 240000  | 0 to 1e12            |
 *
 * The defaults are the coffee-machine dealer of the entry /glossar/deckungsbeitrag/ (example
 * values, no statistics): 2,000 € price, 1,400 € variable cost, 500 machines, 240,000 € fixed costs,
 * and the 10 % discount a salesperson wants to give, which turns 60,000 € profit into 40,000 € loss.
 *
 * Quantities are whole units (pieces, orders, contracts, hours): a break-even or an extra volume
 * that falls between two units is rounded UP, because only the next whole unit covers the costs.
 * The exact quotient is shown next to it ("rechnerisch").
 *
 * Outputs (the `data-output` keys; € unless stated; `null` means "none" and gets a sentence):
 *
 * | key                   | formula                                                  | none when            |
 * |-----------------------|----------------------------------------------------------|----------------------|
 * | `contributionPerUnit` | db = p · (1 − d) − kv                                    | –                    |
 * | `marginRatio` (%)     | m = (p − kv) / p, before the discount                    | p = 0                |
 * | `contributionTotal`   | db · x                                                   | –                    |
 * | `operatingResult`     | db · x − kf                                              | –                    |
 * | `breakEvenQuantity`   | x_BE = kf / db                                           | db ≤ 0               |
 * | `breakEvenUnits`      | x_BE rounded up to whole units                           | db ≤ 0               |
 * | `breakEvenRevenue`    | x_BE · p · (1 − d)  (= kf ÷ contribution ratio after d)  | db ≤ 0               |
 * | `safetyMargin` (%)    | (x − x_BE) / x; negative below the break-even            | db ≤ 0 or x = 0      |
 * | `extraVolume` (%)     | d / (m − d) = p · d / db                                 | d ≥ m (so db ≤ 0)    |
 * | `extraUnits`          | x · d / (m − d), rounded up to whole units               | d ≥ m                |
 *
 * extraVolume is the volume increase at which the discounted total contribution equals the
 * undiscounted one: db · x' = (p − kv) · x gives x' / x − 1 = p · d / db = d / (m − d), since
 * db = p · (m − d). It is computed as p · d / db, which is exact where d / (m − d) suffers from
 * m − d rounding (0.3 − 0.1 ≠ 0.2 in binary). When d ≥ m no volume is enough: each unit then
 * brings nothing or loses money; with p = 0 there is no margin to give away either.
 *
 * Every output is finite or null and never -0 (see math.ts); a quotient that overflows (a
 * vanishingly small db) counts as none, like a threshold that far away. A db within 1e-12 of the
 * larger of p and kv counts as exactly 0: p · (1 − d) carries float noise (1e9 · (1 − 0.07) − 9.3e8
 * is −1.2e-7, not 0), and a discount equal to the margin must read "no volume is enough", not
 * "3 · 10^17 % more volume".
 */

import type { InputSpec } from './fields';
import { niceTicks } from './chart';
import { formatCount, formatPercent } from './number';
import { fillTemplate, finiteOrNull, noNegativeZero, pct } from './math';

export type ContributionKey = 'p' | 'r' | 'kv' | 'x' | 'kf';

export type ContributionInputs = Record<ContributionKey, number>;

/** The inputs of the table above; their German texts are in contribution-copy.ts. */
export const CONTRIBUTION_INPUTS: readonly InputSpec<ContributionKey>[] = [
  { name: 'p', unit: 'eur', default: 2000, min: 0, max: 1e9 },
  { name: 'r', unit: 'percent', default: 10, min: 0, max: 100 },
  { name: 'kv', unit: 'eur', default: 1400, min: 0, max: 1e9 },
  { name: 'x', unit: 'count', default: 500, min: 0, max: 1e9, integer: true },
  { name: 'kf', unit: 'eur', default: 240000, min: 0, max: 1e12 },
];

export interface ContributionResult {
  /** € per unit after the discount. */
  contributionPerUnit: number;
  /** Percent of the list price, before the discount; null when p = 0. */
  marginRatio: number | null;
  contributionTotal: number;
  operatingResult: number;
  /** Units, exact; null when a unit contributes nothing or loses money after the discount. */
  breakEvenQuantity: number | null;
  /** Whole units, rounded up. */
  breakEvenUnits: number | null;
  /** € of net revenue at the break-even. */
  breakEvenRevenue: number | null;
  /** Percent of the quantity; negative below the break-even. */
  safetyMargin: number | null;
  /** Percent more volume that the discount has to bring to keep the total contribution. */
  extraVolume: number | null;
  /** Whole units, rounded up, at the reader's quantity. */
  extraUnits: number | null;
}

const WHOLE_TOLERANCE = 1e-13;

/** Whether a quantity is a whole number of units, up to float noise (see wholeUnitsUp). */
export function isWholeUnits(value: number): boolean {
  return Math.abs(value - Math.round(value)) <= WHOLE_TOLERANCE * Math.max(1, Math.abs(value));
}

/**
 * Rounds a quantity up to whole units. A value within a relative 1e-13 of a whole number (a few float
 * roundings) counts as that number: 500 · 0.1 / (0.3 − 0.1) is 250 on paper and 250.00000000000006 in
 * doubles, which must not become 251. The tolerance is that tight because at 10^8 units a looser one
 * would round away a real fraction worth euros.
 */
export function wholeUnitsUp(value: number): number {
  return noNegativeZero(isWholeUnits(value) ? Math.round(value) : Math.ceil(value));
}

/** db = p · (1 − d) − kv, with the float noise around 0 removed (see the module comment). */
function unitContribution(p: number, d: number, kv: number): number {
  const db = p * (1 - d) - kv;
  return Math.abs(db) <= 1e-12 * Math.max(p, kv) ? 0 : db;
}

const orNull = (value: number | null, f: (v: number) => number | null): number | null => (value === null ? null : f(value));

/** The outputs of the table above, unrounded (the whole-unit ones are whole numbers). */
export function computeContribution(inputs: ContributionInputs): ContributionResult {
  const { p, kv, x, kf } = inputs;
  const d = pct(inputs.r);
  const netPrice = p * (1 - d);
  const db = unitContribution(p, d, kv);
  const covers = db > 0;

  const breakEvenQuantity = covers ? finiteOrNull(kf / db) : null;
  // The extra volume as a share (0.5 = 50 %) of the quantity.
  const extraShare = covers ? finiteOrNull((p * d) / db) : null;
  return {
    contributionPerUnit: noNegativeZero(db),
    marginRatio: p === 0 ? null : finiteOrNull((100 * (p - kv)) / p),
    contributionTotal: noNegativeZero(db * x),
    operatingResult: noNegativeZero(db * x - kf),
    breakEvenQuantity,
    breakEvenUnits: orNull(breakEvenQuantity, wholeUnitsUp),
    breakEvenRevenue: orNull(breakEvenQuantity, (q) => finiteOrNull(q * netPrice)),
    safetyMargin: x === 0 ? null : orNull(breakEvenQuantity, (q) => finiteOrNull((100 * (x - q)) / x)),
    extraVolume: orNull(extraShare, (s) => finiteOrNull(100 * s)),
    extraUnits: orNull(extraShare, (s) => orNull(finiteOrNull(x * s), wholeUnitsUp)),
  };
}

export interface BreakEvenLines {
  /** Net revenue over quantity: x · p · (1 − d). */
  revenue: { x: number; y: number }[];
  /** Total costs over quantity: K_f + x · k_v. */
  costs: { x: number; y: number }[];
}

/**
 * The classic break-even chart: revenue and total costs from 0 to max(10, 2 · x, 2 · x_BE), widened
 * to the next round axis value (niceTicks, as the chart draws its axis) so the lines reach the chart's
 * right edge. The crossing sits near the middle when the reader's quantity is below it. A break-even
 * more than 100 times the quantity (or 1,000 units) away is left off the chart, or the reader's own
 * volume would shrink to a dot at the axis; the sentence next to the chart still names it. Both lines
 * are straight, so their two end points are enough.
 */
export function breakEvenLines(inputs: ContributionInputs): BreakEvenLines {
  const { p, kv, x, kf } = inputs;
  const netPrice = p * (1 - pct(inputs.r));
  const breakEven = computeContribution(inputs).breakEvenQuantity;
  const far = 100 * Math.max(x, 10);
  const end = niceTicks(0, Math.max(10, 2 * x, breakEven === null ? 0 : Math.min(2 * breakEven, far)), 5).max;
  return {
    revenue: [{ x: 0, y: 0 }, { x: end, y: noNegativeZero(end * netPrice) }],
    costs: [{ x: 0, y: kf }, { x: end, y: kf + end * kv }],
  };
}

export type BreakEvenSentenceCase = 'none' | 'zero' | 'whole' | 'fraction';
export type SafetySentenceCase = 'none' | 'noQuantity' | 'above' | 'at' | 'below';
export type DiscountSentenceCase = 'noPrice' | 'noMargin' | 'tooHigh' | 'zero' | 'normal' | 'noQuantity';

export interface ContributionTemplates {
  breakEven: Record<BreakEvenSentenceCase, string>;
  safety: Record<SafetySentenceCase, string>;
  extraVolume: Record<DiscountSentenceCase, string>;
}

function breakEvenSentenceCase(result: ContributionResult): BreakEvenSentenceCase {
  const { breakEvenQuantity: be, breakEvenUnits: units } = result;
  if (be === null || units === null) return 'none';
  if (be === 0) return 'zero';
  return isWholeUnits(be) ? 'whole' : 'fraction';
}

function safetySentenceCase(inputs: ContributionInputs, result: ContributionResult): SafetySentenceCase {
  if (result.breakEvenQuantity === null) return 'none';
  if (inputs.x === 0) return 'noQuantity';
  const s = result.safetyMargin;
  if (s === null) return 'none';
  return s > 0 ? 'above' : s < 0 ? 'below' : 'at';
}

function discountSentenceCase(inputs: ContributionInputs, result: ContributionResult): DiscountSentenceCase {
  if (result.extraVolume === null) {
    if (inputs.p === 0) return 'noPrice';
    return inputs.p - inputs.kv <= 0 ? 'noMargin' : 'tooHigh';
  }
  if (inputs.r === 0) return 'zero';
  // extraUnits is none only when x · extraVolume overflows; the sentence then leaves the units out.
  return inputs.x === 0 || result.extraUnits === null ? 'noQuantity' : 'normal';
}

export interface ContributionSentences {
  breakEven: string;
  safety: string;
  extraVolume: string;
}

/** The three sentences under the results, with the values formatted de-DE as the outputs show them. */
export function explainContribution(inputs: ContributionInputs, result: ContributionResult, templates: ContributionTemplates): ContributionSentences {
  const n = (v: number | null) => formatCount(v ?? 0);
  const percent = (v: number | null) => formatPercent(v ?? 0);
  const safety = result.safetyMargin ?? 0;
  return {
    breakEven: fillTemplate(templates.breakEven[breakEvenSentenceCase(result)], {
      x: n(result.breakEvenQuantity),
      n: n(result.breakEvenUnits),
    }),
    safety: fillTemplate(templates.safety[safetySentenceCase(inputs, result)], {
      x: percent(Math.abs(safety)),
      s: percent(safety),
    }),
    extraVolume: fillTemplate(templates.extraVolume[discountSentenceCase(inputs, result)], {
      x: percent(result.extraVolume),
      n: n(result.extraUnits),
      q: n(inputs.x),
      d: percent(inputs.r),
      m: percent(result.marginRatio),
    }),
  };
}
