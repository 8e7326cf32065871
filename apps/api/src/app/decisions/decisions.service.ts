import { lockEvent } from '../database/row-lock';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ApplicationStatus,
  DECIDABLE,
  Decision,
  ERROR_CODES,
  FieldError,
  HOLDS_PLACE,
  Role,
  TemplateKind,
} from '@markt/shared';
import { DataSource, In } from 'typeorm';
import { Application } from '../applications/application.entity';
import { ApplicationsService } from '../applications/applications.service';
import { Event } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { ApplicantMailer } from '../notifications/applicant-mailer.service';
import { Review } from '../reviews/review.entity';
import { User } from '../users/user.entity';
import { DecisionDto } from './dto/decision.dto';

const TEMPLATE_OF: Record<Decision, TemplateKind> = {
  [ApplicationStatus.Accepted]: TemplateKind.DecisionAccepted,
  [ApplicationStatus.Waitlisted]: TemplateKind.DecisionWaitlisted,
  [ApplicationStatus.Rejected]: TemplateKind.DecisionRejected,
};

/** Admins decide; every decision is checked against the event's rules, logged and mailed in one transaction. */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly events: EventsService,
    private readonly mailer: ApplicantMailer,
  ) {}

  async decideOne(applicationId: string, admin: User, input: DecisionDto): Promise<Application> {
    const application = await this.applications.get(applicationId, admin);
    const [decided] = await this.decide(application.eventId, [applicationId], admin, input);
    return decided;
  }

  /** All or nothing: if one application may not get the decision, none does, and the answer says which and why. */
  async decide(eventId: string, ids: string[], admin: User, input: DecisionDto): Promise<Application[]> {
    const event = await this.events.get(eventId, Role.Admin);
    return this.dataSource.transaction(async (manager) => {
      await lockEvent(manager, eventId);
      const repo = manager.getRepository(Application);
      const unique = [...new Set(ids)];
      const targets = await repo.findBy({ id: In(unique), eventId });
      if (targets.length !== unique.length || targets.some((a) => a.status === ApplicationStatus.Draft)) {
        throw new NotFoundException({
          code: ERROR_CODES.notFound,
          message: 'Some applications do not belong to this event',
        });
      }
      const reviews = await manager.getRepository(Review).findBy({ applicationId: In(unique) });
      const refusals = targets.flatMap((a) => this.refusals(a, reviews, event));
      if (refusals.length > 0) {
        throw new ConflictException({
          code: 'decision_refused',
          message: 'The decision is not possible for every application',
          errors: refusals,
        });
      }
      if (input.decision === ApplicationStatus.Accepted && !input.confirmOverCapacity) {
        const taken = await repo.count({
          where: { eventId, status: In([...HOLDS_PLACE]) },
        });
        const added = targets.filter((a) => !HOLDS_PLACE.includes(a.status)).length;
        if (taken + added > event.standsPlanned) {
          throw new ConflictException({
            code: 'over_capacity',
            message: `Accepting would exceed the ${event.standsPlanned} planned stands`,
            params: { planned: event.standsPlanned, taken, requested: added },
          });
        }
      }
      const now = new Date();
      const decided: Application[] = [];
      for (const application of targets) {
        const saved = await this.applications.transition(application, input.decision, admin.id, 'decided', manager, {
          decisionMessage: input.message?.trim() || null,
          decidedAt: now,
        });
        await this.mailer.send(TEMPLATE_OF[input.decision], saved, event, manager, saved.decisionMessage);
        decided.push(saved);
      }
      return decided;
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

  private refusals(application: Application, reviews: Review[], event: Event): FieldError[] {
    const refusal = (code: string, message: string, params?: FieldError['params']): FieldError[] => [
      { field: application.id, code, message, ...(params && { params }) },
    ];
    if (!DECIDABLE.includes(application.status)) {
      return refusal('invalid_transition', `Cannot decide on an application that is ${application.status}`, {
        status: application.status,
      });
    }
    const counting = reviews.filter((r) => r.applicationId === application.id && !r.conflictOfInterest).length;
    if (counting < event.minReviews) {
      return refusal('not_enough_reviews', `${counting} of ${event.minReviews} reviews`, {
        count: counting,
        min: event.minReviews,
      });
    }
    return [];
  }
}
