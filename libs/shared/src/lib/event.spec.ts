import { EventStatus, isApplicationWindowOpen } from './event';

describe('isApplicationWindowOpen', () => {
  const event = {
    status: EventStatus.Open,
    applicationOpensAt: '2026-01-01T00:00:00.000Z',
    applicationClosesAt: '2026-06-30T22:00:00.000Z',
  };

  it('is open between opening and closing of an open event', () => {
    expect(isApplicationWindowOpen(event, new Date('2026-03-01T12:00:00Z'))).toBe(true);
  });

  it('is closed before opening and from the closing moment on', () => {
    expect(isApplicationWindowOpen(event, new Date('2025-12-31T23:59:59Z'))).toBe(false);
    expect(isApplicationWindowOpen(event, new Date('2026-06-30T22:00:00Z'))).toBe(false);
  });

  it('is closed for an event that is not open, whatever the dates', () => {
    for (const status of [EventStatus.Draft, EventStatus.Closed, EventStatus.Archived]) {
      expect(isApplicationWindowOpen({ ...event, status }, new Date('2026-03-01T12:00:00Z'))).toBe(false);
    }
  });
});
