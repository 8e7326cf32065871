import { ChangeDetectionStrategy, Component, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { LIMITS } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { safeReturnUrl } from '../core/auth/safe-return-url';
import { currentPasswordControl } from '../core/forms/account-controls';
import { formSubmit } from '../core/forms/form-submit';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { accountFields } from '../ui/account-fields';
import { FormShellComponent, ShellField } from '../ui/form-shell.component';

@Component({
  selector: 'app-login-page',
  imports: [TranslatePipe, RouterLink, FormShellComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'auth.login.heading' | t }}</h1>
      <p>{{ 'auth.login.intro' | t }}</p>
      <app-form-shell
        [form]="form"
        [fields]="fields"
        [submission]="submission"
        submitKey="auth.login.submit"
        (send)="submit()"
      />
      <p>
        <a routerLink="/passwort-vergessen">{{ 'auth.login.forgot' | t }}</a>
      </p>
      <p>
        {{ 'auth.login.noAccount' | t }}
        <a routerLink="/registrieren">{{ 'auth.login.registerLink' | t }}</a>
      </p>
    </div>
  `,
})
export class LoginPage {
  readonly returnUrl = input<string>();
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly shell = viewChild(FormShellComponent);

  protected readonly form = new FormGroup({
    // no format check: any address the server knows may log in
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.email)],
    }),
    password: currentPasswordControl(),
  });
  protected readonly fields: ShellField[] = [
    { ...accountFields.email('login-email', 'auth.email', this.form.controls.email), autocomplete: 'username' },
    accountFields.currentPassword('login-password', 'auth.password', this.form.controls.password),
  ];
  protected readonly submission = formSubmit(this.form, () => this.shell()?.element());

  protected submit(): void {
    this.submission.run(
      () => this.auth.login(this.form.getRawValue()),
      () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
    );
  }
}
