import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormGroup } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { formSubmit } from '../core/forms/form-submit';
import { handleFormError, toApiError } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { accountFields } from '../ui/account-fields';
import { FormShellComponent } from '../ui/form-shell.component';
import { newPasswordControl } from '../ui/person-fields.component';
import { SuccessStatusComponent } from '../ui/success-status.component';

/** `/passwort-zuruecksetzen?token=…`: the link from the email; sets a new password. */
@Component({
  selector: 'app-password-reset-page',
  imports: [TranslatePipe, RouterLink, NgTemplateOutlet, FormShellComponent, SuccessStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'password.reset.heading' | t }}</h1>
      <app-success-status [key]="done() ? 'password.reset.done' : null" />
      @if (done()) {
        <p>
          <a class="button-link button-link--primary" routerLink="/anmelden">{{ 'password.toLogin' | t }}</a>
        </p>
      } @else if (!token()) {
        <p class="message message--error">{{ 'password.reset.missingToken' | t }}</p>
        <ng-container *ngTemplateOutlet="requestNew" />
      } @else {
        <p>{{ 'password.reset.intro' | t }}</p>
        <app-form-shell
          [form]="form"
          [fields]="fields"
          [submission]="submission"
          submitKey="password.reset.submit"
          (send)="submit()"
        >
          @if (invalidToken()) {
            <ng-container *ngTemplateOutlet="requestNew" />
          }
        </app-form-shell>
      }
    </div>
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
  private readonly shell = viewChild(FormShellComponent);
  protected readonly done = signal(false);
  protected readonly invalidToken = signal(false);
  protected readonly form = new FormGroup({ password: newPasswordControl() });
  protected readonly fields = [
    accountFields.newPassword('reset-password', 'password.reset.password', this.form.controls.password),
  ];
  protected readonly submission = formSubmit(this.form, () => this.shell()?.element());

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
