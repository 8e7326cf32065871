import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  RetentionAccountDto,
  RetentionEventDto,
  RetentionPreviewDto,
  RetentionRunDto,
  retentionDueAt,
  Role,
} from '@markt/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { Application } from '../applications/application.entity';
import { LogoStorage } from '../applications/logo-storage';
import { AuditService } from '../audit/audit.service';
import { EmailVerification } from '../auth/email-verification.entity';
import { appConfig } from '../config/app.config';
import { PendingDecision } from '../decisions/pending-decision.entity';
import { Event } from '../events/event.entity';
import { OutboxMessage } from '../notifications/outbox-message.entity';
import { Note } from '../reviews/note.entity';
import { Review } from '../reviews/review.entity';
import { User } from '../users/user.entity';

/**
 * What retention clears of an application. It keeps what statistics need: status, organisation type,
 * topics, the needs at the stand (people, tables, chairs, pin board, power, width, step-free access, a
 * hands-on offer, workshop interest) and the dates; names, contacts, texts and the logo go.
 */
export const RETENTION_CLEARED: Partial<Application> = {
  applicantId: null,
  organisationName: null,
  organisationAddress: null,
  organisationWebsite: null,
  organisationDescription: null,
  contactName: null,
  contactEmail: null,
  verifiedContactEmail: null,
  contactPhone: null,
  projectTitle: null,
  shortText: null,
  projectDescription: null,
  targetGroups: null,
  languages: null,
  standActivity: null,
  otherWishes: null,
  staffNames: null,
  staffAccessibilityNeeds: null,
  shareStandWith: null,
  decisionMessage: null,
  changesRequestedMessage: null,
  logoFile: null,
  logoType: null,
  // Nothing is left to publish or photograph.
  publicationConsent: false,
  publicationConsentAt: null,
  photoConsent: false,
  photoConsentAt: null,
};

/** `date` plus whole months, for an account's last login. */
function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/** Applications of one event, as a subquery (a 1,000-application event would exceed a parameter list). */
const OF_EVENT = `"applicationId" IN (SELECT "id" FROM "applications" WHERE "eventId" = :eventId)`;

