/**
 * PNG encoding of an opaque RGBA image, as the social cards need it: RGB (the alpha channel is
 * always 255 there and is left out), every row unfiltered, deflated by Node's zlib. That is two to
 * three times faster than resvg's own encoder (which tries a filter per row) and gives a smaller
 * file for these flat-coloured cards: about 54 kB instead of 65 kB. A reader sees the same pixels.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** zlib's level 3: as fast as level 1 here, and the files are 15 % smaller. */
const DEFLATE_LEVEL = 3;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

let scratchRows: Buffer | undefined;

/**
 * A buffer of `length` bytes for the rows, the same one on every call (per thread): touching fresh
 * memory costs more than filling it, about 7 ms for a card's 2.3 MB on these machines. deflateSync
 * is done with it before the encoder returns.
 */
function scratch(length: number): Buffer {
  if (!scratchRows || scratchRows.length < length) scratchRows = Buffer.allocUnsafe(length);
  return scratchRows.subarray(0, length);
}

/** The PNG of `rgba` (width × height pixels, 4 bytes each, row by row); throws if a pixel is not opaque. */
export function encodeOpaquePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || rgba.length !== width * height * 4) {
    throw new Error(`PNG: ${rgba.length} Bytes passen nicht zu ${width} × ${height} Pixeln.`);
  }
  // Each row: filter type 0 (none), then R, G, B of every pixel.
  const rows = scratch((width * 3 + 1) * height);
  let o = 0;
  for (let y = 0, i = 0; y < height; y++) {
    rows[o++] = 0;
    for (let x = 0; x < width; x++, i += 4) {
      if (rgba[i + 3] !== 255) throw new Error(`PNG: Pixel ${x}, ${y} ist nicht deckend; das Bild braucht einen deckenden Hintergrund.`);
      rows[o++] = rgba[i]!;
      rows[o++] = rgba[i + 1]!;
      rows[o++] = rgba[i + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  // [10..12]: compression 0 (deflate), filter method 0, no interlace.
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: DEFLATE_LEVEL })), chunk('IEND', new Uint8Array(0))]);
}
