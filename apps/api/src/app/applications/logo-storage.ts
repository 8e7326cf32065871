import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { LOGO_MAX_BYTES, LOGO_MAX_PIXELS } from '@markt/shared';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { appConfig } from '../config/app.config';
import { decodeUpload, IMAGE_EXTENSIONS, ImageLimits } from '../images/image-decoder';
import { writeFileAtomically } from '../images/image-files';

export const LOGO_LIMITS: ImageLimits = { bytes: LOGO_MAX_BYTES, pixels: LOGO_MAX_PIXELS };

/** Logos live in the data folder, outside the database, under names the server chooses. */
@Injectable()
export class LogoStorage {
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
    // A logo of the other format from an earlier upload.
    await Promise.all(
      IMAGE_EXTENSIONS.filter((extension) => extension !== image.extension).map((extension) =>
        rm(this.path(`${applicationId}.${extension}`), { force: true }),
      ),
    );
    return { file, type: image.type };
  }

  async remove(applicationId: string): Promise<void> {
    await Promise.all(
      IMAGE_EXTENSIONS.map((extension) => rm(this.path(`${applicationId}.${extension}`), { force: true })),
    );
  }

  /** Moves a stored logo out of the way, into `<DATA_DIR>/quarantine/logos/`, for someone to look at. */
  async quarantine(file: string): Promise<void> {
    const dir = join(this.config.dataDir, 'quarantine', 'logos');
    await mkdir(dir, { recursive: true });
    await rename(this.path(file), join(dir, `${Date.now()}-${file}`)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
