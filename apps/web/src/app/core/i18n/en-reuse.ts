import type { deReuse } from './de-reuse';

/** English texts for copying an event, retention of personal data and the applicant's stand; spread into `en`. */
export const enReuse: Record<keyof typeof deReuse, string> = {
  'title.eventCopy': 'Copy event',
  'title.retention': 'Retention and deletion',

  'eventCopy.action': 'Copy',
  'eventCopy.heading': 'Copy event',
  'eventCopy.intro':
    'The new event takes over settings, topics, review criteria, floor plan and email templates of “{event}”. It starts as a draft.',
  'eventCopy.notCopied':
    'Applications, reviews, notes, stand assignments and emails are not copied – no applicant data.',
  'eventCopy.submit': 'Create copy',
  'eventCopy.saving': 'Copying …',
  'eventCopy.done': 'The copy was created as a draft.',

  'retention.heading': 'Retention and deletion of personal data',
  'retention.intro':
    '{months, plural, one {One month} other {# months}} after an event, the personal data of its applications is deleted or anonymised. Statistics keep the status, topics, needs at the stand and type of organisation. This happens daily by itself.',
  'retention.eventsHeading': 'Events',
  'retention.noEvents': 'No event holds personal data.',
  'retention.event': 'Event',
  'retention.eventDate': 'Date',
  'retention.dueAt': 'Deleted from',
  'retention.dueNow': 'due',
  'retention.applications': 'Applications',
  'retention.logos': 'Logos',
  'retention.accountsHeading': 'Accounts without applications',
  'retention.accountsIntro':
    'Applicant accounts without any application are deleted {months, plural, one {one month} other {# months}} after their last login.',
  'retention.noAccounts': 'No account without applications.',
  'retention.email': 'Email address',
  'retention.lastSeen': 'Last login',
  'retention.runHeading': 'Run now',
  'retention.runIntro': 'Deletes what is due right away instead of waiting for the next daily run.',
  'retention.run': 'Delete due data now …',
  'retention.confirmHeading': 'Really delete the due data?',
  'retention.confirmText':
    'Due: {events, plural, one {one event} other {# events}} and {accounts, plural, one {one account} other {# accounts}}. This cannot be undone.',
  'retention.confirm': 'Delete for good',
  'retention.running': 'Deleting …',
  'retention.result':
    'Done: {events, plural, one {one event} other {# events}} with {applications, plural, one {one application} other {# applications}} anonymised, {accounts, plural, one {one account} other {# accounts}} deleted.',

  'stand.heading': 'Your stand',
  'stand.number': 'Stand no. {number}',
  'stand.size': 'Size: {width} m × {depth} m',
  'stand.planLabel': 'Floor plan of {event}, your stand no. {number} is highlighted',
  'stand.planCaption': 'Your stand no. {number} on the floor plan ({venue}), with a thick outline and hatching.',
  'stand.notYet': 'Your stand will be shown here once the floor plan is published.',
  'stand.peopleHeading': 'People at the stand',
  'stand.peopleHint': 'Until {date} you can change the names and support needs of the people at the stand.',
  'stand.staffNames': 'Names of the people at the stand',
  'stand.accessibilityNeeds': 'Accessibility or support needs of these people',
  'stand.save': 'Save people',
  'stand.saving': 'Saving …',
  'stand.saved': 'The people at the stand were saved.',
  'history.stand_people_changed': 'People at the stand changed',
  'errors.stand_details_closed': 'The people at the stand can no longer be changed.',
  'errors.not_accepted': 'The people at the stand can be changed only after acceptance.',

  'eventForm.standDetailsDeadline': 'People at the stand changeable until',
  'eventForm.standDetailsDeadlineHint': 'After acceptance; empty: no more changes.',

  'privacy.retentionEvent':
    '{event} ({date}): personal data of the applications is deleted or anonymised from {removedFrom}.',
  'privacy.retentionAccounts':
    'Accounts without applications are deleted after the same period without login. The date is also in your data export.',
};
