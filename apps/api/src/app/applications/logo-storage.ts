import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { LOGO_MAX_BYTES, LOGO_MAX_PIXELS } from '@markt/shared';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { appConfig } from '../config/app.config';
import { decodeUpload, IMAGE_EXTENSIONS, ImageLimits, printableImage } from '../images/image-decoder';
import { writeFileAtomically } from '../images/image-files';

export const LOGO_LIMITS: ImageLimits = { bytes: LOGO_MAX_BYTES, pixels: LOGO_MAX_PIXELS };

/** Pixels on the longer side of a logo handed to a PDF: the sign's logo (at most about 210 pt) at 200 dpi. */
const PRINT_PIXELS = 600;
/**
 * Printable logos kept (600-pixel JPEGs, some 10–50 kB each, so tens of megabytes at most): the logos of a
 * 1,000-stand market, which seldom all have one.
 */
const PRINTABLE_KEPT = 1000;

/** Logos decoded at once: sharp's (libuv's) four worker threads. */
export const LOGO_DECODERS = 4;

/** Logos live in the data folder, outside the database, under names the server chooses. */
@Injectable()
export class LogoStorage {
  /** Printable forms of logo files by name, with the file version they were made from. */
  private readonly printed = new Map<string, { version: string; image: Buffer }>();

  constructor(
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  private get dir(): string {
    return join(this.config.dataDir, 'uploads', 'logos');
  }

  path(file: string): string {
    return join(this.dir, file);
  }

  /**
   * Decodes the upload in full and writes only the re-encoded image; returns its name and type,
   * or throws a field error on `logo`.
   */
  async store(applicationId: string, content: Buffer | undefined): Promise<{ file: string; type: string }> {
    const image = await decodeUpload('logo', content, LOGO_LIMITS);
    await mkdir(this.dir, { recursive: true });
    const file = `${applicationId}.${image.extension}`;
    await writeFileAtomically(this.path(file), image.data);
    // Made now, so the next print of the stand signs finds it. It has just decoded; should this still fail,
    // the print tries again and reports it.
    await this.printable(file).catch(() => undefined);
    // A logo of the other format from an earlier upload.
    await Promise.all(
      IMAGE_EXTENSIONS.filter((extension) => extension !== image.extension).map((extension) => {
        this.printed.delete(`${applicationId}.${extension}`);
        return rm(this.path(`${applicationId}.${extension}`), { force: true });
      }),
    );
    return { file, type: image.type };
  }

  /**
   * A stored logo as a PDF takes it (`printableImage`); rejects if the file does not decode. Each result is
   * kept for the file's version (size, modification time, inode: a new upload is a new inode), and it is made
   * when a logo is stored and by the start-up check, so a print of hundreds of logos seldom decodes any.
   */
  async printable(file: string): Promise<Buffer> {
    const path = this.path(file);
    const info = await stat(path);
    const version = `${info.size}:${info.mtimeMs}:${info.ino}`;
    const known = this.printed.get(file);
    if (known?.version === version) return known.image;
    const image = await printableImage(path, LOGO_LIMITS.pixels, PRINT_PIXELS);
    this.printed.delete(file);
    this.printed.set(file, { version, image });
    if (this.printed.size > PRINTABLE_KEPT) this.printed.delete(this.printed.keys().next().value as string);
    return image;
  }

  async remove(applicationId: string): Promise<void> {
    await Promise.all(
      IMAGE_EXTENSIONS.map((extension) => {
        // A deleted logo is not kept in memory either.
        this.printed.delete(`${applicationId}.${extension}`);
        return rm(this.path(`${applicationId}.${extension}`), { force: true });
      }),
    );
  }

  /** Moves a stored logo out of the way, into `<DATA_DIR>/quarantine/logos/`, for someone to look at. */
  async quarantine(file: string): Promise<void> {
    this.printed.delete(file);
    const dir = join(this.config.dataDir, 'quarantine', 'logos');
    await mkdir(dir, { recursive: true });
    await rename(this.path(file), join(dir, `${Date.now()}-${file}`)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
