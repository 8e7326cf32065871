import { ChangeDetectionStrategy, Component, effect, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ROLES, Role, UserDto } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';

export interface UserChange {
  user: UserDto;
  change: { role?: Role; active?: boolean };
}

/** One account in the staff list: role change and (de)activation. */
@Component({
  selector: 'app-user-item',
  imports: [FormsModule, MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let u = user();
    <article class="card user-item" [class.user-item--inactive]="!u.active">
      <h3 class="user-item__name">
        {{ u.name }}
        @if (isSelf()) {
          <span class="badge">{{ 'staff.you' | t }}</span>
        }
      </h3>
      <p class="user-item__email">{{ u.email }}</p>
      <p>
        {{ 'staff.status' | t }}:
        <strong>{{ (u.active ? 'staff.active' : 'staff.inactive') | t }}</strong>
      </p>
      @if (isSelf()) {
        <!-- The API refuses to demote or deactivate oneself, so these are not offered. -->
        <p class="hint">{{ 'staff.selfNote' | t }}</p>
      } @else {
        <div class="user-item__controls">
          <label class="native-field">
            <span>{{ 'staff.roleOf' | t: { name: u.name } }}</span>
            <select [ngModel]="role()" (ngModelChange)="role.set($event)">
              @for (r of roles; track r) {
                <option [value]="r">{{ 'role.' + r | t }}</option>
              }
            </select>
          </label>
          <button
            mat-stroked-button
            type="button"
            [attr.aria-label]="'common.actionFor' | t: { action: ('staff.saveRole' | t), name: u.name }"
            (click)="changed.emit({ user: u, change: { role: role() } })"
          >
            {{ 'staff.saveRole' | t }}
          </button>
          @let activity = u.active ? 'staff.deactivate' : 'staff.reactivate';
          <button
            mat-stroked-button
            type="button"
            [attr.aria-label]="'common.actionFor' | t: { action: (activity | t), name: u.name }"
            (click)="changed.emit({ user: u, change: { active: !u.active } })"
          >
            {{ activity | t }}
          </button>
        </div>
      }
    </article>
  `,
})
export class UserItemComponent {
  readonly user = input.required<UserDto>();
  readonly isSelf = input(false);
  readonly changed = output<UserChange>();
  protected readonly roles = ROLES;
  protected readonly role = signal<Role>(Role.Applicant);

  constructor() {
    effect(() => this.role.set(this.user().role));
  }
}
