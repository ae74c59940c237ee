/**
 * Astro integration: `astro build` refuses glossary entries that still contain TODO
 * placeholders from `npm run new`, so a forgotten scaffold is never published.
 * `astro dev` shows them, so authors can preview an entry while writing it.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTodos } from '../lib/glossary/editorial';

export default function draftsIntegration(): AstroIntegration {
  return {
    name: 'glossar-drafts',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const dir = join(root, 'src/content/glossary');
        const lines = readdirSync(dir)
          .filter((name) => name.endsWith('.mdx'))
          .sort()
          .flatMap((name) => {
            const file = relative(root, join(dir, name));
            return findTodos(readFileSync(join(dir, name), 'utf8')).map((f) => `  ${file}:${f.line}: ${f.text}`);
          });
        if (lines.length > 0) {
          throw new Error(
            `Das Glossar enthält noch Platzhalter „TODO“ (aus npm run new); unfertige Einträge werden nicht veröffentlicht:\n${lines.join('\n')}`,
          );
        }
      },
    },
  };
}
