/** The portfolio view on its own (in the Qualifizierung entry), in a form of its own. */
import type { FieldSpec } from '../lib/calc/fields';
import type { CrossSellingInputs, CustomerType } from '../lib/calc/cross-selling';
import { Portfolio } from './Portfolio';

interface Props {
  /** The cross-selling defaults: main product, costs and campaign of the example. */
  inputs: CrossSellingInputs;
  fields: FieldSpec[];
  types: CustomerType[];
}

export function PortfolioCalculator({ inputs, fields, types }: Props) {
  return (
    <form class="calc" onSubmit={(e) => e.preventDefault()} aria-label="Rechner: Wert der Qualifizierung" noValidate>
      <Portfolio inputs={inputs} fields={fields} types={types} level={3} />
      <p class="calc-more">
        Mit Ihren eigenen Zahlen für Hauptprodukt, Kosten und Kampagne: <a href="/rechner/cross-selling/">zum Cross-Selling-Rechner</a>.
      </p>
    </form>
  );
}
