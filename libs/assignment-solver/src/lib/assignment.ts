import { Problem } from './problem';

/**
 * Who stands where, with the score kept up to date move by move. Locked exhibitors are occupants like the
 * others (they count for their neighbours) but are never moved; `freeLoad` counts only the movable ones,
 * against `problem.freePlaces`.
 */
export class Assignment {
  /** Stand per exhibitor, -1 when unplaced. */
  readonly standOf: Int32Array;
  /** Occupants per stand in slices of `occupied` starting at `start[s]`, `count[s]` long. */
  private readonly start: Int32Array;
  private readonly count: Int32Array;
  private readonly occupied: Int32Array;
  readonly freeLoad: Int32Array;
  score = 0;

  constructor(readonly problem: Problem) {
    const { standCount, exhibitorCount, lockedAt } = problem;
    this.standOf = new Int32Array(exhibitorCount).fill(-1);
    this.start = new Int32Array(standCount + 1);
    this.count = new Int32Array(standCount);
    this.freeLoad = new Int32Array(standCount);
    const room = new Int32Array(standCount);
    for (let s = 0; s < standCount; s++) room[s] = problem.freePlaces[s];
    for (const s of lockedAt) if (s >= 0) room[s]++;
    for (let s = 0; s < standCount; s++) this.start[s + 1] = this.start[s] + room[s];
    this.occupied = new Int32Array(this.start[standCount]).fill(-1);
    lockedAt.forEach((s, e) => {
      if (s >= 0) this.put(e, s);
    });
    this.score = this.fullScore();
  }

  /** Becomes a copy of another assignment of the same problem. */
  copyFrom(other: Assignment): void {
    this.standOf.set(other.standOf);
    this.count.set(other.count);
    this.occupied.set(other.occupied);
    this.freeLoad.set(other.freeLoad);
    this.score = other.score;
  }

  occupants(s: number): Int32Array {
    return this.occupied.subarray(this.start[s], this.start[s] + this.count[s]);
  }

  hasFreePlace(s: number): boolean {
    return this.freeLoad[s] < this.problem.freePlaces[s];
  }

  /** Places without updating the score; for building a layout and for undoing. */
  put(e: number, s: number): void {
    this.standOf[e] = s;
    this.occupied[this.start[s] + this.count[s]++] = e;
    if (this.problem.lockedAt[e] < 0) this.freeLoad[s]++;
  }

  take(e: number): void {
    const s = this.standOf[e];
    const from = this.start[s];
    const last = from + --this.count[s];
    for (let i = from; i <= last; i++) {
      if (this.occupied[i] === e) {
        this.occupied[i] = this.occupied[last];
        break;
      }
    }
    this.occupied[last] = -1;
    this.standOf[e] = -1;
    if (this.problem.lockedAt[e] < 0) this.freeLoad[s]--;
  }

  /** What e scores on stand s with the current occupants of s and its neighbours, not counting skip1/skip2. */
  gain(e: number, s: number, skip1 = -1, skip2 = -1): number {
    const { problem, occupied, start, count } = this;
    const table = problem.dense;
    const row = e * problem.exhibitorCount;
    const around = problem.neighbours[s];
    let sum = 0;
    // The stand itself first (k = -1), then its neighbours; the hot path of the whole search.
    for (let k = -1; k < around.length; k++) {
      const u = k < 0 ? s : around[k];
      for (let i = start[u], end = i + count[u]; i < end; i++) {
        const o = occupied[i];
        if (o !== e && o !== skip1 && o !== skip2) sum += table ? table[row + o] : problem.pair(e, o);
      }
    }
    return sum;
  }

  fullScore(): number {
    let total = 0;
    this.standOf.forEach((s, e) => {
      if (s >= 0) total += this.gain(e, s);
    });
    return total / 2;
  }

  /** Score change if placed e moves to stand `to` (which has a free place). */
  moveDelta(e: number, to: number): number {
    return this.gain(e, to, e) - this.gain(e, this.standOf[e], e);
  }

  move(e: number, to: number, delta: number): void {
    this.take(e);
    this.put(e, to);
    this.score += delta;
  }

  /** Score change if placed e and f trade stands. */
  swapDelta(e: number, f: number): number {
    const s = this.standOf[e];
    const t = this.standOf[f];
    // Their own pair term is the same before and after (adjacency is symmetric), so leave it out.
    return this.gain(e, t, f) - this.gain(e, s, f) + this.gain(f, s, e) - this.gain(f, t, e);
  }

  swap(e: number, f: number, delta: number): void {
    const s = this.standOf[e];
    const t = this.standOf[f];
    this.take(e);
    this.take(f);
    this.put(e, t);
    this.put(f, s);
    this.score += delta;
  }

  /** Score change if unplaced u takes the place of placed e, which leaves the layout. */
  replaceDelta(e: number, u: number): number {
    const s = this.standOf[e];
    return this.gain(u, s, e) - this.gain(e, s, e);
  }

  replace(e: number, u: number, delta: number): void {
    const s = this.standOf[e];
    this.take(e);
    this.put(u, s);
    this.score += delta;
  }

  /**
   * Moves `who[i]` to `to[i]` all at once and returns the score change (the score is updated). The stands
   * must have room for the new occupants once all of `who` have left. Undo with the old stands.
   */
  reassign(who: readonly number[], to: readonly number[]): number {
    const from = who.map((e) => this.standOf[e]);
    for (const e of who) this.take(e);
    // Putting them back one by one counts each pair among them once.
    let before = 0;
    who.forEach((e, i) => {
      before += this.gain(e, from[i]);
      this.put(e, from[i]);
    });
    for (const e of who) this.take(e);
    let after = 0;
    who.forEach((e, i) => {
      after += this.gain(e, to[i]);
      this.put(e, to[i]);
    });
    this.score += after - before;
    return after - before;
  }
}
