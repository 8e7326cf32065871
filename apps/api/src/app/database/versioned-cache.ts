import { DataChanges, Versioned } from './data-changes';

interface Slot<T> {
  current?: Versioned & { value: T };
  building?: { version: number; promise: Promise<Versioned & { value: T }> };
}

export interface VersionedCacheOptions<T> {
  /**
   * How long a value is answered from at most while this process wrote nothing (other processes' writes
   * are not seen). Past it, the old value is still answered once and rebuilt behind it, so a crowd never
   * waits for a rebuild; after a write of this process every caller waits for the new value.
   */
  maxAgeMs: number;
  /** Values kept; the least recently built goes first. */
  maxEntries: number;
  /** Whether a built value is worth keeping (e.g. not for keys anyone can make up that name nothing). */
  keep?: (value: T) => boolean;
}

/**
 * Values built from the database, kept per key until `DataChanges` says this process wrote something
 * (then rebuilt before the next answer) or they grew old. Concurrent callers share one build.
 */
export class VersionedCache<T> {
  private readonly slots = new Map<string, Slot<T>>();

  constructor(
    private readonly changes: DataChanges,
    private readonly options: VersionedCacheOptions<T>,
  ) {}

  async get(key: string, build: () => Promise<T>): Promise<T> {
    let slot = this.slots.get(key);
    if (!slot) this.slots.set(key, (slot = {}));
    const { current } = slot;
    if (current && this.changes.isCurrent(current, this.options.maxAgeMs)) return current.value;
    const rebuilt = this.rebuild(key, slot, build);
    if (current && this.changes.onlyAged(current)) {
      rebuilt.catch(() => undefined);
      return current.value;
    }
    return (await rebuilt).value;
  }

  /** Builds anew, or joins a build that started after the last write of this process. */
  private rebuild(key: string, slot: Slot<T>, build: () => Promise<T>): Promise<Versioned & { value: T }> {
    if (slot.building?.version === this.changes.version) return slot.building.promise;
    const stamp = this.changes.stamp();
    const promise = build().then((value) => ({ ...stamp, value }));
    slot.building = { version: stamp.version, promise };
    const settle = (built?: Versioned & { value: T }) => {
      if (slot.building?.promise === promise) slot.building = undefined;
      if (built && (!slot.current || built.version >= slot.current.version)) slot.current = built;
      if (slot.current && (this.options.keep?.(slot.current.value) ?? true)) {
        this.promote(key, slot);
      } else if (this.slots.get(key) === slot && !slot.building) {
        this.slots.delete(key);
      }
    };
    promise.then(settle, () => settle());
    return promise;
  }

  private promote(key: string, slot: Slot<T>): void {
    this.slots.delete(key);
    this.slots.set(key, slot);
    if (this.slots.size <= this.options.maxEntries) return;
    for (const [other, { building }] of this.slots) {
      if (building) continue;
      this.slots.delete(other);
      return;
    }
  }
}
