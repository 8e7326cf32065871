import { OutputEmitterRef, Signal, computed, signal } from '@angular/core';
import { PlanMode } from './plan-view.model';
import { ARROWS, Direction, STEP, nearestInDirection, zoomStep } from './plan-zoom';
import { StandView } from './stand-view';

/** What the key handler needs of the drawing. */
export interface KeysHost {
  mode: Signal<PlanMode>;
  stands: Signal<StandView[]>;
  highlighted: Signal<string | null>;
  zoom: Signal<number>;
  host: { nativeElement: HTMLElement };
  zoomTo(next: number): void;
  scrollToStand(key: string, position: ScrollLogicalPosition): void;
  standPicked: OutputEmitterRef<string>;
}

const ZOOM_KEYS: Record<string, 1 | -1> = { '+': 1, '=': 1, '-': -1 };

/**
 * Keys for the box the drawing lies in (the page passes its keydown here): + and - zoom, the arrows pan.
 * In view mode the arrows go from stand to stand instead (Shift + arrows pan): the stand reached is
 * outlined and announced, and Enter or Space picks it as a tap would.
 */
export class PlanKeys {
  /** Key of the stand the arrows have reached (view mode). */
  readonly cursor = signal<string | null>(null);
  readonly cursorNumber = computed(() => {
    const key = this.cursor();
    return key ? (this.view.stands().find((s) => s.key === key)?.stand.number ?? null) : null;
  });

  constructor(private readonly view: KeysHost) {}

  /** Returns true when the key was used. */
  handle(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey || event.altKey) return false;
    const used = this.use(event);
    if (used) event.preventDefault();
    return used;
  }

  private use(event: KeyboardEvent): boolean {
    const zoom = ZOOM_KEYS[event.key];
    if (zoom) {
      this.view.zoomTo(zoomStep(this.view.zoom(), zoom));
      return true;
    }
    const direction = ARROWS[event.key];
    const browsing = this.view.mode() === 'view' && !event.shiftKey;
    if (direction && browsing) return this.go(direction);
    const cursor = this.cursor();
    if ((event.key === 'Enter' || event.key === ' ') && browsing && cursor) {
      this.view.standPicked.emit(cursor);
      return true;
    }
    if (event.key === 'Escape' && cursor) {
      this.cursor.set(null);
      return true;
    }
    const scroller = this.view.host.nativeElement.parentElement;
    if (!direction || !scroller) return false;
    const [x, y] = STEP[direction];
    scroller.scrollBy?.({ left: x * scroller.clientWidth * 0.2, top: y * scroller.clientHeight * 0.2 });
    return true;
  }

  /** To the nearest stand that way; the first arrow goes to the marked stand, else to the one at the top left. */
  private go(direction: Direction): boolean {
    const stands = this.view.stands();
    if (!stands.length) return false;
    const from = stands.find((s) => s.key === this.cursor());
    const marked = stands.findIndex((s) => s.key === this.view.highlighted());
    const next = from
      ? nearestInDirection(
          stands.map((s) => ({ x: s.cx, y: s.cy })),
          { x: from.cx, y: from.cy },
          direction,
        )
      : marked >= 0
        ? marked
        : topLeft(stands);
    if (next === null) return true;
    this.cursor.set(stands[next].key);
    this.view.scrollToStand(stands[next].key, 'nearest');
    return true;
  }
}

function topLeft(stands: readonly StandView[]): number {
  let best = 0;
  stands.forEach((s, i) => {
    if (s.cy + s.cx < stands[best].cy + stands[best].cx) best = i;
  });
  return best;
}
