import {
  APPLICANT_EDITABLE,
  APPLICANT_TRANSITIONS,
  ApplicantAction,
  ApplicationDto,
  ApplicationStatus,
  AuditEntryDto,
  EventDto,
  editableAfterDeadline,
  endOfEventDay,
  isApplicationWindowOpen,
} from '@markt/shared';
import { statusKey } from '../ui/status-badge.component';

// the status badge's key, still offered here where the staff pages look for it
export { statusKey };

/** Within the window, or after it while changes are asked for (until the event day), as the server has it. */
function mayWrite(application: Pick<ApplicationDto, 'status'>, event: EventDto, now: Date): boolean {
  if (isApplicationWindowOpen(event, now)) return true;
  return editableAfterDeadline(application.status) && now <= endOfEventDay(event);
}

/** Whether the applicant may still change the application (status and deadline); the server enforces the same. */
export function canEdit(
  application: Pick<ApplicationDto, 'status'>,
  event: EventDto | null,
  now = new Date(),
): boolean {
  return !!event && APPLICANT_EDITABLE.includes(application.status) && mayWrite(application, event, now);
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
  if (action === 'submit') return mayWrite(application, event, now);
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
  'changes_requested',
  'resubmit',
  'staged_decision_withdrawn',
  'stand_people_changed',
];

/** How a history entry is shown: a known action by name, anything else by its status change. */
export function historyEntryKey(entry: Pick<AuditEntryDto, 'action' | 'toStatus'>): {
  key: string;
  params?: { status: string };
} {
  if (KNOWN_ACTIONS.includes(entry.action)) return { key: 'history.' + entry.action };
  // Staff only: the decision an admin staged (applicants never get this entry).
  if (entry.action === 'decision_staged' && entry.toStatus) {
    return { key: 'history.decision_staged', params: { status: statusKey(entry.toStatus) } };
  }
  if (entry.toStatus) return { key: 'history.statusChanged', params: { status: statusKey(entry.toStatus) } };
  return { key: 'history.other' };
}
