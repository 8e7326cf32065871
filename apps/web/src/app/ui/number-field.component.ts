import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorPipe } from '../core/forms/field-error.pipe';

/**
 * A number input in a Material form field: label, optional hint, the control's error, and the limits the
 * server checks as `min`/`max`. A step below 1 asks phones for a decimal keyboard.
 * `<app-number-field fieldId="f-tables" [label]="'field.tables' | t" [control]="form.controls.tables" [min]="0" [max]="20" />`
 */
@Component({
  selector: 'app-number-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="number"
        [id]="fieldId()"
        [attr.inputmode]="inputMode()"
        [step]="step()"
        [min]="min()"
        [max]="max()"
        [formControl]="control()"
      />
      @if (hint(); as text) {
        <mat-hint>{{ text }}</mat-hint>
      }
      <mat-error>{{ control().errors | fieldError }}</mat-error>
    </mat-form-field>
  `,
})
export class NumberFieldComponent {
  readonly control = input.required<FormControl<number | null>>();
  /** The input's id (the form's error links and „asked fields“ marks find it by this). */
  readonly fieldId = input.required<string>();
  /** Already translated, with the required mark if any. */
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly min = input<number | null>(null);
  readonly max = input<number | null>(null);
  readonly step = input(1);
  protected readonly inputMode = computed(() => (Number.isInteger(this.step()) ? 'numeric' : 'decimal'));
}
