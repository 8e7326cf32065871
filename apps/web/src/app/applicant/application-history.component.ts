import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AuditEntryDto } from '@markt/shared';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { historyEntryKey } from './application-status';

/** The change history of an application, as applicants and staff both see it. */
@Component({
  selector: 'app-application-history',
  imports: [TranslatePipe, LocalDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries().length === 0) {
      <p>{{ 'application.noHistory' | t }}</p>
    } @else {
      <ol class="history">
        @for (entry of entries(); track entry.id) {
          @let item = describe(entry);
          <li>
            <span class="history__time">{{ entry.createdAt | localDateTime }}</span
            >:
            @if (item.params?.status; as status) {
              {{ item.key | t: { status: (status | t) } }}
            } @else {
              {{ item.key | t }}
            }
            @if (entry.actorRole && entry.actorRole !== 'applicant') {
              ({{ 'history.by.' + entry.actorRole | t }})
            }
          </li>
        }
      </ol>
    }
  `,
})
export class ApplicationHistoryComponent {
  readonly entries = input.required<AuditEntryDto[]>();
  protected readonly describe = historyEntryKey;
}
