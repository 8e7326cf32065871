import { RetentionPreviewDto } from '@markt/shared';
import { createWith } from '../ui/render-with.testing';
import { RetentionPage } from './retention.page';

const PREVIEW: RetentionPreviewDto = {
  retentionMonths: 24,
  events: [
    {
      eventId: 'e1',
      title: 'Markt 2024',
      date: '2024-09-14',
      dueAt: '2026-09-15T00:00:00.000Z',
      due: true,
      applications: 12,
      logos: 3,
    },
    {
      eventId: 'e2',
      title: 'Markt 2026',
      date: '2026-09-12',
      dueAt: '2028-09-13T00:00:00.000Z',
      due: false,
      applications: 20,
      logos: 5,
    },
  ],
  accounts: [],
};

describe('RetentionPage', () => {
  it('says it loads, then lists the events with their due dates and says there are no accounts to go', async () => {
    // the request is still open: rendered without waiting for it
    const { fixture, el, http } = createWith(RetentionPage);
    expect(el.querySelector('[role="status"]')?.textContent?.trim()).toBe('Wird geladen …');

    http.expectOne('/api/retention/preview').flush(PREVIEW);
    await fixture.whenStable();
    const rows = Array.from(el.querySelectorAll('table tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => [cell.tagName, cell.textContent?.replace(/\s+/g, ' ').trim()]),
    );
    expect(rows).toEqual([
      [
        ['TH', 'Markt 2024'],
        ['TD', expect.any(String)],
        ['TD', expect.stringMatching(/– fällig$/)],
        ['TD', '12'],
        ['TD', '3'],
      ],
      [
        ['TH', 'Markt 2026'],
        ['TD', expect.any(String)],
        ['TD', expect.not.stringContaining('fällig')],
        ['TD', '20'],
        ['TD', '5'],
      ],
    ]);
    expect(el.querySelectorAll('table')).toHaveLength(1);
    expect(el.textContent).toContain('Kein Konto ohne Bewerbung.');
  });
});
