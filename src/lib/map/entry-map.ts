/**
 * The map of one entry („Begriffsnetz“) as a small radial mind map: layout of a neighbourhood
 * (neighbourhood.ts) and its SVG. The centre sits in the middle, the direct neighbours around it
 * (clockwise from the top, in rank order), the entries behind each one fanned out beyond it within
 * its own sector, so lines of different branches do not cross. Labels never overlap: every node is
 * placed in turn, at its own spot if that is free, else at the nearest free spot in its sector
 * (Scene.place), so that its box overlaps no other and, where possible, no line runs under a box.
 */
import type { Neighbourhood } from '../glossary/neighbourhood';
import { entryPath } from '../glossary/links';
import { textWidth, wrapLabel, type LabelStyle } from './label';
import { escapeXml as esc } from '../seo/xml';
import { crosses, num, overlaps, reach, shapeOf, type Box, type Shape } from './svg';

/** What the map shows of an entry. */
export interface NodeInfo {
  title: string;
  /** Index of its category (svg.ts categoryIndex). */
  category: number;
}

export type Level = 0 | 1 | 2;

interface LevelStyle extends LabelStyle {
  /** Preferred and longest line width of the label, px. */
  max: number;
  padX: number;
  padY: number;
  lineHeight: number;
  radius: number;
}

/** Sizes per level: centre, direct neighbour, behind. The CSS (map.css) uses the same font sizes. */
export const LEVELS: Record<Level, LevelStyle> = {
  0: { size: 16, bold: true, max: 170, padX: 12, padY: 8, lineHeight: 20, radius: 8 },
  1: { size: 14, bold: true, max: 140, padX: 9, padY: 6, lineHeight: 18, radius: 6 },
  2: { size: 13, max: 130, padX: 8, padY: 5, lineHeight: 16, radius: 5 },
};
/**
 * The category marks as glyphs (Geometric Shapes, in every system font or its fallback); map.css
 * sets their colour and size. Text, not drawn paths, so a node needs no coordinates for them.
 */
const MARKS: Record<Shape, string> = { square: '■', circle: '●', triangle: '▼', diamond: '◆' };
/** Width of a mark (drawn at MARK_SIZE em) and the space after it. */
const MARK_SIZE = 0.8;
function markWidth(s: LabelStyle): number {
  return s.size * MARK_SIZE * 0.85 + textWidth(' ', s);
}
/** Length of the lines between boxes, before any move to clear an overlap. */
const LINK = { 1: 44, 2: 34 } as const;
/** Least free space between two boxes. */
const CLEARANCE = 8;
/** Step when moving a box outwards. */
const STEP = 3;
/** Space around the drawing inside the viewBox. */
const MARGIN = 4;
/** Box widths come in steps of this many px: fewer distinct numbers, a smaller SVG after gzip. */
const WIDTH_STEP = 8;

export interface MapNode extends Box {
  slug: string;
  title: string;
  category: number;
  level: Level;
  lines: string[];
  shortened: boolean;
  /** Index of the node it hangs from (−1 for the centre). */
  parent: number;
}

export interface MapLayout {
  width: number;
  height: number;
  /** Centre first, then the direct neighbours in rank order, then the entries behind them by branch. */
  nodes: MapNode[];
}

function measure(slug: string, info: NodeInfo, level: Level, parent: number): MapNode {
  const s = LEVELS[level];
  const label = wrapLabel(info.title, s, s.max);
  return {
    slug,
    title: info.title,
    category: info.category,
    level,
    lines: label.lines,
    shortened: label.shortened,
    parent,
    x: 0,
    y: 0,
    // Widths in steps of 8 px and even heights keep box centres, and so the line ends, on whole
    // pixels. The first line starts with the category mark and a space.
    w: WIDTH_STEP * Math.ceil((s.padX * 2 + Math.max(label.width, markWidth(s) + textWidth(label.lines[0]!, s))) / WIDTH_STEP),
    h: s.padY * 2 + label.lines.length * s.lineHeight,
  };
}

/** The boxes and lines placed so far; a new box must keep clear of both, and so must its line. */
class Scene {
  readonly boxes: MapNode[] = [];
  private readonly lines: [MapNode, MapNode][] = [];
  /**
   * What made the last spot tried not free: a box it overlapped, a line under it, a box under its
   * own line. place() tries spots close to each other, so the same thing mostly blocks the next one
   * too; free() tests it first and is done after one test instead of some fifty. Only the order of
   * the tests changes, never the answer.
   */
  private blocker: { box?: MapNode; line?: [MapNode, MapNode]; under?: MapNode } = {};

