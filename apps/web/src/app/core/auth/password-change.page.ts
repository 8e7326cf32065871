import { ChangeDetectionStrategy, Component, ElementRef, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { LIMITS } from '@markt/shared';
import { FORM_IMPORTS } from '../forms/form-imports';
import { formSubmit } from '../forms/form-submit';
import { NotificationService } from '../notification.service';
import { AuthService } from './auth.service';
import { safeReturnUrl } from './safe-return-url';
import { newPasswordControl } from '../../ui/person-fields.component';

/** A staff account an admin created replaces its provisional password here before anything else (see roleGuard). */
@Component({
  selector: 'app-password-change-page',
  imports: [...FORM_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'passwordChange.heading' | t }}</h1>
      <p>{{ 'passwordChange.intro' | t }}</p>
      <app-form-error-summary [items]="submission.errors()" />
      <form #formEl [formGroup]="form" (ngSubmit)="save()" novalidate class="form">
        <input type="email" class="hidden" [value]="auth.user()?.email ?? ''" autocomplete="username" readonly />
        <mat-form-field appearance="outline">
          <mat-label>{{ 'passwordChange.current' | t }}</mat-label>
          <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" />
          <mat-error>{{ form.controls.currentPassword.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'passwordChange.new' | t }}</mat-label>
          <input matInput type="password" formControlName="newPassword" autocomplete="new-password" />
          <mat-hint>{{ 'passwordChange.newHint' | t: { min: limits.min } }}</mat-hint>
          <mat-error>{{ form.controls.newPassword.errors | fieldError }}</mat-error>
        </mat-form-field>
        <div class="form__actions">
          <button mat-flat-button type="submit" [disabled]="submission.pending()">
            {{ 'passwordChange.save' | t }}
          </button>
        </div>
      </form>
    </div>
  `,
})
export class PasswordChangePage {
  readonly returnUrl = input<string>();
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notifications = inject(NotificationService);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly limits = LIMITS.password;
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.password.max)],
    }),
    newPassword: newPasswordControl(),
  });
  protected readonly submission = formSubmit(this.form, () => this.formEl()?.nativeElement);

  protected save(): void {
    this.submission.run(
      () => this.auth.changeCredentials(this.form.getRawValue()),
      () => {
        this.notifications.show({ key: 'passwordChange.saved' }, { keepForNextNavigation: true });
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
    );
  }
}
