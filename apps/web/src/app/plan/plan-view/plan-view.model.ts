import { BackgroundImage, FloorFeature } from '@markt/shared';
import { PlanRect } from '../../floor-plan/plan-geometry';

/** A stand as any screen has it: the editor's (with `key`), the admin's or the public one (with `id`). */
export interface PlanStand extends PlanRect {
  number: string;
  id?: string;
  key?: string;
  hasPower?: boolean;
  stepFree?: boolean;
  capacity?: number;
}

/** What the drawing needs: the editor's state, an admin's FloorPlanDto or the public plan. */
export interface PlanLike {
  width: number;
  depth: number;
  outline?: [number, number][];
  background?: BackgroundImage | null;
  features: readonly FloorFeature[];
  stands: readonly PlanStand[];
}

/** What may be done: look (and tap a stand), draw, or place projects on stands. */
export type PlanMode = 'view' | 'edit' | 'assign';

export type PlanElementRef = { type: 'stand' | 'feature'; key: string };

export interface DragMove {
  ref: PlanElementRef;
  x: number;
  y: number;
}

/** A stand resized by a handle: its new position and size (width and depth as stored, i.e. before rotation). */
export interface ResizeMove extends DragMove {
  width: number;
  depth: number;
}

/** A project on a stand (assign mode). */
export interface Occupant {
  applicationId: string;
  name: string;
}

/** The room outline being drawn or edited in the editor. */
export interface OutlineDraft {
  points: [number, number][];
  /** False while points are still being added. */
  closed: boolean;
  /** Where the keyboard's cross-hair is (see `outlineKey`); the next corner is set there. */
  cursor?: [number, number];
}

/** MIME type of an application dragged onto a stand (from the unplaced list or from its present stand). */
export const APPLICATION_DRAG_TYPE = 'application/x-markt-application';

/** The key by which screens refer to a stand: the editor's key, else the stored id, else its number. */
export function standKey(stand: PlanStand): string {
  return stand.key ?? stand.id ?? stand.number;
}
