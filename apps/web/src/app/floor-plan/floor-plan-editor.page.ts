import {
  ChangeDetectionStrategy,
  Component,
  ElementRef as NgElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink, TitleStrategy } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { FEATURE_KINDS, FeatureKind, FloorFeature, PlanIssue, PlanIssueKind } from '@markt/shared';
import { FormErrorSummaryComponent } from '../core/forms/form-error-summary.component';
import { ErrorItem, toApiError } from '../core/forms/server-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title.strategy';
import { NotificationService } from '../core/notification.service';
import { LoadState } from '../events/events-loader';
import { EventsService } from '../events/events.service';
import { ElementPropertiesComponent } from './element-properties.component';
import { FloorPlanService } from './floor-plan.service';
import { PlanCanvasComponent, DragMove } from './plan-canvas.component';
import { findPlanIssues } from './plan-geometry';
import { History } from './plan-history';
import {
  EditorStand,
  ElementRef,
  PlanState,
  addFeature,
  addStand,
  duplicateElement,
  findElement,
  inputFromState,
  moveElement,
  removeElement,
  rotateElement,
  stateFromDto,
  updateElement,
} from './plan-state';
import { IssueListComponent } from './issue-list.component';
import { PlanTablesComponent } from './plan-tables.component';
import { RenumberOrder, renumberStands } from './renumber';
import { RoomPropertiesComponent } from './room-properties.component';

const EMPTY: PlanState = { width: 30, depth: 20, background: null, features: [], stands: [] };
const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const FIELD_LABELS: Record<string, string> = {
  number: 'floorPlan.props.number',
  x: 'floorPlan.props.x',
  y: 'floorPlan.props.y',
  width: 'floorPlan.props.width',
  depth: 'floorPlan.props.depth',
  rotation: 'floorPlan.props.rotation',
  capacity: 'floorPlan.props.capacity',
  notes: 'floorPlan.props.notes',
  label: 'floorPlan.props.label',
  kind: 'floorPlan.props.kind',
};

