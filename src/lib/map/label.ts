/**
 * Labels of map nodes: how wide a title is without a browser, and how it wraps onto at most two
 * lines (or is shortened with „…“ when even two lines cannot hold it).
 */

// Advance widths in 1/100 em of DejaVu Sans, the widest common sans-serif (Debian's system-ui):
// with these, a label fits its box in every font the readers' systems pick (Segoe UI, SF, Roboto
// are narrower). Measured in Chromium with canvas.measureText at 100 px.
const CHARS = 'abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ0123456789 -/&().,…';
const REGULAR = [
  61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 61, 61, 63, 63, 68, 69, 70,
  77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61, 69, 68, 79, 73, 64, 64, 64, 64, 64, 64, 64,
  64, 64, 64, 32, 36, 34, 78, 39, 39, 32, 32, 100,
];
const BOLD = [
  67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 67, 69, 71, 72, 77, 76, 73,
  83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 77, 85, 81, 70, 70, 70, 70, 70, 70, 70,
  70, 70, 70, 35, 42, 37, 87, 46, 46, 38, 38, 100,
];
const widths = (table: number[]) => new Map([...CHARS].map((c, i) => [c, table[i]! / 100]));
const EM = { regular: widths(REGULAR), bold: widths(BOLD) };
/** Any other character: as wide as an "M"-ish average, to stay on the safe side. */
const FALLBACK = { regular: 0.7, bold: 0.78 };

export interface LabelStyle {
  /** Font size in px (= SVG user units). */
  size: number;
  bold?: boolean;
}

/** Estimated width of the text in px. */
export function textWidth(text: string, style: LabelStyle): number {
  const kind = style.bold ? 'bold' : 'regular';
  let em = 0;
  for (const c of text) em += EM[kind].get(c) ?? FALLBACK[kind];
  return em * style.size;
}

export interface WrappedLabel {
  /** One or two lines. */
  lines: string[];
  /** Width of the widest line in px. */
  width: number;
  /** True when the title had to be cut („…“); then the full title must be shown elsewhere. */
  shortened: boolean;
}

/** Places where a title may wrap: after a space (dropped) or after a hyphen or slash (kept). */
function breaks(title: string): { first: string; rest: string }[] {
  const options: { first: string; rest: string }[] = [];
  for (let i = 1; i < title.length - 1; i++) {
    const c = title[i]!;
    if (c === ' ') options.push({ first: title.slice(0, i), rest: title.slice(i + 1) });
    else if ((c === '-' || c === '/') && title[i + 1] !== ' ') options.push({ first: title.slice(0, i + 1), rest: title.slice(i + 1) });
  }
  return options;
}

/** Cuts the text at the end until it fits with „…“. */
function ellipsize(text: string, max: number, style: LabelStyle): string {
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, style) > max) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Wraps a title onto one line when it fits `max` px, else onto two balanced lines (the split that
 * makes the longer line shortest). A line may run up to `hardMax` px when a single long word
 * („Kundenakquisitionskosten“) leaves no better choice; beyond that the line is shortened with „…“.
 */
export function wrapLabel(title: string, style: LabelStyle, max: number, hardMax = max * 1.6): WrappedLabel {
  const text = title.trim().replace(/\s+/g, ' ');
  const one = textWidth(text, style);
  if (one <= max) return { lines: [text], width: one, shortened: false };

  let best: { lines: string[]; width: number } | undefined;
  for (const { first, rest } of breaks(text)) {
    const width = Math.max(textWidth(first, style), textWidth(rest, style));
    if (!best || width < best.width) best = { lines: [first, rest], width };
  }
  if (best && best.width <= hardMax) return { ...best, shortened: false };
  if (!best && one <= hardMax) return { lines: [text], width: one, shortened: false };

  // Too long even on two lines: keep the best split (or the single word) and cut what overflows.
  const lines = (best?.lines ?? [text]).map((line) => (textWidth(line, style) > hardMax ? ellipsize(line, hardMax, style) : line));
  return { lines, width: Math.max(...lines.map((l) => textWidth(l, style))), shortened: true };
}
