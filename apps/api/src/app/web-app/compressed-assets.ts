import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ContentEncoding, compress, pickEncoding } from './compression';

/** The build's file names carry a content hash, so they may be cached for long. */
export const HASHED_ASSET = /-[A-Z0-9]{8}\.(js|css)$/;

/** Text files of the built web app worth compressing: scripts and styles at the top of the build folder. */
const COMPRESSIBLE = /^\/([\w-]+\.(?:js|css))$/;

/**
 * Serves the web app's scripts and styles brotli- or gzip-compressed (about a quarter of their
 * size: what a phone on a slow connection waits for before the page works). Each file is compressed
 * once, on first demand, and kept in memory; anything else, and clients that take no compression,
 * fall through to `express.static`.
 */
export function compressedAssets(dir: string): RequestHandler {
  const cache = new Map<string, Promise<{ body: Buffer; etag: string } | null>>();

  const load = (name: string, encoding: ContentEncoding) => {
    const key = `${name}\0${encoding}`;
    let entry = cache.get(key);
    if (!entry) {
      entry = (async () => {
        const path = join(dir, name);
        const info = await stat(path).catch(() => null);
        if (!info?.isFile()) return null;
        const body = await compress(await readFile(path), encoding);
        return { body, etag: `W/"${info.size.toString(16)}-${info.mtimeMs.toString(16)}-${encoding}"` };
      })();
      // A missing file is not remembered (it may appear with the next build); a failure is retried.
      entry.then(
        (value) => value ?? cache.delete(key),
        () => cache.delete(key),
      );
      cache.set(key, entry);
    }
    return entry;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const match = COMPRESSIBLE.exec(req.path);
    const encoding = match && pickEncoding(req);
    if (!match || !encoding) return next();
    const name = match[1];
    load(name, encoding).then((file) => {
      if (!file) return next();
      res.setHeader('Vary', 'Accept-Encoding');
      res.type(name.endsWith('.css') ? 'css' : 'js');
      res.setHeader(
        'Cache-Control',
        HASHED_ASSET.test(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=0',
      );
      res.setHeader('ETag', file.etag);
      if (req.fresh) {
        res.status(304).end();
        return;
      }
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', file.body.length);
      res.end(req.method === 'HEAD' ? undefined : file.body);
    }, next);
  };
}
