import { Component, signal } from '@angular/core';
import { LoadState } from '../core/loaded';
import { LoadStateComponent } from './load-state.component';
import { render } from './render.testing';

@Component({
  imports: [LoadStateComponent],
  template: `<app-load-state [state]="state()" errorKey="templates.loadError" />`,
})
class HostComponent {
  readonly state = signal<LoadState>('loading');
}

describe('LoadStateComponent', () => {
  it('shows loading as a status, a failure as an alert and nothing once the data is there', async () => {
    const { fixture, el } = await render(HostComponent);
    const shown = () =>
      Array.from(el.querySelectorAll('p')).map((p) => [p.getAttribute('role'), p.textContent?.trim()]);
    expect(shown()).toEqual([['status', 'Wird geladen …']]);
    fixture.componentInstance.state.set('error');
    await fixture.whenStable();
    expect(shown()).toEqual([['alert', 'Die Vorlagen konnten nicht geladen werden.']]);
    fixture.componentInstance.state.set('ready');
    await fixture.whenStable();
    expect(shown()).toEqual([]);
  });
});
