import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { EmailTemplateDto } from '@markt/shared';
import { switchMap } from 'rxjs';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { EmailFieldsComponent } from './email-fields.component';
import { emailForm, emailRequests } from './email-form';
import { NotificationsService } from './notifications.service';

/** Subject and body of one template (kind × language), with reset to the built-in default. */
@Component({
  selector: 'app-email-template-form',
  imports: [...FORM_IMPORTS, EmailFieldsComponent],
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
      <app-email-fields [form]="form" [idPrefix]="prefix" labels="templates" [bodyRows]="8" />
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
  protected readonly form = emailForm();
  private readonly requests = emailRequests<EmailTemplateDto>(this.form, (result) => this.changed.emit(result));
  protected readonly submission = this.requests.submission;

  constructor() {
    effect(() => {
      const { subject, body } = this.template();
      untracked(() => this.form.setValue({ subject, body }));
    });
  }

  protected save(): void {
    const { kind, language } = this.template();
    this.requests.save(
      () => this.service.saveTemplate(this.eventId(), kind, language, this.form.getRawValue()),
      'templates.saved',
    );
  }

  protected reset(): void {
    const { kind, language } = this.template();
    const request = this.service.resetTemplate(this.eventId(), kind, language).pipe(
      switchMap(() => this.service.templates(this.eventId())),
      switchMap((list) => list.filter((t) => t.kind === kind && t.language === language)),
    );
    this.requests.run(request, 'templates.resetDone');
  }
}
