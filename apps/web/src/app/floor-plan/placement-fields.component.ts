import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl } from '@angular/forms';
import { ROTATIONS, Rotation } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { SelectFieldComponent, SelectOption } from '../ui/select-field.component';
import { MeasureFieldsComponent, metreFields } from './measure-fields.component';

/** The controls every element of the plan is placed by: position and size in metres, and rotation. */
export interface PlacementControls {
  x: FormControl<number>;
  y: FormControl<number>;
  width: FormControl<number>;
  depth: FormControl<number>;
  rotation: FormControl<Rotation>;
}

/**
 * Position, size and rotation of the selected stand or feature, in a grid that also takes the projected
 * fields (a stand's places). Only one element is edited at a time, so the ids are fixed.
 */
@Component({
  selector: 'app-placement-fields',
  imports: [TranslatePipe, MeasureFieldsComponent, SelectFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-measure-fields [fields]="measures()">
      <app-select-field
        fieldId="prop-rotation"
        [label]="'floorPlan.props.rotation' | t"
        [control]="controls().rotation"
        [options]="rotations"
      />
      <ng-content />
    </app-measure-fields>
  `,
})
export class PlacementFieldsComponent {
  readonly controls = input.required<PlacementControls>();
  protected readonly measures = computed(() =>
    metreFields(this.controls(), ['x', 'y', 'width', 'depth'], 'prop-', 'floorPlan.props.'),
  );
  protected readonly rotations: SelectOption<Rotation>[] = ROTATIONS.map((n) => ({
    value: n,
    key: 'floorPlan.props.degrees',
    params: { n },
  }));
}
