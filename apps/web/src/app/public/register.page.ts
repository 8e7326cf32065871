import { ChangeDetectionStrategy, Component, ElementRef, Injector, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { LIMITS } from '@markt/shared';
import { AuthService } from '../core/auth/auth.service';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { I18nService } from '../core/i18n/i18n.service';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { ErrorItem, handleFormError } from '../core/forms/server-errors';

/** Applicants register themselves and are logged in right away. */
@Component({
  selector: 'app-register-page',
  imports: [...FORM_IMPORTS, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="narrow">
      <h1>{{ 'auth.register.heading' | t }}</h1>
      <p>{{ 'auth.register.intro' | t }}</p>
      <p class="hint">{{ 'form.requiredHint' | t }}</p>
      <app-form-error-summary [items]="errors()" />
      <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'auth.name' | t }}</mat-label>
          <input matInput formControlName="name" autocomplete="name" />
          <mat-hint>{{ 'auth.nameHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.name.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'auth.email' | t }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="email" />
          <mat-error>{{ form.controls.email.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'auth.password' | t }}</mat-label>
          <input matInput type="password" formControlName="password" autocomplete="new-password" />
          <mat-hint>{{ 'auth.passwordHint' | t: { min: limits.password.min } }}</mat-hint>
          <mat-error>{{ form.controls.password.errors | fieldError }}</mat-error>
        </mat-form-field>
        <p>
          <a routerLink="/datenschutz">{{ 'auth.register.privacy' | t }}</a>
        </p>
        <div class="form__actions">
          <button mat-flat-button type="submit">{{ 'auth.register.submit' | t }}</button>
        </div>
      </form>
      <p>
        {{ 'auth.register.hasAccount' | t }}
        <a routerLink="/anmelden">{{ 'auth.register.loginLink' | t }}</a>
      </p>
    </div>
  `,
})
export class RegisterPage {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly limits = LIMITS;
  protected readonly errors = signal<ErrorItem[]>([]);
  private busy = false;

  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(LIMITS.name.min), Validators.maxLength(LIMITS.name.max)],
    }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(LIMITS.email)],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(LIMITS.password.min),
        Validators.maxLength(LIMITS.password.max),
      ],
    }),
  });

  submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([{ key: 'form.fixErrors' }]);
      focusFirstInvalid(this.formEl()?.nativeElement, this.injector);
      return;
    }
    if (this.busy) return;
    this.busy = true;
    this.errors.set([]);
    const { name, email, password } = this.form.getRawValue();
    this.auth.register({ name: name.trim(), email: email.trim(), password, language: this.i18n.lang() }).subscribe({
      next: () => {
        this.busy = false;
        void this.router.navigateByUrl('/');
      },
      error: (error) => {
        this.busy = false;
        this.errors.set(handleFormError(this.form, error));
        focusFirstInvalid(this.formEl()?.nativeElement, this.injector);
      },
    });
  }
}
