/**
 * Markdown (hast) plugin for Sätteri, Astro 7's Markdown/MDX processor: adds the link previews
 * planned by previews.ts to every glossary entry while Astro compiles it. Sätteri runs no rehype
 * plugins (mdx({ rehypePlugins }) is ignored with a warning), so this is a Sätteri hast plugin,
 * registered in astro.config.mjs as markdown.processor: satteri({ hastPlugins: [...] }), which MDX
 * inherits (so integrations that add mdast plugins to that processor keep working). It runs after
 * every mdast plugin (links added there get previews too) and before Astro's heading ids.
 */
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { CONTENT_DIR, validEntryFiles } from './entry-files';
import { planPreviews, previewIndex, type PreviewData } from './previews';

/**
 * The plugin for the project at `root`. It reads all entries' frontmatter once, on the first
 * entry it compiles (in `astro dev`, a changed summary shows in previews after a restart), and
 * leaves every file outside src/content/glossary alone.
 */
export function linkPreviews(root: string): HastPluginEntry {
  const dir = resolve(root, CONTENT_DIR);
  let index: Map<string, PreviewData> | undefined;
  return ({ fileURL }) => {
    if (!fileURL || fileURL.protocol !== 'file:') return null;
    const file = fileURLToPath(fileURL);
    if (dirname(file) !== dir || !file.endsWith('.mdx')) return null;
    const previews = (index ??= previewIndex(validEntryFiles(root)));
    const self = basename(file, '.mdx');
    return {
      name: 'glossar-link-previews',
      before(tree, ctx) {
        for (const { link, preview, describedBy } of planPreviews(tree, previews, self)) {
          ctx.setProperty(link, 'ariaDescribedBy', describedBy);
          ctx.appendChild(link, preview);
        }
      },
    };
  };
}
