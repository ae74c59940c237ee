/** A result value: formatted de-DE for the reader, the rounded number in data-value for tests and tools. */
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

/** `none` is shown when there is no value (default "keiner"). */
export function Output({ name, value, unit, signed, none = 'keiner' }: { name: string; value: number | null; unit: Unit; signed?: boolean; none?: string }) {
  const text = value === null ? none : signed && unit === 'eur' ? formatDelta(value) : formatValue(value, unit);
  return (
    <span class="output" data-output={name} data-value={value === null ? '' : String(roundTo2(value))}>
      {text}
    </span>
  );
}
