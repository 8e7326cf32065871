import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormGroup, Validators } from '@angular/forms';
import { FeedbackInput, LIMITS } from '@markt/shared';
import { textControl } from '../core/forms/text-control';
import { FormShellComponent, ShellForm } from '../ui/form-shell.component';
import { SuccessStatusComponent } from '../ui/success-status.component';
import { FeedbackService } from './feedback.service';

/** Feedback form of the accessibility statement (BITV NRW). */
@Component({
  selector: 'app-feedback-form',
  imports: [FormShellComponent, SuccessStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-success-status [key]="sent() ? 'feedback.success' : null" />
    <app-form-shell [spec]="feedbackForm" />
  `,
})
export class FeedbackFormComponent {
  private readonly feedback = inject(FeedbackService);
  protected readonly sent = signal(false);

  private readonly shell = viewChild.required(FormShellComponent);
  private readonly form = new FormGroup({
    message: textControl([Validators.required, Validators.maxLength(LIMITS.feedback.message)]),
    email: textControl([Validators.email, Validators.maxLength(LIMITS.email)]),
    page: textControl([Validators.maxLength(LIMITS.feedback.page)]),
  });

  protected readonly feedbackForm: ShellForm = {
    form: this.form,
    fields: [
      { id: 'feedback-message', label: 'feedback.message', rows: 6, control: this.form.controls.message },
      {
        id: 'feedback-email',
        label: 'feedback.email',
        type: 'email',
        autocomplete: 'email',
        control: this.form.controls.email,
      },
      { id: 'feedback-page', label: 'feedback.page', control: this.form.controls.page },
    ],
    submitKey: 'feedback.submit',
    started: () => this.sent.set(false),
    request: () => {
      const { message, email, page } = this.form.getRawValue();
      const input: FeedbackInput = { message: message.trim() };
      if (email.trim()) input.email = email.trim();
      if (page.trim()) input.page = page.trim();
      return this.feedback.send(input);
    },
    success: () => {
      this.sent.set(true);
      this.shell().resetForm();
    },
  };
}
