/**
 * The map of the whole glossary (/glossar/karte/): every entry on one circle, grouped by category
 * (one arc per category, entries A–Z within it, a gap between categories), labels pointing outwards,
 * and a curve through the inside for every pair of entries whose texts link each other. Hovering an
 * entry highlights its curves (CSS only).
 */
import { entryPath } from '../glossary/links';
import { textWidth } from './label';
import { escapeXml as esc } from '../seo/xml';
import { markPath, num, shapeOf } from './svg';

export interface OverviewEntry {
  slug: string;
  title: string;
  /** Category index (svg.ts categoryIndex); entries come grouped by it, in display order. */
  category: number;
}

export interface OverviewNode extends OverviewEntry {
  /** Angle in radians, 0 = right, clockwise (SVG y points down). */
  angle: number;
  x: number;
  y: number;
}

export interface OverviewLayout {
  /** The drawing's bounds; the circle's centre is (0, 0). */
  box: { x: number; y: number; width: number; height: number };
  radius: number;
  nodes: OverviewNode[];
  /** Pairs of node indexes whose texts link each other. */
  pairs: [number, number][];
}

/** Font size of the labels (px). */
const LABEL_SIZE = 13;
/** Space between the circle of marks and the start of a label. */
const LABEL_GAP = 10;
/** Arc length per entry along the circle (px): room for a 13 px label beside its neighbours and for the curves inside. */
const SLOT = 30;
/** Extra slots between two categories. */
const GROUP_GAP = 1.5;
/** How far a curve is pulled towards the centre (0 = straight chord, 1 = through the centre). */
const BUNDLE = 0.7;

/**
 * Places the entries around the circle. `partners(slug)` names the entries whose texts link each
 * other with it (symmetric); entries must come grouped by category.
 */
export function layoutOverview(entries: readonly OverviewEntry[], partners: (slug: string) => Iterable<string>): OverviewLayout {
  const groups = entries.filter((e, i) => i === 0 || entries[i - 1]!.category !== e.category).length;
  const slots = entries.length + groups * GROUP_GAP;
  const radius = Math.max(140, Math.round((slots * SLOT) / (2 * Math.PI)));
  const step = (2 * Math.PI) / Math.max(slots, 1);
  let position = GROUP_GAP / 2;
  const nodes = entries.map((e, i): OverviewNode => {
    if (i > 0 && entries[i - 1]!.category !== e.category) position += GROUP_GAP;
    const angle = -Math.PI / 2 + (position + 0.5) * step;
    position += 1;
    return { ...e, angle, x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  // Each pair once, ordered by its first and then its second node; from the partners, not from a
  // test of every pair (the glossary's size squared).
  const index = new Map(nodes.map((n, i) => [n.slug, i]));
  const pairs: [number, number][] = [];
  nodes.forEach((n, i) => {
    const later = new Set([...partners(n.slug)].map((slug) => index.get(slug) ?? -1).filter((j) => j > i));
    for (const j of [...later].sort((a, b) => a - b)) pairs.push([i, j]);
  });
  // The bounds: every label's outer end, half a line either side of its ray, and the marks.
  const xs = [-radius - 8, radius + 8];
  const ys = [-radius - 8, radius + 8];
  for (const n of nodes) {
    const end = radius + LABEL_GAP + textWidth(n.title, { size: LABEL_SIZE });
    for (const side of [-1, 1]) {
      xs.push(end * Math.cos(n.angle) - side * LABEL_SIZE * 0.6 * Math.sin(n.angle));
      ys.push(end * Math.sin(n.angle) + side * LABEL_SIZE * 0.6 * Math.cos(n.angle));
    }
  }
  const x = Math.floor(Math.min(...xs)) - 4;
  const y = Math.floor(Math.min(...ys)) - 4;
  const box = { x, y, width: Math.ceil(Math.max(...xs)) + 4 - x, height: Math.ceil(Math.max(...ys)) + 4 - y };
  return { box, radius, nodes, pairs };
}

/** The curve between two nodes, starting and ending just inside their marks. */
function curve(a: OverviewNode, b: OverviewNode, inset: number): string {
  const k = 1 - inset;
  const cx = ((a.x + b.x) / 2) * (1 - BUNDLE);
  const cy = ((a.y + b.y) / 2) * (1 - BUNDLE);
  return `M${num(a.x * k)} ${num(a.y * k)}Q${num(cx)} ${num(cy)} ${num(b.x * k)} ${num(b.y * k)}`;
}

/**
 * The SVG: all curves once (class e), then one link per entry with its mark, its label and a copy of
 * its own curves (class h) that CSS shows on hover. Aria-hidden, links out of the tab order: the list
 * on the page carries the same entries and connections for keyboards and screen readers.
 */
export function overviewSvg(layout: OverviewLayout): string {
  const { nodes, pairs, box, radius } = layout;
  const inset = 7 / radius;
  const all = pairs.map(([i, j]) => curve(nodes[i]!, nodes[j]!, inset)).join('');
  // Each node's own curves, starting at the node, in the order of the pairs.
  const owns: string[][] = nodes.map(() => []);
  for (const [a, b] of pairs) {
    owns[a]!.push(curve(nodes[a]!, nodes[b]!, inset));
    owns[b]!.push(curve(nodes[b]!, nodes[a]!, inset));
  }
  const body = nodes
    .map((n, i) => {
      const own = owns[i]!.join('');
      const deg = (n.angle * 180) / Math.PI;
      // Labels on the left half are turned by 180° so they read left to right, and end at the circle.
      const left = Math.cos(n.angle) < -1e-9;
      const r = radius + LABEL_GAP;
      const tx = r * Math.cos(n.angle);
      const ty = r * Math.sin(n.angle);
      const turn = left ? deg + 180 : deg;
      return (
        `<a href="${entryPath(n.slug)}" tabindex="-1" class="k${n.category}">` +
        (own ? `<path class="h" d="${own}"/>` : '') +
        `<path class="m" d="${markPath(shapeOf(n.category), n.x, n.y, 9)}"/>` +
        `<text${left ? ' class="r"' : ''} x="${num(tx)}" y="${num(ty)}" dy=".35em" transform="rotate(${num(turn)} ${num(tx)} ${num(ty)})">${esc(n.title)}</text>` +
        '</a>'
      );
    })
    .join('');
  return (
    `<svg class="om" viewBox="${box.x} ${box.y} ${box.width} ${box.height}" width="${box.width}" height="${box.height}" aria-hidden="true">` +
    (all ? `<path class="e" d="${all}"/>` : '') +
    body +
    '</svg>'
  );
}
