/** The calculators' charts: a horizontal waterfall and a line with a marked break-even, both HTML texts over SVG drawings. */
import { NARROW_PX, TICK_PX, WIDE_PX, niceTicks, scale, textWidth, xTickVisibility } from '../../lib/calc/chart';
import { formatCount } from '../../lib/calc/number';
import { formatDelta } from './Output';
import type { LabelledStep } from '../../lib/calc/cross-selling-waterfall';

/** An axis label: whole euros, millions and billions shortened ("2,5 Mio. €") so the axis stays narrow. */
function euroShort(v: number): string {
  const a = Math.abs(v);
  const n = a >= 1e9 ? `${formatCount(a / 1e9)} Mrd.` : a >= 1e6 ? `${formatCount(a / 1e6)} Mio.` : formatCount(Math.round(a));
  return `${v < 0 ? '−' : ''}${n} €`;
}

/** A step's amount as the reader sees it: deductions with a minus sign, amounts without a plus. */
const amount = (step: LabelledStep) => (step.kind === 'minus' ? formatDelta(-step.value) : formatDelta(step.value).replace('+', ''));

/** A percentage to a tenth, for SVG coordinates. */
const pct = (f: number) => `${Math.round(f * 1000) / 10}%`;

interface Bar {
  step: LabelledStep;
  from: number;
  to: number;
}

/** Where each step's bar starts and ends: minus steps float down from the running amount. */
function bars(steps: readonly LabelledStep[]): Bar[] {
  let running = 0;
  return steps.map((step) => {
    if (step.kind === 'minus') {
      const bar = { step, from: running - step.value, to: running };
      running -= step.value;
      return bar;
    }
    running = step.value;
    return { step, from: 0, to: step.value };
  });
}

/**
 * One waterfall per scenario, on a shared scale so "ohne" and "mit" can be compared at a glance. A
 * waterfall is HTML: one row per step with its label, its amount and a small SVG that draws the bar
 * at percentages of its width, so the texts keep the page's size at any width. Wide, a row is
 * label | bar | amount; narrow, label and amount stand above a bar across the full width (.wf in
 * global.css). The zero line is drawn only when there is something left of it.
 */
export function Waterfalls({ scenarios, id }: { scenarios: { title: string; steps: LabelledStep[] }[]; id: string }) {
  const all = scenarios.map((s) => bars(s.steps));
  const values = all.flat().flatMap((b) => [b.from, b.to]);
  const domain = niceTicks(Math.min(...values), Math.max(...values), 4);
  const track = scale(domain.min, domain.max, 0, 1);
  const zero = domain.min < 0 ? pct(track(0)) : null;
  return (
    <div class="chart-pair">
      {scenarios.map((scenario, i) => (
        <figure class="chart" key={scenario.title}>
          <figcaption id={`${id}-wf-${i}`}>Vom Listenumsatz zum Deckungsbeitrag, {scenario.title}</figcaption>
          <div class="wf" role="img" aria-labelledby={`${id}-wf-${i}`} aria-describedby={`${id}-wf-tabelle`}>
            {all[i]!.map(({ step, from, to }) => {
              const kind = step.kind === 'minus' ? 'minus' : step.kind === 'total' ? (step.value < 0 ? 'minus' : 'plus') : 'neutral';
              return (
                <p class={step.kind === 'minus' ? undefined : 'wf-sum'} key={step.label}>
                  <span>{step.label}</span>
                  <span>{amount(step)}</span>
                  <svg>
                    <rect class={`chart-${kind}`} x={pct(track(Math.min(from, to)))} width={pct(Math.max(0.005, Math.abs(track(to) - track(from))))} />
                    {zero && <line x1={zero} x2={zero} y2="100%" />}
                  </svg>
                </p>
              );
            })}
          </div>
        </figure>
      ))}
    </div>
  );
}

/**
 * The waterfalls as a table: the text alternative of the charts. Its rows follow the longest
 * waterfall; on a phone each row stacks its cells (table-stack in global.css).
 */
