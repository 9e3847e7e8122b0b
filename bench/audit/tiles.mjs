// The base map's stand-in: an XYZ tile server on 127.0.0.1 answering every /{z}/{x}/{y}.png with a 256 px
// palette PNG about the size of an OpenStreetMap tile (4 colours at random: 2 bits a pixel, ~17 KB), so
// Lighthouse weighs the base map as it would weigh the real one. Nothing leaves the machine.
import { createServer } from 'node:http';
import { deflateSync } from 'node:zlib';

const SIZE = 256;
const PALETTE = [[242, 239, 233], [170, 211, 223], [205, 235, 176], [255, 255, 255]];
const TILE = /^\/(\d+)\/(\d+)\/(\d+)\.png$/;

/** Starts the server on a free port; resolves to {url, close(), count()}: the URL template and the tiles served. */
export async function startTileServer() {
  let served = 0;
  const server = createServer((request, response) => {
    const match = TILE.exec(new URL(request.url, 'http://localhost').pathname);
    if (!match) {
      response.writeHead(404).end();
      return;
    }
    served += 1;
    const [z, x, y] = match.slice(1).map(Number);
    response.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'max-age=86400', 'Access-Control-Allow-Origin': '*' });
    response.end(tilePng((z * 73856093) ^ (x * 19349663) ^ (y * 83492791)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`,
    count: () => served,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function tilePng(seed) {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state;
  };
  const rows = Buffer.alloc(SIZE * (SIZE + 1));
  for (let row = 0; row < SIZE; row += 1) {
    const start = row * (SIZE + 1); // each row starts with its filter byte, 0 (none)
    for (let col = 0; col < SIZE; col += 1) rows[start + 1 + col] = random() & 3;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // indexed colour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(PALETTE.flat())),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
