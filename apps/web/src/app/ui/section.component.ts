import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';

/**
 * A section of a page named by its heading, with an optional intro before the projected content:
 * `<app-section heading="credentials.heading" intro="credentials.intro">…</app-section>`. The heading's id comes
 * from its key (`credentials-heading`), so one page shows each heading once.
 */
@Component({
  selector: 'app-section',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: ':host { display: block; }',
  template: `
    <section [attr.aria-labelledby]="headingId()">
      <h2 [id]="headingId()">{{ heading() | t }}</h2>
      @if (intro(); as text) {
        <p>{{ text | t }}</p>
      }
      <ng-content />
    </section>
  `,
})
export class SectionComponent {
  /** Translation keys. */
  readonly heading = input.required<string>();
  readonly intro = input<string>();
  protected readonly headingId = computed(() => this.heading().replaceAll('.', '-'));
}
