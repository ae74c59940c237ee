// Joins a model's inputs with their German texts into the fields a calculator shows. Apart from
// fields.ts, which every calculator page's script carries: this runs on the server, and in the
// browser only where an entry's calculator brings its texts with its own script (CrossSellingEntry).

import type { FieldSpec, FieldText, InputSpec } from './fields';

/** A calculator's fields: each input of its model with its German texts, in the order of the inputs. */
export function describeInputs<K extends string>(inputs: readonly InputSpec<K>[], texts: Readonly<Record<K, FieldText>>): FieldSpec[] {
  // Built key by key in FieldSpec's usual order, which the islands' serialized props show.
  return inputs.map(({ name, unit, default: value, min, max, integer }) => {
    const { label, group, help, advanced, short } = texts[name];
    return {
      name, label, unit, default: value, min, max, ...(integer === undefined ? {} : { integer }), group, help,
      ...(advanced ? { advanced } : {}), ...(short ? { short } : {}),
    };
  });
}
