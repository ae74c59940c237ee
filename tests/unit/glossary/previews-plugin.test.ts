import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { linkPreviews } from '../../../src/lib/glossary/previews-plugin';
import { validEntryFiles } from '../../../src/lib/glossary/entry-files';

const root = join(import.meta.dirname, '../../..');
const vertrauen = validEntryFiles(root).find((e) => e.slug === 'vertrauen')!.data;

/** Compiles Markdown as if it were the file at `path` (relative to the project root). */
async function compile(markdown: string, path: string): Promise<string> {
  const fileURL = pathToFileURL(join(root, path));
  return (await markdownToHtml(markdown, { hastPlugins: [linkPreviews(root)], fileURL })).html;
}

describe('linkPreviews (Sätteri hast plugin)', () => {
  it('adds the preview of the linked entry inside the link of a glossary entry', async () => {
    const html = await compile('Grundlage ist [Vertrauen](/glossar/vertrauen/).', 'src/content/glossary/cross-selling.mdx');
    expect(html).toContain(
      '<a href="/glossar/vertrauen/" aria-describedby="vorschau-1">Vertrauen<span class="preview" aria-hidden="true" data-pagefind-ignore="">' +
        `<small>Kundenbeziehung</small> <strong>${vertrauen.title}</strong> <span id="vorschau-1">${vertrauen.summary}</span></span></a>`,
    );
  });

  it('leaves headings, category links and the entry itself alone', async () => {
    const html = await compile(
      '## Mehr zu [Vertrauen](/glossar/vertrauen/)\n\n[Kategorie](/glossar/kategorie/kundenbeziehung/) [Selbst](/glossar/cross-selling/)',
      'src/content/glossary/cross-selling.mdx',
    );
    expect(html).not.toContain('preview');
  });

  it('leaves files outside the glossary alone', async () => {
    expect(await compile('[Vertrauen](/glossar/vertrauen/)', 'src/pages/ueber.mdx')).not.toContain('preview');
    expect(await compile('[Vertrauen](/glossar/vertrauen/)', 'src/content/glossary/sub/x.mdx')).not.toContain('preview');
  });
});
