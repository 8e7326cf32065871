import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApplicationStatus } from '@markt/shared';
import { StatusBadgeComponent } from './status-badge.component';

@Component({
  imports: [StatusBadgeComponent],
  template: `<p class="extra" [appStatusBadge]="status" data-testid="application-status"></p>`,
})
class HostComponent {
  status = ApplicationStatus.ChangesRequested;
}

describe('StatusBadgeComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [HostComponent] });
  });

  it('names the status in words and colours it by status, keeping the classes of its element', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const badge = (fixture.nativeElement as HTMLElement).querySelector('p') as HTMLElement;
    expect(badge.textContent?.trim()).toBe('Änderungen erbeten');
    expect(Array.from(badge.classList).sort()).toEqual(['badge', 'badge--changes_requested', 'extra']);
  });
});
