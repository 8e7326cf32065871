import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { ApplicationFields, missingForSubmission } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ApplicationSummaryComponent } from './application-summary.component';

/** The form's last step: what is still missing for a draft to be submitted, and everything entered so far. */
@Component({
  selector: 'app-application-review-step',
  imports: [TranslatePipe, ApplicationSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (isDraft()) {
      @if (missing().length > 0) {
        <div class="message">
          <p>{{ 'application.missingHeading' | t }}</p>
          <ul>
            @for (name of missing(); track name) {
              <li>{{ 'field.' + name | t }}</li>
            }
          </ul>
        </div>
      } @else {
        <p class="message">{{ 'application.complete' | t }}</p>
      }
    }
    <app-application-summary
      [fields]="fields()"
      [logoUrl]="logoUrl()"
      [headingLevel]="3"
      [editHref]="base()"
      (edit)="edit.emit($event)"
    />
  `,
})
export class ApplicationReviewStepComponent {
  readonly fields = input.required<ApplicationFields>();
  readonly logoUrl = input<string | null>(null);
  readonly isDraft = input(false);
  /** The address of a step without its number, e.g. `/bewerbungen/<id>?schritt=`. */
  readonly base = input.required<string>();
  readonly edit = output<number>();
  protected readonly missing = computed(() => missingForSubmission(this.fields()));
}
