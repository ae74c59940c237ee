/** Labelled number inputs grouped in fieldsets, with unit, help text and the error at the field. */
import { formatLimit, type FieldSpec, type ParamSpec } from '../../lib/calc/fields';
import type { FormState } from './form-state';

const UNIT = { eur: '€', percent: '%', count: '' } as const;

export function NumberField<K extends string>({ spec, form, id }: { spec: FieldSpec; form: FormState<K>; id: string }) {
  const name = spec.name as K;
  const error = form.errors[name];
  const inputId = `${id}-${spec.name}`;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={inputId}>{spec.label}</label>
      <div class="field-input">
        <input
          id={inputId}
          name={spec.name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={form.texts[name]}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${inputId}-hilfe${error ? ` ${inputId}-fehler` : ''}`}
          onInput={(e) => form.setText(name, (e.currentTarget as HTMLInputElement).value)}
        />
        {UNIT[spec.unit] && <span class="field-unit" aria-hidden="true">{UNIT[spec.unit]}</span>}
      </div>
      <p class="field-help" id={`${inputId}-hilfe`}>{spec.help}</p>
      {error && (
        <p class="field-error" id={`${inputId}-fehler`}>
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The fields of each group in a fieldset with the group as legend, in spec order. A group of only
 * advanced inputs (FieldSpec.advanced) starts collapsed, with its current values in one line, so the
 * form stays short on a phone.
 */
export function FieldGroups<K extends string>({ specs, form, id }: { specs: readonly FieldSpec[]; form: FormState<K>; id: string }) {
  const groups = [...new Set(specs.map((s) => s.group))];
  return (
    <>
      {groups.map((group) => {
        const members = specs.filter((s) => s.group === group);
        const fields = members.map((spec) => <NumberField key={spec.name} spec={spec} form={form} id={id} />);
        if (!members.every((s) => s.advanced)) {
          return (
            <fieldset class="field-group" key={group}>
              <legend>{group}</legend>
              {fields}
            </fieldset>
          );
        }
        const values = members.map((s) => `${s.short ?? s.label} ${formatLimit(form.values[s.name as K], s.unit)}`).join(' · ');
        return (
          <details class="field-more" key={group}>
            <summary>
              <span class="field-more-name">{group}</span>
              <span class="field-more-values">{values}</span>
            </summary>
            <fieldset class="field-group">
              <legend class="visually-hidden">{group}</legend>
              {fields}
            </fieldset>
          </details>
        );
      })}
    </>
  );
}

/** Names the share-link parameters that were ignored, so a broken link does not silently show defaults. */
export function IgnoredNotice({ form, specs }: { form: FormState<string>; specs: readonly ParamSpec[] }) {
  if (form.ignored.length === 0) return null;
  const label = (name: string) => specs.find((s) => s.name === name)?.label;
  return (
    <div class="calc-notice" role="status">
      <p>Aus dem Link nicht übernommen (es gilt der Standardwert):</p>
      <ul>
        {form.ignored.map((p) => (
          <li key={p.name + p.raw}>
            <code>
              {p.name}={p.raw}
            </code>
            {label(p.name) ? ` (${label(p.name)})` : ''}: {p.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Names the fields whose text is not a valid value: the results still use their last valid value. */
export function InvalidNotice({ form, specs }: { form: FormState<string>; specs: readonly FieldSpec[] }) {
  const invalid = specs.filter((s) => form.errors[s.name]);
  if (invalid.length === 0) return null;
  return <p class="calc-notice">Gerechnet wird mit dem letzten gültigen Wert für: {invalid.map((s) => s.label).join(', ')}.</p>;
}
