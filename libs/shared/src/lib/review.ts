import { ApplicationDto, ApplicationFields, ApplicationStatus } from './application';

/** Decisions staff can take on an application. */
export type Decision = ApplicationStatus.Accepted | ApplicationStatus.Waitlisted | ApplicationStatus.Rejected;
export const DECISIONS: readonly Decision[] = [
  ApplicationStatus.Accepted,
  ApplicationStatus.Waitlisted,
  ApplicationStatus.Rejected,
];
/** Statuses that hold a place on the market. */
export const HOLDS_PLACE: readonly ApplicationStatus[] = [ApplicationStatus.Accepted, ApplicationStatus.Confirmed];

/** Body of POST /api/applications/:id/reviews (creates or replaces the caller's own review). */
export interface ReviewInput {
  /** One score per criterion of the event, in the event's order; omitted when declaring a conflict of interest. */
  scores?: number[];
  comment?: string;
  /** "befangen": the reviewer abstains; such a review carries no scores and does not count. */
  conflictOfInterest: boolean;
}

export interface ReviewDto {
  id: string;
  applicationId: string;
  reviewerId: string | null;
  reviewerName: string;
  scores: number[] | null;
  comment: string | null;
  conflictOfInterest: boolean;
  /** Mean of this review's scores, null for a conflict of interest. */
  total: number | null;
  /** The application changed since this review was made: the reviewer is asked to look again. */
  outdated: boolean;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/applications/:id/reviews: others' reviews only once the caller has reviewed (admins always). */
export interface ReviewSummaryDto {
  own: ReviewDto | null;
  /** Application fields changed since the caller's own review (empty without one). */
  changedSinceOwnReview: string[];
  /** The same, field by field: the value the own review was made on and the value now. */
  changesSinceOwnReview: FieldChange[];
  /** False while the caller has not reviewed: `others` is then empty and `average` null (no anchoring). */
  unlocked: boolean;
  others: ReviewDto[];
  /** Mean over counting reviews (no conflicts), null when hidden or none. */
  average: number | null;
  /** Counting reviews so far (always visible). */
  count: number;
}

export type FieldValue = string | number | boolean | string[] | null;

export interface FieldChange {
  field: keyof ApplicationFields;
  before: FieldValue;
  after: FieldValue;
}

export interface NoteInput {
  text: string;
}

export interface NoteDto {
  id: string;
  applicationId: string;
  authorId: string | null;
  authorName: string;
  text: string;
  createdAt: string;
}

/** Body of POST /api/applications/:id/decision. */
export interface DecisionInput {
  decision: Decision;
  /** Shown to the applicant and put into the email. */
  message?: string;
  /** Needed to accept beyond the planned number of stands. */
  confirmOverCapacity?: boolean;
  /**
   * Stage the decision as pending instead of applying it: nothing changes for the applicant (no status, no
   * history, no mail) until the event's pending decisions are released. Staging again replaces it.
   */
  stage?: boolean;
}

/** Body of POST /api/events/:eventId/decisions. All or nothing: one refused application refuses the batch. */
export interface BulkDecisionInput extends DecisionInput {
  applicationIds: string[];
}

/** A staged decision, seen by admins only. */
export interface PendingDecisionDto {
  applicationId: string;
  organisationName: string | null;
  projectTitle: string | null;
  /** The application's current status (the decision applies from it at release). */
  status: ApplicationStatus;
  decision: Decision;
  message: string | null;
  stagedBy: string | null;
  stagedAt: string;
}

/** GET /api/events/:eventId/decisions/pending. */
export interface PendingDecisionsDto {
  items: PendingDecisionDto[];
  counts: Record<Decision, number>;
  capacity: {
    planned: number;
    /** Accepted plus confirmed now. */
    taken: number;
    /** Taken once the pending acceptances are released. */
    afterRelease: number;
  };
}

/** Body of POST /api/events/:eventId/decisions/release. */
export interface ReleaseInput {
  /** Needed when the pending acceptances would exceed the planned number of stands. */
  confirmOverCapacity?: boolean;
}

export interface CapacityDto {
  planned: number;
  /** Accepted plus confirmed. */
  taken: number;
  free: number;
  /** Top of the waitlist (best average, then earliest submission), offered when a place is free. */
  nextOnWaitlist: { id: string; organisationName: string | null; projectTitle: string | null } | null;
}

/** One row of the staff list. */
/** What a row of the staff list shows; the whole application (texts, contacts, consents) is read on its page. */
export const STAFF_ROW_FIELDS = [
  'id',
  'status',
  'organisationName',
  'projectTitle',
  'topics',
  'needsPower',
  'needsStepFreeAccess',
  'submittedAt',
  'changedAfterSubmissionAt',
  'decidedAt',
] as const satisfies readonly (keyof ApplicationDto)[];

export interface StaffApplicationRow extends Pick<ApplicationDto, (typeof STAFF_ROW_FIELDS)[number]> {
  /** Mean over counting reviews; visible in the list to admins and to reviewers who reviewed it. */
  averageScore: number | null;
  reviewCount: number;
  reviewedByMe: boolean;
  /** The caller's review declares a conflict of interest (it scores nothing). */
  conflictDeclaredByMe: boolean;
  /** The application changed after the caller's review. */
  changedSinceMyReview: boolean;
  /** A decision staff staged for release together with others (the applicant does not see it yet); null when none. */
  stagedDecision: Decision | null;
}

export type StaffListSort = 'date' | 'score' | 'name';

/** Query of GET /api/events/:eventId/applications. */
export interface StaffListQuery {
  status?: ApplicationStatus;
  topic?: string;
  needsPower?: boolean;
  needsStepFreeAccess?: boolean;
  /** Searches organisation name and project title/short text. */
  q?: string;
  sort?: StaffListSort;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export interface StaffApplicationList {
  items: StaffApplicationRow[];
  total: number;
  page: number;
  pageSize: number;
  /** Count per status over the whole event, unaffected by the filters. */
  counts: Partial<Record<ApplicationStatus, number>>;
  capacity: CapacityDto;
}
