/**
 * Astro integration: `astro build` refuses glossary entries that still contain TODO
 * placeholders from `npm run new`, so a forgotten scaffold is never published.
 * `astro dev` shows them, so authors can preview an entry while writing it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findTodos } from '../lib/glossary/editorial';
import { readEntryFiles } from '../lib/glossary/entry-files';

export default function draftsIntegration(): AstroIntegration {
  return {
    name: 'glossar-drafts',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const lines = readEntryFiles(fileURLToPath(config.root)).flatMap(({ file, source }) =>
          findTodos(source).map((f) => `  ${file}:${f.line}: ${f.text}`),
        );
        if (lines.length > 0) {
          throw new Error(
            `Das Glossar enthält noch Platzhalter „TODO“ (aus npm run new); unfertige Einträge werden nicht veröffentlicht:\n${lines.join('\n')}`,
          );
        }
      },
    },
  };
}
