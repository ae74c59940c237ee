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
 * every page, even with modulePreload off (vitejs/vite#18551). With modulePreload off the list
 * holds only CSS files, and our islands import none: so this loads what CSS there is and then the
 * chunk, in a few bytes.
 */
const LEAN_PRELOAD_HELPER = `
const css = (href) => document.querySelector('link[rel=stylesheet][href="' + href + '"]') ? 0 : new Promise((ok, fail) => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  link.onload = ok;
  link.onerror = () => fail(new Error('CSS nicht geladen: ' + href));
  document.head.append(link);
});
export const __vitePreload = (load, deps) => deps && deps.length ? Promise.all(deps.map((d) => css('/' + d))).then(load) : load();
`;

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
                // each chunk costs a request and its own gzip overhead. Two groups instead: Preact,
                // and the pieces every calculator uses (src/islands/calc, the number/field/chart
                // helpers), while each model stays with its island.
                groups: [
                  { name: 'preact', test: /node_modules[\\/]preact[\\/](dist|jsx-runtime)[\\/]/, priority: 2 },
                  { name: 'calc', test: /src[\\/](islands[\\/]calc[\\/]|lib[\\/]calc[\\/](number|fields|chart|math)\.ts)/ },
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
