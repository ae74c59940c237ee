/**
 * Renders a social card to PNG at build time: satori lays out the element tree with Inter
 * (WOFF files from the @fontsource/inter package, nothing is downloaded), resvg rasterises it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, socialCardTree, type SocialCardInput } from './social-card';
import type { CardColors } from './theme';

const FONT_FAMILY = 'Inter';
// Latin holds ä, ö, ü, ß, € and the dashes; latin-ext covers names with other accents.
const FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
  { file: 'inter-latin-ext-400-normal.woff', weight: 400 },
  { file: 'inter-latin-ext-700-normal.woff', weight: 700 },
] as const;

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<SatoriFont[]> | undefined;

/** The font files, read once per build. */
function loadFonts(): Promise<SatoriFont[]> {
  const require = createRequire(import.meta.url);
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ file, weight }) => ({
      name: FONT_FAMILY,
      data: await readFile(require.resolve(`@fontsource/inter/files/${file}`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The card as SVG (text drawn as paths, so it needs no fonts to display). */
export async function renderCardSvg(input: SocialCardInput, colors: CardColors): Promise<string> {
  const tree = socialCardTree(input, colors, FONT_FAMILY);
  // satori takes React-element-like objects; our tree has exactly that shape.
  return satori(tree as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await loadFonts() });
}

/** The card as a 1200×630 PNG. */
export async function renderCardPng(input: SocialCardInput, colors: CardColors): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderCardSvg(input, colors);
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}
