/**
 * The buttons under a calculator's results: on its own page "Link kopieren" (the share link of the
 * current inputs) and "Ergebnis drucken", in an entry "Im großen Rechner öffnen"; always
 * "Zurücksetzen". Every calculator uses this one block, so the share link and its fallback behave
 * the same everywhere. On its own page the block also holds the line only the printout shows: the
 * date of printing and the page's address, which carries all current inputs (also those of a second
 * form on the page, like the portfolio view).
 */
import { Component } from 'preact';
import { formatDate } from '../../lib/calc/number';

interface Props {
  /** 'page': the calculator is the page; 'entry': embedded in a glossary entry. */
  mode: 'page' | 'entry';
  /** Path of the calculator's own page, e.g. /rechner/kundenwert/. */
  pagePath: string;
  /** The share-link query of the current inputs, without '?'. */
  query: string;
  onReset: () => void;
}

interface State {
  status?: string;
  /** When the printout line was last brought up to date; unset on the server and in an entry. */
  now?: Date;
}

export class CalcActions extends Component<Props, State> {
  /** Before printing, so the printout shows the day of printing and the address of that moment. */
  private stamp = () => this.setState({ now: new Date() });

  override componentDidMount() {
    if (this.props.mode !== 'page') return;
    addEventListener('beforeprint', this.stamp);
    this.stamp();
  }

  override componentWillUnmount() {
    removeEventListener('beforeprint', this.stamp);
  }

  override render({ mode, pagePath, query, onReset }: Props, { status = '', now }: State) {
    const path = `${pagePath}${query ? `?${query}` : ''}`;
    const copy = async () => {
      const url = location.origin + path;
      try {
        await navigator.clipboard.writeText(url);
        this.setState({ status: 'Link kopiert.' });
      } catch {
        this.setState({ status: `Kopieren nicht möglich. Link: ${url}` });
      }
    };
    // The page keeps its address in step with every form on it (form-state.ts).
    const address = now && location.origin + location.pathname + location.search;
    return (
      <div class="calc-actions">
        {mode === 'page' ? (
          <>
            <button type="button" class="button button-primary" onClick={copy}>Link kopieren</button>
            <button type="button" class="button" onClick={() => window.print()}>Ergebnis drucken</button>
          </>
        ) : (
          <a class="button button-primary" href={path}>Im großen Rechner öffnen</a>
        )}
        <button type="button" class="button" onClick={onReset}>
          Zurücksetzen
        </button>
        <span class="calc-status" role="status">{status}</span>
        {now && (
          <p class="calc-print">
            Gedruckt am {formatDate(now)} · Diese Rechnung im Netz:{' '}
            <a href={address}>{address}</a>
          </p>
        )}
      </div>
    );
  }
}
