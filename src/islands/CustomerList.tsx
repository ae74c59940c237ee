/**
 * "Kundenliste prüfen": the reader chooses or drops a CSV export of their customers (or tries the
 * sample); a Web Worker (customers/worker.ts) reads and analyses it in the browser, and this view
 * shows what it found: the summary, the whale curve, the advice groups, the largest loss makers and
 * the skipped lines, with the mapping and number format it chose and the settings to change. The
 * file never leaves the browser: the worker starts with the page, so choosing a file sends nothing.
 */
import { Component, type JSX } from 'preact';
import { COLUMN_KEYS, COLUMNS, DELIMITER_NAMES, remap, type ColumnKey } from '../lib/customers/columns';
import { NUMBER_FORMATS, type NumberFormat } from '../lib/customers/numbers';
import { ADVICE_LABELS, type Settings } from '../lib/customers/model';
import type { FieldSpec } from '../lib/calc/fields';
import { formatCount, formatDate, formatEuro, formatPercent } from '../lib/calc/number';
import { FormState } from './calc/form-state';
import { FieldGroups } from './calc/Fields';
import { Output, formatDelta } from './calc/Output';
import { ResultBar } from './calc/ResultBar';
import { LineChart } from './calc/charts';
import { NextStep, type NextSteps } from './calc/NextStep';
import type { Request, Response, Result } from './customers/protocol';

interface Props {
  /** The settings' fields (kk, kr, m) with their German texts. */
  fields: FieldSpec[];
  /** Address of the sample file. */
  sample: string;
  next: NextSteps;
}

interface State {
  /** 'reading' while the worker works on a file; the result stays shown meanwhile. */
  busy?: string;
  error?: string;
  result?: Result;
  dragging?: boolean;
  printed?: Date;
}

const ID = 'kl';

/** "Zeile 12", "Zeilen 3, 7 und 9". */
const lines = (n: number) => `${formatCount(n)} ${n === 1 ? 'Zeile' : 'Zeilen'}`;
const customers = (n: number) => `${formatCount(n)} ${n === 1 ? 'Kunde' : 'Kunden'}`;

export class CustomerList extends Component<Props, State> {
  worker?: Worker;
  /**
   * Answers still to come (the worker answers each request once, in order), how many of them
   * belong to requests a newer file made stale, and the newest change waiting to be sent (changes
   * coalesce while the worker is busy).
   */
  pending = 0;
  stale = 0;
  queued?: Request;
  /** When the reader chose the file, for the time to the first result (performance.measure). */
  started?: number;
  focusResult = false;
  settingsSent = '';
  form = new FormState<keyof Settings>(this.props.fields, () => {
    this.forceUpdate();
    this.sendSettings();
  });

  override componentDidMount() {
    this.worker = new Worker(new URL('./customers/worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<Response>) => this.receive(event.data);
    this.worker.onerror = () =>
      this.setState({
        busy: undefined,
        error: 'Die Auswertung ist abgebrochen, vermutlich weil die Datei zu groß für den Speicher dieses Browsers ist. Exportieren Sie nur die nötigen Spalten oder teilen Sie die Liste auf.',
      });
    addEventListener('beforeprint', this.stamp);
  }

  override componentWillUnmount() {
    this.worker?.terminate();
    removeEventListener('beforeprint', this.stamp);
  }

  private stamp = () => this.setState({ printed: new Date() });

  override componentDidUpdate() {
    if (this.focusResult && this.state.result) {
      this.focusResult = false;
      const heading = document.getElementById(`${ID}-ergebnis`);
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView({ block: 'start' });
      if (this.started !== undefined) {
        performance.measure('kundenliste', { start: this.started, detail: this.state.result.timings });
        this.started = undefined;
      }
    }
  }

  private send(request: Request) {
    if (this.pending > 0 && request.type !== 'open') {
      this.queued = request;
      return;
    }
    if (request.type === 'open') this.stale = this.pending;
    this.pending++;
    this.worker!.postMessage(request);
  }

  private receive(message: Response) {
    this.pending--;
    if (this.stale > 0) {
      this.stale--;
      return;
    }
    if (message.type === 'export') this.download(message.blob);
    else if (message.type === 'error') this.setState({ busy: undefined, error: message.message, result: undefined });
    else this.setState({ busy: undefined, error: undefined, result: message });
    const next = this.queued;
    this.queued = undefined;
    if (next) this.send(next);
  }

  private settings(): Settings {
    return { ...this.form.values };
  }

  private sendSettings() {
    const key = JSON.stringify(this.form.values);
    if (!this.state.result || key === this.settingsSent) return;
    this.settingsSent = key;
    this.send({ type: 'settings', settings: this.settings() });
  }

  private open(file: File) {
    this.started = performance.now();
    this.focusResult = true;
    this.settingsSent = JSON.stringify(this.form.values);
    this.queued = undefined;
    this.setState({ busy: `${file.name} wird gelesen …`, error: undefined });
    this.send({ type: 'open', file, settings: this.settings() });
  }

  private onFile = (e: JSX.TargetedEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (file) this.open(file);
    // The same file chosen again (after editing it) is read again.
    e.currentTarget.value = '';
  };

  private onDrop = (e: DragEvent) => {
    e.preventDefault();
    this.setState({ dragging: false });
    const file = e.dataTransfer?.files[0];
    if (file) this.open(file);
  };

  private onDragOver = (e: DragEvent) => {
    e.preventDefault();
    if (!this.state.dragging) this.setState({ dragging: true });
  };

  private trySample = async () => {
    this.setState({ busy: 'Beispieldaten werden geladen …', error: undefined });
    try {
      const response = await fetch(this.props.sample);
      if (!response.ok) throw new Error(String(response.status));
      this.open(new File([await response.blob()], 'beispiel-kundenliste.csv', { type: 'text/csv' }));
    } catch {
      this.setState({ busy: undefined, error: 'Die Beispieldaten ließen sich nicht laden. Laden Sie die Seite neu und versuchen Sie es noch einmal.' });
    }
  };

  private download(blob: Blob) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.state.result!.file.name.replace(/\.[^.]*$/, '')}-ausgewertet.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.setState({ busy: undefined });
  }

