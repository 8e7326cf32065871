import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { FIELD_IMPORTS, FieldBase } from './field-base';

/** A choice of a select: its label a translation key, or a text shown as it is (e.g. an event's topic). */
export type SelectOption<T extends string = string> = { value: T } & ({ key: string } | { text: string });

/**
 * A native select in a Material form field: label, options, optional hint and the control's error.
 * `<app-select-field fieldId="staff-role" [label]="'staff.role' | t" [control]="form.controls.role" [options]="roleOptions" />`
 */
@Component({
  selector: 'app-select-field',
  imports: [...FIELD_IMPORTS, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field' },
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <select matNativeControl [id]="fieldId()" [formControl]="control()">
        @for (option of options(); track option.value) {
          <option [value]="option.value">{{ 'key' in option ? (option.key | t) : option.text }}</option>
        }
      </select>
      @if (hint(); as text) {
        <mat-hint>{{ text }}</mat-hint>
      }
      <mat-error>{{ control().errors | fieldError }}</mat-error>
    </mat-form-field>
  `,
})
export class SelectFieldComponent<T extends string> extends FieldBase<T> {
  readonly options = input.required<readonly SelectOption<T>[]>();
}

/** Options for values whose labels are the keys `prefix + value`, e.g. `role.admin`. */
export function keyedOptions<T extends string>(values: readonly T[], prefix: string): SelectOption<T>[] {
  return values.map((value) => ({ value, key: prefix + value }));
}
