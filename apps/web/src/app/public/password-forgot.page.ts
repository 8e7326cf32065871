import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { emailControl } from '../core/forms/account-controls';
import { formSubmit } from '../core/forms/form-submit';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { accountFields } from '../ui/account-fields';
import { FormShellComponent } from '../ui/form-shell.component';
import { SuccessStatusComponent } from '../ui/success-status.component';

/** `/passwort-vergessen`: asks for a reset link; always the same neutral answer (no account enumeration). */
@Component({
  selector: 'app-password-forgot-page',
  imports: [TranslatePipe, RouterLink, FormShellComponent, SuccessStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'password.forgot.heading' | t }}</h1>
      <app-success-status [key]="done() ? 'password.forgot.done' : null" />
      @if (!done()) {
        <p>{{ 'password.forgot.intro' | t }}</p>
        <app-form-shell
          [form]="form"
          [fields]="fields"
          [submission]="submission"
          submitKey="password.forgot.submit"
          (send)="submit()"
        />
      }
      <p>
        <a routerLink="/anmelden">{{ 'password.toLogin' | t }}</a>
      </p>
    </div>
  `,
})
export class PasswordForgotPage {
  private readonly auth = inject(AuthService);
  private readonly shell = viewChild(FormShellComponent);
  protected readonly done = signal(false);
  protected readonly form = new FormGroup({ email: emailControl() });
  protected readonly fields = [accountFields.email('forgot-email', 'auth.email', this.form.controls.email)];
  protected readonly submission = formSubmit(this.form, () => this.shell()?.element());

  protected submit(): void {
    this.submission.run(
      () => this.auth.requestPasswordReset(this.form.controls.email.value.trim()),
      () => this.done.set(true),
    );
  }
}
