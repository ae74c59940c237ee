// The cross-selling profitability model of CALCULATOR.md: inputs, outputs, waterfall, curve, presets, portfolio.
// The German texts (field labels, help texts, customer type names, sentences) are in cross-selling-copy.ts.

import { defaultValues, type InputSpec } from './fields';
import { finiteOrNull, noNegativeZero, pct, type BreakEvenCase } from './math';

export type CrossSellingKey =
  | 'u0' | 'm0' | 'r0' | 'q0' | 'k0' | 's0'
  | 'u1' | 'm1' | 'r1' | 'q1' | 'k1' | 's1' | 'w'
  | 'kk' | 'kr'
  | 'p' | 'a';

/** All amounts per customer and year in euro; percent inputs in percent (m0 = 40 means 40 %). */
export type CrossSellingInputs = Record<CrossSellingKey, number>;

/** The inputs of CALCULATOR.md: unit, default and valid range; their German texts are in cross-selling-copy.ts. */
export const CROSS_SELLING_INPUTS: readonly InputSpec<CrossSellingKey>[] = [
  { name: 'u0', unit: 'eur', default: 1200, min: 0, max: 1e9 },
  { name: 'm0', unit: 'percent', default: 40, min: 0, max: 100 },
  { name: 'r0', unit: 'percent', default: 5, min: 0, max: 100 },
  { name: 'q0', unit: 'percent', default: 5, min: 0, max: 100 },
  { name: 'k0', unit: 'count', default: 2, min: 0, max: 10000 },
  { name: 's0', unit: 'count', default: 0.5, min: 0, max: 10000 },
  { name: 'u1', unit: 'eur', default: 400, min: 0, max: 1e9 },
  { name: 'm1', unit: 'percent', default: 45, min: 0, max: 100 },
  { name: 'r1', unit: 'percent', default: 5, min: 0, max: 100 },
  { name: 'q1', unit: 'percent', default: 8, min: 0, max: 100 },
  { name: 'k1', unit: 'count', default: 1, min: 0, max: 10000 },
  { name: 's1', unit: 'count', default: 0.5, min: 0, max: 10000 },
  { name: 'w', unit: 'percent', default: 0, min: 0, max: 100 },
  { name: 'kk', unit: 'eur', default: 8, min: 0, max: 1e6 },
  { name: 'kr', unit: 'eur', default: 6.95, min: 0, max: 1e6 },
  { name: 'p', unit: 'percent', default: 15, min: 0, max: 100 },
  { name: 'a', unit: 'eur', default: 5, min: 0, max: 1e6 },
];

// The pure annotation lets a bundle that never reads the defaults (the calculator island, which gets
// the fields as props from the server) drop the table of inputs.
export const CROSS_SELLING_DEFAULTS: CrossSellingInputs = /* @__PURE__ */ defaultValues(CROSS_SELLING_INPUTS);

export interface CrossSellingResult {
  /** € per customer and year; the keys are the data-output keys of the page. */
  revenueBase: number;
  revenueCross: number;
  supportBase: number;
  supportCross: number;
  profitBase: number;
  profitCross: number;
  deltaPerBuyer: number;
  deltaPerAddressed: number;
  /** Contacts per buyer; null when kk = 0. */
  breakEvenContacts: number | null;
  /** Percent; null when u1 · (1 − q1) = 0. */
  breakEvenDiscount: number | null;
  /** Percent; null when deltaPerBuyer ≤ 0. */
  breakEvenTakeRate: number | null;
}

function netRevenue(list: number, discount: number, returned: number): number {
  return list * (1 - discount) * (1 - returned);
}

// Returned goods are resold, so returns cost only the margin on what is kept; a discount comes off the margin.
function grossProfit(list: number, margin: number, discount: number, returned: number): number {
  return list * (1 - returned) * (margin - discount);
}

function support(contacts: number, shipments: number, kk: number, kr: number): number {
  return contacts * kk + shipments * kr;
}

