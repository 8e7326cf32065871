import { Rotation } from '@markt/shared';

export interface SolverStand {
  id: string;
  x: number;
  y: number;
  width: number;
  depth: number;
  rotation: Rotation;
  hasPower: boolean;
  stepFree: boolean;
  capacity: number;
}

export interface SolverExhibitor {
  id: string;
  needsPower: boolean;
  needsStepFree: boolean;
  /** Requested stand width in metres, or null for "any". */
  width: number | null;
  topics: readonly string[];
  /** A lively hands-on offer: two of them side by side disturb each other. */
  loud: boolean;
  /** Exhibitors this one wishes to stand next to. */
  wishes: readonly string[];
}

export interface Placement {
  standId: string;
  exhibitorId: string;
}

export interface SolverInput {
  stands: readonly SolverStand[];
  exhibitors: readonly SolverExhibitor[];
  /** Placements staff made; kept as they are. */
  locked?: readonly Placement[];
  /** Same seed, same answer. */
  seed?: number;
  /** Stands at most this far apart (metres) count as neighbours. */
  neighbourGap?: number;
  /**
   * Search budget in work units (one unit ≈ one move evaluated): same seed, same budget, same answer, on
   * any machine. By default about 1 s of search up to 200 stands and 1.5 s at 1,000 on the project's 2-core
   * machines (see `defaultBudget`); small markets usually stop well before, once their rounds agree.
   */
  budget?: number;
  /**
   * Safety net in milliseconds of wall-clock time for the whole call (default 2,000, what the API promises
   * staff; `Infinity` for none). When the budget would not fit, the search cools down faster and ends in
   * time; only then does the answer depend on the machine (`search.stopped` is `deadline`).
   */
  timeLimitMs?: number;
  /**
   * Called now and then during the search with the work done, the budget and the best score so far;
   * returning `false` stops the search early (it still returns its best layout).
   */
  onProgress?: (progress: SolverProgress) => boolean | void;
}

export interface SolverProgress {
  work: number;
  budget: number;
  /** Of the best layout so far. */
  score: number;
  /** The best layout so far as a result (made on demand: it costs about as much as a few thousand moves). */
  bestSoFar: () => SolverResult;
}

export type HardNeed = 'power' | 'step_free' | 'width';
export type Reason = HardNeed | 'locked' | 'topic_neighbour' | 'wish_honoured';

export interface SolverResult {
  placements: (Placement & { reasons: Reason[] })[];
  score: number;
  /** Exhibitors that no valid layout places: the hard needs no free stand meets, or `no_free_stand`. */
  unplaceable: { exhibitorId: string; reasons: (HardNeed | 'no_free_stand')[] }[];
  /** How the search went: work spent and why it stopped (`deadline` means the answer depends on timing). */
  search: { work: number; budget: number; stopped: 'budget' | 'converged' | 'deadline' | 'cancelled' };
}

export const SCORE = {
  sharedTopic: 1,
  wish: 3,
  loudNeighbours: -2,
} as const;
