import { FormControl, FormGroup, Validators } from '@angular/forms';
import { LIMITS } from '@markt/shared';
import { FormSubmit } from '../core/forms/form-submit';

/** Subject and body of an email — a template, or a message waiting in the outbox — within the template limits. */
export function emailForm() {
  const text = (max: number) =>
    new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(max)] });
  return new FormGroup({ subject: text(LIMITS.template.subject), body: text(LIMITS.template.body) });
}

/**
 * Whether the email's fields may be saved; if not, marks them and has the summary say so. Only saving checks
 * them: resetting a template or retrying a message (through the same submission) works whatever they hold.
 */
export function emailFieldsValid(form: ReturnType<typeof emailForm>, submission: FormSubmit): boolean {
  if (form.valid) return true;
  form.markAllAsTouched();
  submission.setErrors([{ key: 'form.fixErrors' }]);
  return false;
}
