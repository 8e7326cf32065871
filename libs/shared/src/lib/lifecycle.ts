import { APPLICATION_STATUSES, ApplicationStatus } from './application';
import { EventStatus } from './event';
import { Role } from './roles';
import { endOfEventDay } from './time-zone';

/**
 * The application lifecycle, the one place its transitions are written: which action leads from which
 * statuses to which, who may take it and under which conditions. The API enforces it (every status write
 * goes through it), the web app only mirrors it to offer the buttons that will work.
 */

export type LifecycleAction =
  | 'submit'
  | 'resubmit'
  | 'withdraw'
  | 'confirm'
  | 'startReview'
  | 'requestChanges'
  | 'accept'
  | 'waitlist'
  | 'reject';

/**
 * Named guards, each read off a `LifecycleContext`:
 * - `applicationWindowOpen`: the event is open for applications and now lies between opening and deadline;
 * - `changesWindowOpen`: the same, or after the deadline while changes are asked for, until the event is over;
 * - `eventNotOver`: before the end of the event day (in the event's time zone);
 * - `minReviewsReached`: the application has the event's number of counting reviews.
 */
export type LifecycleCondition = 'applicationWindowOpen' | 'changesWindowOpen' | 'eventNotOver' | 'minReviewsReached';

/** Why a transition is refused; the API answers 409 with this as the code. */
export type TransitionRefusal =
  | 'invalid_transition'
  | 'not_permitted'
  | 'deadline_passed'
  | 'event_over'
  | 'not_enough_reviews';

export interface LifecycleTransition {
  action: LifecycleAction;
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  /** Where the transition leads instead when the application already has counting reviews. */
  toWhenReviewed?: ApplicationStatus;
  actors: readonly Role[];
  when: readonly LifecycleCondition[];
  /** The action recorded in the application's history. */
  audit: string;
}

const S = ApplicationStatus;
const STAFF = [Role.Reviewer, Role.Admin] as const;
const DECIDABLE_FROM = [S.Submitted, S.InReview, S.Waitlisted] as const;

export const LIFECYCLE: readonly LifecycleTransition[] = [
  {
    action: 'submit',
    from: [S.Draft],
    to: S.Submitted,
    actors: [Role.Applicant],
    when: ['applicationWindowOpen'],
    audit: 'submit',
  },
  {
    // Sent back during review, it returns into review; otherwise it is simply submitted again.
    action: 'resubmit',
    from: [S.ChangesRequested],
    to: S.Submitted,
    toWhenReviewed: S.InReview,
    actors: [Role.Applicant],
    when: ['changesWindowOpen'],
    audit: 'resubmit',
  },
  {
    action: 'withdraw',
    from: APPLICATION_STATUSES.filter((s) => s !== S.Withdrawn),
    to: S.Withdrawn,
    actors: [Role.Applicant],
    when: ['eventNotOver'],
    audit: 'withdraw',
  },
  {
    action: 'confirm',
    from: [S.Accepted],
    to: S.Confirmed,
    actors: [Role.Applicant],
    when: ['eventNotOver'],
    audit: 'confirm',
  },
  // The first review with scores (not a declared conflict of interest) moves the application into review.
  { action: 'startReview', from: [S.Submitted], to: S.InReview, actors: STAFF, when: [], audit: 'review_started' },
  {
    // After a decision it is changed by deciding again, not by asking the applicant.
    action: 'requestChanges',
    from: [S.Submitted, S.InReview],
    to: S.ChangesRequested,
    actors: [Role.Admin],
    when: ['eventNotOver'],
    audit: 'changes_requested',
  },
  // A waitlisted application can still be accepted or rejected when a place frees up.
  {
    action: 'accept',
    from: DECIDABLE_FROM,
    to: S.Accepted,
    actors: [Role.Admin],
    when: ['minReviewsReached'],
    audit: 'decided',
  },
  {
    action: 'waitlist',
    from: DECIDABLE_FROM,
    to: S.Waitlisted,
    actors: [Role.Admin],
    when: ['minReviewsReached'],
    audit: 'decided',
  },
  {
    action: 'reject',
    from: DECIDABLE_FROM,
    to: S.Rejected,
    actors: [Role.Admin],
    when: ['minReviewsReached'],
    audit: 'decided',
  },
];

/** The applicant's three buttons (and endpoints); `submit` is a resubmission after a change request. */
export type ApplicantAction = 'submit' | 'withdraw' | 'confirm';

export const LIFECYCLE_ACTIONS: readonly LifecycleAction[] = LIFECYCLE.map((t) => t.action);

/** The status a new application starts in. */
export const INITIAL_STATUS = ApplicationStatus.Draft;

/** The event as far as the lifecycle needs it (dates as ISO strings or Dates, so API entity and DTO both fit). */
export interface LifecycleEvent {
  date: string;
  status: EventStatus;
  applicationOpensAt: string | Date;
  applicationClosesAt: string | Date;
  minReviews: number;
}

