/**
 * The cross-selling profitability calculator (CALCULATOR.md): inputs with presets, the results,
 * the three break-evens in plain German, a waterfall and a break-even chart. A thin view over
 * src/lib/calc/cross-selling.ts; on /rechner/cross-selling/ its state lives in the URL.
 */
import { writeParams, type FieldSpec } from '../lib/calc/fields';
import { computeCrossSelling, contactsCurve, type CrossSellingKey, type CustomerType } from '../lib/calc/cross-selling';
import type { BREAK_EVEN_SENTENCES } from '../lib/calc/cross-selling-copy';
import { labelledWaterfalls } from '../lib/calc/cross-selling-waterfall';
import { formatCount } from '../lib/calc/number';
import { breakEvenCase } from '../lib/calc/math';
import { CalculatorIsland } from './calc/CalculatorIsland';
import { FieldGroups, IgnoredNotice, InvalidNotice } from './calc/Fields';
import { Output, ValueSentence, formatDelta } from './calc/Output';
import { ResultBar } from './calc/ResultBar';
import { NextStep, type NextSteps } from './calc/NextStep';
import { LineChart, WaterfallTable, Waterfalls } from './calc/charts';
import { Portfolio } from './Portfolio';
import { CalcActions } from './calc/Actions';

/**
 * The fields and customer types come as props from the server (CROSS_SELLING_FIELDS, CUSTOMER_TYPES,
 * portfolioFields): their German labels and help texts travel in the page's HTML (as the island's
 * props), not in the JavaScript, which keeps the calculator page within its script budget.
 */
interface Props {
  /** 'page': full calculator with share link and portfolio; 'entry': embedded in a glossary entry. */
  mode: 'page' | 'entry';
  fields: FieldSpec[];
  types: CustomerType[];
  /** BREAK_EVEN_SENTENCES. */
  sentences: typeof BREAK_EVEN_SENTENCES;
  /** The portfolio view's fields; only in 'page' mode. */
  portfolioFields?: FieldSpec[];
  next: NextSteps;
}

const PAGE_PATH = '/rechner/cross-selling/';

export class CrossSellingCalculator extends CalculatorIsland<CrossSellingKey, Props> {
  /** The page's link also carries the portfolio view's shares. */
  protected override urlSpecs() {
    return [...this.props.fields, ...(this.props.portfolioFields ?? [])];
  }

