/**
 * The qualification scorecard: choose BANT, MEDDPICC or CHAMP, rate each criterion, see the weighted
 * score, a light and what to ask next. A thin view over src/lib/calc/qualification.ts; on
 * /rechner/qualifizierung/ its state lives in the URL.
 */
import type { ChoiceSpec, FieldSpec } from '../lib/calc/fields';
import { formatCount, formatPercent } from '../lib/calc/number';
import {
  FRAMEWORK_PARAM,
  FRAMEWORKS,
  LIGHT_TEXTS,
  RATING_LABELS,
  ratingParams,
  scoreCard,
  scoreItems,
  weightFields,
  weightParam,
  type Framework,
  type FrameworkId,
} from '../lib/calc/qualification';
import { CalculatorIsland } from './calc/CalculatorIsland';
import { FieldGroups, IgnoredNotice, InvalidNotice } from './calc/Fields';
import { Output } from './calc/Output';
import { CalcActions } from './calc/Actions';
import { ResultBar } from './calc/ResultBar';
import { NextStep, type NextSteps } from './calc/NextStep';

/** What the island's view needs, all derived from the frameworks to choose from. */
interface Props {
  /** 'page': the scorecard is the page (URL state); 'entry': embedded in a glossary entry. */
  mode: 'page' | 'entry';
  /** The frameworks to choose from; with one, the framework is fixed and no choice is shown. */
  frameworks: readonly Framework[];
  /** The weight fields of all these frameworks. */
  fields: readonly FieldSpec[];
  /** The rating parameters, and the framework parameter when there is a choice. */
  choices: readonly ChoiceSpec[];
  next: NextSteps;
}

const PAGE_PATH = '/rechner/qualifizierung/';

// Shapes of the light, so it never speaks by colour alone: circle with a tick, triangle with "!", octagon with "×".
const SHAPES = {
  gruen: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z', 'M7 12.5l3.2 3.2L17 9'],
  gelb: ['M12 2.2 23 21H1z', 'M12 9v5.5M12 17.6v.4'],
  rot: ['M8 2h8l6 6v8l-6 6H8l-6-6V8z', 'M8.5 8.5l7 7M15.5 8.5l-7 7'],
  none: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M8 12h8'],
} as const;

class Scorecard extends CalculatorIsland<string, Props> {
  protected override urlSpecs() {
    return [...this.props.choices, ...this.props.fields];
  }

  protected override choiceSpecs() {
    return this.props.choices;
  }

