/**
 * Pagefind, loaded once per page. The search trigger starts it at the first sign of intent, in
 * parallel with the dialog's own modules; the search island then uses the same instance (one
 * module for both, so the options are set once, before init, as Pagefind requires).
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options?: Record<string, unknown>, debounceMs?: number): Promise<{ results: PagefindResult[] } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * noWorker: in a Web Worker, Pagefind first fetches and starts pagefind-worker.js (43 kB), and
 * only the worker then asks for the index metadata and the WebAssembly: one more step in the chain
 * and 12 kB gzip more for the first search. The glossary's index is small enough that a search
 * takes a few milliseconds on the main thread. excerptLength: about what fits the two lines (three
 * on a phone) a result row keeps for its excerpt.
 */
const OPTIONS = { noWorker: true, excerptLength: 18, ranking: { metaWeights: { title: 10, synonyms: 8 } } };

let pagefind: Promise<Pagefind> | undefined;

/** Pagefind with its options set and its init started (script, WebAssembly, index metadata). */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    await pf.options(OPTIONS);
    // init() only starts loading; searches wait for it inside Pagefind.
    await pf.init();
    return pf;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}