  private setMapping(key: ColumnKey, value: string) {
    const { result } = this.state;
    if (!result) return;
    const options = { ...result.options, mapping: remap(result.options.mapping, key, value === '' ? null : Number(value)) };
    this.setState({ result: { ...result, options } });
    this.send({ type: 'options', options });
  }

  private setFormat(format: NumberFormat) {
    const { result } = this.state;
    if (!result) return;
    const options = { ...result.options, format };
    this.setState({ result: { ...result, options } });
    this.send({ type: 'options', options });
  }

  override render({ fields, sample, next }: Props, { busy, error, result, dragging, printed }: State) {
    const summary = result?.summary;
    return (
      <div class="calc customer-list">
        <div class="calc-layout">
          <div class="calc-inputs">
            <fieldset
              class={dragging ? 'drop drop-active' : 'drop'}
              onDragOver={this.onDragOver}
              onDragLeave={() => this.setState({ dragging: false })}
              onDrop={this.onDrop}
            >
              <legend>Ihre Kundenliste</legend>
              <p class="drop-hint">
                Eine CSV-Datei aus CRM oder ERP: eine Kopfzeile, eine Zeile je Kunde, mindestens der Umsatz der letzten 12 Monate.
              </p>
              <input type="file" id={`${ID}-datei`} class="drop-input visually-hidden" accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values" onChange={this.onFile} />
              <label for={`${ID}-datei`} class="button button-primary">Datei wählen</label>
              <span class="drop-or"> oder die Datei hierher ziehen</span>
              <p class="drop-sample">
                <button type="button" class="button" onClick={this.trySample}>Mit Beispieldaten ausprobieren</button>{' '}
                <a href={sample} download="beispiel-kundenliste.csv">Beispieldatei herunterladen</a>
              </p>
            </fieldset>

            <p class="calc-status" role="status">{busy}</p>
            {error && (
              <p class="calc-notice calc-error" role="alert">
                {error}
              </p>
            )}

            {result && <FileFacts result={result} onMap={(k, v) => this.setMapping(k, v)} onFormat={(f) => this.setFormat(f)} />}
            {result && <FieldGroups specs={fields} form={this.form} id={ID} />}
            {summary && (
              <ResultBar
                target={`${ID}-ergebnis`}
                tone={summary.lossCount > 0 ? 'minus' : 'plus'}
                text={summary.lossCount > 0
                  ? `${customers(summary.lossCount)} von ${formatCount(summary.customers)} bringen Verlust: ${formatDelta(summary.lossSum)} im Jahr.`
                  : `Kein Kunde bringt Verlust. Deckungsbeitrag gesamt: ${formatEuro(summary.total)}.`}
              />
            )}
          </div>

          <section class="calc-results" aria-labelledby={`${ID}-ergebnis`}>
            <h2 id={`${ID}-ergebnis`} tabIndex={-1}>Ergebnis</h2>
            {!result && !error && (
              <p>
                Wählen Sie eine Datei oder probieren Sie es mit den Beispieldaten. Hier steht dann, wie viel Ihre Kunden nach
                Servicekosten und Retouren einbringen und welchen Sie ein Cross-Selling-Angebot machen sollten.
              </p>
            )}
            {result?.warnings.map((w) => (
              <p class="calc-notice" key={w}>{w}</p>
            ))}
            {result?.needsRevenue && (
              <p class="calc-notice">
                In der Datei wurde keine Spalte für den Umsatz erkannt. Wählen Sie unter „Datei und Spalten“ die Spalte mit dem
                Nettoumsatz der letzten 12 Monate.
              </p>
            )}
            {result && summary && summary.customers === 0 && (
              <p class="calc-notice">
                {result.skippedCount === 0
                  ? 'Die Datei enthält nur die Kopfzeile, keine Kunden.'
                  : `Keine Zeile ließ sich auswerten: alle ${lines(result.skippedCount)} wurden übersprungen. Die Gründe stehen unten; meist passt die Zuordnung einer Spalte oder das Zahlenformat nicht.`}
              </p>
            )}
            {summary && summary.customers > 0 && <Summary summary={summary} skipped={result!.skippedCount} />}
            {summary && summary.customers > 0 && (
              <div class="calc-actions">
                <button
                  type="button"
                  class="button button-primary"
                  onClick={() => {
                    this.setState({ busy: 'Die Liste wird erstellt …' });
                    this.send({ type: 'export' });
                  }}
                >
                  Liste mit Empfehlungen herunterladen
                </button>
                <button type="button" class="button" onClick={() => window.print()}>Ergebnis drucken</button>
                {printed && (
                  <p class="calc-print">
                    Gedruckt am {formatDate(printed)} · Datei: {result!.file.name} · Kosten je Servicekontakt{' '}
                    {formatEuro(this.form.values.kk)}, je Retoure {formatEuro(this.form.values.kr)}, Marge ohne Angabe{' '}
                    {formatPercent(this.form.values.m)}
                  </p>
                )}
              </div>
            )}
            {summary && summary.customers > 0 && <NextStep steps={next} loss={summary.lossCount > 0} />}
          </section>
        </div>

        {summary && summary.customers > 0 && <Details summary={summary} />}
        {result && result.skippedCount > 0 && <Skipped result={result} />}
      </div>
    );
  }
}

