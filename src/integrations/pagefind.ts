/**
 * Astro integration: after every build, index the built site with Pagefind (German) and
 * write the index to dist/pagefind/, so `npm run build` always ships a matching search index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'glossar-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
        if (!index) throw new Error(`Pagefind konnte keinen Index anlegen: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Suchindex: ${added.page_count} Seiten indexiert (dist/pagefind/) in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
