import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { LIMITS } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { NotificationService } from '../core/notification.service';

/** Change the account's email address or password; both ask for the current password. */
@Component({
  selector: 'app-credentials-form',
  imports: [...FORM_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="credentials-heading">
      <h2 id="credentials-heading">{{ 'credentials.heading' | t }}</h2>
      <p>{{ 'credentials.intro' | t }}</p>
      <app-form-error-summary [items]="submission.errors()" />
      <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'credentials.email' | t }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="email" />
          <mat-hint>{{ 'credentials.emailHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.email.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'credentials.newPassword' | t }}</mat-label>
          <input matInput type="password" formControlName="newPassword" autocomplete="new-password" />
          <mat-hint>{{ 'credentials.newPasswordHint' | t: { min: limits.min } }}</mat-hint>
          <mat-error>{{ form.controls.newPassword.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'credentials.currentPassword' | t }}</mat-label>
          <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" />
          <mat-error>{{ form.controls.currentPassword.errors | fieldError }}</mat-error>
        </mat-form-field>
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
    email: new FormControl(this.auth.user()?.email ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(LIMITS.email)],
    }),
    newPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.minLength(LIMITS.password.min), Validators.maxLength(LIMITS.password.max)],
    }),
    currentPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.password.max)],
    }),
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
