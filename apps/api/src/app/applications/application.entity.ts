import { ApplicationFields, ApplicationStatus, OrganisationType } from '@markt/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../database/base.entity';
import { Event } from '../events/event.entity';
import { User } from '../users/user.entity';

/** An application for a stand. Every field the applicant fills is nullable: a draft may be incomplete. */
@Entity('applications')
// One live application per applicant and event, also under parallel requests; a withdrawn one makes room.
// The staff list of an event: filtered by status, ordered by submission.
@Index('IDX_applications_event_status', ['eventId', 'status'])
@Index('IDX_applications_event_submitted', ['eventId', 'submittedAt'])
@Index('UQ_applications_live_per_applicant', ['eventId', 'applicantId'], {
  unique: true,
  where: `"status" <> 'withdrawn'`,
})
export class Application extends BaseEntity {
  @Index('IDX_applications_eventId')
  @Column({ type: 'varchar', length: 36 })
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'eventId' })
  event?: Event;

  /** Null once the applicant deleted their account and the application was anonymised. */
  @Index('IDX_applications_applicantId')
  @Column({ type: 'varchar', length: 36, nullable: true })
  applicantId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'applicantId' })
  applicant?: User;

  @Column({ type: 'varchar', length: 30 })
  status!: ApplicationStatus;

  @Column({ type: 'varchar', length: 200, nullable: true }) organisationName!: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true })
  organisationType!: OrganisationType | null;
  @Column({ type: 'varchar', length: 200, nullable: true })
  organisationAddress!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true })
  organisationWebsite!: string | null;
  @Column({ type: 'text', nullable: true }) organisationDescription!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true }) contactName!: string | null;
  @Column({ type: 'varchar', length: 254, nullable: true }) contactEmail!: string | null;
  /** The contact address once its owner confirmed it; mail goes there only while it equals `contactEmail`. */
  @Column({ type: 'varchar', length: 254, nullable: true }) verifiedContactEmail!: string | null;
  @Column({ type: 'varchar', length: 40, nullable: true }) contactPhone!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true }) projectTitle!: string | null;
  @Column({ type: 'varchar', length: 400, nullable: true }) shortText!: string | null;
  @Column({ type: 'text', nullable: true }) projectDescription!: string | null;
  @Column({ type: 'simple-json', nullable: true }) topics!: string[] | null;
  @Column({ type: 'text', nullable: true }) targetGroups!: string | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) languages!: string | null;

  @Column({ type: 'text', nullable: true }) standActivity!: string | null;
  @Column({ type: 'boolean', nullable: true }) hasHandsOnOffer!: boolean | null;
  @Column({ type: 'integer', nullable: true }) peopleAttending!: number | null;
  @Column({ type: 'integer', nullable: true }) tables!: number | null;
  @Column({ type: 'integer', nullable: true }) chairs!: number | null;
  @Column({ type: 'boolean', nullable: true }) needsPinBoard!: boolean | null;
  @Column({ type: 'boolean', nullable: true }) needsPower!: boolean | null;
  @Column({ type: 'real', nullable: true }) standWidth!: number | null;
  @Column({ type: 'boolean', nullable: true }) needsStepFreeAccess!: boolean | null;
  @Column({ type: 'text', nullable: true }) otherWishes!: string | null;

  @Column({ type: 'text', nullable: true }) staffNames!: string | null;
  @Column({ type: 'text', nullable: true }) staffAccessibilityNeeds!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) shareStandWith!: string | null;
  @Column({ type: 'boolean', nullable: true }) termsAccepted!: boolean | null;
  @Column({ type: 'boolean', nullable: true }) workshopInterest!: boolean | null;

  @Column({ type: 'boolean', nullable: true }) privacyConsent!: boolean | null;
  @Column({ type: 'boolean', nullable: true }) publicationConsent!: boolean | null;
  @Column({ type: 'boolean', nullable: true }) photoConsent!: boolean | null;
  /** Consent is recorded with its time (DSGVO); cleared when withdrawn. */
  @Column({ type: Date, nullable: true }) privacyConsentAt!: Date | null;
  @Column({ type: Date, nullable: true }) publicationConsentAt!: Date | null;
  @Column({ type: Date, nullable: true }) photoConsentAt!: Date | null;

  /** File name under `<DATA_DIR>/uploads/logos/`. */
  @Column({ type: 'varchar', length: 100, nullable: true }) logoFile!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) logoType!: string | null;

  @Column({ type: Date, nullable: true }) submittedAt!: Date | null;
  @Column({ type: Date, nullable: true })
  changedAfterSubmissionAt!: Date | null;

  @Column({ type: 'text', nullable: true }) decisionMessage!: string | null;
  /** The latest request for changes: staff's message and the fields it names. */
  @Column({ type: 'text', nullable: true }) changesRequestedMessage!: string | null;
  @Column({ type: 'simple-json', nullable: true }) changesRequestedFields!: (keyof ApplicationFields)[] | null;
  @Column({ type: Date, nullable: true }) changesRequestedAt!: Date | null;
  @Column({ type: Date, nullable: true }) decidedAt!: Date | null;
}
