import type { Request } from 'express';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type ContentEncoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding we send to this client: brotli where it takes it, else gzip, else null for the plain bytes. */
export function pickEncoding(req: Pick<Request, 'acceptsEncodings'>): ContentEncoding | null {
  if (req.acceptsEncodings('br') === 'br') return 'br';
  if (req.acceptsEncodings('gzip') === 'gzip') return 'gzip';
  return null;
}

/**
 * Compresses off the event loop (zlib's thread pool). `quality` 11 is brotli's best and slowest:
 * for files compressed once and served many times; pages rendered per request use less.
 */
export function compress(data: Buffer, encoding: ContentEncoding, quality = 11): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        },
      })
    : gzipAsync(data, { level: 9 });
}
