import { inject } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { LIMITS } from '@markt/shared';
import { Observable } from 'rxjs';
import { FormSubmit, formSubmit } from '../core/forms/form-submit';
import { handleFormError } from '../core/forms/server-errors';
import { NotificationService } from '../core/notification.service';

/** Subject and body of an email — a template, or a message waiting in the outbox — within the template limits. */
export function emailForm() {
  const text = (max: number) =>
    new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(max)] });
  return new FormGroup({ subject: text(LIMITS.template.subject), body: text(LIMITS.template.body) });
}

export type EmailForm = ReturnType<typeof emailForm>;

/**
 * The requests on one email (saving its fields, resetting a template, retrying a message) through one
 * submission: a success is announced by its key and handed to `done`; a failure marks the form's fields.
 * Call in an injection context (a field initialiser).
 */
export function emailRequests<T>(form: EmailForm, done: (result: T) => void) {
  const notifications = inject(NotificationService);
  const submission: FormSubmit = formSubmit();
  const run = (request: Observable<T>, successKey: string) =>
    submission.run(
      () => request,
      (result) => {
        notifications.show({ key: successKey });
        done(result);
      },
      (error) => handleFormError(form, error),
    );
  return {
    submission,
    run,
    /**
     * Saves the fields when they are valid; if not, marks them and has the summary say so. Only saving checks
     * them: resetting a template or retrying a message works whatever they hold.
     */
    save(request: () => Observable<T>, successKey: string): void {
      if (form.valid) {
        run(request(), successKey);
        return;
      }
      form.markAllAsTouched();
      submission.setErrors([{ key: 'form.fixErrors' }]);
    },
  };
}
