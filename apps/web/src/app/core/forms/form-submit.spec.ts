import { HttpErrorResponse } from '@angular/common/http';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { ApiError } from '@markt/shared';
import { Subject, of, throwError } from 'rxjs';
import { FormSubmit, formSubmit } from './form-submit';

function eventForm() {
  return new FormGroup({
    title: new FormControl('Sommermarkt', { nonNullable: true, validators: [Validators.required] }),
    date: new FormControl('2027-06-12', { nonNullable: true }),
  });
}

function badRequest(body: ApiError): HttpErrorResponse {
  return new HttpErrorResponse({ status: body.statusCode, error: body });
}

describe('formSubmit', () => {
  let form: ReturnType<typeof eventForm>;
  let submission: FormSubmit;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    form = eventForm();
    submission = TestBed.runInInjectionContext(() => formSubmit(form));
  });

  afterEach(() => TestBed.resetTestingModule());

  it('sends nothing while the form has mistakes, and asks the user to fix them', () => {
    form.controls.title.setValue('');
    const request = jest.fn(() => of('saved'));
    expect(submission.run(request, jest.fn())).toBe(false);
    expect(request).not.toHaveBeenCalled();
    expect(form.controls.title.touched).toBe(true);
    expect(submission.errors()).toEqual([{ key: 'form.fixErrors' }]);
  });

  it('is pending until the answer comes, ignores a second click meanwhile, and hands the answer on', () => {
    const answer = new Subject<string>();
    const success = jest.fn();
    submission.setErrors([{ key: 'errors.generic' }]);

    expect(submission.run(() => answer, success)).toBe(true);
    expect(submission.pending()).toBe(true);
    expect(submission.errors()).toEqual([]);
    expect(submission.run(() => of('twice'), success)).toBe(false);

    answer.next('saved');
    expect(submission.pending()).toBe(false);
    expect(success).toHaveBeenCalledTimes(1);
    expect(success).toHaveBeenCalledWith('saved');
  });

  it('puts the server’s field errors on the controls and names the others in the summary', () => {
    const error = badRequest({
      statusCode: 400,
      code: 'validation',
      message: 'invalid',
      errors: [
        { field: 'date', code: 'isDateString', message: 'no date' },
        { field: 'colour', code: 'whitelistValidation', message: 'unknown' },
      ],
    });
    submission.run(() => throwError(() => error), jest.fn());

    expect(submission.pending()).toBe(false);
    expect(form.controls.date.hasError('isDateString')).toBe(true);
    expect(form.controls.date.value).toBe('2027-06-12');
    expect(submission.errors()).toEqual([
      { key: 'form.fixErrors' },
      { key: 'validation.whitelistValidation', params: { field: 'colour' }, field: 'colour' },
    ]);
  });

  it('names what went wrong in general, or what the page makes of the error', () => {
    const conflict = badRequest({ statusCode: 409, code: 'concurrent_change', message: 'changed' });
    submission.run(() => throwError(() => conflict), jest.fn());
    expect(submission.errors()).toEqual([{ key: 'errors.concurrent_change' }]);

    submission.run(
      () => throwError(() => conflict),
      jest.fn(),
      () => [{ key: 'decision.reloaded' }],
    );
    expect(submission.errors()).toEqual([{ key: 'decision.reloaded' }]);
  });

  it('checks the form the page has now, with the page’s own message for its mistakes', () => {
    let current = eventForm();
    const review = TestBed.runInInjectionContext(() =>
      formSubmit(() => current, undefined, { invalid: { key: 'review.scoreAll' } }),
    );
    current = eventForm();
    current.controls.title.setValue('');
    expect(review.run(() => of('saved'), jest.fn())).toBe(false);
    expect(current.controls.title.touched).toBe(true);
    expect(review.errors()).toEqual([{ key: 'review.scoreAll' }]);
  });

  it('works for an action without a form', () => {
    const action = TestBed.runInInjectionContext(() => formSubmit());
    const success = jest.fn();
    action.run(() => of(3), success);
    expect(success).toHaveBeenCalledWith(3);
    action.run(() => throwError(() => new HttpErrorResponse({ status: 0 })), jest.fn());
    expect(action.errors()).toEqual([{ key: 'errors.network' }]);
  });

  it('drops the answer of a request still running when the page goes', () => {
    const answer = new Subject<string>();
    const success = jest.fn();
    submission.run(() => answer, success);
    TestBed.resetTestingModule();
    answer.next('late');
    expect(success).not.toHaveBeenCalled();
  });
});
