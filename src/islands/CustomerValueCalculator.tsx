/**
 * The customer lifetime value calculator with cost-to-serve: inputs, the customer's worth before and
 * after acquisition cost, the thresholds in plain German and the cumulative value over the years.
 * A thin view over src/lib/calc/customer-value.ts; on /rechner/kundenwert/ its state lives in the URL.
 */
import { writeParams, type FieldSpec } from '../lib/calc/fields';
import { computeCustomerValue, valueCurve, type CustomerValueKey } from '../lib/calc/customer-value';
import type { MAX_CONTACTS_SENTENCES, PAYBACK_SENTENCES } from '../lib/calc/customer-value-copy';
import { breakEvenCase } from '../lib/calc/math';
import { formatCount, formatEuro } from '../lib/calc/number';
import { CalculatorIsland } from './calc/CalculatorIsland';
import { FieldGroups, IgnoredNotice, InvalidNotice } from './calc/Fields';
import { Output, ValueSentence } from './calc/Output';
import { CalcActions } from './calc/Actions';
import { LineChart } from './calc/charts';
import { ResultBar } from './calc/ResultBar';
import { NextStep, type NextSteps } from './calc/NextStep';

/** Field and sentence texts come as props from the server (see CrossSellingCalculator). */
interface Props {
  mode: 'page' | 'entry';
  fields: FieldSpec[];
  sentences: { maxContacts: typeof MAX_CONTACTS_SENTENCES; payback: typeof PAYBACK_SENTENCES; timing: string };
  next: NextSteps;
}

const PAGE_PATH = '/rechner/kundenwert/';

export class CustomerValueCalculator extends CalculatorIsland<CustomerValueKey, Props> {
  override render({ mode, fields, sentences, next }: Props) {
    const id = mode === 'page' ? 'kundenwert' : 'kundenwert-eintrag';
    const [H, H2] = this.headings;
    const { form } = this;
    const v = form.values;
    const r = computeCustomerValue(v);
    const contactsCase = r.clvGross === null ? 'unbounded' : (breakEvenCase(r.maxContacts, false) as keyof typeof sentences.maxContacts);
    const paybackText = r.paybackYear === null ? sentences.payback.none : r.paybackYear === 0 ? sentences.payback.zero : sentences.payback.normal;
    const curve = valueCurve(v);
    const loss = r.clv !== null && r.clv < 0;

    return (
      <form class="calc" onSubmit={(e) => e.preventDefault()} aria-label="Kundenwert-Rechner" noValidate>
        {mode === 'page' && <IgnoredNotice form={form} specs={fields} />}

        <div class="calc-layout">
          <div class="calc-inputs">
            <FieldGroups specs={fields} form={form} id={id} />
            <ResultBar
              target={`${id}-ergebnis`}
              tone={loss ? 'minus' : 'plus'}
              text={r.clv === null ? 'Kundenwert ohne Grenze: Zinssatz über 0 % oder Bindungsrate unter 100 % wählen.' : `Ein Neukunde ist heute ${formatEuro(r.clv)} wert.`}
            />
          </div>

          <section class="calc-results" aria-labelledby={`${id}-ergebnis`}>
            <H id={`${id}-ergebnis`}>Ergebnis pro Kunde</H>
            <InvalidNotice form={form} specs={fields} />
            <p class={loss ? 'verdict verdict-minus' : 'verdict verdict-plus'}>
              {r.clv === null ? (
                <>
                  Bei 100 % Bindung ohne Zins wächst der Kundenwert ohne Grenze. Rechnen Sie mit einem Zinssatz über 0 % oder einer
                  Bindungsrate unter 100 %.
                  <span hidden>
                    <Output name="clv" value={null} unit="eur" />
                  </span>
                </>
              ) : (
                <>
                  {'Ein Neukunde ist heute '}
                  <Output name="clv" value={r.clv} unit="eur" />
                  {r.clv < 0 ? ' wert: Er kostet mehr, als er einbringt.' : ' wert – nach Betreuungs- und Akquisitionskosten.'}
                </>
              )}
            </p>

            <table class="calc-table">
              <tbody>
                <tr>
                  <th scope="row">Jahresbeitrag nach Betreuungskosten</th>
                  <td><Output name="margin" value={r.margin} unit="eur" /></td>
                </tr>
                <tr>
                  <th scope="row">Erwartete Kundendauer</th>
                  <td>
                    <Output name="lifetime" value={r.lifetime} unit="count" none="unbegrenzt" />
                    {r.lifetime !== null && ' Jahre'}
                  </td>
                </tr>
                <tr>
                  <th scope="row">Kundenwert vor Akquisitionskosten</th>
                  <td><Output name="clvGross" value={r.clvGross} unit="eur" none="unbegrenzt" /></td>
                </tr>
                <tr>
                  <th scope="row">Kundenwert zu Akquisitionskosten</th>
                  <td>
                    <Output name="ltvCac" value={r.ltvCac} unit="count" none="–" />
                    {r.ltvCac !== null && ' : 1'}
                  </td>
                </tr>
              </tbody>
            </table>

            <H2>Ab wann es kippt</H2>
            <ul class="breakevens">
              <li>
                <ValueSentence sentence={sentences.maxContacts[contactsCase]} name="maxContacts" value={r.maxContacts} unit="count" />
              </li>
              <li>
                <ValueSentence sentence={paybackText} name="paybackYear" value={r.paybackYear} unit="count" show={Boolean(r.paybackYear)} />
              </li>
            </ul>

            <CalcActions mode={mode} pagePath={PAGE_PATH} query={writeParams(fields, v).toString()} onReset={() => form.reset()} />
            <NextStep steps={next} loss={loss} />
          </section>
        </div>

        <section class="calc-charts" aria-label="Diagramm">
          <LineChart
            id={`${id}-verlauf`}
            caption="Kumulierter, abgezinster Beitrag eines Neukunden abzüglich der Akquisitionskosten"
            description={`${paybackText.replace('{x}', formatCount(r.paybackYear ?? 0))} ${
              r.clv === null ? '' : `Auf lange Sicht nähert sich die Kurve ${formatEuro(r.clv)}.`
            }`}
            points={curve.map((p) => ({ x: p.year, y: p.value }))}
            xLabel="Jahre seit der Gewinnung"
            marker={r.paybackYear ? { x: r.paybackYear, label: `Amortisiert: Jahr ${formatCount(r.paybackYear)}` } : null}
            formatX={formatCount}
          />
          <p class="calc-assumption">{sentences.timing}</p>
        </section>
      </form>
    );
  }
}
