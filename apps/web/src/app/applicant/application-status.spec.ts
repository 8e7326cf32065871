import { ApplicationStatus, EventDto, EventStatus } from '@markt/shared';
import { de } from '../core/i18n/de';
import { en } from '../core/i18n/en';
import { canDo, canEdit, historyEntryKey, statusKey } from './application-status';

const event = {
  status: EventStatus.Open,
  date: '2027-11-11',
  applicationOpensAt: '2027-01-01T00:00:00.000Z',
  applicationClosesAt: '2027-09-15T21:59:59.000Z',
} as EventDto;
const during = new Date('2027-05-01T10:00:00Z');
const afterDeadline = new Date('2027-10-01T10:00:00Z');
const afterEvent = new Date('2027-11-13T10:00:00Z');
const sentBack = { status: ApplicationStatus.ChangesRequested };

describe('application status', () => {
  it('has a German and an English label for every status', () => {
    for (const status of Object.values(ApplicationStatus)) {
      expect(de).toHaveProperty([statusKey(status)]);
      expect(en).toHaveProperty([statusKey(status)]);
    }
    expect(de[statusKey(ApplicationStatus.ChangesRequested) as keyof typeof de]).toBe('Änderungen erbeten');
  });

  it('allows editing while the status is editable and the deadline has not passed', () => {
    expect(canEdit({ status: ApplicationStatus.Submitted }, event, during)).toBe(true);
    expect(canEdit({ status: ApplicationStatus.Submitted }, event, afterDeadline)).toBe(false);
    expect(canEdit({ status: ApplicationStatus.Accepted }, event, during)).toBe(false);
    expect(canEdit({ status: ApplicationStatus.Draft }, null, during)).toBe(false);
  });

  it('offers submission of drafts before the deadline only', () => {
    expect(canDo('submit', { status: ApplicationStatus.Draft }, event, during)).toBe(true);
    expect(canDo('submit', { status: ApplicationStatus.Draft }, event, afterDeadline)).toBe(false);
    expect(canDo('submit', { status: ApplicationStatus.Submitted }, event, during)).toBe(false);
  });

  it('offers withdrawal and confirmation until the event is over', () => {
    expect(canDo('withdraw', { status: ApplicationStatus.Accepted }, event, afterDeadline)).toBe(true);
    expect(canDo('withdraw', { status: ApplicationStatus.Withdrawn }, event, during)).toBe(false);
    expect(canDo('confirm', { status: ApplicationStatus.Accepted }, event, afterDeadline)).toBe(true);
    expect(canDo('confirm', { status: ApplicationStatus.Submitted }, event, during)).toBe(false);
    expect(canDo('withdraw', { status: ApplicationStatus.Accepted }, event, new Date('2027-11-12T10:00:00Z'))).toBe(
      false,
    );
  });

  it('describes history entries by action or by the status they led to', () => {
    expect(historyEntryKey({ action: 'submit', toStatus: 'submitted' })).toEqual({ key: 'history.submit' });
    expect(historyEntryKey({ action: 'decide', toStatus: 'accepted' })).toEqual({
      key: 'history.statusChanged',
      params: { status: 'applicationStatus.accepted' },
    });
    expect(historyEntryKey({ action: 'note', toStatus: null })).toEqual({ key: 'history.other' });
  });
});

describe('changes requested', () => {
  it('may be edited and submitted again after the deadline, until the event', () => {
    expect(canEdit(sentBack, event, afterDeadline)).toBe(true);
    expect(canDo('submit', sentBack, event, afterDeadline)).toBe(true);
    expect(canEdit(sentBack, event, afterEvent)).toBe(false);
    expect(canDo('submit', sentBack, event, afterEvent)).toBe(false);
    // Everyone else keeps the deadline.
    expect(canEdit({ status: ApplicationStatus.InReview }, event, afterDeadline)).toBe(false);
  });

  it('names the new history entries; a staged decision with the decision', () => {
    expect(historyEntryKey({ action: 'changes_requested', toStatus: 'changes_requested' })).toEqual({
      key: 'history.changes_requested',
    });
    expect(historyEntryKey({ action: 'resubmit', toStatus: 'in_review' })).toEqual({ key: 'history.resubmit' });
    expect(historyEntryKey({ action: 'decision_staged', toStatus: 'accepted' })).toEqual({
      key: 'history.decision_staged',
      params: { status: 'applicationStatus.accepted' },
    });
  });
});
