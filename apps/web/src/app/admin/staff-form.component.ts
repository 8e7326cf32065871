import { ChangeDetectionStrategy, Component, ElementRef, inject, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, Validators } from '@angular/forms';
import { ROLES, Role, UserDto } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { PersonFieldsComponent, personControls } from '../ui/person-fields.component';
import { SelectFieldComponent, keyedOptions } from '../ui/select-field.component';
import { UsersService } from './users.service';

/** Creates a staff account; emits the new user. */
@Component({
  selector: 'app-staff-form',
  imports: [...FORM_IMPORTS, PersonFieldsComponent, SelectFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-form-error-summary [items]="submission.errors()" />
    <form #formEl [formGroup]="form" (ngSubmit)="submit(formDirective)" #formDirective="ngForm" novalidate class="form">
      <app-person-fields [controls]="form.controls" passwordLabel="staff.password" forSomeoneElse />
      <app-select-field
        fieldId="staff-role"
        [label]="'staff.role' | t"
        [control]="form.controls.role"
        [options]="roles"
      />
      <div class="form__actions">
        <button mat-flat-button type="submit">{{ 'staff.create' | t }}</button>
      </div>
    </form>
  `,
})
export class StaffFormComponent {
  readonly created = output<UserDto>();
  private readonly users = inject(UsersService);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly roles = keyedOptions(ROLES, 'role.');

  protected readonly form = new FormGroup({
    ...personControls(),
    role: new FormControl<Role>(Role.Reviewer, { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly submission = formSubmit(this.form, () => this.formEl()?.nativeElement);

  protected submit(formDirective: FormGroupDirective): void {
    const { name, email, password, role } = this.form.getRawValue();
    this.submission.run(
      () => this.users.create({ name: name.trim(), email: email.trim(), password, role }),
      (user) => {
        // resetForm also clears the "submitted" state, so the empty form shows no errors.
        formDirective.resetForm({ name: '', email: '', password: '', role: Role.Reviewer });
        this.created.emit(user);
      },
    );
  }
}