/**
 * Deletes or anonymises personal data a configurable time (`RETENTION_MONTHS`) after an event, and
 * applicant accounts without any application after the same time without login. Safe to run from
 * several API instances at once: each event is claimed by a conditional update, each account deleted
 * only while still unused, so a second run finds nothing left to do.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly logos: LogoStorage,
    @Inject(appConfig.KEY) private readonly config: ConfigType<typeof appConfig>,
  ) {}

  get months(): number {
    return this.config.retention.months;
  }

  /** From when the personal data of an event's applications is removed. */
  dueAt(event: Pick<Event, 'date'>): Date {
    return retentionDueAt(event.date, this.months);
  }

  /** For an applicant's data export: from when each application's personal data goes. */
  async exportNotice(applications: Pick<Application, 'id' | 'eventId'>[]) {
    const events = await this.dataSource.getRepository(Event).findBy({ id: In(applications.map((a) => a.eventId)) });
    const dueAt = new Map(events.map((event) => [event.id, this.dueAt(event).toISOString()]));
    return {
      retentionMonths: this.months,
      applications: applications.map((a) => ({
        applicationId: a.id,
        eventId: a.eventId,
        personalDataRemovedFrom: dueAt.get(a.eventId) ?? null,
      })),
    };
  }

  async preview(now = new Date()): Promise<RetentionPreviewDto> {
    const events = await this.dataSource
      .getRepository(Event)
      .find({ where: { personalDataRemovedAt: IsNull() }, order: { date: 'ASC' } });
    const counts = await this.dataSource
      .getRepository(Application)
      .createQueryBuilder('a')
      .select('a.eventId', 'eventId')
      .addSelect('COUNT(*)', 'applications')
      .addSelect('COUNT(a.logoFile)', 'logos')
      .groupBy('a.eventId')
      .getRawMany<{ eventId: string; applications: string | number; logos: string | number }>();
    const byEvent = new Map(counts.map((c) => [c.eventId, c]));
    return {
      retentionMonths: this.months,
      events: events.map((event): RetentionEventDto => {
        const dueAt = this.dueAt(event);
        const count = byEvent.get(event.id);
        return {
          eventId: event.id,
          title: event.title,
          date: event.date,
          dueAt: dueAt.toISOString(),
          due: dueAt <= now,
          applications: Number(count?.applications ?? 0),
          logos: Number(count?.logos ?? 0),
        };
      }),
      accounts: (await this.unusedAccounts()).map((user): RetentionAccountDto => {
        const lastSeenAt = user.lastLoginAt ?? user.createdAt;
        const dueAt = addMonths(lastSeenAt, this.months);
        return {
          userId: user.id,
          email: user.email,
          lastSeenAt: lastSeenAt.toISOString(),
          dueAt: dueAt.toISOString(),
          due: dueAt <= now,
        };
      }),
    };
  }

  /** Removes what is due; `actorId` is the admin who ran it, null for the daily run. Every run is audited. */
  async run(actorId: string | null, now = new Date()): Promise<RetentionRunDto> {
    const result: RetentionRunDto = { ranAt: now.toISOString(), events: 0, applications: 0, accounts: 0 };
    const events = await this.dataSource.getRepository(Event).findBy({ personalDataRemovedAt: IsNull() });
    for (const event of events.filter((e) => this.dueAt(e) <= now)) {
      const removed = await this.removeEventData(event, actorId, now);
      if (removed === null) continue;
      result.events++;
      result.applications += removed;
    }
    const cutoff = addMonths(now, -this.months);
    for (const user of await this.unusedAccounts()) {
      if ((user.lastLoginAt ?? user.createdAt) > cutoff) continue;
      if (await this.deleteAccount(user, actorId, cutoff)) result.accounts++;
    }
    await this.audit.record({ entityType: 'retention', entityId: randomUUID(), actorId, action: 'retention_run' });
    this.logger.log({ msg: 'retention run', ...result });
    return result;
  }

  /** The number of applications anonymised, or null when another run claimed the event first. */
  private async removeEventData(event: Event, actorId: string | null, now: Date): Promise<number | null> {
    const withLogos = await this.dataSource
      .getRepository(Application)
      .find({ select: { id: true }, where: { eventId: event.id, logoFile: Not(IsNull()) } });
    const count = await this.dataSource.transaction(async (manager) => {
      const claimed = await manager
        .getRepository(Event)
        .update({ id: event.id, personalDataRemovedAt: IsNull() }, { personalDataRemovedAt: now });
      if (claimed.affected !== 1) return null;
      const eventId = event.id;
      const { affected } = await manager.getRepository(Application).update({ eventId }, RETENTION_CLEARED);
      // What staff and the system wrote about the applicants goes too: notes, review comments, the
      // snapshots reviewers saw, the mails, pending address confirmations and staged decisions.
      await this.deleteOfEvent(manager, Note, eventId);
      await this.deleteOfEvent(manager, OutboxMessage, eventId);
      await this.deleteOfEvent(manager, EmailVerification, eventId);
      // A decision staged and never released is moot years later, and its message is about the applicant.
      await this.deleteOfEvent(manager, PendingDecision, eventId);
      await manager
        .createQueryBuilder()
        .update(Review)
        .set({ comment: null, snapshot: {} })
        .where(OF_EVENT, { eventId })
        .execute();
      await this.audit.record(
        { entityType: 'event', entityId: eventId, actorId, action: 'retention_personal_data_removed' },
        manager,
      );
      return affected ?? 0;
    });
    // Files go only once the database no longer points at them.
    if (count !== null) await Promise.all(withLogos.map((a) => this.logos.remove(a.id)));
    return count;
  }

  private async deleteOfEvent(
    manager: EntityManager,
    entity: typeof Note | typeof OutboxMessage | typeof EmailVerification | typeof PendingDecision,
    eventId: string,
  ) {
    await manager.createQueryBuilder().delete().from(entity).where(OF_EVENT, { eventId }).execute();
  }

  /** Deletes the account only if it is still unused at this moment (no application, no login since). */
  private async deleteAccount(user: User, actorId: string | null, cutoff: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .delete()
        .from(User)
        .where('"id" = :id AND "role" = :role', { id: user.id, role: Role.Applicant })
        .andWhere('COALESCE("lastLoginAt", "createdAt") <= :cutoff', { cutoff })
        .andWhere('NOT EXISTS (SELECT 1 FROM "applications" WHERE "applicantId" = :id)')
        .execute();
      if (result.affected !== 1) return false;
      await this.audit.forgetActor(user.id, manager);
      await manager.getRepository(OutboxMessage).delete({ to: user.email });
      await this.audit.record(
        { entityType: 'user', entityId: user.id, actorId, action: 'retention_account_deleted' },
        manager,
      );
      return true;
    });
  }

  /** Applicant accounts that hold no application at all (never applied, deleted or anonymised). */
  private unusedAccounts(): Promise<User[]> {
    return this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.role = :role', { role: Role.Applicant })
      .andWhere('NOT EXISTS (SELECT 1 FROM "applications" a WHERE a."applicantId" = u.id)')
      .orderBy('u.createdAt', 'ASC')
      .getMany();
  }
}
