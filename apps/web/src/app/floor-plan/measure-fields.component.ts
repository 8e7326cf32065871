import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl } from '@angular/forms';
import { DefinedNumberFieldComponent, NumberFieldDef } from '../ui/defined-number-field.component';

/** A number of the side panel: a position or size in metres, an opacity. */
export interface MeasureField extends NumberFieldDef {
  control: FormControl<number>;
  step: number;
}

/** Fields in metres (half-metre steps) named after their controls: `prop-x` labelled `floorPlan.props.x`, … */
export function metreFields<K extends string>(
  controls: Record<K, FormControl<number>>,
  names: readonly K[],
  idPrefix: string,
  labelPrefix: string,
): MeasureField[] {
  return names.map((name) => ({ id: idPrefix + name, label: labelPrefix + name, control: controls[name], step: 0.5 }));
}

/** Short number fields of the editor's side panel side by side, as many as its width holds; projected fields join the grid. */
@Component({
  selector: 'app-measure-fields',
  imports: [DefinedNumberFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(7rem, 1fr));
      gap: 0 var(--space-3);
    }
  `,
  template: `
    @for (f of fields(); track f.id) {
      <app-defined-number-field [field]="f" [control]="f.control" />
    }
    <ng-content />
  `,
})
export class MeasureFieldsComponent {
  readonly fields = input.required<readonly MeasureField[]>();
}
