import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { FIELD_IMPORTS, FieldBase } from './field-base';

/**
 * A choice of a select: its label a translation key (with parameters), or a text shown as it is (e.g. an event's
 * topic). Values are strings or numbers (a rotation in degrees) and reach the control as they are.
 */
export type SelectOption<T extends string | number = string> = { value: T } & (
  | { key: string; params?: Record<string, string | number> }
  | { text: string }
);

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
          @let text = 'key' in option ? (option.key | t: option.params) : option.text;
          <!-- a string is the option's own value (as the address and the browser see it), a number goes as a number -->
          @if (textValues()) {
            <option [value]="option.value">{{ text }}</option>
          } @else {
            <option [ngValue]="option.value">{{ text }}</option>
          }
        }
      </select>
      @if (hint(); as text) {
        <mat-hint>{{ text }}</mat-hint>
      }
      <mat-error>{{ control().errors | fieldError }}</mat-error>
    </mat-form-field>
  `,
})
export class SelectFieldComponent<T extends string | number> extends FieldBase<T> {
  readonly options = input.required<readonly SelectOption<T>[]>();
  protected readonly textValues = computed(() => this.options().every((option) => typeof option.value === 'string'));
}

/** Options for values whose labels are the keys `prefix + value`, e.g. `role.admin`. */
export function keyedOptions<T extends string>(values: readonly T[], prefix: string): SelectOption<T>[] {
  return values.map((value) => ({ value, key: prefix + value }));
}
