import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { LIMITS } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { handleFormError, toApiError } from '../core/forms/server-errors';
import { newPasswordControl } from '../ui/person-fields.component';
import { TextFieldComponent } from '../ui/text-field.component';

/** `/passwort-zuruecksetzen?token=…`: the link from the email; sets a new password. */
@Component({
  selector: 'app-password-reset-page',
  imports: [...FORM_IMPORTS, RouterLink, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'password.reset.heading' | t }}</h1>
      <div role="status">
        @if (done()) {
          <p class="message message--success">{{ 'password.reset.done' | t }}</p>
        }
      </div>
      @if (done()) {
        <p>
          <a class="button-link button-link--primary" routerLink="/anmelden">{{ 'password.toLogin' | t }}</a>
        </p>
      } @else if (!token()) {
        <p class="message message--error">{{ 'password.reset.missingToken' | t }}</p>
        <p>
          <a routerLink="/passwort-vergessen">{{ 'password.reset.requestNew' | t }}</a>
        </p>
      } @else {
        <p>{{ 'password.reset.intro' | t }}</p>
        <app-form-error-summary [items]="submission.errors()" />
        @if (invalidToken()) {
          <p>
            <a routerLink="/passwort-vergessen">{{ 'password.reset.requestNew' | t }}</a>
          </p>
        }
        <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
          <app-text-field
            fieldId="reset-password"
            type="password"
            autocomplete="new-password"
            [label]="'password.reset.password' | t"
            [hint]="'auth.passwordHint' | t: { min: limits.min }"
            [control]="form.controls.password"
          />
          <div class="form__actions">
            <button mat-flat-button type="submit" [disabled]="submission.pending()">
              {{ 'password.reset.submit' | t }}
            </button>
          </div>
        </form>
      }
    </div>
  `,
})
export class PasswordResetPage {
  /** `?token=` */
  readonly token = input<string>();
  private readonly auth = inject(AuthService);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly limits = LIMITS.password;
  protected readonly done = signal(false);
  protected readonly invalidToken = signal(false);
  protected readonly form = new FormGroup({ password: newPasswordControl() });
  protected readonly submission = formSubmit(this.form, () => this.formEl()?.nativeElement);

  protected submit(): void {
    this.invalidToken.set(false);
    this.submission.run(
      () => this.auth.resetPassword({ token: this.token() ?? '', password: this.form.controls.password.value }),
      () => this.done.set(true),
      (error) => {
        const tokenError = toApiError(error).errors?.some((e) => e.field === 'token');
        this.invalidToken.set(!!tokenError);
        // the token has no field on this form: its message goes to the summary
        return tokenError ? [{ key: 'validation.invalidToken' }] : handleFormError(this.form, error);
      },
    );
  }
}
