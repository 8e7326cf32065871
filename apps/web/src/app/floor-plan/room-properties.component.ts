import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { BackgroundImage, FLOOR_PLAN_LIMITS } from '@markt/shared';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { ErrorItem, uploadErrorItem } from '../core/forms/server-errors';
import { FloorPlanService } from './floor-plan.service';

const L = FLOOR_PLAN_LIMITS;
const roomSize = () =>
  new FormControl(10, {
    nonNullable: true,
    validators: [Validators.required, Validators.min(L.room.min), Validators.max(L.room.max)],
  });
const BACKGROUND_TYPES = ['image/png', 'image/jpeg'];
const BACKGROUND_MAX_MB = L.backgroundBytes / 1024 / 1024;

/** Checks a scan of the room for what the server checks first (type and size) before uploading it. */
export function backgroundFileError(file: Pick<File, 'size' | 'type'>): ErrorItem | null {
  if (!BACKGROUND_TYPES.includes(file.type)) return { key: 'validation.fileType' };
  if (file.size > L.backgroundBytes) return { key: 'validation.fileTooLarge', params: { max: BACKGROUND_MAX_MB } };
  return null;
}

/** Room size and background image, shown when no element is selected; typed values apply when the field is left or on Enter. */
@Component({
  selector: 'app-room-properties',
  imports: [...FORM_IMPORTS],
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
    input[type='file'] {
      max-width: 100%;
    }
  `,
  template: `
    <form
      [formGroup]="roomForm"
      (ngSubmit)="emitRoom()"
      (focusout)="emitRoom()"
      (keydown.enter)="enter($event, 'room')"
      [attr.aria-label]="'floorPlan.room.form' | t"
    >
      <div class="grid2">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'floorPlan.room.width' | t }}</mat-label>
          <input matInput type="number" step="0.5" formControlName="width" />
          <mat-error>{{ roomForm.controls.width.errors | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'floorPlan.room.depth' | t }}</mat-label>
          <input matInput type="number" step="0.5" formControlName="depth" />
          <mat-error>{{ roomForm.controls.depth.errors | fieldError }}</mat-error>
        </mat-form-field>
      </div>
    </form>
    <div class="native-field">
      <label for="fp-background">{{ 'floorPlan.room.background' | t }}</label>
      <input
        id="fp-background"
        type="file"
        accept="image/png,image/jpeg"
        aria-describedby="fp-background-hint"
        [attr.aria-invalid]="fileError() ? 'true' : null"
        [disabled]="uploading()"
        (change)="choose($event)"
      />
      <p class="hint" id="fp-background-hint">{{ 'floorPlan.room.backgroundHint' | t: { max: maxMb } }}</p>
      <div role="status">
        @if (uploading()) {
          <p>{{ 'floorPlan.room.backgroundUploading' | t }}</p>
        } @else if (uploaded()) {
          <p>{{ 'floorPlan.room.backgroundUploaded' | t }}</p>
        }
      </div>
      @if (fileError(); as e) {
        <p class="field-error" role="alert">{{ e.key | t: e.params }}</p>
      }
    </div>
    @if (background()) {
      <form
        [formGroup]="bgForm"
        (ngSubmit)="emitBackground()"
        (focusout)="emitBackground()"
        (keydown.enter)="enter($event, 'background')"
        [attr.aria-label]="'floorPlan.room.backgroundForm' | t"
      >
        <div class="grid2">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.room.bgX' | t }}</mat-label>
            <input matInput type="number" step="0.5" formControlName="x" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.room.bgY' | t }}</mat-label>
            <input matInput type="number" step="0.5" formControlName="y" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.room.bgWidth' | t }}</mat-label>
            <input matInput type="number" step="0.5" formControlName="width" />
            <mat-error>{{ bgForm.controls.width.errors | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'floorPlan.room.bgOpacity' | t }}</mat-label>
            <input matInput type="number" step="0.1" min="0" max="1" formControlName="opacity" />
            <mat-error>{{ bgForm.controls.opacity.errors | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </form>
      <button mat-stroked-button type="button" (click)="backgroundChange.emit(null)">
        {{ 'floorPlan.room.removeBackground' | t }}
      </button>
    }
  `,
})
export class RoomPropertiesComponent {
  readonly eventId = input.required<string>();
  readonly width = input.required<number>();
  readonly depth = input.required<number>();
  readonly background = input<BackgroundImage | null>(null);
  readonly roomChange = output<{ width: number; depth: number }>();
  readonly backgroundChange = output<BackgroundImage | null>();

  private readonly service = inject(FloorPlanService);
  protected readonly maxMb = BACKGROUND_MAX_MB;
  protected readonly fileError = signal<ErrorItem | null>(null);
  protected readonly uploading = signal(false);
  protected readonly uploaded = signal(false);
  protected readonly roomForm = new FormGroup({ width: roomSize(), depth: roomSize() });
  protected readonly bgForm = new FormGroup({
    x: new FormControl(0, { nonNullable: true, validators: [Validators.required] }),
    y: new FormControl(0, { nonNullable: true, validators: [Validators.required] }),
    width: new FormControl(10, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(1), Validators.max(L.room.max)],
    }),
    opacity: new FormControl(0.5, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(0), Validators.max(1)],
    }),
  });

  constructor() {
    effect(() => this.roomForm.reset({ width: this.width(), depth: this.depth() }, { emitEvent: false }));
    effect(() => {
      const bg = this.background();
      if (bg) this.bgForm.reset({ x: bg.x, y: bg.y, width: bg.width, opacity: bg.opacity }, { emitEvent: false });
    });
  }

  /** Enter applies the typed value, as leaving the field does. */
  protected enter(event: Event, form: 'room' | 'background'): void {
    event.preventDefault();
    if (form === 'room') this.emitRoom();
    else this.emitBackground();
  }

  protected emitRoom(): void {
    if (this.roomForm.valid) this.roomChange.emit(this.roomForm.getRawValue());
  }

  protected emitBackground(): void {
    const bg = this.background();
    if (bg && this.bgForm.valid) this.backgroundChange.emit({ ...bg, ...this.bgForm.getRawValue() });
  }

  /**
   * Uploads the scan straight away (the server decodes and re-encodes it); the plan then only refers to it.
   * A scan already placed keeps its placement, a first one covers the room's width.
   */
  protected choose(event: Event): void {
    const inputEl = event.target as HTMLInputElement;
    const file = inputEl.files?.[0];
    this.uploaded.set(false);
    if (!file) return;
    const problem = backgroundFileError(file);
    this.fileError.set(problem);
    if (problem) return;
    this.uploading.set(true);
    this.service.uploadBackground(this.eventId(), file).subscribe({
      next: (plan) => {
        this.uploading.set(false);
        inputEl.value = '';
        if (!plan.background) return;
        this.uploaded.set(true);
        const current = this.background();
        this.backgroundChange.emit(
          current ? { ...current, url: plan.background.url } : { ...plan.background, width: this.width() },
        );
      },
      error: (error) => {
        this.uploading.set(false);
        this.fileError.set(uploadErrorItem(error, 'background'));
      },
    });
  }
}
