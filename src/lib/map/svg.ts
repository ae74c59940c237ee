/** SVG building blocks the two maps share: category marks, number formatting, boxes. */
import { CATEGORIES } from '../glossary/categories';

/**
 * The shape that marks a category, so colour is not the only carrier of meaning (WCAG 1.4.1):
 * in CATEGORIES order a square (figures), a circle (relationship), a funnel-like triangle (pipeline),
 * a diamond (conversation). The CSS of the maps (src/styles/map.css) draws the same shapes in the
 * legends and lists and gives each category class its colour.
 */
export const SHAPES = ['square', 'circle', 'triangle', 'diamond'] as const;
export type Shape = (typeof SHAPES)[number];

/** Index of a category (0…); the class `k<index>` carries its colour, SHAPES[index % 4] its shape. */
export function categoryIndex(slug: string): number {
  const index = CATEGORIES.findIndex((c) => c.slug === slug);
  if (index < 0) throw new Error(`Unbekannte Kategorie „${slug}“.`);
  return index;
}

/** The mark shape of a category index (they repeat after four). */
export function shapeOf(index: number): Shape {
  return SHAPES[index % SHAPES.length]!;
}

/** A number with at most one decimal, no trailing zeros: 12, 12.5, -3. */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Path of a category mark of about `size` px centred on (x, y), in short relative commands. */
export function markPath(shape: Shape, x: number, y: number, size: number): string {
  const h = size / 2;
  switch (shape) {
    case 'square': {
      const s = size * 0.85;
      return `M${num(x - s / 2)} ${num(y - s / 2)}h${num(s)}v${num(s)}h${num(-s)}z`;
    }
    case 'circle':
      return `M${num(x - h)} ${num(y)}a${num(h)} ${num(h)} 0 1 0 ${num(size)} 0a${num(h)} ${num(h)} 0 1 0 ${num(-size)} 0`;
    case 'triangle':
      return `M${num(x - h)} ${num(y - h * 0.85)}h${num(size)}l${num(-h)} ${num(size * 0.95)}z`;
    case 'diamond':
      return `M${num(x)} ${num(y - h * 1.1)}l${num(h * 1.1)} ${num(h * 1.1)} ${num(-h * 1.1)} ${num(h * 1.1)} ${num(-h * 1.1)} ${num(-h * 1.1)}z`;
  }
}

/** An axis-aligned box by its centre. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** True when the boxes, each grown by `margin` on every side, overlap. */
export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return Math.abs(a.x - b.x) < (a.w + b.w) / 2 + margin && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + margin;
}

/** Distance from a box's centre to its edge in direction (cos, sin). */
export function reach(box: { w: number; h: number }, cos: number, sin: number): number {
  const ax = Math.abs(cos) < 1e-9 ? Infinity : box.w / 2 / Math.abs(cos);
  const ay = Math.abs(sin) < 1e-9 ? Infinity : box.h / 2 / Math.abs(sin);
  return Math.min(ax, ay);
}

/** True when the segment from (x1, y1) to (x2, y2) passes through the box grown by `margin` (Liang–Barsky). */
export function crosses(x1: number, y1: number, x2: number, y2: number, box: Box, margin = 0): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const left = box.x - box.w / 2 - margin;
  const right = box.x + box.w / 2 + margin;
  const top = box.y - box.h / 2 - margin;
  const bottom = box.y + box.h / 2 + margin;
  let t0 = 0;
  let t1 = 1;
  // The four sides in turn (left, right, top, bottom); no array of pairs, as the maps call this
  // millions of times in a build.
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q = side === 0 ? x1 - left : side === 1 ? right - x1 : side === 2 ? y1 - top : bottom - y1;
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}