/** The percent inputs as fractions (40 → 0.4), as the formulas use them. */
function fractions(inputs: CrossSellingInputs) {
  const f = (key: CrossSellingKey) => pct(inputs[key]);
  return { m0: f('m0'), r0: f('r0'), q0: f('q0'), m1: f('m1'), r1: f('r1'), q1: f('q1'), w: f('w'), p: f('p') };
}

/** The outputs of CALCULATOR.md, unrounded. */
export function computeCrossSelling(inputs: CrossSellingInputs): CrossSellingResult {
  const { u0, k0, s0, u1, k1, s1, kk, kr, a } = inputs;
  const { m0, r0, q0, m1, r1, q1, w, p } = fractions(inputs);

  const revenueBase = netRevenue(u0, r0, q0);
  const revenueCross = revenueBase + netRevenue(u1, r1, q1) - w * u1 * (1 - r0) * (1 - q0);
  const supportBase = support(k0, s0, kk, kr);
  const supportCross = supportBase + support(k1, s1, kk, kr);
  const profitBase = grossProfit(u0, m0, r0, q0) - supportBase;
  const deltaPerBuyer = grossProfit(u1, m1, r1, q1) - w * u1 * (1 - q0) * (m0 - r0) - support(k1, s1, kk, kr);
  const profitCross = profitBase + deltaPerBuyer;
  const deltaPerAddressed = p * deltaPerBuyer - a;

  const keptCross = u1 * (1 - q1);
  return {
    revenueBase: noNegativeZero(revenueBase),
    revenueCross: noNegativeZero(revenueCross),
    supportBase: noNegativeZero(supportBase),
    supportCross: noNegativeZero(supportCross),
    profitBase: noNegativeZero(profitBase),
    profitCross: noNegativeZero(profitCross),
    deltaPerBuyer: noNegativeZero(deltaPerBuyer),
    deltaPerAddressed: noNegativeZero(deltaPerAddressed),
    breakEvenContacts: kk === 0 ? null : finiteOrNull((deltaPerBuyer + k1 * kk) / kk),
    breakEvenDiscount: keptCross === 0 ? null : finiteOrNull(100 * (r1 + deltaPerBuyer / keptCross)),
    breakEvenTakeRate: deltaPerBuyer <= 0 ? null : finiteOrNull((100 * a) / deltaPerBuyer),
  };
}

/** The steps of a waterfall, from list revenue to contribution (their labels: cross-selling-copy.ts). */
export type WaterfallStepKey =
  | 'list' | 'discounts' | 'returns' | 'cannibalisation' | 'net' | 'goods' | 'contacts' | 'shipments' | 'contribution';

export interface WaterfallStep {
  key: WaterfallStepKey;
  /**
   * € per customer and year. For 'minus' steps the amount that is subtracted (normally positive,
   * so the label's "−" carries the sign); for 'start', 'subtotal' and 'total' the running amount.
   */
  value: number;
  kind: 'start' | 'minus' | 'subtotal' | 'total';
}

export interface WaterfallScenario {
  id: 'base' | 'cross';
  steps: WaterfallStep[];
}

/**
 * From list revenue to contribution, without and with cross-selling. The steps add up by construction:
 * Nettoumsatz = Listenumsatz − Rabatte − Retouren − Kannibalisierung, because
 * L·(1−d)·(1−q) = L − L·d − L·(1−d)·q (returns are valued at the discounted price actually paid), and
 * Deckungsbeitrag = Nettoumsatz − Wareneinsatz − Servicekontakte − Retourenabwicklung, because
 * L·(1−d)·(1−q) − L·(1−q)·(1−g) = L·(1−q)·(g−d) = grossProfit. Cannibalised main-product sales also
 * save their cost of goods, w·u1·(1−q0)·(1−m0), which is why the cross-selling Wareneinsatz is reduced
 * by it; together the two give the w·u1·(1−q0)·(m0−r0) of deltaPerBuyer.
 */
