/** A result value: formatted de-DE for the reader, the rounded number (or category) in data-value for tests and tools. */
import { formatCount, formatEuro, formatPercent, roundTo2 } from '../../lib/calc/number';

export type Unit = 'eur' | 'percent' | 'count';

export function formatValue(value: number, unit: Unit): string {
  return unit === 'eur' ? formatEuro(value) : unit === 'percent' ? formatPercent(value) : formatCount(value);
}

/** Euro with an explicit sign, for changes: "+125,00 €", "−16,28 €". */
export function formatDelta(value: number): string {
  const r = roundTo2(value);
  return r > 0 ? `+${formatEuro(r)}` : r < 0 ? `−${formatEuro(-r)}` : formatEuro(0);
}

/**
 * A number, or a category (a word such as "gruen") with the `label` the reader sees. `none` is the text
 * shown when there is no value (data-value="").
 */
export function Output({ name, value, unit = 'count', signed, none = 'keiner', label }: {
  name: string;
  value: number | string | null;
  unit?: Unit;
  signed?: boolean;
  none?: string;
  label?: string;
}) {
  const text =
    value === null ? none
    : typeof value === 'string' ? (label ?? value)
    : signed && unit === 'eur' ? formatDelta(value)
    : formatValue(value, unit);
  return (
    <span class="output" data-output={name} data-value={value === null ? '' : typeof value === 'string' ? value : String(roundTo2(value))}>
      {text}
    </span>
  );
}

/**
 * A sentence with the value where "{x}" stands. Without a value to show, the output stays in the
 * page but hidden, so data-output still tells tests and tools that there is none.
 */
export function ValueSentence({ sentence, name, value, unit, show = value !== null }: {
  sentence: string;
  name: string;
  value: number | null;
  unit: Unit;
  show?: boolean;
}) {
  const [before = '', after = ''] = sentence.split('{x}');
  const output = <Output name={name} value={value} unit={unit} />;
  return (
    <>
      {before}
      {show ? output : <span hidden>{output}</span>}
      {after}
    </>
  );
}
