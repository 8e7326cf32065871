import { lockEvent } from '../database/row-lock';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApplicationStatus,
  Decision,
  DECISIONS,
  ERROR_CODES,
  FieldError,
  HOLDS_PLACE,
  LifecycleAction,
  LifecycleContext,
  PendingDecisionDto,
  PendingDecisionsDto,
  Role,
  TemplateKind,
  transitionRefusal,
} from '@markt/shared';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { Application } from '../applications/application.entity';
import { ApplicationLifecycle, refusalMessage } from '../applications/application-lifecycle.service';
import { ApplicationsService } from '../applications/applications.service';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation } from '../database/constraint-errors';
import { Event } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { ApplicantMailer } from '../notifications/applicant-mailer.service';
import { Review } from '../reviews/review.entity';
import { User } from '../users/user.entity';
import { DecisionDto } from './dto/decision.dto';
import { PendingDecision } from './pending-decision.entity';

const TEMPLATE_OF: Record<Decision, TemplateKind> = {
  [ApplicationStatus.Accepted]: TemplateKind.DecisionAccepted,
  [ApplicationStatus.Waitlisted]: TemplateKind.DecisionWaitlisted,
  [ApplicationStatus.Rejected]: TemplateKind.DecisionRejected,
};

/** The lifecycle action each decision is. */
const ACTION_OF: Record<Decision, LifecycleAction> = {
  [ApplicationStatus.Accepted]: 'accept',
  [ApplicationStatus.Waitlisted]: 'waitlist',
  [ApplicationStatus.Rejected]: 'reject',
};

function notFound(message: string): NotFoundException {
  return new NotFoundException({ code: ERROR_CODES.notFound, message });
}

