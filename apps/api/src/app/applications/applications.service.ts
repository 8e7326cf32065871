import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  APPLICANT_EDITABLE,
  APPLICATION_FIELD_KEYS,
  ApplicantAction,
  applicantMayWrite,
  ApplicationFields,
  ApplicationStatus,
  AuditEntryDto,
  ERROR_CODES,
  FieldError,
  isApplicationWindowOpen,
  isStaff,
  LifecycleContext,
  submissionErrors,
  submitAction,
  TemplateKind,
  topicErrors,
} from '@markt/shared';
import { DataSource, EntityManager, Not, Repository } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { isUniqueViolation } from '../database/constraint-errors';
import { AuditService } from '../audit/audit.service';
import { EmailVerificationService } from '../auth/email-verification.service';
import { validationFailed } from '../common/validation';
import { Event } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { ApplicantMailer } from '../notifications/applicant-mailer.service';
import { toEventDto } from '../events/events.mapper';
import { User } from '../users/user.entity';
import { Application } from './application.entity';
import { ApplicationLifecycle, concurrentChange } from './application-lifecycle.service';
import { PendingDecision } from '../decisions/pending-decision.entity';
import { Review } from '../reviews/review.entity';
import { ChangeRequestBody } from './dto/change-request.dto';
import { ConsentsDto } from './dto/consents.dto';
import { UpdateApplicationDto } from './dto/update-application.dto';
import { LogoStorage } from './logo-storage';

const REVOCABLE_CONSENTS = [
  ['publicationConsent', 'publicationConsentAt'],
  ['photoConsent', 'photoConsentAt'],
] as const;
const CONSENTS = [['privacyConsent', 'privacyConsentAt'], ...REVOCABLE_CONSENTS] as const;

function conflict(code: string, message: string): ConflictException {
  return new ConflictException({ code, message });
}

/** The lifecycle's guards read the event; the deadlines are computed from it in its time zone. */
function contextOf(event: Event, extra: Omit<LifecycleContext, 'event'> = {}): LifecycleContext {
  return { event, ...extra };
}

