import { BadRequestException } from '@nestjs/common';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import {
  hasGpsTag,
  hostile,
  HTML,
  jpegWithGps,
  jpegWithHtmlComment,
  pngWithHtmlChunk,
  pngZipPolyglot,
  validPng,
} from '../../../test/hostile-images';
import { decodeImage, decodeUpload, ImageRejected, printableImage } from './image-decoder';

const LIMITS = { bytes: 2 * 1024 * 1024, pixels: 1_000_000 };

async function rejection(content: Buffer | Promise<Buffer>, limits = LIMITS): Promise<ImageRejected['reason']> {
  const error = await decodeImage(await content, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ImageRejected)) throw new Error(`expected a rejection, got ${String(error)}`);
  return error.reason;
}

describe('decodeImage', () => {
  it.each([
    ['image data that is not zlib', hostile.corruptZlibPng(), 'imageInvalid'],
    ['a chunk length of 0xFFFFFFF4', hostile.loopingChunkPng(), 'imageInvalid'],
    ['a JPEG header followed by garbage', hostile.jpegThenGarbage(), 'imageInvalid'],
    ['a PNG cut off half-way', hostile.truncatedPng(), 'imageInvalid'],
    ['a PDF behind a PNG signature', hostile.pngHeadedPdf(), 'imageInvalid'],
    ['a GIF/JavaScript polyglot', hostile.gifScriptPolyglot(), 'fileType'],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'fileType'],
  ])('refuses %s', async (_label, content, code) => {
    expect((await rejection(content)).code).toBe(code);
  });

  it('refuses a declared 60000 × 60000 pixels without decoding them, naming size and limit', async () => {
    const started = Date.now();
    expect(await rejection(hostile.hugePng())).toEqual(
      expect.objectContaining({ code: 'imageTooLarge', params: { width: 60000, height: 60000, max: 1 } }),
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses files over the byte limit before decoding', async () => {
    const reason = await rejection(validPng(64, 64, { noise: true }), { bytes: 1024, pixels: LIMITS.pixels });
    expect(reason).toEqual(expect.objectContaining({ code: 'fileTooLarge', params: { max: 0 } }));
  });

  it('re-encodes a PNG: same pixels, without what was appended or hidden in text chunks', async () => {
    for (const content of [
      Buffer.concat([await validPng(8, 8), Buffer.from(HTML)]),
      await pngWithHtmlChunk(),
      await pngZipPolyglot(),
    ]) {
      const decoded = await decodeImage(content, LIMITS);
      expect(decoded).toEqual(expect.objectContaining({ type: 'image/png', extension: 'png', width: 8, height: 8 }));
      expect(decoded.data.includes('<script>')).toBe(false);
      expect(decoded.data.includes('PK')).toBe(false);
      const { data } = await sharp(decoded.data).raw().toBuffer({ resolveWithObject: true });
      expect([...data.subarray(0, 3)]).toEqual([0x33, 0x66, 0xcc]);
    }
  });

  it('re-encodes a JPEG without EXIF (GPS) and comments', async () => {
    const original = await jpegWithGps();
    expect(hasGpsTag((await sharp(original).metadata()).exif)).toBe(true);
    const decoded = await decodeImage(original, LIMITS);
    expect(decoded.type).toBe('image/jpeg');
    expect((await sharp(decoded.data).metadata()).exif).toBeUndefined();
    expect(decoded.data.includes('Exif')).toBe(false);
    expect((await decodeImage(await jpegWithHtmlComment(), LIMITS)).data.includes('<script>')).toBe(false);
  });
});

describe('decodeUpload', () => {
  it('turns refusals into a 400 with the field error', async () => {
    const error = await decodeUpload('background', hostile.corruptZlibPng(), LIMITS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestException);
    expect((error as BadRequestException).getResponse()).toEqual(
      expect.objectContaining({ errors: [expect.objectContaining({ field: 'background', code: 'imageInvalid' })] }),
    );
    const missing = await decodeUpload('logo', undefined, LIMITS).catch((e: unknown) => e);
    expect((missing as BadRequestException).getResponse()).toEqual(
      expect.objectContaining({ errors: [expect.objectContaining({ field: 'logo', code: 'required' })] }),
    );
  });
});

describe('printableImage', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'printable-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a small opaque JPEG for a good file and rejects every broken one', async () => {
    const good = join(dir, 'good.png');
    writeFileSync(good, await validPng(1200, 300));
    const printable = await printableImage(good, LIMITS.pixels, 400);
    expect(await sharp(printable).metadata()).toEqual(
      expect.objectContaining({ format: 'jpeg', width: 400, height: 100, hasAlpha: false }),
    );
    for (const [name, content] of Object.entries(hostile)) {
      const path = join(dir, name);
      writeFileSync(path, await content());
      await expect(printableImage(path, LIMITS.pixels, 400)).rejects.toThrow();
    }
    await expect(printableImage(join(dir, 'missing.png'), LIMITS.pixels, 400)).rejects.toThrow();
  });
});
