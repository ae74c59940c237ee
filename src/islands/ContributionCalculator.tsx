/**
 * The contribution and break-even calculator: price, discount, variable and fixed costs and quantity
 * give the contribution, the break-even and the extra volume a discount needs, in numbers, in
 * sentences and in the classic break-even chart. A thin view over src/lib/calc/contribution.ts; on
 * /rechner/deckungsbeitrag/ its state lives in the URL.
 */
import { writeParams, type FieldSpec } from '../lib/calc/fields';
import {
  breakEvenLines,
  computeContribution,
  explainContribution,
  type ContributionKey,
  type ContributionTemplates,
} from '../lib/calc/contribution';
import { formatCount, roundTo2 } from '../lib/calc/number';
import { CalculatorIsland } from './calc/CalculatorIsland';
import { FieldGroups, IgnoredNotice, InvalidNotice } from './calc/Fields';
import { Output, formatDelta } from './calc/Output';
import { ResultBar } from './calc/ResultBar';
import { NextStep, type NextSteps } from './calc/NextStep';
import { LineChart } from './calc/charts';
import { CalcActions } from './calc/Actions';

/**
 * The fields and sentence templates come as props from the server (CONTRIBUTION_FIELDS,
 * CONTRIBUTION_SENTENCES): their German texts travel in the HTML (as the island's props), not in the script.
 */
interface Props {
  /** 'page': the calculator is the page, with share link; 'entry': embedded in a glossary entry. */
  mode: 'page' | 'entry';
  fields: FieldSpec[];
  sentences: ContributionTemplates;
  next: NextSteps;
}

const PAGE_PATH = '/rechner/deckungsbeitrag/';

export class ContributionCalculator extends CalculatorIsland<ContributionKey, Props> {
  override render({ mode, fields, sentences, next }: Props) {
    // Ids differ from the other calculators' so that two of them could share a page.
    const id = mode === 'page' ? 'db' : 'db-eintrag';
    const [H, H2] = this.headings;
    const { form } = this;
    const v = form.values;
    const r = computeContribution(v);
    const s = explainContribution(v, r, sentences);
    const lines = breakEvenLines(v);
    // The word agrees with the number the reader sees, which is rounded to the cent.
    const shown = roundTo2(r.operatingResult);
    const outcome = shown > 0 ? ' (Gewinn)' : shown < 0 ? ' (Verlust)' : ' (weder Gewinn noch Verlust)';

    return (
      <form class="calc" onSubmit={(e) => e.preventDefault()} aria-label="Deckungsbeitragsrechner" noValidate>
        {mode === 'page' && <IgnoredNotice form={form} specs={fields} />}

        <div class="calc-layout">
          <div class="calc-inputs">
            <FieldGroups specs={fields} form={form} id={id} />
            <ResultBar
              target={`${id}-ergebnis`}
              tone={shown >= 0 ? 'plus' : 'minus'}
              text={`Betriebsergebnis: ${formatDelta(r.operatingResult)}${outcome}`}
            />
          </div>

          <section class="calc-results" aria-labelledby={`${id}-ergebnis`}>
            <H id={`${id}-ergebnis`}>Ergebnis im Zeitraum</H>
            <InvalidNotice form={form} specs={fields} />
            <p class={shown >= 0 ? 'verdict verdict-plus' : 'verdict verdict-minus'}>
              {'Betriebsergebnis: '}
              <Output name="operatingResult" value={r.operatingResult} unit="eur" signed />
              {outcome}
            </p>

            <dl class="calc-summary">
              <div>
                <dt>Deckungs&shy;beitrag je Einheit nach Rabatt</dt>
                <dd><Output name="contributionPerUnit" value={r.contributionPerUnit} unit="eur" /></dd>
              </div>
              <div>
                <dt>Deckungs&shy;beitrags&shy;quote vor Rabatt</dt>
                <dd><Output name="marginRatio" value={r.marginRatio} unit="percent" none="keine" /></dd>
              </div>
              <div>
                <dt>Deckungs&shy;beitrag gesamt</dt>
                <dd><Output name="contributionTotal" value={r.contributionTotal} unit="eur" /></dd>
              </div>
            </dl>

            <H2>Gewinnschwelle</H2>
            <dl class="calc-summary">
              <div>
                <dt>Break-even-Menge</dt>
                <dd><Output name="breakEvenQuantity" value={r.breakEvenQuantity} unit="count" none="keine" /></dd>
              </div>
              <div>
                <dt>in ganzen Einheiten</dt>
                <dd><Output name="breakEvenUnits" value={r.breakEvenUnits} unit="count" none="keine" /></dd>
              </div>
              <div>
                <dt>Break-even-Umsatz</dt>
                <dd><Output name="breakEvenRevenue" value={r.breakEvenRevenue} unit="eur" /></dd>
              </div>
              <div>
                <dt>Sicherheits&shy;abstand</dt>
                <dd><Output name="safetyMargin" value={r.safetyMargin} unit="percent" /></dd>
              </div>
            </dl>
            <p data-sentence="breakEven">{s.breakEven}</p>
            <p data-sentence="safety">{s.safety}</p>

            <H2>Was der Rabatt kostet</H2>
            <dl class="calc-summary">
              <div>
                <dt>Nötiger Mehrabsatz</dt>
                <dd><Output name="extraVolume" value={r.extraVolume} unit="percent" /></dd>
              </div>
              <div>
                <dt>in Einheiten</dt>
                <dd><Output name="extraUnits" value={r.extraUnits} unit="count" none="keine" /></dd>
              </div>
            </dl>
            <p data-sentence="extraVolume">{s.extraVolume}</p>

            <CalcActions mode={mode} pagePath={PAGE_PATH} query={writeParams(fields, v).toString()} onReset={() => form.reset()} />
            <NextStep steps={next} loss={false} />
          </section>
        </div>

        <section class="calc-charts" aria-label="Diagramm">
          <LineChart
            id={`${id}-chart`}
            caption="Erlöse und Gesamtkosten je nach Absatzmenge"
            description={`${s.breakEven} Ihre Absatzmenge: ${formatCount(v.x)} Einheiten.`}
            points={lines.revenue}
            label="Erlöse nach Rabatt"
            second={{ points: lines.costs, label: 'Gesamtkosten (fix + variabel)' }}
            xLabel="Absatzmenge in Einheiten"
            marker={r.breakEvenQuantity === null ? null : { x: r.breakEvenQuantity, label: `Break-even: ${formatCount(r.breakEvenQuantity)}` }}
            current={{ x: v.x, y: v.x * v.p * (1 - v.r / 100) }}
            currentLabel="Ihre Menge"
            formatX={formatCount}
          />
        </section>
      </form>
    );
  }
}
