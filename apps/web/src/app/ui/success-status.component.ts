import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';

/**
 * A success message in a live region that stays in the DOM, so screen readers announce the message when it
 * appears: `<app-success-status [key]="sent() ? 'feedback.success' : null" />`.
 */
@Component({
  selector: 'app-success-status',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status">
      @if (key(); as message) {
        <p class="message message--success">{{ message | t: params() }}</p>
      }
    </div>
  `,
})
export class SuccessStatusComponent {
  /** Translation key of the message; none while there is nothing to announce. */
  readonly key = input<string | null>(null);
  readonly params = input<Record<string, string | number>>();
}
