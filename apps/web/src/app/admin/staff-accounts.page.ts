import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { UserDto } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { formSubmit } from '../core/forms/form-submit';
import { toApiError } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loadState, loaded } from '../core/loaded';
import { NotificationService } from '../core/notification.service';
import { LoadStateComponent } from '../ui/load-state.component';
import { StaffFormComponent } from './staff-form.component';
import { ThrottledAccountsComponent } from './throttled-accounts.component';
import { UserChange, UserItemComponent } from './user-item.component';
import { UsersService } from './users.service';

/** `/verwaltung/personal`: list accounts, create staff accounts, change roles, (de)activate. */
@Component({
  selector: 'app-staff-accounts-page',
  imports: [StaffFormComponent, UserItemComponent, ThrottledAccountsComponent, TranslatePipe, LoadStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'staff.heading' | t }}</h1>
    <p>{{ 'staff.intro' | t }}</p>
    <div role="alert">
      @for (item of change.errors(); track $index) {
        <p class="message message--error">{{ item.key | t }}</p>
      }
    </div>
    <div class="two-columns">
      <section aria-labelledby="create-staff-heading">
        <h2 id="create-staff-heading">{{ 'staff.createHeading' | t }}</h2>
        <app-staff-form (created)="onCreated($event)" />
      </section>
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">{{ 'staff.listHeading' | t }}</h2>
        <app-load-state [state]="state()" />
        @if (state() === 'ready') {
          <ul class="card-list">
            @for (user of sortedUsers(); track user.id) {
              <li>
                <app-user-item [user]="user" [isSelf]="user.id === auth.user()?.id" (changed)="onChange($event)" />
              </li>
            } @empty {
              <li>{{ 'staff.none' | t }}</li>
            }
          </ul>
        }
      </section>
    </div>
    <app-throttled-accounts />
  `,
})
export class StaffAccountsPage {
  protected readonly auth = inject(AuthService);
  private readonly usersService = inject(UsersService);
  private readonly notifications = inject(NotificationService);
  private readonly users = rxResource({ stream: () => this.usersService.list() });
  protected readonly state = computed(() => loadState(this.users));
  protected readonly sortedUsers = computed(() =>
    [...(loaded(this.users) ?? [])].sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name)),
  );
  protected readonly change = formSubmit();

  protected onCreated(user: UserDto): void {
    this.users.update((users) => [...(users ?? []), user]);
    this.change.setErrors([]);
    this.notifications.show({ key: 'staff.created', params: { name: user.name } });
  }

  protected onChange({ user, change }: UserChange): void {
    const sent = this.change.run(
      () => this.usersService.update(user.id, change),
      (updated) => {
        this.users.update((users) => users?.map((u) => (u.id === updated.id ? updated : u)));
        this.notifications.show({ key: 'staff.updated', params: { name: updated.name } });
      },
      (error) => {
        this.showUnchanged(user);
        const { statusCode } = toApiError(error);
        return [
          { key: statusCode === 409 ? 'staff.selfConflict' : statusCode === 0 ? 'errors.network' : 'errors.generic' },
        ];
      },
    );
    // While another change is being saved this one is not sent: show it as it still is.
    if (!sent) this.showUnchanged(user);
  }

  /** Shows the account as it is again, e.g. the role select goes back. */
  private showUnchanged(user: UserDto): void {
    this.users.update((users) => users?.map((u) => (u.id === user.id ? { ...u } : u)));
  }
}
