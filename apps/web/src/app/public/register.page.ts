import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { FormShellComponent, ShellForm } from '../ui/form-shell.component';
import { PersonFieldsComponent, personControls } from '../ui/person-fields.component';
import { NarrowPageComponent } from '../layout/narrow-page.component';
import { AccountLink, AccountLinksComponent } from './account-links.component';

/** Applicants register themselves and are logged in right away. */
@Component({
  selector: 'app-register-page',
  imports: [
    NarrowPageComponent,
    TranslatePipe,
    RouterLink,
    PersonFieldsComponent,
    FormShellComponent,
    AccountLinksComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-narrow-page heading="auth.register.heading" intro="auth.register.intro">
      <p class="hint">{{ 'form.requiredHint' | t }}</p>
      <app-form-shell [spec]="registerForm">
        <app-person-fields [controls]="form.controls" nameHint="auth.nameHint" />
        <p>
          <a routerLink="/datenschutz">{{ 'auth.register.privacy' | t }}</a>
        </p>
      </app-form-shell>
      <app-account-links [links]="links" />
    </app-narrow-page>
  `,
})
export class RegisterPage {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  protected readonly form = new FormGroup(personControls());
  protected readonly registerForm: ShellForm = {
    form: this.form,
    submitKey: 'auth.register.submit',
    request: () => {
      const { name, email, password } = this.form.getRawValue();
      return this.auth.register({ name: name.trim(), email: email.trim(), password, language: this.i18n.lang() });
    },
    success: () => void this.router.navigateByUrl('/'),
  };
  protected readonly links: AccountLink[] = [
    { lead: 'auth.register.hasAccount', label: 'auth.register.loginLink', to: '/anmelden' },
  ];
}
