/**
 * Vite plugin for the client build: keeps the JavaScript a page loads small and in few files.
 * The calculator pages have a budget of 15 kB gzip with Preact, and entry pages load only the
 * search trigger (DESIGN.md), so every helper Vite adds on its own counts.
 */
import type { Plugin } from 'vite';

/** Vite's id of the module that wraps every dynamic import() (see vite/dist/node/chunks/node.js). */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * The wrapper around every dynamic import(). Vite's own preloads the imported chunk's JS
 * dependencies and CSS and reports errors through an event; it costs 0.9 kB gzip and is loaded by
 * every page, even with modulePreload off (vitejs/vite#18551). With modulePreload off its list holds
 * only CSS files, and our lazily loaded modules (search dialog, calculators) import no CSS: all
 * their styles are in global.css. So the wrapper only loads the chunk, and fails loudly should a
 * lazily loaded module ever bring CSS of its own (the e2e tests fail on that console error).
 */
const LEAN_PRELOAD_HELPER = `export const __vitePreload = (load, deps) => deps && deps.length ? Promise.reject(Error('CSS für dynamisch geladene Module wird nicht unterstützt: ' + deps)) : load();`;

export function leanClientChunks(): Plugin {
  return {
    name: 'glossar-lean-client-chunks',
    enforce: 'pre',
    configEnvironment(name) {
      if (name !== 'client') return;
      return {
        build: {
          // No modulepreload lists: the few chunks a page needs load on first use. Astro sets this
          // option itself, so only a hook on the client environment can change it.
          modulePreload: false,
          rolldownOptions: {
            output: {
              codeSplitting: {
                // Left alone, every set of calculators that shares code gets a chunk of its own, and
                // each chunk costs a request and its own gzip overhead. Three groups instead: Preact;
                // the pieces every calculator uses (src/islands/calc, the number/field/chart helpers);
                // the cross-selling calculator with its portfolio view and model, which the
                // Qualifizierung entry's portfolio view then loads whole (1.9 kB more there) so that
                // the cross-selling page stays within 15 kB. Every other model stays with its island.
                groups: [
                  { name: 'preact', test: /node_modules[\\/]preact[\\/](dist|jsx-runtime)[\\/]/, priority: 2 },
                  { name: 'calc', test: /src[\\/](islands[\\/]calc[\\/]|lib[\\/]calc[\\/](number|fields|chart|math)\.ts)/ },
                  { name: 'cross-selling', test: /src[\\/](islands[\\/](CrossSellingCalculator|Portfolio)|lib[\\/]calc[\\/]cross-selling)\./ },
                ],
              },
            },
          },
        },
      };
    },
    load: {
      filter: { id: new RegExp(`^${PRELOAD_HELPER_ID.replace('\0', '\\0').replace(/[./]/g, '\\$&')}$`) },
      handler(id) {
        if (id === PRELOAD_HELPER_ID && this.environment.name === 'client') return LEAN_PRELOAD_HELPER;
      },
    },
  };
}
