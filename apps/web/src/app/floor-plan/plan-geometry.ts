import {
  EXIT_CLEARANCE_M,
  FeatureKind,
  FloorFeature,
  GRID_STEP_M,
  PlanIssue,
  PlanIssueKind,
  Rotation,
  Stand,
  boxOf,
} from '@markt/shared';

export { EXIT_CLEARANCE_M };

/** A rectangle of the plan as stored: a quarter turn keeps the top-left corner and swaps width and depth (as the server does). */
export interface PlanRect {
  x: number;
  y: number;
  width: number;
  depth: number;
  rotation: Rotation;
}

/** The axis-aligned area a rectangle covers on the floor (exact, since rotations are 90° steps). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Distances below this count as touching, not overlapping (rounding of 0.5 m steps). */
const EPSILON = 1e-6;

export function snapToGrid(value: number, step = GRID_STEP_M): number {
  return Math.round(value / step) * step;
}

/** Rounds to centimetres so sums of 0.5 steps stay readable. */
export function roundM(value: number): number {
  return Math.round(value * 100) / 100;
}

export function isQuarterTurned(rotation: Rotation): boolean {
  return rotation === 90 || rotation === 270;
}

export function footprint(rect: PlanRect): Box {
  return boxOf(rect);
}

export function centreOf(rect: PlanRect): { x: number; y: number } {
  const box = footprint(rect);
  return { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
}

export function expand(box: Box, by: number): Box {
  return { left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by };
}

/** True when the boxes share an area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return (
    a.left < b.right - EPSILON && b.left < a.right - EPSILON && a.top < b.bottom - EPSILON && b.top < a.bottom - EPSILON
  );
}

export function rectsOverlap(a: PlanRect, b: PlanRect): boolean {
  return boxesOverlap(footprint(a), footprint(b));
}

/** Point in polygon (even-odd rule); points on the boundary count as inside. */
export function pointInPolygon(point: [number, number], polygon: readonly [number, number][]): boolean {
  const [px, py] = point;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (onSegment(px, py, xi, yi, xj, yj)) return true;
    const crosses = yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi;
    if (crosses) inside = !inside;
  }
  return inside;
}

function onSegment(px: number, py: number, x1: number, y1: number, x2: number, y2: number): boolean {
  const cross = (px - x1) * (y2 - y1) - (py - y1) * (x2 - x1);
  if (Math.abs(cross) > EPSILON) return false;
  return (
    px >= Math.min(x1, x2) - EPSILON &&
    px <= Math.max(x1, x2) + EPSILON &&
    py >= Math.min(y1, y2) - EPSILON &&
    py <= Math.max(y1, y2) + EPSILON
  );
}

export interface Room {
  width: number;
  depth: number;
  outline?: [number, number][];
}

/** The room's polygon: its outline, or the rectangle width × depth. */
export function roomPolygon(room: Room): [number, number][] {
  if (room.outline && room.outline.length >= 3) return room.outline;
  return [
    [0, 0],
    [room.width, 0],
    [room.width, room.depth],
    [0, room.depth],
  ];
}

/** True when any part of the rectangle lies outside the room (checked at its four corners). */
export function isOutsideRoom(rect: PlanRect, room: Room): boolean {
  const box = footprint(rect);
  const polygon = roomPolygon(room);
  const corners: [number, number][] = [
    [box.left, box.top],
    [box.right, box.top],
    [box.right, box.bottom],
    [box.left, box.bottom],
  ];
  return corners.some((corner) => !pointInPolygon(corner, polygon));
}

/** True when the stand reaches into the clearance zone around an emergency exit. */
export function blocksExit(stand: PlanRect, exit: FloorFeature): boolean {
  return boxesOverlap(footprint(stand), expand(footprint(exit), EXIT_CLEARANCE_M));
}

export interface PlanShape extends Room {
  features: readonly FloorFeature[];
  stands: readonly Stand[];
}

