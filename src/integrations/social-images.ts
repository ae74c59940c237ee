/**
 * Astro integration: the social images (og:image), one per entry and a default one.
 *
 * In a build they are drawn on worker threads (src/lib/seo/card-pool.ts) from the moment the build
 * starts, so that they take the cores Vite and the page rendering leave free instead of adding their
 * time at the end: the entries are read from disk (their frontmatter is all a card shows), and the
 * threads draw meanwhile. Each card is kept in Astro's cache folder (`cacheDir`, by default
 * node_modules/.astro/) under a key of what it shows and the renderers' versions, so a rebuild draws
 * only the cards whose entry changed. When the pages are done, the pool takes every core; when the
 * build is done, the cards are copied to dist/. `astro dev` draws them on request instead.
 */
import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validEntryFiles } from '../lib/glossary/entry-files';
import { CardPool, type CardResult } from '../lib/seo/card-pool';
import { DEFAULT_IMAGE_PATH, cardColors, defaultCard, entryCard, entryImagePath } from '../lib/seo/cards';

/** Where the drawn cards are kept, inside Astro's cache folder. */
const CARD_CACHE_SUBDIR = 'social-images';

interface Drawing {
  pool: CardPool;
  started: number;
  /** Every image: where it goes in dist/, and its card in the cache. */
  images: { path: string; file: string; card: Promise<CardResult> }[];
}

/**
 * Starts drawing every card of the glossary at `root` into `cacheDir` on `pool`. A card that cannot
 * be drawn fails with a message that names its entry.
 */
export function drawAll(root: string, cacheDir: string, pool: CardPool): Drawing['images'] {
  const colors = cardColors(root);
  const entries = validEntryFiles(root);
  const jobs = [
    ...entries.map((e) => ({ path: entryImagePath(e.slug), file: e.file, input: entryCard(e.slug, e.data) })),
    { path: DEFAULT_IMAGE_PATH, file: 'src/lib/seo/cards.ts (defaultCard)', input: defaultCard(entries.length) },
  ];
  return jobs.map(({ path, file, input }) => {
    const card = pool.draw({ input, colors, cacheDir }).catch((error: Error) => {
      throw new Error(`Vorschaubild ${path} für ${file} konnte nicht gezeichnet werden: ${error.message}`);
    });
    // Awaited at the end of the build; until then a failure must not count as unhandled.
    card.catch(() => {});
    return { path, file, card };
  });
}

/**
 * Copies the cards to their paths under `outDir`, all at once, each as soon as it is drawn (one copy
 * after another took 2 s at the end of every build of 2,000 entries); returns how many had to be drawn.
 */
export async function writeAll(images: Drawing['images'], outDir: string): Promise<{ count: number; drawn: number }> {
  const drawn = await Promise.all(
    images.map(async ({ path, card }) => {
      const result = await card;
      const target = join(outDir, path);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(result.file, target);
      return result.drawn;
    }),
  );
  return { count: images.length, drawn: drawn.filter(Boolean).length };
}

export default function socialImagesIntegration(): AstroIntegration {
  let root = '';
  let cacheDir = '';
  let drawing: Drawing | undefined;
  const cores = availableParallelism();
  return {
    name: 'glossar-social-images',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/og/glossar/[slug].png', entrypoint: './src/integrations/social-images/entry.png.ts' });
        injectRoute({ pattern: DEFAULT_IMAGE_PATH, entrypoint: './src/integrations/social-images/default.png.ts' });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = join(fileURLToPath(config.cacheDir), CARD_CACHE_SUBDIR);
      },
      'astro:build:start': () => {
        // The main thread keeps one core for compiling and rendering pages.
        const pool = new CardPool(Math.max(1, cores - 1));
        drawing = { pool, started: performance.now(), images: [] };
        drawing.images = drawAll(root, cacheDir, pool);
      },
      'astro:build:generated': () => drawing?.pool.resize(cores),
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) return;
        const { pool, started, images } = drawing;
        const waitFrom = performance.now();
        try {
          const { count, drawn } = await writeAll(images, fileURLToPath(dir));
          const done = performance.now();
          logger.info(
            `Vorschaubilder: ${count} (${drawn} neu gezeichnet, ${count - drawn} aus dem Cache) auf bis zu ${pool.size} Threads, ` +
              `fertig ${Math.round(done - started)} ms nach Buildbeginn; am Ende ${Math.round(done - waitFrom)} ms darauf gewartet.`,
          );
        } finally {
          await pool.close();
          drawing = undefined;
        }
      },
    },
  };
}
