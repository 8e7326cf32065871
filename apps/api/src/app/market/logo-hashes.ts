import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/** Length of the content hash in a logo's public URL: 64 bits of SHA-256, as hex. */
export const LOGO_HASH_LENGTH = 16;

/**
 * Content hashes of stored logo files, for URLs that change whenever the picture does (so they can be
 * cached for a year). Each file is read once per version of it: the hash is kept with the file's size,
 * modification time and inode, and a new upload (written beside and renamed over) is a new inode.
 */
export class LogoHashes {
  private readonly known = new Map<string, { version: string; hash: string }>();

  /** The file's hash, or null if it is missing. */
  async of(path: string): Promise<string | null> {
    const info = await stat(path).catch(() => null);
    if (!info) {
      this.known.delete(path);
      return null;
    }
    const version = `${info.size}:${info.mtimeMs}:${info.ino}`;
    const known = this.known.get(path);
    if (known?.version === version) return known.hash;
    const content = await readFile(path).catch(() => null);
    if (!content) return null;
    const hash = createHash('sha256').update(content).digest('hex').slice(0, LOGO_HASH_LENGTH);
    this.known.set(path, { version, hash });
    return hash;
  }
}
