import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { ROLES, Role, UserDto } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { ActionForDirective } from '../ui/action-for.directive';

export interface UserChange {
  user: UserDto;
  change: { role?: Role; active?: boolean };
}

/** One account in the staff list: role change and (de)activation. */
@Component({
  selector: 'app-user-item',
  imports: [FormsModule, MatButtonModule, TranslatePipe, ActionForDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-item.component.html',
})
export class UserItemComponent {
  readonly user = input.required<UserDto>();
  readonly isSelf = input(false);
  readonly changed = output<UserChange>();
  protected readonly roles = ROLES;
  protected readonly role = signal<Role>(Role.Applicant);
  /**
   * Saving the chosen role, and (de)activating the account; the template tracks them by place, so the focus stays
   * on a button whose text changes.
   */
  protected readonly actions = computed<{ key: string; change: UserChange['change'] }[]>(() => {
    const active = this.user().active;
    return [
      { key: 'staff.saveRole', change: { role: this.role() } },
      { key: active ? 'staff.deactivate' : 'staff.reactivate', change: { active: !active } },
    ];
  });

  constructor() {
    effect(() => this.role.set(this.user().role));
  }
}