  /** True when `node`, hanging from `parent`, overlaps nothing and its line runs under no other box. */
  free(node: Box, parent: MapNode | undefined): boolean {
    const b = this.blocker;
    if (b.box && overlaps(node, b.box, CLEARANCE)) return false;
    if (b.line && crosses(b.line[0].x, b.line[0].y, b.line[1].x, b.line[1].y, node, 2)) return false;
    if (parent && b.under && b.under !== parent && crosses(parent.x, parent.y, node.x, node.y, b.under, 2)) return false;
    b.box = this.boxes.find((o) => overlaps(node, o, CLEARANCE));
    if (b.box) return false;
    b.line = this.lines.find(([a, c]) => crosses(a.x, a.y, c.x, c.y, node, 2));
    if (b.line) return false;
    if (!parent) return true;
    b.under = this.boxes.find((o) => o !== parent && crosses(parent.x, parent.y, node.x, node.y, o, 2));
    return !b.under;
  }

  add(node: MapNode, parent: MapNode | undefined): void {
    this.boxes.push(node);
    if (parent) this.lines.push([parent, node]);
  }

  /**
   * Puts the node where `spot(t)` says for the parameter t closest to `ideal`, within [from, to],
   * and as little further out as possible, such that it and its line are free (cost: one degree
   * aside weighs as much as 3 px further out). Failing that, at `ideal` as little further out as
   * keeps the boxes apart: a line may then run under a box, but labels never overlap.
   *
   * The spots searched, and their order, are SpotOrder's. A node that does not fit at `ideal`
   * mostly finds a spot within the first hundred of some 1,200, so they are handed out one by one
   * instead of all costed and sorted first; and spot(t) is worked out once per t, not per spot.
   */
  place(node: MapNode, parent: MapNode | undefined, spot: (t: number) => { a: number; r: number }, ideal: number, from: number, to: number): void {
    const at = (t: number, out: number) => {
      const { a, r } = spot(t);
      node.x = (r + out) * Math.cos(a);
      node.y = (r + out) * Math.sin(a);
    };
    // Most nodes fit where they belong: try that before searching.
    at(ideal, 0);
    if (this.free(node, parent)) return this.add(node, parent);
    const order = new SpotOrder(ideal, from, to);
    // spot(t) once per t: it does not depend on `out`.
    const spots: ({ a: number; r: number; cos: number; sin: number } | undefined)[] = [];
    for (let next = order.pop(); next >= 0; next = order.pop()) {
      const column = order.column(next);
      let s = spots[column];
      if (!s) {
        const { a, r } = spot(order.t(next));
        s = spots[column] = { a, r, cos: Math.cos(a), sin: Math.sin(a) };
      }
      node.x = (s.r + order.out(next)) * s.cos;
      node.y = (s.r + order.out(next)) * s.sin;
      if (this.free(node, parent)) return this.add(node, parent);
    }
    // Bounded, so a pathological case ends with an overlap rather than a hanging build.
    for (let out = 0, k = 0; k < 1000; out += STEP, k++) {
      at(ideal, out);
      if (!this.boxes.some((o) => overlaps(node, o, CLEARANCE))) break;
    }
    this.add(node, parent);
  }
}

/**
 * How far a node may move out from (or in towards) its spot, px, in the order SpotOrder hands them
 * out at one t: by cost |out| / 3, of equal cost the smaller out first (−6 before 6).
 */
const OUTS = [0, -6, 6, -12, 12, ...Array.from({ length: 23 }, (_, i) => 18 + 6 * i)];
/** Cost of each of OUTS. */
const OUT_COSTS = OUTS.map((out) => Math.abs(out) / 3);

/**
 * The spots Scene.place searches, cheapest first: t on a 2° grid from `from` to `to`, each with
 * `out` from −12 to 150 px in steps of 6; cost |t − ideal| in degrees + |out| / 3. Of equal cost
 * the smaller t goes first, then the smaller out; this is the order in which sorting the whole
 * list by (cost, t) used to put them, and the layouts depend on it to the last bit.
 *
 * Instead of sorting some 1,200 spots per node, a binary heap holds the grid columns (one t each),
 * keyed by the cost of each column's next spot. Each column on its own is in order already: its
 * spots cost the column's cost plus OUT_COSTS, which rise along OUTS (equal ones, −6 and 6, in
 * the order of out). Two columns that tie in cost differ in t, and the smaller index has the
 * smaller t. Exported for the tests, which compare it with the sort.
 */
export class SpotOrder {
  /** The grid, summed up step by step from `from` as place always did, so the t values are the same. */
  private readonly ts: number[] = [];
  /** Cost of each column without `out`. */
  private readonly base: number[];
  /** Column indices, a min-heap by (cost of the next spot, index). */
  private readonly heap: number[];
  /** Index into OUTS of each column's next spot. */
  private readonly next: number[];
  /** Cost of each column's next spot. */
  private readonly cost: number[];

