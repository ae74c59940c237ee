// Guards every calculator model uses so no output is ever NaN, Infinity or -0, and the sentence cases of a threshold.

/**
 * A division result, or null when it is not finite. Division results can overflow when a denominator
 * is a tiny subnormal; a threshold that far away is as good as none, and a page must never show Infinity.
 */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value + 0 : null;
}

/**
 * Adding +0 turns -0 (e.g. a rate of 0 times a loss) into 0 and leaves every other value alone,
 * so no consumer of a model has to think about negative zero.
 */
export const noNegativeZero = (value: number): number => value + 0;

/** Percent as a fraction (40 → 0.4), as the formulas use them. */
export const pct = (value: number): number => value / 100;

/**
 * Fills the `{name}` placeholders of a sentence template ("Ab {n} Einheiten …") with formatted values;
 * a placeholder without a value stays as it is, so a missing value shows up in review, not as "undefined".
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Which sentence states a threshold: none (null), at or below zero, above 100 % (percent only), or normal. */
export type BreakEvenCase = 'none' | 'below' | 'above' | 'normal';

export function breakEvenCase(value: number | null, percent: boolean): BreakEvenCase {
  if (value === null) return 'none';
  if (value <= 0) return 'below';
  return percent && value > 100 ? 'above' : 'normal';
}
