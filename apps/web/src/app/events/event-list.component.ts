import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { EventDto } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { LoadState } from './events-loader';
import { EventSummaryComponent } from './event-summary.component';

/** A list of event cards with loading, error and empty states. */
@Component({
  selector: 'app-event-list',
  imports: [EventSummaryComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (state()) {
      @case ('loading') {
        <p role="status">{{ 'app.loading' | t }}</p>
      }
      @case ('error') {
        <p role="alert" class="message message--error">{{ 'events.loadError' | t }}</p>
      }
      @default {
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
    }
  `,
})
export class EventListComponent {
  readonly events = input.required<EventDto[]>();
  readonly state = input<LoadState>('ready');
  readonly headingLevel = input<2 | 3>(2);
  readonly editable = input(false);
  /** Staff: link each event to its applications. */
  readonly reviewable = input(false);
  readonly emptyKey = input('events.none');
}
