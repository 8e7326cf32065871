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
  template: `
    @let m = message();
    <article class="card" [attr.aria-labelledby]="'msg-' + m.id">
      <h2 [id]="'msg-' + m.id" class="outbox__subject">{{ m.subject }}</h2>
      <p [class]="'badge badge--outbox-' + m.status">{{ 'outbox.status.' + m.status | t }}</p>
      <dl class="facts">
        <div>
          <dt>{{ 'outbox.to' | t }}</dt>
          <dd>{{ m.to }}</dd>
        </div>
        <div>
          <dt>{{ 'outbox.createdAt' | t }}</dt>
          <dd>{{ m.createdAt | localDateTime }}</dd>
        </div>
        @if (m.sentAt) {
          <div>
            <dt>{{ 'outbox.sentAt' | t }}</dt>
            <dd>{{ m.sentAt | localDateTime }}</dd>
          </div>
        }
        <div>
          <dt>{{ 'outbox.attempts' | t }}</dt>
          <dd>{{ m.attempts }}</dd>
        </div>
        @if (m.lastError) {
          <div>
            <dt>{{ 'outbox.lastError' | t }}</dt>
            <dd>{{ m.lastError }}</dd>
          </div>
        }
      </dl>
      @if (editing()) {
        <app-form-error-summary [items]="submission.errors()" />
        <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form form--wide">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'outbox.subject' | t }}</mat-label>
            <input matInput formControlName="subject" />
            <mat-error>{{ form.controls.subject.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'outbox.body' | t }}</mat-label>
            <textarea matInput formControlName="body" rows="10"></textarea>
            <mat-error>{{ form.controls.body.errors | fieldError }}</mat-error>
          </mat-form-field>
          <div class="form__actions">
            <button mat-flat-button type="submit" [disabled]="submission.pending()">{{ 'outbox.save' | t }}</button>
            <button mat-stroked-button type="button" (click)="editing.set(false)">{{ 'common.cancel' | t }}</button>
          </div>
        </form>
      } @else {
        <details>
          <!-- aria-label: a visually hidden span adds a space before the colon in the accessible name -->
          <summary [attr.aria-label]="'common.actionFor' | t: { action: ('outbox.read' | t), name: m.subject }">
            {{ 'outbox.read' | t }}
          </summary>
          <p class="prewrap">{{ m.body }}</p>
        </details>
        <div role="alert">
          @if (submission.errors().length > 0) {
            <p class="message message--error">{{ submission.errors()[0].key | t }}</p>
          }
        </div>
        <div class="form__actions">
          @if (m.status !== sent) {
            <button
              mat-stroked-button
              type="button"
              [attr.aria-label]="'common.actionFor' | t: { action: ('outbox.edit' | t), name: m.subject }"
              (click)="startEditing()"
            >
              {{ 'outbox.edit' | t }}
            </button>
          }
          @if (m.status === failed) {
            <button
              mat-flat-button
              type="button"
              [disabled]="submission.pending()"
              [attr.aria-label]="'common.actionFor' | t: { action: ('outbox.retry' | t), name: m.subject }"
              (click)="retry()"
            >
              {{ 'outbox.retry' | t }}
            </button>
          }
        </div>
      }
    </article>
  `,
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
