import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineLayout, niceStep, niceTicks, overlap, scale, textWidth, xAxis, type Label } from '../../../src/lib/calc/chart';
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

describe('overlap', () => {
  const a = { left: 0, top: 0, right: 10, bottom: 10 };
  it('counts shared area, not shared edges, and widens by the gap', () => {
    expect(overlap(a, { left: 5, top: 5, right: 15, bottom: 15 })).toBe(true);
    expect(overlap(a, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(false);
    expect(overlap(a, { left: 12, top: 0, right: 20, bottom: 10 }, 3)).toBe(true);
  });
});

/** Every pair of labels keeps apart, and every label stays within 0..width × 0..height. */
function expectApartAndInside(labels: Label[], width: number, height: number) {
  for (const [i, l] of labels.entries()) {
    expect(l.box.left, l.text).toBeGreaterThanOrEqual(0);
    expect(l.box.right, l.text).toBeLessThanOrEqual(width);
    expect(l.box.top, l.text).toBeGreaterThanOrEqual(0);
    expect(l.box.bottom, l.text).toBeLessThanOrEqual(height);
    for (const other of labels.slice(i + 1)) expect(overlap(l.box, other.box), `${l.text} / ${other.text}`).toBe(false);
  }
}

const euro = (v: number) => `${v < 0 ? '−' : ''}${formatCount(Math.abs(v))} €`;

describe('xAxis', () => {
  it('labels five round ticks where there is room and fewer where there is not', () => {
    expect(xAxis(0, 36, 60, 700, 704, formatCount, 250).ticks.map((t) => t.text)).toEqual(['0', '10', '20', '30', '40']);
    const narrow = xAxis(0, 1500, 60, 120, 130, formatCount, 250).ticks;
    expect(narrow.length).toBeLessThan(4);
    expect(narrow.length).toBeGreaterThanOrEqual(1);
  });

  it('aligns a label that would leave the chart to its tick', () => {
    const { ticks } = xAxis(0, 1500, 4, 300, 304, formatCount, 250);
    expect(ticks[0]!.anchor).toBe('start');
    expect(ticks.at(-1)!.anchor).toBe('end');
  });

  it('never lets two tick labels overlap or leave the chart, for any width ≥ 250 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 250, max: 1400 }), fc.double({ min: 0.01, max: 1e7, noNaN: true }), fc.integer({ min: 40, max: 120 }), (width, max, left) => {
        const { ticks, domain } = xAxis(0, max, left, width - 8, width, formatCount, 250);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(domain.max).toBeGreaterThanOrEqual(max);
        expectApartAndInside(ticks, width, 300);
      }),
    );
  });
});

describe('lineLayout', () => {
  const base = { formatX: formatCount, formatY: euro };

  it('lays the default cross-selling chart out at 288 px with every label', () => {
    const layout = lineLayout({
      ...base,
      width: 288,
      height: 256,
      xs: [0, 36],
      ys: [143.7, -145.6],
      marker: { x: 17.97, text: 'Break-even: 17,97' },
      point: { x: 1, y: 135.7, text: 'Ihr Wert' },
    });
    expect(layout.marker?.label?.text).toBe('Break-even: 17,97');
    expect(layout.point?.label?.text).toBe('Ihr Wert');
    expect(layout.xTicks.length).toBeGreaterThanOrEqual(3);
    expect(layout.yTicks.map((t) => t.label.text)).toEqual(['−200 €', '−100 €', '0 €', '100 €', '200 €']);
  });

  it('keeps the marker and the point apart when the point sits at the marker', () => {
    const layout = lineLayout({ ...base, width: 300, height: 256, xs: [0, 10], ys: [0, 100], marker: { x: 9.5, text: 'Break-even: 9,5' }, point: { x: 9.5, y: 95, text: 'Ihre Menge' } });
    expect(layout.marker?.label).not.toBeNull();
    expect(layout.point?.label).not.toBeNull();
    expect(overlap(layout.marker!.label!.box, layout.point!.label!.box)).toBe(false);
  });

  it('no two labels overlap and none leaves the chart, for any width ≥ 250 and any data (property)', () => {
    const amount = fc.double({ min: -1e7, max: 1e7, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 250, max: 1400 }),
        fc.integer({ min: 200, max: 400 }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.array(amount, { minLength: 2, maxLength: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (width, height, xMax, ys, markerAt, pointAt, withMarker) => {
          const layout = lineLayout({
            ...base,
            width,
            height,
            xs: [0, xMax],
            ys,
            marker: withMarker ? { x: markerAt * xMax, text: `Break-even: ${formatCount(markerAt * xMax)}` } : null,
            point: { x: pointAt * xMax, y: ys[0]!, text: 'Ihr Wert' },
          });
          const labels = [...layout.xTicks, ...layout.yTicks.map((t) => t.label), layout.marker?.label, layout.point?.label].filter((l): l is Label => Boolean(l));
          expectApartAndInside(labels, width, height);
          expect(layout.point?.label).not.toBeNull();
        },
      ),
    );
  });
});
