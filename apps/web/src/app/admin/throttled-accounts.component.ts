import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ThrottledAccountDto } from '@markt/shared';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** Accounts whose logins are slowed down after failed attempts: a hint of an attack on them. */
@Component({
  selector: 'app-throttled-accounts',
  imports: [TranslatePipe, LocalDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="throttled-heading">
      <h2 id="throttled-heading">{{ 'staff.throttled.heading' | t }}</h2>
      <p>{{ 'staff.throttled.intro' | t }}</p>
      @if (accounts.error()) {
        <p class="message message--error">{{ 'errors.generic' | t }}</p>
      } @else if (accounts.hasValue()) {
        @if (accounts.value().length === 0) {
          <p>{{ 'staff.throttled.none' | t }}</p>
        } @else {
          <table>
            <thead>
              <tr>
                <th scope="col">{{ 'auth.email' | t }}</th>
                <th scope="col">{{ 'staff.throttled.failures' | t }}</th>
                <th scope="col">{{ 'staff.throttled.delay' | t }}</th>
                <th scope="col">{{ 'staff.throttled.until' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (account of accounts.value(); track account.email) {
                <tr>
                  <td>{{ account.email }}</td>
                  <td>{{ account.failures }}</td>
                  <td>{{ 'staff.throttled.seconds' | t: { seconds: account.delaySeconds } }}</td>
                  <td>{{ account.until | localDateTime }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
      } @else {
        <p role="status">{{ 'app.loading' | t }}</p>
      }
    </section>
  `,
})
export class ThrottledAccountsComponent {
  protected readonly accounts = httpResource<ThrottledAccountDto[]>(() => '/api/auth/throttled');
}
