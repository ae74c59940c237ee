/**
 * The buttons under a calculator's results: on its own page "Link kopieren" (the share link of the
 * current inputs), in an entry "Im großen Rechner öffnen"; always "Zurücksetzen". Every calculator
 * uses this one block, so the share link and its fallback behave the same everywhere.
 */
import { Component } from 'preact';

interface Props {
  /** 'page': the calculator is the page; 'entry': embedded in a glossary entry. */
  mode: 'page' | 'entry';
  /** Path of the calculator's own page, e.g. /rechner/kundenwert/. */
  pagePath: string;
  /** The share-link query of the current inputs, without '?'. */
  query: string;
  onReset: () => void;
}

export class CalcActions extends Component<Props, { status?: string }> {
  override render({ mode, pagePath, query, onReset }: Props, { status = '' }: { status?: string }) {
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
    return (
      <div class="calc-actions">
        {mode === 'page' ? (
          <button type="button" class="button button-primary" onClick={copy}>Link kopieren</button>
        ) : (
          <a class="button button-primary" href={path}>Im großen Rechner öffnen</a>
        )}
        <button type="button" class="button" onClick={onReset}>
          Zurücksetzen
        </button>
        <span class="calc-status" role="status">{status}</span>
      </div>
    );
  }
}
