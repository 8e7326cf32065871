import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApplicationStatus, isApplicationWindowOpen } from '@markt/shared';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { REVIEW_STEP, stepOfField } from './application-form.model';
import { ApplicationStore } from './application.store';

/**
 * What staff asked the applicant to change: their message and the fields named, each linking to its
 * step of the form, and (in the overview; in the form the last step is one click away) the way to submit again.
 * Shown only while changes are requested.
 */
@Component({
  selector: 'app-change-request-notice',
  imports: [RouterLink, TranslatePipe, LocalDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (request(); as r) {
      <section
        class="message message--warning change-request"
        aria-labelledby="change-request-heading"
        data-testid="change-request"
      >
        <h2 id="change-request-heading">{{ 'changes.applicant.heading' | t }}</h2>
        <p class="hint">{{ 'changes.requestedAt' | t: { time: (r.requestedAt | localDateTime) } }}</p>
        <p class="prewrap" data-testid="change-request-message">{{ r.message }}</p>
        <p>{{ 'changes.applicant.fields' | t }}</p>
        <ul>
          @for (field of r.fields; track field) {
            <li>
              <a [routerLink]="['/bewerbungen', store.id()]" [queryParams]="{ schritt: step(field) }">{{
                'changes.applicant.fieldLink' | t: { n: step(field), field: ('field.' + field | t) }
              }}</a>
            </li>
          }
        </ul>
        @if (afterDeadline()) {
          <p>{{ 'changes.applicant.afterDeadline' | t }}</p>
        }
        @if (store.mode() === 'overview') {
          <p>
            <a
              class="button-link button-link--primary"
              [routerLink]="['/bewerbungen', store.id()]"
              [queryParams]="{ schritt: reviewStep }"
              >{{ 'changes.applicant.resubmit' | t }}</a
            >
          </p>
        }
      </section>
    }
  `,
})
export class ChangeRequestNoticeComponent {
  protected readonly store = inject(ApplicationStore);

  protected readonly reviewStep = REVIEW_STEP;
  protected readonly step = stepOfField;
  protected readonly request = computed(() => {
    const app = this.store.application();
    return app.status === ApplicationStatus.ChangesRequested ? app.changeRequest : null;
  });
  protected readonly afterDeadline = computed(() => !isApplicationWindowOpen(this.store.event()));
}
