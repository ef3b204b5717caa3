// Draws the extension icon, media/keten-icon.png (128×128): two linked chain rings on a
// teal tile. Plain Node (zlib), so it can be redrawn anywhere: node media/make-icon.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const size = 128;
const pixels = Buffer.alloc(size * size * 4);

function blend(x, y, [r, g, b], alpha) {
    if (alpha <= 0) return;
    const i = (y * size + x) * 4;
    const a = Math.min(1, alpha);
    pixels[i] = Math.round(pixels[i] * (1 - a) + r * a);
    pixels[i + 1] = Math.round(pixels[i + 1] * (1 - a) + g * a);
    pixels[i + 2] = Math.round(pixels[i + 2] * (1 - a) + b * a);
    pixels[i + 3] = Math.max(pixels[i + 3], Math.round(255 * a));
}

/** Signed distance to a rounded rectangle (a stadium) centred at cx, cy. */
function stadium(px, py, cx, cy, halfWidth, halfHeight, radius) {
    const dx = Math.max(Math.abs(px - cx) - (halfWidth - radius), 0);
    const dy = Math.max(Math.abs(py - cy) - (halfHeight - radius), 0);
    return Math.hypot(dx, dy) - radius;
}

const tile = [0, 105, 120];
const ring = [255, 255, 255];
const shade = [0, 70, 80];

for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
        const px = x + 0.5, py = y + 0.5;
        // Tile with rounded corners.
        blend(x, y, tile, 0.5 - stadium(px, py, 64, 64, 62, 62, 22));
        // Two links, tilted 45°: rotate the point into the link's frame.
        const links = [[46, 82], [82, 46]];
        links.forEach(([cx, cy], index) => {
            const rx = ((px - cx) - (py - cy)) / Math.SQRT2;
            const ry = ((px - cx) + (py - cy)) / Math.SQRT2;
            const outer = stadium(rx, ry, 0, 0, 34, 18, 18);
            const inner = stadium(rx, ry, 0, 0, 22, 7, 7);
            const onRing = Math.min(0.5 - outer, inner + 0.5);
            // The second link passes over the first on one side: a dark edge shows the overlap.
            if (index === 1) blend(x, y, shade, Math.min(0.5 - stadium(rx, ry, 0, 0, 37, 21, 21), inner + 3.5) * 0.6);
            blend(x, y, ring, onRing);
        });
    }
}

function crc32(buffer) {
    let crc = -1;
    for (const byte of buffer) {
        crc ^= byte;
        for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
    return (crc ^ -1) >>> 0;
}

function chunk(type, data) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const rows = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0))
]);
writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'keten-icon.png'), png);