export function waterfall(inputs: CrossSellingInputs): { base: WaterfallScenario; cross: WaterfallScenario } {
  const { u0, k0, s0, u1, k1, s1, kk, kr } = inputs;
  const { m0, r0, q0, m1, r1, q1, w } = fractions(inputs);

  const build = (
    list: number,
    discounts: number,
    returns: number,
    cannibalisation: number | null,
    goods: number,
    contacts: number,
    shipments: number,
  ): WaterfallStep[] => {
    const net = list - discounts - returns - (cannibalisation ?? 0);
    const contribution = net - goods - contacts - shipments;
    const steps: WaterfallStep[] = [
      { key: 'list', value: list, kind: 'start' },
      { key: 'discounts', value: discounts, kind: 'minus' },
      { key: 'returns', value: returns, kind: 'minus' },
    ];
    if (cannibalisation !== null) steps.push({ key: 'cannibalisation', value: cannibalisation, kind: 'minus' });
    steps.push(
      { key: 'net', value: net, kind: 'subtotal' },
      { key: 'goods', value: goods, kind: 'minus' },
      { key: 'contacts', value: contacts, kind: 'minus' },
      { key: 'shipments', value: shipments, kind: 'minus' },
      { key: 'contribution', value: contribution, kind: 'total' },
    );
    return steps.map((step) => ({ ...step, value: noNegativeZero(step.value) }));
  };

  const discounts0 = u0 * r0;
  const returns0 = u0 * (1 - r0) * q0;
  const goods0 = u0 * (1 - q0) * (1 - m0);
  const base = build(u0, discounts0, returns0, null, goods0, k0 * kk, s0 * kr);

  const cannibalisedRevenue = w * u1 * (1 - r0) * (1 - q0);
  const cannibalisedGoods = w * u1 * (1 - q0) * (1 - m0);
  const cross = build(
    u0 + u1,
    discounts0 + u1 * r1,
    returns0 + u1 * (1 - r1) * q1,
    cannibalisedRevenue,
    goods0 + u1 * (1 - q1) * (1 - m1) - cannibalisedGoods,
    (k0 + k1) * kk,
    (s0 + s1) * kr,
  );

  return { base: { id: 'base', steps: base }, cross: { id: 'cross', steps: cross } };
}

export interface CurvePoint {
  /** Additional support contacts per buyer (k1). */
  contacts: number;
  deltaPerBuyer: number;
}

/** The highest k1 the curve covers: the valid range of k1 caps it. */
const K1_MAX = 10000;

/**
 * deltaPerBuyer as a function of k1, at `points` evenly spaced values (at least 2) from 0 to
 * max(2 · breakEvenContacts, 2 · k1, 10), capped at the largest valid k1, so the break-even sits
 * mid-chart when there is one and the reader's own value is always on it.
 */
export function contactsCurve(inputs: CrossSellingInputs, points: number): CurvePoint[] {
  const count = Number.isFinite(points) ? Math.max(2, Math.floor(points)) : 2;
  const breakEven = computeCrossSelling(inputs).breakEvenContacts;
  const candidates = [10, 2 * Math.max(0, inputs.k1)];
  if (breakEven !== null && breakEven > 0) candidates.push(2 * breakEven);
  const end = Math.min(Math.max(...candidates), Math.max(K1_MAX, inputs.k1));
  const curve: CurvePoint[] = [];
  for (let i = 0; i < count; i += 1) {
    const contacts = i === count - 1 ? end : (end * i) / (count - 1);
    curve.push({ contacts, deltaPerBuyer: computeCrossSelling({ ...inputs, k1: contacts }).deltaPerBuyer });
  }
  return curve;
}

export type CustomerTypeId = 'durchschnitt' | 'service' | 'rabatt' | 'retouren' | 'budget';

export type CrossProductKey = 'u1' | 'm1' | 'r1' | 'q1' | 'k1' | 's1' | 'w';

