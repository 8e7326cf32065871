import { ChangeDetectionStrategy, Component } from '@angular/core';
import { DefinedField, FieldDef } from './defined-field';
import { NumberFieldComponent } from './number-field.component';

/** What a number field shows, written once beside the form: its id, translation keys and limits. */
export interface NumberFieldDef extends FieldDef {
  /** Limits worth giving the input itself (the control checks its own). */
  min?: number;
  max?: number;
  /** Below 1 asks phones for a decimal keyboard. */
  step?: number;
}

/**
 * An `app-number-field` from its definition:
 * `<app-defined-number-field [field]="{ id: 'f-tables', label: 'field.tables', min: 0, max: 20 }" [control]="c" />`
 */
@Component({
  selector: 'app-defined-number-field',
  imports: [NumberFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let f = field();
    <app-number-field
      [fieldId]="f.id"
      [label]="label()"
      [hint]="hint()"
      [min]="f.min ?? null"
      [max]="f.max ?? null"
      [step]="f.step ?? 1"
      [control]="control()"
    />
  `,
})
export class DefinedNumberFieldComponent extends DefinedField<NumberFieldDef, number | null> {}
