import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed } from '@angular/core';
import { ThrottledAccountDto } from '@markt/shared';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loadState } from '../core/loaded';
import { DataTableComponent } from '../ui/data-table.component';
import { LoadStateComponent } from '../ui/load-state.component';

/** Accounts whose logins are slowed down after failed attempts: a hint of an attack on them. */
@Component({
  selector: 'app-throttled-accounts',
  imports: [TranslatePipe, LocalDateTimePipe, DataTableComponent, LoadStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="throttled-heading">
      <h2 id="throttled-heading">{{ 'staff.throttled.heading' | t }}</h2>
      <p>{{ 'staff.throttled.intro' | t }}</p>
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
    </section>
  `,
})
export class ThrottledAccountsComponent {
  protected readonly accounts = httpResource<ThrottledAccountDto[]>(() => '/api/auth/throttled');
  protected readonly state = computed(() => loadState(this.accounts));
}
