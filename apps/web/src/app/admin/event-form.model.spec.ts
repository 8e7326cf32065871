import { EventStatus } from '@markt/shared';
import { createEventForm, criterionGroup, eventInputFrom, isoToLocalInput, localInputToIso } from './event-form.model';

describe('event form model', () => {
  it('converts between ISO date-times and datetime-local values without losing the moment', () => {
    const iso = '2027-09-15T21:59:00.000Z';
    expect(localInputToIso(isoToLocalInput(iso))).toBe(iso);
    expect(isoToLocalInput('')).toBe('');
  });

  it("reads and shows deadlines on the Berlin clock, whatever the browser's time zone", () => {
    expect(localInputToIso('2026-11-30T23:59')).toBe('2026-11-30T22:59:00.000Z');
    expect(localInputToIso('2026-06-30T23:59')).toBe('2026-06-30T21:59:00.000Z');
    expect(isoToLocalInput('2026-11-30T22:59:00.000Z')).toBe('2026-11-30T23:59');
  });

  it('refuses an end time before the start time and re-checks when the start changes', () => {
    const form = createEventForm();
    form.patchValue({ startTime: '15:00', endTime: '14:00' });
    expect(form.controls.endTime.hasError('endBeforeStart')).toBe(true);
    form.controls.startTime.setValue('13:00');
    expect(form.controls.endTime.hasError('endBeforeStart')).toBe(false);
  });

  it('refuses an application deadline before the opening', () => {
    const form = createEventForm();
    form.patchValue({ applicationOpensAt: '2027-01-10T09:00', applicationClosesAt: '2027-01-01T09:00' });
    expect(form.controls.applicationClosesAt.hasError('closesBeforeOpens')).toBe(true);
  });

  it('starts criteria at 1 to 5 points and builds the API input with trimmed texts', () => {
    const form = createEventForm();
    form.controls.reviewCriteria.push(criterionGroup());
    form.patchValue({
      title: ' Konferenz ',
      date: '2027-11-11',
      startTime: '15:00',
      endTime: '19:15',
      venueName: 'Plenarsaal',
      venueAddress: 'Marktplatz 2',
      applicationOpensAt: '2027-01-01T09:00',
      applicationClosesAt: '2027-06-30T23:59',
      standsPlanned: 30,
      status: EventStatus.Open,
    });
    form.controls.reviewCriteria.at(0).controls.label.setValue('Relevanz');
    const input = eventInputFrom(form);
    expect(input.title).toBe('Konferenz');
    expect(input.reviewCriteria).toEqual([{ label: 'Relevanz', min: 1, max: 5 }]);
    // 09:00 in Berlin (winter, UTC+1), whatever the browser's time zone
    expect(input.applicationOpensAt).toBe('2027-01-01T08:00:00.000Z');
    expect(input.minReviews).toBe(2);
    expect(form.valid).toBe(true);
  });

  it('keeps the minimum number of reviews between 0 and 10', () => {
    const form = createEventForm();
    form.controls.minReviews.setValue(11);
    expect(form.controls.minReviews.hasError('max')).toBe(true);
    form.controls.minReviews.setValue(0);
    expect(form.controls.minReviews.valid).toBe(true);
  });
});
