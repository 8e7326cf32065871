import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormGroup } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { emailControl } from '../core/forms/account-controls';
import { TextFieldComponent } from '../ui/text-field.component';

/** `/passwort-vergessen`: asks for a reset link; always the same neutral answer (no account enumeration). */
@Component({
  selector: 'app-password-forgot-page',
  imports: [...FORM_IMPORTS, RouterLink, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'password.forgot.heading' | t }}</h1>
      <div role="status">
        @if (done()) {
          <p class="message message--success">{{ 'password.forgot.done' | t }}</p>
        }
      </div>
      @if (!done()) {
        <p>{{ 'password.forgot.intro' | t }}</p>
        <app-form-error-summary [items]="submission.errors()" />
        <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
          <app-text-field
            fieldId="forgot-email"
            type="email"
            autocomplete="email"
            [label]="'auth.email' | t"
            [control]="form.controls.email"
          />
          <div class="form__actions">
            <button mat-flat-button type="submit" [disabled]="submission.pending()">
              {{ 'password.forgot.submit' | t }}
            </button>
          </div>
        </form>
      }
      <p>
        <a routerLink="/anmelden">{{ 'password.toLogin' | t }}</a>
      </p>
    </div>
  `,
})
export class PasswordForgotPage {
  private readonly auth = inject(AuthService);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly done = signal(false);
  protected readonly form = new FormGroup({ email: emailControl() });

  protected readonly submission = formSubmit(this.form, () => this.formEl()?.nativeElement);

  protected submit(): void {
    this.submission.run(
      () => this.auth.requestPasswordReset(this.form.controls.email.value.trim()),
      () => this.done.set(true),
    );
  }
}
