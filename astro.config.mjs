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
import { leanClientChunks } from './src/integrations/lean-client-chunks.ts';
import autolink from './src/integrations/autolink.ts';
import { linkPreviews } from './src/lib/glossary/previews-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  integrations: [siteUrl(), drafts(), mdx(), autolink(), preact(), cspPrune(), pagefind()],
  // Astro 7 compiles Markdown and MDX with Sätteri (MDX inherits this processor), which runs its own
  // mdast/hast plugins, not remark/rehype ones: link previews on glossary entries (previews-plugin.ts).
  // autolink() adds its mdast plugin to this processor; mdx({ processor }) would bypass it.
  markdown: { processor: satteri({ hastPlugins: [linkPreviews(root)] }) },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: { plugins: [leanClientChunks()] },
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
