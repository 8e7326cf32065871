import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { OutboxMessageDto, OutboxStatus } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { handleFormError } from '../core/forms/server-errors';
import { NotificationService } from '../core/notification.service';
import { DefinitionRowComponent } from '../ui/definition-row.component';
import { TextFieldComponent } from '../ui/text-field.component';
import { emailFieldsValid, emailForm } from './email-form';
import { NotificationsService } from './notifications.service';

/** One outgoing email: facts, the body behind a disclosure, editing while unsent, retry when failed. */
@Component({
  selector: 'app-outbox-message',
  imports: [...FORM_IMPORTS, TextFieldComponent, DefinitionRowComponent],
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
  protected readonly submission = formSubmit();
  protected readonly form = emailForm();

  protected startEditing(): void {
    this.form.setValue({ subject: this.message().subject, body: this.message().body });
    this.submission.setErrors([]);
    this.editing.set(true);
  }

  protected save(): void {
    if (!emailFieldsValid(this.form, this.submission)) return;
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
