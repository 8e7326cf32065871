import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DefinedField, FieldDef } from './defined-field';
import { TextFieldComponent } from './text-field.component';

/** What a text field shows, written once beside the form: its id, translation keys and the input's kind. */
export interface TextFieldDef extends FieldDef {
  type?: TextFieldComponent['type'] extends () => infer T ? T : never;
  autocomplete?: string;
  /** Lines of a text area; without, a one-line input. */
  rows?: number;
  maxlength?: number;
}

/**
 * An `app-text-field` from its definition:
 * `<app-defined-text-field [field]="{ id: 'review-comment', label: 'review.comment', rows: 4 }" [control]="c" />`
 */
@Component({
  selector: 'app-defined-text-field',
  imports: [TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = field();
    <app-text-field
      [fieldId]="f.id"
      [label]="label()"
      [hint]="hint()"
      [type]="f.type ?? 'text'"
      [autocomplete]="f.autocomplete ?? null"
      [rows]="f.rows ?? null"
      [maxlength]="f.maxlength ?? null"
      [control]="control()"
    />
  `,
})
export class DefinedTextFieldComponent extends DefinedField<TextFieldDef, string> {}