/** `/verwaltung/veranstaltungen/:id/hallenplan`: draw the room, its fixed features and the stands. */
@Component({
  selector: 'app-floor-plan-editor-page',
  imports: [
    RouterLink,
    MatButtonModule,
    TranslatePipe,
    FormErrorSummaryComponent,
    PlanCanvasComponent,
    ElementPropertiesComponent,
    RoomPropertiesComponent,
    IssueListComponent,
    PlanTablesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: flex-end;
      margin-block: 1rem;
    }
    .toolbar .native-field select {
      min-height: 2.5rem;
    }
    .toolbar__group {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: flex-end;
      padding-right: 0.5rem;
      border-right: 1px solid #c4c6d0;
    }
    .workspace {
      display: grid;
      grid-template-columns: minmax(16rem, 22rem) 1fr;
      gap: 1rem;
      align-items: start;
    }
    @media (max-width: 800px) {
      .workspace {
        grid-template-columns: 1fr;
      }
    }
    .canvas {
      overflow: auto;
      max-height: 75vh;
      border: 1px solid #74777f;
      max-width: 100%;
    }
    .canvas:focus-visible {
      outline: 3px solid #1f3b73;
      outline-offset: 2px;
    }
    .elements select {
      width: 100%;
      font: inherit;
    }
    .dirty {
      font-weight: 700;
      color: #8a4b00;
    }
    .side h2 {
      font-size: 1.1rem;
    }
  `,
  template: `
    <h1>{{ 'floorPlan.heading' | t: { title: eventTitle() } }}</h1>
    <p>
      <a [routerLink]="['/verwaltung/veranstaltungen', id(), 'zuteilung']">{{ 'floorPlan.toAssignment' | t }}</a>
    </p>
    @if (state() === 'loading') {
      <p role="status">{{ 'app.loading' | t }}</p>
    } @else if (state() === 'error') {
      <p role="alert" class="message message--error">{{ 'floorPlan.loadError' | t }}</p>
    } @else {
      <p class="hint" id="fp-help">{{ 'floorPlan.help' | t }}</p>
      <p role="status" [class.dirty]="history.dirty()">
        {{ (saving() ? 'floorPlan.saving' : history.dirty() ? 'floorPlan.unsaved' : 'floorPlan.allSaved') | t }}
      </p>
      @if (conflict()) {
        <div role="alert" class="message message--error">
          <p>{{ 'floorPlan.versionConflict' | t }}</p>
          <button mat-flat-button type="button" (click)="load()">{{ 'floorPlan.reload' | t }}</button>
        </div>
      }
      <app-form-error-summary [items]="errors()" />

      <div class="toolbar" role="group" [attr.aria-label]="'floorPlan.toolbar' | t">
        <div class="toolbar__group">
          <button mat-stroked-button type="button" (click)="addStand()">{{ 'floorPlan.addStand' | t }}</button>
          <div class="native-field">
            <label for="fp-feature-kind">{{ 'floorPlan.featureKind' | t }}</label>
            <select id="fp-feature-kind" [value]="featureKind()" (change)="featureKind.set($any($event.target).value)">
              @for (k of kinds; track k) {
                <option [value]="k">{{ 'floorPlan.kind.' + k | t }}</option>
              }
            </select>
          </div>
          <button mat-stroked-button type="button" (click)="addFeature()">{{ 'floorPlan.addFeature' | t }}</button>
        </div>
        <div class="toolbar__group">
          <button mat-stroked-button type="button" [disabled]="!selected()" (click)="duplicate()">
            {{ 'floorPlan.duplicate' | t }}
          </button>
          <button mat-stroked-button type="button" [disabled]="!selected()" (click)="rotate()">
            {{ 'floorPlan.rotate' | t }}
          </button>
          <button mat-stroked-button type="button" [disabled]="!selected()" (click)="remove()">
            {{ 'floorPlan.delete' | t }}
          </button>
        </div>
        <div class="toolbar__group">
          <button mat-stroked-button type="button" [disabled]="!history.canUndo()" (click)="undo()">
            {{ 'floorPlan.undo' | t }}
          </button>
          <button mat-stroked-button type="button" [disabled]="!history.canRedo()" (click)="redo()">
            {{ 'floorPlan.redo' | t }}
          </button>
        </div>
        <div class="toolbar__group">
          <button mat-stroked-button type="button" (click)="zoomBy(1)" [attr.aria-label]="'floorPlan.zoomIn' | t">
            +
          </button>
          <button mat-stroked-button type="button" (click)="zoomBy(-1)" [attr.aria-label]="'floorPlan.zoomOut' | t">
            −
          </button>
          <button mat-stroked-button type="button" (click)="zoom.set(1)" [attr.aria-label]="'floorPlan.zoomReset' | t">
            {{ 'floorPlan.zoomValue' | t: { n: zoomPercent() } }}
          </button>
        </div>
        <div class="toolbar__group">
          <div class="native-field">
            <label for="fp-renumber">{{ 'floorPlan.renumberOrder' | t }}</label>
            <select id="fp-renumber" [value]="renumberOrder()" (change)="renumberOrder.set($any($event.target).value)">
              <option value="rows">{{ 'floorPlan.renumberRows' | t }}</option>
              <option value="clockwise">{{ 'floorPlan.renumberClockwise' | t }}</option>
            </select>
          </div>
          <button mat-stroked-button type="button" [disabled]="!plan().stands.length" (click)="renumber()">
            {{ 'floorPlan.renumber' | t }}
          </button>
        </div>
        <button mat-flat-button type="button" [disabled]="saving()" (click)="save()">{{ 'floorPlan.save' | t }}</button>
      </div>

      <div class="workspace">
        <div class="side">
          <div class="elements native-field">
            <label for="fp-elements">{{ 'floorPlan.elements' | t }}</label>
            <select
              id="fp-elements"
              size="8"
              [value]="selectedValue()"
              (change)="selectByValue($any($event.target).value)"
            >
              <option value="">{{ 'floorPlan.roomOption' | t }}</option>
              @for (s of plan().stands; track s.key) {
                <option [value]="'stand:' + s.key">
                  {{
                    'floorPlan.standOption' | t: { number: s.number, width: s.width, depth: s.depth, x: s.x, y: s.y }
                  }}
                </option>
              }
              @for (f of plan().features; track f.id) {
                <option [value]="'feature:' + f.id">
                  {{
                    'floorPlan.featureOption'
                      | t: { kind: ('floorPlan.kind.' + f.kind | t), label: f.label ?? '', x: f.x, y: f.y }
                  }}
                </option>
              }
            </select>
          </div>
          <h2>{{ selectedHeading() | t: { number: selectedStand()?.number ?? '' } }}</h2>
          @if (selectedStand(); as s) {
            <app-element-properties [stand]="s" (standChange)="patchSelected($event)" />
          } @else if (selectedFeature(); as f) {
            <app-element-properties [feature]="f" (featureChange)="patchSelected($event)" />
          } @else {
            <app-room-properties
              [eventId]="id()"
              [width]="plan().width"
              [depth]="plan().depth"
              [background]="plan().background"
              (roomChange)="patchRoom($event)"
              (backgroundChange)="commit({ ...plan(), background: $event })"
            />
          }
        </div>
        <div
          #canvasBox
          class="canvas"
          tabindex="0"
          role="application"
          [attr.aria-label]="'floorPlan.canvasFocus' | t"
          aria-describedby="fp-help"
          (keydown)="onKey($event)"
        >
          <app-plan-canvas
            [plan]="plan()"
            [zoom]="zoom()"
            [selected]="selected()"
            [flagged]="flagged()"
            (selectElement)="selected.set($event)"
            (background)="selected.set(null)"
            (dragMove)="onDragMove($event)"
            (dragEnd)="history.endPreview()"
          />
        </div>
      </div>

      <app-issue-list [issues]="issues()" [features]="plan().features" [heading]="'floorPlan.issuesHeading'" />
      @if (serverIssues(); as reported) {
        @if (!history.dirty()) {
          <app-issue-list
            [issues]="reported"
            [features]="plan().features"
            [heading]="'floorPlan.serverIssuesHeading'"
          />
        }
      }
      <app-plan-tables [plan]="plan()" />
    }
  `,
})
export class FloorPlanEditorPage {
  /** Event id from the route. */
  readonly id = input.required<string>();
  private readonly service = inject(FloorPlanService);
  private readonly events = inject(EventsService);
  private readonly i18n = inject(I18nService);
  private readonly notifications = inject(NotificationService);
  private readonly titleStrategy = inject(TitleStrategy);
  private readonly canvasBox = viewChild<NgElementRef<HTMLElement>>('canvasBox');

  protected readonly kinds = FEATURE_KINDS;
  protected readonly history = new History<PlanState>(EMPTY);
  protected readonly plan = this.history.present;
  protected readonly state = signal<LoadState>('loading');
  protected readonly eventTitle = signal('');
  protected readonly version = signal(0);
  protected readonly selected = signal<ElementRef | null>(null);
  protected readonly zoom = signal(1);
  protected readonly featureKind = signal<FeatureKind>(FeatureKind.Wall);
  protected readonly renumberOrder = signal<RenumberOrder>('rows');
  protected readonly saving = signal(false);
  protected readonly conflict = signal(false);
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly serverIssues = signal<PlanIssue[] | null>(null);

  protected readonly issues = computed(() => findPlanIssues(this.plan()));
  protected readonly flagged = computed(() => new Set(this.issues().flatMap((i) => i.subjects)));
  protected readonly zoomPercent = computed(() => Math.round(this.zoom() * 100));
  protected readonly selectedStand = computed(() => {
    const ref = this.selected();
    return ref?.type === 'stand' ? ((findElement(this.plan(), ref) as EditorStand | null) ?? null) : null;
  });
  protected readonly selectedFeature = computed(() => {
    const ref = this.selected();
    return ref?.type === 'feature' ? ((findElement(this.plan(), ref) as FloorFeature | null) ?? null) : null;
  });
  protected readonly selectedValue = computed(() => {
    const ref = this.selected();
    return ref ? `${ref.type}:${ref.key}` : '';
  });
  protected readonly selectedHeading = computed(() =>
    this.selectedStand()
      ? 'floorPlan.props.standHeading'
      : this.selectedFeature()
        ? 'floorPlan.props.featureHeading'
        : 'floorPlan.room.heading',
  );

  constructor() {
    effect(() => {
      const id = this.id();
      this.load();
      this.events.get(id).subscribe({
        next: (event) => {
          this.eventTitle.set(event.title);
          if (this.titleStrategy instanceof TranslatedTitleStrategy) this.titleStrategy.setDetail(event.title);
        },
        error: () => undefined,
      });
    });
  }

  load(): void {
    this.state.set('loading');
    this.conflict.set(false);
    this.errors.set([]);
    this.serverIssues.set(null);
    this.service.getPlan(this.id()).subscribe({
      next: (dto) => {
        this.version.set(dto.version);
        this.history.reset(stateFromDto(dto));
        this.selected.set(null);
        this.state.set('ready');
      },
      error: () => this.state.set('error'),
    });
  }

  protected commit(next: PlanState): void {
    this.history.commit(next);
  }

  protected addStand(): void {
    const { state, ref } = addStand(this.plan());
    this.commit(state);
    this.selected.set(ref);
  }

  protected addFeature(): void {
    const { state, ref } = addFeature(this.plan(), this.featureKind());
    this.commit(state);
    this.selected.set(ref);
  }

  protected duplicate(): void {
    const ref = this.selected();
    const result = ref && duplicateElement(this.plan(), ref);
    if (!result) return;
    this.commit(result.state);
    this.selected.set(result.ref);
  }

  protected rotate(): void {
    const ref = this.selected();
    if (ref) this.commit(rotateElement(this.plan(), ref));
  }

  protected remove(): void {
    const ref = this.selected();
    if (!ref) return;
    this.commit(removeElement(this.plan(), ref));
    this.selected.set(null);
  }

  protected undo(): void {
    this.history.undo();
    this.keepSelectionValid();
  }

  protected redo(): void {
    this.history.redo();
    this.keepSelectionValid();
  }

  protected zoomBy(direction: 1 | -1): void {
    const index = ZOOM_STEPS.findIndex((z) => z >= this.zoom());
    const next =
      ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, (index < 0 ? ZOOM_STEPS.length - 1 : index) + direction))];
    this.zoom.set(next);
  }

  protected renumber(): void {
    this.commit({ ...this.plan(), stands: renumberStands(this.plan().stands, this.renumberOrder(), this.plan()) });
  }

  protected selectByValue(value: string): void {
    if (!value) {
      this.selected.set(null);
      return;
    }
    const [type, key] = value.split(':') as [ElementRef['type'], string];
    this.selected.set({ type, key });
  }

  protected patchSelected(patch: Partial<EditorStand> | Partial<FloorFeature>): void {
    const ref = this.selected();
    const element = ref && findElement(this.plan(), ref);
    if (!ref || !element) return;
    const changed = Object.entries(patch).some(
      ([name, value]) => (element as unknown as Record<string, unknown>)[name] !== value,
    );
    if (changed) this.commit(updateElement(this.plan(), ref, patch));
  }

  protected patchRoom(size: { width: number; depth: number }): void {
    if (size.width !== this.plan().width || size.depth !== this.plan().depth) this.commit({ ...this.plan(), ...size });
  }

  protected onDragMove(move: DragMove): void {
    const element = findElement(this.plan(), move.ref);
    if (!element || (element.x === move.x && element.y === move.y)) return;
    this.history.preview(updateElement(this.plan(), move.ref, { x: move.x, y: move.y }));
  }

  /** Keys on the focused drawing: arrows move by 0.5 m (with Shift 1 m), R rotates, Delete removes, Ctrl+Z/Ctrl+Y undo/redo. */
  protected onKey(event: KeyboardEvent): void {
    const ref = this.selected();
    const step = event.shiftKey ? 1 : 0.5;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const ctrl = event.ctrlKey || event.metaKey;
    if (moves[event.key] && ref) {
      const [dx, dy] = moves[event.key];
      this.commit(moveElement(this.plan(), ref, dx, dy));
    } else if (ctrl && event.key.toLowerCase() === 'z' && !event.shiftKey) {
      this.undo();
    } else if (ctrl && (event.key.toLowerCase() === 'y' || (event.key.toLowerCase() === 'z' && event.shiftKey))) {
      this.redo();
    } else if (!ctrl && (event.key === 'r' || event.key === 'R') && ref) {
      this.rotate();
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && ref) {
      this.remove();
    } else if (event.key === 'Escape') {
      this.selected.set(null);
    } else {
      return;
    }
    event.preventDefault();
  }

  protected save(): void {
    if (this.saving()) return;
    const duplicates = this.issues().filter((i) => i.kind === PlanIssueKind.DuplicateNumber);
    if (duplicates.length) {
      this.errors.set([
        {
          key: 'floorPlan.errors.duplicateNumbers',
          params: { numbers: duplicates.map((d) => d.subjects[0]).join(', ') },
        },
      ]);
      return;
    }
    const before = this.plan();
    const selectedNumber = this.selectedStand()?.number;
    this.saving.set(true);
    this.errors.set([]);
    this.conflict.set(false);
    this.service.savePlan(this.id(), inputFromState(before, this.version())).subscribe({
      next: (dto) => {
        this.saving.set(false);
        this.version.set(dto.version);
        const saved = stateFromDto(dto);
        this.history.reset(saved);
        this.serverIssues.set(dto.issues ?? []);
        const ref = this.selected();
        if (ref?.type === 'stand') {
          const stand = saved.stands.find((s) => s.number === selectedNumber);
          this.selected.set(stand ? { type: 'stand', key: stand.key } : null);
        }
        this.keepSelectionValid();
        this.notifications.show({ key: 'floorPlan.saved' });
      },
      error: (error) => {
        this.saving.set(false);
        this.errors.set(this.describeSaveError(error, before));
      },
    });
  }

  private describeSaveError(error: unknown, sent: PlanState): ErrorItem[] {
    const apiError = toApiError(error);
    if (apiError.code === 'version_conflict') {
      this.conflict.set(true);
      return [];
    }
    if (apiError.code === 'stand_in_use') {
      const numbers = (apiError.params?.['numbers'] as unknown) ?? '';
      return [
        {
          key: 'floorPlan.errors.standInUse',
          params: { numbers: Array.isArray(numbers) ? numbers.join(', ') : String(numbers) },
        },
      ];
    }
    if (apiError.errors?.length) {
      return [
        { key: 'form.fixErrors' },
        ...apiError.errors.map((fieldError) => {
          const message = this.i18n.t('validation.' + fieldError.code, {
            ...(fieldError.params ?? {}),
            field: fieldError.field,
          });
          const [list, index, field] = fieldError.field.split('.');
          const element =
            list === 'stands' && index !== undefined
              ? this.i18n.t('floorPlan.standN', { number: sent.stands[+index]?.number ?? +index + 1 })
              : list === 'features' && index !== undefined
                ? this.i18n.t('floorPlan.featureN', { n: +index + 1 })
                : this.i18n.t('floorPlan.room.heading');
          const fieldLabel = field ? this.i18n.t(FIELD_LABELS[field] ?? field) : '';
          return { key: 'floorPlan.errors.field', params: { element, field: fieldLabel, message } };
        }),
      ];
    }
    const general: Record<string, string> = {
      network: 'errors.network',
      forbidden: 'errors.forbidden',
      csrf: 'errors.csrf',
    };
    return [{ key: general[apiError.code] ?? 'errors.generic' }];
  }

  private keepSelectionValid(): void {
    if (!findElement(this.plan(), this.selected())) this.selected.set(null);
  }

  /** Puts the keyboard focus on the drawing (after choosing an element in the list). */
  focusCanvas(): void {
    this.canvasBox()?.nativeElement.focus();
  }
}
