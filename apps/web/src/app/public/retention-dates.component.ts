import { ChangeDetectionStrategy, Component } from '@angular/core';
import { loadEvents } from '../events/events-loader';
import { LocalDatePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** For the privacy page: per event, from when the personal data of its applications is deleted. */
@Component({
  selector: 'app-retention-dates',
  imports: [LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (list.state() === 'ready' && list.events().length > 0) {
      <ul>
        @for (event of list.events(); track event.id) {
          @if (event.personalDataRemovedFrom) {
            <li>
              {{
                'privacy.retentionEvent'
                  | t
                    : {
                        event: event.title,
                        date: (event.date | localDate),
                        removedFrom: (event.personalDataRemovedFrom | localDate),
                      }
              }}
            </li>
          }
        }
      </ul>
    }
    <p>{{ 'privacy.retentionAccounts' | t }}</p>
  `,
})
export class RetentionDatesComponent {
  protected readonly list = loadEvents();
}