/** What the guards are evaluated on. A guard whose facts are missing does not hold. */
export interface LifecycleContext {
  now?: Date;
  event?: LifecycleEvent | null;
  /** Counting reviews of the application (scored, no conflict of interest). */
  reviewCount?: number;
}

/** The event's deadlines as instants, each computed once in the event's time zone. */
export function eventDeadlines(event: LifecycleEvent): { opensAt: Date; closesAt: Date; eventEndsAt: Date } {
  return {
    opensAt: new Date(event.applicationOpensAt),
    closesAt: new Date(event.applicationClosesAt),
    eventEndsAt: endOfEventDay(event),
  };
}

function holds(condition: LifecycleCondition, ctx: LifecycleContext): boolean {
  const { event } = ctx;
  const now = ctx.now ?? new Date();
  if (!event) return false;
  const deadlines = eventDeadlines(event);
  const windowOpen = event.status === EventStatus.Open && deadlines.opensAt <= now && now < deadlines.closesAt;
  switch (condition) {
    case 'applicationWindowOpen':
      return windowOpen;
    case 'changesWindowOpen':
      return windowOpen || now <= deadlines.eventEndsAt;
    case 'eventNotOver':
      return now <= deadlines.eventEndsAt;
    case 'minReviewsReached':
      return ctx.reviewCount !== undefined && ctx.reviewCount >= event.minReviews;
  }
}

const REFUSAL_OF: Record<LifecycleCondition, TransitionRefusal> = {
  applicationWindowOpen: 'deadline_passed',
  changesWindowOpen: 'deadline_passed',
  eventNotOver: 'event_over',
  minReviewsReached: 'not_enough_reviews',
};

export function transitionOf(action: LifecycleAction): LifecycleTransition {
  return LIFECYCLE.find((t) => t.action === action) as LifecycleTransition;
}

/**
 * Why `actor` may not take `action` on an application in status `from`, null when allowed. Checked in order:
 * the status, the actor, then the guards.
 */
export function transitionRefusal(
  action: LifecycleAction,
  from: ApplicationStatus,
  actor: Role,
  ctx: LifecycleContext = {},
): TransitionRefusal | null {
  const transition = transitionOf(action);
  if (!transition.from.includes(from)) return 'invalid_transition';
  if (!transition.actors.includes(actor)) return 'not_permitted';
  const failed = transition.when.find((condition) => !holds(condition, ctx));
  return failed ? REFUSAL_OF[failed] : null;
}

export function canTransition(
  action: LifecycleAction,
  from: ApplicationStatus,
  actor: Role,
  ctx: LifecycleContext = {},
): boolean {
  return transitionRefusal(action, from, actor, ctx) === null;
}

/** The actions `actor` may take on an application in `status` now, in table order. */
export function transitionsFrom(status: ApplicationStatus, actor: Role, ctx: LifecycleContext = {}): LifecycleAction[] {
  return LIFECYCLE_ACTIONS.filter((action) => canTransition(action, status, actor, ctx));
}

/** Where `action` leads from `from`; null when the table has no such transition. */
export function nextStatus(
  action: LifecycleAction,
  from: ApplicationStatus,
  ctx: Pick<LifecycleContext, 'reviewCount'> = {},
): ApplicationStatus | null {
  const transition = transitionOf(action);
  if (!transition.from.includes(from)) return null;
  return transition.toWhenReviewed && (ctx.reviewCount ?? 0) > 0 ? transition.toWhenReviewed : transition.to;
}

/** The applicant's one "submit" button: a first submission from a draft, a resubmission after a change request. */
export function submitAction(status: ApplicationStatus): 'submit' | 'resubmit' {
  return status === ApplicationStatus.ChangesRequested ? 'resubmit' : 'submit';
}

/** Statuses a decision may be taken from (the same for every decision). */
export const DECIDABLE: readonly ApplicationStatus[] = transitionOf('accept').from;

/** Statuses from which staff can send an application back for changes. */
export const CHANGES_REQUESTABLE: readonly ApplicationStatus[] = transitionOf('requestChanges').from;

/**
 * Statuses in which the applicant may change the fields (the application is not decided yet); when depends on
 * the same windows as submitting: `applicantMayWrite`.
 */
export const APPLICANT_EDITABLE: readonly ApplicationStatus[] = [S.Draft, S.Submitted, S.InReview, S.ChangesRequested];

/** Whether the applicant may write into an application now: within the window, or later while changes are asked for. */
export function applicantMayWrite(status: ApplicationStatus, ctx: LifecycleContext): boolean {
  if (!APPLICANT_EDITABLE.includes(status)) return false;
  return holds(status === S.ChangesRequested ? 'changesWindowOpen' : 'applicationWindowOpen', ctx);
}

/** Statuses in which staff may review: everything submitted and not withdrawn. */
export const REVIEWABLE: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter(
  (s) => s !== S.Draft && s !== S.Withdrawn,
);
