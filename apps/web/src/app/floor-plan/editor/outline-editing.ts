import { computed, signal } from '@angular/core';
import { OutlineDraft } from '../../plan/plan-view/plan-view.model';
import { addPoint, applyOutline, canClose, moveVertex, outlineKey, removeVertex, startOutline } from '../plan-outline';
import { PlanState } from '../plan-state';

/** The room outline while the editor draws or edits it: by pointer on the drawing, or by keyboard. */
export class OutlineEditing {
  /** Null when no outline is being edited. */
  readonly draft = signal<OutlineDraft | null>(null);
  readonly canClose = computed(() => {
    const draft = this.draft();
    return !!draft && canClose(draft);
  });

  start(plan: PlanState, fresh: boolean): void {
    this.draft.set(startOutline(plan, fresh));
  }

  /** The plan with the outline as its room; editing ends. */
  apply(plan: PlanState): PlanState {
    const draft = this.draft();
    this.draft.set(null);
    return draft ? applyOutline(plan, draft) : plan;
  }

  cancel(): void {
    this.draft.set(null);
  }

  addPoint(point: { x: number; y: number }): void {
    this.draft.update((draft) => draft && addPoint(draft, point.x, point.y));
  }

  moveVertex(move: { index: number; x: number; y: number }): void {
    this.draft.update((draft) => draft && moveVertex(draft, move.index, move.x, move.y));
  }

  removeVertex(index: number): void {
    this.draft.update((draft) => draft && removeVertex(draft, index));
  }

  /** The keys that draw an open outline (see `outlineKey`); true when the key was used. */
  key(event: KeyboardEvent): boolean {
    const draft = this.draft();
    const next = draft && outlineKey(draft, event);
    if (!next) return false;
    event.preventDefault();
    this.draft.set(next);
    return true;
  }
}