  override render({ mode, fields, types, sentences, portfolioFields = [], next }: Props) {
    // Short ids in an entry: they repeat in every field's attributes, and the entry's HTML has a budget.
    const id = mode === 'page' ? 'rechner' : 'cs';
    const [H, H2] = this.headings;
    const { form } = this;
    const urlFields = this.urlSpecs();
    const v = form.values;
    const r = computeCrossSelling(v);
    const scenarios = labelledWaterfalls(v);
    const preset = types.find((t) => Object.entries(t.values).every(([k, x]) => v[k as CrossSellingKey] === x));
    const gains = r.deltaPerBuyer >= 0;
    const shareQuery = writeParams(fields, v).toString();

    return (
      <form class="calc" onSubmit={(e) => e.preventDefault()} aria-label="Cross-Selling-Rechner" noValidate>
        {mode === 'page' && <IgnoredNotice form={form} specs={urlFields} />}

        <div class="calc-layout">
          <div class="calc-inputs">
            <fieldset class="calc-presets">
              <legend>Kundentyp für das Zusatzprodukt</legend>
              <div class="preset-buttons">
                {types.map((type) => (
                  <button
                    type="button"
                    key={type.id}
                    class="preset"
                    aria-pressed={preset?.id === type.id}
                    onClick={() => form.setValues(type.values)}
                  >
                    {type.name}
                  </button>
                ))}
              </div>
              <p class="preset-description" aria-live="polite">
                {preset ? preset.description : 'Eigene Werte für das Zusatzprodukt.'}
              </p>
            </fieldset>
            <FieldGroups specs={fields} form={form} id={id} />
            <ResultBar
              target={`${id}-ergebnis`}
              tone={gains ? 'plus' : 'minus'}
              text={`Ein Cross-Buyer ${gains ? 'bringt' : 'kostet'} ${formatDelta(r.deltaPerBuyer)} Deckungsbeitrag im Jahr.`}
            />
          </div>

          <section class="calc-results" aria-labelledby={`${id}-ergebnis`}>
            <H id={`${id}-ergebnis`}>Ergebnis pro Kunde und Jahr</H>
            <InvalidNotice form={form} specs={fields} />
            <p class={gains ? 'verdict verdict-plus' : 'verdict verdict-minus'}>
              {gains ? 'Ein Cross-Buyer bringt ' : 'Ein Cross-Buyer kostet '}
              <Output name="deltaPerBuyer" value={r.deltaPerBuyer} unit="eur" signed />
              {' Deckungsbeitrag im Jahr.'}
            </p>

            <table class="calc-table">
              <thead>
                <tr>
                  <th scope="col">pro Kunde</th>
                  <th scope="col">ohne Cross-Selling</th>
                  <th scope="col">mit Cross-Selling</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Nettoumsatz</th>
                  <td><Output name="revenueBase" value={r.revenueBase} unit="eur" /></td>
                  <td><Output name="revenueCross" value={r.revenueCross} unit="eur" /></td>
                </tr>
                <tr>
                  <th scope="row">Service und Retouren</th>
                  <td><Output name="supportBase" value={r.supportBase} unit="eur" /></td>
                  <td><Output name="supportCross" value={r.supportCross} unit="eur" /></td>
                </tr>
                <tr>
                  <th scope="row">Deckungsbeitrag</th>
                  <td><Output name="profitBase" value={r.profitBase} unit="eur" /></td>
                  <td><Output name="profitCross" value={r.profitCross} unit="eur" /></td>
                </tr>
              </tbody>
            </table>

            <p>
              Die Kampagne bringt je angesprochenem Kunden{' '}
              <Output name="deltaPerAddressed" value={r.deltaPerAddressed} unit="eur" signed />{' '}
              (Abschlussquote × Beitrag je Käufer − Ansprachekosten).
            </p>
            {/* With a loss the next step below leads there; an entry links to it in its text. */}
            {gains && mode === 'page' && (
              <p>
                Welche Ihrer echten Kunden Verlust bringen, zeigt <a href="/rechner/kundenliste/">Kundenliste prüfen</a> mit Ihrem CRM-Export.
              </p>
            )}

            <H2>Ab wann es kippt</H2>
            <ul class="breakevens">
              {(['breakEvenContacts', 'breakEvenDiscount', 'breakEvenTakeRate'] as const).map((key) => {
                const value = r[key];
                const unit = key === 'breakEvenContacts' ? 'count' : 'percent';
                return (
                  <li key={key}>
                    <ValueSentence sentence={sentences[key][breakEvenCase(value, unit === 'percent')]} name={key} value={value} unit={unit} />
                  </li>
                );
              })}
            </ul>

            <CalcActions mode={mode} pagePath={PAGE_PATH} query={shareQuery} onReset={() => form.reset()} />
            <NextStep steps={next} loss={!gains} />
          </section>
        </div>

        {/* The charts in both modes; the portfolio view only on the full calculator's page (the entry
            page's 16 kB HTML budget), one click away. */}
        <section class="calc-charts" aria-label="Diagramme">
          <Waterfalls scenarios={scenarios} id={id} />
          <WaterfallTable scenarios={scenarios} id={id} />
          <LineChart
            id={`${id}-kontakte`}
            caption="Beitrag eines Cross-Buyers je nach zusätzlichen Servicekontakten"
            description={`${sentences.breakEvenContacts[breakEvenCase(r.breakEvenContacts, false)].replace('{x}', formatCount(r.breakEvenContacts ?? 0))} Ihr Wert: ${formatCount(v.k1)} Kontakte.`}
            points={contactsCurve(v, 2).map((p) => ({ x: p.contacts, y: p.deltaPerBuyer }))}
            xLabel="zusätzliche Servicekontakte pro Käufer und Jahr"
            marker={r.breakEvenContacts === null ? null : { x: r.breakEvenContacts, label: `Break-even: ${formatCount(r.breakEvenContacts)}` }}
            current={{ x: v.k1, y: r.deltaPerBuyer }}
            formatX={formatCount}
          />
        </section>

        {mode === 'page' && <Portfolio inputs={v} fields={portfolioFields} types={types} urlSpecs={urlFields} level={2} />}
      </form>
    );
  }
}
