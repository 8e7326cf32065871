import { FeatureKind, FloorFeature, PlanIssue, PlanIssueKind, Rotation, Stand } from './floor-plan';

/** Axis-aligned bounds of a rectangle placed at (x, y) and turned by a multiple of 90° about that corner's box. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Placed = { x: number; y: number; width: number; depth: number; rotation: Rotation };

/** Quarter turns keep the top-left corner and swap width and depth, so every shape stays axis-aligned. */
export function boxOf({ x, y, width, depth, rotation }: Placed): Box {
  const turned = rotation === 90 || rotation === 270;
  return { left: x, top: y, right: x + (turned ? depth : width), bottom: y + (turned ? width : depth) };
}

const EPSILON = 1e-9;

export function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.right - EPSILON && b.left < a.right - EPSILON && a.top < b.bottom - EPSILON && b.top < a.bottom - EPSILON
  );
}

/** Shortest distance between two boxes (0 when they touch or overlap). */
export function gap(a: Box, b: Box): number {
  const dx = Math.max(0, b.left - a.right, a.left - b.right);
  const dy = Math.max(0, b.top - a.bottom, a.top - b.bottom);
  return Math.hypot(dx, dy);
}

export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left - EPSILON &&
    inner.top >= outer.top - EPSILON &&
    inner.right <= outer.right + EPSILON &&
    inner.bottom <= outer.bottom + EPSILON
  );
}

/** Free space kept in front of an emergency exit, in metres. */
export const EXIT_CLEARANCE_M = 1.5;

function grow(box: Box, by: number): Box {
  return { left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by };
}

/** Problems of a drawing: overlapping stands, stands outside the room or in an exit's clearance, repeated numbers. */
export function planIssues(plan: {
  width: number;
  depth: number;
  stands: Stand[];
  features: FloorFeature[];
}): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const room: Box = { left: 0, top: 0, right: plan.width, bottom: plan.depth };
  const boxes = plan.stands.map(boxOf);
  plan.stands.forEach((stand, i) => {
    for (let j = i + 1; j < plan.stands.length; j++) {
      if (overlaps(boxes[i], boxes[j]))
        issues.push({ kind: PlanIssueKind.Overlap, subjects: [stand.number, plan.stands[j].number] });
    }
    if (!inside(boxes[i], room)) issues.push({ kind: PlanIssueKind.OutsideRoom, subjects: [stand.number] });
  });
  for (const exit of plan.features.filter((f) => f.kind === FeatureKind.EmergencyExit)) {
    const clearance = grow(boxOf(exit), EXIT_CLEARANCE_M);
    const blocking = plan.stands.filter((_s, i) => overlaps(boxes[i], clearance)).map((s) => s.number);
    if (blocking.length > 0)
      issues.push({ kind: PlanIssueKind.BlocksExit, subjects: [exit.label ?? exit.id, ...blocking] });
  }
  const seen = new Map<string, number>();
  for (const stand of plan.stands) seen.set(stand.number, (seen.get(stand.number) ?? 0) + 1);
  for (const [number, count] of seen)
    if (count > 1) issues.push({ kind: PlanIssueKind.DuplicateNumber, subjects: [number] });
  return issues;
}
