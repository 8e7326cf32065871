import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { ApplicationFields, missingForSubmission } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ApplicationSummaryComponent } from './application-summary.component';
import { ApplicationStore } from './application.store';

/** The form's last step: what is still missing for a draft to be submitted, and everything entered so far. */
@Component({
  selector: 'app-application-review-step',
  imports: [TranslatePipe, ApplicationSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.isDraft()) {
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
      [logoUrl]="store.logoUrl()"
      [editHref]="store.stepBase()"
      (edit)="edit.emit($event)"
    />
  `,
})
export class ApplicationReviewStepComponent {
  /** What the form holds now, saved or not. */
  readonly fields = input.required<ApplicationFields>();
  readonly edit = output<number>();
  protected readonly store = inject(ApplicationStore);
  protected readonly missing = computed(() => missingForSubmission(this.fields()));
}
