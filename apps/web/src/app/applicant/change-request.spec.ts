import { ApplicationStatus, EventDto, EventStatus } from '@markt/shared';
import { changeValue } from '../staff/review-changes.component';
import { canDo, canEdit, historyEntryKey } from './application-status';

const event = {
  status: EventStatus.Open,
  date: '2027-11-11',
  applicationOpensAt: '2027-01-01T00:00:00.000Z',
  applicationClosesAt: '2027-09-15T21:59:59.000Z',
} as EventDto;
const afterDeadline = new Date('2027-10-01T10:00:00Z');
const afterEvent = new Date('2027-11-13T10:00:00Z');
const sentBack = { status: ApplicationStatus.ChangesRequested };

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

  it('shows compared values as text: lists joined, yes/no and nothing translated', () => {
    expect(changeValue(['Empowerment', 'Antirassismus'])).toEqual({ text: 'Empowerment, Antirassismus' });
    expect(changeValue(2.5)).toEqual({ text: '2.5' });
    expect(changeValue(true)).toEqual({ key: 'diff.yes' });
    expect(changeValue(false)).toEqual({ key: 'diff.no' });
    expect(changeValue(null)).toEqual({ key: 'diff.empty' });
    expect(changeValue([])).toEqual({ key: 'diff.empty' });
  });
});
