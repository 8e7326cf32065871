import { OutputEmitterRef, Signal, WritableSignal } from '@angular/core';
import { FLOOR_PLAN_LIMITS } from '@markt/shared';
import { Handle, resizeRect, snapToGrid } from '../../floor-plan/plan-geometry';
import { addPoint, moveVertex } from '../../floor-plan/plan-outline';
import { DragMove, OutlineDraft, PlanElementRef, PlanMode, ResizeMove } from './plan-view.model';
import { StandView, FeatureView } from './stand-view';

/** What the pointer handler needs of the drawing. */
export interface PointerHost {
  mode: Signal<PlanMode>;
  outline: Signal<OutlineDraft | null>;
  stands: Signal<StandView[]>;
  features: Signal<FeatureView[]>;
  host: { nativeElement: HTMLElement };
  toPlan(event: { clientX: number; clientY: number }): { x: number; y: number };
  pinch(before: number, after: number, centre: { clientX: number; clientY: number }): void;
  selected: WritableSignal<PlanElementRef | null>;
  dragMove: OutputEmitterRef<DragMove | ResizeMove>;
  dragEnd: OutputEmitterRef<void>;
  editOutline(change: (draft: OutlineDraft) => OutlineDraft): void;
}

const MIN_SIZE = FLOOR_PLAN_LIMITS.stand.min;

type Gesture =
  | { kind: 'move'; ref: PlanElementRef; startX: number; startY: number; elementX: number; elementY: number }
  | { kind: 'resize'; ref: PlanElementRef; handle: Handle; rect: StandView['stand'] | FeatureView['feature'] }
  | { kind: 'vertex'; index: number };

/**
 * Pointer gestures on the drawing: in the editor, dragging an element (snapped to the grid), a resize
 * handle or an outline corner, and clicks that add outline points; everywhere, a pinch of two fingers zooms.
 * One gesture at a time; elements are found through `data-*` attributes, so 1,000 stands need no listeners each.
 */
export class PlanPointer {
  private gesture: { pointerId: number; state: Gesture } | null = null;
  private readonly touches = new Map<number, { clientX: number; clientY: number }>();
  private pinchDistance = 0;

  constructor(private readonly view: PointerHost) {}

  down(event: PointerEvent): void {
    if (event.pointerType === 'touch') {
      this.touches.set(event.pointerId, event);
      if (this.touches.size === 2) {
        this.pinchDistance = this.distance();
        this.gesture = null;
        return;
      }
    }
    const target = event.target as Element;
    if (event.button !== 0 || this.view.mode() === 'view') return;
    if (this.view.mode() === 'assign') {
      const stand = target.closest?.('g.stand');
      if (stand) this.view.selected.set({ type: 'stand', key: stand.getAttribute('data-key') ?? '' });
      return;
    }
    const vertex = target.closest?.('[data-vertex]');
    const outline = this.view.outline();
    if (vertex) {
      const index = Number(vertex.getAttribute('data-vertex'));
      const first = outline?.points[0];
      // A click on the first corner of an open outline closes it.
      if (index === 0 && first && !outline.closed)
        return this.view.editOutline((draft) => addPoint(draft, first[0], first[1]));
      return this.start(event, { kind: 'vertex', index });
    }
    if (target.closest?.('[data-handle]')) return;
    const element = target.closest?.('[data-element]');
    if (outline) {
      if (!outline.closed && !element?.closest('.outline')) {
        const point = this.view.toPlan(event);
        this.view.editOutline((draft) => addPoint(draft, snapToGrid(point.x), snapToGrid(point.y)));
      }
      return;
    }
    if (!element) {
      this.view.selected.set(null);
      return;
    }
    const ref = {
      type: element.getAttribute('data-element') as PlanElementRef['type'],
      key: element.getAttribute('data-key') ?? '',
    };
    this.view.selected.set(ref);
    const x = Number(element.getAttribute('data-x'));
    const y = Number(element.getAttribute('data-y'));
    const point = this.view.toPlan(event);
    this.start(event, { kind: 'move', ref, startX: point.x, startY: point.y, elementX: x, elementY: y });
  }

  startResize(event: PointerEvent, ref: PlanElementRef, handle: Handle): void {
    const stand = this.view.stands().find((s) => s.key === ref.key && ref.type === 'stand')?.stand;
    const rect = stand ?? this.featureRect(ref);
    if (!rect || event.button !== 0) return;
    event.stopPropagation();
    this.start(event, { kind: 'resize', ref, handle, rect });
  }

  move(event: PointerEvent): void {
    if (this.touches.has(event.pointerId)) {
      this.touches.set(event.pointerId, event);
      if (this.touches.size === 2 && this.pinchDistance > 0) {
        const distance = this.distance();
        const [a, b] = [...this.touches.values()];
        this.view.pinch(this.pinchDistance, distance, {
          clientX: (a.clientX + b.clientX) / 2,
          clientY: (a.clientY + b.clientY) / 2,
        });
        this.pinchDistance = distance;
        return;
      }
    }
    const gesture = this.gesture;
    if (!gesture || gesture.pointerId !== event.pointerId) return;
    const point = this.view.toPlan(event);
    const state = gesture.state;
    if (state.kind === 'move') {
      this.view.dragMove.emit({
        ref: state.ref,
        x: snapToGrid(state.elementX + point.x - state.startX),
        y: snapToGrid(state.elementY + point.y - state.startY),
      });
    } else if (state.kind === 'resize') {
      const next = resizeRect(state.rect, state.handle, { x: snapToGrid(point.x), y: snapToGrid(point.y) }, MIN_SIZE);
      this.view.dragMove.emit({ ref: state.ref, ...next });
    } else {
      this.view.editOutline((draft) => moveVertex(draft, state.index, snapToGrid(point.x), snapToGrid(point.y)));
    }
  }

  up(event: PointerEvent): void {
    this.touches.delete(event.pointerId);
    if (this.touches.size < 2) this.pinchDistance = 0;
    if (!this.gesture || this.gesture.pointerId !== event.pointerId) return;
    this.gesture = null;
    this.view.dragEnd.emit();
  }

  private start(event: PointerEvent, state: Gesture): void {
    this.gesture = { pointerId: event.pointerId, state };
    this.view.host.nativeElement.setPointerCapture?.(event.pointerId);
    event.preventDefault();
  }

  private featureRect(ref: PlanElementRef) {
    return ref.type === 'feature'
      ? (this.view.features().find((f) => f.feature.id === ref.key)?.feature ?? null)
      : null;
  }

  private distance(): number {
    const [a, b] = [...this.touches.values()];
    return Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY);
  }
}
