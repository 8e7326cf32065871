import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { UserDto } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { toApiError } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { NotificationService } from '../core/notification.service';
import { LoadState } from '../events/events-loader';
import { StaffFormComponent } from './staff-form.component';
import { ThrottledAccountsComponent } from './throttled-accounts.component';
import { UserChange, UserItemComponent } from './user-item.component';
import { UsersService } from './users.service';

/** `/verwaltung/personal`: list accounts, create staff accounts, change roles, (de)activate. */
@Component({
  selector: 'app-staff-accounts-page',
  imports: [StaffFormComponent, UserItemComponent, ThrottledAccountsComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'staff.heading' | t }}</h1>
    <p>{{ 'staff.intro' | t }}</p>
    <div role="alert">
      @if (actionError(); as key) {
        <p class="message message--error">{{ key | t }}</p>
      }
    </div>
    <div class="two-columns">
      <section aria-labelledby="create-staff-heading">
        <h2 id="create-staff-heading">{{ 'staff.createHeading' | t }}</h2>
        <app-staff-form (created)="onCreated($event)" />
      </section>
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">{{ 'staff.listHeading' | t }}</h2>
        @switch (state()) {
          @case ('loading') {
            <p role="status">{{ 'app.loading' | t }}</p>
          }
          @case ('error') {
            <p class="message message--error">{{ 'errors.generic' | t }}</p>
          }
          @default {
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
  protected readonly users = signal<UserDto[]>([]);
  protected readonly state = signal<LoadState>('loading');
  protected readonly actionError = signal<string | null>(null);
  protected readonly sortedUsers = computed(() =>
    [...this.users()].sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name)),
  );

  constructor() {
    this.usersService.list().subscribe({
      next: (users) => {
        this.users.set(users);
        this.state.set('ready');
      },
      error: () => this.state.set('error'),
    });
  }

  protected onCreated(user: UserDto): void {
    this.users.update((users) => [...users, user]);
    this.actionError.set(null);
    this.notifications.show({ key: 'staff.created', params: { name: user.name } });
  }

  protected onChange({ user, change }: UserChange): void {
    this.actionError.set(null);
    this.usersService.update(user.id, change).subscribe({
      next: (updated) => {
        this.users.update((users) => users.map((u) => (u.id === updated.id ? updated : u)));
        this.notifications.show({ key: 'staff.updated', params: { name: updated.name } });
      },
      error: (error) => {
        const apiError = toApiError(error);
        this.actionError.set(
          apiError.statusCode === 409
            ? 'staff.selfConflict'
            : apiError.statusCode === 0
              ? 'errors.network'
              : 'errors.generic',
        );
        // show the unchanged state again (e.g. the role select goes back)
        this.users.update((users) => users.map((u) => (u.id === user.id ? { ...u } : u)));
      },
    });
  }
}
