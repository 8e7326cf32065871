import { FormControl, Validators } from '@angular/forms';
import { LIMITS } from '@markt/shared';

/** An account's e-mail address, required and as the server checks it. */
export function emailControl(value = ''): FormControl<string> {
  return new FormControl(value, {
    nonNullable: true,
    validators: [Validators.required, Validators.email, Validators.maxLength(LIMITS.email)],
  });
}

/** The password the user has now: required, and no longer than the server reads (length rules are for new ones). */
export function currentPasswordControl(): FormControl<string> {
  return new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(LIMITS.password.max)],
  });
}
