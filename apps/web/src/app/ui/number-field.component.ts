import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FIELD_IMPORTS, FieldBase } from './field-base';

/**
 * A number input in a Material form field: label, optional hint, the control's error, and the limits the
 * server checks as `min`/`max`. A step below 1 asks phones for a decimal keyboard.
 * `<app-number-field fieldId="f-tables" [label]="'field.tables' | t" [control]="form.controls.tables" [min]="0" [max]="20" />`
 */
@Component({
  selector: 'app-number-field',
  imports: [...FIELD_IMPORTS],
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
export class NumberFieldComponent extends FieldBase<number | null> {
  readonly min = input<number | null>(null);
  readonly max = input<number | null>(null);
  readonly step = input(1);
  protected readonly inputMode = computed(() => (Number.isInteger(this.step()) ? 'numeric' : 'decimal'));
}
