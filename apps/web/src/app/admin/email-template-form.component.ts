import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { EmailTemplateDto } from '@markt/shared';
import { Observable, switchMap } from 'rxjs';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { formSubmit } from '../core/forms/form-submit';
import { handleFormError } from '../core/forms/server-errors';
import { NotificationService } from '../core/notification.service';
import { TextFieldComponent } from '../ui/text-field.component';
import { emailFieldsValid, emailForm } from './email-form';
import { NotificationsService } from './notifications.service';

/** Subject and body of one template (kind × language), with reset to the built-in default. */
@Component({
  selector: 'app-email-template-form',
  imports: [...FORM_IMPORTS, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let tpl = template();
    @let prefix = 'tpl-' + tpl.kind + '-' + tpl.language;
    <form
      [formGroup]="form"
      (ngSubmit)="save()"
      novalidate
      class="form form--wide card"
      [attr.aria-labelledby]="prefix"
    >
      <h3 [id]="prefix">
        {{
          'templates.itemHeading'
            | t: { kind: ('templates.kind.' + tpl.kind | t), language: ('templates.language.' + tpl.language | t) }
        }}
      </h3>
      <p class="badge">{{ (tpl.customised ? 'templates.customised' : 'templates.default') | t }}</p>
      <app-form-error-summary [items]="submission.errors()" />
      <app-text-field
        [fieldId]="prefix + '-subject'"
        [label]="'templates.subject' | t"
        [control]="form.controls.subject"
      />
      <app-text-field
        [fieldId]="prefix + '-body'"
        [label]="'templates.body' | t"
        [control]="form.controls.body"
        [rows]="8"
      />
      <div class="form__actions">
        <button mat-flat-button type="submit" [disabled]="submission.pending()">{{ 'templates.save' | t }}</button>
        @if (tpl.customised) {
          <button mat-stroked-button type="button" [disabled]="submission.pending()" (click)="reset()">
            {{ 'templates.reset' | t }}
          </button>
        }
      </div>
    </form>
  `,
})
export class EmailTemplateFormComponent {
  readonly eventId = input.required<string>();
  readonly template = input.required<EmailTemplateDto>();
  readonly changed = output<EmailTemplateDto>();
  private readonly service = inject(NotificationsService);
  private readonly notifications = inject(NotificationService);
  protected readonly submission = formSubmit();
  protected readonly form = emailForm();

  constructor() {
    effect(() => {
      const { subject, body } = this.template();
      untracked(() => this.form.setValue({ subject, body }));
    });
  }

  protected save(): void {
    if (!emailFieldsValid(this.form, this.submission)) return;
    const { kind, language } = this.template();
    this.run(this.service.saveTemplate(this.eventId(), kind, language, this.form.getRawValue()), 'templates.saved');
  }

  protected reset(): void {
    const { kind, language } = this.template();
    const request = this.service.resetTemplate(this.eventId(), kind, language).pipe(
      switchMap(() => this.service.templates(this.eventId())),
      switchMap((list) => list.filter((t) => t.kind === kind && t.language === language)),
    );
    this.run(request, 'templates.resetDone');
  }

  private run(request: Observable<EmailTemplateDto>, successKey: string): void {
    this.submission.run(
      () => request,
      (result) => {
        this.notifications.show({ key: successKey });
        this.changed.emit(result);
      },
      (error) => handleFormError(this.form, error),
    );
  }
}
