import { Role } from './roles';
import { ApplicantStandDto } from './applicant-stand';

export * from './applicant-stand';
/** Where an application stands. Its transitions are the table in `lifecycle.ts`. */
export enum ApplicationStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  InReview = 'in_review',
  ChangesRequested = 'changes_requested',
  Accepted = 'accepted',
  Waitlisted = 'waitlisted',
  Rejected = 'rejected',
  Withdrawn = 'withdrawn',
  Confirmed = 'confirmed',
}

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = Object.values(ApplicationStatus);

export enum OrganisationType {
  Association = 'verein',
  Initiative = 'initiative',
  MigrantOrganisation = 'migrantenorganisation',
  EducationProvider = 'bildungstraeger',
  CounsellingService = 'beratungsstelle',
  Administration = 'verwaltung',
  Other = 'sonstige',
}

export const ORGANISATION_TYPES: readonly OrganisationType[] = Object.values(OrganisationType);

/** Everything an applicant fills in. All optional while a draft; `REQUIRED_FOR_SUBMISSION` says what submission needs. */
export interface ApplicationFields {
  organisationName?: string;
  organisationType?: OrganisationType;
  organisationAddress?: string;
  organisationWebsite?: string;
  organisationDescription?: string;

  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;

  projectTitle?: string;
  /** For the public directory. */
  shortText?: string;
  projectDescription?: string;
  topics?: string[];
  targetGroups?: string;
  languages?: string;

  standActivity?: string;
  hasHandsOnOffer?: boolean;
  peopleAttending?: number;
  tables?: number;
  chairs?: number;
  needsPinBoard?: boolean;
  needsPower?: boolean;
  /** Metres. */
  standWidth?: number;
  needsStepFreeAccess?: boolean;
  otherWishes?: string;

  staffNames?: string;
  staffAccessibilityNeeds?: string;
  shareStandWith?: string;
  termsAccepted?: boolean;
  workshopInterest?: boolean;

  privacyConsent?: boolean;
  publicationConsent?: boolean;
  photoConsent?: boolean;
}

/** Every key of ApplicationFields, in form order. */
export const APPLICATION_FIELD_KEYS: readonly (keyof ApplicationFields)[] = [
  'organisationName',
  'organisationType',
  'organisationAddress',
  'organisationWebsite',
  'organisationDescription',
  'contactName',
  'contactEmail',
  'contactPhone',
  'projectTitle',
  'shortText',
  'projectDescription',
  'topics',
  'targetGroups',
  'languages',
  'standActivity',
  'hasHandsOnOffer',
  'peopleAttending',
  'tables',
  'chairs',
  'needsPinBoard',
  'needsPower',
  'standWidth',
  'needsStepFreeAccess',
  'otherWishes',
  'staffNames',
  'staffAccessibilityNeeds',
  'shareStandWith',
  'termsAccepted',
  'workshopInterest',
  'privacyConsent',
  'publicationConsent',
  'photoConsent',
];

export const REQUIRED_FOR_SUBMISSION: readonly (keyof ApplicationFields)[] = [
  'organisationName',
  'organisationType',
  'organisationAddress',
  'organisationDescription',
  'contactName',
  'contactEmail',
  'contactPhone',
  'projectTitle',
  'shortText',
  'projectDescription',
  'topics',
  'standActivity',
  'peopleAttending',
  'standWidth',
  'staffNames',
  'termsAccepted',
  'privacyConsent',
];

export interface ApplicationDto extends ApplicationFields {
  id: string;
  eventId: string;
  applicantId: string | null;
  status: ApplicationStatus;
  hasLogo: boolean;
  submittedAt: string | null;
  /** Set when the applicant changed a submitted application; reviewers see it as changed. */
  changedAfterSubmissionAt: string | null;
  /** Staff's message with the latest decision, shown to the applicant. */
  decisionMessage: string | null;
  /** The latest request for changes (kept after resubmission, so staff see what was asked). */
  changeRequest: ChangeRequestDto | null;
  decidedAt: string | null;
  privacyConsentAt: string | null;
  publicationConsentAt: string | null;
  photoConsentAt: string | null;
  /** Whether the contact address has been confirmed by its owner; until then mail goes to the account's address. */
  contactEmailVerified: boolean;
  /**
   * The stand of an accepted or confirmed application once the market is published; null before. Only
   * in the answer of GET /api/applications/:id.
   */
  stand?: ApplicantStandDto | null;
  createdAt: string;
  updatedAt: string;
}

/** Body of POST /api/applications/:id/request-changes (admin). */
export interface ChangeRequestInput {
  /** Why and what to change; shown to the applicant and put into the email. */
  message: string;
  /** The fields the applicant should look at, at least one. */
  fields: (keyof ApplicationFields)[];
}

export interface ChangeRequestDto extends ChangeRequestInput {
  requestedAt: string;
}

export interface AuditEntryDto {
  id: string;
  entityType: string;
  entityId: string;
  /** Only staff see who exactly; applicants see the role (`actorRole`). */
  actorId: string | null;
  /** The role of whoever made the change; null for the system or a deleted account. */
  actorRole: Role | null;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  createdAt: string;
}

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
/** Width × height a logo may declare: a small file can unpack to far more pixels than the server should decode. */
export const LOGO_MAX_PIXELS = 24_000_000;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

/** Body of PUT /api/applications/:id/consents: allowed in every status. */
export interface ConsentsInput {
  publicationConsent?: boolean;
  photoConsent?: boolean;
}
