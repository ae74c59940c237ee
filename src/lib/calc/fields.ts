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
  /**
   * An input most readers leave at its default: a group of only such inputs starts collapsed, its
   * current values in one line (e.g. costs whose defaults come from studies).
   */
  advanced?: boolean;
  /** A short name for that one line, when the label is long ("Servicekontakt" for "Kosten pro Servicekontakt"). */
  short?: string;
}

/** What a model knows of an input: name, unit, default and valid range, without the German texts. */
export type InputSpec<K extends string = string> = Omit<FieldSpec, keyof FieldText> & { name: K };

/**
 * The German texts of an input field: its label, the heading it is shown under, its help sentence,
 * and how it is shown in a collapsed group.
 */
export type FieldText = Pick<FieldSpec, 'label' | 'group' | 'help' | 'advanced' | 'short'>;

/** The default of every input, by name (frozen: the calculators share it). */
export function defaultValues<K extends string>(inputs: readonly InputSpec<K>[]): Readonly<Record<K, number>> {
  return Object.freeze(Object.fromEntries(inputs.map((input) => [input.name, input.default])) as Record<K, number>);
}

export type FieldResult = { ok: true; value: number } | { ok: false; error: string };

/**
 * A share-link parameter that takes one of a few fixed values instead of a number: a framework, a
 * rating. It has no input field of its own; the calculator shows it as radio buttons.
 */
export interface ChoiceSpec {
  /** URL parameter name; also the key of the value. */
  name: string;
  label: string;
  /** The values the parameter may take, as written in the link. */
  choices: readonly string[];
  /** The value when the link does not carry the parameter; undefined: no value (e.g. not yet rated). */
  default?: string;
}

/** Any parameter a calculator's share link may carry. */
export type ParamSpec = FieldSpec | ChoiceSpec;

function isChoiceSpec(spec: ParamSpec): spec is ChoiceSpec {
  return 'choices' in spec;
}

export interface IgnoredParam {
  name: string;
  raw: string;
  reason: string;
}

const UNKNOWN_PARAM_REASON = 'unbekannter Parameter';
const EMPTY_PARAM_REASON = 'kein Wert angegeben';
const DUPLICATE_PARAM_REASON = 'mehrfach angegeben, der erste Wert gilt';

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
function checkRange(spec: FieldSpec, value: number): FieldResult {
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
function parseParamValue(raw: string): FieldResult {
  const trimmed = raw.trim();
  if (JS_DECIMAL.test(trimmed)) {
    const value = Number(trimmed);
    if (Number.isFinite(value)) return { ok: true, value: value === 0 ? 0 : value };
  }
  return parseGermanNumber(raw);
}

/** "Erlaubt sind bant, meddpicc oder champ.": the message for a choice parameter with another value. */
export function choiceMessage(spec: ChoiceSpec): string {
  const all = spec.choices;
  const list = all.length > 1 ? `${all.slice(0, -1).join(', ')} oder ${all.at(-1)}` : (all[0] ?? '');
  return `Erlaubt ${all.length > 1 ? 'sind' : 'ist'} ${list}.`;
}

/** Reads a choice parameter: the allowed value it names, ignoring case and surrounding spaces. */
function readChoice(spec: ChoiceSpec, raw: string): { ok: true; value: string } | { ok: false; error: string } {
  const wanted = raw.trim().toLowerCase();
  const value = spec.choices.find((c) => c.toLowerCase() === wanted);
  return value === undefined ? { ok: false, error: choiceMessage(spec) } : { ok: true, value };
}

/**
 * Reads calculator state from a share link. Missing parameters silently take their default; present
 * but invalid ones take the default and are reported, as are parameters the calculator does not know.
 * Number parameters land in `values`, choice parameters in `choices` (absent without a default).
 */
export function readParams(
  specs: readonly ParamSpec[],
  params: URLSearchParams,
): { values: Record<string, number>; choices: Record<string, string>; ignored: IgnoredParam[] } {
  const values: Record<string, number> = {};
  const choices: Record<string, string> = {};
  const ignored: IgnoredParam[] = [];
  const byName = new Map(specs.map((spec) => [spec.name, spec] as const));
  for (const spec of specs) {
    if (!isChoiceSpec(spec)) values[spec.name] = spec.default;
    else if (spec.default !== undefined) choices[spec.name] = spec.default;
  }

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
    if (isChoiceSpec(spec)) {
      const choice = readChoice(spec, raw);
      if (choice.ok) choices[name] = choice.value;
      else ignored.push({ name, raw, reason: choice.error });
      continue;
    }
    const parsed = parseParamValue(raw);
    const checked = parsed.ok ? checkRange(spec, parsed.value) : parsed;
    if (checked.ok) values[name] = checked.value;
    else ignored.push({ name, raw, reason: checked.error });
  }
  return { values, choices, ignored };
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
export function writeParams(
  specs: readonly ParamSpec[],
  values: Readonly<Record<string, number>>,
  choices: Readonly<Record<string, string | undefined>> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const spec of specs) {
    if (isChoiceSpec(spec)) {
      const choice = choices[spec.name];
      if (choice !== undefined && choice !== spec.default) params.set(spec.name, choice);
      continue;
    }
    const value = values[spec.name];
    if (value === undefined || value === spec.default) continue;
    params.set(spec.name, plainNumber(value));
  }
  return params;
}
