import { ChangeDetectionStrategy, Component, booleanAttribute, input } from '@angular/core';
import { EventDto } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { LoadStateComponent } from '../ui/load-state.component';
import { LoadState } from '../core/loaded';
import { EventSummaryComponent } from './event-summary.component';

/** A list of event cards with loading, error and empty states. */
@Component({
  selector: 'app-event-list',
  imports: [LoadStateComponent, EventSummaryComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-load-state [state]="state()" errorKey="events.loadError" />
    @if (state() === 'ready') {
      @if (events().length === 0) {
        <p>{{ emptyKey() | t }}</p>
      } @else {
        <ul class="card-list">
          @for (event of events(); track event.id) {
            <li>
              <app-event-summary
                [event]="event"
                [headingLevel]="headingLevel()"
                [editable]="editable()"
                [reviewable]="reviewable()"
              />
            </li>
          }
        </ul>
      }
    }
  `,
})
export class EventListComponent {
  readonly events = input.required<EventDto[]>();
  readonly state = input<LoadState>('ready');
  readonly headingLevel = input<2 | 3>(2);
  readonly editable = input(false);
  /** Staff: link each event to its applications. */
  readonly reviewable = input(false, { transform: booleanAttribute });
  readonly emptyKey = input('events.none');
}
