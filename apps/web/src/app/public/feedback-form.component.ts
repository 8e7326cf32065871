import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, Validators } from '@angular/forms';
import { FeedbackInput, LIMITS } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { TextFieldComponent } from '../ui/text-field.component';
import { FeedbackService } from './feedback.service';

/** Feedback form of the accessibility statement (BITV NRW). */
@Component({
  selector: 'app-feedback-form',
  imports: [...FORM_IMPORTS, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status">
      @if (sent()) {
        <p class="message message--success">{{ 'feedback.success' | t }}</p>
      }
    </div>
    <app-form-error-summary [items]="submission.errors()" />
    <form #formEl [formGroup]="form" (ngSubmit)="submit()" novalidate class="form">
      <app-text-field
        fieldId="feedback-message"
        [rows]="6"
        [label]="'feedback.message' | t"
        [control]="form.controls.message"
      />
      <app-text-field
        fieldId="feedback-email"
        type="email"
        autocomplete="email"
        [label]="'feedback.email' | t"
        [control]="form.controls.email"
      />
      <app-text-field fieldId="feedback-page" [label]="'feedback.page' | t" [control]="form.controls.page" />
      <div class="form__actions">
        <button mat-flat-button type="submit">{{ 'feedback.submit' | t }}</button>
      </div>
    </form>
  `,
})
export class FeedbackFormComponent {
  private readonly feedback = inject(FeedbackService);
  private readonly formEl = viewChild<ElementRef<HTMLFormElement>>('formEl');
  protected readonly sent = signal(false);

  /** resetForm (not form.reset) also clears the submitted state, so the emptied form shows no errors. */
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly form = new FormGroup({
    message: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.feedback.message)],
    }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.email, Validators.maxLength(LIMITS.email)],
    }),
    page: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(LIMITS.feedback.page)] }),
  });

  protected readonly submission = formSubmit(this.form, () => this.formEl()?.nativeElement);

  protected submit(): void {
    this.sent.set(false);
    const { message, email, page } = this.form.getRawValue();
    const input: FeedbackInput = { message: message.trim() };
    if (email.trim()) input.email = email.trim();
    if (page.trim()) input.page = page.trim();
    this.submission.run(
      () => this.feedback.send(input),
      () => {
        this.sent.set(true);
        this.formDirective().resetForm();
      },
    );
  }
}
