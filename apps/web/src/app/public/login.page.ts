import { ChangeDetectionStrategy, Component, ElementRef, inject, input, viewChild } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { LIMITS } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { safeReturnUrl } from '../core/auth/safe-return-url';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { currentPasswordControl } from '../core/forms/account-controls';
import { TextFieldComponent } from '../ui/text-field.component';

@Component({
  selector: 'app-login-page',
  imports: [...FORM_IMPORTS, RouterLink, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'auth.login.heading' | t }}</h1>
      <p>{{ 'auth.login.intro' | t }}</p>
      <app-form-error-summary [items]="submission.errors()" />
      <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
        <app-text-field
          fieldId="login-email"
          type="email"
          autocomplete="username"
          [label]="'auth.email' | t"
          [control]="form.controls.email"
        />
        <app-text-field
          fieldId="login-password"
          type="password"
          autocomplete="current-password"
          [label]="'auth.password' | t"
          [control]="form.controls.password"
        />
        <div class="form__actions">
          <button mat-flat-button type="submit">{{ 'auth.login.submit' | t }}</button>
        </div>
      </form>
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
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.email)],
    }),
    password: currentPasswordControl(),
  });

  protected readonly submission = formSubmit(this.form, () => this.formEl()?.nativeElement);

  protected submit(): void {
    this.submission.run(
      () => this.auth.login(this.form.getRawValue()),
      () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
    );
  }
}
