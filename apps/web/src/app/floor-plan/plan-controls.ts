import { FormControl, ValidatorFn, Validators } from '@angular/forms';

/**
 * A required number between `min` and `max` (metres, places, opacity) for the plan's property forms; the
 * limits are the ones the server checks.
 */
export function measureControl(value: number, min: number, max: number, ...more: ValidatorFn[]): FormControl<number> {
  return new FormControl(value, {
    nonNullable: true,
    validators: [Validators.required, Validators.min(min), Validators.max(max), ...more],
  });
}
