import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DefinedTextFieldComponent, TextFieldDef } from '../ui/defined-text-field.component';
import { EmailForm } from './email-form';

/**
 * The subject line and the body (a text area) of an email form — a template or a message in the outbox — with
 * ids `<idPrefix>-subject` / `<idPrefix>-body` and labels `<labels>.subject` / `<labels>.body`.
 */
@Component({
  selector: 'app-email-fields',
  imports: [DefinedTextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-defined-text-field [field]="subject()" [control]="form().controls.subject" />
    <app-defined-text-field [field]="body()" [control]="form().controls.body" />
  `,
})
export class EmailFieldsComponent {
  readonly form = input.required<EmailForm>();
  readonly idPrefix = input.required<string>();
  /** Translation key prefix of the two labels. */
  readonly labels = input.required<string>();
  readonly bodyRows = input.required<number>();
  protected readonly subject = computed<TextFieldDef>(() => ({
    id: this.idPrefix() + '-subject',
    label: this.labels() + '.subject',
  }));
  protected readonly body = computed<TextFieldDef>(() => ({
    id: this.idPrefix() + '-body',
    label: this.labels() + '.body',
    rows: this.bodyRows(),
  }));
}
