import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { LIMITS, OutboxMessageDto, OutboxStatus } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { handleFormError } from '../core/forms/server-errors';
import { LocalDateTimePipe } from '../core/i18n/date.pipe';
import { NotificationService } from '../core/notification.service';
import { NotificationsService } from './notifications.service';

/** One outgoing email: facts, the body behind a disclosure, editing while unsent, retry when failed. */
@Component({
  selector: 'app-outbox-message',
  imports: [...FORM_IMPORTS, LocalDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './outbox-message.component.html',
})
export class OutboxMessageComponent {
  readonly message = input.required<OutboxMessageDto>();
  readonly changed = output<OutboxMessageDto>();
  private readonly service = inject(NotificationsService);
  private readonly notifications = inject(NotificationService);
  protected readonly sent = OutboxStatus.Sent;
  protected readonly failed = OutboxStatus.Failed;
  protected readonly editing = signal(false);
  /** Saving checks the form itself; resetting or retrying works whatever the fields hold. */
  protected readonly submission = formSubmit();
  protected readonly form = new FormGroup({
    subject: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.template.subject)],
    }),
    body: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.template.body)],
    }),
  });

  protected startEditing(): void {
    this.form.setValue({ subject: this.message().subject, body: this.message().body });
    this.submission.setErrors([]);
    this.editing.set(true);
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.submission.setErrors([{ key: 'form.fixErrors' }]);
      return;
    }
    this.run(this.service.editMessage(this.message().id, this.form.getRawValue()), 'outbox.saved');
  }

  protected retry(): void {
    this.run(this.service.retry(this.message().id), 'outbox.retried');
  }

  private run(request: ReturnType<NotificationsService['retry']>, successKey: string): void {
    this.submission.run(
      () => request,
      (result) => {
        this.editing.set(false);
        this.notifications.show({ key: successKey });
        this.changed.emit(result);
      },
      (error) => handleFormError(this.form, error),
    );
  }
}
