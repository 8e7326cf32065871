import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FIELD_IMPORTS, FieldBase } from './field-base';

/**
 * A text, date or time input (or, given `rows`, a text area) in a Material form field: label, optional hint and the
 * control's error. `<app-text-field fieldId="f-projectTitle" [label]="'field.projectTitle' | t" [control]="form.controls.projectTitle" />`
 */
@Component({
  selector: 'app-text-field',
  imports: [...FIELD_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      @if (rows(); as lines) {
        <textarea
          matInput
          [id]="fieldId()"
          [rows]="lines"
          [attr.maxlength]="maxlength()"
          [formControl]="control()"
        ></textarea>
      } @else {
        <input
          matInput
          [id]="fieldId()"
          [type]="type()"
          [attr.autocomplete]="autocomplete()"
          [attr.maxlength]="maxlength()"
          [formControl]="control()"
        />
      }
      @if (hint(); as text) {
        <mat-hint>{{ text }}</mat-hint>
      }
      <mat-error>{{ control().errors | fieldError }}</mat-error>
    </mat-form-field>
  `,
})
export class TextFieldComponent extends FieldBase<string> {
  readonly type = input<'text' | 'email' | 'tel' | 'url' | 'password' | 'date' | 'time' | 'datetime-local'>('text');
  readonly autocomplete = input<string | null>(null);
  /** Lines of a text area; without, a one-line input. */
  readonly rows = input<number | null>(null);
  /** Characters the browser lets one type at most (the control's own validator says why). */
  readonly maxlength = input<number | null>(null);
}
