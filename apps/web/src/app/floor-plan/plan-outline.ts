import { FLOOR_PLAN_LIMITS } from '@markt/shared';
import { OutlineDraft } from '../plan/plan-view/plan-view.model';
import { ARROWS, STEP } from '../plan/plan-view/plan-zoom';
import { roundM } from './plan-geometry';
import { PlanState } from './plan-state';

/** An outline needs at least this many corners. */
export const MIN_OUTLINE_POINTS = 3;
const MAX = FLOOR_PLAN_LIMITS.room.max;

/** The outline to edit: the room's polygon as stored (closed), or a new, empty one. */
export function startOutline(state: PlanState, fresh: boolean): OutlineDraft {
  if (!fresh && state.outline && state.outline.length >= MIN_OUTLINE_POINTS)
    return { points: state.outline.map(([x, y]) => [x, y]), closed: true };
  return { points: [], closed: false };
}

const clamp = (value: number) => roundM(Math.min(MAX, Math.max(0, value)));

/** Adds a corner (clicked on the drawing); a click on the first corner closes the outline instead. */
export function addPoint(draft: OutlineDraft, x: number, y: number): OutlineDraft {
  if (draft.closed) return draft;
  const [first] = draft.points;
  if (first && first[0] === x && first[1] === y && draft.points.length >= MIN_OUTLINE_POINTS)
    return { ...draft, closed: true };
  const last = draft.points[draft.points.length - 1];
  if (last && last[0] === clamp(x) && last[1] === clamp(y)) return draft;
  return { ...draft, points: [...draft.points, [clamp(x), clamp(y)]] };
}

/**
 * Drawing an open outline by keyboard: the arrows move a cross-hair by 0.5 m (Shift: 1 m), starting at
 * the last corner; Enter or Space sets a corner there (on the first corner: closes the outline). Null
 * when the key is not one of these.
 */
export function outlineKey(draft: OutlineDraft, event: KeyboardEvent): OutlineDraft | null {
  if (draft.closed || event.ctrlKey || event.metaKey || event.altKey) return null;
  const [x, y] = draft.cursor ?? draft.points[draft.points.length - 1] ?? [0, 0];
  const direction = ARROWS[event.key];
  if (direction) {
    const step = event.shiftKey ? 1 : 0.5;
    return { ...draft, cursor: [clamp(x + STEP[direction][0] * step), clamp(y + STEP[direction][1] * step)] };
  }
  return event.key === 'Enter' || event.key === ' ' ? addPoint({ ...draft, cursor: [x, y] }, x, y) : null;
}

export function moveVertex(draft: OutlineDraft, index: number, x: number, y: number): OutlineDraft {
  if (!draft.points[index]) return draft;
  const point: [number, number] = [clamp(x), clamp(y)];
  if (point[0] === draft.points[index][0] && point[1] === draft.points[index][1]) return draft;
  return { ...draft, points: draft.points.map((p, i) => (i === index ? point : p)) };
}

/** Removes a corner; an outline left with fewer than three corners is open again. */
export function removeVertex(draft: OutlineDraft, index: number): OutlineDraft {
  const points = draft.points.filter((_, i) => i !== index);
  return { ...draft, points, closed: draft.closed && points.length >= MIN_OUTLINE_POINTS };
}

export function canClose(draft: OutlineDraft): boolean {
  return draft.points.length >= MIN_OUTLINE_POINTS;
}

/**
 * The plan with the outline as its room: width and depth become the outline's extent, so the drawing
 * area and the checks cover it.
 */
export function applyOutline(state: PlanState, draft: OutlineDraft): PlanState {
  if (!canClose(draft)) return state;
  const width = Math.max(FLOOR_PLAN_LIMITS.room.min, ...draft.points.map(([x]) => x));
  const depth = Math.max(FLOOR_PLAN_LIMITS.room.min, ...draft.points.map(([, y]) => y));
  return { ...state, outline: draft.points.map(([x, y]) => [x, y]), width, depth };
}

/** Back to a plain rectangle width × depth. */
export function removeOutline(state: PlanState): PlanState {
  if (!state.outline) return state;
  const { outline: _outline, ...rest } = state;
  return rest;
}
