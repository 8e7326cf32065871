import { APPLICATION_STATUSES, ApplicationStatus as S } from './application';
import { EventStatus } from './event';
import {
  APPLICANT_EDITABLE,
  applicantMayWrite,
  canTransition,
  CHANGES_REQUESTABLE,
  DECIDABLE,
  LIFECYCLE_ACTIONS,
  LifecycleAction,
  LifecycleContext,
  LifecycleEvent,
  nextStatus,
  REVIEWABLE,
  submitAction,
  transitionRefusal,
  transitionsFrom,
} from './lifecycle';
import { Role, ROLES } from './roles';

/** Integrationskonferenz 2027: applications open in the autumn of 2026, the event is on 13 November 2027. */
const EVENT: LifecycleEvent = {
  date: '2027-11-13',
  status: EventStatus.Open,
  applicationOpensAt: '2026-09-01T08:00:00.000Z',
  applicationClosesAt: '2027-06-30T21:59:00.000Z',
  minReviews: 2,
};
/** Every guard holds: within the window, long before the event, enough reviews. */
const OPEN: LifecycleContext = { event: EVENT, now: new Date('2027-01-15T12:00:00Z'), reviewCount: 2 };

/** What each actor may do in each status when every guard holds, in the table's order. */
const ALLOWED: Record<S, Record<Role, LifecycleAction[]>> = {
  [S.Draft]: { applicant: ['submit', 'withdraw'], reviewer: [], admin: [] },
  [S.Submitted]: {
    applicant: ['withdraw'],
    reviewer: ['startReview'],
    admin: ['startReview', 'requestChanges', 'accept', 'waitlist', 'reject'],
  },
  [S.InReview]: { applicant: ['withdraw'], reviewer: [], admin: ['requestChanges', 'accept', 'waitlist', 'reject'] },
  [S.ChangesRequested]: { applicant: ['resubmit', 'withdraw'], reviewer: [], admin: [] },
  [S.Accepted]: { applicant: ['withdraw', 'confirm'], reviewer: [], admin: [] },
  [S.Waitlisted]: { applicant: ['withdraw'], reviewer: [], admin: ['accept', 'waitlist', 'reject'] },
  [S.Rejected]: { applicant: ['withdraw'], reviewer: [], admin: [] },
  [S.Withdrawn]: { applicant: [], reviewer: [], admin: [] },
  [S.Confirmed]: { applicant: ['withdraw'], reviewer: [], admin: [] },
};

/** Where each action leads from each status it is allowed in (a reviewed resubmission: see below). */
const LEADS_TO: Record<LifecycleAction, S> = {
  submit: S.Submitted,
  resubmit: S.Submitted,
  withdraw: S.Withdrawn,
  confirm: S.Confirmed,
  startReview: S.InReview,
  requestChanges: S.ChangesRequested,
  accept: S.Accepted,
  waitlist: S.Waitlisted,
  reject: S.Rejected,
};

describe('application lifecycle table', () => {
  it('names every status and every action of the expectation', () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...APPLICATION_STATUSES].sort());
    expect([...LIFECYCLE_ACTIONS].sort()).toEqual(Object.keys(LEADS_TO).sort());
  });

  describe.each(APPLICATION_STATUSES)('from %s', (status) => {
    it.each(ROLES)('offers the %s exactly the expected actions', (actor) => {
      expect(transitionsFrom(status, actor, OPEN)).toEqual(ALLOWED[status][actor]);
    });

    it.each(LIFECYCLE_ACTIONS.flatMap((action) => ROLES.map((actor) => [action, actor] as const)))(
      '%s by %s: allowed and leading where expected, or refused for status or role',
      (action, actor) => {
        const allowed = ALLOWED[status][actor].includes(action);
        expect(canTransition(action, status, actor, OPEN)).toBe(allowed);
        const refusal = transitionRefusal(action, status, actor, OPEN);
        if (allowed) {
          expect(refusal).toBeNull();
          expect(nextStatus(action, status)).toBe(LEADS_TO[action]);
        } else {
          // All guards hold here, so only the status or the role can refuse.
          expect(['invalid_transition', 'not_permitted']).toContain(refusal);
          // A status no actor may leave by this action has no next status.
          const anyone = ROLES.some((r) => ALLOWED[status][r].includes(action));
          expect(nextStatus(action, status) === null).toBe(!anyone);
        }
      },
    );
  });

  it('refuses a wrong status before a wrong role', () => {
    expect(transitionRefusal('accept', S.Draft, Role.Applicant, OPEN)).toBe('invalid_transition');
    expect(transitionRefusal('accept', S.Submitted, Role.Reviewer, OPEN)).toBe('not_permitted');
    expect(transitionRefusal('submit', S.Draft, Role.Admin, OPEN)).toBe('not_permitted');
  });

  it('returns a reviewed resubmission into review, an unreviewed one to submitted', () => {
    expect(nextStatus('resubmit', S.ChangesRequested, { reviewCount: 0 })).toBe(S.Submitted);
    expect(nextStatus('resubmit', S.ChangesRequested)).toBe(S.Submitted);
    expect(nextStatus('resubmit', S.ChangesRequested, { reviewCount: 1 })).toBe(S.InReview);
    expect(nextStatus('resubmit', S.Draft, { reviewCount: 1 })).toBeNull();
  });

  it('maps the applicant’s one submit button onto submit or resubmit', () => {
    expect(submitAction(S.Draft)).toBe('submit');
    expect(submitAction(S.ChangesRequested)).toBe('resubmit');
  });
});

