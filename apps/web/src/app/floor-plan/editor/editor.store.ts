import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FeatureKind, FloorFeature, FloorPlanDto, PlanIssue, PlanIssueKind } from '@markt/shared';
import { firstValueFrom } from 'rxjs';
import { ErrorItem } from '../../core/forms/server-errors';
import { I18nService } from '../../core/i18n/i18n.service';
import { loadState } from '../../core/loaded';
import { NotificationService } from '../../core/notification.service';
import { DragMove, ResizeMove } from '../../plan/plan-view/plan-view.model';
import { zoomStep } from '../../plan/plan-view/plan-zoom';
import { FloorPlanService } from '../floor-plan.service';
import { findPlanIssues } from '../plan-geometry';
import { History } from '../plan-history';
import { removeOutline } from '../plan-outline';
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
} from '../plan-state';
import { RenumberOrder, renumberStands } from '../renumber';
import { editorKey } from './editor-keys';
import { OutlineEditing } from './outline-editing';
import { describeSaveError } from './save-errors';

/** What the toolbar's buttons (and some keys) ask the editor to do. */
export type ToolbarAction =
  | 'addStand'
  | 'duplicate'
  | 'rotate'
  | 'remove'
  | 'undo'
  | 'redo'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomFit'
  | 'drawOutline'
  | 'editOutline'
  | 'closeOutline'
  | 'cancelOutline'
  | 'rectangle'
  | 'save';

const EMPTY: PlanState = { width: 30, depth: 20, background: null, features: [], stands: [] };

/**
 * The floor-plan editor's state: the plan of one event with its history, the selection, the zoom and the
 * outline being drawn, and every change to them. Provided by the page; its toolbar and side panel use it too.
 */
@Injectable()
export class EditorStore {
  private readonly service = inject(FloorPlanService);
  private readonly i18n = inject(I18nService);
  private readonly notifications = inject(NotificationService);

  /** Set by the page from its route; nothing loads before. */
  readonly eventId = signal('');
  readonly saved = rxResource({
    params: () => this.eventId() || undefined,
    stream: ({ params }) => this.service.getPlan(params),
  });
  readonly state = computed(() => loadState(this.saved));

  readonly history = new History<PlanState>(EMPTY);
  readonly plan = this.history.present;
  readonly selected = signal<ElementRef | null>(null);
  /** Multiple of the fitted size: 1 shows the whole room. */
  readonly zoom = signal(1);
  readonly outline = new OutlineEditing();
  readonly saving = signal(false);
  readonly conflict = signal(false);
  readonly errors = signal<ErrorItem[]>([]);
  readonly serverIssues = signal<PlanIssue[] | null>(null);
  /** The version the plan was loaded or saved at; a save sends it back. */
  private version = 0;

  readonly issues = computed(() => findPlanIssues(this.plan()));
  /** The issues listed below the drawing, which follows a drag at once, are those of the plan once it ends. */
  readonly settledIssues = computed(() => findPlanIssues(this.history.settled()));
  readonly flagged = computed(() => new Set(this.issues().flatMap((i) => i.subjects)));
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
  }

  hasUnsavedChanges(): boolean {
    return this.history.dirty() || !!this.outline.draft();
  }

  /** Whether an action can be done now (its button is disabled otherwise). */
  can(action: ToolbarAction): boolean {
    switch (action) {
      case 'duplicate':
      case 'rotate':
      case 'remove':
        return !!this.selected();
      case 'undo':
        return this.history.canUndo();
      case 'redo':
        return this.history.canRedo();
      case 'closeOutline':
        return this.outline.canClose();
      case 'save':
        return !this.saving();
      default:
        return true;
    }
  }

  act(action: ToolbarAction): void {
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

  addFeature(kind: FeatureKind): void {
    this.place(addFeature(this.plan(), kind));
  }

  renumber(order: RenumberOrder): void {
    this.commit({ ...this.plan(), stands: renumberStands(this.plan().stands, order, this.plan()) });
  }

  /** Selection from the drawing: a value typed in the properties panel is applied first, to what it belongs to. */
  select(ref: ElementRef | null): void {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.closest('app-element-properties, app-room-properties')) active.blur();
    this.selected.set(ref);
  }

  patchSelected(patch: Partial<EditorStand> | Partial<FloorFeature>): void {
    const ref = this.selected();
    const element = ref && findElement(this.plan(), ref);
    if (!ref || !element) return;
    const changed = Object.entries(patch).some(
      ([name, value]) => (element as unknown as Record<string, unknown>)[name] !== value,
    );
    if (changed) this.commit(updateElement(this.plan(), ref, patch));
  }

  patchRoom(change: Partial<Pick<PlanState, 'width' | 'depth' | 'background'>>): void {
    const plan = this.plan();
    if (Object.entries(change).some(([name, value]) => plan[name as keyof typeof change] !== value))
      this.commit({ ...plan, ...change });
  }

  commit(next: PlanState): void {
    this.history.commit(next);
  }

  /** A move or resize while dragging: shown at once, one undo step when the pointer is released. */
  preview(change: DragMove | ResizeMove): void {
    const { ref, ...patch } = change;
    const element = findElement(this.plan(), ref) as unknown as Record<string, number> | null;
    if (element && Object.entries(patch).some(([name, value]) => element[name] !== value))
      this.history.preview(updateElement(this.plan(), ref, patch));
  }

  /** Keys on the focused drawing (see `editorKey`); false for the others, which may zoom or pan the drawing. */
  key(event: KeyboardEvent): boolean {
    if (this.outline.key(event)) return true;
    const ref = this.selected();
    const action = editorKey(event, !!ref);
    if (action === null) return false;
    event.preventDefault();
    if (typeof action === 'object') {
      if (ref) this.commit(moveElement(this.plan(), ref, ...action.move));
    } else if (action !== 'escape') this.act(action);
    else if (this.outline.draft()) this.outline.cancel();
    else this.selected.set(null);
    return true;
  }

  async save(): Promise<void> {
    const id = this.eventId();
    if (this.saving() || !id) return;
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
      const dto = await firstValueFrom(this.service.savePlan(id, inputFromState(sent, this.version)));
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

  reload(): void {
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
