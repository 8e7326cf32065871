import {
  APPLICANT_EDITABLE,
  APPLICANT_TRANSITIONS,
  ApplicantAction,
  ApplicationDto,
  ApplicationStatus,
  AuditEntryDto,
  EventDto,
  endOfEventDay,
  isApplicationWindowOpen,
} from '@markt/shared';

/** Translation key of a status label, e.g. `applicationStatus.submitted` → „Eingereicht“. */
export function statusKey(status: ApplicationStatus | string): string {
  return 'applicationStatus.' + status;
}

/** Whether the applicant may still change the application (status and deadline); the server enforces the same. */
export function canEdit(
  application: Pick<ApplicationDto, 'status'>,
  event: EventDto | null,
  now = new Date(),
): boolean {
  return !!event && APPLICANT_EDITABLE.includes(application.status) && isApplicationWindowOpen(event, now);
}

/** Whether an action is offered in the application's status; submission also needs an open window. */
export function canDo(
  action: ApplicantAction,
  application: Pick<ApplicationDto, 'status'>,
  event: EventDto | null,
  now = new Date(),
): boolean {
  if (!event) return false;
  if (!(APPLICANT_TRANSITIONS[action].from as readonly ApplicationStatus[]).includes(application.status)) return false;
  if (action === 'submit') return isApplicationWindowOpen(event, now);
  return now <= endOfEventDay(event);
}

const KNOWN_ACTIONS = [
  'created',
  'submit',
  'withdraw',
  'confirm',
  'changed_after_submission',
  'publicationConsent_given',
  'publicationConsent_withdrawn',
  'photoConsent_given',
  'photoConsent_withdrawn',
];

/** How a history entry is shown: a known action by name, anything else by its status change. */
export function historyEntryKey(entry: Pick<AuditEntryDto, 'action' | 'toStatus'>): {
  key: string;
  params?: { status: string };
} {
  if (KNOWN_ACTIONS.includes(entry.action)) return { key: 'history.' + entry.action };
  if (entry.toStatus) return { key: 'history.statusChanged', params: { status: statusKey(entry.toStatus) } };
  return { key: 'history.other' };
}
