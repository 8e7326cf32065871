import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { AuthService } from '../core/auth/auth.service';
import { emailControl } from '../core/forms/account-controls';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { accountFields } from '../ui/account-fields';
import { FormShellComponent, ShellForm } from '../ui/form-shell.component';
import { NarrowPageComponent } from '../layout/narrow-page.component';
import { AccountLink, AccountLinksComponent } from './account-links.component';

/** `/passwort-vergessen`: asks for a reset link; always the same neutral answer (no account enumeration). */
@Component({
  selector: 'app-password-forgot-page',
  imports: [NarrowPageComponent, TranslatePipe, FormShellComponent, AccountLinksComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-narrow-page heading="password.forgot.heading" [status]="done() ? 'password.forgot.done' : null">
      @if (!done()) {
        <p>{{ 'password.forgot.intro' | t }}</p>
        <app-form-shell [spec]="forgotForm" />
      }
      <app-account-links [links]="links" />
    </app-narrow-page>
  `,
})
export class PasswordForgotPage {
  private readonly auth = inject(AuthService);
  protected readonly done = signal(false);
  private readonly email = emailControl();
  protected readonly forgotForm: ShellForm = {
    form: new FormGroup({ email: this.email }),
    fields: [accountFields.email('forgot-email', 'auth.email', this.email)],
    submitKey: 'password.forgot.submit',
    request: () => this.auth.requestPasswordReset(this.email.value.trim()),
    success: () => this.done.set(true),
  };
  protected readonly links: AccountLink[] = [{ label: 'password.toLogin', to: '/anmelden' }];
}