/** Staged decisions are staff's business until released: applicants never see them in their history. */
const STAFF_ONLY_ACTIONS: readonly string[] = ['decision_staged', 'staged_decision_withdrawn'];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectRepository(Application)
    private readonly applications: Repository<Application>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly logos: LogoStorage,
    private readonly mailer: ApplicantMailer,
    private readonly verification: EmailVerificationService,
    private readonly lifecycle: ApplicationLifecycle,
  ) {}

  listOwn(user: User): Promise<Application[]> {
    return this.applications.find({
      where: { applicantId: user.id },
      order: { createdAt: 'DESC' },
    });
  }

  async listForEvent(eventId: string, viewer: User): Promise<Application[]> {
    await this.events.get(eventId, viewer.role);
    return this.applications.find({
      where: { eventId, status: Not(ApplicationStatus.Draft) },
      order: { createdAt: 'ASC' },
    });
  }

  /**
   * Staff see every submitted application (a draft is the applicant's own business); an applicant only
   * their own. Anything else is "not found", so another account's ids reveal nothing.
   */
  async get(id: string, viewer: User): Promise<Application> {
    const application = await this.applications.findOneBy({ id });
    const visible =
      application &&
      (application.applicantId === viewer.id ||
        (isStaff(viewer.role) && application.status !== ApplicationStatus.Draft));
    if (!visible) {
      throw new NotFoundException({
        code: ERROR_CODES.notFound,
        message: 'Application not found',
      });
    }
    return application;
  }

  /** Only the applicant themself changes their application, even staff cannot write into it. */
  private async getOwn(id: string, user: User): Promise<Application> {
    const application = await this.get(id, user);
    if (application.applicantId !== user.id) {
      throw new NotFoundException({
        code: ERROR_CODES.notFound,
        message: 'Application not found',
      });
    }
    return application;
  }

  /**
   * The applicant's live application for the event: the one they already have, whatever its status (one live
   * application per applicant and event, so nothing new may be made beside it), or else a new draft while
   * applications are open. `created` says which.
   */
  async start(eventId: string, user: User): Promise<{ application: Application; created: boolean }> {
    const event = await this.events.get(eventId, user.role);
    const existing = await this.findLive(eventId, user.id);
    if (existing) return { application: existing, created: false };
    if (!isApplicationWindowOpen(toEventDto(event))) {
      throw conflict('application_period_closed', 'Applications for this event are not open');
    }
    try {
      const draft = await this.dataSource.transaction((manager) =>
        this.lifecycle.create(
          manager,
          { eventId, applicantId: user.id, contactName: user.name, contactEmail: user.email },
          user,
        ),
      );
      return { application: draft, created: true };
    } catch (error) {
      // A parallel request created it first: the partial unique index (one live application per applicant and
      // event) said no, so this answer is the one that request made.
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.findLive(eventId, user.id);
      // Withdrawn again in the meantime: the applicant may simply ask once more.
      if (!winner) throw concurrentChange();
      return { application: winner, created: false };
    }
  }

  private findLive(eventId: string, applicantId: string): Promise<Application | null> {
    return this.applications.findOneBy({ eventId, applicantId, status: Not(ApplicationStatus.Withdrawn) });
  }

  async update(id: string, user: User, changes: UpdateApplicationDto): Promise<Application> {
    const application = await this.getOwn(id, user);
    const event = await this.events.get(application.eventId, user.role);
    this.assertEditable(application, event);

    const given: Partial<Application> = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    );
    const errors = topicErrors(given.topics ?? undefined, event.topics);
    if (errors.length > 0) throw validationFailed(errors);

    if (!isApplicationWindowOpen(toEventDto(event))) {
      // After the deadline only what staff asked about may change.
      const unasked = this.unaskedChanges(application, given);
      if (unasked.length > 0) throw validationFailed(unasked);
    }
    const now = new Date();
    for (const [consent, at] of CONSENTS) {
      if (consent in given && given[consent] !== application[consent]) given[at] = given[consent] ? now : null;
    }
    const submitted = application.status !== ApplicationStatus.Draft;
    if (submitted) {
      // A submitted application must stay complete; reviewers then see it as changed.
      const incomplete = submissionErrors({ ...application, ...given } as ApplicationFields, event.topics);
      if (incomplete.length > 0) throw validationFailed(incomplete);
      given.changedAfterSubmissionAt = now;
    }
    return this.dataSource.transaction(async (manager) => {
      await this.writeIfUnchanged(manager, application, given);
      const saved = await manager.getRepository(Application).findOneByOrFail({ id });
      if (submitted) {
        await this.audit.record(
          { entityType: 'application', entityId: id, actorId: user.id, action: 'changed_after_submission' },
          manager,
        );
        await this.verification.sendForContact(saved, user, manager);
      }
      return saved;
    });
  }

  async act(id: string, user: User, action: ApplicantAction): Promise<Application> {
    const application = await this.getOwn(id, user);
    const event = await this.events.get(application.eventId, user.role);
    if (action !== 'submit') {
      this.lifecycle.assert(action, application, user, contextOf(event));
      return this.dataSource.transaction(async (manager) => {
        const saved = await this.lifecycle.transition(manager, application, action, user, contextOf(event));
        // Nothing is left to decide on a withdrawn application.
        if (action === 'withdraw') await manager.getRepository(PendingDecision).delete({ applicationId: id });
        return saved;
      });
    }
    const submission = submitAction(application.status);
    this.lifecycle.assert(submission, application, user, contextOf(event));
    const errors = submissionErrors(application as ApplicationFields, event.topics);
    if (errors.length > 0) throw validationFailed(errors);
    this.verification.assertVerified(user);
    return this.dataSource.transaction(async (manager) => {
      // A resubmission returns into review if it was reviewed; the first submission time stays (waitlist order).
      const reviewCount =
        submission === 'resubmit'
          ? await manager.getRepository(Review).countBy({ applicationId: id, conflictOfInterest: false })
          : 0;
      const saved = await this.lifecycle.transition(
        manager,
        application,
        submission,
        user,
        contextOf(event, { reviewCount }),
        submission === 'resubmit' ? {} : { submittedAt: new Date() },
      );
      await this.verification.sendForContact(saved, user, manager);
      await this.mailer.send(TemplateKind.SubmissionReceived, saved, event, manager);
      return saved;
    });
  }

  /** The image is decoded and stored outside any transaction; only recording it touches the database. */
  async setLogo(id: string, user: User, content: Buffer | undefined): Promise<Application> {
    const application = await this.getOwn(id, user);
    this.assertEditable(application, await this.events.get(application.eventId, user.role));
    const { file, type } = await this.logos.store(application.id, content);
    return this.dataSource.transaction(async (manager) => {
      await this.writeIfUnchanged(manager, application, { logoFile: file, logoType: type });
      return manager.getRepository(Application).findOneByOrFail({ id });
    });
  }

  async logo(id: string, viewer: User): Promise<{ path: string; type: string }> {
    const application = await this.get(id, viewer);
    if (!application.logoFile || !application.logoType) {
      throw new NotFoundException({
        code: ERROR_CODES.notFound,
        message: 'No logo',
      });
    }
    return {
      path: this.logos.path(application.logoFile),
      type: application.logoType,
    };
  }

  async history(application: Application, viewer: User): Promise<AuditEntryDto[]> {
    const entries = await this.audit.forEntity('application', application.id, viewer);
    return isStaff(viewer.role) ? entries : entries.filter((e) => !STAFF_ONLY_ACTIONS.includes(e.action));
  }

  /**
   * Staff send an application under review back to the applicant with a message naming the fields to look
   * at; the applicant is mailed. A decision staged on the old version is dropped with it.
   */
  async requestChanges(id: string, admin: User, input: ChangeRequestBody): Promise<Application> {
    const application = await this.get(id, admin);
    const event = await this.events.get(application.eventId, admin.role);
    this.lifecycle.assert('requestChanges', application, admin, contextOf(event));
    return this.dataSource.transaction(async (manager) => {
      const saved = await this.lifecycle.transition(manager, application, 'requestChanges', admin, contextOf(event), {
        changesRequestedMessage: input.message,
        changesRequestedFields: APPLICATION_FIELD_KEYS.filter((key) => input.fields.includes(key)),
        changesRequestedAt: new Date(),
      });
      await manager.getRepository(PendingDecision).delete({ applicationId: id });
      await this.mailer.send(TemplateKind.ChangesRequested, saved, event, manager, input.message);
      return saved;
    });
  }

  /** Fields a change would alter that staff did not ask about. */
  private unaskedChanges(application: Application, given: Partial<Application>): FieldError[] {
    const asked: readonly string[] = application.changesRequestedFields ?? [];
    return APPLICATION_FIELD_KEYS.filter(
      (key) => key in given && !asked.includes(key) && !same(given[key], application[key]),
    ).map((field) => ({
      field,
      code: 'notRequested',
      message: 'After the deadline only the fields staff asked about can be changed',
    }));
  }

  /**
   * Publication and photo consent can be given or withdrawn at any time, whatever the status: the
   * public page, the directory and every print follow from the next request. The change and its time
   * go into the history.
   */
  async setConsents(id: string, user: User, consents: ConsentsDto): Promise<Application> {
    const application = await this.getOwn(id, user);
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      for (const [consent, at] of REVOCABLE_CONSENTS) {
        const value = consents[consent];
        if (value === undefined || value === !!application[consent]) continue;
        await manager.getRepository(Application).update({ id }, { [consent]: value, [at]: value ? now : null });
        await this.audit.record(
          {
            entityType: 'application',
            entityId: id,
            actorId: user.id,
            action: `${consent}_${value ? 'given' : 'withdrawn'}`,
          },
          manager,
        );
      }
      return manager.getRepository(Application).findOneByOrFail({ id });
    });
  }

  private assertEditable(application: Application, event: Event): void {
    if (!APPLICANT_EDITABLE.includes(application.status)) {
      throw conflict('not_editable', `An application that is ${application.status} cannot be changed`);
    }
    if (!applicantMayWrite(application.status, contextOf(event))) {
      throw conflict('deadline_passed', 'The application deadline has passed');
    }
  }

  /** A conditional update: someone who changed the status in the meantime wins, this request gets 409. */
  private async writeIfUnchanged(
    manager: EntityManager,
    application: Application,
    changes: Partial<Application>,
  ): Promise<void> {
    const result = await manager
      .getRepository(Application)
      .update({ id: application.id, status: application.status }, changes as QueryDeepPartialEntity<Application>);
    if (result.affected !== 1) throw concurrentChange();
  }
}