describe('lifecycle guards', () => {
  const at = (now: string, extra: Partial<LifecycleContext> = {}): LifecycleContext => ({
    ...OPEN,
    now: new Date(now),
    ...extra,
  });
  const afterDeadline = at('2027-07-01T10:00:00Z');
  // 13 November 2027 is winter time in Berlin (UTC+1): the event day ends at 22:59:59.999 UTC.
  const lastMoment = at('2027-11-13T22:59:59.999Z');
  const eventOver = at('2027-11-13T23:00:00.000Z');

  it('closes first submission at the deadline and keeps it closed before opening and in a closed event', () => {
    expect(transitionRefusal('submit', S.Draft, Role.Applicant, afterDeadline)).toBe('deadline_passed');
    expect(transitionRefusal('submit', S.Draft, Role.Applicant, at('2026-08-31T10:00:00Z'))).toBe('deadline_passed');
    const closed = at('2027-01-15T12:00:00Z', { event: { ...EVENT, status: EventStatus.Closed } });
    expect(transitionRefusal('submit', S.Draft, Role.Applicant, closed)).toBe('deadline_passed');
  });

  it('lets a requested change be resubmitted after the deadline until the event day is over in Berlin', () => {
    expect(canTransition('resubmit', S.ChangesRequested, Role.Applicant, afterDeadline)).toBe(true);
    expect(canTransition('resubmit', S.ChangesRequested, Role.Applicant, lastMoment)).toBe(true);
    expect(transitionRefusal('resubmit', S.ChangesRequested, Role.Applicant, eventOver)).toBe('deadline_passed');
  });

  it('allows withdrawing, confirming and requesting changes until the end of the event day, not after', () => {
    for (const ctx of [afterDeadline, lastMoment]) {
      expect(canTransition('withdraw', S.Accepted, Role.Applicant, ctx)).toBe(true);
      expect(canTransition('confirm', S.Accepted, Role.Applicant, ctx)).toBe(true);
      expect(canTransition('requestChanges', S.InReview, Role.Admin, ctx)).toBe(true);
    }
    expect(transitionRefusal('withdraw', S.Accepted, Role.Applicant, eventOver)).toBe('event_over');
    expect(transitionRefusal('confirm', S.Accepted, Role.Applicant, eventOver)).toBe('event_over');
    expect(transitionRefusal('requestChanges', S.InReview, Role.Admin, eventOver)).toBe('event_over');
  });

  it('decides only with the event’s number of counting reviews, after the event too', () => {
    expect(transitionRefusal('accept', S.InReview, Role.Admin, { ...OPEN, reviewCount: 1 })).toBe('not_enough_reviews');
    expect(transitionRefusal('reject', S.InReview, Role.Admin, { event: EVENT })).toBe('not_enough_reviews');
    expect(canTransition('waitlist', S.Submitted, Role.Admin, { ...eventOver, reviewCount: 2 })).toBe(true);
  });

  it('holds no guard without the event it is read from, but needs none to start a review', () => {
    expect(transitionsFrom(S.Submitted, Role.Admin, {})).toEqual(['startReview']);
    expect(transitionsFrom(S.Accepted, Role.Applicant)).toEqual([]);
  });

  it('lets the applicant write while the status is undecided and the window (or a change request) allows', () => {
    expect(APPLICANT_EDITABLE).toEqual([S.Draft, S.Submitted, S.InReview, S.ChangesRequested]);
    expect(applicantMayWrite(S.Submitted, OPEN)).toBe(true);
    expect(applicantMayWrite(S.Accepted, OPEN)).toBe(false);
    expect(applicantMayWrite(S.Submitted, afterDeadline)).toBe(false);
    expect(applicantMayWrite(S.ChangesRequested, afterDeadline)).toBe(true);
    expect(applicantMayWrite(S.ChangesRequested, eventOver)).toBe(false);
  });

  it('derives the lists the pages use from the table', () => {
    expect(DECIDABLE).toEqual([S.Submitted, S.InReview, S.Waitlisted]);
    expect(CHANGES_REQUESTABLE).toEqual([S.Submitted, S.InReview]);
    expect(REVIEWABLE).not.toContain(S.Draft);
    expect(REVIEWABLE).not.toContain(S.Withdrawn);
    expect(REVIEWABLE).toHaveLength(APPLICATION_STATUSES.length - 2);
  });
});
