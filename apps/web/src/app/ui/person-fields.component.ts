import { ChangeDetectionStrategy, Component, booleanAttribute, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LIMITS } from '@markt/shared';
import { FieldErrorPipe } from '../core/forms/field-error.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';

/** A new password, required and within the server's limits. */
export function newPasswordControl(): FormControl<string> {
  return new FormControl('', {
    nonNullable: true,
    validators: [
      Validators.required,
      Validators.minLength(LIMITS.password.min),
      Validators.maxLength(LIMITS.password.max),
    ],
  });
}

/** Name, e-mail address and a new password of an account, with the server's limits. */
export function personControls() {
  return {
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(LIMITS.name.min), Validators.maxLength(LIMITS.name.max)],
    }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(LIMITS.email)],
    }),
    password: newPasswordControl(),
  };
}
export type PersonControls = ReturnType<typeof personControls>;

/**
 * The fields of `personControls()` inside a reactive form, e.g. `<app-person-fields [controls]="form.controls" />`.
 * For someone else's account (`forSomeoneElse`), the browser is asked not to fill in the user's own name
 * and address.
 */
@Component({
  selector: 'app-person-fields',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    @let c = controls();
    <mat-form-field appearance="outline">
      <mat-label>{{ 'auth.name' | t }}</mat-label>
      <input matInput [formControl]="c.name" [attr.autocomplete]="forSomeoneElse() ? 'off' : 'name'" />
      @if (nameHint(); as hint) {
        <mat-hint>{{ hint | t }}</mat-hint>
      }
      <mat-error>{{ c.name.errors | fieldError }}</mat-error>
    </mat-form-field>
    <mat-form-field appearance="outline">
      <mat-label>{{ 'auth.email' | t }}</mat-label>
      <input matInput type="email" [formControl]="c.email" [attr.autocomplete]="forSomeoneElse() ? 'off' : 'email'" />
      <mat-error>{{ c.email.errors | fieldError }}</mat-error>
    </mat-form-field>
    <mat-form-field appearance="outline">
      <mat-label>{{ passwordLabel() | t }}</mat-label>
      <input matInput type="password" [formControl]="c.password" autocomplete="new-password" />
      <mat-hint>{{ 'auth.passwordHint' | t: { min: passwordMin } }}</mat-hint>
      <mat-error>{{ c.password.errors | fieldError }}</mat-error>
    </mat-form-field>
  `,
})
export class PersonFieldsComponent {
  /** The form's controls; may hold more than these three. */
  readonly controls = input.required<PersonControls>();
  /** Translation key of the password's label (a provisional one for staff accounts). */
  readonly passwordLabel = input('auth.password');
  /** Translation key of a hint under the name. */
  readonly nameHint = input<string | null>(null);
  readonly forSomeoneElse = input(false, { transform: booleanAttribute });
  protected readonly passwordMin = LIMITS.password.min;
}
