/** Months after an event until its personal data goes, unless RETENTION_MONTHS says otherwise. */
export const DEFAULT_RETENTION_MONTHS = 24;

/** One event in the retention preview. */
export interface RetentionEventDto {
  eventId: string;
  title: string;
  /** YYYY-MM-DD of the event. */
  date: string;
  /** ISO date-time from which its personal data is removed. */
  dueAt: string;
  /** Due now: the next run removes it. */
  due: boolean;
  /** Applications that still hold personal data. */
  applications: number;
  logos: number;
}

/** One applicant account without any current application, deleted after the same time without login. */
export interface RetentionAccountDto {
  userId: string;
  email: string;
  /** The last login, or the creation of the account when it never logged in. */
  lastSeenAt: string;
  dueAt: string;
  due: boolean;
}

/** GET /api/retention/preview: what will go, and when. */
export interface RetentionPreviewDto {
  retentionMonths: number;
  events: RetentionEventDto[];
  accounts: RetentionAccountDto[];
}

/** POST /api/retention/run: what this run removed. */
export interface RetentionRunDto {
  ranAt: string;
  events: number;
  applications: number;
  accounts: number;
}

/** The first moment personal data of an event held on `date` (YYYY-MM-DD) is due for removal. */
export function retentionDueAt(date: string, months: number): Date {
  const [year, month, day] = date.split('-').map(Number);
  // The day after the event, `months` later: the whole event day counts as the event.
  return new Date(Date.UTC(year, month - 1 + months, day + 1));
}
