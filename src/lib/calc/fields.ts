// Calculator inputs described once: validation, German messages and share-link parameters.

import { formatCount, parseGermanNumber } from './number';

export type FieldUnit = 'eur' | 'percent' | 'count';

export interface FieldSpec {
  /** URL parameter name; also the key of the value. */
  name: string;
  label: string;
  unit: FieldUnit;
  default: number;
  min: number;
  max: number;
  /** One sentence that explains the input. */
  help: string;
  /** Heading the input is shown under. */
  group: string;
  integer?: boolean;
}

export type FieldResult = { ok: true; value: number } | { ok: false; error: string };

export interface IgnoredParam {
  name: string;
  raw: string;
  reason: string;
}

export const UNKNOWN_PARAM_REASON = 'unbekannter Parameter';
export const EMPTY_PARAM_REASON = 'kein Wert angegeben';
export const DUPLICATE_PARAM_REASON = 'mehrfach angegeben, der erste Wert gilt';

/**
 * A range limit with its unit, "1.000.000.000 €", "100 %", "10.000". Limits are written with up to
 * two decimals and no trailing zeros because "100,00 %" reads like a computed result, not a bound.
 */
export function formatLimit(value: number, unit: FieldUnit): string {
  const n = formatCount(value);
  if (unit === 'eur') return `${n}\u00a0€`;
  if (unit === 'percent') return `${n}\u00a0%`;
  return n;
}

// "von 0 bis 100 %": the unit once, after the upper bound, as in German prose.
function rangeMessage(spec: FieldSpec): string {
  return `Bitte einen Wert von ${formatCount(spec.min)} bis ${formatLimit(spec.max, spec.unit)} eingeben.`;
}

/**
 * Checks a parsed number against the field's range. Messages: a negative value where nothing below 0
 * makes sense gets "Der Wert darf nicht negativ sein."; a percentage outside its range gets the whole
 * range, because both ends are meaningful to the reader; other values above the maximum get
 * "Höchstens …", because there the maximum is only a plausibility cap.
 */
export function checkRange(spec: FieldSpec, value: number): FieldResult {
  if (!Number.isFinite(value)) return { ok: false, error: rangeMessage(spec) };
  if (value < spec.min) {
    if (spec.min === 0) return { ok: false, error: 'Der Wert darf nicht negativ sein.' };
    return { ok: false, error: rangeMessage(spec) };
  }
  if (value > spec.max) {
    if (spec.unit === 'percent') return { ok: false, error: rangeMessage(spec) };
    return { ok: false, error: `Höchstens ${formatLimit(spec.max, spec.unit)}.` };
  }
  if (spec.integer && !Number.isInteger(value)) {
    return { ok: false, error: 'Bitte eine ganze Zahl eingeben.' };
  }
  return { ok: true, value };
}

/** Validates what a reader typed into the field (German notation, see parseGermanNumber). */
export function validateField(spec: FieldSpec, raw: string): FieldResult {
  const parsed = parseGermanNumber(raw);
  if (!parsed.ok) return parsed;
  return checkRange(spec, parsed.value);
}

// writeParams emits this form; it must win over the German reading, or "1.234" (a value of 1.234
// written by us) would come back as 1234.
const JS_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Reads a share-link value: plain JS notation first (what writeParams writes), then German
 * notation as a fallback for hand-edited links such as "kr=6,95".
 */
export function parseParamValue(raw: string): FieldResult {
  const trimmed = raw.trim();
  if (JS_DECIMAL.test(trimmed)) {
    const value = Number(trimmed);
    if (Number.isFinite(value)) return { ok: true, value: value === 0 ? 0 : value };
  }
  return parseGermanNumber(raw);
}

/**
 * Reads calculator state from a share link. Missing parameters silently take their default; present
 * but invalid ones take the default and are reported, as are parameters the calculator does not know.
 */
export function readParams(
  specs: readonly FieldSpec[],
  params: URLSearchParams,
): { values: Record<string, number>; ignored: IgnoredParam[] } {
  const values: Record<string, number> = {};
  const ignored: IgnoredParam[] = [];
  const byName = new Map(specs.map((spec) => [spec.name, spec] as const));
  for (const spec of specs) values[spec.name] = spec.default;

  const seen = new Set<string>();
  for (const [name, raw] of params) {
    const spec = byName.get(name);
    if (!spec) {
      ignored.push({ name, raw, reason: UNKNOWN_PARAM_REASON });
      continue;
    }
    if (seen.has(name)) {
      ignored.push({ name, raw, reason: DUPLICATE_PARAM_REASON });
      continue;
    }
    seen.add(name);
    if (raw.trim() === '') {
      ignored.push({ name, raw, reason: EMPTY_PARAM_REASON });
      continue;
    }
    const parsed = parseParamValue(raw);
    const checked = parsed.ok ? checkRange(spec, parsed.value) : parsed;
    if (checked.ok) values[name] = checked.value;
    else ignored.push({ name, raw, reason: checked.error });
  }
  return { values, ignored };
}

/**
 * A number in plain decimal notation that Number() reads back to the same double. String() would
 * switch to exponent notation below 1e-6 and from 1e21, which the parameter reader does not accept.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not finite: ${value}`);
  if (value === 0) return '0';
  const s = String(value);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = '', lead = '', tail = '', expText = '0'] = m;
  const digits = lead + tail;
  const exp = Number(expText);
  // The decimal point sits after `pointAt` digits of `digits`.
  const pointAt = 1 + exp;
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return `${sign}${digits}${'0'.repeat(pointAt - digits.length)}`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

/**
 * Writes calculator state for a share link: only values that differ from the default, in spec order,
 * so links stay short and a change of a default reaches readers of old links that did not set it.
 */
export function writeParams(specs: readonly FieldSpec[], values: Readonly<Record<string, number>>): URLSearchParams {
  const params = new URLSearchParams();
  for (const spec of specs) {
    const value = values[spec.name];
    if (value === undefined || value === spec.default) continue;
    params.set(spec.name, plainNumber(value));
  }
  return params;
}
