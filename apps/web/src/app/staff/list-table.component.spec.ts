import { provideRouter } from '@angular/router';
import { ApplicationStatus, StaffApplicationRow } from '@markt/shared';
import { renderWith } from '../ui/render-with.testing';
import { ListTableComponent } from './list-table.component';

const row = (id: string, extra: Partial<StaffApplicationRow> = {}): StaffApplicationRow => ({
  id,
  status: ApplicationStatus.InReview,
  organisationName: `Verein ${id}`,
  projectTitle: `Projekt ${id}`,
  submittedAt: '2027-01-10T10:00:00.000Z',
  changedAfterSubmissionAt: null,
  decidedAt: null,
  averageScore: 4,
  reviewCount: 2,
  reviewedByMe: true,
  conflictDeclaredByMe: false,
  changedSinceMyReview: false,
  stagedDecision: null,
  ...extra,
});

describe('ListTableComponent', () => {
  const render = (inputs: Record<string, unknown>) =>
    renderWith(ListTableComponent, { inputs, providers: [provideRouter([])] });

  it('marks a staged decision beside the status until it is released', async () => {
    const { el } = await render({
      rows: [row('a', { stagedDecision: ApplicationStatus.Accepted }), row('b')],
      names: { a: 'Verein a', b: 'Verein b' },
    });
    const cells = Array.from(el.querySelectorAll('tbody tr')).map((tr) =>
      (tr.children[1] as HTMLElement).textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells[0]).toContain('In Prüfung');
    expect(cells[0]).toContain('Vorgemerkt: Zusagen');
    expect(cells[1]).toBe('In Prüfung');
  });

  it('heads a tick-box column for admins, named to screen readers only, under a caption', async () => {
    const { fixture, el } = await render({ rows: [row('a')], names: { a: 'Verein a' }, selectable: true });
    expect(el.querySelector('caption')?.textContent?.trim()).toBe('Ergebnisse');
    const first = el.querySelector('thead th');
    expect(first?.querySelector('.visually-hidden')?.textContent?.trim()).toBe('Auswahl');
    expect(el.querySelectorAll('thead th')).toHaveLength(6);

    fixture.componentRef.setInput('selectable', false);
    await fixture.whenStable();
    expect(el.querySelectorAll('thead th')).toHaveLength(5);
    expect(el.querySelector('thead .visually-hidden')).toBeNull();
  });
});
