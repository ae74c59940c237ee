import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutOverview, overviewSvg, type OverviewEntry } from '../../../src/lib/map/overview';
import { categoryIndex, crosses, markPath, num, overlaps, reach, shapeOf } from '../../../src/lib/map/svg';

const entries: OverviewEntry[] = [
  { slug: 'a', title: 'Alpha', category: 0 },
  { slug: 'b', title: 'Beta', category: 0 },
  { slug: 'c', title: 'Gamma & Delta', category: 1 },
  { slug: 'd', title: 'Delta', category: 3 },
];
const linked = new Set(['a|b', 'b|c', 'c|d']);
const mutual = (x: string, y: string) => linked.has(`${x}|${y}`) || linked.has(`${y}|${x}`);
/** The partners of each entry, as the glossary hands them out (lists, in no particular order). */
const partners = (slug: string) => entries.map((e) => e.slug).filter((other) => other !== slug && mutual(slug, other)).reverse();

describe('layoutOverview', () => {
  const layout = layoutOverview(entries, partners);

  it('places the entries clockwise from the top, on one circle, in the given order', () => {
    const angles = layout.nodes.map((n) => n.angle);
    expect(angles).toEqual([...angles].sort((x, y) => x - y));
    expect(angles[0]).toBeGreaterThan(-Math.PI / 2);
    expect(angles.at(-1)).toBeLessThan((3 * Math.PI) / 2);
    for (const n of layout.nodes) expect(Math.hypot(n.x, n.y)).toBeCloseTo(layout.radius);
  });

  it('leaves a gap between categories', () => {
    const [a, b, c] = layout.nodes;
    expect(c!.angle - b!.angle).toBeGreaterThan(b!.angle - a!.angle);
  });

  it('connects exactly the pairs that link each other', () => {
    expect(layout.pairs).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('makes the drawing large enough for the circle and every label', () => {
    const { box, radius } = layout;
    expect(box.x).toBeLessThan(-radius);
    expect(box.y).toBeLessThan(-radius);
    expect(box.x + box.width).toBeGreaterThan(radius);
    expect(box.y + box.height).toBeGreaterThan(radius);
  });

  it('lists each pair once, in the order of a test of every pair, for any links (property)', () => {
    const many = Array.from({ length: 8 }, (_, i): OverviewEntry => ({ slug: `e${i}`, title: `E${i}`, category: i % 4 }));
    const pairOf = fc.tuple(fc.nat(7), fc.nat(7)).filter(([x, y]) => x !== y);
    fc.assert(
      fc.property(fc.array(pairOf, { maxLength: 20 }), (links) => {
        const linkedBoth = (x: number, y: number) => links.some(([a, b]) => (a === x && b === y) || (a === y && b === x));
        const partnersOf = (slug: string) => {
          const i = Number(slug.slice(1));
          return many.filter((_, j) => j !== i && linkedBoth(i, j)).map((e) => e.slug).reverse();
        };
        const expected: [number, number][] = [];
        for (let i = 0; i < many.length; i++) for (let j = i + 1; j < many.length; j++) if (linkedBoth(i, j)) expected.push([i, j]);
        expect(layoutOverview(many, partnersOf).pairs).toEqual(expected);
      }),
    );
  });

  it('copes with an empty glossary', () => {
    expect(layoutOverview([], partners).nodes).toEqual([]);
  });
});

describe('overviewSvg', () => {
  const svg = overviewSvg(layoutOverview(entries, partners));

  it('is hidden from assistive technology, links every entry once, out of the tab order', () => {
    expect(svg).toMatch(/^<svg class="om" viewBox="-?\d+ -?\d+ \d+ \d+" width="\d+" height="\d+" aria-hidden="true">/);
    expect([...svg.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/glossar/a/', '/glossar/b/', '/glossar/c/', '/glossar/d/']);
    expect(svg.match(/tabindex="-1"/g)).toHaveLength(4);
  });

  it('draws every curve once, and again inside each of its two entries for the hover highlight', () => {
    expect(/<path class="e" d="([^"]+)"/.exec(svg)![1]!.match(/M/g)).toHaveLength(3);
    const highlights = [...svg.matchAll(/<path class="h" d="([^"]+)"/g)].map((m) => m[1]!.match(/M/g)!.length);
    expect(highlights).toEqual([1, 2, 2, 1]);
  });

  it('turns labels on the left half so they read left to right, ending at the circle', () => {
    expect(svg).toMatch(/<text class="r" [^>]*>Delta<\/text>/);
    expect(svg).toMatch(/<text x[^>]*>Alpha<\/text>/);
  });

  it('escapes titles and writes no style attribute', () => {
    expect(svg).toContain('Gamma &amp; Delta');
    expect(svg).not.toContain('style=');
  });
});

describe('SVG helpers', () => {
  it('format numbers with at most one decimal and no negative zero', () => {
    expect([num(12), num(12.345), num(-0.04), num(-3.25)]).toEqual(['12', '12.3', '0', '-3.2']);
  });

  it('give each category its own shape', () => {
    expect([0, 1, 2, 3].map(shapeOf)).toEqual(['square', 'circle', 'triangle', 'diamond']);
    expect(new Set([0, 1, 2, 3].map((i) => markPath(shapeOf(i), 10, 10, 8))).size).toBe(4);
    expect(categoryIndex('pipeline')).toBe(2);
    expect(() => categoryIndex('vertrieb')).toThrow('Unbekannte Kategorie „vertrieb“.');
  });

  it('tell overlapping boxes and crossing lines apart', () => {
    const box = { x: 0, y: 0, w: 20, h: 10 };
    expect(overlaps(box, { x: 19, y: 0, w: 20, h: 10 })).toBe(true);
    expect(overlaps(box, { x: 21, y: 0, w: 20, h: 10 })).toBe(false);
    expect(overlaps(box, { x: 21, y: 0, w: 20, h: 10 }, 2)).toBe(true);
    expect(crosses(-20, 0, 20, 0, box)).toBe(true);
    expect(crosses(-20, 10, 20, 10, box)).toBe(false);
    expect(crosses(-20, -20, -15, -15, box)).toBe(false);
    expect(reach(box, 1, 0)).toBe(10);
    expect(reach(box, 0, 1)).toBe(5);
  });
});
