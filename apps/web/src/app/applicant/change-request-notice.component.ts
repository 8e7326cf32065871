import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApplicationDto, ApplicationStatus, EventDto, isApplicationWindowOpen } from '@markt/shared';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { REVIEW_STEP, stepOfField } from './application-form.model';

/**
 * What staff asked the applicant to change: their message and the fields named, each linking to its
 * step of the form, and the way to submit again. Shown only while changes are requested.
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
              <a [routerLink]="['/bewerbungen', application().id]" [queryParams]="{ schritt: step(field) }">{{
                'changes.applicant.fieldLink' | t: { n: step(field), field: ('field.' + field | t) }
              }}</a>
            </li>
          }
        </ul>
        @if (afterDeadline()) {
          <p>{{ 'changes.applicant.afterDeadline' | t }}</p>
        }
        @if (showResubmitLink()) {
          <p>
            <a
              class="button-link button-link--primary"
              [routerLink]="['/bewerbungen', application().id]"
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
  readonly application = input.required<ApplicationDto>();
  readonly event = input<EventDto | null>(null);
  /** In the form itself the last step is one click away; the overview links to it. */
  readonly showResubmitLink = input(true);

  protected readonly reviewStep = REVIEW_STEP;
  protected readonly step = stepOfField;
  protected readonly request = computed(() => {
    const app = this.application();
    return app.status === ApplicationStatus.ChangesRequested ? app.changeRequest : null;
  });
  protected readonly afterDeadline = computed(() => {
    const event = this.event();
    return !!event && !isApplicationWindowOpen(event);
  });
}
