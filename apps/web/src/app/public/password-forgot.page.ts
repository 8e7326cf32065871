import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { emailControl } from '../core/forms/account-controls';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { accountFields } from '../ui/account-fields';
import { FormShellComponent, ShellForm } from '../ui/form-shell.component';
import { NarrowPageComponent } from '../layout/narrow-page.component';

/** `/passwort-vergessen`: asks for a reset link; always the same neutral answer (no account enumeration). */
@Component({
  selector: 'app-password-forgot-page',
  imports: [NarrowPageComponent, TranslatePipe, RouterLink, FormShellComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-narrow-page heading="password.forgot.heading" [status]="done() ? 'password.forgot.done' : null">
      @if (!done()) {
        <p>{{ 'password.forgot.intro' | t }}</p>
        <app-form-shell [spec]="forgotForm" />
      }
      <p>
        <a routerLink="/anmelden">{{ 'password.toLogin' | t }}</a>
      </p>
    </app-narrow-page>
  `,
})
export class PasswordForgotPage {
  private readonly auth = inject(AuthService);
  protected readonly done = signal(false);
  private readonly form = new FormGroup({ email: emailControl() });
  protected readonly forgotForm: ShellForm = {
    form: this.form,
    fields: [accountFields.email('forgot-email', 'auth.email', this.form.controls.email)],
    submitKey: 'password.forgot.submit',
    request: () => this.auth.requestPasswordReset(this.form.controls.email.value.trim()),
    success: () => this.done.set(true),
  };
}