/** The same warnings the server reports on save (same order and subjects), computed while drawing; also knows room outlines. */
export function findPlanIssues(plan: PlanShape): PlanIssue[] {
  const issues: PlanIssue[] = [];
  for (const [i, j] of overlappingPairs(plan.stands.map(footprint))) {
    issues.push({ kind: PlanIssueKind.Overlap, subjects: [plan.stands[i].number, plan.stands[j].number] });
  }
  for (const stand of plan.stands) {
    if (isOutsideRoom(stand, plan)) issues.push({ kind: PlanIssueKind.OutsideRoom, subjects: [stand.number] });
  }
  for (const exit of plan.features.filter((f) => f.kind === FeatureKind.EmergencyExit)) {
    const blocking = plan.stands.filter((stand) => blocksExit(stand, exit)).map((stand) => stand.number);
    if (blocking.length)
      issues.push({ kind: PlanIssueKind.BlocksExit, subjects: [exit.label ?? exit.id, ...blocking] });
  }
  const byNumber = new Map<string, number>();
  for (const stand of plan.stands) {
    const number = stand.number.trim();
    byNumber.set(number, (byNumber.get(number) ?? 0) + 1);
  }
  for (const [number, count] of byNumber) {
    if (count > 1) issues.push({ kind: PlanIssueKind.DuplicateNumber, subjects: [number] });
  }
  return issues;
}

/**
 * Index pairs [i, j] (i < j) of the boxes that overlap, ordered by i, then j: the order a check of
 * every pair gives, found by sweeping from left to right, so a 1,000-stand plan is checked while a
 * stand is dragged without comparing half a million pairs each time.
 */
export function overlappingPairs(boxes: readonly Box[]): [number, number][] {
  const byLeft = boxes.map((_, index) => index).sort((a, b) => boxes[a].left - boxes[b].left);
  const pairs: [number, number][] = [];
  for (let a = 0; a < byLeft.length; a++) {
    const first = boxes[byLeft[a]];
    for (let b = a + 1; b < byLeft.length; b++) {
      const second = boxes[byLeft[b]];
      // every box from here on starts right of where the first ends: no overlap with it
      if (second.left >= first.right - EPSILON) break;
      if (boxesOverlap(first, second)) {
        const i = Math.min(byLeft[a], byLeft[b]);
        const j = Math.max(byLeft[a], byLeft[b]);
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** A corner of a selected element's footprint that can be dragged to resize it. */
export type Handle = 'nw' | 'ne' | 'sw' | 'se';
export const HANDLES: readonly Handle[] = ['nw', 'ne', 'sw', 'se'];

/**
 * The rectangle after dragging one corner of its footprint to `point` (the opposite corner stays);
 * never smaller than `min` metres a side. Width and depth are given as stored, before the quarter turn.
 */
export function resizeRect(
  rect: PlanRect,
  handle: Handle,
  point: { x: number; y: number },
  min: number,
): Pick<PlanRect, 'x' | 'y' | 'width' | 'depth'> {
  const box = footprint(rect);
  const left = handle.includes('w') ? Math.min(point.x, box.right - min) : box.left;
  const right = handle.includes('e') ? Math.max(point.x, box.left + min) : box.right;
  const top = handle.includes('n') ? Math.min(point.y, box.bottom - min) : box.top;
  const bottom = handle.includes('s') ? Math.max(point.y, box.top + min) : box.bottom;
  const across = roundM(right - left);
  const down = roundM(bottom - top);
  return isQuarterTurned(rect.rotation)
    ? { x: roundM(left), y: roundM(top), width: down, depth: across }
    : { x: roundM(left), y: roundM(top), width: across, depth: down };
}

/**
 * The free spot nearest to `rect` for a copy of it: on the 0.5 m grid, inside the room, overlapping
 * no stand or feature in `taken`; searched ring by ring around the original. Null when the room is full.
 */
export function nearestFreeSpot(
  rect: PlanRect,
  taken: readonly PlanRect[],
  room: Room,
  step = GRID_STEP_M,
): { x: number; y: number } | null {
  const boxes = taken.map(footprint);
  const free = (x: number, y: number) => {
    const moved = { ...rect, x, y };
    const box = footprint(moved);
    return !isOutsideRoom(moved, room) && !boxes.some((b) => boxesOverlap(box, b));
  };
  const { left, top, right, bottom } = footprint(rect);
  const span = Math.ceil(Math.max(room.width, room.depth, right, bottom) / step) + 1;
  for (let ring = 1; ring <= span; ring++) {
    let best: { x: number; y: number; distance: number } | null = null;
    for (let i = -ring; i <= ring; i++) {
      for (const [dx, dy] of [
        [i, -ring],
        [i, ring],
        [-ring, i],
        [ring, i],
      ]) {
        const x = roundM(left + dx * step);
        const y = roundM(top + dy * step);
        const distance = Math.hypot(dx, dy);
        if ((!best || distance < best.distance) && free(x, y)) best = { x, y, distance };
      }
    }
    if (best) return { x: best.x, y: best.y };
  }
  return null;
}
