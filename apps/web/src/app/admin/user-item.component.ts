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
  templateUrl: './user-item.component.html',
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
