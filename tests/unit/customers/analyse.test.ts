import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { analyseText } from '../../../src/lib/customers/analyse';
import { DEFAULT_SETTINGS, score, summarise, whaleCurve, type Customers } from '../../../src/lib/customers/model';

/** The worked example of CUSTOMERLIST.md, verbatim. */
const WORKED = `Kundennummer;Name;Umsatz;Marge;Servicekontakte;Retouren;Rabatt;Kategorien
1001;Müller GmbH;12.000;40 %;4;0;5;3
1002;Schäfer KG;3.000;35 %;30;6;35;2
1003;Özdemir AG;800;30 %;2;1;0;1
`;

describe('the worked example of CUSTOMERLIST.md', () => {
  const { customers, scores, summary, skippedCount } = analyseText(WORKED, DEFAULT_SETTINGS);

  test('every row is a customer, with gross profit, contribution and advice to the cent', () => {
    expect(skippedCount).toBe(0);
    expect([...customers.grossProfit].map((v) => Math.round(v * 100) / 100)).toEqual([4800, 1050, 240]);
    expect([...scores.contribution].map((v) => Math.round(v * 100) / 100)).toEqual([4768, 768.3, 217.05]);
    expect([...scores.advice]).toEqual([0, 1, 0]);
    // 1002: contacts 240 € are 22.9 % of 1050 € (no flag), returns 41.70 €; 35 % discount: "Rabatte".
    expect([...scores.flags]).toEqual([0, 4, 0]);
  });

  test('the summary: total 5,753.35 €, no loss, peak 100 % at 100 % of the customers', () => {
    expect(summary.customers).toBe(3);
    expect(Math.round(summary.total * 100) / 100).toBe(5753.35);
    expect(summary.lossCount).toBe(0);
    expect(summary.lossSum).toBe(0);
    expect([summary.offerCount, summary.checkCount, summary.noOfferCount]).toEqual([2, 1, 0]);
    expect(summary.peakShare).toBeCloseTo(100, 10);
    expect(summary.peakCustomers).toBe(100);
    expect(summary.crossBuyerLossShare).toBeNull();
    expect(summary.lossMakers).toEqual([]);
  });
});

describe('per customer, as CUSTOMERLIST.md specifies', () => {
  const settings = { kk: 10, kr: 5, m: 50 };
  const csv = (rows: string) => `Kunde;Umsatz;Rohertrag;Marge;Tickets;Retouren;Rabatt;Kategorien\n${rows}`;

  test('gross profit comes from the gross profit cell, else revenue × margin cell, else revenue × m', () => {
    const { customers } = analyseText(csv('a;1000;300;20;0;0;;\nb;1000;;20;0;0;;\nc;1000;;;0;0;;\n'), settings);
    expect([...customers.grossProfit.slice(0, 2)]).toEqual([300, 200]);
    const { scores } = analyseText(csv('c;1000;;;0;0;;\n'), settings);
    expect(scores.contribution[0]).toBe(500);
  });

  test('a loss is "nicht anbieten" whatever the flags; a flag without loss "erst prüfen"', () => {
    // a: 100 € gross profit, 20 contacts × 10 € = 200 € → −100 €; b: 26 % service share; c: returns 26 %; d: 30 % discount.
    const { scores } = analyseText(csv('a;1000;100;;20;0;;\nb;1000;100;;2,6;0;;\nc;1000;100;;0;5,2;;\nd;1000;100;;0;0;30;\ne;1000;100;;2,5;5;29,9;\n'), settings);
    expect([...scores.contribution]).toEqual([-100, 74, 74, 100, 50]);
    expect([...scores.flags]).toEqual([1, 1, 2, 4, 0]);
    expect([...scores.advice]).toEqual([2, 1, 1, 1, 0]);
  });

  test('without gross profit a cost is an infinite share, a zero cost none', () => {
    const { scores } = analyseText(csv('a;0;0;;1;0;;\nb;0;0;;0;0;;\nc;100;-10;;0;0;;\n'), settings);
    expect([...scores.flags]).toEqual([1, 0, 0]);
    expect([...scores.advice]).toEqual([2, 0, 2]);
  });

  test('cross-buyers (two categories or more) and their share of the losses', () => {
    const { summary } = analyseText(csv('a;1000;100;;30;0;;2\nb;1000;100;;20;0;;1\nc;1000;100;;0;0;;3\n'), settings);
    // Losses: a −200, b −100; a is a cross-buyer.
    expect(summary.lossSum).toBe(-300);
    expect(summary.crossBuyers).toBe(2);
    expect(summary.crossBuyerLossShare).toBeCloseTo(66.67, 2);
  });

  test('the 20 largest losses, largest first, with their line in the file', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `k${i};1000;100;;${11 + i};0;;`).join('\n');
    const { summary } = analyseText(csv(rows), settings);
    expect(summary.lossMakers).toHaveLength(20);
    expect(summary.lossMakers[0]).toMatchObject({ line: 31, contribution: -300 });
    expect(summary.lossMakers[19]).toMatchObject({ line: 12, contribution: -110 });
  });

  test('the whale curve peaks at the first customer that reaches the highest cumulated sum', () => {
    const curve = whaleCurve(Float64Array.from([-50, 100, 0, 30, 0]));
    expect(curve.peak).toBe(130);
    expect(curve.peakIndex).toBe(1);
    expect(curve.curve.at(-1)).toEqual({ x: 100, y: 80 });
  });

  test('with a total of zero or less there is no peak share, but the peak and its customers', () => {
    const { summary } = analyseText(csv('a;1000;100;;30;0;;\nb;1000;100;;5;0;;\n'), settings);
    expect(summary.total).toBe(-150);
    expect(summary.peakShare).toBeNull();
    expect(summary.peak).toBe(50);
    expect(summary.peakCustomers).toBe(50);
  });
});

