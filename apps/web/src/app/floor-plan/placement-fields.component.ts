import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ROTATIONS, Rotation } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
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
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, MeasureFieldsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    mat-form-field {
      width: 100%;
    }
  `,
  template: `
    <app-measure-fields [fields]="measures()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'floorPlan.props.rotation' | t }}</mat-label>
        <select matNativeControl id="prop-rotation" [formControl]="controls().rotation">
          @for (r of rotations; track r) {
            <option [ngValue]="r">{{ 'floorPlan.props.degrees' | t: { n: r } }}</option>
          }
        </select>
      </mat-form-field>
      <ng-content />
    </app-measure-fields>
  `,
})
export class PlacementFieldsComponent {
  readonly controls = input.required<PlacementControls>();
  protected readonly measures = computed(() =>
    metreFields(this.controls(), ['x', 'y', 'width', 'depth'], 'prop-', 'floorPlan.props.'),
  );
  protected readonly rotations = ROTATIONS;
}
