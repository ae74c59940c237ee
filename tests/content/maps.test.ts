/**
 * The maps of the real glossary: every entry's „Begriffsnetz“ keeps its labels apart and inside
 * the drawing, and stays small enough to read on a desktop screen without scaling it much.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validEntryFiles } from '../../src/lib/glossary/entry-files';
import { buildGraph } from '../../src/lib/glossary/graph';
import { MAX_BEHIND, MAX_DIRECT, neighbourIndex } from '../../src/lib/glossary/neighbourhood';
import { MAX_MAP_WIDTH, layoutNeighbourhood } from '../../src/lib/map/entry-map';
import { categoryIndex, overlaps } from '../../src/lib/map/svg';

const files = validEntryFiles(resolve(import.meta.dirname, '../..'));
const graph = buildGraph(files.map((f) => ({ slug: f.slug, file: f.file, title: f.data.title, related: f.data.related, body: f.body })));
const index = neighbourIndex({
  titles: new Map(files.map((f) => [f.slug, f.data.title])),
  outgoing: graph.outgoing,
  backlinks: graph.backlinks,
  related: new Map(files.map((f) => [f.slug, f.data.related])),
});
const bySlug = new Map(files.map((f) => [f.slug, f.data]));
const layouts = files.map((f) => ({
  file: f.file,
  layout: layoutNeighbourhood(index.neighbourhood(f.slug), (s) => ({
    title: bySlug.get(s)!.title,
    category: categoryIndex(bySlug.get(s)!.category),
  })),
}));

describe('the map of every entry', () => {
  it('shows at most the allowed number of entries', () => {
    for (const { layout } of layouts) expect(layout.nodes.length).toBeLessThanOrEqual(1 + MAX_DIRECT * (1 + MAX_BEHIND));
  });

  it('never puts one label over another', () => {
    const problems = layouts.flatMap(({ file, layout }) =>
      layout.nodes.flatMap((a, i) =>
        layout.nodes.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `${file}: „${a.title}“ überdeckt „${b.title}“`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('stays at most 1,100 px wide, the width of the page column', () => {
    const wide = layouts.filter(({ layout }) => layout.width > MAX_MAP_WIDTH).map(({ file, layout }) => `${file}: ${layout.width} px`);
    expect(wide).toEqual([]);
  });
});
