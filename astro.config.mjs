// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { site } from './src/site.ts';
import pagefind from './src/integrations/pagefind.ts';
import drafts from './src/integrations/drafts.ts';
import siteUrl from './src/integrations/site-url.ts';
import cspPrune from './src/integrations/csp-prune.ts';

/**
 * Fixed chunks for the calculators' scripts. Left to itself the bundler regroups the shared calculator
 * code whenever an island is added (a third island split it into four chunks and pushed the
 * cross-selling page over its 15 kB budget). One chunk for Preact's core and JSX runtime (the search
 * dialog shares them) and one for the shared calculator pieces keep every calculator page at
 * Preact + shared pieces + its own island, however many calculators there are. The cross-selling
 * calculator and its portfolio view share one chunk: split in two, the page exceeds its budget; the
 * price is that the portfolio view alone (entry Qualifizierung) loads the whole chunk.
 */
const CHUNK_GROUPS = {
  groups: [
    { name: 'preact', test: /node_modules[\\/]preact[\\/](dist|jsx-runtime)[\\/]/, priority: 20 },
    { name: 'calc', test: /src[\\/](islands[\\/]calc[\\/]|lib[\\/]calc[\\/](number|fields|math|chart)\.ts)/, priority: 10 },
    { name: 'cross-selling', test: /src[\\/](islands[\\/](CrossSellingCalculator|Portfolio)\.tsx|lib[\\/]calc[\\/]cross-selling\.ts)/, priority: 5 },
  ],
};

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  integrations: [siteUrl(), drafts(), mdx(), preact(), cspPrune(), pagefind()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    plugins: [
      {
        // No modulepreload helper (0.9 kB gzip) in the scripts that pages load first (search trigger,
        // calculator loader): their few chunks load on first use. Astro sets this option itself, so
        // only a plugin hook on the client environment can change it.
        name: 'glossar-no-module-preload',
        configEnvironment(name) {
          if (name === 'client') return { build: { modulePreload: false, rolldownOptions: { output: { codeSplitting: CHUNK_GROUPS } } } };
        },
      },
    ],
  },
  // A CSP <meta> on every page with hashes for Astro's own inline code (the island bootstrap on
  // /suche/), so no 'unsafe-inline'. Pagefind compiles WebAssembly and may start its worker from a
  // blob: URL. frame-ancestors cannot be set in a <meta>: see public/_headers and docs/nginx.conf.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
