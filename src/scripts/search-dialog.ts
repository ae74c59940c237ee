/** The search dialog opened from the header: a modal <dialog> that hosts the Search island. */
import { h, render } from 'preact';
import { Search } from '../islands/Search';

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;

function create(): HTMLDialogElement {
  const el = document.createElement('dialog');
  el.className = 'search-dialog';
  el.setAttribute('aria-label', 'Glossar durchsuchen');
  document.body.append(el);
  render(h(Search, { mode: 'dialog', onClose: () => el.close() }), el);
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  el.addEventListener('click', (event) => {
    if (event.target === el) el.close();
  });
  el.addEventListener('close', () => {
    opener?.focus();
    opener = null;
  });
  return el;
}

/**
 * Opens the dialog; `typed` is what the reader typed while it was loading, `enter` whether they
 * pressed Enter after it (the first result then opens as soon as it is there).
 */
export function openSearchDialog(typed = '', enter = false): void {
  dialog ??= create();
  if (dialog.open) return;
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.showModal();
  const input = dialog.querySelector('input');
  if (!input) return;
  input.focus();
  if (typed) {
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // After Preact has rendered the typed query (it renders in a microtask), so the Enter applies to it.
    if (enter) setTimeout(() => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
  } else {
    input.select();
  }
}
