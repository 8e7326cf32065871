import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { FeatureKind, FloorFeature, FloorPlanDto, PlanIssue, PlanIssueKind } from '@markt/shared';
import { firstValueFrom } from 'rxjs';
import { FormErrorSummaryComponent } from '../core/forms/form-error-summary.component';
import { ErrorItem } from '../core/forms/server-errors';
import { I18nService } from '../core/i18n/i18n.service';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PageTitleService } from '../core/page-title.service';
import { NotificationService } from '../core/notification.service';
import { loadState } from '../core/loaded';
import { loadEvent } from '../events/events-loader';
import { LoadStateComponent } from '../ui/load-state.component';
import { PlanViewComponent } from '../plan/plan-view/plan-view.component';
import { DragMove, ResizeMove } from '../plan/plan-view/plan-view.model';
import { zoomStep } from '../plan/plan-view/plan-zoom';
import { EditorSideComponent } from './editor/editor-side.component';
import { EditorToolbarComponent, ToolbarAction } from './editor/editor-toolbar.component';
import { editorKey } from './editor/editor-keys';
import { describeSaveError } from './editor/save-errors';
import { HoldsUnsavedChanges } from './editor/unsaved-changes.guard';
import { OutlineEditing } from './editor/outline-editing';
import { FloorPlanService } from './floor-plan.service';
import { IssueListComponent } from './issue-list.component';
import { findPlanIssues } from './plan-geometry';
import { History } from './plan-history';
import { removeOutline } from './plan-outline';
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
import { PlanTablesComponent } from './plan-tables.component';
import { RenumberOrder, renumberStands } from './renumber';

const EMPTY: PlanState = { width: 30, depth: 20, background: null, features: [], stands: [] };

