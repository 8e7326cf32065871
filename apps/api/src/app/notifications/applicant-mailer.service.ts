import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { ApplicationStatus, Language, TemplateKind } from '@markt/shared';
import { EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity';
import { visibleStand } from '../applications/applicant-stand';
import { appConfig } from '../config/app.config';
import type { Event } from '../events/event.entity';
import { User } from '../users/user.entity';
import { OutboxService } from './outbox.service';
import { TemplatesService } from './templates.service';

const STATUS_LABELS: Record<Language, Partial<Record<ApplicationStatus, string>>> = {
  de: {
    submitted: 'Eingereicht',
    changes_requested: 'Änderungen erbeten',
    accepted: 'Zugesagt',
    waitlisted: 'Warteliste',
    rejected: 'Abgesagt',
    confirmed: 'Bestätigt',
  },
  en: {
    submitted: 'Submitted',
    changes_requested: 'Changes requested',
    accepted: 'Accepted',
    waitlisted: 'Waiting list',
    rejected: 'Rejected',
    confirmed: 'Confirmed',
  },
};

const STAND_LINE: Record<Language, string> = { de: 'Ihr Stand: Nr. {number}', en: 'Your stand: no. {number}' };

/** The contact address once confirmed, else the account's own address once confirmed, else nobody. */
function verifiedRecipient(application: Application, applicant: User | null): string | null {
  if (application.contactEmail && application.contactEmail === application.verifiedContactEmail) {
    return application.contactEmail;
  }
  return applicant?.emailVerifiedAt ? applicant.email : null;
}

/** Writes the email an application's applicant gets, in their language, into the outbox. */
@Injectable()
export class ApplicantMailer {
  constructor(
    private readonly outbox: OutboxService,
    private readonly templates: TemplatesService,
    @Inject(appConfig.KEY)
    private readonly config: ConfigType<typeof appConfig>,
  ) {}

  async send(
    kind: TemplateKind,
    application: Application,
    event: Event,
    manager: EntityManager,
    message?: string | null,
  ): Promise<void> {
    const applicant = application.applicantId
      ? await manager.getRepository(User).findOneBy({ id: application.applicantId })
      : null;
    const to = verifiedRecipient(application, applicant);
    if (!to) return; // Anonymised, or nobody confirmed an address: the city writes to nobody unconfirmed.
    const language = applicant?.language ?? 'de';
    const { subject, body } = await this.templates.render(
      event.id,
      kind,
      language,
      {
        organisation: application.organisationName ?? '',
        project: application.projectTitle ?? '',
        event: event.title,
        status: STATUS_LABELS[language][application.status] ?? application.status,
        message: message ?? '',
        link: `${this.config.publicUrl}/bewerbungen/${application.id}`,
        stand: await this.standLine(application, event, language, manager),
      },
      manager,
    );
    await this.outbox.enqueue({ to, subject, body, applicationId: application.id }, manager);
  }

  /** "Your stand: no. 7" once the applicant may see their stand (see `visibleStand`), else nothing. */
  private async standLine(
    application: Application,
    event: Event,
    language: Language,
    manager: EntityManager,
  ): Promise<string> {
    const stand = await visibleStand(manager, application, event);
    return stand ? STAND_LINE[language].replace('{number}', stand.number) : '';
  }
}
