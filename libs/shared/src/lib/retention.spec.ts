import { retentionDueAt } from './retention';

describe('retentionDueAt', () => {
  it('is the day after the event, the retention period later', () => {
    expect(retentionDueAt('2025-11-13', 24).toISOString()).toBe('2027-11-14T00:00:00.000Z');
    expect(retentionDueAt('2025-11-13', 6).toISOString()).toBe('2026-05-14T00:00:00.000Z');
  });

  it('rolls over the end of a month and a year', () => {
    expect(retentionDueAt('2025-12-31', 1).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(retentionDueAt('2025-08-31', 4).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
