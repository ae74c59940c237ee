import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, socialCardTree, titleSize, type CardChild } from '../../../src/lib/seo/social-card';
import { cardCacheKey, cardInCache, renderCardPng } from '../../../src/lib/seo/render-card';
import { colors, input } from './card-fixture';

/** All text in the tree, in order. */
function texts(node: CardChild): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

/** PNG width and height from the IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('socialCardTree', () => {
  it('shows brand, category, title, summary, address and tagline', () => {
    expect(texts(socialCardTree(input, colors, 'Inter'))).toEqual([
      'Fioro',
      'Glossar',
      'Profitabilität & Kennzahlen',
      'Cross-Selling',
      input.summary,
      input.address,
      input.tagline,
    ]);
  });

  it('leaves the category pill out on the default card', () => {
    const tree = socialCardTree({ ...input, eyebrow: undefined }, colors, 'Inter');
    expect(texts(tree)).not.toContain('Profitabilität & Kennzahlen');
  });

  it('is 1200×630 on the light background, with the brand mark in the accent colour', () => {
    const tree = socialCardTree(input, colors, 'Inter');
    expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT, background: colors.bg });
    const svg = JSON.stringify(tree).match(/data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/)?.[1];
    expect(Buffer.from(svg!, 'base64').toString()).toContain(`fill="${colors.accent}"`);
  });
});

describe('titleSize', () => {
  it('never grows as the title gets longer', () => {
    const sizes = [1, 10, 14, 15, 22, 23, 32, 33, 60].map((n) => titleSize('x'.repeat(n)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

describe('renderCardPng', () => {
  it('renders a 1200×630 PNG with the font from node_modules, without any download', async () => {
    const png = await renderCardPng({ ...input, summary: 'Größe, Übermaß und 1.234,56 € – äöüß' }, colors);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('cardInCache', () => {
  it('stores a card under its content key and returns the same bytes from the cache next time', async () => {
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    try {
      const first = await cardInCache(input, colors, dir);
      expect(first.drawn).toBe(true);
      expect(readdirSync(dir)).toEqual([`${cardCacheKey(input, colors)}.png`]);
      const bytes = readFileSync(first.file);
      const second = await cardInCache(input, colors, dir);
      expect(second).toEqual({ file: first.file, drawn: false });
      expect(readFileSync(second.file).equals(bytes)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives a card a new key when its text or colours change', () => {
    const key = cardCacheKey(input, colors);
    expect(cardCacheKey({ ...input, summary: `${input.summary} Neu.` }, colors)).not.toBe(key);
    expect(cardCacheKey(input, { ...colors, accent: '#000000' })).not.toBe(key);
    expect(cardCacheKey({ ...input }, { ...colors })).toBe(key);
  });
});
