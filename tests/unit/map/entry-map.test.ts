import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEVELS, SpotOrder, layoutNeighbourhood, neighbourhoodSvg, type MapLayout, type NodeInfo } from '../../../src/lib/map/entry-map';
import type { Neighbourhood } from '../../../src/lib/glossary/neighbourhood';
import { overlaps } from '../../../src/lib/map/svg';
import { textWidth } from '../../../src/lib/map/label';

const TITLES: Record<string, string> = {
  x: 'Cross-Selling',
  a: 'Qualifizierung',
  b: 'Nutzenargumentation',
  c: 'Kundenprofitabilität',
  d: 'Kundenbindung',
  e: 'Cross-Buying',
  kac: 'Kundenakquisitionskosten (CAC)',
  gp: 'GPCTBA/C&I',
  clv: 'Customer Lifetime Value',
};
const info = (slug: string): NodeInfo => ({ title: TITLES[slug] ?? `Begriff ${slug}`, category: slug.length % 4 });

const full: Neighbourhood = {
  centre: 'x',
  direct: [
    { slug: 'a', behind: ['a1', 'a2', 'a3', 'a4'] },
    { slug: 'b', behind: ['b1', 'b2', 'b3', 'b4'] },
    { slug: 'c', behind: ['kac', 'clv', 'c3', 'c4'] },
    { slug: 'd', behind: ['d1', 'gp', 'd3', 'd4'] },
    { slug: 'e', behind: ['e1', 'e2', 'e3', 'e4'] },
  ],
};

/** Every pair of boxes keeps clear of each other, and every box lies inside the drawing. */
function expectTidy(layout: MapLayout) {
  const { nodes, width, height } = layout;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    expect(n.x - n.w / 2).toBeGreaterThanOrEqual(0);
    expect(n.y - n.h / 2).toBeGreaterThanOrEqual(0);
    expect(n.x + n.w / 2).toBeLessThanOrEqual(width);
    expect(n.y + n.h / 2).toBeLessThanOrEqual(height);
    for (let j = i + 1; j < nodes.length; j++) expect(overlaps(n, nodes[j]!, 0), `${n.title} / ${nodes[j]!.title}`).toBe(false);
  }
}

describe('layoutNeighbourhood', () => {
  const layout = layoutNeighbourhood(full, info);

  it('has the centre first, then the direct neighbours in rank order, then the entries behind them', () => {
    expect(layout.nodes.map((n) => n.slug)).toEqual(['x', 'a', 'b', 'c', 'd', 'e', ...full.direct.flatMap((d) => d.behind)]);
    expect(layout.nodes.map((n) => n.level)).toEqual([0, 1, 1, 1, 1, 1, ...Array(20).fill(2)]);
    expect(layout.nodes.filter((n) => n.level === 2).map((n) => layout.nodes[n.parent]!.slug)).toEqual(
      full.direct.flatMap((d) => d.behind.map(() => d.slug)),
    );
  });

  it('places no label over another and keeps every box inside the drawing', () => {
    expectTidy(layout);
  });

  it('puts the first direct neighbour to the upper right and goes round clockwise', () => {
    const [centre, first, , third] = layout.nodes;
    expect(first!.x).toBeGreaterThan(centre!.x);
    expect(first!.y).toBeLessThan(centre!.y);
    expect(third!.y).toBeGreaterThan(centre!.y);
  });

  it('keeps each fan beyond its direct neighbour, farther from the centre', () => {
    const [centre] = layout.nodes;
    const dist = (n: { x: number; y: number }) => Math.hypot(n.x - centre!.x, n.y - centre!.y);
    for (const n of layout.nodes.filter((m) => m.level === 2)) expect(dist(n)).toBeGreaterThan(dist(layout.nodes[n.parent]!));
  });

  it('makes boxes a multiple of 8 px wide with room for the mark and the label', () => {
    for (const n of layout.nodes) {
      expect(n.w % 8).toBe(0);
      expect(n.w).toBeGreaterThan(textWidth(n.lines[0]!, LEVELS[n.level]) + LEVELS[n.level].size);
    }
  });

  it('wraps long titles instead of cutting them', () => {
    const kac = layout.nodes.find((n) => n.slug === 'kac')!;
    expect(kac.lines).toEqual(['Kundenakquisitionskosten', '(CAC)']);
    expect(kac.h).toBe(LEVELS[2].padY * 2 + 2 * LEVELS[2].lineHeight);
  });

  it('copes with a lonely entry and with a single neighbour', () => {
    expect(layoutNeighbourhood({ centre: 'x', direct: [] }, info).nodes).toHaveLength(1);
    const one = layoutNeighbourhood({ centre: 'x', direct: [{ slug: 'a', behind: [] }] }, info);
    expectTidy(one);
    expect(one.nodes[1]!.x).toBeGreaterThan(one.nodes[0]!.x);
  });

  it('lays out any neighbourhood tidily and the same every time (property)', () => {
    const title = fc.stringMatching(/^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß -]{0,34}[A-Za-z]$/);
    const hood = fc
      .array(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 5 })
      .map((counts): Neighbourhood => ({
        centre: 'z',
        direct: counts.map((m, i) => ({ slug: `d${i}`, behind: Array.from({ length: m }, (_, j) => `b${i}${j}`) })),
      }));
    fc.assert(
      fc.property(hood, fc.dictionary(fc.stringMatching(/^[bdz]\d{0,2}$/), title), (h, titles) => {
        const named = (slug: string): NodeInfo => ({ title: titles[slug] ?? `Titel ${slug}`, category: slug.charCodeAt(1) % 4 || 0 });
        const a = layoutNeighbourhood(h, named);
        expectTidy(a);
        expect(layoutNeighbourhood(h, named)).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });
});

describe('neighbourhoodSvg', () => {
  const svg = neighbourhoodSvg(layoutNeighbourhood(full, info));

  it('is hidden from assistive technology and keeps its links out of the tab order', () => {
    expect(svg).toMatch(/^<svg class="nm" viewBox="0 0 \d+ \d+" width="\d+" height="\d+" aria-hidden="true">/);
    const links = [...svg.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(25);
    for (const link of links) expect(link).toContain('tabindex="-1"');
  });

  it('links every node but the centre to its entry page', () => {
    const hrefs = [...svg.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['a', 'b', 'c', 'd', 'e', ...full.direct.flatMap((d) => d.behind)].map((s) => `/glossar/${s}/`));
    expect(svg).toMatch(/<g class="n0 k1" transform="translate\(\d+ \d+\)"><rect [^>]*\/><text y="-?\d+"><tspan class="m">●<\/tspan> Cross-Selling<\/text><\/g>/);
  });

  it('escapes titles and writes no style attribute (the CSP forbids them)', () => {
    expect(svg).toContain('GPCTBA/C&amp;I');
    expect(svg).not.toContain('style=');
  });

  it('writes numbers with at most one decimal', () => {
    const numbers = svg.match(/-?\d+\.\d+/g) ?? [];
    for (const n of numbers) expect(n).toMatch(/^-?\d+\.\d$/);
  });

  it('draws one line per direct neighbour and one per entry behind', () => {
    const inner = /<path class="e1" d="([^"]+)"/.exec(svg)![1]!;
    const outer = /<path class="e2" d="([^"]+)"/.exec(svg)![1]!;
    expect(inner.match(/M/g)).toHaveLength(5);
    expect(outer.match(/M/g)).toHaveLength(20);
  });

  it('puts a second line into a tspan and marks each node with the glyph of its category’s shape', () => {
    expect(svg).toMatch(/> Kundenakquisitionskosten<tspan x="0" dy="16">\(CAC\)<\/tspan><\/text>/);
    const marks = [...svg.matchAll(/<tspan class="m">(.)<\/tspan>/g)].map((m) => m[1]);
    expect(marks).toHaveLength(26);
    // The fixture's categories are 1 to 3 (slug length modulo 4): circle, triangle, diamond.
    expect(new Set(marks)).toEqual(new Set(['●', '▼', '◆']));
  });

  it('needs no coordinates inside a node but its box size: everything is placed around its centre', () => {
    const node = /<a [^>]*href="\/glossar\/a1\/"[^>]*>(.*?)<\/a>/.exec(svg)![1]!;
    expect(node).toMatch(/^<rect width="\d+" height="26" rx="5"\/><text y="5"><tspan class="m">.<\/tspan> Begriff a1<\/text>$/);
  });
});

