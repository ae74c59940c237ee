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