export function WaterfallTable({ scenarios, id }: { scenarios: { title: string; steps: LabelledStep[] }[]; id: string }) {
  const longest = [...scenarios].sort((a, b) => b.steps.length - a.steps.length);
  const labels = [...new Set(longest.flatMap((s) => s.steps.map((step) => step.label)))];
  return (
    <details class="chart-table">
      <summary>Zahlen der Diagramme als Tabelle</summary>
      <table class="table-stack" id={`${id}-wf-tabelle`}>
        <caption class="visually-hidden">Vom Listenumsatz zum Deckungsbeitrag pro Kunde und Jahr</caption>
        <thead>
          <tr>
            <th scope="col">Schritt</th>
            {scenarios.map((s) => (
              <th scope="col" key={s.title}>
                {s.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {scenarios.map((s) => {
                const step = s.steps.find((st) => st.label === label);
                return (
                  <td key={s.title} data-label={s.title}>
                    {step ? amount(step) : '–'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export interface LinePoint {
  x: number;
  y: number;
}

/**
 * A line of y over x (€) with the zero line, a marked point on the x axis (a break-even, a payback
 * year) and, when given, the reader's own value. An optional second line (e.g. costs next to
 * revenue) is drawn dashed. A legend under the chart names the lines, the marker (with its value)
 * and the reader's value; the caller also passes a sentence that says the same in words (the text
 * alternative).
 *
 * Laid out by CSS at any width, the same on the server and in the browser (.chart-plot in
 * global.css): the tick labels are HTML spread over the plot's height and width, the SVG draws at
 * percentages of its box (the lines in a stretched inner SVG), so texts keep their size on a phone.
 * Where the figure is narrow, only the x ticks that fit there are shown (xTickVisibility).
 */
export function LineChart(props: {
  id: string;
  caption: string;
  description: string;
  points: LinePoint[];
  /** The x axis title, shown under the chart. */
  xLabel: string;
  /** A vertical line with its legend text, e.g. "Break-even: 54"; null when there is none. */
  marker: { x: number; label: string } | null;
  current?: LinePoint;
  /** The legend text of the reader's value; "Ihr Wert" when not given. */
  currentLabel?: string;
  formatX: (v: number) => string;
  /** The legend name of `points`; shown only together with `second`. */
  label?: string;
  /** A second line on the same axes, drawn dashed, with its legend name. */
  second?: { points: LinePoint[]; label: string };
}) {
  const { id, points, marker, current, second } = props;
  const all = [...points, ...(second?.points ?? [])];
  const yValues = [...all.map((p) => p.y), ...(current ? [current.y] : [])];
  const xs = niceTicks(Math.min(...all.map((p) => p.x)), Math.max(...all.map((p) => p.x)), 5);
  const ys = niceTicks(Math.min(...yValues), Math.max(...yValues), 4);
  // Fractions of the plot's width and height, y from the top.
  const x = scale(xs.min, xs.max, 0, 1);
  const y = scale(ys.min, ys.max, 1, 0);
  const line = (pts: LinePoint[]) => pts.map((p, i) => `${i ? 'L' : 'M'}${Math.round(x(p.x) * 1000)} ${Math.round(y(p.y) * 1000)}`).join('');
  const yLabels = ys.ticks.map(euroShort).reverse();
  const xLabels = xs.ticks.map(props.formatX);
  // The plot is the figure less the y labels' column (its width estimated generously).
  const axis = Math.max(...yLabels.map((t) => textWidth(t, TICK_PX))) + 8;
  const shown = xTickVisibility(xLabels, NARROW_PX - axis, WIDE_PX - axis);
  const mx = marker && marker.x >= xs.min && marker.x <= xs.max ? pct(x(marker.x)) : null;
  // Each entry's key (global.css) is drawn like its mark in the chart.
  const legend = [
    ...(second ? [['line', props.label], ['second', second.label]] : []),
    ...(marker && mx ? [['marker', marker.label]] : []),
    ...(current ? [['dot', props.currentLabel ?? 'Ihr Wert']] : []),
  ];
  return (
    <figure class="chart">
      <figcaption id={`${id}-cap`}>{props.caption}</figcaption>
      <div class="chart-plot" role="img" aria-labelledby={`${id}-cap`} aria-describedby={`${id}-desc`}>
        <div class="chart-y">
          {yLabels.map((t) => (
            <span key={t}>{t}</span>
          ))}
        </div>
        <svg>
          <g class="chart-grid">
            {ys.ticks.map((t) => (
              <line key={t} class={t === 0 ? 'chart-axis' : undefined} x2="100%" y1={pct(y(t))} y2={pct(y(t))} />
            ))}
          </g>
          <svg viewBox="0 0 1000 1000" preserveAspectRatio="none">
            <path class="chart-line" d={line(points)} />
            {second && <path class="chart-line chart-line-second" d={line(second.points)} />}
          </svg>
          {mx && <line class="chart-breakeven" x1={mx} x2={mx} y2="100%" />}
          {current && <circle class="chart-dot" cx={pct(x(current.x))} cy={pct(y(current.y))} r={6} />}
        </svg>
        <div class="chart-x">
          {/* A tick never labelled keeps its (empty) place, so the others stay on their ticks. */}
          {xLabels.map((t, i) => (
            <span key={t} class={shown[i] === 'wide' ? 'chart-wide' : undefined}>
              {shown[i] && t}
            </span>
          ))}
        </div>
      </div>
      <p class="chart-axis-title">{props.xLabel}</p>
      {legend.length > 0 && (
        <ul class="chart-legend">
          {legend.map(([key, text]) => (
            <li key={key} class={`chart-key-${key}`}>
              {text}
            </li>
          ))}
        </ul>
      )}
      <p class="visually-hidden" id={`${id}-desc`}>
        {props.description}
      </p>
    </figure>
  );
}
