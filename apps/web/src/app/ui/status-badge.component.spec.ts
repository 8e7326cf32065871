import { Component } from '@angular/core';
import { ApplicationStatus } from '@markt/shared';
import { StatusBadgeComponent } from './status-badge.component';
import { render } from './render.testing';

@Component({
  imports: [StatusBadgeComponent],
  template: `<p class="extra" [appStatusBadge]="status" data-testid="application-status"></p>`,
})
class HostComponent {
  status = ApplicationStatus.ChangesRequested;
}

describe('StatusBadgeComponent', () => {
  it('names the status in words and colours it by status, keeping the classes of its element', async () => {
    const { el } = await render(HostComponent);
    const badge = el.querySelector('p') as HTMLElement;
    expect(badge.textContent?.trim()).toBe('Änderungen erbeten');
    expect(Array.from(badge.classList).sort()).toEqual(['badge', 'badge--changes_requested', 'extra']);
  });
});
