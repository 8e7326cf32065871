import { FeatureKind, FloorFeature } from '@markt/shared';
import { Box, EXIT_CLEARANCE_M, expand, footprint } from '../../floor-plan/plan-geometry';
import { featureLabelPosition, LabelPosition } from './feature-labels';
import { Occupant, PlanLike, PlanStand, standKey } from './plan-view.model';
import { standMarkers } from './stand-labels';

/** What the template draws for a stand, computed once per stand object (unchanged stands keep theirs while one is dragged). */
export interface StandView {
  stand: PlanStand;
  key: string;
  box: Box;
  cx: number;
  cy: number;
  markers: string;
}

export interface FeatureView {
  feature: FloorFeature;
  box: Box;
  clearance: Box | null;
  text: LabelPosition;
}

const standViews = new WeakMap<PlanStand, StandView>();

export function standView(stand: PlanStand): StandView {
  let view = standViews.get(stand);
  if (!view) {
    const box = footprint(stand);
    view = {
      stand,
      key: standKey(stand),
      box,
      cx: (box.left + box.right) / 2,
      cy: (box.top + box.bottom) / 2,
      markers: standMarkers(stand),
    };
    standViews.set(stand, view);
  }
  return view;
}

/** Features as drawn; sockets matter to staff only, so the public and printed plans leave them out. */
export function featureViews(plan: PlanLike, withSockets: boolean): FeatureView[] {
  return plan.features
    .filter((f) => withSockets || f.kind !== FeatureKind.PowerSocket)
    .map((feature) => {
      const box = footprint(feature);
      return {
        feature,
        box,
        clearance: feature.kind === FeatureKind.EmergencyExit ? expand(box, EXIT_CLEARANCE_M) : null,
        text: featureLabelPosition(box, plan),
      };
    });
}

/** Stands in groups of `size` (plan order, so what lies on what stays the same). */
export function layers<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/** The metre grid as one path (one element to lay out and paint instead of one per line). */
export function gridPath(width: number, depth: number): string {
  const parts: string[] = [];
  for (let x = 1; x < width; x++) parts.push(`M${x} 0V${depth}`);
  for (let y = 1; y < depth; y++) parts.push(`M0 ${y}H${width}`);
  return parts.join('');
}

/**
 * Where the projects on each stand are shown (assign mode), in percent of the drawing with its margin:
 * below the number, one above the other.
 */
export function occupantBoxes(
  stands: readonly StandView[],
  occupants: Partial<Record<string, Occupant[]>>,
  plan: PlanLike,
  labelSize: number,
  margin: number,
) {
  const w = plan.width + 2 * margin;
  const d = plan.depth + 2 * margin;
  const top = labelSize * 1.1;
  return stands.flatMap((s) =>
    (occupants[s.key] ?? []).map((occupant, index, all) => {
      const height = (s.box.bottom - s.box.top - top) / all.length;
      return {
        occupant,
        stand: s,
        left: ((s.box.left + margin) / w) * 100,
        width: ((s.box.right - s.box.left) / w) * 100,
        top: ((s.box.top + top + index * height + margin) / d) * 100,
        height: (height / d) * 100,
      };
    }),
  );
}
