import { computed, signal } from '@angular/core';
import { OutlineDraft } from '../../plan/plan-view/plan-view.model';
import { applyOutline, canClose, outlineKey, startOutline } from '../plan-outline';
import { PlanState } from '../plan-state';

/**
 * The room outline while the editor draws or edits it: with the cross-hair's keys here; by pointer and by a
 * focused corner's keys on the drawing, which changes `draft` through its two-way `outline`.
 */
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
