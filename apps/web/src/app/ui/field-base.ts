import { Directive, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorPipe } from '../core/forms/field-error.pipe';

/** What a field component's template needs: a Material form field around an input, and the error's text. */
export const FIELD_IMPORTS = [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldErrorPipe] as const;

/** What the field components (text, number) take alike: the control, the input's id, its label and a hint. */
@Directive()
export abstract class FieldBase<T> {
  readonly control = input.required<FormControl<T>>();
  /** The input's id (the form's error links and „asked fields“ marks find it by this). */
  readonly fieldId = input.required<string>();
  /** Already translated, with the required mark if any. */
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
}
