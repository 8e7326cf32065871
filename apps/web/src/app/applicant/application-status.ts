import {
  ApplicantAction,
  applicantMayWrite,
  ApplicationDto,
  ApplicationStatus,
  AuditEntryDto,
  canTransition,
  EventDto,
  Role,
  submitAction,
} from '@markt/shared';

/** Translation key of a status label, e.g. `applicationStatus.submitted` → „Eingereicht“. */
export function statusKey(status: ApplicationStatus | string): string {
  return 'applicationStatus.' + status;
}

/** Whether the applicant may still change the application: the lifecycle's rule, which the server enforces. */
export function canEdit(
  application: Pick<ApplicationDto, 'status'>,
  event: EventDto | null,
  now = new Date(),
): boolean {
  return !!event && applicantMayWrite(application.status, { event, now });
}

/** Whether the lifecycle offers the applicant this button now (submit is a resubmission after a change request). */
export function canDo(
  action: ApplicantAction,
  application: Pick<ApplicationDto, 'status'>,
  event: EventDto | null,
  now = new Date(),
): boolean {
  const lifecycleAction = action === 'submit' ? submitAction(application.status) : action;
  return !!event && canTransition(lifecycleAction, application.status, Role.Applicant, { event, now });
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
