import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { ThrottledAccountDto } from '@markt/shared';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loadState } from '../core/loaded';
import { DataTableComponent } from '../ui/data-table.component';
import { LoadStateComponent } from '../ui/load-state.component';
import { SectionComponent } from '../ui/section.component';

/** Accounts whose logins are slowed down after failed attempts: a hint of an attack on them. */
@Component({
  selector: 'app-throttled-accounts',
  imports: [TranslatePipe, LocalDateTimePipe, DataTableComponent, LoadStateComponent, SectionComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-section heading="staff.throttled.heading" intro="staff.throttled.intro">
      <app-load-state [state]="state()" />
      @if (accounts.hasValue()) {
        <app-data-table
          caption="staff.throttled.heading"
          [columns]="['auth.email', 'staff.throttled.failures', 'staff.throttled.delay', 'staff.throttled.until']"
          [empty]="accounts.value().length === 0"
          emptyKey="staff.throttled.none"
        >
          @for (account of accounts.value(); track account.email) {
            <tr>
              <td>{{ account.email }}</td>
              <td>{{ account.failures }}</td>
              <td>{{ 'staff.throttled.seconds' | t: { seconds: account.delaySeconds } }}</td>
              <td>{{ account.until | localDateTime }}</td>
            </tr>
          }
        </app-data-table>
      }
    </app-section>
  `,
})
export class ThrottledAccountsComponent {
  protected readonly accounts = httpResource<ThrottledAccountDto[]>(() => '/api/auth/throttled');
  protected readonly state = computed(() => loadState(this.accounts));
}
