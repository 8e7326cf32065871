import { FormControl, ValidatorFn } from '@angular/forms';

/** A text input's control: never null (a reset gives `value` back), checked by `validators`. */
export function textControl(validators: ValidatorFn[] = [], value = ''): FormControl<string> {
  return new FormControl(value, { nonNullable: true, validators });
}
