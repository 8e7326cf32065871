import { AssignmentsView } from '@markt/shared';

/** What putting a project on a stand means, given who stands where. */
export type DropPlan =
  | { kind: 'none' }
  /** A free place on the stand: the project goes there (from its old stand, if it had one). */
  | { kind: 'place'; standKey: string; applicationId: string; from: string | null }
  /** The stand is full: the project and an occupant exchange places (the occupant is unplaced if the project had none). */
  | { kind: 'exchange'; standKey: string; applicationId: string; withApplicationId: string; from: string | null };

/** Decides how `applicationId` gets onto the stand: a free place, or an exchange with the stand's first occupant. */
export function planDrop(
  view: AssignmentsView,
  stand: { key: string; capacity: number },
  applicationId: string,
): DropPlan {
  const from = view.assignments.find((a) => a.applicationId === applicationId)?.standId ?? null;
  if (from === stand.key) return { kind: 'none' };
  const occupants = view.assignments.filter((a) => a.standId === stand.key);
  if (occupants.length < stand.capacity) return { kind: 'place', standKey: stand.key, applicationId, from };
  return {
    kind: 'exchange',
    standKey: stand.key,
    applicationId,
    withApplicationId: occupants[0].applicationId,
    from,
  };
}
