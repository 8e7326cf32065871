import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ApplicationDto } from '@markt/shared';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { DefinitionRowComponent } from '../ui/definition-row.component';
import { StatusBadgeComponent } from '../ui/status-badge.component';

/** The head of an application under review: project, status, when it came and changed, what was asked or decided. */
@Component({
  selector: 'app-review-facts',
  imports: [TranslatePipe, LocalDateTimePipe, DefinitionRowComponent, StatusBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-facts.component.html',
})
export class ReviewFactsComponent {
  readonly application = input.required<ApplicationDto>();
}
