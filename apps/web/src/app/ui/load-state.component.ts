import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { LoadState } from '../core/loaded';

/**
 * What a page shows while its data loads (a status) or after loading failed (an alert); nothing once it is
 * there, where the page shows the data: `<app-load-state [state]="state()" /> @if (data(); as d) { … }`.
 */
@Component({
  selector: 'app-load-state',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (state()) {
      @case ('loading') {
        <p role="status">{{ 'app.loading' | t }}</p>
      }
      @case ('error') {
        <p role="alert" class="message message--error">{{ errorKey() | t }}</p>
      }
    }
  `,
})
export class LoadStateComponent {
  readonly state = input.required<LoadState>();
  /** Translation key of the failure's message. */
  readonly errorKey = input('errors.generic');
}
