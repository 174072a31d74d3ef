// Media files for the message-list tests: a small PNG, a short WAV, a PDF
// stand-in. Generated here, so no binary fixtures live in the repository.
import {deflateSync} from 'node:zlib';

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A solid-colour RGB PNG. */
function png(width, height, [r, g, b]) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({length: height}, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A short silent mono WAV. */
function wav(seconds = 0.2, rate = 8000) {
  const samples = Math.round(seconds * rate);
  const buffer = Buffer.alloc(44 + samples);
  buffer.write('RIFF', 0);
  buffer.writeUInt32LE(36 + samples, 4);
  buffer.write('WAVEfmt ', 8);
  buffer.writeUInt32LE(16, 16);
  buffer.writeUInt16LE(1, 20);
  buffer.writeUInt16LE(1, 22);
  buffer.writeUInt32LE(rate, 24);
  buffer.writeUInt32LE(rate, 28);
  buffer.writeUInt16LE(1, 32);
  buffer.writeUInt16LE(8, 34);
  buffer.write('data', 36);
  buffer.writeUInt32LE(samples, 40);
  buffer.fill(128, 44);
  return buffer;
}

const files = {
  'cat.png': ['image/png', png(160, 120, [230, 140, 60])],
  'avatar.png': ['image/png', png(32, 32, [60, 120, 230])],
  'song.mp3': ['audio/wav', wav()],
  'sound.wav': ['audio/wav', wav()],
  'report.pdf': ['application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n')],
};

export const routes = {
  '/api/media/*': async (ctx) => {
    const name = ctx.path.slice('/api/media/'.length);
    const file = files[name];
    if (!file) {
      // Any other name answers with a picture, so tests can use many image URLs.
      ctx.type = 'image/png';
      ctx.body = files['cat.png'][1];
      return;
    }
    ctx.type = file[0];
    ctx.body = file[1];
  },
};
