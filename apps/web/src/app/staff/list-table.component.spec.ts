import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApplicationStatus, StaffApplicationRow } from '@markt/shared';
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
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ListTableComponent],
      providers: [provideZonelessChangeDetection(), provideRouter([])],
    });
  });

  it('marks a staged decision beside the status until it is released', async () => {
    const fixture = TestBed.createComponent(ListTableComponent);
    fixture.componentRef.setInput('rows', [row('a', { stagedDecision: ApplicationStatus.Accepted }), row('b')]);
    fixture.componentRef.setInput('names', { a: 'Verein a', b: 'Verein b' });
    await fixture.whenStable();
    const cells = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')).map((tr) =>
      (tr.children[1] as HTMLElement).textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells[0]).toContain('In Prüfung');
    expect(cells[0]).toContain('Vorgemerkt: Zusagen');
    expect(cells[1]).toBe('In Prüfung');
  });

  it('heads a tick-box column for admins, named to screen readers only, under a caption', async () => {
    const fixture = TestBed.createComponent(ListTableComponent);
    fixture.componentRef.setInput('rows', [row('a')]);
    fixture.componentRef.setInput('names', { a: 'Verein a' });
    fixture.componentRef.setInput('selectable', true);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
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
