import { OutputEmitterRef, Signal, computed, signal } from '@angular/core';
import { ARROWS, nearestInDirection } from './plan-zoom';
import { StandView } from './stand-view';

export interface MoveKeysHost {
  stands: Signal<StandView[]>;
  dropApplication: OutputEmitterRef<{ standKey: string; applicationId: string }>;
}

/**
 * The keyboard way to move a placed project in assign mode (what dragging it does with the mouse):
 * Enter or Space on the project picks it up, the arrow keys go to the nearest stand that way,
 * Enter or Space puts it there, Escape puts it back.
 */
export class PlanMoveKeys {
  readonly moving = signal<{ applicationId: string; from: string } | null>(null);
  readonly target = signal<string | null>(null);
  /** Stand number of the current target, for the live region. */
  readonly targetNumber = computed(() => {
    const key = this.target();
    return key ? (this.view.stands().find((s) => s.key === key)?.stand.number ?? null) : null;
  });

  constructor(private readonly view: MoveKeysHost) {}

  key(event: KeyboardEvent, applicationId: string, standKey: string): void {
    const moving = this.moving();
    const direction = ARROWS[event.key];
    if (event.key === 'Enter' || event.key === ' ') {
      if (!moving) {
        this.moving.set({ applicationId, from: standKey });
        this.target.set(standKey);
      } else {
        const target = this.target();
        this.cancel();
        if (target && target !== moving.from)
          this.view.dropApplication.emit({ standKey: target, applicationId: moving.applicationId });
      }
    } else if (event.key === 'Escape' && moving) {
      this.cancel();
    } else if (direction && moving) {
      const stands = this.view.stands();
      const from = stands.find((s) => s.key === this.target()) ?? stands.find((s) => s.key === moving.from);
      if (!from) return;
      const next = nearestInDirection(
        stands.map((s) => ({ x: s.cx, y: s.cy })),
        { x: from.cx, y: from.cy },
        direction,
      );
      if (next !== null) this.target.set(stands[next].key);
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  cancel(): void {
    this.moving.set(null);
    this.target.set(null);
  }
}
