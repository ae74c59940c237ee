import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { niceStep, niceTicks, scale } from '../../../src/lib/calc/chart';

describe('niceStep', () => {
  it('picks 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(100, 4)).toBe(50);
    expect(niceStep(1360, 4)).toBe(500);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(0, 4)).toBe(1);
  });
});

describe('niceTicks', () => {
  it('widens the domain to whole steps and includes zero', () => {
    expect(niceTicks(12, 1360)).toEqual({ min: 0, max: 1500, ticks: [0, 500, 1000, 1500] });
    expect(niceTicks(-16.3, 135.7).ticks).toEqual([-50, 0, 50, 100, 150]);
  });

  it('covers the data with ascending ticks for any range of cent amounts (property)', () => {
    const cents = fc.integer({ min: -1e11, max: 1e11 }).map((c) => c / 100);
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const { min, max, ticks } = niceTicks(Math.min(a, b), Math.max(a, b));
        expect(min).toBeLessThanOrEqual(Math.min(a, b, 0));
        expect(max).toBeGreaterThanOrEqual(Math.max(a, b, 0));
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(12);
        for (let i = 1; i < ticks.length; i++) expect(ticks[i]!).toBeGreaterThan(ticks[i - 1]!);
        expect(ticks.every(Number.isFinite)).toBe(true);
      }),
    );
  });
});

describe('scale', () => {
  it('maps the domain ends onto the range ends, also reversed', () => {
    const y = scale(0, 100, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(100)).toBe(0);
    expect(y(50)).toBe(100);
    expect(scale(5, 5, 0, 10)(5)).toBe(0);
  });
});
