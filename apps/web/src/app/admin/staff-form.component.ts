import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, Validators } from '@angular/forms';
import { LIMITS, ROLES, Role, UserDto } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { focusFirstInvalid } from '../core/forms/focus-first-invalid';
import { ErrorItem, handleFormError } from '../core/forms/server-errors';
import { UsersService } from './users.service';

/** Creates a staff account; emits the new user. */
@Component({
  selector: 'app-staff-form',
  imports: [...FORM_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-error-summary [items]="errors()" />
    <form #formEl [formGroup]="form" (ngSubmit)="submit(formDirective)" #formDirective="ngForm" novalidate class="form">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'staff.name' | t }}</mat-label>
        <input matInput formControlName="name" autocomplete="off" />
        <mat-error>{{ form.controls.name.errors | fieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'staff.email' | t }}</mat-label>
        <input matInput type="email" formControlName="email" autocomplete="off" />
        <mat-error>{{ form.controls.email.errors | fieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'staff.password' | t }}</mat-label>
        <input matInput type="password" formControlName="password" autocomplete="new-password" />
        <mat-hint>{{ 'auth.passwordHint' | t: { min: passwordMin } }}</mat-hint>
        <mat-error>{{ form.controls.password.errors | fieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'staff.role' | t }}</mat-label>
        <select matNativeControl formControlName="role">
          @for (role of roles; track role) {
            <option [value]="role">{{ 'role.' + role | t }}</option>
          }
        </select>
        <mat-error>{{ form.controls.role.errors | fieldError }}</mat-error>
      </mat-form-field>
      <div class="form__actions">
        <button mat-flat-button type="submit">{{ 'staff.create' | t }}</button>
      </div>
    </form>
  `,
})
export class StaffFormComponent {
  readonly created = output<UserDto>();
  private readonly users = inject(UsersService);
  private readonly injector = inject(Injector);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly roles = ROLES;
  protected readonly passwordMin = LIMITS.password.min;
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
    role: new FormControl<Role>(Role.Reviewer, { nonNullable: true, validators: [Validators.required] }),
  });

  submit(formDirective: FormGroupDirective): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([{ key: 'form.fixErrors' }]);
      focusFirstInvalid(this.formEl()?.nativeElement, this.injector);
      return;
    }
    if (this.busy) return;
    this.busy = true;
    this.errors.set([]);
    const { name, email, password, role } = this.form.getRawValue();
    this.users.create({ name: name.trim(), email: email.trim(), password, role }).subscribe({
      next: (user) => {
        this.busy = false;
        // resetForm also clears the "submitted" state, so the empty form shows no errors.
        formDirective.resetForm({ name: '', email: '', password: '', role: Role.Reviewer });
        this.created.emit(user);
      },
      error: (error) => {
        this.busy = false;
        this.errors.set(handleFormError(this.form, error));
        focusFirstInvalid(this.formEl()?.nativeElement, this.injector);
      },
    });
  }
}
