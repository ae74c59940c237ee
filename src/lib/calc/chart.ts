/** Axis math for the calculators' SVG charts: round tick values and linear scales. */

/** A "nice" step (1, 2 or 5 times a power of ten) that splits the range into about `count` parts. */
export function niceStep(range: number, count: number): number {
  if (!(range > 0) || !(count > 0)) return 1;
  const raw = range / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  // Ranges near the limits of doubles have no usable power of ten: fall back to the raw step.
  if (!(power > 0) || !Number.isFinite(power)) return raw;
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** Domain widened to whole steps and the tick values in it; always contains 0 when `withZero`. */
export function niceTicks(min: number, max: number, count = 4, withZero = true): { min: number; max: number; ticks: number[] } {
  let lo = withZero ? Math.min(min, 0) : min;
  let hi = withZero ? Math.max(max, 0) : max;
  // A (near-)empty range, e.g. all values 0, still gets a readable axis.
  if (hi - lo < 1e-9) hi = lo + 1;
  const step = niceStep(hi - lo, count);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step / 2; i++) ticks.push(Number((lo + i * step).toPrecision(12)) || 0);
  return { min: lo, max: hi, ticks };
}

/** Maps [d0, d1] linearly onto [r0, r1]. */
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Font sizes of the chart texts in CSS px; global.css sets the same on .chart-tick and .chart-note. */
export const TICK_PX = 13;
export const NOTE_PX = 14;

/**
 * A text's width in px, estimated without a browser: 0.68 em per character is at least as wide as
 * the digits, letters and signs of the charts in the site's system fonts, bold included, so a
 * layout that keeps estimated boxes apart keeps the real ones apart.
 */
export function textWidth(text: string, px: number): number {
  return text.length * px * 0.68;
}

/** A rectangle in px, y downwards. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two boxes share more than an edge, counting `gap` px of clearance around each. */
export const overlap = (a: Box, b: Box, gap = 0): boolean =>
  a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;

const inside = (a: Box, b: Box): boolean => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

export type Anchor = 'start' | 'middle' | 'end';

/** An SVG text: its anchor point (y is the baseline), alignment and the box it covers. */
export interface Label {
  text: string;
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** A text of `px` size anchored at (x, baseline y); the box reaches one size above and a third below the baseline. */
export function label(text: string, x: number, y: number, anchor: Anchor, px: number): Label {
  const w = textWidth(text, px);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  return { text, x: round1(x), y: round1(y), anchor, box: { left, top: y - px, right: left + w, bottom: y + px / 3 } };
}

/** Space kept between two labels, in px. */
const GAP = 6;

/**
 * The x axis of a chart `width` px wide whose plot runs from `left` to `right`: as many round ticks
 * (at most 6) as fit side by side. A label that would leave the chart is aligned to its tick instead
 * of centred on it; when not even the two ends fit, only the first tick is labelled.
 */
export function xAxis(min: number, max: number, left: number, right: number, width: number, format: (v: number) => string, y: number) {
  const bounds = { left: 0, top: -Infinity, right: width, bottom: Infinity };
  for (let count = 5; ; count--) {
    const domain = niceTicks(min, max, count);
    const x = scale(domain.min, domain.max, left, right);
    const ticks = domain.ticks.map((v) => {
      const centred = label(format(v), x(v), y, 'middle', TICK_PX);
      if (centred.box.left < 0) return label(centred.text, x(v), y, 'start', TICK_PX);
      return centred.box.right > width ? label(centred.text, x(v), y, 'end', TICK_PX) : centred;
    });
    const fits = ticks.every((t, i) => inside(t.box, bounds) && (i === 0 || !overlap(ticks[i - 1]!.box, t.box, GAP)));
    if (fits || count === 1) return { domain, x, ticks: fits ? ticks : ticks.slice(0, 1) };
  }
}

export interface LineLayoutInput {
  width: number;
  height: number;
  /** The x and y values of every point drawn. */
  xs: number[];
  ys: number[];
  formatX: (v: number) => string;
  formatY: (v: number) => string;
  /** A vertical line at x with its label at the top of the plot. */
  marker: { x: number; text: string } | null;
  /** A marked point with its label beside it. */
  point: { x: number; y: number; text: string } | null;
}

/**
 * Where everything of a line chart goes, in px of a chart `width` × `height`: y ticks on the left,
 * x ticks below, the marker's label at the top of the plot, the point's label beside the point.
 * No two labels overlap and none leaves the chart (from the estimated text widths): the x axis
 * thins its ticks, the two labels in the plot try each side; the point's label is left out only
 * when no side has room.
 */
export function lineLayout({ width, height, xs, ys, formatX, formatY, marker, point }: LineLayoutInput) {
  const yDomain = niceTicks(Math.min(...ys), Math.max(...ys), 4);
  const yLabels = yDomain.ticks.map(formatY);
  const plot = { left: Math.ceil(Math.max(...yLabels.map((t) => textWidth(t, TICK_PX)))) + GAP + 4, top: 22, right: width - 8, bottom: height - 30 };
  const y = scale(yDomain.min, yDomain.max, plot.bottom, plot.top);
  const yTicks = yDomain.ticks.map((v, i) => ({ value: v, at: round1(y(v)), label: label(yLabels[i]!, plot.left - GAP, y(v) + 4, 'end', TICK_PX) }));
  const { domain: xDomain, x, ticks: xTicks } = xAxis(Math.min(...xs), Math.max(...xs), plot.left, plot.right, width, formatX, plot.bottom + 24);

  // Each label of the plot has places to try in turn: beside its line or point, right then left, and
  // centred over it, moved inwards as far as needed.
  const area = { left: plot.left, top: 0, right: width, bottom: plot.bottom };
  const places = (text: string, x: number, ys: number[], offset: number) =>
    ys.flatMap((ly) => {
      const w = textWidth(text, NOTE_PX);
      return [
        label(text, x + offset, ly, 'start', NOTE_PX),
        label(text, x - offset, ly, 'end', NOTE_PX),
        label(text, Math.max(area.left, Math.min(x - w / 2, area.right - w)), ly, 'start', NOTE_PX),
      ];
    });
  // The marker's label at the top of the plot, else at its bottom.
  const mx = marker && marker.x >= xDomain.min && marker.x <= xDomain.max ? x(marker.x) : null;
  const markerLabels = mx === null || !marker ? [null] : places(marker.text, mx, [plot.top + 12, plot.bottom - 6], 6);
  // The point's label above it for a value ≥ 0 and below it otherwise, then the other way, then level with it.
  const px = point ? x(point.x) : 0;
  const py = point ? y(point.y) : 0;
  const pointLabels = point ? places(point.text, px, point.y >= 0 ? [py - 12, py + 22, py + 5] : [py + 22, py - 12, py + 5], 12) : [];
  // The first place of the marker's label that leaves the point's label a place (or none fits).
  const markerFits = markerLabels.filter((l) => !l || inside(l.box, area));
  const tries = markerFits.length > 0 ? markerFits : [null];
  const pointPlace = (m: Label | null) => pointLabels.find((l) => inside(l.box, area) && !(m && overlap(m.box, l.box, GAP))) ?? null;
  const markerLabel = tries.find((m) => !point || pointPlace(m)) ?? tries[0]!;
  return {
    plot,
    x,
    y,
    xTicks,
    yTicks,
    marker: mx === null ? null : { at: round1(mx), label: markerLabel },
    point: point ? { x: round1(px), y: round1(py), label: pointPlace(markerLabel) } : null,
  };
}
