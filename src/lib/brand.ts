/** The brand mark's geometry: one drawing for the header (BrandMark.astro) and the social images. */

export const BRAND_MARK = {
  viewBox: '0 0 32 32',
  /** The speech bubble. */
  bubble: { x: 2, y: 3, width: 28, height: 22, rx: 6 },
  /** The bubble's tail. */
  tail: 'M9 25 L9 30 L15 25 Z',
  /** The rising line inside the bubble. */
  line: 'M8 18 L13 13 L17 16 L24 9',
  lineWidth: 2.6,
} as const;

/** The mark as a standalone SVG document in the given colours (for image renderers without CSS). */
export function brandMarkSvg(colors: { accent: string; onAccent: string }, size = 32): string {
  const { viewBox, bubble: b, tail, line, lineWidth } = BRAND_MARK;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${viewBox}">` +
    `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="${b.rx}" fill="${colors.accent}"/>` +
    `<path d="${tail}" fill="${colors.accent}"/>` +
    `<path d="${line}" fill="none" stroke="${colors.onAccent}" stroke-width="${lineWidth}" stroke-linecap="round" stroke-linejoin="round"/>` +
    `</svg>`
  );
}
