// Encodes the opaque RGBA pixels resvg draws as a PNG: with a palette when the image has at most
// 256 colours (a share card has about a hundred: a few flat colours and their anti-aliased edges),
// which is lossless and under half the bytes of resvg's own RGBA PNG, else as plain RGB. Level 6:
// level 9 saves a tenth of the bytes at fifteen times the time.
// Plain CommonJS, so the image workers (scripts/images/renderer.ts) can require it by path.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: the workers require it by path */
const { deflateSync } = require('node:zlib');

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(bytes) {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Palette indexes, one filter byte (0) per row, or undefined past 256 colours. */
function indexed(pixels, width, height) {
  const rgba = new Uint32Array(pixels.buffer, pixels.byteOffset, width * height);
  const index = new Map();
  const rows = Buffer.alloc((width + 1) * height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, p = 0; y < height; y++) {
    let o = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, p++, o++) {
      const colour = rgba[p];
      if (colour !== last) {
        let i = index.get(colour);
        if (i === undefined) {
          if (index.size === 256) return undefined;
          i = index.size;
          index.set(colour, i);
        }
        last = colour;
        lastIndex = i;
      }
      rows[o] = lastIndex;
    }
  }
  const palette = Buffer.alloc(index.size * 3);
  for (const [colour, i] of index) {
    palette[i * 3] = colour & 0xff;
    palette[i * 3 + 1] = (colour >>> 8) & 0xff;
    palette[i * 3 + 2] = (colour >>> 16) & 0xff;
  }
  return { rows, palette };
}

function rgbRows(pixels, width, height) {
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0, p = 0; y < height; y++) {
    let o = y * (width * 3 + 1) + 1;
    for (let x = 0; x < width; x++, p += 4, o += 3) {
      rows[o] = pixels[p];
      rows[o + 1] = pixels[p + 1];
      rows[o + 2] = pixels[p + 2];
    }
  }
  return rows;
}

/** PNG bytes of `pixels` (RGBA, 8 bits, opaque: alpha is dropped). */
function encodePng(pixels, width, height) {
  const found = indexed(pixels, width, height);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = found ? 3 : 2; // colour type: palette, or RGB
  const rows = found ? found.rows : rgbRows(pixels, width, height);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(found ? [chunk('PLTE', found.palette)] : []),
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

module.exports = { encodePng, crc32 };
