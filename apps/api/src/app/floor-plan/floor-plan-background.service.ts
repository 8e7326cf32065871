import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERROR_CODES, FloorPlanDto, PlanIssue, Role } from '@markt/shared';
import { DataSource, IsNull } from 'typeorm';
import { EventsService } from '../events/events.service';
import { contentTypeOf, decodeUpload } from '../images/image-decoder';
import { BACKGROUND_LIMITS, BackgroundStorage, defaultPlacement } from './background-storage';
import { FloorPlan } from './floor-plan.entity';
import { EMPTY_ROOM, FloorPlanService } from './floor-plan.service';

/**
 * The scan under an event's floor plan, uploaded on its own. Changing it does not count as a save of
 * the plan (the version stays), so an editor with unsaved changes can still save them afterwards.
 */
@Injectable()
export class FloorPlanBackgroundService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly plans: FloorPlanService,
    private readonly storage: BackgroundStorage,
  ) {}

  /** Decodes the upload in full and keeps only the re-encoded image; a refused one is a field error on `background`. */
  async upload(eventId: string, content: Buffer | undefined): Promise<FloorPlanDto & { issues: PlanIssue[] }> {
    await this.events.get(eventId, Role.Admin);
    const image = await decodeUpload('background', content, BACKGROUND_LIMITS);
    const file = await this.storage.write(eventId, image);
    let previous: string | null;
    try {
      previous = await this.attach(eventId, file);
    } catch (error) {
      await this.storage.remove(file);
      throw error;
    }
    if (previous) await this.storage.remove(previous);
    return this.plans.get(eventId, Role.Admin);
  }

  async remove(eventId: string): Promise<FloorPlanDto & { issues: PlanIssue[] }> {
    await this.events.get(eventId, Role.Admin);
    const repo = this.dataSource.getRepository(FloorPlan);
    const plan = await repo.findOneBy({ eventId });
    if (plan?.backgroundFile) {
      const result = await repo.update(
        { id: plan.id, backgroundFile: plan.backgroundFile },
        { backgroundFile: null, background: null },
      );
      if (result.affected !== 1) throw this.changedMeanwhile();
      await this.storage.remove(plan.backgroundFile);
    }
    return this.plans.get(eventId, Role.Admin);
  }

  /** The stored scan's path and type, for sending it. */
  async file(eventId: string): Promise<{ path: string; type: string }> {
    await this.events.get(eventId, Role.Admin);
    const plan = await this.dataSource.getRepository(FloorPlan).findOneBy({ eventId });
    const type = plan?.backgroundFile && contentTypeOf(plan.backgroundFile);
    if (!plan?.backgroundFile || !type) {
      throw new NotFoundException({ code: ERROR_CODES.notFound, message: 'No background image' });
    }
    return { path: this.storage.path(plan.backgroundFile), type };
  }

  /** Records the new file on the plan (creating the plan if none was saved yet); returns the file it replaces. */
  private async attach(eventId: string, file: string): Promise<string | null> {
    const repo = this.dataSource.getRepository(FloorPlan);
    const plan = await repo.findOneBy({ eventId });
    if (!plan) {
      // Version 0 with the default room: the editor's first save, made from version 0, still applies.
      await repo.insert(
        repo.create({
          eventId,
          ...EMPTY_ROOM,
          outline: null,
          features: [],
          version: 0,
          background: defaultPlacement(EMPTY_ROOM.width),
          backgroundFile: file,
        }),
      );
      return null;
    }
    const result = await repo.update(
      { id: plan.id, backgroundFile: plan.backgroundFile ?? IsNull() },
      { backgroundFile: file, background: plan.background ?? defaultPlacement(plan.width) },
    );
    if (result.affected !== 1) throw this.changedMeanwhile();
    return plan.backgroundFile;
  }

  private changedMeanwhile(): ConflictException {
    return new ConflictException({
      code: ERROR_CODES.conflict,
      message: 'The background image was changed at the same time',
    });
  }
}
