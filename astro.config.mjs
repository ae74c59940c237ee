// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { site } from './src/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
