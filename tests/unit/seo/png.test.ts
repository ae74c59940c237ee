import { crc32, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeOpaquePng } from '../../../src/lib/seo/png';
import { cardPixels } from '../../../src/lib/seo/render-card';
import { colors, input } from './card-fixture';

/**
 * Reads a PNG as the encoder writes it (8-bit RGB, rows unfiltered), checking every chunk's CRC:
 * returns its size and its pixels as RGBA.
 */
function decode(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const bytes = Buffer.from(png);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    expect(bytes.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(bytes.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const header = chunks[0]!.data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([...header.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
  const rows = inflateSync(chunks[1]!.data);
  expect(rows.length).toBe((width * 3 + 1) * height);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    expect(rows[row]).toBe(0);
    for (let x = 0; x < width; x++) {
      rgba.set(rows.subarray(row + 1 + x * 3, row + 4 + x * 3), (y * width + x) * 4);
      rgba[(y * width + x) * 4 + 3] = 255;
    }
  }
  return { width, height, rgba };
}

const opaqueImage = fc
  .record({ width: fc.integer({ min: 1, max: 40 }), height: fc.integer({ min: 1, max: 40 }) })
  .chain(({ width, height }) =>
    fc.uint8Array({ minLength: width * height * 3, maxLength: width * height * 3 }).map((rgb) => {
      const rgba = new Uint8Array(width * height * 4);
      for (let i = 0; i < width * height; i++) rgba.set([rgb[i * 3]!, rgb[i * 3 + 1]!, rgb[i * 3 + 2]!, 255], i * 4);
      return { width, height, rgba };
    }),
  );

describe('encodeOpaquePng', () => {
  it('writes a valid PNG that decodes to exactly the pixels it was given', () => {
    fc.assert(
      fc.property(opaqueImage, ({ width, height, rgba }) => {
        expect(decode(encodeOpaquePng(rgba, width, height))).toEqual({ width, height, rgba });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a pixel that is not opaque, and pixels that do not fit the size', () => {
    const rgba = new Uint8Array(2 * 2 * 4).fill(255);
    rgba[7] = 128;
    expect(() => encodeOpaquePng(rgba, 2, 2)).toThrow('Pixel 1, 0 ist nicht deckend');
    expect(() => encodeOpaquePng(rgba, 3, 2)).toThrow('passen nicht zu 3 × 2 Pixeln');
  });

  it('keeps every pixel resvg draws for a social card', async () => {
    const { pixels, width, height } = await cardPixels(input, colors);
    const decoded = decode(encodeOpaquePng(pixels, width, height));
    expect(decoded.width).toBe(1200);
    expect(decoded.height).toBe(630);
    expect(Buffer.from(decoded.rgba).equals(pixels)).toBe(true);
  });
});
