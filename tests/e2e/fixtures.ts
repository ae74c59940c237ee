/**
 * The test fixture every e2e test uses: it fails a test whose page sent a request
 * to any origin but the site's own (no CDN, no fonts, no analytics).
 */
import { test as base, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const own = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:') return;
        if (url.origin !== own) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, 'Anfragen an fremde Origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

const dist = join(import.meta.dirname, '../../dist');

/** Every page of the built site as a URL path ('/glossar/cross-selling/'), 404 page included. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        pages.push(`/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** URL paths of all entry pages. */
export function entryPages(): string[] {
  return builtPages().filter((p) => /^\/glossar\/(?!kategorie\/)[^/]+\/$/.test(p));
}
