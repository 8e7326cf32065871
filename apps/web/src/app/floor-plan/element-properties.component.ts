import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { FEATURE_KINDS, FLOOR_PLAN_LIMITS, FeatureKind, FloorFeature, Rotation } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { NumberFieldComponent } from '../ui/number-field.component';
import { SelectFieldComponent, keyedOptions } from '../ui/select-field.component';
import { TextFieldComponent } from '../ui/text-field.component';
import { PlacementFieldsComponent } from './placement-fields.component';
import { measureControl } from './plan-controls';
import { PropertyFormDirective } from './property-form.directive';
import { EditorStand } from './plan-state';

const L = FLOOR_PLAN_LIMITS;
// The form holds what is typed; it goes into the plan when the field is left or Enter is pressed.
const onBlur = { nonNullable: true } as const;
const onChange = onBlur;
const position = () => measureControl(0, -L.room.max, L.room.max);

function standForm() {
  return new FormGroup({
    number: new FormControl('', { ...onBlur, validators: [Validators.required, Validators.maxLength(L.number)] }),
    x: position(),
    y: position(),
    width: measureControl(2, L.stand.min, L.stand.max),
    depth: measureControl(1, L.stand.min, L.stand.max),
    rotation: new FormControl<Rotation>(0, onChange),
    hasPower: new FormControl(false, onChange),
    stepFree: new FormControl(true, onChange),
    capacity: measureControl(1, L.capacity.min, L.capacity.max, Validators.pattern(/^\d+$/)),
    notes: new FormControl('', { ...onBlur, validators: [Validators.maxLength(L.notes)] }),
  });
}

function featureForm() {
  return new FormGroup({
    kind: new FormControl<FeatureKind>(FeatureKind.Wall, onChange),
    label: new FormControl('', { ...onBlur, validators: [Validators.maxLength(100)] }),
    x: position(),
    y: position(),
    width: measureControl(1, 0.1, L.room.max),
    depth: measureControl(1, 0.1, L.room.max),
    rotation: new FormControl<Rotation>(0, onChange),
  });
}

/**
 * Form for the selected stand or feature. A valid change is emitted as a patch (one undo step) when a
 * field is left, on Enter, and at once for checkboxes and selects (a checkbox reports through its own
 * `change`, the native one does not reach the form). The page blurs the focused field
 * before it changes the selection, so a typed value is kept even when the drawing is clicked next.
 */
@Component({
  selector: 'app-element-properties',
  imports: [
    ...FORM_IMPORTS,
    MatCheckboxModule,
    TextFieldComponent,
    NumberFieldComponent,
    SelectFieldComponent,
    PlacementFieldsComponent,
    PropertyFormDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    mat-checkbox {
      display: block;
    }
  `,
  templateUrl: './element-properties.component.html',
})
export class ElementPropertiesComponent {
  readonly stand = input<EditorStand | null>(null);
  readonly feature = input<FloorFeature | null>(null);
  readonly standChange = output<Partial<EditorStand>>();
  readonly featureChange = output<Partial<FloorFeature>>();

  protected readonly limits = L;
  protected readonly kinds = keyedOptions(FEATURE_KINDS, 'floorPlan.kind.');
  protected readonly standForm = standForm();
  protected readonly featureForm = featureForm();

  constructor() {
    effect(() => {
      const stand = this.stand();
      if (stand) {
        const { number, x, y, width, depth, rotation, hasPower, stepFree, capacity, notes } = stand;
        this.standForm.reset(
          { number, x, y, width, depth, rotation, hasPower, stepFree, capacity, notes: notes ?? '' },
          { emitEvent: false },
        );
      }
    });
    effect(() => {
      const feature = this.feature();
      if (feature) {
        const { kind, label, x, y, width, depth, rotation } = feature;
        this.featureForm.reset({ kind, label: label ?? '', x, y, width, depth, rotation }, { emitEvent: false });
      }
    });
  }

  protected emitStand(): void {
    if (this.standForm.invalid) return;
    const value = this.standForm.getRawValue();
    this.standChange.emit({
      ...value,
      number: value.number.trim(),
      capacity: Number(value.capacity),
      notes: value.notes.trim() || undefined,
    });
  }

  protected emitFeature(): void {
    if (this.featureForm.invalid) return;
    const value = this.featureForm.getRawValue();
    this.featureChange.emit({ ...value, label: value.label.trim() || undefined });
  }
}
