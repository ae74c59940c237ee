import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { drawAll, writeAll } from '../../../src/integrations/social-images';
import { CONTENT_DIR, validEntryFiles } from '../../../src/lib/glossary/entry-files';
import { CardPool } from '../../../src/lib/seo/card-pool';
import { DEFAULT_IMAGE_PATH, cardColors, defaultCard, entryCard, entryImagePath } from '../../../src/lib/seo/cards';
import { renderCardPng, renderCardSvg } from '../../../src/lib/seo/render-card';

const project = resolve(import.meta.dirname, '../../..');
const temp = mkdtempSync(join(tmpdir(), 'social-images-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// A copy of the project's stylesheet and of every eighth entry: the build's image step over a
// glossary of its own, small enough to draw twice in a unit test.
const root = join(temp, 'project');
mkdirSync(join(root, CONTENT_DIR), { recursive: true });
mkdirSync(join(root, 'src/styles'), { recursive: true });
copyFileSync(join(project, 'src/styles/global.css'), join(root, 'src/styles/global.css'));
for (const e of validEntryFiles(project).filter((_, i) => i % 8 === 0)) copyFileSync(join(project, e.file), join(root, e.file));

/** Every file under `dir`, by path relative to it. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const item of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, item.name);
      if (item.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** What the build's image step writes to `outDir` with the card cache at `cacheDir`. */
async function build(cacheDir: string, outDir: string) {
  const pool = new CardPool(2);
  try {
    return await writeAll(drawAll(root, cacheDir, pool), outDir);
  } finally {
    await pool.close();
  }
}

describe('social images of the build', () => {
  const entries = validEntryFiles(root);
  const cache = join(temp, 'cache');

  it('draws every card on worker threads and writes the same bytes with and without the cache', async () => {
    const cold = await build(cache, join(temp, 'cold'));
    expect(cold).toEqual({ count: entries.length + 1, drawn: entries.length + 1 });
    const warm = await build(cache, join(temp, 'warm'));
    expect(warm).toEqual({ count: entries.length + 1, drawn: 0 });

    const a = files(join(temp, 'cold'));
    const b = files(join(temp, 'warm'));
    expect([...a.keys()].sort()).toEqual(
      [...entries.map((e) => entryImagePath(e.slug)), DEFAULT_IMAGE_PATH].map((p) => p.slice(1)).sort(),
    );
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  }, 120_000);

  it('draws on a thread exactly what the main thread draws', async () => {
    const colors = cardColors(root);
    const out = files(join(temp, 'cold'));
    const sample = [entries[0]!, entries.at(-1)!];
    for (const e of sample) {
      const png = await renderCardPng(entryCard(e.slug, e.data), colors);
      expect(Buffer.from(png).equals(out.get(entryImagePath(e.slug).slice(1))!), e.slug).toBe(true);
    }
    const png = await renderCardPng(defaultCard(entries.length), colors);
    expect(Buffer.from(png).equals(out.get(DEFAULT_IMAGE_PATH.slice(1))!)).toBe(true);
  }, 60_000);

  it('draws the same SVG the fast way as satori does with the whole card and every font', async () => {
    const colors = cardColors(project);
    const all = validEntryFiles(project);
    const cards = [
      // Every entry: the fonts chosen depend on the text, the mark's place on the card's kind.
      ...all.map((e) => entryCard(e.slug, e.data)),
      defaultCard(entries.length),
      // Letters only latin-ext holds, and a title long enough to be cut.
      { ...entryCard(entries[0]!.slug, entries[0]!.data), title: 'Łódź-Strategie für Zoë & Ærø', summary: 'Ő, ş und ğ – „Anführung“ … 1.234,56 €' },
    ];
    for (const card of cards) expect(await renderCardSvg(card, colors, 'fast'), card.title).toBe(await renderCardSvg(card, colors, 'reference'));
  }, 120_000);

  it('names the entry when its card cannot be drawn', async () => {
    const pool = new CardPool(1);
    try {
      // A cache folder below a file cannot be created: the card fails after drawing.
      const blocked = join(temp, 'cold', DEFAULT_IMAGE_PATH.slice(1), 'x');
      const [first] = drawAll(root, blocked, pool);
      await expect(first!.card).rejects.toThrow(`Vorschaubild ${first!.path} für ${first!.file} konnte nicht gezeichnet werden`);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
