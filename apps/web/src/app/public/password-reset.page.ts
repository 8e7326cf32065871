import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormGroup } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { handleFormError, toApiError } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { accountFields } from '../ui/account-fields';
import { FormShellComponent, ShellForm } from '../ui/form-shell.component';
import { newPasswordControl } from '../ui/person-fields.component';
import { NarrowPageComponent } from '../layout/narrow-page.component';

/** `/passwort-zuruecksetzen?token=…`: the link from the email; sets a new password. */
@Component({
  selector: 'app-password-reset-page',
  imports: [NarrowPageComponent, TranslatePipe, RouterLink, NgTemplateOutlet, FormShellComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-narrow-page heading="password.reset.heading" [status]="done() ? 'password.reset.done' : null">
      @if (done()) {
        <p>
          <a class="button-link button-link--primary" routerLink="/anmelden">{{ 'password.toLogin' | t }}</a>
        </p>
      } @else if (!token()) {
        <p class="message message--error">{{ 'password.reset.missingToken' | t }}</p>
        <ng-container *ngTemplateOutlet="requestNew" />
      } @else {
        <p>{{ 'password.reset.intro' | t }}</p>
        <app-form-shell [spec]="resetForm">
          @if (invalidToken()) {
            <ng-container *ngTemplateOutlet="requestNew" />
          }
        </app-form-shell>
      }
    </app-narrow-page>
    <ng-template #requestNew>
      <p>
        <a routerLink="/passwort-vergessen">{{ 'password.reset.requestNew' | t }}</a>
      </p>
    </ng-template>
  `,
})
export class PasswordResetPage {
  /** `?token=` */
  readonly token = input<string>();
  private readonly auth = inject(AuthService);
  protected readonly done = signal(false);
  protected readonly invalidToken = signal(false);
  private readonly form = new FormGroup({ password: newPasswordControl() });
  protected readonly resetForm: ShellForm = {
    form: this.form,
    fields: [accountFields.newPassword('reset-password', 'password.reset.password', this.form.controls.password)],
    submitKey: 'password.reset.submit',
    started: () => this.invalidToken.set(false),
    request: () => this.auth.resetPassword({ token: this.token() ?? '', password: this.form.controls.password.value }),
    success: () => this.done.set(true),
    failure: (error) => {
      const tokenError = toApiError(error).errors?.some((e) => e.field === 'token');
      this.invalidToken.set(!!tokenError);
      // the token has no field on this form: its message goes to the summary
      return tokenError ? [{ key: 'validation.invalidToken' }] : handleFormError(this.form, error);
    },
  };
}