  override render({ mode, frameworks, fields, choices, next }: Props) {
    const id = mode === 'page' ? 'scorecard' : 'scorecard-eintrag';
    const [H, H2] = this.headings;
    const { form } = this;
    const fw = frameworks.find((f) => f.id === form.choices['f']) ?? frameworks[0]!;
    const names = fw.criteria.map(weightParam);
    const weightSpecs = fields.filter((s) => names.includes(s.name));
    const r = scoreCard(scoreItems(fw, form.values, form.choices));
    const light = r.light ?? 'none';
    const [shape, sign] = SHAPES[light];
    const reset = () => {
      const f = form.choices['f'];
      form.reset();
      if (f) form.setChoice('f', f);
    };

    return (
      <form class="calc scorecard" onSubmit={(e) => e.preventDefault()} aria-label={`Qualifizierungs-Scorecard${frameworks.length > 1 ? '' : ` ${fw.name}`}`} noValidate>
        {mode === 'page' && <IgnoredNotice form={form} specs={[...choices, ...fields]} />}

        <div class="calc-layout">
          <div class="calc-inputs">
            {frameworks.length > 1 && (
              <fieldset class="calc-presets">
                <legend>Raster</legend>
                <div class="choice">
                  {frameworks.map((f) => (
                    <label key={f.id}>
                      <input type="radio" name={`${id}-raster`} value={f.id} checked={f === fw} onChange={() => form.setChoice('f', f.id)} />
                      <span>{f.name}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
            {fw.criteria.map((c) => (
              <fieldset class="criterion" key={c.param} aria-describedby={`${id}-${c.param}-info`}>
                <legend>
                  {c.name}
                  {c.german !== c.name && <span class="muted"> ({c.german})</span>}
                </legend>
                <p class="field-help" id={`${id}-${c.param}-info`}>{c.explanation}</p>
                <div class="choice">
                  {RATING_LABELS.map((label, v) => (
                    <label key={v}>
                      <input
                        type="radio"
                        name={`${id}-${c.param}`}
                        value={v}
                        checked={form.choices[c.param] === String(v)}
                        onChange={() => form.setChoice(c.param, String(v))}
                      />
                      <span>{label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
            <FieldGroups specs={weightSpecs} form={form} id={id} />
            <ResultBar
              target={`${id}-ergebnis`}
              tone={r.light === 'gruen' ? 'plus' : r.light === 'rot' ? 'minus' : 'neutral'}
              text={r.light ? `Score ${formatPercent(r.score ?? 0)} · Ampel ${LIGHT_TEXTS[r.light].label}` : `Bewertet: ${r.rated} von ${fw.criteria.length} Kriterien`}
            />
          </div>

          <section class="calc-results" aria-labelledby={`${id}-ergebnis`}>
            <H id={`${id}-ergebnis`}>Ergebnis für {fw.name}</H>
            <InvalidNotice form={form} specs={weightSpecs} />
            <div class={`light light-${light}`}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path class="light-shape" d={shape} />
                <path class="light-sign" d={sign} fill="none" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" />
              </svg>
              <div>
                <p class="light-score">
                  Score <Output name="score" value={r.score} unit="percent" none="–" />
                  {r.light ? (
                    <>
                      {' · Ampel '}
                      <Output name="light" value={r.light} label={LIGHT_TEXTS[r.light].label} />
                    </>
                  ) : (
                    <span hidden>
                      <Output name="light" value={null} />
                    </span>
                  )}
                </p>
                <p>
                  {r.light ? LIGHT_TEXTS[r.light].advice : LIGHT_TEXTS[r.none ?? 'unrated']}
                  {r.cap !== null && ` ${LIGHT_TEXTS.cap.replace('{x}', fw.criteria[r.cap]!.name)}`}
                </p>
              </div>
            </div>
            <p class="muted">
              Bewertet: <Output name="rated" value={r.rated} /> von {fw.criteria.length} Kriterien.
            </p>

            <H2>Was Sie als Nächstes fragen</H2>
            {r.open.length === 0 ? (
              <p>Alle Kriterien sind erfüllt. Prüfen Sie sie in der nächsten Phase erneut.</p>
            ) : (
              <ol class="next-questions">
                {r.open.map((i) => {
                  const c = fw.criteria[i]!;
                  const rating = form.choices[c.param];
                  return (
                    <li key={c.param} data-criterion={c.param}>
                      <strong>{c.name}</strong>{' '}
                      <span class="muted">
                        ({rating === undefined ? 'nicht bewertet' : RATING_LABELS[Number(rating)]}, Gewicht {formatCount(form.values[weightParam(c)] ?? c.weight)})
                      </span>
                      <ul>
                        {c.questions.map((q) => (
                          <li key={q}>{q}</li>
                        ))}
                      </ul>
                    </li>
                  );
                })}
              </ol>
            )}
            <CalcActions mode={mode} pagePath={PAGE_PATH} query={form.query()} onReset={reset} />
            <NextStep steps={next} loss={false} />
          </section>
        </div>
      </form>
    );
  }
}

/**
 * The island: the ids of the frameworks to choose from come as props; their criteria, questions and
 * texts come with the script (cached once), not as props repeated in every page's HTML.
 */
export function QualificationScorecard({ mode, frameworks, next }: { mode: Props['mode']; frameworks: readonly FrameworkId[]; next: NextSteps }) {
  const chosen = FRAMEWORKS.filter((f) => frameworks.includes(f.id));
  return (
    <Scorecard
      mode={mode}
      frameworks={chosen}
      fields={weightFields(chosen)}
      choices={[...(chosen.length > 1 ? [FRAMEWORK_PARAM] : []), ...ratingParams(chosen)]}
      next={next}
    />
  );
}
