// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { site } from './src/site.ts';
import pagefind from './src/integrations/pagefind.ts';
import drafts from './src/integrations/drafts.ts';
import siteUrl from './src/integrations/site-url.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  integrations: [siteUrl(), drafts(), mdx(), preact(), pagefind()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
