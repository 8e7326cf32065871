import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { LIMITS } from '@markt/shared';
import { FORM_IMPORTS } from '../forms/form-imports';
import { focusFirstInvalid } from '../forms/focus-first-invalid';
import { ErrorItem, handleFormError } from '../forms/server-errors';
import { NotificationService } from '../notification.service';
import { AuthService } from './auth.service';
import { safeReturnUrl } from './safe-return-url';

/** A staff account an admin created replaces its provisional password here before anything else (see roleGuard). */
@Component({
  selector: 'app-password-change-page',
  imports: [...FORM_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'passwordChange.heading' | t }}</h1>
      <p>{{ 'passwordChange.intro' | t }}</p>
      <app-form-error-summary [items]="errors()" />
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
          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'passwordChange.save' | t }}</button>
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
  private readonly injector = inject(Injector);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly limits = LIMITS.password;
  protected readonly busy = signal(false);
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.password.max)],
    }),
    newPassword: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(LIMITS.password.min),
        Validators.maxLength(LIMITS.password.max),
      ],
    }),
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([{ key: 'form.fixErrors' }]);
      focusFirstInvalid(this.formEl()?.nativeElement, this.injector);
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.errors.set([]);
    this.auth.changeCredentials(this.form.getRawValue()).subscribe({
      next: () => {
        this.busy.set(false);
        this.notifications.show({ key: 'passwordChange.saved' }, { keepForNextNavigation: true });
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
      error: (error) => {
        this.busy.set(false);
        this.errors.set(handleFormError(this.form, error));
      },
    });
  }
}