/** Random customer lists: revenue, gross profit (or none), contacts, returns, discount, categories. */
const customerLists = fc
  .array(
    fc.record({
      revenue: fc.double({ min: 0, max: 1e7, noNaN: true }),
      gp: fc.option(fc.double({ min: -1e6, max: 1e7, noNaN: true })),
      contacts: fc.nat(500),
      returns: fc.nat(200),
      discount: fc.option(fc.double({ min: 0, max: 80, noNaN: true })),
      categories: fc.option(fc.nat(6)),
    }),
    { maxLength: 300 },
  )
  .map((rows): Customers => ({
    count: rows.length,
    line: Uint32Array.from(rows, (_, i) => i + 2),
    revenue: Float64Array.from(rows, (r) => r.revenue),
    grossProfit: Float64Array.from(rows, (r) => r.gp ?? NaN),
    contacts: Float64Array.from(rows, (r) => r.contacts),
    returns: Float64Array.from(rows, (r) => r.returns),
    discount: Float64Array.from(rows, (r) => r.discount ?? NaN),
    categories: Float64Array.from(rows, (r) => r.categories ?? NaN),
  }));
const settingsArb = fc.record({ kk: fc.double({ min: 0, max: 1000, noNaN: true }), kr: fc.double({ min: 0, max: 1000, noNaN: true }), m: fc.double({ min: -50, max: 100, noNaN: true }) });

describe('invariants of the whole list', () => {
  test('the advice groups partition the list, and each group adds up', () => {
    fc.assert(
      fc.property(customerLists, settingsArb, (c, s) => {
        const scores = score(c, s);
        const summary = summarise(c, s, scores);
        expect(summary.offerCount + summary.checkCount + summary.noOfferCount).toBe(c.count);
        expect(summary.groups.reduce((n, g) => n + g.count, 0)).toBe(c.count);
        for (let i = 0; i < c.count; i++) expect(scores.advice[i] === 2).toBe(scores.contribution[i]! < 0);
        expect(summary.noOfferCount).toBe(summary.lossCount);
      }),
    );
  });

  test('total is the sum of the contributions, lossSum the sum of the negative ones', () => {
    fc.assert(
      fc.property(customerLists, settingsArb, (c, s) => {
        const scores = score(c, s);
        const summary = summarise(c, s, scores);
        const all = [...scores.contribution];
        const tolerance = 1e-9 * all.reduce((a, v) => a + Math.abs(v), 1);
        expect(Math.abs(summary.total - all.reduce((a, v) => a + v, 0))).toBeLessThanOrEqual(tolerance);
        expect(Math.abs(summary.lossSum - all.filter((v) => v < 0).reduce((a, v) => a + v, 0))).toBeLessThanOrEqual(tolerance);
        expect(summary.lossSum).toBeLessThanOrEqual(0);
      }),
    );
  });

  test('the whale curve starts at 0, ends at total, and its peak is at least total', () => {
    fc.assert(
      fc.property(customerLists, settingsArb, (c, s) => {
        const summary = summarise(c, s);
        if (c.count === 0) return;
        const tolerance = 1e-9 * (Math.abs(summary.total) + Math.abs(summary.lossSum) * 2 + 1);
        expect(summary.peak!).toBeGreaterThanOrEqual(summary.total - tolerance);
        expect(summary.curve[0]).toEqual({ x: 0, y: 0 });
        expect(summary.curve.at(-1)!.x).toBe(100);
        expect(Math.abs(summary.curve.at(-1)!.y - summary.total)).toBeLessThanOrEqual(tolerance);
        expect(summary.curve.length).toBeLessThanOrEqual(202);
        if (summary.peakShare !== null) expect(summary.peakShare).toBeGreaterThanOrEqual(100 - 1e-6);
        expect(summary.curve.some((p) => p.y === summary.peak)).toBe(true);
        for (const v of [summary.total, summary.lossSum, summary.peak!, summary.peakCustomers!]) expect(Number.isFinite(v)).toBe(true);
      }),
    );
  });
});
