// Retention belongs to an event's life cycle; exported with it.
export * from './retention';

export enum EventStatus {
  Draft = 'draft',
  Open = 'open',
  Closed = 'closed',
  Archived = 'archived',
}

export const EVENT_STATUSES: readonly EventStatus[] = [
  EventStatus.Draft,
  EventStatus.Open,
  EventStatus.Closed,
  EventStatus.Archived,
];

/** A criterion reviewers score an application against (used by the review feature). */
export interface ReviewCriterion {
  label: string;
  min: number;
  max: number;
}

/** An event as the API returns it. Dates are ISO strings. */
export interface EventDto {
  id: string;
  title: string;
  description: string;
  /** Day of the event, YYYY-MM-DD. */
  date: string;
  /** HH:MM, local time of the venue. */
  startTime: string;
  endTime: string;
  venueName: string;
  venueAddress: string;
  /** ISO date-time when applications open / close. */
  applicationOpensAt: string;
  applicationClosesAt: string;
  standsPlanned: number;
  /** Counting reviews an application needs before a decision (default 2). */
  minReviews: number;
  /** The public exhibitor page /markt/:id is online. */
  marketPublished: boolean;
  status: EventStatus;
  topics: string[];
  reviewCriteria: ReviewCriterion[];
  /**
   * ISO date-time until which accepted applicants may still change the names and accessibility needs of
   * the people at their stand; null: not at all after acceptance.
   */
  standDetailsDeadline: string | null;
  /** From when retention removes the personal data of its applications (only GET /api/events and /:id). */
  personalDataRemovedFrom?: string;
  createdAt: string;
  updatedAt: string;
}

/** Body of POST /api/events (minReviews defaults to 2); PATCH takes any subset. */
export type EventInput = Omit<
  EventDto,
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'minReviews'
  | 'marketPublished'
  | 'standDetailsDeadline'
  | 'personalDataRemovedFrom'
> & {
  minReviews?: number;
  marketPublished?: boolean;
  standDetailsDeadline?: string | null;
};

/**
 * Body of POST /api/events/:eventId/copy: what differs from the earlier event. Everything else (settings,
 * topics, criteria, review settings, floor plan, email templates) is copied; no applicant's data is.
 */
export interface CopyEventInput {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  applicationOpensAt: string;
  applicationClosesAt: string;
}

/** Applications may be started or changed only while this is true. */
export function isApplicationWindowOpen(
  event: Pick<EventDto, 'status' | 'applicationOpensAt' | 'applicationClosesAt'>,
  now: Date = new Date(),
): boolean {
  return (
    event.status === EventStatus.Open &&
    new Date(event.applicationOpensAt) <= now &&
    now < new Date(event.applicationClosesAt)
  );
}
