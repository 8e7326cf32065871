import { FormControl, Validators } from '@angular/forms';
import { LIMITS } from '@markt/shared';
import { textControl } from './text-control';

/** An account's e-mail address, required and as the server checks it. */
export function emailControl(value = ''): FormControl<string> {
  return textControl([Validators.required, Validators.email, Validators.maxLength(LIMITS.email)], value);
}

/** The password the user has now: required, and no longer than the server reads (length rules are for new ones). */
export function currentPasswordControl(): FormControl<string> {
  return textControl([Validators.required, Validators.maxLength(LIMITS.password.max)]);
}
