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
  /** Local-search effort: moves tried per exhibitor. */
  effort?: number;
}

export type HardNeed = 'power' | 'step_free' | 'width';
export type Reason = HardNeed | 'locked' | 'topic_neighbour' | 'wish_honoured';

export interface SolverResult {
  placements: (Placement & { reasons: Reason[] })[];
  score: number;
  /** Exhibitors that no valid layout places: the hard needs no free stand meets, or `no_free_stand`. */
  unplaceable: { exhibitorId: string; reasons: (HardNeed | 'no_free_stand')[] }[];
}

export const SCORE = {
  sharedTopic: 1,
  wish: 3,
  loudNeighbours: -2,
} as const;
