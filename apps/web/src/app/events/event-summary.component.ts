import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EventDto, isApplicationWindowOpen } from '@markt/shared';
import { LocalDatePipe, LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { DefinitionRowComponent } from '../ui/definition-row.component';
import { ApplicationPeriodPipe } from './application-period.pipe';

/** One event as a card: title (link to details), date, time, venue and application period. */
@Component({
  selector: 'app-event-summary',
  imports: [RouterLink, TranslatePipe, LocalDatePipe, LocalDateTimePipe, DefinitionRowComponent, ApplicationPeriodPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-summary.component.html',
})
export class EventSummaryComponent {
  readonly event = input.required<EventDto>();
  readonly headingLevel = input<2 | 3>(2);
  readonly editable = input(false);
  readonly reviewable = input(false);

  protected readonly windowState = computed(() => {
    const event = this.event();
    const now = new Date();
    if (isApplicationWindowOpen(event, now)) return 'open';
    if (event.status === 'open' && now < new Date(event.applicationOpensAt)) return 'notYet';
    return 'closed';
  });
}
