import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { FLOOR_PLAN_LIMITS, FloorPlanDto } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { ErrorItem } from '../core/forms/server-errors';
import { FileUpload, FileUploadComponent } from '../ui/file-upload.component';
import { FloorPlanService } from './floor-plan.service';
import { MeasureField, MeasureFieldsComponent, metreFields } from './measure-fields.component';
import { measureControl } from './plan-controls';
import { PlanState } from './plan-state';
import { PropertyFormDirective } from './property-form.directive';

const L = FLOOR_PLAN_LIMITS;
const roomSize = () => measureControl(10, L.room.min, L.room.max);
const BACKGROUND_TYPES = ['image/png', 'image/jpeg'];
const BACKGROUND_MAX_MB = L.backgroundBytes / 1024 / 1024;
/** Checks a scan of the room for what the server checks first (type and size) before uploading it. */
export function backgroundFileError(file: Pick<File, 'size' | 'type'>): ErrorItem | null {
  if (!BACKGROUND_TYPES.includes(file.type)) return { key: 'validation.fileType' };
  if (file.size > L.backgroundBytes) return { key: 'validation.fileTooLarge', params: { max: BACKGROUND_MAX_MB } };
  return null;
}

/** What this form shows and changes of the plan. */
export type Room = Pick<PlanState, 'width' | 'depth' | 'background'>;

/** Room size and background image, shown when no element is selected; typed values apply when the field is left or on Enter. */
@Component({
  selector: 'app-room-properties',
  imports: [...FORM_IMPORTS, MeasureFieldsComponent, PropertyFormDirective, FileUploadComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form appPropertyForm [formGroup]="roomForm" (apply)="emitRoom()" [attr.aria-label]="'floorPlan.room.form' | t">
      <app-measure-fields [fields]="roomFields" />
    </form>
    <app-file-upload [upload]="backgroundUpload" />
    @if (room().background) {
      <form
        appPropertyForm
        [formGroup]="bgForm"
        (apply)="emitBackground()"
        [attr.aria-label]="'floorPlan.room.backgroundForm' | t"
      >
        <app-measure-fields [fields]="backgroundFields" />
      </form>
      <button mat-stroked-button type="button" (click)="roomChange.emit({ background: null })">
        {{ 'floorPlan.room.removeBackground' | t }}
      </button>
    }
  `,
})
export class RoomPropertiesComponent {
  readonly eventId = input.required<string>();
  readonly room = input.required<Room>();
  /** A valid change of the size or of the background image (null: removed). */
  readonly roomChange = output<Partial<Room>>();

  private readonly service = inject(FloorPlanService);
  protected readonly roomForm = new FormGroup({ width: roomSize(), depth: roomSize() });
  protected readonly bgForm = new FormGroup({
    x: new FormControl(0, { nonNullable: true, validators: [Validators.required] }),
    y: new FormControl(0, { nonNullable: true, validators: [Validators.required] }),
    width: measureControl(10, 1, L.room.max),
    opacity: measureControl(0.5, 0, 1),
  });

  protected readonly roomFields = metreFields(
    this.roomForm.controls,
    ['width', 'depth'],
    'fp-room-',
    'floorPlan.room.',
  );
  protected readonly backgroundFields: MeasureField[] = [
    { id: 'fp-bg-x', label: 'floorPlan.room.bgX', control: this.bgForm.controls.x, step: 0.5 },
    { id: 'fp-bg-y', label: 'floorPlan.room.bgY', control: this.bgForm.controls.y, step: 0.5 },
    { id: 'fp-bg-width', label: 'floorPlan.room.bgWidth', control: this.bgForm.controls.width, step: 0.5 },
    {
      id: 'fp-bg-opacity',
      label: 'floorPlan.room.bgOpacity',
      control: this.bgForm.controls.opacity,
      step: 0.1,
      min: 0,
      max: 1,
    },
  ];

  // The room is the whole plan, which changes with every stand moved: the forms follow only their own values, so a
  // value still being corrected is not reset by an unrelated change.
  private readonly size = computed(() => ({ width: this.room().width, depth: this.room().depth }), {
    equal: (a, b) => a.width === b.width && a.depth === b.depth,
  });
  private readonly background = computed(() => this.room().background);

  constructor() {
    effect(() => this.roomForm.reset(this.size(), { emitEvent: false }));
    effect(() => {
      const bg = this.background();
      if (bg) this.bgForm.reset({ x: bg.x, y: bg.y, width: bg.width, opacity: bg.opacity }, { emitEvent: false });
    });
  }

  protected emitRoom(): void {
    if (this.roomForm.valid) this.roomChange.emit(this.roomForm.getRawValue());
  }

  /** Only a changed placement is applied: leaving a field untouched adds no undo step. */
  protected emitBackground(): void {
    const bg = this.room().background;
    if (!bg || this.bgForm.invalid) return;
    const next = { ...bg, ...this.bgForm.getRawValue() };
    if (next.x !== bg.x || next.y !== bg.y || next.width !== bg.width || next.opacity !== bg.opacity)
      this.roomChange.emit({ background: next });
  }

  /** The scan is uploaded straight away (the server decodes and re-encodes it); the plan then only refers to it. */
  protected readonly backgroundUpload: FileUpload<FloorPlanDto> = {
    fieldId: 'fp-background',
    label: 'floorPlan.room.background',
    hint: 'floorPlan.room.backgroundHint',
    hintParams: { max: BACKGROUND_MAX_MB },
    uploading: 'floorPlan.room.backgroundUploading',
    uploaded: 'floorPlan.room.backgroundUploaded',
    check: backgroundFileError,
    send: (file) => this.service.uploadBackground(this.eventId(), file),
    serverField: 'background',
    done: (plan) => this.placeScan(plan),
  };

  /** A scan already placed keeps its placement, a first one covers the room's width. */
  private placeScan(plan: FloorPlanDto): void {
    if (!plan.background) return;
    const current = this.room().background;
    this.roomChange.emit({
      background: current ? { ...current, url: plan.background.url } : { ...plan.background, width: this.room().width },
    });
  }
}
