import { FieldError } from '@markt/shared';
import sharp, { SharpOptions } from 'sharp';
import { validationFailed } from '../common/validation';

// Only the two formats the app accepts ever reach a decoder: libvips' loaders for SVG, PDF, TIFF, HEIF and
// the like stay switched off, whatever a file claims to be.
sharp.block({ operation: ['VipsForeignLoad'] });
sharp.unblock({ operation: ['VipsForeignLoadPng', 'VipsForeignLoadJpeg'] });
// Every image is decoded once; keeping decoded pixels around would only hold memory.
sharp.cache(false);

/** No single image may hold a CPU longer than this (the largest allowed ones take about two seconds). */
const DECODE_TIMEOUT_SECONDS = 10;

const FORMATS = [
  {
    type: 'image/png',
    extension: 'png',
    format: 'png',
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { type: 'image/jpeg', extension: 'jpg', format: 'jpeg', magic: [0xff, 0xd8, 0xff] },
] as const;

export type ImageFormat = (typeof FORMATS)[number];
export const IMAGE_EXTENSIONS: readonly string[] = FORMATS.map((f) => f.extension);

export interface ImageLimits {
  bytes: number;
  /** Width × height. */
  pixels: number;
}

export interface DecodedImage {
  /** The re-encoded file: same format, no metadata (EXIF, GPS, comments), nothing after the image. */
  data: Buffer;
  type: ImageFormat['type'];
  extension: ImageFormat['extension'];
  width: number;
  height: number;
}

/** Why an image was refused, as a field error without its field. */
export class ImageRejected extends Error {
  constructor(readonly reason: Omit<FieldError, 'field'>) {
    super(reason.message);
  }
}

/** The format the first bytes announce; only a hint for which decoder to try, never proof. */
export function detectImageType(content: Buffer): ImageFormat | undefined {
  return FORMATS.find(({ magic }) => content.length >= magic.length && magic.every((byte, i) => content[i] === byte));
}

export function contentTypeOf(file: string): ImageFormat['type'] | undefined {
  return FORMATS.find((f) => file.endsWith(`.${f.extension}`))?.type;
}

const invalid = () =>
  new ImageRejected({ code: 'imageInvalid', message: 'The file is not a complete, readable PNG or JPEG image' });

/** Strict decoding: a warning (truncated or corrupt data) fails the image; EXIF orientation is applied first. */
const decodeOptions = (pixels: number): SharpOptions => ({
  failOn: 'warning',
  limitInputPixels: pixels,
  autoOrient: true,
});

/**
 * Decodes the whole image and encodes it afresh in the same format, so only pixels survive: whatever
 * the file carried besides (metadata, appended HTML, a second file of a polyglot) is gone.
 * Throws `ImageRejected` for anything that is not a PNG or JPEG within the limits.
 */
export async function decodeImage(content: Buffer, limits: ImageLimits): Promise<DecodedImage> {
  const format = detectImageType(content);
  if (!format) throw new ImageRejected({ code: 'fileType', message: 'Only PNG or JPEG images are accepted' });
  if (content.length > limits.bytes) {
    const max = Math.round((limits.bytes / 1024 / 1024) * 10) / 10;
    throw new ImageRejected({ code: 'fileTooLarge', params: { max }, message: `At most ${max} MB` });
  }
  // The header alone tells the declared size, so a huge one is refused before any pixel is decoded.
  const header = await sharp(content, { failOn: 'warning', limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw invalid();
    });
  const { width, height } = header;
  if (header.format !== format.format || !width || !height) throw invalid();
  if (width * height > limits.pixels) {
    const max = Math.floor(limits.pixels / 1_000_000);
    throw new ImageRejected({
      code: 'imageTooLarge',
      params: { width, height, max },
      message: `At most ${max} million pixels`,
    });
  }
  const image = sharp(content, decodeOptions(limits.pixels)).timeout({ seconds: DECODE_TIMEOUT_SECONDS });
  const encoded = format.format === 'png' ? image.png() : image.jpeg({ quality: 90 });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true }).catch(() => {
    throw invalid();
  });
  return { data, type: format.type, extension: format.extension, width: info.width, height: info.height };
}

/** `decodeImage` for an upload: a missing file or a refused image becomes a 400 with a field error on `field`. */
export async function decodeUpload(
  field: string,
  content: Buffer | undefined,
  limits: ImageLimits,
): Promise<DecodedImage> {
  if (!content || content.length === 0) {
    throw validationFailed([{ field, code: 'required', message: 'No file received' }]);
  }
  try {
    return await decodeImage(content, limits);
  } catch (error) {
    if (error instanceof ImageRejected) throw validationFailed([{ field, ...error.reason }]);
    throw error;
  }
}

/**
 * A stored image as pdfkit should get it: decoded afresh under the same rules, at most `size` pixels a side,
 * flattened onto white and as a baseline JPEG (high quality, no chroma subsampling, so edges and lettering
 * stay crisp). pdfkit embeds a JPEG's bytes as they are, while it unpacks every PNG in JavaScript, which
 * made a sign sheet of hundreds of logos take seconds. Rejects if the file does not decode.
 */
export function printableImage(path: string, pixels: number, size: number): Promise<Buffer> {
  return sharp(path, decodeOptions(pixels))
    .timeout({ seconds: DECODE_TIMEOUT_SECONDS })
    .resize(size, size, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 90, chromaSubsampling: '4:4:4' })
    .toBuffer();
}