  constructor(ideal: number, from: number, to: number) {
    const degree = Math.PI / 180;
    for (let t = from; t <= to + 1e-9; t += 2 * degree) this.ts.push(t);
    this.base = this.ts.map((t) => Math.abs(t - ideal) / degree);
    this.heap = this.ts.map((_, i) => i);
    this.next = this.ts.map(() => 0);
    this.cost = this.base.map((b) => b + OUT_COSTS[0]!);
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  /** The next spot, as one number (no object per spot; read it with column, t and out), or −1 when all are out. */
  pop(): number {
    const column = this.heap[0];
    if (column === undefined) return -1;
    const k = this.next[column]!;
    if (k + 1 < OUTS.length) {
      this.next[column] = k + 1;
      this.cost[column] = this.base[column]! + OUT_COSTS[k + 1]!;
    } else {
      this.heap[0] = this.heap.at(-1)!;
      this.heap.pop();
    }
    if (this.heap.length > 0) this.down(0);
    return column * OUTS.length + k;
  }

  /** The grid column of a spot: spots with the same column have the same t. */
  column(spot: number): number {
    return Math.floor(spot / OUTS.length);
  }

  t(spot: number): number {
    return this.ts[this.column(spot)]!;
  }

  out(spot: number): number {
    return OUTS[spot % OUTS.length]!;
  }

  private before(a: number, b: number): boolean {
    return this.cost[a]! < this.cost[b]! || (this.cost[a] === this.cost[b] && a < b);
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) return;
      const c = l + 1 < heap.length && this.before(heap[l + 1]!, heap[l]!) ? l + 1 : l;
      if (!this.before(heap[c]!, heap[i]!)) return;
      const swap = heap[i]!;
      heap[i] = heap[c]!;
      heap[c] = swap;
      i = c;
    }
  }
}

/**
 * Where a box goes whose inner edge touches the ellipse with half-axes ex, ey at parameter t: the
 * ellipse is wide because labels are, so boxes above and below the centre spread sideways.
 */
function ellipseSpot(ex: number, ey: number, t: number, box: Box): { a: number; r: number } {
  const a = Math.atan2(ey * Math.sin(t), ex * Math.cos(t));
  return { a, r: Math.hypot(ex * Math.cos(t), ey * Math.sin(t)) + reach(box, Math.cos(a), Math.sin(a)) };
}

/** The widest a map may be: the width of the page column it stands in (map.css). */
export const MAX_MAP_WIDTH = 1100;

/**
 * Lays out a neighbourhood; `info` gives title and category of each slug. A map that would be wider
 * than the page column is laid out again with the ring of the entries behind pulled in sideways
 * (and so spread further up and down), step by step, until it fits.
 */
export function layoutNeighbourhood(hood: Neighbourhood, info: (slug: string) => NodeInfo): MapLayout {
  let layout = layoutWith(hood, info, 1);
  for (let squeeze = 0.95; layout.width > MAX_MAP_WIDTH && squeeze > 0.5; squeeze -= 0.05) layout = layoutWith(hood, info, squeeze);
  return layout;
}

