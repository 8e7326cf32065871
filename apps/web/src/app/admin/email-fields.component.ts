import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { TextFieldComponent } from '../ui/text-field.component';
import { EmailForm } from './email-form';

/**
 * The subject line and the body (a text area) of an email form — a template or a message in the outbox — with
 * ids `<idPrefix>-subject` / `<idPrefix>-body` and labels `<labels>.subject` / `<labels>.body`.
 */
@Component({
  selector: 'app-email-fields',
  imports: [TranslatePipe, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (field of fields; track field) {
      <app-text-field
        [fieldId]="idPrefix() + '-' + field"
        [label]="labels() + '.' + field | t"
        [control]="form().controls[field]"
        [rows]="field === 'body' ? bodyRows() : null"
      />
    }
  `,
})
export class EmailFieldsComponent {
  readonly form = input.required<EmailForm>();
  readonly idPrefix = input.required<string>();
  /** Translation key prefix of the two labels. */
  readonly labels = input.required<string>();
  readonly bodyRows = input.required<number>();
  protected readonly fields = ['subject', 'body'] as const;
}
