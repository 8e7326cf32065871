import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';
import { FormGroup, Validators } from '@angular/forms';
import { LIMITS, UserDto } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { currentPasswordControl, emailControl } from '../core/forms/account-controls';
import { textControl } from '../core/forms/text-control';
import { accountFields } from '../ui/account-fields';
import { FormShellComponent, ShellForm } from '../ui/form-shell.component';
import { SectionComponent } from '../ui/section.component';
import { NotificationService } from '../core/notification.service';

/** Change the account's email address or password; both ask for the current password. */
@Component({
  selector: 'app-credentials-form',
  imports: [SectionComponent, FormShellComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-section heading="credentials.heading" intro="credentials.intro">
      <app-form-shell [spec]="credentialsForm" />
    </app-section>
  `,
})
export class CredentialsFormComponent {
  private readonly auth = inject(AuthService);
  private readonly notifications = inject(NotificationService);
  private readonly shell = viewChild.required(FormShellComponent);
  private readonly form = new FormGroup({
    email: emailControl(this.auth.user()?.email ?? ''),
    newPassword: textControl([Validators.minLength(LIMITS.password.min), Validators.maxLength(LIMITS.password.max)]),
    currentPassword: currentPasswordControl(),
  });

  protected readonly credentialsForm: ShellForm<UserDto> = {
    form: this.form,
    fields: [
      accountFields.email('credentials-email', 'credentials.email', this.form.controls.email, 'credentials.emailHint'),
      accountFields.newPassword('credentials-new', 'credentials.newPassword', this.form.controls.newPassword),
      accountFields.currentPassword(
        'credentials-current',
        'credentials.currentPassword',
        this.form.controls.currentPassword,
      ),
    ],
    submitKey: 'credentials.save',
    buttonAppearance: 'outlined',
    request: () => {
      const { email, newPassword, currentPassword } = this.form.getRawValue();
      return this.auth.changeCredentials({ currentPassword, email, ...(newPassword && { newPassword }) });
    },
    success: (user) => {
      // Through the shell: the emptied current password must not show 'required' after a save.
      this.shell().resetForm({ email: user.email, newPassword: '', currentPassword: '' });
      this.notifications.show({ key: user.emailVerified ? 'credentials.saved' : 'credentials.savedVerify' });
    },
  };
}