/** The layout with the horizontal half-axis of the outer ring scaled by `squeeze` (1: as wide as it wants). */
function layoutWith(hood: Neighbourhood, info: (slug: string) => NodeInfo, squeeze: number): MapLayout {
  const centre = measure(hood.centre, info(hood.centre), 0, -1);
  const nodes: MapNode[] = [centre];
  const scene = new Scene();
  scene.add(centre, undefined);
  const degree = Math.PI / 180;

  // Each branch gets a sector of the circle in proportion to what it holds; a lonely direct
  // neighbour still gets some room. Sectors run clockwise from the top (SVG y points down); a
  // single neighbour sits to the right. A direct neighbour sits in the middle of its sector, about
  // LINK[1] from the centre's box.
  const weights = hood.direct.map((d) => Math.max(1.5, d.behind.length));
  const total = weights.reduce((a, b) => a + b, 0);
  const start = hood.direct.length === 1 ? -Math.PI : -Math.PI / 2;
  let before = 0;
  const branches = hood.direct.map((d, i) => {
    const span = (weights[i]! / total) * 2 * Math.PI;
    const angle = start + ((before + weights[i]! / 2) / total) * 2 * Math.PI;
    before += weights[i]!;
    const node = measure(d.slug, info(d.slug), 1, 0);
    const spot = (t: number) => ellipseSpot(centre.w / 2 + LINK[1], centre.h / 2 + LINK[1] * 0.8, t, node);
    const leeway = Math.min(span / 3, 25 * degree);
    scene.place(node, centre, spot, angle, angle - leeway, angle + leeway);
    nodes.push(node);
    return { d, node, index: nodes.length - 1, angle, span };
  });

  // The entries behind sit on an ellipse around all direct neighbours (inner edges LINK[2] beyond
  // the ring they form), each branch fanned out within its own sector, so branches do not cross.
  const ex = (Math.max(0, ...branches.map(({ node }) => Math.abs(node.x) + node.w / 2)) + LINK[2]) * squeeze;
  const ey = Math.max(0, ...branches.map(({ node }) => Math.abs(node.y) + node.h / 2)) + LINK[2];
  for (const { d, node: parent, index, angle, span } of branches) {
    const m = d.behind.length;
    const step = m > 1 ? Math.min((span * 0.85) / m, 22 * degree) : 0;
    d.behind.forEach((slug, j) => {
      const node = measure(slug, info(slug), 2, index);
      const spot = (t: number) => ellipseSpot(ex, ey, t, node);
      scene.place(node, parent, spot, angle + (j - (m - 1) / 2) * step, angle - span * 0.6, angle + span * 0.6);
      nodes.push(node);
    });
  }

  // Move the drawing into positive coordinates with whole-pixel box corners.
  const minX = Math.min(...nodes.map((n) => n.x - n.w / 2));
  const minY = Math.min(...nodes.map((n) => n.y - n.h / 2));
  for (const n of nodes) {
    n.x = Math.round(n.x - n.w / 2 - minX + MARGIN) + n.w / 2;
    n.y = Math.round(n.y - n.h / 2 - minY + MARGIN) + n.h / 2;
  }
  const width = Math.ceil(Math.max(...nodes.map((n) => n.x + n.w / 2)) + MARGIN);
  const height = Math.ceil(Math.max(...nodes.map((n) => n.y + n.h / 2)) + MARGIN);
  return { width, height, nodes };
}

/**
 * The lines, straight from box centre to box centre (the boxes cover their ends). The end points
 * repeat the nodes' translate() numbers, which gzip then stores as back-references.
 */
function edgePaths(layout: MapLayout): { inner: string; outer: string } {
  const [centre] = layout.nodes;
  let inner = '';
  let outer = '';
  for (const n of layout.nodes) {
    if (n.level === 1) inner += `M${num(centre!.x)} ${num(centre!.y)}L${num(n.x)} ${num(n.y)}`;
    if (n.level === 2) {
      const p = layout.nodes[n.parent]!;
      outer += `M${num(p.x)} ${num(p.y)}L${num(n.x)} ${num(n.y)}`;
    }
  }
  return { inner, outer };
}

/**
 * The inside of a node, around its centre: the box (map.css centres it on the origin, so it needs
 * no coordinates) and the label, centred, led by the category mark as a glyph. Everything but the
 * box's size is the same for all nodes of a level, which keeps the SVG small after gzip.
 */
function nodeBody(n: Pick<MapNode, 'w' | 'h' | 'lines' | 'category' | 'level'>): string {
  const s = LEVELS[n.level];
  // Baseline of the first line: lines centred on the origin, cap height about 0.7 em.
  const first = Math.round(-((n.lines.length - 1) * s.lineHeight) / 2 + s.size * 0.35);
  const [line1, ...rest] = n.lines;
  const more = rest.map((l) => `<tspan x="0" dy="${s.lineHeight}">${esc(l)}</tspan>`).join('');
  return (
    `<rect width="${num(n.w)}" height="${num(n.h)}" rx="${s.radius}"/>` +
    `<text y="${first}"><tspan class="m">${MARKS[shapeOf(n.category)]}</tspan> ${esc(line1 ?? '')}${more}</text>`
  );
}

/**
 * The SVG of a laid-out neighbourhood. It is a picture for pointer users: aria-hidden, its links
 * out of the tab order (tabindex -1); the list below it (EntryMap.astro) carries the same links
 * for keyboards and screen readers, so nobody meets every link twice.
 */
export function neighbourhoodSvg(layout: MapLayout): string {
  const { inner, outer } = edgePaths(layout);
  const nodes = layout.nodes
    .map((n) => {
      const at = `transform="translate(${num(n.x)} ${num(n.y)})"`;
      const cls = `n${n.level} k${n.category}`;
      const tip = n.shortened ? `<title>${esc(n.title)}</title>` : '';
      return n.level === 0
        ? `<g class="${cls}" ${at}>${nodeBody(n)}</g>`
        : `<a href="${entryPath(n.slug)}" tabindex="-1" class="${cls}" ${at}>${tip}${nodeBody(n)}</a>`;
    })
    .join('');
  return (
    `<svg class="nm" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" aria-hidden="true">` +
    (inner ? `<path class="e1" d="${inner}"/>` : '') +
    (outer ? `<path class="e2" d="${outer}"/>` : '') +
    nodes +
    '</svg>'
  );
}
