/**
 * The search box with live results (ARIA 1.2 combobox with a listbox): in the header's dialog
 * and on /suche/. ↑/↓ move through results, Enter opens, Esc closes (dialog) or clears (page).
 * Every result is a real link, so a click, Ctrl/⌘-click, middle-click, "open in new tab" and
 * "copy link address" work natively. Titles and synonyms that match show at once from the term
 * list; Pagefind's results then fill in the excerpts and add rows below them.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Term } from '../lib/search/suggest';
import { matchClass } from '../lib/search/rank';
import { instantHits, loadPagefind, searchGlossary, suggestionsFor, type Hit } from './search-engine';

interface Props {
  mode: 'dialog' | 'page';
  onClose?: () => void;
}

interface Outcome {
  /** loading: the search runs; `hits` are the previous query's or, once there, the instant matches. */
  status: 'idle' | 'loading' | 'done' | 'error';
  query: string;
  hits: Hit[];
  total: number;
  suggestions: Term[];
}

const IDLE: Outcome = { status: 'idle', query: '', hits: [], total: 0, suggestions: [] };

/** The URL a hit leads to; the target page marks the searched words. */
function hitUrl(hit: Hit, query: string): string {
  return `${hit.url}?markieren=${encodeURIComponent(query.trim())}`;
}

function treffer(n: number): string {
  return n === 1 ? '1 Treffer' : `${n.toLocaleString('de-DE')} Treffer`;
}

