import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { LOGO_MAX_BYTES } from '@markt/shared';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appConfig } from '../config/app.config';
import { validationFailed } from '../common/validation';

/** Recognised by the first bytes of the file, never by its name or the browser's claim. */
const SIGNATURES: {
  type: 'image/png' | 'image/jpeg';
  extension: string;
  magic: number[];
}[] = [
  {
    type: 'image/png',
    extension: 'png',
    magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  },
  { type: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
];

export function detectImageType(content: Buffer): (typeof SIGNATURES)[number] | undefined {
  return SIGNATURES.find(
    ({ magic }) => content.length >= magic.length && magic.every((byte, i) => content[i] === byte),
  );
}

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

  /** Checks type and size; writes the file and returns its name and type, or throws a field error. */
  async store(applicationId: string, content: Buffer | undefined): Promise<{ file: string; type: string }> {
    if (!content || content.length === 0) {
      throw validationFailed([{ field: 'logo', code: 'required', message: 'No file received' }]);
    }
    const detected = detectImageType(content);
    if (!detected) {
      throw validationFailed([
        {
          field: 'logo',
          code: 'fileType',
          message: 'Only PNG or JPEG images are accepted',
        },
      ]);
    }
    if (content.length > LOGO_MAX_BYTES) {
      throw validationFailed([
        {
          field: 'logo',
          code: 'fileTooLarge',
          params: { max: LOGO_MAX_BYTES / 1024 / 1024 },
          message: 'At most 2 MB',
        },
      ]);
    }
    await mkdir(this.dir, { recursive: true });
    const file = `${applicationId}.${detected.extension}`;
    await this.remove(applicationId);
    await writeFile(this.path(file), content);
    return { file, type: detected.type };
  }

  async remove(applicationId: string): Promise<void> {
    await Promise.all(
      SIGNATURES.map(({ extension }) => rm(this.path(`${applicationId}.${extension}`), { force: true })),
    );
  }
}