/** `/verwaltung/veranstaltungen/:id/hallenplan`: draw the room (a rectangle or an outline), its fixed features and the stands. */
@Component({
  selector: 'app-floor-plan-editor-page',
  imports: [
    LoadStateComponent,
    RouterLink,
    MatButtonModule,
    TranslatePipe,
    FormErrorSummaryComponent,
    PlanViewComponent,
    EditorToolbarComponent,
    EditorSideComponent,
    IssueListComponent,
    PlanTablesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './floor-plan-editor.page.html',
  styleUrl: './floor-plan-editor.page.scss',
  host: { '(window:beforeunload)': 'beforeUnload($event)' },
})
export class FloorPlanEditorPage implements HoldsUnsavedChanges {
  /** Event id from the route. */
  readonly id = input.required<string>();
  private readonly service = inject(FloorPlanService);
  private readonly i18n = inject(I18nService);
  private readonly notifications = inject(NotificationService);
  private readonly planView = viewChild(PlanViewComponent);

  protected readonly saved = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.service.getPlan(params),
  });
  private readonly event = loadEvent(() => this.id());
  protected readonly eventTitle = computed(() => (this.event.hasValue() ? this.event.value().title : ''));
  protected readonly state = computed(() => loadState(this.saved));

  protected readonly history = new History<PlanState>(EMPTY);
  protected readonly plan = this.history.present;
  protected readonly selected = signal<ElementRef | null>(null);
  /** Multiple of the fitted size: 1 shows the whole room. */
  protected readonly zoom = signal(1);
  protected readonly outline = new OutlineEditing();
  protected readonly saving = signal(false);
  protected readonly conflict = signal(false);
  protected readonly errors = signal<ErrorItem[]>([]);
  protected readonly serverIssues = signal<PlanIssue[] | null>(null);
  /** The version the plan was loaded or saved at; a save sends it back. */
  private version = 0;

  protected readonly issues = computed(() => findPlanIssues(this.plan()));
  /** The issues listed below the drawing, which follows a drag at once, are those of the plan once it ends. */
  protected readonly settledIssues = computed(() => findPlanIssues(this.history.settled()));
  protected readonly flagged = computed(() => new Set(this.issues().flatMap((i) => i.subjects)));
  protected readonly zoomPercent = computed(() => Math.round(this.zoom() * 100));
  private readonly selectedStand = computed(() => {
    const ref = this.selected();
    return ref?.type === 'stand' ? ((findElement(this.plan(), ref) as EditorStand | null) ?? null) : null;
  });

  constructor() {
    // Every plan that arrives (loaded, reloaded or saved) starts the history afresh; a selected stand stays selected.
    effect(() => {
      if (!this.saved.hasValue()) return;
      const dto = this.saved.value();
      untracked(() => this.startFrom(dto));
    });
    inject(PageTitleService).detail(() => this.eventTitle());
  }

  hasUnsavedChanges(): boolean {
    return this.history.dirty() || !!this.outline.draft();
  }

  /** The browser asks before a reload or closing the tab loses unsaved changes. */
  protected beforeUnload(event: BeforeUnloadEvent): void {
    if (!this.hasUnsavedChanges()) return;
    event.preventDefault();
    event.returnValue = '';
  }

  protected act(action: ToolbarAction): void {
    const ref = this.selected();
    const plan = this.plan();
    switch (action) {
      case 'addStand':
        return this.place(addStand(plan));
      case 'duplicate':
        return ref ? this.place(duplicateElement(plan, ref)) : undefined;
      case 'rotate':
        return ref ? this.commit(rotateElement(plan, ref)) : undefined;
      case 'remove':
        if (ref) this.commit(removeElement(plan, ref));
        return this.selected.set(null);
      case 'undo':
        this.history.undo();
        return this.keepSelectionValid();
      case 'redo':
        this.history.redo();
        return this.keepSelectionValid();
      case 'zoomIn':
      case 'zoomOut':
        return this.zoom.set(zoomStep(this.zoom(), action === 'zoomIn' ? 1 : -1));
      case 'zoomFit':
        return this.zoom.set(1);
      case 'drawOutline':
      case 'editOutline':
        this.selected.set(null);
        return this.outline.start(plan, action === 'drawOutline');
      case 'closeOutline':
        return this.commit(this.outline.apply(plan));
      case 'cancelOutline':
        return this.outline.cancel();
      case 'rectangle':
        return this.commit(removeOutline(plan));
      case 'save':
        return void this.save();
    }
  }

  protected addFeature(kind: FeatureKind): void {
    this.place(addFeature(this.plan(), kind));
  }

  protected renumber(order: RenumberOrder): void {
    this.commit({ ...this.plan(), stands: renumberStands(this.plan().stands, order, this.plan()) });
  }

  /** Selection from the drawing: a value typed in the properties panel is applied first, to what it belongs to. */
  protected select(ref: ElementRef | null): void {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest('app-element-properties, app-room-properties')) active.blur();
    this.selected.set(ref);
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

  protected commit(next: PlanState): void {
    this.history.commit(next);
  }

  /** A move or resize while dragging: shown at once, one undo step when the pointer is released. */
  protected preview(change: DragMove | ResizeMove): void {
    const { ref, ...patch } = change;
    const element = findElement(this.plan(), ref) as unknown as Record<string, number> | null;
    if (element && Object.entries(patch).some(([name, value]) => element[name] !== value))
      this.history.preview(updateElement(this.plan(), ref, patch));
  }

  /** Keys on the focused drawing (see `editorKey`); the others may zoom or pan the drawing. */
  protected onKey(event: KeyboardEvent): void {
    if (this.outline.key(event)) return;
    const ref = this.selected();
    const action = editorKey(event, !!ref);
    if (action === null) {
      this.planView()?.handleKey(event);
      return;
    }
    event.preventDefault();
    if (typeof action === 'object') {
      if (ref) this.commit(moveElement(this.plan(), ref, ...action.move));
    } else if (action !== 'escape') this.act(action);
    else if (this.outline.draft()) this.outline.cancel();
    else this.selected.set(null);
  }

  protected async save(): Promise<void> {
    if (this.saving()) return;
    const duplicates = this.issues().filter((i) => i.kind === PlanIssueKind.DuplicateNumber);
    if (duplicates.length) {
      const numbers = duplicates.map((d) => d.subjects[0]).join(', ');
      this.errors.set([{ key: 'floorPlan.errors.duplicateNumbers', params: { numbers } }]);
      return;
    }
    const sent = this.plan();
    this.saving.set(true);
    this.errors.set([]);
    this.conflict.set(false);
    try {
      const dto = await firstValueFrom(this.service.savePlan(this.id(), inputFromState(sent, this.version)));
      this.saved.set(dto);
      this.serverIssues.set(dto.issues ?? []);
      this.notifications.show({ key: 'floorPlan.saved' });
    } catch (error) {
      const described = describeSaveError(error, sent, (key, params) => this.i18n.t(key, params));
      this.conflict.set(described === 'conflict');
      this.errors.set(described === 'conflict' ? [] : described);
    } finally {
      this.saving.set(false);
    }
  }

  protected reload(): void {
    this.conflict.set(false);
    this.errors.set([]);
    this.serverIssues.set(null);
    this.saved.reload();
  }

  private startFrom(dto: FloorPlanDto & { issues?: PlanIssue[] }): void {
    const number = this.selectedStand()?.number;
    const state = stateFromDto(dto);
    this.version = dto.version;
    this.history.reset(state);
    this.outline.cancel();
    const stand = number === undefined ? undefined : state.stands.find((s) => s.number === number);
    this.selected.set(
      stand ? { type: 'stand', key: stand.key } : this.selected()?.type === 'feature' ? this.selected() : null,
    );
    this.keepSelectionValid();
  }

  private place(result: { state: PlanState; ref: ElementRef } | null): void {
    if (!result) return;
    this.commit(result.state);
    this.selected.set(result.ref);
  }

  private keepSelectionValid(): void {
    if (!findElement(this.plan(), this.selected())) this.selected.set(null);
  }
}
