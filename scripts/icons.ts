/**
 * Writes the extension's icons (extension/icons/icon-N.png): a blue rounded
 * square with three bars falling toward a target line, drawn pixel by pixel
 * so no image tool is needed. Run once after changing the design: npx tsx scripts/icons.ts
 *
 * The 128 px icon (store listing, install dialog) has Chrome's recommended
 * padding: 96 px of artwork centred in 128, 16 transparent pixels each side
 * (developer.chrome.com/docs/webstore/images#icons). The toolbar and menu sizes
 * keep the whole canvas, where every pixel counts.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer): number => {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** A PNG of `size` pixels square, `pad` transparent pixels on each side. */
function icon(size: number, pad = 0): Buffer {
  const art = size - 2 * pad;
  /** RGBA of the pixel at (x, y). */
  const px = (x: number, y: number): readonly [number, number, number, number] => {
    const u = (x - pad + 0.5) / art;
    const v = (y - pad + 0.5) / art;
    if (u < 0 || u > 1 || v < 0 || v > 1) return [0, 0, 0, 0];
    const r = 0.18; // corner radius, fraction of the size
    const dx = Math.max(r - u, 0, u - (1 - r));
    const dy = Math.max(r - v, 0, v - (1 - r));
    if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
    const bars = [
      [0.18, 0.34, 0.2],
      [0.42, 0.58, 0.42],
      [0.66, 0.82, 0.62],
    ];
    for (const [a, b, top] of bars) if (u >= (a ?? 0) && u < (b ?? 0) && v >= (top ?? 0) && v < 0.8) return [255, 255, 255, 255];
    if (Math.abs(v - 0.62) < Math.max(0.03, 1 / art) && u > 0.12 && u < 0.88) return [255, 209, 102, 255];
    return [11, 92, 173, 255];
  };
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(px(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48]) writeFileSync(`extension/icons/icon-${size}.png`, icon(size));
writeFileSync('extension/icons/icon-128.png', icon(128, 16));
