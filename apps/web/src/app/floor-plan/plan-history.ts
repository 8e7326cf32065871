import { Signal, computed, signal } from '@angular/core';

/** Undo steps kept; older ones are dropped. */
const MAX_STEPS = 200;

/**
 * Undo/redo history of immutable states in signals. Every `commit` is one step; a drag sends many
 * `preview`s and one `endPreview`, which together make one step. `dirty` compares with the last saved state.
 */
export class History<T> {
  private readonly past = signal<readonly T[]>([]);
  private readonly future = signal<readonly T[]>([]);
  private readonly current: ReturnType<typeof signal<T>>;
  private readonly saved: ReturnType<typeof signal<T>>;
  /** The state before the preview under way, if any. */
  private readonly previewStart = signal<T | null>(null);

  readonly present: Signal<T>;
  readonly canUndo = computed(() => this.past().length > 0);
  readonly canRedo = computed(() => this.future().length > 0);
  readonly dirty = computed(() => this.current() !== this.saved());
  /**
   * The present state, but during a preview the one before it: what need not follow every step of a drag
   * (tables, lists) waits for its end instead of being laid out again at every pointer move.
   */
  readonly settled = computed(() => this.previewStart() ?? this.current());

  constructor(initial: T) {
    this.current = signal(initial);
    this.saved = signal(initial);
    this.present = this.current.asReadonly();
  }

  commit(next: T): void {
    this.endPreview();
    if (next === this.current()) return;
    this.past.update((past) => [...past, this.current()].slice(-MAX_STEPS));
    this.future.set([]);
    this.current.set(next);
  }

  /** Shows an intermediate state (e.g. while dragging) without adding an undo step yet. */
  preview(next: T): void {
    if (this.previewStart() === null) this.previewStart.set(this.current());
    this.current.set(next);
  }

  /** Turns the previewed changes into one undo step (nothing if the state did not change). */
  endPreview(): void {
    const start = this.previewStart();
    if (start === null) return;
    this.previewStart.set(null);
    if (start === this.current()) return;
    this.past.update((past) => [...past, start].slice(-MAX_STEPS));
    this.future.set([]);
  }

  undo(): void {
    this.endPreview();
    const past = this.past();
    if (!past.length) return;
    this.future.update((future) => [this.current(), ...future]);
    this.current.set(past[past.length - 1]);
    this.past.set(past.slice(0, -1));
  }

  redo(): void {
    this.endPreview();
    const [next, ...rest] = this.future();
    if (next === undefined) return;
    this.past.update((past) => [...past, this.current()]);
    this.current.set(next);
    this.future.set(rest);
  }

  /** Starts over from a loaded state: no undo steps, not dirty. */
  reset(state: T): void {
    this.previewStart.set(null);
    this.past.set([]);
    this.future.set([]);
    this.current.set(state);
    this.saved.set(state);
  }
}
