import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormGroup, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { LIMITS } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { safeReturnUrl } from '../core/auth/safe-return-url';
import { currentPasswordControl } from '../core/forms/account-controls';
import { textControl } from '../core/forms/text-control';
import { accountFields } from '../ui/account-fields';
import { FormShellComponent, ShellForm } from '../ui/form-shell.component';
import { NarrowPageComponent } from '../layout/narrow-page.component';
import { AccountLink, AccountLinksComponent } from './account-links.component';

@Component({
  selector: 'app-login-page',
  imports: [NarrowPageComponent, FormShellComponent, AccountLinksComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-narrow-page heading="auth.login.heading" intro="auth.login.intro">
      <app-form-shell [spec]="loginForm" />
      <app-account-links [links]="links" />
    </app-narrow-page>
  `,
})
export class LoginPage {
  readonly returnUrl = input<string>();
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected readonly form = new FormGroup({
    // no format check: any address the server knows may log in
    email: textControl([Validators.required, Validators.maxLength(LIMITS.email)]),
    password: currentPasswordControl(),
  });
  protected readonly loginForm: ShellForm = {
    form: this.form,
    fields: [
      { ...accountFields.email('login-email', 'auth.email', this.form.controls.email), autocomplete: 'username' },
      accountFields.currentPassword('login-password', 'auth.password', this.form.controls.password),
    ],
    submitKey: 'auth.login.submit',
    request: () => this.auth.login(this.form.getRawValue()),
    success: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
  };
  protected readonly links: AccountLink[] = [
    { label: 'auth.login.forgot', to: '/passwort-vergessen' },
    { lead: 'auth.login.noAccount', label: 'auth.login.registerLink', to: '/registrieren' },
  ];
}
