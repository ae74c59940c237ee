/**
 * Renders a social card to PNG at build time: satori lays out the element tree with Inter
 * (WOFF files from the @fontsource/inter package, nothing is downloaded), resvg rasterises it,
 * png.ts encodes the pixels.
 * cardInCache keeps each card in a cache folder, so a card whose tree and renderers are unchanged is
 * not drawn again.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { encodeOpaquePng } from './png.ts';
import { CARD_HEIGHT, CARD_WIDTH, socialCardTree, type CardChild, type CardNode, type SocialCardInput } from './social-card.ts';
import type { CardColors } from './theme.ts';

const FONT_FAMILY = 'Inter';
// Latin holds ä, ö, ü, ß, € and the dashes; latin-ext covers names with other accents.
const FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', weight: 400, latin: true },
  { file: 'inter-latin-700-normal.woff', weight: 700, latin: true },
  { file: 'inter-latin-ext-400-normal.woff', weight: 400, latin: false },
  { file: 'inter-latin-ext-700-normal.woff', weight: 700, latin: false },
] as const;
/**
 * Text made only of these characters is drawn from the latin files alone: Basic Latin, Latin-1
 * (äöüß), the dashes, quotes and ellipsis, and €, all of which the latin files hold. satori takes each
 * glyph from the first font that has it, so leaving latin-ext out changes nothing but the time.
 */
const LATIN_ONLY = /^[\u0020-\u007e\u00a0-\u00ff\u2010-\u2027\u20ac]*$/;
// What else decides the pixels besides the tree: part of every cache key.
const RENDERERS = ['satori', '@resvg/resvg-js', '@fontsource/inter'] as const;

const require = createRequire(import.meta.url);

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<{ all: SatoriFont[]; latin: SatoriFont[] }> | undefined;
let rendererVersions: string | undefined;

/** The font files, read once per thread: all of them, and the latin ones alone. */
function loadFonts(): Promise<{ all: SatoriFont[]; latin: SatoriFont[] }> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ file, weight }) => ({
      name: FONT_FAMILY,
      data: await readFile(require.resolve(`@fontsource/inter/files/${file}`)),
      weight,
      style: 'normal' as const,
    })),
  ).then((all) => ({ all, latin: all.filter((_, i) => FONT_FILES[i]!.latin) }));
  return fonts;
}

/** "satori@0.63.2 … zlib@1.3.1": the installed versions of the renderers, the font and the PNG compressor. */
function versions(): string {
  rendererVersions ??= [
    ...RENDERERS.map((name) => {
      const { version } = require(`${name}/package.json`) as { version: string };
      return `${name}@${version}`;
    }),
    `zlib@${process.versions.zlib}`,
  ].join(' ');
  return rendererVersions;
}

/** All text of a tree, and its images. */
function contents(node: CardChild, found: { text: string; images: CardNode[] } = { text: '', images: [] }) {
  if (typeof node === 'string') {
    found.text += node;
    return found;
  }
  if (node.type === 'img') found.images.push(node);
  const children = node.props.children;
  for (const child of children === undefined ? [] : Array.isArray(children) ? children : [children]) contents(child, found);
  return found;
}

/** The tree with its image replaced by an empty box of the same size: the layout stays as it is. */
function withoutImage(node: CardChild): CardChild {
  if (typeof node === 'string') return node;
  if (node.type === 'img') return { type: 'div', props: { style: { display: 'flex', ...node.props.style } } };
  const children = node.props.children;
  if (children === undefined) return node;
  return { ...node, props: { ...node.props, children: Array.isArray(children) ? children.map(withoutImage) : withoutImage(children) } };
}

/**
 * What satori draws for the card's one image (the brand mark): its clip path, mask and <image>
 * element, by the image's source and the mask that an empty box in its place gets. The mark sits in
 * the same place on every card of a kind, so it is laid out once per thread, not per card.
 */
const drawnImages: { src: string; mask: string; drawn: string }[] = [];
const IMAGE_DRAWN = /<clipPath id="satori_cp-([\w-]+)"><rect [^>]*\/><\/clipPath>(<mask id="satori_om-\1">.*?<\/mask>)<image [^>]*\/>/;

type Satori = typeof import('satori').default;

/** satori's SVG of the tree with the given fonts. */
async function satoriSvg(satori: Satori, tree: CardNode, fontList: SatoriFont[]): Promise<string> {
  // satori takes React-element-like objects; our tree has exactly that shape.
  return satori(tree as unknown as Parameters<Satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: fontList });
}

/**
 * The card as SVG (text drawn as paths, so it needs no fonts to display): the same SVG as satori's
 * with the tree as it is (`reference`), drawn faster. Text in latin letters is laid out with the
 * latin fonts only, and the brand mark's image is not decoded again for every card: the card is
 * laid out with an empty box in its place, and the mark's elements, as satori drew them for the
 * first card with the box in that place, go where the box's mask is. tests/unit/seo checks that both
 * ways give the same SVG for every entry.
 */
export async function renderCardSvg(input: SocialCardInput, colors: CardColors, mode: 'fast' | 'reference' = 'fast'): Promise<string> {
  // Loaded on first use: a build whose cards all come from the cache never starts the renderers.
  const { default: satori } = await import('satori');
  const tree = socialCardTree(input, colors, FONT_FAMILY);
  const { all, latin } = await loadFonts();
  const { text, images } = contents(tree);
  if (mode === 'reference') return satoriSvg(satori, tree, all);
  const fontList = LATIN_ONLY.test(text) ? latin : all;
  if (images.length !== 1) return satoriSvg(satori, tree, fontList);

  const src = String(images[0]!.props.src);
  const svg = await satoriSvg(satori, withoutImage(tree) as CardNode, fontList);
  const known = drawnImages.find((d) => d.src === src && svg.includes(d.mask));
  if (known) return svg.replace(known.mask, known.drawn);
  // First card with the mark in this place: draw it whole, and keep what the mark became.
  const whole = await satoriSvg(satori, tree, fontList);
  const found = IMAGE_DRAWN.exec(whole);
  if (found) drawnImages.push({ src, mask: found[2]!, drawn: found[0] });
  return whole;
}

/** The card's pixels as resvg draws them: 1200×630, RGBA, row by row. */
export async function cardPixels(input: SocialCardInput, colors: CardColors): Promise<{ pixels: Buffer; width: number; height: number }> {
  const svg = await renderCardSvg(input, colors);
  const { Resvg } = await import('@resvg/resvg-js');
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/** Cache key of a card: its element tree (text, colours, layout) and the renderer versions. */
export function cardCacheKey(input: SocialCardInput, colors: CardColors): string {
  const tree = JSON.stringify(socialCardTree(input, colors, FONT_FAMILY));
  return createHash('sha256').update(versions()).update('\0').update(tree).digest('hex').slice(0, 32);
}

/** The card as a 1200×630 PNG, drawn now (`astro dev` draws on request; the build uses cardInCache). */
export async function renderCardPng(input: SocialCardInput, colors: CardColors): Promise<Uint8Array<ArrayBuffer>> {
  const { pixels, width, height } = await cardPixels(input, colors);
  return new Uint8Array(encodeOpaquePng(pixels, width, height));
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
    const png = await renderCardPng(input, colors);
    await mkdir(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.${threadId}.tmp`;
    await writeFile(partial, png);
    await rename(partial, file);
    return { file, drawn: true };
  }
}
