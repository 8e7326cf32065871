import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Router } from '@angular/router';
import { currentPasswordControl } from '../forms/account-controls';
import { accountFields } from '../../ui/account-fields';
import { FormShellComponent, ShellForm } from '../../ui/form-shell.component';
import { NotificationService } from '../notification.service';
import { AuthService } from './auth.service';
import { safeReturnUrl } from './safe-return-url';
import { newPasswordControl } from '../../ui/person-fields.component';
import { NarrowPageComponent } from '../../layout/narrow-page.component';

/** A staff account an admin created replaces its provisional password here before anything else (see roleGuard). */
@Component({
  selector: 'app-password-change-page',
  imports: [NarrowPageComponent, FormShellComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-narrow-page heading="passwordChange.heading" intro="passwordChange.intro">
      <app-form-shell [spec]="changeForm">
        <!-- the account's name for password managers, which save the new password under it -->
        <input type="email" class="hidden" [value]="auth.user()?.email ?? ''" autocomplete="username" readonly />
      </app-form-shell>
    </app-narrow-page>
  `,
})
export class PasswordChangePage {
  readonly returnUrl = input<string>();
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notifications = inject(NotificationService);
  private readonly form = new FormGroup({
    currentPassword: currentPasswordControl(),
    newPassword: newPasswordControl(),
  });
  protected readonly changeForm: ShellForm = {
    form: this.form,
    fields: [
      accountFields.currentPassword('change-current', 'passwordChange.current', this.form.controls.currentPassword),
      accountFields.newPassword('change-new', 'passwordChange.new', this.form.controls.newPassword),
    ],
    submitKey: 'passwordChange.save',
    request: () => this.auth.changeCredentials(this.form.getRawValue()),
    success: () => {
      this.notifications.show({ key: 'passwordChange.saved' }, { keepForNextNavigation: true });
      void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    },
  };
}