/** Which file was read and how: a one-line summary that opens to change the number format and the mapping. */
function FileFacts({ result, onMap, onFormat }: { result: Result; onMap: (key: ColumnKey, value: string) => void; onFormat: (f: NumberFormat) => void }) {
  const { file, headers, options } = result;
  const mapped = COLUMN_KEYS.filter((k) => options.mapping[k] !== null).map((k) => COLUMNS[k].label);
  const facts = [
    file.name,
    file.encoding,
    DELIMITER_NAMES[file.delimiter] ?? file.delimiter,
    `Zahlen ${NUMBER_FORMATS[options.format].label}`,
    mapped.length ? `Spalten: ${mapped.join(', ')}` : 'keine Spalte erkannt',
  ];
  return (
    <details class="field-more" open={result.needsRevenue}>
      <summary>
        <span class="field-more-name">Datei und Spalten</span>
        <span class="field-more-values">{facts.join(' · ')}</span>
      </summary>
      <fieldset class="field-group">
        <legend>Zahlenformat</legend>
        <div class="choice-row">
          {(Object.keys(NUMBER_FORMATS) as NumberFormat[]).map((f) => (
            <label class="choice" key={f}>
              <input type="radio" name={`${ID}-zahlen`} value={f} checked={options.format === f} onChange={() => onFormat(f)} />
              <span>
                {NUMBER_FORMATS[f].label} ({NUMBER_FORMATS[f].example})
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset class="field-group">
        <legend>Spalten</legend>
        {COLUMN_KEYS.map((key) => (
          <div class="field" key={key}>
            <label for={`${ID}-spalte-${key}`}>
              {COLUMNS[key].label}
              {COLUMNS[key].required ? ' (nötig)' : ''}
            </label>
            <select id={`${ID}-spalte-${key}`} aria-describedby={`${ID}-spalte-${key}-hilfe`} onChange={(e) => onMap(key, e.currentTarget.value)}>
              <option value="" selected={options.mapping[key] === null}>– keine –</option>
              {headers.map((h, i) => (
                <option key={i} value={String(i)} selected={options.mapping[key] === i}>
                  {h || `Spalte ${i + 1}`}
                </option>
              ))}
            </select>
            <p class="field-help" id={`${ID}-spalte-${key}-hilfe`}>
              {COLUMNS[key].help}
              {(key === 'margin' || key === 'discount') && options.mapping[key] !== null && options.fractions[key] ? ' – als Anteil gelesen (0,4 = 40 %)' : ''}
            </p>
          </div>
        ))}
      </fieldset>
    </details>
  );
}

type Shown = NonNullable<Result['summary']>;

/** The verdict and the whole list's figures. */
function Summary({ summary: s, skipped }: { summary: Shown; skipped: number }) {
  const lossShare = (s.lossCount / s.customers) * 100;
  return (
    <>
      <p class={s.lossCount > 0 ? 'verdict verdict-minus' : 'verdict verdict-plus'}>
        {s.lossCount > 0 ? (
          <>
            {customers(s.lossCount)} von {formatCount(s.customers)} ({formatPercent(lossShare)}) bringen nach Service und Retouren
            Verlust: zusammen {formatDelta(s.lossSum)} im Jahr.
          </>
        ) : (
          <>Keiner Ihrer {customers(s.customers)} bringt nach Service und Retouren Verlust.</>
        )}
      </p>
      <dl class="calc-summary">
        <div>
          <dt>Kunden ausgewertet</dt>
          <dd><Output name="customers" value={s.customers} /></dd>
        </div>
        <div>
          <dt>Zeilen übersprungen</dt>
          <dd><Output name="skipped" value={skipped} none="0" /></dd>
        </div>
        <div>
          <dt>Deckungsbeitrag gesamt</dt>
          <dd><Output name="total" value={s.total} unit="eur" /></dd>
        </div>
        <div>
          <dt>Verlustbringer</dt>
          <dd><Output name="lossCount" value={s.lossCount} /></dd>
        </div>
        <div>
          <dt>Ihre Verluste zusammen</dt>
          <dd><Output name="lossSum" value={s.lossSum} unit="eur" signed /></dd>
        </div>
      </dl>
      <h3>Wem Sie ein Angebot machen sollten</h3>
      <dl class="calc-summary">
        <div>
          <dt>{ADVICE_LABELS.anbieten}</dt>
          <dd><Output name="offerCount" value={s.offerCount} /></dd>
        </div>
        <div>
          <dt>{ADVICE_LABELS.pruefen}</dt>
          <dd><Output name="checkCount" value={s.checkCount} /></dd>
        </div>
        <div>
          <dt>{ADVICE_LABELS.nicht}</dt>
          <dd><Output name="noOfferCount" value={s.noOfferCount} /></dd>
        </div>
      </dl>
      <h3>Die Walkurve</h3>
      <p>
        {s.peakShare !== null ? (
          <>
            Die profitabelsten <Output name="peakCustomers" value={s.peakCustomers} unit="percent" /> Ihrer Kunden bringen zusammen{' '}
            <Output name="peakShare" value={s.peakShare} unit="percent" /> Ihres gesamten Deckungsbeitrags; die übrigen zehren{' '}
            {formatEuro(s.peak! - s.total)} davon wieder auf.
          </>
        ) : (
          <>
            Ihr Deckungsbeitrag ist insgesamt nicht positiv, daher gibt es keinen Anteil am Gesamtergebnis. Am höchsten ist die
            Summe nach den profitabelsten <Output name="peakCustomers" value={s.peakCustomers} unit="percent" /> der Kunden:{' '}
            {formatEuro(s.peak!)}.
          </>
        )}
      </p>
      {s.crossBuyerLossShare !== null && (
        <p>
          Cross-Buyer (Kunden mit zwei oder mehr Produktkategorien) verursachen{' '}
          <Output name="crossBuyerLossShare" value={s.crossBuyerLossShare} unit="percent" /> Ihrer Verluste.
        </p>
      )}
    </>
  );
}

/** The whale curve with its table, the advice groups and the largest loss makers. */
function Details({ summary: s }: { summary: Shown }) {
  const deciles = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((d) => s.curve.find((p) => p.x >= d - 1e-9)!);
  const peakLabel = `Gipfel: ${formatEuro(s.peak!)} bei ${formatPercent(s.peakCustomers!)} der Kunden`;
  return (
    <>
      <section class="calc-charts" aria-label="Walkurve">
        <LineChart
          id={`${ID}-walkurve`}
          caption="Walkurve: kumulierter Deckungsbeitrag, Kunden vom profitabelsten zum verlustreichsten"
          description={`Die Kurve steigt bis ${formatEuro(s.peak!)} bei ${formatPercent(s.peakCustomers!)} der Kunden und endet bei ${formatEuro(s.total)}.`}
          points={s.curve}
          xLabel="Anteil der Kunden, nach Deckungsbeitrag absteigend sortiert"
          marker={{ x: s.peakCustomers!, label: peakLabel }}
          formatX={(v) => formatPercent(v)}
        />
        <details class="chart-table">
          <summary>Zahlen der Walkurve als Tabelle</summary>
          <table class="table-stack">
            <caption class="visually-hidden">Kumulierter Deckungsbeitrag nach Anteil der Kunden</caption>
            <thead>
              <tr>
                <th scope="col">Kunden</th>
                <th scope="col">Kumulierter Deckungsbeitrag</th>
                <th scope="col">Anteil am Gesamtergebnis</th>
              </tr>
            </thead>
            <tbody>
              {deciles.map((p, i) => (
                <tr key={i}>
                  <th scope="row">{i === 9 ? 'alle' : `profitabelste ${(i + 1) * 10} %`}</th>
                  <td data-label="Kumulierter Deckungsbeitrag">{formatEuro(p.y)}</td>
                  <td data-label="Anteil am Gesamtergebnis">{s.total > 0 ? formatPercent((p.y / s.total) * 100) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section class="customer-tables">
        <h2>Die drei Gruppen</h2>
        <table class="table-stack">
          <thead>
            <tr>
              <th scope="col">Empfehlung</th>
              <th scope="col">Kunden</th>
              <th scope="col">Umsatz</th>
              <th scope="col">Deckungsbeitrag</th>
            </tr>
          </thead>
          <tbody>
            {s.groups.map((g) => (
              <tr key={g.advice}>
                <th scope="row">{ADVICE_LABELS[g.advice]}</th>
                <td data-label="Kunden">{formatCount(g.count)}</td>
                <td data-label="Umsatz">{formatEuro(g.revenue)}</td>
                <td data-label="Deckungsbeitrag">{formatEuro(g.contribution)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ul class="muted">
          <li><strong>anbieten</strong>: bringt Deckungsbeitrag, und weder Service, Retouren noch Rabatte fallen auf.</li>
          <li><strong>erst prüfen</strong>: bringt noch Deckungsbeitrag, aber Service oder Retouren kosten mehr als ein Viertel des Rohertrags, oder der Rabatt liegt bei 30 % oder mehr.</li>
          <li><strong>nicht anbieten</strong>: kostet schon heute mehr, als er einbringt; ein weiteres Produkt vergrößert meist den Verlust.</li>
        </ul>

        {s.lossMakers.length > 0 && (
          <>
            <h2>
              {s.lossCount === 1 ? 'Der Kunde mit Verlust' : s.lossCount <= s.lossMakers.length ? `Alle ${formatCount(s.lossCount)} Verlustbringer` : `Die ${formatCount(s.lossMakers.length)} größten Verlustbringer`}
            </h2>
            <table class="table-stack loss-makers">
              <thead>
                <tr>
                  <th scope="col">Kunde</th>
                  <th scope="col">Zeile</th>
                  <th scope="col">Umsatz</th>
                  <th scope="col">Deckungsbeitrag</th>
                  <th scope="col">Gründe</th>
                </tr>
              </thead>
              <tbody>
                {s.lossMakers.map((m) => (
                  <tr key={m.line}>
                    <th scope="row">
                      {m.id}
                      {m.name && <span class="loss-name"> {m.name}</span>}
                    </th>
                    <td data-label="Zeile">{formatCount(m.line)}</td>
                    <td data-label="Umsatz">{formatEuro(m.revenue)}</td>
                    <td data-label="Deckungsbeitrag">{formatDelta(m.contribution)}</td>
                    <td data-label="Gründe">{m.reasons.join(', ') || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}

/** The lines that were left out, the first 20 with their reason. */
function Skipped({ result }: { result: Result }) {
  const more = result.skippedCount - result.skipped.length;
  return (
    <section class="customer-tables">
      <h2>{lines(result.skippedCount)} übersprungen</h2>
      <ul class="skipped">
        {result.skipped.map((s) => (
          <li key={s.line}>
            Zeile {formatCount(s.line)}: {s.reason}
          </li>
        ))}
      </ul>
      {more > 0 && <p>… und {lines(more)} mehr. Alle stehen mit ihrem Grund in der heruntergeladenen Liste.</p>}
    </section>
  );
}