/**
 * Admins decide; every decision is checked against the event's rules, logged and mailed in one transaction.
 * A decision can also be staged as pending: checked the same way and counted against the capacity, but
 * invisible to the applicant until all pending decisions of the event are released together.
 */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly events: EventsService,
    private readonly mailer: ApplicantMailer,
    private readonly audit: AuditService,
    private readonly lifecycle: ApplicationLifecycle,
  ) {}

  async decideOne(applicationId: string, admin: User, input: DecisionDto): Promise<Application> {
    const application = await this.applications.get(applicationId, admin);
    const [decided] = await this.decide(application.eventId, [applicationId], admin, input);
    return decided;
  }

  async stageOne(applicationId: string, admin: User, input: DecisionDto): Promise<PendingDecisionDto> {
    const application = await this.applications.get(applicationId, admin);
    const [staged] = await this.stage(application.eventId, [applicationId], admin, input);
    return staged;
  }

  /** All or nothing: if one application may not get the decision, none does, and the answer says which and why. */
  async decide(eventId: string, ids: string[], admin: User, input: DecisionDto): Promise<Application[]> {
    const event = await this.events.get(eventId, Role.Admin);
    return this.dataSource.transaction(async (manager) => {
      const targets = await this.checked(manager, event, ids, admin, input);
      // Deciding now supersedes whatever was staged for these applications.
      await manager.getRepository(PendingDecision).delete({ applicationId: In(targets.map((a) => a.id)) });
      return this.apply(
        manager,
        event,
        admin,
        targets.map((application) => ({ application, decision: input.decision, message: input.message })),
      );
    });
  }

  /** Stages (or replaces) pending decisions, all or nothing like `decide`. Nothing reaches the applicant. */
  async stage(eventId: string, ids: string[], admin: User, input: DecisionDto): Promise<PendingDecisionDto[]> {
    const event = await this.events.get(eventId, Role.Admin);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const targets = await this.checked(manager, event, ids, admin, input);
        const repo = manager.getRepository(PendingDecision);
        const existing = await repo.findBy({ applicationId: In(targets.map((a) => a.id)) });
        const staged: PendingDecisionDto[] = [];
        for (const application of targets) {
          const saved = await repo.save(
            repo.create({
              ...existing.find((p) => p.applicationId === application.id),
              eventId,
              applicationId: application.id,
              decision: input.decision,
              message: input.message?.trim() || null,
              stagedById: admin.id,
            }),
          );
          await this.audit.record(
            {
              entityType: 'application',
              entityId: application.id,
              actorId: admin.id,
              action: 'decision_staged',
              toStatus: input.decision,
            },
            manager,
          );
          staged.push(toPendingDto(saved, application, admin.name));
        }
        return staged;
      });
    } catch (error) {
      // A parallel staging inserted the application's one pending decision first.
      if (isUniqueViolation(error)) {
        throw new ConflictException({
          code: 'concurrent_change',
          message: 'Staged at the same time; reload and try again',
        });
      }
      throw error;
    }
  }

  /** Takes back a staged decision; the applicant never learns of it. */
  async withdrawStaged(applicationId: string, admin: User): Promise<void> {
    await this.applications.get(applicationId, admin);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.getRepository(PendingDecision).delete({ applicationId });
      if (!result.affected) throw notFound('No decision is staged for this application');
      await this.audit.record(
        { entityType: 'application', entityId: applicationId, actorId: admin.id, action: 'staged_decision_withdrawn' },
        manager,
      );
    });
  }

  async pending(eventId: string): Promise<PendingDecisionsDto> {
    const event = await this.events.get(eventId, Role.Admin);
    const manager = this.dataSource.manager;
    const rows = await manager.getRepository(PendingDecision).find({ where: { eventId }, order: { createdAt: 'ASC' } });
    const applications = await this.applicationsOf(manager, rows);
    const stagerIds = rows.map((r) => r.stagedById).filter((id): id is string => !!id);
    const stagers = stagerIds.length ? await manager.getRepository(User).findBy({ id: In(stagerIds) }) : [];
    const items = rows.map((row) =>
      toPendingDto(
        row,
        applications.get(row.applicationId) as Application,
        stagers.find((u) => u.id === row.stagedById)?.name ?? null,
      ),
    );
    const taken = await this.taken(manager, eventId);
    return {
      items,
      counts: Object.fromEntries(DECISIONS.map((d) => [d, rows.filter((r) => r.decision === d).length])) as Record<
        Decision,
        number
      >,
      capacity: {
        planned: event.standsPlanned,
        taken,
        afterRelease: taken + this.newPlaces(rows, applications),
      },
    };
  }

  /**
   * Applies every pending decision of the event in one transaction: all are checked again (the application
   * may have moved meanwhile), the mails go into the outbox, and the pending list is emptied.
   */
  async release(eventId: string, admin: User, confirmOverCapacity = false): Promise<Application[]> {
    const event = await this.events.get(eventId, Role.Admin);
    return this.dataSource.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      const repo = manager.getRepository(PendingDecision);
      const rows = await repo.find({ where: { eventId }, order: { createdAt: 'ASC' } });
      const applications = await this.applicationsOf(manager, rows);
      const decisions = rows.map((row) => ({
        application: applications.get(row.applicationId) as Application,
        decision: row.decision,
        message: row.message,
      }));
      await this.assertDecidable(manager, event, admin, decisions);
      const taken = await this.taken(manager, eventId);
      const added = this.newPlaces(rows, applications);
      if (added > 0 && !confirmOverCapacity) this.assertRoom(event, taken, added);
      const released = await this.apply(manager, event, admin, decisions);
      await repo.delete({ eventId });
      if (rows.length > 0) {
        await this.audit.record(
          { entityType: 'event', entityId: eventId, actorId: admin.id, action: 'decisions_released' },
          manager,
        );
      }
      return released;
    });
  }

  /** Sends the confirmation reminder to every accepted application that has not confirmed yet. */
  async remindToConfirm(eventId: string): Promise<number> {
    const event = await this.events.get(eventId, Role.Admin);
    return this.dataSource.transaction(async (manager) => {
      const pending = await manager.getRepository(Application).findBy({ eventId, status: ApplicationStatus.Accepted });
      for (const application of pending) {
        await this.mailer.send(TemplateKind.ConfirmationReminder, application, event, manager);
      }
      return pending.length;
    });
  }

  /**
   * Locks the event, loads the applications and checks the decision for each: status, reviews and, for an
   * acceptance, the planned stands (counting acceptances staged for other applications).
   */
  private async checked(
    manager: EntityManager,
    event: Event,
    ids: string[],
    admin: User,
    input: DecisionDto,
  ): Promise<Application[]> {
    await lockEvent(manager, event.id);
    const unique = [...new Set(ids)];
    const targets = await manager.getRepository(Application).findBy({ id: In(unique), eventId: event.id });
    if (targets.length !== unique.length || targets.some((a) => a.status === ApplicationStatus.Draft)) {
      throw notFound('Some applications do not belong to this event');
    }
    await this.assertDecidable(
      manager,
      event,
      admin,
      targets.map((application) => ({ application, decision: input.decision })),
    );
    if (input.decision === ApplicationStatus.Accepted && !input.confirmOverCapacity) {
      const others = await manager.getRepository(PendingDecision).findBy({
        eventId: event.id,
        applicationId: Not(In(unique)),
      });
      const staged = this.newPlaces(others, await this.applicationsOf(manager, others));
      this.assertRoom(
        event,
        (await this.taken(manager, event.id)) + staged,
        targets.filter((a) => !HOLDS_PLACE.includes(a.status)).length,
      );
    }
    return targets;
  }

  /** The lifecycle's verdict on each decision, all refusals at once. */
  private async assertDecidable(
    manager: EntityManager,
    event: Event,
    admin: User,
    decisions: { application: Application; decision: Decision }[],
  ): Promise<void> {
    if (decisions.length === 0) return;
    const contexts = await this.contexts(
      manager,
      event,
      decisions.map((d) => d.application),
    );
    const refusals = decisions.flatMap(({ application, decision }) =>
      this.refusals(application, decision, admin, contexts.get(application.id) as LifecycleContext),
    );
    if (refusals.length > 0) {
      throw new ConflictException({
        code: 'decision_refused',
        message: 'The decision is not possible for every application',
        errors: refusals,
      });
    }
  }

  private assertRoom(event: Event, taken: number, added: number): void {
    if (taken + added > event.standsPlanned) {
      throw new ConflictException({
        code: 'over_capacity',
        message: `Accepting would exceed the ${event.standsPlanned} planned stands`,
        params: { planned: event.standsPlanned, taken, requested: added },
      });
    }
  }

  private async apply(
    manager: EntityManager,
    event: Event,
    admin: User,
    decisions: { application: Application; decision: Decision; message?: string | null }[],
  ): Promise<Application[]> {
    const now = new Date();
    const decided: Application[] = [];
    const contexts = await this.contexts(
      manager,
      event,
      decisions.map((d) => d.application),
    );
    for (const { application, decision, message } of decisions) {
      const ctx = contexts.get(application.id) as LifecycleContext;
      const saved = await this.lifecycle.transition(manager, application, ACTION_OF[decision], admin, ctx, {
        decisionMessage: message?.trim() || null,
        decidedAt: now,
      });
      await this.mailer.send(TEMPLATE_OF[decision], saved, event, manager, saved.decisionMessage);
      decided.push(saved);
    }
    return decided;
  }

  private taken(manager: EntityManager, eventId: string): Promise<number> {
    return manager.getRepository(Application).count({ where: { eventId, status: In([...HOLDS_PLACE]) } });
  }

  /** Places that staged acceptances would take (an application holding one already takes no second). */
  private newPlaces(rows: PendingDecision[], applications: Map<string, Application>): number {
    return rows.filter(
      (r) =>
        r.decision === ApplicationStatus.Accepted &&
        !HOLDS_PLACE.includes(applications.get(r.applicationId)?.status ?? ApplicationStatus.Accepted),
    ).length;
  }

  private async applicationsOf(manager: EntityManager, rows: PendingDecision[]): Promise<Map<string, Application>> {
    const found = rows.length
      ? await manager.getRepository(Application).findBy({ id: In(rows.map((r) => r.applicationId)) })
      : [];
    return new Map(found.map((a) => [a.id, a]));
  }

  /** What the lifecycle's guards read for each application: the event and its counting reviews. */
  private async contexts(
    manager: EntityManager,
    event: Event,
    applications: Application[],
  ): Promise<Map<string, LifecycleContext>> {
    if (applications.length === 0) return new Map();
    const reviews = await manager
      .getRepository(Review)
      .findBy({ applicationId: In(applications.map((a) => a.id)), conflictOfInterest: false });
    return new Map(
      applications.map((a) => [a.id, { event, reviewCount: reviews.filter((r) => r.applicationId === a.id).length }]),
    );
  }

  private refusals(application: Application, decision: Decision, admin: User, ctx: LifecycleContext): FieldError[] {
    const action = ACTION_OF[decision];
    const refusal = transitionRefusal(action, application.status, admin.role, ctx);
    if (!refusal) return [];
    const params: FieldError['params'] =
      refusal === 'not_enough_reviews'
        ? { count: ctx.reviewCount ?? 0, min: ctx.event?.minReviews ?? 0 }
        : { status: application.status };
    const message =
      refusal === 'not_enough_reviews'
        ? `${ctx.reviewCount} of ${ctx.event?.minReviews} reviews`
        : refusalMessage(refusal, action, application.status);
    return [{ field: application.id, code: refusal, message, params }];
  }
}

function toPendingDto(row: PendingDecision, application: Application, stagedBy: string | null): PendingDecisionDto {
  return {
    applicationId: row.applicationId,
    organisationName: application.organisationName,
    projectTitle: application.projectTitle,
    status: application.status,
    decision: row.decision,
    message: row.message,
    stagedBy,
    stagedAt: row.updatedAt.toISOString(),
  };
}
