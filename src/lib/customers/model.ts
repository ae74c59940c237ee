/**
 * The customer-list check's model, exactly as ../shared/CUSTOMERLIST.md specifies it: per customer
 * the contribution after support contacts and return shipments, the flags and the advice; for the
 * whole list the summary figures, the advice groups, the whale curve and the largest loss makers.
 * Works on typed arrays, so a million customers fit and a changed setting recomputes in a few
 * milliseconds without reading the file again.
 */

/** The customers read from a file, one index per customer, in file order. */
export interface Customers {
  count: number;
  /** Line in the file where the customer's row starts (the header is line 1). */
  line: Uint32Array;
  revenue: Float64Array;
  /** Gross profit from the file (its grossProfit cell, else revenue × its margin cell); NaN: revenue × m. */
  grossProfit: Float64Array;
  contacts: Float64Array;
  returns: Float64Array;
  /** Average discount in %; null: the column is not mapped; NaN: the cell is empty. */
  discount: Float64Array | null;
  /** Product categories bought; null: not mapped; NaN: the cell is empty. */
  categories: Float64Array | null;
}

/** The settings the reader can change on the page. */
export interface Settings {
  /** Cost per support contact, €. */
  kk: number;
  /** Handling cost per return shipment, €. */
  kr: number;
  /** Gross margin in % where the file gives none. */
  m: number;
}

/** The defaults, those of the cross-selling calculator (CALCULATOR.md). */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ kk: 8, kr: 6.95, m: 40 });

/** Flags as bits: why a customer should be checked before an offer. */
export const FLAG_SERVICE = 1;
export const FLAG_RETURNS = 2;
export const FLAG_DISCOUNT = 4;

export const FLAG_NAMES: readonly [number, string][] = [
  [FLAG_SERVICE, 'Service'],
  [FLAG_RETURNS, 'Retouren'],
  [FLAG_DISCOUNT, 'Rabatte'],
];

/** The flags' names, e.g. ["Service", "Rabatte"]. */
export function flagNames(flags: number): string[] {
  return FLAG_NAMES.filter(([bit]) => flags & bit).map(([, name]) => name);
}

/** Why a customer is flagged or loses money, for the page and the download: the flags, and a negative gross profit. */
export function reasons(flags: number, grossProfit: number): string[] {
  const names = flagNames(flags);
  if (grossProfit < 0) names.push('Rohertrag negativ');
  return names;
}

/** The advice per customer, as stored (an index into ADVICE). */
export const ADVICE = ['anbieten', 'pruefen', 'nicht'] as const;
export type Advice = (typeof ADVICE)[number];
export const ADVICE_LABELS: Readonly<Record<Advice, string>> = {
  anbieten: 'anbieten',
  pruefen: 'erst prüfen',
  nicht: 'nicht anbieten',
};
const OFFER = 0;
const CHECK = 1;
const NO_OFFER = 2;

/** A share above which a cost is flagged, and the discount (in %) from which discounts are. */
const COST_SHARE_LIMIT = 0.25;
const DISCOUNT_LIMIT = 30;

/** The gross profit of customer i. */
export function grossProfitOf(c: Customers, i: number, m: number): number {
  const gp = c.grossProfit[i]!;
  return Number.isNaN(gp) ? (c.revenue[i]! * m) / 100 : gp;
}

/** A cost as a share of the gross profit: +Infinity when there is none to carry it. */
export function share(cost: number, gp: number): number {
  if (cost === 0) return 0;
  return gp > 0 ? cost / gp : Infinity;
}

/** The per-customer results. */
export interface Scores {
  contribution: Float64Array;
  flags: Uint8Array;
  advice: Uint8Array;
}

/** Contribution, flags and advice of every customer. */
export function score(c: Customers, s: Settings): Scores {
  const contribution = new Float64Array(c.count);
  const flags = new Uint8Array(c.count);
  const advice = new Uint8Array(c.count);
  for (let i = 0; i < c.count; i++) {
    const gp = grossProfitOf(c, i, s.m);
    const service = c.contacts[i]! * s.kk;
    const returns = c.returns[i]! * s.kr;
    const value = gp - service - returns;
    let f = 0;
    if (share(service, gp) > COST_SHARE_LIMIT) f |= FLAG_SERVICE;
    if (share(returns, gp) > COST_SHARE_LIMIT) f |= FLAG_RETURNS;
    if (c.discount && c.discount[i]! >= DISCOUNT_LIMIT) f |= FLAG_DISCOUNT;
    contribution[i] = value;
    flags[i] = f;
    advice[i] = value < 0 ? NO_OFFER : f ? CHECK : OFFER;
  }
  return { contribution, flags, advice };
}

/** One advice group: how many customers, their revenue and contribution. */
export interface Group {
  advice: Advice;
  count: number;
  revenue: number;
  contribution: number;
}

/** A point of the whale curve: x the share of customers in %, y the cumulated contribution in €. */
export interface CurvePoint {
  x: number;
  y: number;
}

