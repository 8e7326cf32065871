import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LoadState } from '../core/loaded';
import { LoadStateComponent } from './load-state.component';

@Component({
  imports: [LoadStateComponent],
  template: `<app-load-state [state]="state()" errorKey="templates.loadError" />`,
})
class HostComponent {
  readonly state = signal<LoadState>('loading');
}

describe('LoadStateComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [HostComponent] });
  });

  it('shows loading as a status, a failure as an alert and nothing once the data is there', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    const el = fixture.nativeElement as HTMLElement;
    const shown = () =>
      Array.from(el.querySelectorAll('p')).map((p) => [p.getAttribute('role'), p.textContent?.trim()]);
    await fixture.whenStable();
    expect(shown()).toEqual([['status', 'Wird geladen …']]);
    fixture.componentInstance.state.set('error');
    await fixture.whenStable();
    expect(shown()).toEqual([['alert', 'Die Vorlagen konnten nicht geladen werden.']]);
    fixture.componentInstance.state.set('ready');
    await fixture.whenStable();
    expect(shown()).toEqual([]);
  });
});
