import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { FEATURE_KINDS, FLOOR_PLAN_LIMITS, FeatureKind, FloorFeature, ROTATIONS, Rotation } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { EditorStand } from './plan-state';

const L = FLOOR_PLAN_LIMITS;
// The form holds what is typed; it goes into the plan when the field is left or Enter is pressed.
const onBlur = { nonNullable: true } as const;
const onChange = onBlur;
const position = () =>
  new FormControl(0, {
    ...onBlur,
    validators: [Validators.required, Validators.min(-L.room.max), Validators.max(L.room.max)],
  });
const size = (min: number) =>
  new FormControl(1, { ...onBlur, validators: [Validators.required, Validators.min(min), Validators.max(L.room.max)] });

function standForm() {
  return new FormGroup({
    number: new FormControl('', { ...onBlur, validators: [Validators.required, Validators.maxLength(L.number)] }),
    x: position(),
    y: position(),
    width: new FormControl(2, {
      ...onBlur,
      validators: [Validators.required, Validators.min(L.stand.min), Validators.max(L.stand.max)],
    }),
    depth: new FormControl(1, {
      ...onBlur,
      validators: [Validators.required, Validators.min(L.stand.min), Validators.max(L.stand.max)],
    }),
    rotation: new FormControl<Rotation>(0, onChange),
    hasPower: new FormControl(false, onChange),
    stepFree: new FormControl(true, onChange),
    capacity: new FormControl(1, {
      ...onBlur,
      validators: [
        Validators.required,
        Validators.min(L.capacity.min),
        Validators.max(L.capacity.max),
        Validators.pattern(/^\d+$/),
      ],
    }),
    notes: new FormControl('', { ...onBlur, validators: [Validators.maxLength(L.notes)] }),
  });
}

function featureForm() {
  return new FormGroup({
    kind: new FormControl<FeatureKind>(FeatureKind.Wall, onChange),
    label: new FormControl('', { ...onBlur, validators: [Validators.maxLength(100)] }),
    x: position(),
    y: position(),
    width: size(0.1),
    depth: size(0.1),
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
  imports: [...FORM_IMPORTS, MatCheckboxModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .grid2 {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(7rem, 1fr));
      gap: 0 0.75rem;
    }
    mat-form-field {
      width: 100%;
    }
    mat-checkbox {
      display: block;
    }
  `,
  template: `
    @if (stand()) {
      <form
        [formGroup]="standForm"
        (ngSubmit)="emitStand()"
        (focusout)="emitStand()"
        (keydown.enter)="enter($event, true)"
        (change)="emitStand()"
        [attr.aria-label]="'floorPlan.props.standForm' | t: { number: stand()!.number }"
      >
        <mat-form-field appearance="outline">
          <mat-label>{{ 'floorPlan.props.number' | t }}</mat-label>
          <input matInput formControlName="number" id="prop-number" />
          <mat-error>{{ standForm.controls.number.errors | fieldError }}</mat-error>
        </mat-form-field>
        <div class="grid2">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.props.x' | t }}</mat-label>
            <input matInput type="number" step="0.5" formControlName="x" />
            <mat-error>{{ standForm.controls.x.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.props.y' | t }}</mat-label>
            <input matInput type="number" step="0.5" formControlName="y" />
            <mat-error>{{ standForm.controls.y.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.props.width' | t }}</mat-label>
            <input matInput type="number" step="0.5" formControlName="width" />
            <mat-error>{{ standForm.controls.width.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.props.depth' | t }}</mat-label>
            <input matInput type="number" step="0.5" formControlName="depth" />
            <mat-error>{{ standForm.controls.depth.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.props.rotation' | t }}</mat-label>
            <select matNativeControl formControlName="rotation">
              @for (r of rotations; track r) {
                <option [ngValue]="r">{{ 'floorPlan.props.degrees' | t: { n: r } }}</option>
              }
            </select>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.props.capacity' | t }}</mat-label>
            <input
              matInput
              type="number"
              step="1"
              [min]="limits.capacity.min"
              [max]="limits.capacity.max"
              formControlName="capacity"
            />
            <mat-error>{{ standForm.controls.capacity.errors | fieldError }}</mat-error>
          </mat-form-field>
        </div>
        <mat-checkbox formControlName="hasPower" (change)="emitStand()">{{
          'floorPlan.props.hasPower' | t
        }}</mat-checkbox>
        <mat-checkbox formControlName="stepFree" (change)="emitStand()">{{
          'floorPlan.props.stepFree' | t
        }}</mat-checkbox>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'floorPlan.props.notes' | t }}</mat-label>
          <textarea matInput rows="2" formControlName="notes"></textarea>
          <mat-error>{{ standForm.controls.notes.errors | fieldError }}</mat-error>
        </mat-form-field>
      </form>
    } @else if (feature()) {
      <form
        [formGroup]="featureForm"
        (ngSubmit)="emitFeature()"
        (focusout)="emitFeature()"
        (keydown.enter)="enter($event, false)"
        (change)="emitFeature()"
        [attr.aria-label]="'floorPlan.props.featureForm' | t"
      >
        <mat-form-field appearance="outline">
          <mat-label>{{ 'floorPlan.props.kind' | t }}</mat-label>
          <select matNativeControl formControlName="kind">
            @for (k of kinds; track k) {
              <option [value]="k">{{ 'floorPlan.kind.' + k | t }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'floorPlan.props.label' | t }}</mat-label>
          <input matInput formControlName="label" />
          <mat-error>{{ featureForm.controls.label.errors | fieldError }}</mat-error>
        </mat-form-field>
        <div class="grid2">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.props.x' | t }}</mat-label>
            <input matInput type="number" step="0.5" formControlName="x" />
            <mat-error>{{ featureForm.controls.x.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.props.y' | t }}</mat-label>
            <input matInput type="number" step="0.5" formControlName="y" />
            <mat-error>{{ featureForm.controls.y.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.props.width' | t }}</mat-label>
            <input matInput type="number" step="0.5" formControlName="width" />
            <mat-error>{{ featureForm.controls.width.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.props.depth' | t }}</mat-label>
            <input matInput type="number" step="0.5" formControlName="depth" />
            <mat-error>{{ featureForm.controls.depth.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.props.rotation' | t }}</mat-label>
            <select matNativeControl formControlName="rotation">
              @for (r of rotations; track r) {
                <option [ngValue]="r">{{ 'floorPlan.props.degrees' | t: { n: r } }}</option>
              }
            </select>
          </mat-form-field>
        </div>
      </form>
    }
  `,
})
export class ElementPropertiesComponent {
  readonly stand = input<EditorStand | null>(null);
  readonly feature = input<FloorFeature | null>(null);
  readonly standChange = output<Partial<EditorStand>>();
  readonly featureChange = output<Partial<FloorFeature>>();

  protected readonly limits = L;
  protected readonly rotations = ROTATIONS;
  protected readonly kinds = FEATURE_KINDS;
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

  /** Enter applies the field's value (and does not submit anything else). */
  protected enter(event: Event, stand: boolean): void {
    if ((event.target as HTMLElement).tagName === 'TEXTAREA') return;
    event.preventDefault();
    if (stand) this.emitStand();
    else this.emitFeature();
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
