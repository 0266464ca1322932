// Writes assets/icon-{16,32,64,80}.png: a blue tile with three white bars.
// Pure Node (zlib) so icons can be regenerated without ImageMagick. Run: npx tsx scripts/make-icons.ts
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const BLUE = [0x15, 0x42, 0x73]; // Rijkshuisstijl "lintblauw"
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Bars of rising height (a budget chart), in unit coordinates so every size looks alike. */
function isBar(x: number, y: number): boolean {
  const bars = [
    { x0: 0.2, x1: 0.35, top: 0.55 },
    { x0: 0.425, x1: 0.575, top: 0.35 },
    { x0: 0.65, x1: 0.8, top: 0.15 },
  ];
  return y <= 0.85 && bars.some((b) => x >= b.x0 && x < b.x1 && y >= b.top);
}

function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    raw[row] = 0; // filter type: none
    for (let x = 0; x < size; x++) {
      const rgb = isBar((x + 0.5) / size, (y + 0.5) / size) ? WHITE : BLUE;
      raw.set(rgb, row + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('assets', { recursive: true });
for (const size of [16, 32, 64, 80]) writeFileSync(`assets/icon-${size}.png`, png(size));
