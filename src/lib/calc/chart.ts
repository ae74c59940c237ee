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

/** Font size of the line charts' tick labels in CSS px (global.css, .chart-plot). */
export const TICK_PX = 13;

/**
 * Figure width in CSS px from which a line chart shows its wide set of x tick labels (the container
 * query in global.css), and the narrowest figure it is laid out for.
 */
export const WIDE_PX = 480;
export const NARROW_PX = 250;

/** Space kept between two tick labels, in px. */
const GAP = 8;

/**
 * A text's width in px, estimated without a browser: 0.68 em per character is at least as wide as
 * the digits, letters and signs of the tick labels in the site's system fonts, so labels kept apart
 * by this estimate are apart on screen.
 */
export function textWidth(text: string, px: number): number {
  return text.length * px * 0.68;
}

/**
 * Whether every `step`-th of `labels`, spread evenly over `width` px as the chart's tick row does
 * (the first aligned left, the last right, the others centred on their tick), fits without two of
 * them coming closer than GAP.
 */
export function ticksFit(labels: readonly string[], step: number, width: number): boolean {
  let right = -Infinity;
  for (let i = 0; i < labels.length; i += step) {
    const w = textWidth(labels[i]!, TICK_PX);
    const at = labels.length > 1 ? (i / (labels.length - 1)) * width : 0;
    const left = i === 0 ? 0 : i === labels.length - 1 ? at - w : at - w / 2;
    if (left < right + GAP || left + w > width) return false;
    right = left + w;
  }
  return true;
}

/**
 * Which x tick labels a line chart shows, for a plot `narrow` px wide at the narrowest and `wide` px
 * wide from the WIDE_PX breakpoint on: 'all' for a label shown at any width, 'wide' for one shown
 * only from the breakpoint on, null for one never shown. Each set is every k-th label for the
 * smallest k that fits; the narrow set is part of the wide one. A set that fits a width fits every
 * larger one, since the ticks only move apart.
 */
export function xTickVisibility(labels: readonly string[], narrow: number, wide: number): ('all' | 'wide' | null)[] {
  const stride = (width: number, from: number) => {
    let k = from;
    while (k < labels.length && !ticksFit(labels, k, width)) k += from;
    return k;
  };
  const wideStep = stride(wide, 1);
  const narrowStep = stride(narrow, wideStep);
  return labels.map((_, i) => (i % narrowStep === 0 ? 'all' : i % wideStep === 0 ? 'wide' : null));
}