export interface LossMaker {
  index: number;
  line: number;
  revenue: number;
  grossProfit: number;
  contribution: number;
  flags: number;
}

export interface Summary {
  customers: number;
  total: number;
  lossCount: number;
  lossSum: number;
  offerCount: number;
  checkCount: number;
  noOfferCount: number;
  /** Peak of the whale curve in % of total; null when total <= 0. */
  peakShare: number | null;
  /** Share of customers at the peak, in %; null for an empty list. */
  peakCustomers: number | null;
  /** The peak's cumulated contribution in €; null for an empty list. */
  peak: number | null;
  /** Share of lossSum caused by cross-buyers, in %; null without categories or without losses. */
  crossBuyerLossShare: number | null;
  crossBuyers: number | null;
  groups: Group[];
  /** The whale curve, at most CURVE_POINTS + 2 points from (0, 0) to (100, total), the peak among them. */
  curve: CurvePoint[];
  /** The customers with the largest losses, largest first. */
  lossMakers: LossMaker[];
}

/** How many points of the whale curve the chart gets, and how many loss makers the page lists. */
export const CURVE_POINTS = 200;
export const LOSS_MAKERS = 20;

/** The whole list's figures. */
export function summarise(c: Customers, s: Settings, scores: Scores = score(c, s)): Summary {
  const { contribution, flags, advice } = scores;
  const n = c.count;
  const groups: Group[] = ADVICE.map((a) => ({ advice: a, count: 0, revenue: 0, contribution: 0 }));
  let total = 0;
  let lossCount = 0;
  let lossSum = 0;
  let crossBuyerLoss = 0;
  let crossBuyers = 0;
  // The largest losses, kept sorted, most negative first.
  const worst: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = contribution[i]!;
    const g = groups[advice[i]!]!;
    g.count++;
    g.revenue += c.revenue[i]!;
    g.contribution += v;
    total += v;
    const crossBuyer = c.categories !== null && c.categories[i]! >= 2;
    if (crossBuyer) crossBuyers++;
    if (v < 0) {
      lossCount++;
      lossSum += v;
      if (crossBuyer) crossBuyerLoss += v;
      if (worst.length < LOSS_MAKERS || v < contribution[worst[worst.length - 1]!]!) {
        let at = worst.length;
        while (at > 0 && contribution[worst[at - 1]!]! > v) at--;
        worst.splice(at, 0, i);
        if (worst.length > LOSS_MAKERS) worst.pop();
      }
    }
  }

  const { curve, peak, peakIndex } = whaleCurve(contribution);
  return {
    customers: n,
    total,
    lossCount,
    lossSum,
    offerCount: groups[OFFER]!.count,
    checkCount: groups[CHECK]!.count,
    noOfferCount: groups[NO_OFFER]!.count,
    peakShare: n > 0 && total > 0 ? (peak / total) * 100 : null,
    peakCustomers: n > 0 ? ((peakIndex + 1) / n) * 100 : null,
    peak: n > 0 ? peak : null,
    // + 0: no −0 when cross-buyers lose nothing.
    crossBuyerLossShare: c.categories !== null && lossSum < 0 ? (crossBuyerLoss / lossSum) * 100 + 0 : null,
    crossBuyers: c.categories !== null ? crossBuyers : null,
    groups,
    curve,
    lossMakers: worst.map((i) => ({
      index: i,
      line: c.line[i]!,
      revenue: c.revenue[i]!,
      grossProfit: grossProfitOf(c, i, s.m),
      contribution: contribution[i]!,
      flags: flags[i]!,
    })),
  };
}

/**
 * The whale curve (Kaplan & Narayanan 2001): contributions sorted highest first and cumulated. Its
 * peak is the largest cumulated sum, at the first index that reaches it. The curve is sampled at
 * CURVE_POINTS even steps of the customers, the peak and both ends included; between samples it is
 * close to straight, since each step adds less than the one before.
 */
export function whaleCurve(contribution: Float64Array): { curve: CurvePoint[]; peak: number; peakIndex: number } {
  const n = contribution.length;
  if (n === 0) return { curve: [{ x: 0, y: 0 }], peak: 0, peakIndex: -1 };
  // Typed arrays sort numerically; ascending, so the highest is last.
  const sorted = Float64Array.from(contribution).sort();
  const every = Math.ceil(n / CURVE_POINTS);
  const curve: CurvePoint[] = [{ x: 0, y: 0 }];
  let sum = 0;
  let peak = -Infinity;
  let peakIndex = 0;
  for (let k = 0; k < n; k++) {
    sum += sorted[n - 1 - k]!;
    if (sum > peak) {
      peak = sum;
      peakIndex = k;
    }
    if ((k + 1) % every === 0 || k === n - 1) curve.push({ x: ((k + 1) / n) * 100, y: sum });
  }
  const at = { x: ((peakIndex + 1) / n) * 100, y: peak };
  if (!curve.some((p) => p.x === at.x)) {
    curve.push(at);
    curve.sort((a, b) => a.x - b.x);
  }
  return { curve, peak, peakIndex };
}
