/** Small SVG charts for the calculators: a horizontal waterfall and a line with a marked break-even. */
import { niceTicks, scale } from '../../lib/calc/chart';
import { formatCount } from '../../lib/calc/number';
import { formatDelta } from './Output';
import type { LabelledStep } from '../../lib/calc/cross-selling-copy';

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

const ROW = 30;
const LABEL = 200;
const VALUE = 120;
const WIDTH = 560;

/** One waterfall per scenario, on a shared scale so "ohne" and "mit" can be compared at a glance. */
export function Waterfalls({ scenarios, id }: { scenarios: { title: string; steps: LabelledStep[] }[]; id: string }) {
  const all = scenarios.map((s) => bars(s.steps));
  const values = all.flat().flatMap((b) => [b.from, b.to]);
  const domain = niceTicks(Math.min(...values), Math.max(...values), 4);
  const x = scale(domain.min, domain.max, LABEL, WIDTH - VALUE);
  return (
    <div class="chart-pair">
      {scenarios.map((scenario, i) => {
        const height = all[i]!.length * ROW + 10;
        return (
          <figure class="chart" key={scenario.title}>
            <figcaption id={`${id}-wf-${i}`}>Vom Listenumsatz zum Deckungsbeitrag, {scenario.title}</figcaption>
            <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-wf-${i}`} aria-describedby={`${id}-wf-tabelle`}>
              <line class="chart-axis" x1={x(0)} x2={x(0)} y1={0} y2={height - 6} />
              {all[i]!.map((bar, row) => {
                const y = row * ROW + 4;
                const left = x(Math.min(bar.from, bar.to));
                const width = Math.max(1, Math.abs(x(bar.to) - x(bar.from)));
                const kind =
                  bar.step.kind === 'minus' ? 'minus' : bar.step.kind === 'total' ? (bar.step.value < 0 ? 'minus' : 'plus') : 'neutral';
                return (
                  <g key={bar.step.label}>
                    <text class={bar.step.kind === 'minus' ? 'chart-label' : 'chart-label chart-strong'} x={0} y={y + 17}>
                      {bar.step.label}
                    </text>
                    <rect class={`chart-bar chart-${kind}`} x={left} y={y + 3} width={width} height={ROW - 10} rx={2} />
                    <text class="chart-value" x={WIDTH} y={y + 17} text-anchor="end">
                      {amount(bar.step)}
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
        );
      })}
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

/**
 * A line of y over x (€) with the zero line, a marked point on the x axis (a break-even, a payback
 * year) and, when given, the reader's own value. An optional second line (e.g. costs next to
 * revenue) is drawn dashed, and both lines are then named in a legend under the chart. The caller
 * passes a sentence that says the same in words (the text alternative).
 */
export function LineChart(props: {
  id: string;
  caption: string;
  description: string;
  points: LinePoint[];
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
}) {
  const { id, points, marker, current, second } = props;
  const W = 640;
  const H = 280;
  const M = { left: 84, right: 16, top: 16, bottom: 48 };
  const all = [...points, ...(second?.points ?? [])];
  const yValues = [...all.map((p) => p.y), ...(current ? [current.y] : [])];
  const xs = niceTicks(Math.min(...all.map((p) => p.x)), Math.max(...all.map((p) => p.x)), 5);
  const ys = niceTicks(Math.min(...yValues), Math.max(...yValues), 4);
  const x = scale(xs.min, xs.max, M.left, W - M.right);
  const y = scale(ys.min, ys.max, H - M.bottom, M.top);
  const line = (pts: LinePoint[]) => pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.x).toFixed(1)} ${y(p.y).toFixed(1)}`).join(' ');
  const mx = marker && marker.x >= xs.min && marker.x <= xs.max ? x(marker.x) : null;
  return (
    <figure class="chart">
      <figcaption id={`${id}-cap`}>{props.caption}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-cap`} aria-describedby={`${id}-desc`}>
        {ys.ticks.map((t) => (
          <g key={t}>
            <line class={t === 0 ? 'chart-axis' : 'chart-grid'} x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
            <text class="chart-tick" x={M.left - 8} y={y(t) + 4} text-anchor="end">
              {euroShort(t)}
            </text>
          </g>
        ))}
        {xs.ticks.map((t) => (
          <text key={t} class="chart-tick" x={x(t)} y={H - M.bottom + 18} text-anchor="middle">
            {props.formatX(t)}
          </text>
        ))}
        <text class="chart-tick" x={(M.left + W - M.right) / 2} y={H - 6} text-anchor="middle">
          {props.xLabel}
        </text>
        <path class="chart-line" d={line(points)} />
        {second && <path class="chart-line chart-line-second" d={line(second.points)} />}
        {mx !== null && (
          <g>
            <line class="chart-breakeven" x1={mx} x2={mx} y1={M.top} y2={H - M.bottom} />
            <text class="chart-note" x={mx + (mx > W * 0.7 ? -6 : 6)} y={M.top + 12} text-anchor={mx > W * 0.7 ? 'end' : 'start'}>
              {marker!.label}
            </text>
          </g>
        )}
        {current && (
          <g>
            <circle class="chart-dot" cx={x(current.x)} cy={y(current.y)} r={6} />
            <text class="chart-note" x={x(current.x) + 10} y={y(current.y) + (current.y >= 0 ? -10 : 20)}>
              {props.currentLabel ?? 'Ihr Wert'}
            </text>
          </g>
        )}
      </svg>
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
