import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl } from '@angular/forms';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { TextFieldComponent } from './text-field.component';

/** What a text field shows, written once beside the form: its id, translation keys and the input's kind. */
export interface TextFieldDef {
  id: string;
  /** Translation key of the label. */
  label: string;
  /** Marks the label as required (`*`), where the form's hint explains the mark. */
  required?: boolean;
  /** Translation key of the hint. */
  hint?: string;
  type?: TextFieldComponent['type'] extends () => infer T ? T : never;
  autocomplete?: string;
  /** Lines of a text area; without, a one-line input. */
  rows?: number;
  maxlength?: number;
}

/**
 * An `app-text-field` from its definition, with label and hint translated:
 * `<app-defined-text-field [field]="{ id: 'review-comment', label: 'review.comment', rows: 4 }" [control]="c" />`
 */
@Component({
  selector: 'app-defined-text-field',
  imports: [TranslatePipe, TextFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // No box of its own: in a row of fields the text field itself is the row's item.
  styles: `
    :host {
      display: contents;
    }
  `,
  template: `
    @let f = field();
    <app-text-field
      [fieldId]="f.id"
      [label]="(f.label | t) + (f.required ? ' *' : '')"
      [hint]="f.hint ? (f.hint | t) : null"
      [type]="f.type ?? 'text'"
      [autocomplete]="f.autocomplete ?? null"
      [rows]="f.rows ?? null"
      [maxlength]="f.maxlength ?? null"
      [control]="control()"
    />
  `,
})
export class DefinedTextFieldComponent {
  readonly field = input.required<TextFieldDef>();
  readonly control = input.required<FormControl<string>>();
}
