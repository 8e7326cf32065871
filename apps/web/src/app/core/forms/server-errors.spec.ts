import { HttpErrorResponse } from '@angular/common/http';
import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { ApiError } from '@markt/shared';
import { applyServerErrors, describeControlErrors, handleFormError, uploadErrorItem } from './server-errors';
import { validationFailed } from './validation-reply.testing';

function httpError(status: number, body: ApiError | null): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body });
}

function eventForm() {
  return new FormGroup({
    title: new FormControl('Konferenz', { nonNullable: true }),
    email: new FormControl('a@example.org', { nonNullable: true }),
    reviewCriteria: new FormArray([new FormGroup({ label: new FormControl('Relevanz', { nonNullable: true }) })]),
  });
}

describe('applyServerErrors', () => {
  it('sets the code and its params on the matching control, also through dotted array paths', () => {
    const form = eventForm();
    const unmatched = applyServerErrors(form, [
      { field: 'title', code: 'maxLength', params: { max: 200 }, message: 'too long' },
      { field: 'reviewCriteria.0.label', code: 'required', message: 'required' },
    ]);
    expect(unmatched).toEqual([]);
    expect(form.get('title')?.errors).toEqual({ maxLength: { max: 200, server: true } });
    expect(form.get('reviewCriteria.0.label')?.hasError('required')).toBe(true);
    expect(form.get('title')?.touched).toBe(true);
  });

  it('returns errors of unknown fields for the summary', () => {
    const form = eventForm();
    const unknown = { field: 'colour', code: 'whitelistValidation', message: 'not allowed' };
    expect(applyServerErrors(form, [unknown])).toEqual([unknown]);
  });

  it('keeps what the user typed', () => {
    const form = eventForm();
    applyServerErrors(form, [{ field: 'title', code: 'taken', message: 'taken' }]);
    expect(form.getRawValue().title).toBe('Konferenz');
  });

  it('lets the client validators take over again after the next edit', () => {
    const form = eventForm();
    applyServerErrors(form, [{ field: 'title', code: 'taken', message: 'taken' }]);
    form.controls.title.setValue('Neu');
    expect(form.controls.title.errors).toBeNull();
  });
});

describe('handleFormError', () => {
  it('maps a validation failure onto controls and lists unknown fields', () => {
    const form = eventForm();
    const items = handleFormError(
      form,
      httpError(
        400,
        validationFailed(
          { field: 'title', code: 'required', message: 'required' },
          { field: 'colour', code: 'whitelistValidation', message: 'x' },
        ),
      ),
    );
    expect(form.controls.title.hasError('required')).toBe(true);
    expect(items).toEqual([
      { key: 'form.fixErrors' },
      { key: 'validation.whitelistValidation', params: { field: 'colour' }, field: 'colour' },
    ]);
  });

  it('shows email_taken at the email field', () => {
    const form = eventForm();
    handleFormError(form, httpError(409, { statusCode: 409, code: 'email_taken', message: 'taken' }));
    expect(form.controls.email.hasError('emailTaken')).toBe(true);
  });

  it('explains a taken email address as such', () => {
    const form = eventForm();
    handleFormError(
      form,
      httpError(409, {
        statusCode: 409,
        code: 'email_taken',
        message: 'taken',
        errors: [{ field: 'email', code: 'taken', message: 'taken' }],
      }),
    );
    expect(form.controls.email.hasError('emailTaken')).toBe(true);
  });

  it('turns general errors into one summary message', () => {
    const form = eventForm();
    expect(
      handleFormError(form, httpError(401, { statusCode: 401, code: 'invalid_credentials', message: '' })),
    ).toEqual([{ key: 'auth.login.invalid' }]);
    expect(handleFormError(form, httpError(0, null))).toEqual([{ key: 'errors.network' }]);
    expect(handleFormError(form, httpError(500, null))).toEqual([{ key: 'errors.generic' }]);
  });
});

describe('uploadErrorItem', () => {
  it("shows the server's reason for refusing the file, with its parameters", () => {
    const refused = httpError(
      400,
      validationFailed({
        field: 'background',
        code: 'imageTooLarge',
        params: { width: 60000, height: 60000, max: 40 },
        message: 'At most 40 million pixels',
      }),
    );
    expect(uploadErrorItem(refused, 'background')).toEqual({
      key: 'validation.imageTooLarge',
      params: { width: 60000, height: 60000, max: 40 },
    });
  });

  it('falls back to the general message', () => {
    expect(uploadErrorItem(httpError(0, null), 'logo')).toEqual({ key: 'errors.network' });
    expect(uploadErrorItem(httpError(403, { statusCode: 403, code: 'forbidden', message: '' }), 'logo')).toEqual({
      key: 'errors.forbidden',
    });
  });
});

describe('describeControlErrors', () => {
  it('names Angular validators by the API codes', () => {
    const control = new FormControl('abc', [Validators.minLength(10)]);
    expect(describeControlErrors(control.errors)).toEqual({ key: 'validation.minLength', params: { min: 10 } });
    control.setValidators([Validators.maxLength(2)]);
    control.updateValueAndValidity();
    expect(describeControlErrors(control.errors)).toEqual({ key: 'validation.maxLength', params: { max: 2 } });
  });

  it('passes server params on', () => {
    expect(describeControlErrors({ max: { max: 5, server: true } })).toEqual({
      key: 'validation.max',
      params: { max: 5 },
    });
  });

  it('returns null for a valid control', () => {
    expect(describeControlErrors(null)).toBeNull();
  });
});
