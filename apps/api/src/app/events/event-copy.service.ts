import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { CopyEventInput, EventStatus, Role } from '@markt/shared';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { appConfig } from '../config/app.config';
import { backgroundDir, newBackgroundFile } from '../floor-plan/background-storage';
import { FloorPlan } from '../floor-plan/floor-plan.entity';
import { StandEntity } from '../floor-plan/stand.entity';
import { EmailTemplate } from '../notifications/email-template.entity';
import { Event } from './event.entity';
import { EventsService } from './events.service';

/** Stands per multi-row INSERT (1,000 stands are fine; SQLite limits the parameters of one statement). */
const INSERT_CHUNK = 200;

/**
 * A new event as a copy of an earlier one: its settings, topics, review criteria and settings, floor plan
 * (room, background scan, features, stands) and email templates. Nothing of applicants is copied: no
 * applications, reviews, notes, assignments or mails. The copy starts as a draft with its market unpublished.
 */
@Injectable()
export class EventCopyService {
  private readonly logger = new Logger('EventCopy');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    @Inject(appConfig.KEY) private readonly config: ConfigType<typeof appConfig>,
  ) {}

  async copy(sourceId: string, input: CopyEventInput, actorId: string): Promise<Event> {
    const source = await this.events.get(sourceId, Role.Admin);
    const settings = {
      ...this.events.toInput(source),
      ...input,
      status: EventStatus.Draft,
      marketPublished: false,
      // A date of the earlier event; the new one gets its own when an admin sets it.
      standDetailsDeadline: null,
    };
    const { event, backgroundFile } = await this.dataSource.transaction(async (manager) => {
      const event = await this.events.create(settings, manager);
      const plan = await manager.getRepository(FloorPlan).findOneBy({ eventId: source.id });
      if (plan) {
        const { width, depth, outline, background, features } = plan;
        const plans = manager.getRepository(FloorPlan);
        await plans.insert(
          plans.create({
            eventId: event.id,
            width,
            depth,
            outline,
            background,
            features,
            backgroundFile: null,
            version: 1,
          }),
        );
      }
      const stands = await manager.getRepository(StandEntity).findBy({ eventId: source.id });
      const copies = stands.map(({ number, x, y, width, depth, rotation, hasPower, stepFree, capacity, notes }) =>
        manager
          .getRepository(StandEntity)
          .create({ eventId: event.id, number, x, y, width, depth, rotation, hasPower, stepFree, capacity, notes }),
      );
      for (let i = 0; i < copies.length; i += INSERT_CHUNK) {
        await manager.getRepository(StandEntity).insert(copies.slice(i, i + INSERT_CHUNK));
      }
      const templates = await manager.getRepository(EmailTemplate).findBy({ eventId: source.id });
      const ownTemplates = manager.getRepository(EmailTemplate);
      for (const { kind, language, subject, body } of templates) {
        await ownTemplates.insert(ownTemplates.create({ eventId: event.id, kind, language, subject, body }));
      }
      await this.audit.record(
        { entityType: 'event', entityId: event.id, actorId, action: 'created_as_copy', toStatus: event.status },
        manager,
      );
      return { event, backgroundFile: plan?.backgroundFile ?? null };
    });
    if (backgroundFile) await this.copyBackground(event.id, backgroundFile);
    return event;
  }

  /**
   * The scan is copied under a name of its own once the new event is committed (no file work inside a
   * transaction), so replacing or deleting either event's scan leaves the other's alone. Should the copy
   * fail, the new plan simply has no scan.
   */
  private async copyBackground(eventId: string, sourceFile: string): Promise<void> {
    const dir = backgroundDir(this.config.dataDir);
    const file = newBackgroundFile(eventId, { extension: sourceFile.endsWith('.jpg') ? 'jpg' : 'png' });
    try {
      await copyFile(join(dir, sourceFile), join(dir, file));
      await this.dataSource.getRepository(FloorPlan).update({ eventId }, { backgroundFile: file });
    } catch (error) {
      this.logger.warn(
        `Background ${sourceFile} not copied: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
