/**
 * Shared state of a calculator form: the text of each field, the last valid value, the error at the
 * field, the choices made with radio buttons, and the share link in the URL. Every calculator island
 * uses it; none keeps its own copy.
 * A plain class rather than a hook, so the calculator pages need no preact/hooks (script budget).
 */
import { readParams, validateField, writeParams, type ChoiceSpec, type FieldSpec, type IgnoredParam, type ParamSpec } from '../../lib/calc/fields';
import { formatCount } from '../../lib/calc/number';

/** How a value is shown in its input: de-DE, no trailing zeros ("6,95", "1.200"). */
export const inputText = (value: number): string => formatCount(value);

export class FormState<K extends string = string> {
  values = {} as Record<K, number>;
  texts = {} as Record<K, string>;
  errors: Partial<Record<K, string>> = {};
  /** The value of each choice parameter; undefined: nothing chosen. */
  choices: Record<string, string | undefined> = {};
  /** URL parameters that were ignored when the page opened. */
  ignored: IgnoredParam[] = [];

  /**
   * @param specs the fields of this form
   * @param onChange re-renders the view
   * @param urlSpecs all parameters the page's URL may carry (unknown ones are reported); undefined:
   *   the form does not read or write the URL (a calculator embedded in an entry)
   * @param choiceSpecs the choice parameters of this form (radio buttons), if any
   */
  constructor(
    readonly specs: readonly FieldSpec[],
    private readonly onChange: () => void,
    private readonly urlSpecs?: readonly ParamSpec[],
    readonly choiceSpecs: readonly ChoiceSpec[] = [],
  ) {
    this.assign(Object.fromEntries(specs.map((s) => [s.name, s.default])) as Record<K, number>, this.defaultChoices());
  }

  private defaultChoices(): Record<string, string | undefined> {
    return Object.fromEntries(this.choiceSpecs.map((s) => [s.name, s.default]));
  }

  private assign(values: Partial<Record<K, number>>, choices: Record<string, string | undefined> = {}) {
    for (const [k, v] of Object.entries(values) as [K, number][]) {
      this.values[k] = v;
      this.texts[k] = inputText(v);
      delete this.errors[k];
    }
    Object.assign(this.choices, choices);
  }

  /** Restores a share link; called once in the browser (the server renders the defaults). */
  readUrl(): void {
    if (!this.urlSpecs) return;
    const read = readParams(this.urlSpecs, new URLSearchParams(location.search));
    this.assign(
      Object.fromEntries(this.specs.map((s) => [s.name, read.values[s.name]])) as Record<K, number>,
      Object.fromEntries(this.choiceSpecs.map((s) => [s.name, read.choices[s.name]])),
    );
    this.ignored = read.ignored;
    this.onChange();
  }

  /** The share-link query of this form's state, without '?'. Choices come first: they say what the numbers belong to. */
  query(): string {
    return writeParams([...this.choiceSpecs, ...this.specs], this.values, this.choices).toString();
  }

  private commit() {
    if (this.urlSpecs) {
      // Other forms on the page keep their parameters: only this form's names are rewritten.
      const params = new URLSearchParams(location.search);
      for (const s of [...this.choiceSpecs, ...this.specs]) params.delete(s.name);
      for (const [k, v] of writeParams([...this.choiceSpecs, ...this.specs], this.values, this.choices)) params.set(k, v);
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

  /** Sets several values (and choices) at once (presets, reset). */
  setValues(values: Partial<Record<K, number>>, choices?: Record<string, string | undefined>): void {
    this.assign(values, choices);
    this.commit();
  }

  /** Chooses a value of a choice parameter; undefined clears it. */
  setChoice(name: string, value: string | undefined): void {
    this.setValues({}, { [name]: value });
  }

  reset(): void {
    this.setValues(Object.fromEntries(this.specs.map((s) => [s.name, s.default])) as Record<K, number>, this.defaultChoices());
  }
}
