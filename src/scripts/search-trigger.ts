/**
 * The only script on a page without a calculator: it waits for the first sign that the reader
 * wants to search (pointer or touch on the trigger, focus on it, "/" or Ctrl/⌘+K), then loads
 * the search dialog and Pagefind side by side, so neither waits for the other. After a search
 * result it marks the searched words on the page.
 */
import { loadPagefind } from './pagefind';

type SearchDialog = typeof import('./search-dialog');

let dialog: Promise<SearchDialog> | undefined;

/** Starts everything the first search needs; Vite's preload helper fetches the dialog's chunks in parallel. */
function warmUp(): Promise<SearchDialog> {
  void loadPagefind().catch(() => undefined);
  return (dialog ??= import('./search-dialog'));
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

// What the reader typed while the dialog was loading; null when nothing is loading.
let typedAhead: string | null = null;
let enter = false;

function openSearch(): void {
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input');
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  if (typedAhead !== null) return;
  typedAhead = '';
  void warmUp().then((m) => {
    if (typedAhead !== null) m.openSearchDialog(typedAhead, enter);
    typedAhead = null;
    enter = false;
  });
}

const onTrigger = (event: Event) => (event.target as Element | null)?.closest?.('[data-search-trigger]');

document.addEventListener('click', (event) => {
  if (!onTrigger(event) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  openSearch();
});

// Intent: the pointer over the trigger (mouse, pen, or a finger touching it), or focus on it.
for (const type of ['pointerover', 'touchstart', 'focusin']) {
  document.addEventListener(type, (event) => void (onTrigger(event) && warmUp()), { passive: true });
}

document.addEventListener('keydown', (event) => {
  // Keys typed while the dialog loads are kept and go into its field once it exists.
  if (typedAhead !== null && !event.ctrlKey && !event.metaKey && !event.altKey) {
    const key = event.key;
    if (key.length === 1 || key === 'Backspace' || key === 'Enter' || key === 'Escape') {
      event.preventDefault();
      if (key === 'Backspace') typedAhead = typedAhead.slice(0, -1);
      else if (key === 'Enter') enter = true;
      // Esc: the reader changed their mind; the dialog does not open.
      else if (key === 'Escape') typedAhead = null;
      else typedAhead += key;
      return;
    }
  }
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
  if (shortcut || (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey)) {
    event.preventDefault();
    openSearch();
  }
});

const marked = new URLSearchParams(location.search).get('markieren');
if (marked) void import('./highlight-page').then((m) => m.highlightPage(marked));