describe('SpotOrder', () => {
  const degree = Math.PI / 180;

  /** The spots as Scene.place listed and sorted them before SpotOrder (the reference). */
  function sorted(ideal: number, from: number, to: number): [number, number][] {
    const candidates: { t: number; out: number; cost: number }[] = [];
    for (let t = from; t <= to + 1e-9; t += 2 * degree) {
      for (let out = -12; out <= 150; out += 6) candidates.push({ t, out, cost: Math.abs(t - ideal) / degree + Math.abs(out) / 3 });
    }
    candidates.sort((x, y) => x.cost - y.cost || x.t - y.t);
    return candidates.map((c) => [c.t, c.out]);
  }

  function handedOut(ideal: number, from: number, to: number): [number, number][] {
    const order = new SpotOrder(ideal, from, to);
    const spots: [number, number][] = [];
    for (let next = order.pop(); next >= 0; next = order.pop()) spots.push([order.t(next), order.out(next)]);
    return spots;
  }

  it('hands out the spots in the order of the sort, ties included', () => {
    // As layoutWith calls it: the grid starts a whole number of degrees (or an arbitrary angle)
    // before `ideal`, often symmetric around it, which gives many ties in cost.
    const angle = fc.double({ min: -4, max: 4, noNaN: true });
    const leeway = fc.oneof(fc.integer({ min: 0, max: 220 }).map((d) => d * degree), fc.double({ min: 0, max: 4, noNaN: true }));
    fc.assert(
      fc.property(angle, leeway, leeway, fc.boolean(), (ideal, before, after, symmetric) => {
        const from = ideal - before;
        const to = ideal + (symmetric ? before : after);
        expect(handedOut(ideal, from, to)).toEqual(sorted(ideal, from, to));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the order of the sort where spots on both sides of `ideal` cost the same', () => {
    expect(handedOut(0, -10 * degree, 10 * degree)).toEqual(sorted(0, -10 * degree, 10 * degree));
    expect(handedOut(-Math.PI / 2, -Math.PI / 2 - 25 * degree, -Math.PI / 2 + 25 * degree)).toEqual(
      sorted(-Math.PI / 2, -Math.PI / 2 - 25 * degree, -Math.PI / 2 + 25 * degree),
    );
  });

  it('hands out nothing for an empty range', () => {
    expect(handedOut(0, 1, 0)).toEqual([]);
  });
});
