// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import preact from '@astrojs/preact';
import { site } from './src/site.ts';
import pagefind from './src/integrations/pagefind.ts';
import drafts from './src/integrations/drafts.ts';
import siteUrl from './src/integrations/site-url.ts';
import cspPrune from './src/integrations/csp-prune.ts';
import autolink from './src/integrations/autolink.ts';
import socialImages from './src/integrations/social-images.ts';
import { linkPreviews } from './src/lib/glossary/previews-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Astro's own content-asset modules start with the directive "use astro:head-inject", and Rolldown
 * warns once per MDX entry that it may not survive bundling (withastro/astro#18087): 43 lines of
 * noise in every build. This drops exactly that warning, in every build environment (Astro sets
 * the prerender environment's Rolldown options itself, so the top-level ones do not reach it).
 * Remove it once the bug is fixed.
 * @returns {import('vite').Plugin}
 */
function ignoreHeadInjectWarning() {
  return {
    name: 'glossar-ignore-head-inject-warning',
    configEnvironment: () => ({
      build: {
        rolldownOptions: {
          onwarn(warning, warn) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
            warn(warning);
          },
        },
      },
    }),
  };
}

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  integrations: [siteUrl(), drafts(), mdx({ optimize: true }), autolink(), preact({ include: [/\.[jt]sx$/] }), cspPrune(), pagefind(), socialImages()],
  // Astro 7 compiles Markdown and MDX with Sätteri (MDX inherits this processor), which runs its own
  // mdast/hast plugins, not remark/rehype ones: link previews on glossary entries (previews-plugin.ts).
  // autolink() adds its mdast plugin to this processor; mdx({ processor }) would bypass it.
  // No syntax highlighting: the entries hold no code, and Shiki's inline styles would need
  // 'unsafe-inline' in the CSP.
  // preact({ include }): only .tsx/.jsx files hold Preact JSX. Left out, the Preact plugin runs
  // Babel over every .ts and .mjs module outside node_modules as well (Astro's generated content
  // modules among them), which changes nothing in them: half a second of the real site's build, two
  // to three at 2,000 entries (the built site is byte-identical).
  // mdx({ optimize }): Astro's documented option for sites with many MDX files. Static HTML in an
  // entry (the text, and every link preview) is compiled to one HTML string instead of one JSX call
  // per element; the pages come out the same (an empty attribute reads `=""`). At 2,000 entries it
  // saves a few seconds of compile and of rendering and about 0.6 GB of memory (docs/qualitaet.md).
  markdown: { processor: satteri({ hastPlugins: [linkPreviews(root)] }), syntaxHighlight: false },
  // Two pages at a time: while one waits for its file to be written, the other renders. The pages
  // share no state while rendering (the glossary is loaded once, read-only); at 2,000 entries the
  // pages took 12.6 instead of 14.0 s, and dist/ was byte-identical.
  build: { format: 'directory', concurrency: 2 },
  devToolbar: { enabled: false },
  vite: {
    plugins: [ignoreHeadInjectWarning()],
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // Left alone, every set of calculators that shares code gets a chunk of its own, and each
                // chunk costs a request and its own gzip overhead. Four groups instead: Preact; the
                // pieces every calculator uses (src/islands/calc, the number/field helpers); the charts,
                // which all but the scorecard use; the cross-selling calculator with its portfolio view
                // and model, which the Qualifizierung entry's portfolio view then loads whole. Every
                // other model stays with its island. And the search trigger: it shares its Pagefind loader
                // (src/scripts/pagefind.ts) with the search island, and left alone the loader would become a
                // chunk of its own, one more request on every page; the group keeps both (and Vite's preload
                // helper, which the trigger imports) in one chunk, loaded by the trigger's tiny entry.
                groups: [
                  { name: 'SearchTrigger', test: /src[\\/]scripts[\\/](search-trigger|pagefind)\.ts$/, priority: 3 },
                  { name: 'preact', test: /node_modules[\\/]preact[\\/](dist|jsx-runtime)[\\/]/, priority: 2 },
                  { name: 'calc', test: /src[\\/](islands[\\/]calc[\\/](?!charts)|lib[\\/]calc[\\/](number|fields|math)\.ts)/, priority: 1 },
                  { name: 'charts', test: /src[\\/](islands[\\/]calc[\\/]charts\.tsx|lib[\\/]calc[\\/]chart\.ts)/ },
                  { name: 'cross-selling', test: /src[\\/](islands[\\/](CrossSellingCalculator|Portfolio)|lib[\\/]calc[\\/]cross-selling(-waterfall)?)\./ },
                ],
              },
            },
          },
        },
      },
    },
  },
  // A CSP <meta> on every page with hashes for Astro's own inline code (the island bootstrap on
  // /suche/ and on pages with a calculator), so no 'unsafe-inline'. Pagefind compiles WebAssembly and may start its worker from a
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
