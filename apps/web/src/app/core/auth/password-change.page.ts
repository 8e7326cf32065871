import { ChangeDetectionStrategy, Component, ElementRef, inject, input, viewChild } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Router } from '@angular/router';
import { LIMITS } from '@markt/shared';
import { FORM_IMPORTS } from '../forms/form-imports';
import { formSubmit } from '../forms/form-submit';
import { currentPasswordControl } from '../forms/account-controls';
import { TextFieldComponent } from '../../ui/text-field.component';
import { NotificationService } from '../notification.service';
import { AuthService } from './auth.service';
import { safeReturnUrl } from './safe-return-url';
import { newPasswordControl } from '../../ui/person-fields.component';

/** A staff account an admin created replaces its provisional password here before anything else (see roleGuard). */
@Component({
  selector: 'app-password-change-page',
  imports: [...FORM_IMPORTS, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'passwordChange.heading' | t }}</h1>
      <p>{{ 'passwordChange.intro' | t }}</p>
      <app-form-error-summary [items]="submission.errors()" />
      <form #formEl [formGroup]="form" (ngSubmit)="save()" novalidate class="form">
        <input type="email" class="hidden" [value]="auth.user()?.email ?? ''" autocomplete="username" readonly />
        <app-text-field
          fieldId="change-current-password"
          type="password"
          autocomplete="current-password"
          [label]="'passwordChange.current' | t"
          [control]="form.controls.currentPassword"
        />
        <app-text-field
          fieldId="change-new-password"
          type="password"
          autocomplete="new-password"
          [label]="'passwordChange.new' | t"
          [hint]="'passwordChange.newHint' | t: { min: limits.min }"
          [control]="form.controls.newPassword"
        />
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
    currentPassword: currentPasswordControl(),
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
