// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { site } from './src/site.ts';
import pagefind from './src/integrations/pagefind.ts';
import drafts from './src/integrations/drafts.ts';
import siteUrl from './src/integrations/site-url.ts';
import cspPrune from './src/integrations/csp-prune.ts';

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
          if (name === 'client') return { build: { modulePreload: false } };
        },
      },
      {
        // Fewer, larger chunks for the calculator pages (15 kB gzip script budget each). Left to itself,
        // the bundler cuts a shared chunk for every set of islands that shares modules, and each new
        // calculator cut the cross-selling page's code into more pieces (≈ 0.1–0.2 kB gzip per chunk).
        // Groups: Preact with its JSX runtime; the core every calculator uses (form state, fields,
        // outputs, actions, number parsing); the cross-selling calculator with its portfolio view.
        name: 'glossar-calculator-chunks',
        configEnvironment(name) {
          if (name !== 'client') return;
          const groups = [
            { name: 'preact', test: /node_modules[\\/]preact[\\/](dist[\\/]preact\.module|jsx-runtime)/ },
            { name: 'calc', test: /src[\\/](islands[\\/]calc[\\/](form-state|Fields|Output|Actions|mount)|lib[\\/]calc[\\/](fields|number))\./ },
            { name: 'cross-selling', test: /src[\\/](islands[\\/](CrossSellingCalculator|Portfolio)|lib[\\/]calc[\\/]cross-selling)\./ },
          ];
          return { build: { rolldownOptions: { output: { codeSplitting: { groups } } } } };
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
