import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { SuccessStatusComponent } from '../ui/success-status.component';

/**
 * The frame of a page about one small task (log in, register, a password, an e-mail address): a narrow column with
 * the page's heading, the task's success message and the intro, if any; the page projects the rest.
 * `<app-narrow-page heading="password.forgot.heading" [status]="done() ? 'password.forgot.done' : null">…`
 */
@Component({
  selector: 'app-narrow-page',
  imports: [TranslatePipe, SuccessStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'narrow' },
  styles: ':host { display: block; }',
  template: `
    <h1>{{ heading() | t }}</h1>
    @if (status() !== undefined) {
      <app-success-status [key]="status() ?? null" [params]="statusParams()" />
    }
    @if (intro(); as text) {
      <p>{{ text | t }}</p>
    }
    <ng-content />
  `,
})
export class NarrowPageComponent {
  /** Translation keys. */
  readonly heading = input.required<string>();
  readonly intro = input<string>();
  /**
   * A page that reports its task's success passes its message's key here, null until then: the live region is there
   * from the start, so screen readers announce the message.
   */
  readonly status = input<string | null>();
  readonly statusParams = input<Record<string, string | number>>();
}