/** A customer type as the views and the portfolio use it: its preset values with its German name (cross-selling-copy.ts). */
export interface CustomerType {
  id: CustomerTypeId;
  name: string;
  description: string;
  /** All seven cross-sold product inputs, in percent where the field is a percentage. */
  values: Record<CrossProductKey, number>;
}

const CROSS_PRODUCT_KEYS: readonly CrossProductKey[] = ['u1', 'm1', 'r1', 'q1', 'k1', 's1', 'w'];

function preset(overrides: Partial<Record<CrossProductKey, number>>): Record<CrossProductKey, number> {
  const values = {} as Record<CrossProductKey, number>;
  for (const key of CROSS_PRODUCT_KEYS) values[key] = overrides[key] ?? CROSS_SELLING_DEFAULTS[key];
  return values;
}

/**
 * The four loss-making cross-buyer behaviours of Shah & Kumar (2012) next to an average customer.
 * The values are an editorial choice: each changes the defaults in one behaviour only, and at the
 * default costs only the average customer pays off per addressed customer, so the presets teach.
 */
export const CUSTOMER_TYPE_VALUES: Readonly<Record<CustomerTypeId, Record<CrossProductKey, number>>> = {
  durchschnitt: /* @__PURE__ */ preset({}),
  service: /* @__PURE__ */ preset({ k1: 20 }),
  rabatt: /* @__PURE__ */ preset({ r1: 40 }),
  retouren: /* @__PURE__ */ preset({ q1: 50, s1: 4, k1: 3 }),
  budget: /* @__PURE__ */ preset({ w: 90 }),
};

/** The inputs with the cross-sold product set to a customer type; main product, costs and campaign stay. */
export function applyCustomerType(inputs: CrossSellingInputs, type: CustomerType): CrossSellingInputs {
  return { ...inputs, ...type.values };
}

export interface PortfolioRow {
  id: CustomerTypeId;
  name: string;
  /** Percent of the customers, as given. */
  share: number;
  deltaPerAddressed: number;
  /** share · N · deltaPerAddressed, € per year. */
  contribution: number;
}

export interface PortfolioResult {
  rows: PortfolioRow[];
  /** Sum of all contributions: the campaign addresses every customer. */
  offerToAll: number;
  /** Sum of the contributions of types whose deltaPerAddressed is positive. */
  offerWherePays: number;
  /** offerWherePays − offerToAll: what knowing the customer type before the offer is worth. */
  qualificationValue: number;
}

/**
 * Compares offering the cross-sold product to everyone with offering it only to the customer types
 * where it pays. Each type replaces the cross-sold product inputs with its preset; the main product,
 * costs and campaign inputs are the reader's. Shares are percent and are used as given (a missing
 * share counts as 0); the page checks that they add up to 100.
 */
export function portfolio(
  inputs: CrossSellingInputs,
  customers: number,
  shares: Partial<Record<CustomerTypeId, number>>,
  types: readonly CustomerType[],
): PortfolioResult {
  const rows = types.map((type): PortfolioRow => {
    const share = shares[type.id] ?? 0;
    const { deltaPerAddressed } = computeCrossSelling(applyCustomerType(inputs, type));
    return { id: type.id, name: type.name, share, deltaPerAddressed, contribution: noNegativeZero((share / 100) * customers * deltaPerAddressed) };
  });
  const offerToAll = rows.reduce((sum, row) => sum + row.contribution, 0);
  const offerWherePays = rows.reduce((sum, row) => (row.deltaPerAddressed > 0 ? sum + row.contribution : sum), 0);
  return {
    rows,
    offerToAll: noNegativeZero(offerToAll),
    offerWherePays: noNegativeZero(offerWherePays),
    qualificationValue: noNegativeZero(offerWherePays - offerToAll),
  };
}

/** Default shares of the customer types in the portfolio view (percent; an editorial example). */
export const DEFAULT_SHARES: Readonly<Record<CustomerTypeId, number>> = { durchschnitt: 60, service: 10, rabatt: 10, retouren: 10, budget: 10 };
