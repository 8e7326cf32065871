/*
 * Usage — a form page's save, with pending state, server field errors on the controls and the summary:
 *   protected readonly submission = formSubmit(this.form, () => this.formEl()?.nativeElement);
 *   protected save(): void {
 *     this.submission.run(() => this.service.save(this.form.getRawValue()), (saved) => this.router.navigate([saved.id]));
 *   }
 *   <app-form-error-summary [items]="submission.errors()" />  …  {{ (submission.pending() ? 'x.saving' : 'x.save') | t }}
 * Call `formSubmit()` in an injection context (a field initialiser); a request still running when the page goes is dropped.
 */
import { DestroyRef, Injector, Signal, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormGroup } from '@angular/forms';
import { Observable } from 'rxjs';
import { focusFirstInvalid } from './focus-first-invalid';
import { ErrorItem, handleFormError } from './server-errors';

export interface FormSubmit {
  /** True while a request runs; a second `run` meanwhile is ignored. */
  readonly pending: Signal<boolean>;
  /** What the error summary shows: the form's own mistakes or what the server answered. */
  readonly errors: Signal<ErrorItem[]>;
  /**
   * Checks the form (if any), sends `request` and calls `success` with the answer. A failure puts the server's field
   * errors on the controls and the rest in `errors` — or, given `failure`, whatever that returns.
   * Returns false when nothing was sent (the form is invalid or a request is still running).
   */
  run<T>(request: () => Observable<T>, success: (value: T) => void, failure?: (error: unknown) => ErrorItem[]): boolean;
  /** Shows messages of the page's own (e.g. after a check only the page knows), or clears them. */
  setErrors(items: ErrorItem[]): void;
}

export interface FormSubmitOptions {
  /** The summary's message when the form itself has mistakes (default: „please correct the marked fields“). */
  invalid?: ErrorItem;
}

/**
 * Pending state, error messages and focus handling for a form's submission (or, without a form, any action).
 * `form` may be a function for a page that builds a new form when its input changes.
 */
export function formSubmit(
  form?: AbstractControl | (() => AbstractControl),
  formElement: () => HTMLElement | null | undefined = () => undefined,
  options: FormSubmitOptions = {},
): FormSubmit {
  const currentForm = () => (typeof form === 'function' ? form() : form);
  const injector = inject(Injector);
  const destroyRef = inject(DestroyRef);
  const pending = signal(false);
  const errors = signal<ErrorItem[]>([]);
  const focusFirstError = () => focusFirstInvalid(formElement(), injector);

  return {
    pending: pending.asReadonly(),
    errors: errors.asReadonly(),
    setErrors: (items) => errors.set(items),
    run(request, success, failure) {
      const control = currentForm();
      if (control?.invalid) {
        control.markAllAsTouched();
        errors.set([options.invalid ?? { key: 'form.fixErrors' }]);
        focusFirstError();
        return false;
      }
      if (pending()) return false;
      pending.set(true);
      errors.set([]);
      request()
        .pipe(takeUntilDestroyed(destroyRef))
        .subscribe({
          next: (value) => {
            pending.set(false);
            success(value);
          },
          error: (error: unknown) => {
            pending.set(false);
            errors.set(failure ? failure(error) : handleFormError(control ?? new FormGroup({}), error));
            focusFirstError();
          },
        });
      return true;
    },
  };
}
