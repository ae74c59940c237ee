/**
 * Renders a social card to PNG at build time: satori lays out the element tree with Inter
 * (WOFF files from the @fontsource/inter package, nothing is downloaded), resvg rasterises it.
 * With a cache folder, a card whose tree, fonts and renderers are unchanged is read from disk.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { CARD_HEIGHT, CARD_WIDTH, socialCardTree, type SocialCardInput } from './social-card.ts';
import type { CardColors } from './theme.ts';

const FONT_FAMILY = 'Inter';
// Latin holds ä, ö, ü, ß, € and the dashes; latin-ext covers names with other accents.
const FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
  { file: 'inter-latin-ext-400-normal.woff', weight: 400 },
  { file: 'inter-latin-ext-700-normal.woff', weight: 700 },
] as const;
// What else decides the pixels besides the tree: part of every cache key.
const RENDERERS = ['satori', '@resvg/resvg-js', '@fontsource/inter'] as const;

const require = createRequire(import.meta.url);

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<SatoriFont[]> | undefined;
let rendererVersions: string | undefined;

/** The font files, read once per build. */
function loadFonts(): Promise<SatoriFont[]> {
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

/** "satori@0.63.2 …": the installed versions of the renderers and the font. */
function versions(): string {
  rendererVersions ??= RENDERERS.map((name) => {
    const { version } = require(`${name}/package.json`) as { version: string };
    return `${name}@${version}`;
  }).join(' ');
  return rendererVersions;
}

/** The card as SVG (text drawn as paths, so it needs no fonts to display). */
async function renderCardSvg(input: SocialCardInput, colors: CardColors): Promise<string> {
  // Loaded on first use: a build whose cards all come from the cache never starts the renderers.
  const { default: satori } = await import('satori');
  const tree = socialCardTree(input, colors, FONT_FAMILY);
  // satori takes React-element-like objects; our tree has exactly that shape.
  return satori(tree as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await loadFonts() });
}

async function rasterize(input: SocialCardInput, colors: CardColors): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderCardSvg(input, colors);
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png);
}

/** Cache key of a card: its element tree (text, colours, layout) and the renderer versions. */
export function cardCacheKey(input: SocialCardInput, colors: CardColors): string {
  const tree = JSON.stringify(socialCardTree(input, colors, FONT_FAMILY));
  return createHash('sha256').update(versions()).update('\0').update(tree).digest('hex').slice(0, 32);
}

/** The card as a 1200×630 PNG; with `cacheDir`, reused from an earlier build when nothing changed. */
export async function renderCardPng(
  input: SocialCardInput,
  colors: CardColors,
  options: { cacheDir?: string } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (!options.cacheDir) return rasterize(input, colors);
  return new Uint8Array(await readFile((await cardInCache(input, colors, options.cacheDir)).file));
}

/**
 * Makes sure the card's PNG is in `cacheDir` (named by its key) and says where, and whether it had
 * to be drawn. Several threads may call this at once: each writes a file of its own and renames it,
 * so a reader never sees a half-written PNG.
 */
export async function cardInCache(input: SocialCardInput, colors: CardColors, cacheDir: string): Promise<{ file: string; drawn: boolean }> {
  const file = join(cacheDir, `${cardCacheKey(input, colors)}.png`);
  try {
    await access(file);
    return { file, drawn: false };
  } catch {
    const png = await rasterize(input, colors);
    await mkdir(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.${threadId}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
    return { file, drawn: true };
  }
}
