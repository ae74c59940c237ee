/** The calculators' charts: a horizontal waterfall (HTML with SVG bars) and an SVG line with a marked break-even. */
import { Component } from 'preact';
import { lineLayout, niceTicks, scale, type Anchor, type Label } from '../../lib/calc/chart';
import { formatCount } from '../../lib/calc/number';
import { formatDelta } from './Output';
import type { LabelledStep } from '../../lib/calc/cross-selling-waterfall';

/** An axis label: whole euros, millions and billions shortened ("2,5 Mio. €") so they fit the axis margin. */
function euroShort(v: number): string {
  const a = Math.abs(v);
  const n = a >= 1e9 ? `${formatCount(a / 1e9)} Mrd.` : a >= 1e6 ? `${formatCount(a / 1e6)} Mio.` : formatCount(Math.round(a));
  return `${v < 0 ? '−' : ''}${n} €`;
}

/** A step's amount as the reader sees it: deductions with a minus sign, amounts without a plus. */
const amount = (step: LabelledStep) => (step.kind === 'minus' ? formatDelta(-step.value) : formatDelta(step.value).replace('+', ''));

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
  // Percent of the bar's track, to a tenth, so the markup stays short.
  const track = scale(domain.min, domain.max, 0, 1000);
  const pct = (v: number) => `${Math.round(v) / 10}%`;
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
                    <rect class={`chart-${kind}`} x={pct(track(Math.min(from, to)))} width={pct(Math.max(5, Math.abs(track(to) - track(from))))} height="100%" />
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

/** The waterfalls as a table: the text alternative of the charts. */
export function WaterfallTable({ scenarios, id }: { scenarios: { title: string; steps: LabelledStep[] }[]; id: string }) {
  const labels = [...new Set(scenarios.flatMap((s) => s.steps.map((step) => step.label)))];
  return (
    <details class="chart-table">
      <summary>Zahlen der Diagramme als Tabelle</summary>
      <table id={`${id}-wf-tabelle`}>
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
                return <td key={s.title}>{step ? amount(step) : '–'}</td>;
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

interface LineChartProps {
  id: string;
  caption: string;
  description: string;
  points: LinePoint[];
  /** The x axis title, shown under the chart. */
  xLabel: string;
  /** A vertical line with its label, e.g. "Break-even: 54"; null when there is none. */
  marker: { x: number; label: string } | null;
  current?: LinePoint;
  /** The text next to the reader's value; "Ihr Wert" when not given. */
  currentLabel?: string;
  formatX: (v: number) => string;
  /** The legend name of `points`; shown only together with `second`. */
  label?: string;
  /** A second line on the same axes, drawn dashed, with its legend name. */
  second?: { points: LinePoint[]; label: string };
}

/** An SVG text from the layout. Its anchor is written only when it differs from the group's (`inherited`). */
const Text = ({ label, class: className, inherited = 'start' }: { label: Label; class?: string; inherited?: Anchor }) => (
  <text class={className} x={label.x} y={label.y} text-anchor={label.anchor === inherited ? undefined : label.anchor}>
    {label.text}
  </text>
);

/**
 * A line of y over x (€) with the zero line, a marked point on the x axis (a break-even, a payback
 * year) and, when given, the reader's own value. An optional second line (e.g. costs next to
 * revenue) is drawn dashed, and both lines are then named in a legend under the chart. The caller
 * passes a sentence that says the same in words (the text alternative).
 *
 * Drawn in real pixels: the SVG's size comes from CSS (.chart-plot), and once in the browser the
 * chart measures it and lays itself out for it (lineLayout), so its labels keep their size on a phone
 * and thin out instead of overlapping. The server renders it for a desktop-sized box, which a
 * narrower box shows scaled down until the script runs. A class, not hooks (script budget).
 */
export class LineChart extends Component<LineChartProps, { width: number; height: number }> {
  override state = { width: 704, height: 256 };
  private observer?: ResizeObserver;

  override componentDidMount() {
    this.observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry!.contentRect;
      this.setState({ width: Math.round(width), height: Math.round(height) });
    });
    this.observer.observe((this.base as Element).querySelector('svg')!);
  }

  override componentWillUnmount() {
    this.observer?.disconnect();
  }

  override render(props: LineChartProps, { width, height }: { width: number; height: number }) {
    const { id, points, marker, current, second } = props;
    const all = [...points, ...(second?.points ?? [])];
    const layout = lineLayout({
      width,
      height,
      xs: all.map((p) => p.x),
      ys: [...all.map((p) => p.y), ...(current ? [current.y] : [])],
      formatX: props.formatX,
      formatY: euroShort,
      marker: marker && { x: marker.x, text: marker.label },
      point: current ? { ...current, text: props.currentLabel ?? 'Ihr Wert' } : null,
    });
    const { plot, x, y } = layout;
    const line = (pts: LinePoint[]) => pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.x).toFixed(1)} ${y(p.y).toFixed(1)}`).join('');
    return (
      <figure class="chart">
        <figcaption id={`${id}-cap`}>{props.caption}</figcaption>
        <svg class="chart-plot" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-cap`} aria-describedby={`${id}-desc`}>
          <g class="chart-grid">
            {layout.yTicks.map((t) => (
              <line key={t.value} class={t.value === 0 ? 'chart-axis' : undefined} x1={plot.left} x2={plot.right} y1={t.at} y2={t.at} />
            ))}
          </g>
          <g class="chart-tick" text-anchor="end">
            {layout.yTicks.map((t) => (
              <Text key={t.value} label={t.label} inherited="end" />
            ))}
          </g>
          <g class="chart-tick" text-anchor="middle">
            {layout.xTicks.map((t) => (
              <Text key={t.text} label={t} inherited="middle" />
            ))}
          </g>
          <path class="chart-line" d={line(points)} />
          {second && <path class="chart-line chart-line-second" d={line(second.points)} />}
          {layout.marker && (
            <g>
              <line class="chart-breakeven" x1={layout.marker.at} x2={layout.marker.at} y1={plot.top} y2={plot.bottom} />
              {layout.marker.label && <Text class="chart-note" label={layout.marker.label} />}
            </g>
          )}
          {layout.point && (
            <g>
              <circle class="chart-dot" cx={layout.point.x} cy={layout.point.y} r={6} />
              {layout.point.label && <Text class="chart-note" label={layout.point.label} />}
            </g>
          )}
        </svg>
        <p class="chart-axis-title">{props.xLabel}</p>
        {second && (
          <ul class="chart-legend">
            <li>{props.label}</li>
            <li class="chart-legend-second">{second.label}</li>
          </ul>
        )}
        <p class="visually-hidden" id={`${id}-desc`}>
          {props.description}
        </p>
      </figure>
    );
  }
}
