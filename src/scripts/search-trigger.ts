/**
 * The only script on a page without a calculator: it waits for the reader to ask for search
 * (click or focus on the trigger, "/" or Ctrl/⌘+K), then loads the search dialog, Preact and
 * Pagefind. After a search result it marks the searched words on the page.
 */
type SearchDialog = typeof import('./search-dialog');

let dialog: Promise<SearchDialog> | undefined;
const loadDialog = () => (dialog ??= import('./search-dialog'));

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

// Keys typed while the dialog is still loading; null when nothing is loading.
let typedAhead: string | null = null;

function openSearch(): void {
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input');
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  typedAhead ??= '';
  void loadDialog().then((m) => {
    m.openSearchDialog(typedAhead ?? '');
    typedAhead = null;
  });
}

document.addEventListener('click', (event) => {
  const trigger = (event.target as Element | null)?.closest?.('[data-search-trigger]');
  if (!trigger || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  openSearch();
});

document.addEventListener('focusin', (event) => {
  if ((event.target as Element | null)?.closest?.('[data-search-trigger]')) void loadDialog().then((m) => m.warmUp());
});

document.addEventListener('keydown', (event) => {
  // A reader who types right after "/" keeps those letters: they go into the field once it exists.
  if (typedAhead !== null && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    typedAhead += event.key;
    return;
  }
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
  if (shortcut || (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey)) {
    event.preventDefault();
    openSearch();
  }
});

const marked = new URLSearchParams(location.search).get('markieren');
if (marked) void import('./highlight-page').then((m) => m.highlightPage(marked));
