#!/usr/bin/env node
// Draws the add-in's icons (a white check mark on a green rounded tile) as real PNG files at the
// sizes the manifest asks for (16/32/64/80/128 px). Hand-written because it needs only zlib and a
// CRC: no image package is worth adding for five small files. Run: node assets/make-icons.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
export const SIZES = [16, 32, 64, 80, 128];
const TILE = [0x1f, 0x6f, 0x43]; // Excel-like green
const MARK = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from (px,py) to the segment a-b. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of tile and mark at a point in unit coordinates. */
function sample(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  const inTile = Math.hypot(x - cx, y - cy) <= r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
  const w = 0.07;
  const inMark = segDist(x, y, 0.24, 0.52, 0.42, 0.7) <= w || segDist(x, y, 0.42, 0.7, 0.77, 0.3) <= w;
  return { inTile, inMark: inTile && inMark };
}

export function drawIcon(size) {
  const ss = 4; // 4x4 supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const s = sample((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (s.inTile) tile++;
          if (s.inMark) mark++;
        }
      const n = ss * ss;
      const m = tile ? mark / tile : 0;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[o + c] = Math.round(TILE[c] * (1 - m) + MARK[c] * m);
      raw[o + 3] = Math.round((255 * tile) / n);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const size of SIZES) {
    const file = join(here, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    console.log(`wrote ${file}`);
  }
}
