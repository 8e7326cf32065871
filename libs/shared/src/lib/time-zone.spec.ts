import { endOfEventDay, instantToZonedInput, zonedInputToIso, zonedToInstant } from './time-zone';

describe('event time zone (Europe/Berlin)', () => {
  it('ends the event day at midnight in Berlin, summer and winter', () => {
    expect(endOfEventDay({ date: '2026-06-30' }).toISOString()).toBe('2026-06-30T21:59:59.999Z');
    expect(endOfEventDay({ date: '2026-11-30' }).toISOString()).toBe('2026-11-30T22:59:59.999Z');
  });

  it('reads wall-clock times in Berlin on and around the clock changes', () => {
    expect(zonedToInstant('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedToInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedToInstant('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedToInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(zonedToInstant('2026-10-25', '03:30').toISOString()).toBe('2026-10-25T02:30:00.000Z');
    expect(Number.isNaN(zonedToInstant('no date', '10:00').getTime())).toBe(true);
  });

  it('round-trips datetime-local values through Berlin time', () => {
    expect(zonedInputToIso('2026-11-30T23:59')).toBe('2026-11-30T22:59:00.000Z');
    expect(instantToZonedInput('2026-11-30T22:59:00.000Z')).toBe('2026-11-30T23:59');
    expect(instantToZonedInput('2026-06-30T21:59:59.999Z')).toBe('2026-06-30T23:59');
    expect(instantToZonedInput('garbage')).toBe('');
    expect(zonedInputToIso('')).toBe('');
  });
});
