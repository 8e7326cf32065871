/** Budget, limits and reporting of one search; see `SolverInput` for what they mean to callers. */
export interface SearchControl {
  /** Work units (move evaluations) to spend at most. */
  budget: number;
  /** `performance.now()` value after which to stop, Infinity for none. */
  deadline: number;
  onProgress?: (work: number, score: number) => boolean | void;
}

export type StopReason = 'budget' | 'converged' | 'deadline' | 'cancelled';

/**
 * Keeps the work spent and decides when to stop. The budget is in work units, so that the answer does not
 * depend on the machine. The deadline is a safety net: the search's progress is the larger of the share
 * of the budget spent and the share of the time gone (after a grace of a tenth of it, which absorbs the
 * start-up), and the annealing cools down by that progress. On a machine fast enough for the budget the
 * work always leads and the answer is the same everywhere; on a busy one the clock leads, the search cools
 * down faster and still ends with a finished layout by the deadline, and `stopped` says `deadline`.
 * Clock and progress callback are looked at every few thousand units only.
 */
export class Meter {
  work = 0;
  stopped: StopReason | null = null;
  /** Work units the clock counts as spent already (0 while the work leads). */
  private clockWork = 0;
  private nextCheck = 0;
  /** Set where clock and callback were looked at: a point to pause at (see `checkpoint`). */
  private checked = false;
  private readonly checkEvery: number;
  private readonly started = performance.now();

  constructor(private readonly control: SearchControl) {
    this.checkEvery = Math.max(4096, Math.floor(control.budget / 200));
  }

  /** Adds work; true when the search should stop. */
  spend(units: number, score: () => number): boolean {
    this.work += units;
    if (this.stopped !== null) return true;
    if (this.work >= this.nextCheck) {
      this.nextCheck = this.work + this.checkEvery;
      const now = performance.now();
      this.checked = true;
      if (now >= this.control.deadline) this.stopped = 'deadline';
      else if (this.control.onProgress?.(this.work, score()) === false) this.stopped = 'cancelled';
      else this.clockWork = this.clock(now);
    }
    if (this.stopped === null && this.left <= 0) this.stopped = this.clockWork > this.work ? 'deadline' : 'budget';
    return this.stopped !== null;
  }

  /** True once after each look at clock and callback: where a search run in slices may pause. */
  checkpoint(): boolean {
    const checked = this.checked;
    this.checked = false;
    return checked;
  }

  /** Work left: of the budget, or of the time when the clock leads. */
  get left(): number {
    return this.control.budget - Math.max(this.work, this.clockWork);
  }

  /** The time gone as work units: the budget's share equal to the share of time past the grace. */
  private clock(now: number): number {
    const { deadline, budget } = this.control;
    if (!Number.isFinite(deadline)) return 0;
    const gone = (now - this.started) / (deadline - this.started);
    const grace = 0.1;
    return gone <= grace ? 0 : Math.ceil(((gone - grace) / (1 - grace)) * budget);
  }
}
