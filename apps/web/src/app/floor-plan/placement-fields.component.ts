import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ROTATIONS, Rotation } from '@markt/shared';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { NumberFieldComponent } from '../ui/number-field.component';

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
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, NumberFieldComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './field-grid.scss',
  styles: `
    mat-form-field {
      width: 100%;
    }
  `,
  template: `
    <div class="field-grid">
      @for (name of measures; track name) {
        <app-number-field
          [fieldId]="'prop-' + name"
          [label]="'floorPlan.props.' + name | t"
          [control]="controls()[name]"
          [step]="0.5"
        />
      }
      <mat-form-field appearance="outline">
        <mat-label>{{ 'floorPlan.props.rotation' | t }}</mat-label>
        <select matNativeControl id="prop-rotation" [formControl]="controls().rotation">
          @for (r of rotations; track r) {
            <option [ngValue]="r">{{ 'floorPlan.props.degrees' | t: { n: r } }}</option>
          }
        </select>
      </mat-form-field>
      <ng-content />
    </div>
  `,
})
export class PlacementFieldsComponent {
  readonly controls = input.required<PlacementControls>();
  protected readonly measures = ['x', 'y', 'width', 'depth'] as const;
  protected readonly rotations = ROTATIONS;
}
