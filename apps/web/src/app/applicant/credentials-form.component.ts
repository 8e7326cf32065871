import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { LIMITS } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { currentPasswordControl, emailControl } from '../core/forms/account-controls';
import { TextFieldComponent } from '../ui/text-field.component';
import { NotificationService } from '../core/notification.service';

/** Change the account's email address or password; both ask for the current password. */
@Component({
  selector: 'app-credentials-form',
  imports: [...FORM_IMPORTS, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="credentials-heading">
      <h2 id="credentials-heading">{{ 'credentials.heading' | t }}</h2>
      <p>{{ 'credentials.intro' | t }}</p>
      <app-form-error-summary [items]="submission.errors()" />
      <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form">
        <app-text-field
          fieldId="credentials-email"
          type="email"
          autocomplete="email"
          [label]="'credentials.email' | t"
          [hint]="'credentials.emailHint' | t"
          [control]="form.controls.email"
        />
        <app-text-field
          fieldId="credentials-new-password"
          type="password"
          autocomplete="new-password"
          [label]="'credentials.newPassword' | t"
          [hint]="'credentials.newPasswordHint' | t: { min: limits.min }"
          [control]="form.controls.newPassword"
        />
        <app-text-field
          fieldId="credentials-current-password"
          type="password"
          autocomplete="current-password"
          [label]="'credentials.currentPassword' | t"
          [control]="form.controls.currentPassword"
        />
        <div class="form__actions">
          <button mat-stroked-button type="submit" [disabled]="submission.pending()">
            {{ 'credentials.save' | t }}
          </button>
        </div>
      </form>
    </section>
  `,
})
export class CredentialsFormComponent {
  private readonly auth = inject(AuthService);
  private readonly notifications = inject(NotificationService);
  protected readonly limits = LIMITS.password;
  protected readonly form = new FormGroup({
    email: emailControl(this.auth.user()?.email ?? ''),
    newPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.minLength(LIMITS.password.min), Validators.maxLength(LIMITS.password.max)],
    }),
    currentPassword: currentPasswordControl(),
  });

  protected readonly submission = formSubmit(this.form);

  protected save(): void {
    const { email, newPassword, currentPassword } = this.form.getRawValue();
    this.submission.run(
      () => this.auth.changeCredentials({ currentPassword, email, ...(newPassword && { newPassword }) }),
      (user) => {
        this.form.reset({ email: user.email, newPassword: '', currentPassword: '' });
        this.notifications.show({ key: user.emailVerified ? 'credentials.saved' : 'credentials.savedVerify' });
      },
    );
  }
}
