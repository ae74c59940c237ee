/**
 * Shared state of a calculator form: the text of each field, the last valid value, the error at the
 * field, and the share link in the URL. Every calculator island uses it; none keeps its own copy.
 * A plain class rather than a hook, so the calculator pages need no preact/hooks (script budget).
 */
import { readParams, validateField, writeParams, type FieldSpec, type IgnoredParam } from '../../lib/calc/fields';
import { formatCount } from '../../lib/calc/number';

/** How a value is shown in its input: de-DE, no trailing zeros ("6,95", "1.200"). */
export const inputText = (value: number): string => formatCount(value);

export class FormState<K extends string = string> {
  values = {} as Record<K, number>;
  texts = {} as Record<K, string>;
  errors: Partial<Record<K, string>> = {};
  /** URL parameters that were ignored when the page opened. */
  ignored: IgnoredParam[] = [];

  /**
   * @param specs the fields of this form
   * @param onChange re-renders the view
   * @param urlSpecs all fields the page's URL may carry (unknown ones are reported); undefined: the
   *   form does not read or write the URL (a calculator embedded in an entry)
   */
  constructor(
    readonly specs: readonly FieldSpec[],
    private readonly onChange: () => void,
    private readonly urlSpecs?: readonly FieldSpec[],
  ) {
    this.assign(Object.fromEntries(specs.map((s) => [s.name, s.default])) as Record<K, number>);
  }

  private assign(values: Partial<Record<K, number>>) {
    for (const [k, v] of Object.entries(values) as [K, number][]) {
      this.values[k] = v;
      this.texts[k] = inputText(v);
      delete this.errors[k];
    }
  }

  /** Restores a share link; called once in the browser (the server renders the defaults). */
  readUrl(): void {
    if (!this.urlSpecs) return;
    const read = readParams(this.urlSpecs, new URLSearchParams(location.search));
    this.assign(Object.fromEntries(this.specs.map((s) => [s.name, read.values[s.name]])) as Record<K, number>);
    this.ignored = read.ignored;
    this.onChange();
  }

  private commit() {
    if (this.urlSpecs) {
      // Other forms on the page keep their parameters: only this form's names are rewritten.
      const params = new URLSearchParams(location.search);
      for (const s of this.specs) params.delete(s.name);
      for (const [k, v] of writeParams(this.specs, this.values)) params.set(k, v);
      const query = params.toString();
      history.replaceState(null, '', query ? `?${query}` : location.pathname);
    }
    this.onChange();
  }

  setText(name: K, text: string): void {
    this.texts[name] = text;
    const result = validateField(this.specs.find((s) => s.name === name)!, text);
    if (result.ok) {
      this.values[name] = result.value;
      delete this.errors[name];
    } else {
      this.errors[name] = result.error;
    }
    this.commit();
  }

  /** Sets several values at once (presets, reset). */
  setValues(values: Partial<Record<K, number>>): void {
    this.assign(values);
    this.commit();
  }

  reset(): void {
    this.setValues(Object.fromEntries(this.specs.map((s) => [s.name, s.default])) as Record<K, number>);
  }
}
