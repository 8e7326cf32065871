import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** Image files built byte by byte, each one a way a stored or uploaded "image" has hurt the server. */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A PNG chunk with a correct CRC, so only what the test means to break is broken. */
export function pngChunk(type: string, data: Buffer, declaredLength = data.length): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(declaredLength, 0);
  chunk.write(type, 4, 'ascii');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 8 + data.length);
  return chunk;
}

function ihdr(width: number, height: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8; // bit depth
  data[9] = 2; // RGB
  return pngChunk('IHDR', data);
}

const IEND = pngChunk('IEND', Buffer.alloc(0));

/** Rows of a small RGB image, each with filter byte 0. */
function rawRows(width: number, height: number): Buffer {
  return Buffer.alloc((1 + 3 * width) * height, 0x80);
}

export const hostile = {
  /** Header and checksums fine, but the image data is not zlib: pdfkit's inflate callback threw and ended the process. */
  corruptZlibPng: () =>
    Buffer.concat([PNG_SIGNATURE, ihdr(16, 16), pngChunk('IDAT', Buffer.from('definitely not deflate data')), IEND]),
  /** A few hundred bytes declaring 60000 × 60000 pixels (3.6 billion): a RangeError when buffers were allocated. */
  hugePng: () =>
    Buffer.concat([
      PNG_SIGNATURE,
      ihdr(60000, 60000),
      pngChunk('IDAT', deflateSync(rawRows(60000, 1).subarray(0, 4096))),
      IEND,
    ]),
  /** A chunk whose length reads 0xFFFFFFF4: adding the 12 bytes of chunk overhead wraps around to 0 and a parser loops. */
  loopingChunkPng: () =>
    Buffer.concat([
      PNG_SIGNATURE,
      ihdr(4, 4),
      pngChunk('tEXt', Buffer.from('Comment\0x'), 0xfffffff4),
      pngChunk('IDAT', deflateSync(rawRows(4, 4))),
      IEND,
    ]),
  /** JPEG magic and then anything: passed the upload's sniffing, answered 500 when printing. */
  jpegThenGarbage: () =>
    Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('this is no JPEG at all '.repeat(20))]),
  /** A real PNG whose image data stops half-way. */
  truncatedPng: async () => {
    const png = await validPng(64, 64, { noise: true });
    return png.subarray(0, Math.floor(png.length / 2));
  },
  /** The PNG signature in front of a PDF. */
  pngHeadedPdf: () =>
    Buffer.concat([PNG_SIGNATURE, Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <<>>\n%%EOF')]),
  /** A GIF that is also JavaScript (`GIF89a=…`): neither PNG nor JPEG. */
  gifScriptPolyglot: () => Buffer.from('GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=alert(document.cookie);//;'),
};

export const HTML = '<html><body><script>alert(document.cookie)</script></body></html>';

/** A genuine PNG made by libvips; `noise` makes it compress badly so truncation hits image data. */
export async function validPng(width: number, height: number, options: { noise?: boolean } = {}): Promise<Buffer> {
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#3366cc',
      ...(options.noise && { noise: { type: 'gaussian' as const, mean: 128, sigma: 40 } }),
    },
  })
    .png()
    .toBuffer();
}

/** A genuine JPEG carrying an EXIF block with GPS coordinates (Düsseldorf) and a comment. */
export async function jpegWithGps(width = 40, height = 30): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#cc6633' } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: 'Secret Photographer' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 13/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '6/1 46/1 0/1' },
    })
    .toBuffer();
}

/** A PNG with HTML inside a text chunk (valid CRC): a browser sniffing it might run the script. */
export async function pngWithHtmlChunk(): Promise<Buffer> {
  const png = await validPng(8, 8);
  const iend = png.length - 12;
  return Buffer.concat([png.subarray(0, iend), pngChunk('tEXt', Buffer.from(`Comment\0${HTML}`)), png.subarray(iend)]);
}

/** A JPEG with HTML in a comment segment right after its start marker. */
export async function jpegWithHtmlComment(): Promise<Buffer> {
  const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#33cc66' } })
    .jpeg()
    .toBuffer();
  const marker = Buffer.from([0xff, 0xfe, 0, 0]);
  marker.writeUInt16BE(2 + Buffer.byteLength(HTML), 2);
  return Buffer.concat([jpeg.subarray(0, 2), marker, Buffer.from(HTML), jpeg.subarray(2)]);
}

/** A PNG followed by a ZIP archive: both programs open the same file. */
export async function pngZipPolyglot(): Promise<Buffer> {
  const zipEnd = Buffer.alloc(22);
  zipEnd.writeUInt32LE(0x06054b50, 0);
  return Buffer.concat([await validPng(8, 8), Buffer.from('PK\x03\x04evil.html'), Buffer.from(HTML), zipEnd]);
}

/** The EXIF tag that points to the GPS block (0x8825), in either byte order. */
export function hasGpsTag(exif: Buffer | undefined): boolean {
  return !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
}
