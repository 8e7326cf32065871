import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorPipe } from '../core/forms/field-error.pipe';

/**
 * A text input (or, given `rows`, a text area) in a Material form field: label, optional hint and the
 * control's error. `<app-text-field fieldId="f-projectTitle" [label]="'field.projectTitle' | t" [control]="form.controls.projectTitle" />`
 */
@Component({
  selector: 'app-text-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      @if (rows(); as lines) {
        <textarea matInput [id]="fieldId()" [rows]="lines" [formControl]="control()"></textarea>
      } @else {
        <input
          matInput
          [id]="fieldId()"
          [type]="type()"
          [attr.autocomplete]="autocomplete()"
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
export class TextFieldComponent {
  readonly control = input.required<FormControl<string>>();
  /** The input's id (the form's error links and „asked fields“ marks find it by this). */
  readonly fieldId = input.required<string>();
  /** Already translated, with the required mark if any. */
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly type = input<'text' | 'email' | 'tel' | 'url'>('text');
  readonly autocomplete = input<string | null>(null);
  /** Lines of a text area; without, a one-line input. */
  readonly rows = input<number | null>(null);
}