export function Search({ mode, onClose }: Props) {
  const limit = mode === 'page' ? 30 : 8;
  const uid = useId();
  const inputId = `${uid}-eingabe`;
  const listId = `${uid}-treffer`;
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(IDLE);
  // The active option by URL, so it stays on its row when Pagefind's results replace the instant ones.
  const [selected, setSelected] = useState<string | null>(null);
  // False in the server-rendered HTML: a reader without JavaScript sees the note instead of a dead field.
  const [hydrated, setHydrated] = useState(false);
  const run = useRef(0);
  // Enter pressed before there was a result: the first result opens when it arrives.
  const openWhenReady = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  async function search(text: string) {
    const n = ++run.current;
    if (text.trim() === '') {
      setOutcome(IDLE);
      return;
    }
    setOutcome((o) => ({ ...o, status: 'loading' }));
    instantHits(text, limit).then(
      (hits) => {
        if (n !== run.current || !hits[0]) return;
        if (openWhenReady.current) open(hits[0], text);
        else setOutcome((o) => (o.status === 'loading' ? { status: 'loading', query: text, hits, total: 0, suggestions: [] } : o));
      },
      () => undefined,
    );
    try {
      const found = await searchGlossary(text, limit);
      if (!found || n !== run.current) return;
      const { hits, total } = found;
      // "Meinten Sie …?" when nothing was found, or when no title or synonym starts with the query.
      const named = hits.some((h) => matchClass(text, h) < 4);
      const suggestions = named ? [] : await suggestionsFor(text).catch(() => []);
      if (n !== run.current) return;
      if (openWhenReady.current && hits[0]) open(hits[0], text);
      else setOutcome({ status: 'done', query: text, hits, total, suggestions });
    } catch {
      if (n === run.current) setOutcome({ ...IDLE, status: 'error', query: text });
    }
  }

  function update(text: string) {
    setQuery(text);
    setSelected(null);
    openWhenReady.current = false;
    if (mode === 'page') {
      const url = text.trim() ? `?q=${encodeURIComponent(text)}` : location.pathname;
      history.replaceState(null, '', url);
    }
    void search(text);
  }

  useEffect(() => {
    setHydrated(true);
    if (mode !== 'page') return;
    const initial = new URLSearchParams(location.search).get('q') ?? '';
    if (initial) {
      setQuery(initial);
      void search(initial);
    }
  }, []);

  /** Enter: goes where the option's link goes. */
  function open(hit: Hit, text: string) {
    openWhenReady.current = false;
    location.assign(hitUrl(hit, text));
  }

  const { status, hits, total, suggestions } = outcome;
  const found = hits.findIndex((h) => h.url === selected);
  const active = found >= 0 ? found : hits.length > 0 ? 0 : -1;

  function onKeyDown(event: KeyboardEvent) {
    const count = hits.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setSelected(hits[(active + 1) % count]!.url);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setSelected(hits[active <= 0 ? count - 1 : active - 1]!.url);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Rows of an earlier query may still show while this one loads: those are not what was asked for.
      const current = outcome.query === query ? hits[active] : undefined;
      if (current) open(current, query);
      else if (query.trim() !== '' && status !== 'done') openWhenReady.current = true;
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (mode === 'dialog') onClose?.();
      else update('');
    }
  }

  const done = status === 'done';
  const expanded = hits.length > 0;
  const optionId = (i: number) => `${uid}-option-${i}`;
  const announcement =
    status === 'error'
      ? 'Die Suche ist gerade nicht verfügbar.'
      : done
        ? total > 0
          ? `${treffer(total)}. Mit Pfeiltasten auswählen, mit Enter öffnen.`
          : `Keine Treffer für „${outcome.query}“.`
        : '';

  if (mode === 'page' && !hydrated) {
    return (
      <p class="search-empty search-nojs">
        Die Suche braucht JavaScript, das in Ihrem Browser ausgeschaltet ist oder noch lädt. Alle Begriffe finden Sie im <a href="/glossar/">Glossar von A bis Z</a>.
      </p>
    );
  }

  return (
    <div class={mode === 'page' ? 'search search-on-page' : 'search search-in-dialog'} data-search-page={mode === 'page' ? '' : undefined}>
      <div class="search-field">
        <svg class="search-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
        <label for={inputId} class="visually-hidden">
          Glossar durchsuchen
        </label>
        <input
          ref={input}
          id={inputId}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          autoComplete="off"
          autoCapitalize="off"
          spellcheck={false}
          enterKeyHint="search"
          placeholder="Begriff, Synonym oder Stichwort"
          value={query}
          onInput={(e) => update((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
          // On /suche/ the reader is here to search: Pagefind loads as soon as the field has focus.
          onFocus={() => void loadPagefind().catch(() => undefined)}
        />
        {mode === 'dialog' && (
          <button type="button" class="search-close" onClick={() => onClose?.()}>
            <span class="visually-hidden">Suche schließen</span>
            <span aria-hidden="true">Esc</span>
          </button>
        )}
      </div>

      <p role="status" class={mode === 'page' ? 'search-count' : 'visually-hidden'}>
        {mode === 'page' && done && total > 0 ? treffer(total) : announcement}
      </p>

      {/*
        Each option IS the link: <a href role="option">. An <a> inside an element with role="option"
        would be interactive content inside a role whose children are presentational; axe reports that
        as `nested-interactive` even with tabindex="-1". role="option" is allowed on a[href] (ARIA in
        HTML), and the element stays a link for the browser: native click, Ctrl/⌘/middle-click, "open
        in new tab", copy address, crawlers. tabindex="-1" keeps the options out of the tab order, and
        focus that a mouse click would give a link goes back to the input, as the combobox pattern wants.
      */}
      <div
        role="listbox"
        id={listId}
        aria-label="Suchergebnisse"
        class="search-results"
        // Busy while the rows may still change (earlier rows or instant matches shown); the query
        // the rows belong to, for tools and tests that must act on the final rows.
        aria-busy={status === 'loading' ? 'true' : 'false'}
        data-query={outcome.query}
        hidden={!expanded}
        onFocusCapture={() => input.current?.focus()}
      >
        {hits.map((hit, i) => (
          <a
            key={hit.url}
            href={hitUrl(hit, outcome.query)}
            role="option"
            id={optionId(i)}
            tabIndex={-1}
            aria-selected={i === active}
            class="search-result"
            onMouseMove={() => setSelected(hit.url)}
          >
            <span class="search-result-head">
              <span class="search-result-title">{hit.title}</span>
              {hit.category && <span class="search-result-category">{hit.category}</span>}
            </span>
            <span class="search-result-excerpt" dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
          </a>
        ))}
      </div>

      {done && total > 0 && suggestions.length > 0 && (
        <p class="search-didyoumean">
          Meinten Sie{' '}
          {suggestions.slice(0, 3).map((s, i) => (
            <>
              {i > 0 && ' oder '}
              <a href={s.url}>{s.label}</a>
            </>
          ))}
          ?
        </p>
      )}

      {done && total === 0 && (
        <div class="search-empty">
          <p>
            Keine Treffer für „{outcome.query}“.
            {suggestions.length > 0 ? ' Meinten Sie vielleicht:' : ''}
          </p>
          {suggestions.length > 0 && (
            <ul class="search-suggestions">
              {suggestions.map((s) => (
                <li key={s.url + s.label}>
                  <a href={s.url}>{s.label}</a>
                  {s.label !== s.title && <span class="muted"> (→ {s.title})</span>}
                </li>
              ))}
            </ul>
          )}
          <p>
            Oder stöbern Sie im <a href="/glossar/">Glossar von A bis Z</a>.
          </p>
        </div>
      )}

      {status === 'error' && (
        <p class="search-empty">
          Die Suche ist gerade nicht verfügbar. Alle Begriffe finden Sie im <a href="/glossar/">Glossar A–Z</a>.
        </p>
      )}

      {mode === 'dialog' && (
        <div class="search-footer">
          {done && total > hits.length ? (
            <a href={`/suche/?q=${encodeURIComponent(outcome.query)}`}>Alle {treffer(total)} anzeigen</a>
          ) : (
            <span />
          )}
          <span class="search-keys" aria-hidden="true">
            <kbd>↑</kbd>
            <kbd>↓</kbd> auswählen · <kbd>Enter</kbd> öffnen · <kbd>Esc</kbd> schließen
          </span>
        </div>
      )}
    </div>
  );
}
