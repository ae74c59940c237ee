/**
 * The portfolio view of CALCULATOR.md: with a number of customers and the share of each customer
 * type, "offer to everyone" against "offer only where it pays" – what qualification is worth.
 */
import { Component } from 'preact';
import type { FieldSpec } from '../lib/calc/fields';
import { portfolio, type CrossSellingInputs, type CustomerType, type CustomerTypeId } from '../lib/calc/cross-selling';
import { formatCount } from '../lib/calc/number';
import { FormState } from './calc/form-state';
import { FieldGroups } from './calc/Fields';
import { Output, formatDelta } from './calc/Output';
import { ResultBar } from './calc/ResultBar';

type PortfolioKey = 'n' | `s_${CustomerTypeId}`;

interface Props {
  /** The reader's cross-selling inputs (main product, costs, campaign). */
  inputs: CrossSellingInputs;
  /** portfolioFields(CUSTOMER_TYPES), passed from the server. */
  fields: FieldSpec[];
  types: CustomerType[];
  /** All parameters the page's URL may carry; undefined: no URL state (embedded in an entry). */
  urlSpecs?: readonly FieldSpec[];
  /** Heading level of the view's title: 2 on the calculator page, 3 inside an entry. */
  level: 2 | 3;
}

export class Portfolio extends Component<Props> {
  form = new FormState<PortfolioKey>(this.props.fields, () => this.forceUpdate(), this.props.urlSpecs);

  override componentDidMount() {
    this.form.readUrl();
  }

  override render({ inputs, fields, types, level }: Props) {
    const id = 'portfolio';
    const H = `h${level}` as 'h2' | 'h3';
    const form = this.form;
    const v = form.values;
    const shares = Object.fromEntries(types.map((t) => [t.id, v[`s_${t.id}`]])) as Record<CustomerTypeId, number>;
    const total = Object.values(shares).reduce((a, b) => a + b, 0);
    const result = portfolio(inputs, v.n, shares, types);

    return (
      <section class="calc-portfolio" aria-labelledby={`${id}-titel`}>
        <H id={`${id}-titel`}>Allen anbieten oder nur, wo es sich lohnt?</H>
        <div class="calc-layout">
          <div class="calc-inputs">
            <FieldGroups specs={fields} form={form} id={id} />
            <ResultBar
              target={`${id}-ergebnis`}
              tone={result.qualificationValue > 0 ? 'plus' : 'neutral'}
              text={`Wert der Qualifizierung: ${formatDelta(result.qualificationValue)} im Jahr`}
            />
          </div>
          <div class="calc-results" id={`${id}-ergebnis`}>
            {Math.abs(total - 100) > 0.001 && (
              <p class="calc-notice" role="status">
                Die Anteile ergeben {formatCount(total)} % statt 100 %.
              </p>
            )}
            <table class="calc-table table-stack">
              <thead>
                <tr>
                  <th scope="col">Kundentyp</th>
                  <th scope="col">je angesprochenem Kunden</th>
                  <th scope="col">Summe im Jahr</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      {row.name} <span class="muted">({formatCount(row.share)} %)</span>
                    </th>
                    <td class={row.deltaPerAddressed > 0 ? 'is-plus' : 'is-minus'} data-label="je angesprochenem Kunden">
                      {formatDelta(row.deltaPerAddressed)}
                    </td>
                    <td data-label="Summe im Jahr">{formatDelta(row.contribution)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <dl class="calc-summary">
              <div>
                <dt>Allen anbieten</dt>
                <dd><Output name="offerToAll" value={result.offerToAll} unit="eur" signed /></dd>
              </div>
              <div>
                <dt>Nur anbieten, wo es sich lohnt</dt>
                <dd><Output name="offerWherePays" value={result.offerWherePays} unit="eur" signed /></dd>
              </div>
              <div class="calc-summary-key">
                <dt>Wert der Qualifizierung</dt>
                <dd><Output name="qualificationValue" value={result.qualificationValue} unit="eur" signed /></dd>
              </div>
            </dl>
          </div>
        </div>
      </section>
    );
  }
}
