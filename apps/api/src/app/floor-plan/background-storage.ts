import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { BackgroundImage, BackgroundPlacement, FLOOR_PLAN_LIMITS } from '@markt/shared';
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { appConfig } from '../config/app.config';
import { DecodedImage, ImageLimits } from '../images/image-decoder';
import { writeFileAtomically } from '../images/image-files';

export const BACKGROUND_LIMITS: ImageLimits = {
  bytes: FLOOR_PLAN_LIMITS.backgroundBytes,
  pixels: FLOOR_PLAN_LIMITS.backgroundPixels,
};

/** What `url` of a plan's background looks like; the plan PUT may send it back, never image data. */
export const BACKGROUND_URL_PATTERN = /^\/api\/events\/[0-9a-f-]{36}\/floor-plan\/background\?v=[0-9a-f]{12}$/;

export function backgroundDir(dataDir: string): string {
  return join(dataDir, 'uploads', 'backgrounds');
}

/** A new name for every upload, so a replaced scan gets a new URL and no cache shows the old one. */
export function newBackgroundFile(eventId: string, image: Pick<DecodedImage, 'extension'>): string {
  return `${eventId}-${randomBytes(6).toString('hex')}.${image.extension}`;
}

/** The scan's URL; `v` (from the file name) changes with every upload. */
export function backgroundUrl(eventId: string, file: string): string {
  const version = /-([0-9a-f]{12})\.\w+$/.exec(file)?.[1] ?? '';
  return `/api/events/${eventId}/floor-plan/background?v=${version}`;
}

/** Only the placement is stored with the plan; a `url` sent along is not. */
export function placementOf(background: BackgroundPlacement): BackgroundPlacement {
  const { x, y, width, opacity } = background;
  return { x, y, width, opacity };
}

/** Where a newly uploaded scan lies: the room's top-left corner, as wide as the room, half transparent. */
export function defaultPlacement(roomWidth: number): BackgroundPlacement {
  return { x: 0, y: 0, width: roomWidth, opacity: 0.5 };
}

/** The background as the API shows it: only a stored scan that is placed (not hidden by a save with `null`). */
export function toBackgroundImage(
  plan: { eventId: string; background: BackgroundPlacement | null; backgroundFile: string | null } | null,
): BackgroundImage | null {
  if (!plan?.backgroundFile || !plan.background) return null;
  return { url: backgroundUrl(plan.eventId, plan.backgroundFile), ...placementOf(plan.background) };
}

/** Background scans live in the data folder, outside the database, under names the server chooses. */
@Injectable()
export class BackgroundStorage {
  constructor(
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  path(file: string): string {
    return join(backgroundDir(this.config.dataDir), file);
  }

  /** Writes a decoded scan under a new name and returns that name. */
  async write(eventId: string, image: DecodedImage): Promise<string> {
    await mkdir(backgroundDir(this.config.dataDir), { recursive: true });
    const file = newBackgroundFile(eventId, image);
    await writeFileAtomically(this.path(file), image.data);
    return file;
  }

  async remove(file: string): Promise<void> {
    await rm(this.path(file), { force: true });
  }
}
