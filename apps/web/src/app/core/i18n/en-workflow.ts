import type { deWorkflow } from './de-workflow';

/** English texts for changes requested from applicants and staged (pending) decisions. */
export const enWorkflow: Record<keyof typeof deWorkflow, string> = {
  'title.pendingDecisions': 'Staged decisions',

  'changes.heading': 'Request changes',
  'changes.open': 'Request changes …',
  'changes.intro':
    'The application goes back to the applicants. They get an email with your message and can change the marked details and submit again.',
  'changes.fields': 'Which details should be changed?',
  'changes.chooseField': 'Please choose at least one detail.',
  'changes.message': 'Message to the applicants',
  'changes.messageHint': 'What should be changed and why? Shown in the email and on the status page.',
  'changes.submit': 'Send back for changes',
  'changes.saving': 'Sending …',
  'changes.cancel': 'Cancel',
  'changes.sent': 'The application was sent back for changes.',
  'changes.notPossible': 'Changes can only be requested while the application is submitted or in review.',
  'changes.requested': 'Requested changes',
  'changes.requestedAt': 'Requested on {time}',

  'changes.applicant.heading': 'Please change your application',
  'changes.applicant.fields': 'Please look at these details:',
  'changes.applicant.fieldLink': 'Step {n}: {field}',
  'changes.applicant.resubmit': 'Check the application and submit again',
  'changes.applicant.afterDeadline':
    'Even after the application deadline you can still change the marked details and submit the application again.',
  'changes.applicant.asked': 'Change requested',
  'validation.notRequested': 'After the application deadline only the requested details can be changed.',

  'diff.heading': 'Changed since your review',
  'diff.intro': 'Please look at the application again and save your review once more.',
  'diff.field': 'Detail',
  'diff.before': 'At your review',
  'diff.after': 'Now',
  'diff.empty': '–',
  'diff.yes': 'Yes',
  'diff.no': 'No',
  'review.outdated': 'outdated – application changed',
  'review.ownOutdated': 'Your review is outdated: the application has changed since.',

  'decision.stage': 'Only stage it – do not tell the applicants yet',
  'decision.stageHint':
    'Applicants do not see staged decisions. They are released together; only then do the emails go into the outbox.',
  'decision.staged': '{count, plural, one {Decision staged.} other {# decisions staged.}}',
  'decision.stagedNote': 'Staged: {decision}',
  'decision.withdrawStaged': 'Withdraw the staged decision',
  'decision.stagedWithdrawn': 'The staged decision was withdrawn.',
  'decision.pendingLink': 'See and release staged decisions',

  'pending.heading': 'Staged decisions: {event}',
  'pending.back': 'Back to the applications',
  'pending.forbidden': 'Only organisers can stage and release decisions.',
  'pending.counts':
    'Staged: {accepted, plural, one {# acceptance} other {# acceptances}} · {waitlisted} waiting list · {rejected, plural, one {# rejection} other {# rejections}}',
  'pending.capacity': 'Stands planned: {planned} · accepted: {taken} · after release: {afterRelease}',
  'pending.overCapacity': 'After the release there would be more acceptances than planned stands.',
  'pending.none': 'No decision is staged at the moment.',
  'pending.tableCaption': 'Staged decisions',
  'pending.organisation': 'Organisation',
  'pending.status': 'Status now',
  'pending.decision': 'Staged',
  'pending.message': 'Message',
  'pending.stagedBy': 'Staged by',
  'pending.actions': 'Actions',
  'pending.change': 'Change',
  'pending.changeLabel': 'Change the decision for {org}',
  'pending.withdrawLabel': 'Withdraw the staged decision for {org}',
  'pending.release': 'Release all',
  'pending.releaseHeading': 'Release the staged decisions?',
  'pending.releaseText':
    '{count, plural, one {The decision takes} other {All # decisions take}} effect now. The applicants see it at once; the emails go into the outbox.',
  'pending.releaseConfirm': 'Release now',
  'pending.confirmOverCapacity': 'Release more acceptances than planned stands anyway',
  'pending.refused':
    'Not every staged decision is still possible (an application’s status has changed). Please change or withdraw those concerned.',
  'pending.released': '{count, plural, one {One decision released.} other {# decisions released.}}',

  'history.changes_requested': 'Changes requested',
  'history.resubmit': 'Submitted again after changes',
  'history.decision_staged': 'Decision staged: {status}',
  'history.staged_decision_withdrawn': 'Staged decision withdrawn',
  'templates.kind.changes_requested': 'Changes requested',
};
