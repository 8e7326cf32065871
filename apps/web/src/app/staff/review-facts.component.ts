import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ApplicationDto } from '@markt/shared';
import { statusKey } from '../applicant/application-status';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** The head of an application under review: project, status, when it came and changed, what was asked or decided. */
@Component({
  selector: 'app-review-facts',
  imports: [TranslatePipe, LocalDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-facts.component.html',
})
export class ReviewFactsComponent {
  readonly application = input.required<ApplicationDto>();
  protected readonly statusLabel = statusKey;
}
