import { APPLICATION_FIELD_KEYS, ApplicationDto, ApplicationFields } from '@markt/shared';
import { Application } from './application.entity';

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toApplicationDto(a: Application): ApplicationDto {
  const {
    logoFile,
    logoType: _type,
    event: _event,
    applicant: _applicant,
    verifiedContactEmail,
    changesRequestedMessage,
    changesRequestedFields,
    changesRequestedAt,
    ...fields
  } = a;
  return {
    ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)),
    id: a.id,
    eventId: a.eventId,
    applicantId: a.applicantId,
    status: a.status,
    hasLogo: logoFile !== null,
    submittedAt: iso(a.submittedAt),
    changedAfterSubmissionAt: iso(a.changedAfterSubmissionAt),
    decisionMessage: a.decisionMessage,
    decidedAt: iso(a.decidedAt),
    changeRequest:
      changesRequestedAt && changesRequestedMessage
        ? {
            message: changesRequestedMessage,
            fields: changesRequestedFields ?? [],
            requestedAt: changesRequestedAt.toISOString(),
          }
        : null,
    privacyConsentAt: iso(a.privacyConsentAt),
    publicationConsentAt: iso(a.publicationConsentAt),
    photoConsentAt: iso(a.photoConsentAt),
    contactEmailVerified: !!a.contactEmail && a.contactEmail === verifiedContactEmail,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** Only what the applicant filled in, e.g. for a reviewer's snapshot. */
export function toApplicationFields(a: Application): ApplicationFields {
  return Object.fromEntries(
    APPLICATION_FIELD_KEYS.filter((key) => a[key] !== null && a[key] !== undefined).map((key) => [key, a[key]]),
  ) as ApplicationFields;
}
