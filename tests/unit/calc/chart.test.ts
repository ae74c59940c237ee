import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NARROW_PX, TICK_PX, WIDE_PX, niceStep, niceTicks, scale, textWidth, ticksFit, xTickVisibility } from '../../../src/lib/calc/chart';
import { formatCount } from '../../../src/lib/calc/number';

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

describe('textWidth', () => {
  it('grows with the text and the font size', () => {
    expect(textWidth('', 13)).toBe(0);
    expect(textWidth('1.000 €', 13)).toBeGreaterThan(textWidth('10 €', 13));
    expect(textWidth('10 €', 14)).toBeGreaterThan(textWidth('10 €', 13));
  });
});

/** The boxes of the shown labels as the tick row places them (first left, last right, others centred). */
function boxes(labels: readonly string[], shown: readonly boolean[], width: number) {
  return labels.flatMap((text, i) => {
    if (!shown[i]) return [];
    const w = textWidth(text, TICK_PX);
    const at = (i / (labels.length - 1)) * width;
    const left = i === 0 ? 0 : i === labels.length - 1 ? at - w : at - w / 2;
    return [{ text, left, right: left + w }];
  });
}

describe('ticksFit', () => {
  it('fits five short labels in a wide plot but not in a narrow one', () => {
    const labels = ['0', '500', '1.000', '1.500', '2.000'];
    expect(ticksFit(labels, 1, 600)).toBe(true);
    expect(ticksFit(labels, 1, 200)).toBe(false);
    expect(ticksFit(labels, 2, 200)).toBe(true);
  });
});

describe('xTickVisibility', () => {
  it('shows every tick where all fit and thins them where the plot is narrow', () => {
    expect(xTickVisibility(['0', '10', '20', '30', '40'], 200, 420)).toEqual(['all', 'all', 'all', 'all', 'all']);
    expect(xTickVisibility(['0', '500', '1.000', '1.500', '2.000'], 150, 420)).toEqual(['all', 'wide', 'all', 'wide', 'all']);
  });

  it('never lets two shown labels overlap or leave the plot, for any figure from 250 px (property)', () => {
    const label = fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }).map(formatCount), fc.integer({ min: 0, max: 60 }).map((n) => `${n}`));
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e7, noNaN: true }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: NARROW_PX, max: 1400 }),
        fc.option(label),
        (max, axis, figure, extra) => {
          // The labels of a real axis (niceTicks as LineChart asks for them), or a longer one among them.
          const labels = niceTicks(0, max, 5).ticks.map(formatCount);
          if (extra !== null) labels[Math.floor(labels.length / 2)] = extra;
          const shown = xTickVisibility(labels, NARROW_PX - axis, WIDE_PX - axis);
          const visible = shown.map((s) => s === 'all' || (s === 'wide' && figure >= WIDE_PX));
          expect(shown[0]).toBe('all');
          const plot = figure - axis;
          const row = boxes(labels, visible, plot);
          for (const [i, b] of row.entries()) {
            expect(b.left).toBeGreaterThanOrEqual(0);
            expect(b.right).toBeLessThanOrEqual(plot);
            if (i > 0) expect(b.left, `${row[i - 1]!.text} / ${b.text}`).toBeGreaterThan(row[i - 1]!.right);
          }
        },
      ),
    );
  });
});
