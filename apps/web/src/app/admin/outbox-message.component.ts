import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { OutboxMessageDto, OutboxStatus } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { ActionForDirective } from '../ui/action-for.directive';
import { DefinitionRowComponent } from '../ui/definition-row.component';
import { EmailFieldsComponent } from './email-fields.component';
import { emailForm, emailRequests } from './email-form';
import { NotificationsService } from './notifications.service';

/** One outgoing email: facts, the body behind a disclosure, editing while unsent, retry when failed. */
@Component({
  selector: 'app-outbox-message',
  imports: [...FORM_IMPORTS, EmailFieldsComponent, DefinitionRowComponent, ActionForDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './outbox-message.component.html',
})
export class OutboxMessageComponent {
  readonly message = input.required<OutboxMessageDto>();
  readonly changed = output<OutboxMessageDto>();
  private readonly service = inject(NotificationsService);
  protected readonly sent = OutboxStatus.Sent;
  protected readonly failed = OutboxStatus.Failed;
  protected readonly editing = signal(false);
  protected readonly form = emailForm();
  private readonly requests = emailRequests<OutboxMessageDto>(this.form, (result) => {
    this.editing.set(false);
    this.changed.emit(result);
  });
  protected readonly submission = this.requests.submission;

  protected startEditing(): void {
    this.form.setValue({ subject: this.message().subject, body: this.message().body });
    this.submission.setErrors([]);
    this.editing.set(true);
  }

  protected save(): void {
    this.requests.save(() => this.service.editMessage(this.message().id, this.form.getRawValue()), 'outbox.saved');
  }

  protected retry(): void {
    this.requests.run(this.service.retry(this.message().id), 'outbox.retried');
  }
}
